/** The SQL for indicators: plain functions over the database, no HTTP. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/sqlite-core';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { inList, jsonValues, literal, prepared, preparedSql, Recorder, toQuery } from '../../db/prepared.ts';
import { periodOverlapCondition, scopeConditions } from '../../db/scope.ts';
import { indicatorMatchExpression, matchingIndicatorRowids } from '../../db/search.ts';
import { countLimit, countsEvery, type Page, type PageOptions, type Total, totalFromPage, totalOf } from '../../db/totals.ts';
import { periodRange } from '../../domain/periods.ts';
import type { Unit } from '../../domain/units.ts';
import type { QUALIFIERS } from '../../domain/vocabulary.ts';

type Qualifier = (typeof QUALIFIERS)[number];

import { indicators } from '../../db/schema.ts';

export type IndicatorFilters = {
  city?: string[];
  within?: string;
  metric?: string[];
  unit?: Unit[];
  qualifier?: Qualifier[];
  estimated?: boolean;
  initiative?: string[];
  source?: string[];
  corroborated?: boolean;
  from?: string;
  to?: string;
  period?: string;
  min?: number;
  max?: number;
  q?: string;
};

export const INDICATOR_SORT_FIELDS = {
  id: indicators.id,
  city: indicators.city,
  metric: indicators.metric,
  value: indicators.value,
  value_base: indicators.valueBase,
  unit: indicators.unit,
  qualifier: indicators.qualifier,
  period: indicators.period,
  period_start: indicators.periodStart,
  period_end: indicators.periodEnd,
} as const;
export type IndicatorSortField = keyof typeof INDICATOR_SORT_FIELDS;
export type Sort = { field: IndicatorSortField; descending: boolean }[];

/**
 * The WHERE clause of a filter set. With a recorder, every value is a placeholder it records (and
 * the statement can be prepared once per shape); without, values are written in.
 */
function conditions(f: IndicatorFilters, recorder?: Recorder): SQL | undefined {
  const bind = recorder?.bind ?? literal;
  const where: (SQL | undefined)[] = scopeConditions(indicators, 'indicator', f, bind);
  if (f.metric?.length) where.push(inList(indicators.metric, 'metric', f.metric, bind));
  if (f.unit?.length) where.push(inList(indicators.unit, 'unit', f.unit, bind));
  if (f.qualifier?.length) where.push(inList(indicators.qualifier, 'qualifier', f.qualifier, bind));
  // Booleans are stored as 0 and 1; a placeholder's value does not go through the column's mapping.
  if (f.estimated !== undefined) where.push(sql`${indicators.estimated} = ${bind('estimated', f.estimated ? 1 : 0)}`);
  if (f.corroborated !== undefined) where.push(sql`${indicators.corroborated} = ${bind('corroborated', f.corroborated ? 1 : 0)}`);
  if (f.initiative?.length) where.push(inList(indicators.initiative, 'initiative', f.initiative, bind));
  if (f.period) {
    where.push(eq(indicators.period, bind('period', f.period)));
    // period_start and period_end are derived from the period code when the database is built, so
    // the code pins both, and the (period_start, period_end) index finds the rows.
    const range = periodRange(f.period);
    if (!range) recorder?.mark('no period range');
    if (range) {
      if (range.start === null) recorder?.mark('no period start');
      where.push(range.start === null ? isNull(indicators.periodStart) : eq(indicators.periodStart, bind('periodStart', range.start)));
      if (range.end === null) recorder?.mark('no period end');
      where.push(range.end === null ? isNull(indicators.periodEnd) : eq(indicators.periodEnd, bind('periodEnd', range.end)));
    }
  }
  if (f.from || f.to) {
    where.push(periodOverlapCondition(indicators, f.from ? bind('from', f.from) : undefined, f.to ? bind('to', f.to) : undefined));
  }
  if (f.q) where.push(sql`${indicators}.rowid in ${matchingIndicatorRowids(bind('q', indicatorMatchExpression(f.q)))}`);
  if (f.min !== undefined) where.push(gte(indicators.valueBase, bind('min', f.min)));
  if (f.max !== undefined) where.push(lte(indicators.valueBase, bind('max', f.max)));
  return and(...where);
}

function toApi(row: typeof indicators.$inferSelect) {
  return {
    id: row.id,
    city: row.city,
    metric: row.metric,
    label_zh: row.labelZh,
    label_en: row.labelEn,
    value: row.value,
    value_text: row.valueText,
    unit_zh: row.unitZh,
    unit: row.unit,
    value_base: row.valueBase,
    qualifier: row.qualifier,
    estimated: row.estimated,
    period: row.period,
    period_start: row.periodStart,
    period_end: row.periodEnd,
    initiative: row.initiative,
    complaint: row.complaint,
    relates_to: row.relatesTo,
    corroborated: row.corroborated,
  };
}

function withEvidence(db: Db, rows: (typeof indicators.$inferSelect)[]) {
  const evidenceById = evidenceFor(
    db,
    'indicator',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toApi(r), evidence: evidenceById.get(r.id) ?? [] }));
}

export type IndicatorOut = ReturnType<typeof withEvidence>[number];

function orderOf(sort: Sort) {
  return [
    ...sort.map((s) => (s.descending ? desc(INDICATOR_SORT_FIELDS[s.field]) : asc(INDICATOR_SORT_FIELDS[s.field]))),
    asc(indicators.id),
  ];
}

type PageStatements = {
  /** The plan's name, in the prepared statements' keys. */
  plan: 'position' | 'text' | 'index';
  total: () => SQL;
  ids: () => SQL;
  /** For the index plan in id order: the same ids from a walk of the table in rowid order. */
  walk?: () => SQL;
};

const builder = new QueryBuilder();

const COUNT_ROWS = sql`select count(*) as n from ${indicators}`;

/**
 * The statements of a page: the total (counted up to `countLimit`, or every match when
 * `countEvery`) and the ids of the page in order. Every order ends with the unique id. Three plans, by what the request asks:
 * - position: nothing but a page, in id order. The build writes indicators in id order under
 *   rowids 1, 2, 3, … (src/db/search.ts checks it), so the page starts at rowid offset + 1 and a
 *   deep page costs what the first does.
 * - text: a search in id order, other filters allowed. The search index yields its matches in
 *   rowid order, which is id order; each is joined to its row and filtered until the page is full.
 * - index: anything else. The filter and sort columns come from an index holding them where one
 *   does, so the ids are read without touching a row and OFFSET skips index entries, not rows.
 *   Where that index does not give id order, SQLite sorts every match; `indicatorPage` then walks
 *   the table in rowid order instead when the matches are many (see `walkIsCheaper`).
 * The page's rows are then read by primary key (`indicatorRowsQuery`), those not already serialized
 * (src/routes/records.ts).
 */
function pageStatements(
  f: IndicatorFilters,
  page: Page,
  sort: Sort,
  options: PageOptions,
  countEvery: boolean,
  recorder?: Recorder,
): PageStatements {
  const bind = recorder?.bind ?? literal;
  const inIdOrder = sort.length === 0;
  const byText = f.q !== undefined && inIdOrder;
  const where = conditions(byText ? { ...f, q: undefined } : f, recorder);
  const limit = bind('limit', page.limit);
  const offset = bind('offset', page.offset);
  if (byText) {
    const match = bind('q', indicatorMatchExpression(f.q ?? ''));
    const bound = countEvery ? undefined : bind('bound', countLimit(page, options));
    // CROSS JOIN keeps the search index outside: SQLite never reorders it.
    const matched = sql`indicator_search cross join ${indicators} on ${indicators}.rowid = indicator_search.rowid
      where indicator_search match ${match}${where ? sql` and ${where}` : sql``}`;
    const rows = where ? sql`select 1 from ${matched}` : sql`select 1 from indicator_search where indicator_search match ${match}`;
    return {
      plan: 'text',
      total: () =>
        bound === undefined ? sql`select count(*) as n from (${rows})` : sql`select count(*) as n from (${rows} limit ${bound})`,
      ids: () => sql`select ${indicators.id} as id from ${matched} order by indicator_search.rowid limit ${limit} offset ${offset}`,
    };
  }
  if (where === undefined && inIdOrder) {
    return {
      plan: 'position',
      // Counting a whole table is SQLite's cheapest count (a walk of its pages): always exact, and
      // taken once per database (`indicatorRows`).
      total: () => COUNT_ROWS,
      ids: () =>
        sql`select ${indicators.id} as id from ${indicators} where ${indicators}.rowid > ${offset} order by ${indicators}.rowid limit ${limit}`,
    };
  }
  const bound = countEvery ? undefined : bind('bound', countLimit(page, options));
  return {
    plan: 'index',
    total: () =>
      bound === undefined
        ? sql`select count(*) as n from ${indicators}${where ? sql` where ${where}` : sql``}`
        : sql`select count(*) as n from (${builder
            .select({ one: sql`1` })
            .from(indicators)
            .where(where)
            .limit(bound as number)
            .getSQL()})`,
    ids: () =>
      builder
        .select({ id: indicators.id })
        .from(indicators)
        .where(where)
        .orderBy(...orderOf(sort))
        .limit(limit as number)
        .offset(offset as number)
        .getSQL(),
    walk: inIdOrder
      ? () =>
          sql`select ${indicators.id} as id from ${indicators} not indexed where ${where} order by ${indicators}.rowid limit ${limit} offset ${offset}`
      : undefined,
  };
}

/**
 * Whether walking the table in rowid order (id order) beats the index plan's sort, for a page of a
 * set counted up to its bound: the walk reads about (offset + limit) × rows / matches rows, the sort
 * at least as many as were counted. Only a count that reached its bound is weighed: below it, the
 * sort is of a few thousand ids at most.
 */
function walkIsCheaper(page: Page, counted: number, exact: boolean, rows: number): boolean {
  return !exact && counted > 0 && ((page.offset + page.limit) * rows) / counted < counted;
}

/** The statements of a page with the values written in, for this request alone: tests EXPLAIN and run them. */
export function indicatorPageQueries(db: Db, filters: IndicatorFilters, page: Page, sort: Sort = [], options: PageOptions = {}) {
  const statements = pageStatements(filters, page, sort, options, countsEvery(indicatorRows(db), page, options));
  const run = (statement: SQL) => {
    const query = toQuery(statement);
    return { query, toSQL: () => query };
  };
  const ids = (statement: SQL) => {
    const { query, toSQL } = run(statement);
    return { toSQL, all: () => db.$client.prepare(query.sql).all(...query.params) as { id: string }[] };
  };
  const total = run(statements.total());
  return {
    plan: statements.plan,
    total: { toSQL: total.toSQL, get: () => db.$client.prepare(total.query.sql).get(...total.query.params) as { n: number } | undefined },
    ids: ids(statements.ids()),
    walk: statements.walk ? ids(statements.walk()) : undefined,
  };
}

/** Does SQLite sort every match to answer this statement? Asked once per shape. */
function sorts(db: Db, key: string, statement: { sql: string }, values: unknown[]): boolean {
  return prepared(db, `sorts|${key}`, () =>
    (db.$client.prepare(`explain query plan ${statement.sql}`).all(...values) as { detail: string }[]).some((row) =>
      row.detail.includes('TEMP B-TREE FOR ORDER BY'),
    ),
  );
}

/** Rows in the indicators table, counted once per database (a built database never changes). */
export const indicatorRows = (db: Db) =>
  prepared(db, 'indicator rows', () => (db.$client.prepare(toQuery(COUNT_ROWS).sql).get() as { n: number }).n);

/**
 * The ids of a page, in order, and the total of the filtered set, exact or a lower bound (see
 * `TOTAL_COUNTED_UP_TO`), from statements prepared once per shape of filters, sort and page
 * (src/db/prepared.ts): a request of a shape seen before only binds its values.
 */
export function indicatorPage(
  db: Db,
  filters: IndicatorFilters,
  page: Page,
  sort: Sort = [],
  options: PageOptions = {},
): { ids: string[] } & Total {
  const recorder = new Recorder();
  const countEvery = countsEvery(indicatorRows(db), page, options);
  const statements = pageStatements(filters, page, sort, options, countEvery, recorder);
  const order = sort.map((s) => `${s.descending ? '-' : ''}${s.field}`).join(',');
  const key = `indicators|${statements.plan}|${recorder.shape}|${order}`;
  const values = recorder.values;
  const count = () => {
    const n = preparedSql(db, `total|${key}`, statements.total).get<{ n: number }>(values)?.n ?? 0;
    return totalOf(n, page, options);
  };
  let ids = preparedSql(db, `page|${key}`, statements.ids);
  // A built database never changes, so the whole table's count is taken once.
  let counted: Total | undefined = statements.plan === 'position' ? { total: indicatorRows(db), exact: true } : undefined;
  if (statements.walk && sorts(db, key, ids.query, ids.bound(values))) {
    counted = count();
    if (walkIsCheaper(page, counted.total, counted.exact, indicatorRows(db))) ids = preparedSql(db, `walk|${key}`, statements.walk);
  }
  const found = ids.column<string>(values);
  counted ??= totalFromPage(found.length, page);
  return { ids: found, ...(counted ?? count()) };
}

/** The statement reading rows by primary key, the ids bound as one JSON array, unexecuted. */
export function indicatorRowsQuery(db: Db, ids: string[]) {
  return db
    .select()
    .from(indicators)
    .where(inArray(indicators.id, jsonValues(JSON.stringify(ids))));
}

/** The indicators with these ids, with their evidence, in no particular order. */
export function indicatorsById(db: Db, ids: string[]): IndicatorOut[] {
  return withEvidence(db, indicatorRowsQuery(db, ids).all());
}

export function getIndicator(db: Db, id: string): IndicatorOut | undefined {
  const row = db.select().from(indicators).where(eq(indicators.id, id)).get();
  return row ? withEvidence(db, [row])[0] : undefined;
}

export const INDICATOR_FACETS = {
  city: indicators.city,
  metric: indicators.metric,
  unit: indicators.unit,
  qualifier: indicators.qualifier,
  estimated: indicators.estimated,
  corroborated: indicators.corroborated,
  period: indicators.period,
  initiative: indicators.initiative,
} as const;
export type IndicatorFacet = keyof typeof INDICATOR_FACETS;

/** The statement counting the values of one facet field over the whole filtered set, unexecuted. */
export function indicatorFacetQuery(db: Db, filters: IndicatorFilters, field: IndicatorFacet) {
  const column = INDICATOR_FACETS[field];
  return db
    .select({ value: column, count: count() })
    .from(indicators)
    .where(conditions(filters))
    .groupBy(column)
    .orderBy(desc(count()), asc(column));
}

/** Values given per facet field unless `facet_limit` says otherwise; meta.facets_omitted counts the rest. */
export const FACET_VALUES = 1000;

type FacetValue = { value: string | number | boolean | null; count: number };

/**
 * Value counts of each asked-for field over the whole filtered set (not one page), most frequent
 * first, the first `limit` of each, and how many values were left out where some were. Over all
 * indicators the counts were written when the database was built (`writeIndicatorFacets`); over a
 * filtered set they are counted, from an index where one holds the field.
 */
export function indicatorFacets(db: Db, filters: IndicatorFilters, fields: IndicatorFacet[], limit = FACET_VALUES) {
  const recorder = new Recorder();
  const where = conditions(filters, recorder);
  const facets: Record<string, FacetValue[]> = {};
  const omitted: Record<string, number> = {};
  for (const field of fields) {
    const column = INDICATOR_FACETS[field];
    let values: FacetValue[];
    let all: number;
    if (where === undefined) {
      const stored = preparedSql(
        db,
        'indicator facets stored',
        () => sql`select "values", top, every from indicator_facets where field = ${sql.placeholder('field')}`,
      ).get<{
        values: number;
        top: string;
        every: string;
      }>({ field });
      if (!stored) throw new Error(`no stored counts for facet ${field}: the database was built without them`);
      // The first values are enough unless more are asked for than they hold.
      const top = JSON.parse(stored.top) as FacetValue[];
      values = (limit <= top.length || top.length === stored.values ? top : (JSON.parse(stored.every) as FacetValue[])).slice(0, limit);
      all = stored.values;
    } else {
      const counted = prepared(db, `indicators facet ${field}|${recorder.shape}`, () =>
        db
          .select({ value: column, count: count() })
          .from(indicators)
          .where(where)
          .groupBy(column)
          .orderBy(desc(count()), asc(column))
          .prepare(),
      ).all(recorder.values);
      values = counted.slice(0, limit);
      all = counted.length;
    }
    facets[field] = values;
    if (all > values.length) omitted[field] = all - values.length;
  }
  return { facets, omitted };
}

/**
 * When a database is built, after every indicator is written: the value counts of every facet field
 * over all indicators, in the order and form `indicatorFacetQuery` gives them, for `indicatorFacets`.
 */
export function writeIndicatorFacets(db: Db): void {
  const insert = db.$client.prepare('insert into indicator_facets (field, "values", top, every) values (?, ?, ?, ?)');
  for (const field of Object.keys(INDICATOR_FACETS) as IndicatorFacet[]) {
    const every = indicatorFacetQuery(db, {}, field).all();
    insert.run(field, every.length, JSON.stringify(every.slice(0, FACET_VALUES)), JSON.stringify(every));
  }
}

/**
 * The plain statement of every row of the filtered set, in order, unexecuted: one statement with no
 * plan of its own, which the tests take as the reference for every page plan (and EXPLAIN).
 */
export function indicatorExportQuery(db: Db, filters: IndicatorFilters, sort: Sort = []) {
  return db
    .select()
    .from(indicators)
    .where(conditions(filters))
    .orderBy(...orderOf(sort));
}
