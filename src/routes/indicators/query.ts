/** The SQL for indicators: plain functions over the database, no HTTP. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { idPage, inList, jsonValues, literal, prepared, Recorder } from '../../db/prepared.ts';
import { periodOverlapCondition, scopeConditions } from '../../db/scope.ts';
import { matchExpression, matchingIds } from '../../db/search.ts';
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
  if (f.q) where.push(inArray(indicators.id, matchingIds('indicator', bind('q', matchExpression(f.q)))));
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

/**
 * The statements of a page, unexecuted (tests EXPLAIN them): the total, and the ids of the page in
 * order. The ids statement reads only the filter and sort columns, so an index holding them answers
 * it without touching a row, and OFFSET skips index entries, not rows; the page's rows are then
 * read by primary key (`indicatorRowsQuery`), those not already serialized (src/routes/records.ts).
 * Every order ends with the unique id.
 */
export function indicatorPageQueries(db: Db, filters: IndicatorFilters, page: { limit: number; offset: number }, sort: Sort = []) {
  const where = conditions(filters);
  return {
    total: db.select({ n: count() }).from(indicators).where(where),
    ids: db
      .select({ id: indicators.id })
      .from(indicators)
      .where(where)
      .orderBy(...orderOf(sort))
      .limit(page.limit)
      .offset(page.offset),
  };
}

/**
 * The ids of a page, in order, and the total of the filtered set, from statements prepared once per
 * shape of filters, sort and page (src/db/prepared.ts): a request of a shape seen before only binds
 * its values.
 */
export function indicatorPage(db: Db, filters: IndicatorFilters, page: { limit: number; offset: number }, sort: Sort = []) {
  const recorder = new Recorder();
  const order = { key: sort.map((s) => `${s.descending ? '-' : ''}${s.field}`).join(','), by: orderOf(sort) };
  return idPage(db, indicators, conditions(filters, recorder), recorder, page, order);
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

/** Value counts of each asked-for field over the whole filtered set (not one page), most frequent first. */
export function indicatorFacets(db: Db, filters: IndicatorFilters, fields: IndicatorFacet[]) {
  const recorder = new Recorder();
  const where = conditions(filters, recorder);
  const facets: Record<string, { value: string | number | boolean | null; count: number }[]> = {};
  for (const field of fields) {
    const column = INDICATOR_FACETS[field];
    const query = prepared(db, `indicators facet ${field}|${recorder.shape}`, () =>
      db
        .select({ value: column, count: count() })
        .from(indicators)
        .where(where)
        .groupBy(column)
        .orderBy(desc(count()), asc(column))
        .prepare(),
    );
    facets[field] = query.all(recorder.values);
  }
  return facets;
}

/** The statement of every row of the filtered set, in order, unexecuted. */
export function indicatorExportQuery(db: Db, filters: IndicatorFilters, sort: Sort = []) {
  return db
    .select()
    .from(indicators)
    .where(conditions(filters))
    .orderBy(...orderOf(sort));
}

/** Every row of the filtered set, for exports. */
export function allIndicators(db: Db, filters: IndicatorFilters, sort: Sort = []) {
  return withEvidence(db, indicatorExportQuery(db, filters, sort).all());
}
