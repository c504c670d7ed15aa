/**
 * The filters every record type shares: by city, by area (`within`: an area and
 * everything under it), and by the source articles its evidence quotes.
 */
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { cityAncestors, evidence, passages } from './schema.ts';

export type ScopeFilters = { city?: string[]; within?: string; source?: string[] };

export function scopeConditions(
  columns: { id: SQLiteColumn; city: SQLiteColumn },
  recordType: 'indicator' | 'initiative' | 'complaint',
  f: ScopeFilters,
): (SQL | undefined)[] {
  return [
    f.city?.length ? inArray(columns.city, f.city) : undefined,
    f.within
      ? inArray(columns.city, sql`(select ${cityAncestors.city} from ${cityAncestors} where ${cityAncestors.ancestor} = ${f.within})`)
      : undefined,
    f.source?.length
      ? inArray(
          columns.id,
          sql`(select ${evidence.recordId} from ${evidence} join ${passages} on ${passages.id} = ${evidence.passage}
               where ${evidence.recordType} = ${recordType} and ${inArray(passages.source, f.source)})`,
        )
      : undefined,
  ];
}
