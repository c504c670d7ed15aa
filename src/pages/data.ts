/**
 * What a page reads besides its own answer (a figure's metric, an area's children, an article's
 * figures), through the same query functions as the API's routes: resources' pages and records,
 * never SQL of its own.
 */
import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../config.ts';
import type { Facets } from '../db/facets.ts';
import { once } from '../db/once.ts';
import type { City } from '../resources/cities.ts';
import { cityResource, indicatorResource, metricResource, scopeResource, sourceResource } from '../resources/index.ts';
import type { Indicator } from '../resources/indicators.ts';
import type { Metric } from '../resources/metrics.ts';
import { type ListQuery, pageOf, type Resource } from '../resources/resource.ts';
import type { Scope } from '../resources/scopes.ts';
import { everyServed, servedRecords } from '../resources/served.ts';
import type { Source } from '../resources/sources.ts';
import { compareMetric } from '../routes/compare/query.ts';

type AnyResource = Resource<object, ListQuery>;

const BASE: ListQuery = { limit: Number.MAX_SAFE_INTEGER, offset: 0 };

/** The first `limit` records of a resource's list for this query (its filters as the API reads them), and how many there are. */
export function firstRecords<T>(
  app: FastifyInstance,
  resource: AnyResource,
  query: object,
  limit: number,
): { records: T[]; total: number } {
  const { keys, total } = pageOf(app.db, resource, { ...BASE, ...query }, { limit, offset: 0 }, { exactTotal: true });
  return { records: servedRecords(app.db, app.recordCache, resource, keys).map((s) => s.record as T), total };
}

/** Every record of a resource's list for this query, in the list's order. */
export const everyRecord = <T>(app: FastifyInstance, resource: AnyResource, query: object = {}): T[] =>
  everyServed(app.db, app.recordCache, resource, { ...BASE, ...query }).map((s) => s.record as T);

/** The records with these keys that exist, in this order. */
export function recordsByKey<T>(app: FastifyInstance, resource: AnyResource, keys: readonly string[]): T[] {
  return servedRecords(app.db, app.recordCache, resource, [...new Set(keys)], { missing: 'skip' }).map((s) => s.record as T);
}

/** One record, or undefined. */
export const recordOf = <T>(app: FastifyInstance, resource: AnyResource, key: string): T | undefined =>
  recordsByKey<T>(app, resource, [key])[0];

/** Value counts of these fields over the list's filtered set, as facets= gives them. */
export function facetsOf(app: FastifyInstance, resource: AnyResource, query: object, fields: readonly string[]): Facets | undefined {
  if (!resource.facets || fields.length === 0) return undefined;
  return pageOf(app.db, resource, { ...BASE, ...query, facets: [...fields] }, { limit: 1, offset: 0 }, {}).facets;
}

/** Every area by slug, read once per database: 39 here, ten thousand in a database of every county, where each page read them all. */
export const citiesBySlug = (app: FastifyInstance): ReadonlyMap<string, City> =>
  once(app.db, 'pages:cities', () => new Map(everyRecord<City>(app, cityResource as AnyResource).map((c) => [c.slug, c])));

/** Every article by id, read once per database. */
export const sourcesById = (app: FastifyInstance): ReadonlyMap<string, Source> =>
  once(app.db, 'pages:sources', () => new Map(everyRecord<Source>(app, sourceResource as AnyResource).map((s) => [s.id, s])));

/** The metrics with these keys, by key. */
export const metricsByKey = (app: FastifyInstance, keys: readonly string[]) =>
  new Map(recordsByKey<Metric>(app, metricResource as AnyResource, keys).map((m) => [m.key, m]));

/** Every metric, by key, read once per database. */
export const everyMetric = (app: FastifyInstance): ReadonlyMap<string, Metric> =>
  once(app.db, 'pages:metrics', () => new Map(everyRecord<Metric>(app, metricResource as AnyResource).map((m) => [m.key, m])));

/** Indicators by key. */
export const indicatorsByKey = (app: FastifyInstance, keys: readonly string[]) =>
  recordsByKey<Indicator>(app, indicatorResource as AnyResource, keys);

/** A scope by key (ten of them), or undefined. */
export const scopeOf = (app: FastifyInstance, key: string) => recordOf<Scope>(app, scopeResource as AnyResource, key);

/** A metric's comparison among these areas: the one /compare gives, and the scope asked for it (none: /compare's default). */
export type ScopeComparison = { comparison: ReturnType<typeof compareMetric>; asked?: string };

/**
 * A metric's comparisons among these areas, one a scope that could set two of them side by side: /compare's
 * default first, then each scope it left out that has two rows or more, each asked only when reached.
 */
export function* scopeComparisons(app: FastifyInstance, metric: string, cities: string[], page: { limit: number; offset: number }) {
  const first = compareMetric(app.db, { metric, cities }, page);
  yield { comparison: first } as ScopeComparison;
  for (const { scope, rows } of first.leftOut) {
    if (scope !== null && rows >= 2)
      yield { comparison: compareMetric(app.db, { metric, cities, scope }, page), asked: scope } as ScopeComparison;
  }
}

/**
 * A comparison a link offers: the areas one scope's figures show side by side, that scope where it is not /compare's
 * default, and how many figures it sets side by side.
 */
type OfferedComparison = { cities: string[]; scope?: string; figures: number };

/**
 * The comparison to offer for each metric: its areas that /compare's default scope shows, where two or
 * more; else the scope with most areas, named. A metric no scope gives two areas offers none (a link
 * naming four areas of which one had its scope showed one bar). Once per database.
 */
export const offeredComparisons = (app: FastifyInstance): ReadonlyMap<string, OfferedComparison> =>
  once(app.db, 'pages:offered-comparisons', () => {
    const page = { limit: LIMITS.pageSize, offset: 0 };
    const areasOf = (rows: { city: string }[]) => [...new Set(rows.map((r) => r.city))].sort();
    const offered = new Map<string, OfferedComparison>();
    for (const m of everyMetric(app).values()) {
      if (m.areas.length < 2) continue;
      let best: OfferedComparison | undefined;
      for (const { comparison, asked } of scopeComparisons(app, m.key, m.areas, page)) {
        const cities = areasOf(comparison.rows);
        if (cities.length >= 2 && cities.length > (best?.cities.length ?? 0))
          best = { cities, scope: asked, figures: comparison.rows.length };
        // The default's, where it shows two areas, whatever another scope shows.
        if (best && asked === undefined) break;
      }
      if (best) offered.set(m.key, best);
    }
    return offered;
  });
