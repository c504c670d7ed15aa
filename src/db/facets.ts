/**
 * Facets: how many records of the whole filtered set (not one page) have each value of a field,
 * most frequent first. Over a whole table the counts were written when the database was built
 * (seed/indexes.ts, table facet_counts), so an unfiltered list reads one row per field; over a
 * filtered set they are counted, from an index where one holds the field.
 */
import { DEFAULTS } from '../config.ts';
import type { Db } from './open.ts';
import { all, type Condition, quote } from './sql.ts';
import { row, rows } from './statements.ts';

type FacetValue = { value: string | number | boolean | null; count: number };
export type Facets = { facets: Record<string, FacetValue[]>; omitted: Record<string, number> };

/** The statement counting one field's values over a table, most frequent first, then by value. */
export function facetQuery(table: string, field: string, where?: Condition): Condition {
  const f = quote(field);
  return {
    sql: `select ${f} as value, count(*) as count from ${quote(table)}${where ? ` where ${where.sql}` : ''} group by ${f} order by count desc, ${f}`,
    params: where?.params ?? [],
  };
}

/**
 * Value counts of each field over the set the conditions select, the first `limit` of each, and how
 * many values were left out where some were. `booleans` names fields stored as 0 and 1.
 */
export function facetCounts(
  db: Db,
  table: string,
  where: readonly (Condition | undefined)[],
  fields: readonly string[],
  { limit = DEFAULTS.facetValues as number, booleans = [] as readonly string[] } = {},
): Facets {
  const filter = all(where);
  const facets: Record<string, FacetValue[]> = {};
  const omitted: Record<string, number> = {};
  for (const field of fields) {
    let values: FacetValue[];
    let every: number;
    // The whole table's counts are stored by the build; a database built before a field had them is counted now.
    const stored =
      filter === undefined
        ? row<{ values: number; top: string }>(db, 'select "values", top from facet_counts where "table" = ? and field = ?', [table, field])
        : undefined;
    if (stored) {
      const top = JSON.parse(stored.top) as FacetValue[];
      // The first values are enough unless more are asked for than they hold; all of them are read only then.
      values = (limit <= top.length || top.length === stored.values ? top : allStored(db, table, field)).slice(0, limit);
      every = stored.values;
    } else {
      const query = facetQuery(table, field, filter);
      const counted = rows<FacetValue>(db, query.sql, query.params);
      if (booleans.includes(field)) for (const v of counted) v.value = v.value === null ? null : v.value === 1;
      values = counted.slice(0, limit);
      every = counted.length;
    }
    facets[field] = values;
    if (every > values.length) omitted[field] = every - values.length;
  }
  return { facets, omitted };
}

/** Every value count stored for a field. */
function allStored(db: Db, table: string, field: string): FacetValue[] {
  const stored = row<{ every: string }>(db, 'select every from facet_counts where "table" = ? and field = ?', [table, field]);
  return JSON.parse(stored?.every ?? '[]') as FacetValue[];
}
