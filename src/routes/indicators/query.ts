/** The SQL for indicators: plain functions over the database, no HTTP. */
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { matchingIds } from '../../db/search.ts';
import type { Unit } from '../../domain/units.ts';
import type { QUALIFIERS } from '../../domain/vocabulary.ts';

type Qualifier = (typeof QUALIFIERS)[number];

import { cityAncestors, evidence, indicators, passages } from '../../db/schema.ts';

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

function conditions(f: IndicatorFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.city?.length) where.push(inArray(indicators.city, f.city));
  if (f.within) {
    where.push(
      inArray(indicators.city, sql`(select ${cityAncestors.city} from ${cityAncestors} where ${cityAncestors.ancestor} = ${f.within})`),
    );
  }
  if (f.metric?.length) where.push(inArray(indicators.metric, f.metric));
  if (f.unit?.length) where.push(inArray(indicators.unit, f.unit));
  if (f.qualifier?.length) where.push(inArray(indicators.qualifier, f.qualifier));
  if (f.estimated !== undefined) where.push(eq(indicators.estimated, f.estimated));
  if (f.corroborated !== undefined) where.push(eq(indicators.corroborated, f.corroborated));
  if (f.initiative?.length) where.push(inArray(indicators.initiative, f.initiative));
  if (f.source?.length) {
    where.push(
      inArray(
        indicators.id,
        sql`(select ${evidence.recordId} from ${evidence} join ${passages} on ${passages.id} = ${evidence.passage}
             where ${evidence.recordType} = 'indicator' and ${inArray(passages.source, f.source)})`,
      ),
    );
  }
  if (f.period) where.push(eq(indicators.period, f.period));
  // A period overlaps [from, to] when it starts by `to` and ends on or after `from`; an open end reaches.
  if (f.from || f.to) {
    where.push(or(isNotNull(indicators.periodStart), isNotNull(indicators.periodEnd)));
    if (f.to) where.push(or(sql`${indicators.periodStart} is null`, lte(indicators.periodStart, f.to)));
    if (f.from) where.push(or(sql`${indicators.periodEnd} is null`, gte(indicators.periodEnd, f.from)));
  }
  if (f.q) where.push(inArray(indicators.id, matchingIds('indicator', f.q)));
  if (f.min !== undefined) where.push(gte(indicators.valueBase, f.min));
  if (f.max !== undefined) where.push(lte(indicators.valueBase, f.max));
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

export function listIndicators(db: Db, filters: IndicatorFilters, page: { limit: number; offset: number }, sort: Sort = []) {
  const where = conditions(filters);
  const total = db.select({ n: count() }).from(indicators).where(where).get()?.n ?? 0;
  const order = [
    ...sort.map((s) => (s.descending ? desc(INDICATOR_SORT_FIELDS[s.field]) : asc(INDICATOR_SORT_FIELDS[s.field]))),
    asc(indicators.id),
  ];
  const rows = db
    .select()
    .from(indicators)
    .where(where)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset)
    .all();
  return { rows: withEvidence(db, rows), total };
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

/** Value counts of each asked-for field over the whole filtered set (not one page), most frequent first. */
export function indicatorFacets(db: Db, filters: IndicatorFilters, fields: IndicatorFacet[]) {
  const where = conditions(filters);
  const facets: Record<string, { value: string | number | boolean | null; count: number }[]> = {};
  for (const field of fields) {
    const column = INDICATOR_FACETS[field];
    facets[field] = db
      .select({ value: column, count: count() })
      .from(indicators)
      .where(where)
      .groupBy(column)
      .orderBy(desc(count()), asc(column))
      .all();
  }
  return facets;
}

/** Every row of the filtered set, for exports. */
export function allIndicators(db: Db, filters: IndicatorFilters, sort: Sort = []) {
  const { total } = listIndicators(db, filters, { limit: 1, offset: 0 }, sort);
  return listIndicators(db, filters, { limit: Math.max(total, 1), offset: 0 }, sort).rows;
}
