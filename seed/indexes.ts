/**
 * What the build writes beside the records, for the API's speed: each record type's search index
 * (src/db/search.ts), the value counts of facet fields over whole tables (src/db/facets.ts) and
 * each metric's use by the indicators.
 * The real seed (seed/write.ts) and the benchmark's synthetic data (bench/synthetic.ts) both build
 * through these, so the two databases have the same form.
 */
import type Database from 'better-sqlite3';
import { DEFAULTS } from '../src/config.ts';
import { facetQuery } from '../src/db/facets.ts';
import { type Searchable, searchTable } from '../src/db/search.ts';
import { quote } from '../src/db/sql.ts';
import { toSearchTokens } from '../src/domain/chinese-search.ts';
import { toSearchPairs } from '../src/domain/han-pairs.ts';

/**
 * Checks that a table's rowids are 1, 2, 3, … in key order: the records were written in key order,
 * which the page plans (src/db/pages.ts) and the search indexes rely on.
 */
export function checkKeyOrder(sqlite: Database.Database, table: string, key: string): void {
  const { misplaced } = sqlite
    .prepare(
      `select count(*) as misplaced from (select rowid as r, row_number() over (order by ${quote(key)}) as k from ${quote(table)}) where r <> k`,
    )
    .get() as { misplaced: number };
  if (misplaced > 0)
    throw new Error(
      `${misplaced === 1 ? '1 row' : `${misplaced} rows`} of ${table} ${misplaced === 1 ? 'is not at the rowid of its' : 'are not at the rowid of their'} place in ${key} order`,
    );
}

/**
 * A writer of one record type's search documents: `text` is the record's text as written (folded
 * here), or already folded by toSearchTokens when `folded`, and `title` its titles (also in `text`),
 * the same. Each document goes under its record's rowid.
 */
export function searchWriter(sqlite: Database.Database, type: Searchable) {
  const insert = sqlite.prepare(`insert into ${searchTable(type)} (rowid, content, pairs, title, title_pairs) values (?, ?, ?, ?, ?)`);
  return (rowid: number | bigint, text: string, { folded = false, title = '' } = {}) => {
    const content = folded ? text : toSearchTokens(text);
    const titles = folded ? title : toSearchTokens(title);
    insert.run(rowid, content, toSearchPairs(content), titles, toSearchPairs(titles));
  };
}

/** Each metric's use by the indicators: how many records, of which areas and periods (src/resources/metrics.ts). */
export function writeMetricUsage(sqlite: Database.Database): void {
  sqlite.exec(`insert into metric_usage (metric, records, areas, periods)
    select metrics.key, count(indicators.id),
      coalesce((select json_group_array(city) from (select distinct city from indicators where metric = metrics.key order by city)), '[]'),
      coalesce((select json_group_array(period) from (select distinct period from indicators
        where metric = metrics.key and period is not null order by period)), '[]')
    from metrics left join indicators on indicators.metric = metrics.key group by metrics.key`);
}

/** The value counts of each field over the whole table, in the order and form the API gives them. */
export function writeFacetCounts(
  sqlite: Database.Database,
  table: string,
  fields: readonly string[],
  booleans: readonly string[] = [],
): void {
  const insert = sqlite.prepare('insert into facet_counts ("table", field, "values", top, every) values (?, ?, ?, ?, ?)');
  for (const field of fields) {
    const query = facetQuery(table, field);
    const every = sqlite.prepare(query.sql).all(...query.params) as { value: unknown; count: number }[];
    if (booleans.includes(field)) for (const v of every) v.value = v.value === null ? null : v.value === 1;
    insert.run(table, field, every.length, JSON.stringify(every.slice(0, DEFAULTS.facetValues)), JSON.stringify(every));
  }
}
