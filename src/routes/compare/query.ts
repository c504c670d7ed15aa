/**
 * The SQL for /compare: one metric's rows of one scope (口径) for some areas, through the list page
 * plans (src/db/pages.ts). The areas asked for (cities=, and every area under within=) become one
 * list, so the (metric, scope, city, period_start, id, period_end) index answers the page in its
 * order and the total, one range of it per area. Rows of other scopes are left out and counted.
 */
import type { Db } from '../../db/open.ts';
import { type ListAsk, listPage } from '../../db/pages.ts';
import { type Condition, condition, JSON_VALUES, oneOf, periodGiven, yearOverlaps } from '../../db/sql.ts';
import { column, row, rows } from '../../db/statements.ts';
import { countLimit, type Page, type PageOptions, type Total, totalOf } from '../../db/totals.ts';
import { knownValues, metricScopes, vocabulary } from '../../db/vocabulary.ts';
import type { ComparisonRow } from './schema.ts';

type ComparisonQuery = {
  metric: string;
  cities?: string[];
  within?: string;
  year?: number;
  /** A scope key, null for figures that are the metric exactly, undefined for the scope most rows have. */
  scope?: string | null;
  sort?: ListAsk['sort'];
};

export type ScopeCount = { scope: string | null; name_zh: string | null; name_en: string | null; rows: number; exact: boolean };

const ROWS = `select indicators.city, cities.name_zh as city_name_zh, cities.name_en as city_name_en, indicators.period,
    indicators.period_start, indicators.period_end, indicators.value_base, indicators.value_text, indicators.unit_zh,
    indicators.unit, indicators.qualifier,
    indicators.estimated, indicators.scope, indicators.id as indicator, indicators.label_zh, indicators.label_en
  from indicators join cities on cities.slug = indicators.city
  where indicators.id in ${JSON_VALUES}`;

/** A scope asked for that no row here has, counted as none: its names (none for the metric exactly, null). */
export function noRowsOf(db: Db, scope: string | null): ScopeCount {
  const named =
    scope === null
      ? undefined
      : row<{ name_zh: string; name_en: string }>(db, 'select name_zh, name_en from scopes where key = ?', [scope]);
  return { scope, name_zh: named?.name_zh ?? null, name_en: named?.name_en ?? null, rows: 0, exact: true };
}

/** The areas compared: those named, and every area under `within` (itself included). */
function areasOf(db: Db, q: ComparisonQuery): string[] {
  const under = q.within ? column<string>(db, 'select city from city_ancestors where ancestor = ? order by city', [q.within]) : [];
  return [...new Set([...(q.cities ?? []), ...under])].sort();
}

/** A metric's rows of one scope (undefined: of every scope) among some areas. */
const ofScope = (metric: string, areas: string[], scope: string | null | undefined): Condition[] => [
  oneOf('metric', [metric]),
  // IS, not =, so that a bound null asks for the rows with no scope, by the same index.
  ...(scope === undefined ? [] : [condition('scope is ?', scope)]),
  oneOf('city', areas),
];

/**
 * The metric that holds a scope's figures of this one, where the curation kept them apart (the growth of
 * out-of-province funds, investment.out_of_province_funds_in_place.growth, beside investment.funds_in_place.growth):
 * its key is this one's with the scope's written into it.
 */
export function metricOfScope(db: Db, metric: string, scope: string): string | undefined {
  return [...knownValues(db, 'metric')].find((key) => key !== metric && key.replace(`${scope}_`, '') === metric);
}

/** The indicators meeting every condition, counted up to the page's bound. */
function countUpTo(db: Db, c: Condition[], page: Page, options: PageOptions): number {
  const sql = `select count(*) as n from (select 1 from indicators where ${c.map((x) => `(${x.sql})`).join(' and ')} limit ?)`;
  return row<{ n: number }>(db, sql, [...c.flatMap((x) => x.params), countLimit(page, options)])?.n ?? 0;
}

/** Whether any indicator meets every condition. */
function anyRow(db: Db, c: Condition[]): boolean {
  const sql = `select exists (select 1 from indicators where ${c.map((x) => `(${x.sql})`).join(' and ')}) as found`;
  return Boolean(
    row<{ found: number }>(
      db,
      sql,
      c.flatMap((x) => x.params),
    )?.found,
  );
}

/** The areas of the indicators meeting every condition, in order. */
const areasWith = (db: Db, c: Condition[]): string[] =>
  column<string>(
    db,
    `select distinct city from indicators where ${c.map((x) => `(${x.sql})`).join(' and ')} order by city`,
    c.flatMap((x) => x.params),
  );

/** The scopes of the metric's rows for these areas (and year), each with its rows counted up to the page's bound. */
function scopesPresent(
  db: Db,
  metric: string,
  where: (scope: string | null) => Condition[],
  page: Page,
  options: PageOptions,
): ScopeCount[] {
  const ofMetric = metricScopes(db, metric);
  // The dataset's scopes as the vocabulary read them once (its names: Chinese, English), in key order.
  const known = [...vocabulary(db, 'scope')]
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map((t) => ({ key: t.value, name_zh: t.names[0], name_en: t.names[1] }));
  const counted: ScopeCount[] = [];
  // Only the scopes the metric's rows have anywhere can have rows among these areas.
  for (const scope of [null, ...known].filter((s) => ofMetric.has(s?.key ?? null))) {
    const n = countUpTo(db, where(scope?.key ?? null), page, options);
    if (n > 0)
      counted.push({
        scope: scope?.key ?? null,
        name_zh: scope?.name_zh ?? null,
        name_en: scope?.name_en ?? null,
        ...totalOf(n, page, options),
        rows: n,
      });
  }
  return counted;
}

/**
 * A page of a comparison of one scope, in (city, period start, id) order unless sorted, its total,
 * the scope compared and the scopes left out. With no scope asked for, the figures that are the
 * metric exactly are compared where there are any, else those of the scope most rows have (a tie
 * goes to the key first in alphabetical order: the order the scopes are counted in, kept by a stable sort).
 */
export function compareMetric(
  db: Db,
  q: ComparisonQuery,
  page: Page,
  options: PageOptions = {},
): {
  rows: ComparisonRow[];
  scope: ScopeCount | null;
  /** Each scope left out, with the areas whose rows these are: an area asked for with none compared may have some here. */
  leftOut: (ScopeCount & { areas: string[] })[];
  undated?: Total & { areas: string[]; scope: string | null | undefined };
  /** The areas named in cities= with no row compared (of the chosen scope, and year): a title naming them says nothing of them. */
  without: string[];
} & Total {
  const areas = areasOf(db, q);
  if (areas.length === 0) return { rows: [], total: 0, exact: true, scope: null, leftOut: [], without: [] };
  const where = (scope: string | null, among = areas): Condition[] => [
    ...ofScope(q.metric, among, scope),
    ...(q.year !== undefined ? [yearOverlaps(q.year)] : []),
  ];
  const present = scopesPresent(db, q.metric, where, page, options);
  const chosen =
    q.scope !== undefined
      ? (present.find((s) => s.scope === q.scope) ?? null)
      : (present.find((s) => s.scope === null) ?? [...present].sort((a, b) => b.rows - a.rows)[0] ?? null);
  const leftOut = present.filter((s) => s !== chosen).map((s) => ({ ...s, areas: areasWith(db, where(s.scope)) }));
  // A year leaves out the figures the text gives no period: counted, as /indicators counts them, of the
  // scope asked for, or of every scope when none was (a scope no dated row has is in no other count).
  const undatedScope = q.scope;
  const undated =
    q.year === undefined
      ? undefined
      : {
          ...totalOf(countUpTo(db, [...ofScope(q.metric, areas, undatedScope), periodGiven(false)], page, options), page, options),
          areas,
          scope: undatedScope,
        };
  const without = (q.cities ?? []).filter((city) => !chosen || !anyRow(db, where(chosen.scope, [city])));
  if (!chosen) return { rows: [], total: 0, exact: true, scope: null, leftOut, undated, without };
  const sort = q.sort?.length
    ? q.sort
    : [
        { column: 'city', descending: false },
        { column: 'period_start', descending: false },
      ];
  // The chosen scope was counted above, with the same conditions and bound: the page need not count it again.
  const counted = { total: chosen.rows, exact: chosen.exact };
  const found = listPage(db, { table: 'indicators', key: 'id' }, { where: where(chosen.scope), sort, counted }, page, options);
  const byId = new Map(
    rows<ComparisonRow>(db, ROWS, [JSON.stringify(found.keys)]).map((r) => [r.indicator, { ...r, estimated: Boolean(r.estimated) }]),
  );
  return {
    rows: found.keys.map((id) => byId.get(id) as ComparisonRow),
    total: found.total,
    exact: found.exact,
    scope: chosen,
    leftOut,
    undated,
    without,
  };
}
