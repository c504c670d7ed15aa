/** The SQL for /compare. */
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { cities, cityAncestors, indicators } from '../../db/schema.ts';
import { periodOverlapCondition } from '../../db/scope.ts';
import { countLimit, countsEvery, type Page, type PageOptions, totalFromPage, totalOf } from '../../db/totals.ts';
import { indicatorRows } from '../indicators/query.ts';

export type ComparisonQuery = { metric: string; cities?: string[]; within?: string; year?: number };

/**
 * The total (counted up to `countLimit`, or plainly when `countsEvery`: src/db/totals.ts) and the
 * page of a comparison, unexecuted (tests EXPLAIN
 * them). The (metric, city, period_start, id, period_end) index answers both, one range of it per
 * city compared, and gives the page in its order.
 */
export function compareQueries(db: Db, q: ComparisonQuery, page: Page, options: PageOptions = {}) {
  const where = and(
    eq(indicators.metric, q.metric),
    or(
      q.cities?.length ? inArray(indicators.city, q.cities) : undefined,
      q.within
        ? inArray(indicators.city, sql`(select ${cityAncestors.city} from ${cityAncestors} where ${cityAncestors.ancestor} = ${q.within})`)
        : undefined,
    ),
    q.year !== undefined ? periodOverlapCondition(indicators, `${q.year}-01-01`, `${q.year}-12-31`) : undefined,
  );
  const total = countsEvery(indicatorRows(db), page, options)
    ? db.select({ n: count() }).from(indicators).where(where)
    : db
        .select({ n: count() })
        .from(db.select({ one: sql`1` }).from(indicators).where(where).limit(countLimit(page, options)).as('matching'));
  const rows = db
    .select({
      city: indicators.city,
      city_name_zh: cities.nameZh,
      city_name_en: cities.nameEn,
      period: indicators.period,
      period_start: indicators.periodStart,
      period_end: indicators.periodEnd,
      value_base: indicators.valueBase,
      unit: indicators.unit,
      qualifier: indicators.qualifier,
      estimated: indicators.estimated,
      indicator: indicators.id,
      label_en: indicators.labelEn,
    })
    .from(indicators)
    .innerJoin(cities, eq(cities.slug, indicators.city))
    .where(where)
    .orderBy(asc(indicators.city), asc(indicators.periodStart), asc(indicators.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total, rows };
}

/** A page of a comparison and its total, counted up to a bound (src/db/totals.ts) unless the page gives it. */
export function compareMetric(db: Db, q: ComparisonQuery, page: Page, options: PageOptions = {}) {
  const queries = compareQueries(db, q, page, options);
  const rows = queries.rows.all();
  return { rows, ...(totalFromPage(rows.length, page) ?? totalOf(queries.total.get()?.n ?? 0, page, options)) };
}

export type ComparisonRow = ReturnType<typeof compareMetric>['rows'][number];
