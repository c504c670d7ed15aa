/**
 * Conditions of list queries, written as SQL text with positional parameters. Column names come
 * from the record definitions (src/resources/), never from a request; every value a request gives
 * is a parameter. The text of a condition depends only on which filters a request uses and whether
 * a list has one value or several, so requests of the same shape compile to the same statement
 * (src/db/statements.ts), and nothing has to be remembered to keep that true.
 */
import { periodRange, yearRange } from '../domain/periods.ts';

export type Condition = { sql: string; params: unknown[] };

export const condition = (sql: string, ...params: unknown[]): Condition => ({ sql, params });

/** `"name"`, quoted for SQL. Names come from the schema; the check makes a typo fail loudly. */
export function quote(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${name}`);
  return `"${name}"`;
}

/**
 * The values of a JSON array bound as one parameter, as a subquery: one statement text for any
 * number of values, and no limit of SQLite's on variables.
 */
export const JSON_VALUES = '(select value from json_each(?))';

/**
 * `column` is one of `values`. One value is an equality, which an index ordered by (column, id)
 * answers in id order; more are bound as one JSON array, so one statement serves every length.
 */
export function oneOf(column: string, values: readonly unknown[]): Condition {
  if (values.length === 1) return condition(`${quote(column)} = ?`, values[0]);
  return condition(`${quote(column)} in ${JSON_VALUES}`, JSON.stringify(values));
}

/** `column` is one of `values`, where the value `none` stands for null (a figure of no scope). */
export function oneOfOrNone(column: string, values: readonly string[]): Condition {
  const given = values.filter((v) => v !== 'none');
  if (given.length === values.length) return oneOf(column, given);
  if (given.length === 0) return condition(`${quote(column)} is null`);
  const { sql, params } = oneOf(column, given);
  return condition(`(${sql} or ${quote(column)} is null)`, ...params);
}

/** Records of an area or any area under it. */
export const inArea = (column: string, area: string) =>
  condition(`${quote(column)} in (select city from city_ancestors where ancestor = ?)`, area);

/**
 * Records whose evidence quotes one of these articles. From the articles' passages (by source) to
 * the evidence quoting them (by passage): the work is the articles' size, not the table's. The
 * unary + keeps SQLite from reading evidence by record type instead, which reads every record's.
 */
export function citedFrom(key: string, recordType: string, sources: readonly string[]): Condition {
  const bySource = oneOf('source', sources);
  return condition(
    `${quote(key)} in (select evidence.record_id from passages cross join evidence on evidence.passage = passages.id
      where passages.${bySource.sql} and +evidence.record_type = ?)`,
    ...bySource.params,
    recordType,
  );
}

/**
 * A period overlaps [from, to] when it ends on or after `from` and starts by `to`; an open end
 * reaches, and a record with neither end has no period. Written as two disjoint ranges of the
 * (period_end, period_start) index: periods with an end (from `from` on), and open-ended ones. In
 * that order the periods ending soonest after `from` come first, which are the ones that overlap,
 * so a count up to a bound stops after about that many entries.
 */
export function periodOverlaps(from: string | undefined, to: string | undefined): Condition {
  const params: unknown[] = [];
  const ended = [from !== undefined ? 'period_end >= ?' : 'period_end is not null'];
  if (from !== undefined) params.push(from);
  if (to !== undefined) {
    ended.push('(period_start is null or period_start <= ?)');
    params.push(to);
  }
  const open = ['period_end is null', to !== undefined ? 'period_start <= ?' : 'period_start is not null'];
  if (to !== undefined) params.push(to);
  return { sql: `((${ended.join(' and ')}) or (${open.join(' and ')}))`, params };
}

/**
 * Rows the text gives no period (`undated`), or those it dates. A period code gives both ends or one,
 * so no end is no period; the (period_start, period_end) index finds them.
 */
export const periodGiven = (given: boolean): Condition =>
  condition(given ? '(period_start is not null or period_end is not null)' : 'period_start is null and period_end is null');

/** Periods overlapping a year (year=), in the same way. */
export function yearOverlaps(year: number): Condition {
  const { start, end } = yearRange(year);
  return periodOverlaps(start, end);
}

/**
 * Exactly the period code. period_start and period_end are derived from the code when the database
 * is built, so the code pins both, and the (period_start, period_end) index finds the rows.
 */
export function periodIs(code: string): Condition {
  const range = periodRange(code);
  const parts = [condition('period = ?', code)];
  if (range) {
    parts.push(range.start === null ? condition('period_start is null') : condition('period_start = ?', range.start));
    parts.push(range.end === null ? condition('period_end is null') : condition('period_end = ?', range.end));
  }
  return all(parts) as Condition;
}

/** Every condition, joined by and; undefined when there are none. */
export function all(conditions: readonly (Condition | undefined)[]): Condition | undefined {
  const present = conditions.filter((c): c is Condition => c !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return { sql: present.map((c) => `(${c.sql})`).join(' and '), params: present.flatMap((c) => c.params) };
}

/**
 * `column` is one of `values`, where a value ending in `.*` stands for every value it begins: a
 * range of the column's index (metric=tourism.* is tourism. ≤ metric < tourism/).
 */
export function oneOfOrFamily(column: string, values: readonly string[]): Condition | undefined {
  const exact = values.filter((v) => !v.endsWith('.*'));
  const families = values.filter((v) => v.endsWith('.*')).map((v) => v.slice(0, -1));
  const parts = [
    ...(exact.length > 0 ? [oneOf(column, exact)] : []),
    ...families.map((prefix) => condition(`(${quote(column)} >= ? and ${quote(column)} < ?)`, prefix, `${prefix.slice(0, -1)}/`)),
  ];
  if (parts.length <= 1) return parts[0];
  return { sql: parts.map((p) => `(${p.sql})`).join(' or '), params: parts.flatMap((p) => p.params) };
}
