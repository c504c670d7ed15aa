/**
 * The filters shared across record types and resources: by city, by area
 * (`within`: an area and everything under it), by the source articles a
 * record's evidence quotes, and by period overlap.
 */
import { and, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type Bind, inList, literal } from './prepared.ts';
import { cityAncestors, evidence, passages } from './schema.ts';

export type ScopeFilters = { city?: string[]; within?: string; source?: string[] };

export function scopeConditions(
  columns: { id: SQLiteColumn; city: SQLiteColumn },
  recordType: 'indicator' | 'initiative' | 'complaint',
  f: ScopeFilters,
  bind: Bind = literal,
): (SQL | undefined)[] {
  return [
    f.city?.length ? inList(columns.city, 'city', f.city, bind) : undefined,
    f.within
      ? inArray(
          columns.city,
          sql`(select ${cityAncestors.city} from ${cityAncestors} where ${cityAncestors.ancestor} = ${bind('within', f.within)})`,
        )
      : undefined,
    // From the articles' passages (by source) to the evidence quoting them (by passage): the work is
    // the articles' size, not the table's. The unary + keeps SQLite from reading evidence by record
    // type instead, which with no statistics it prefers and which reads every record's evidence.
    f.source?.length
      ? inArray(
          columns.id,
          sql`(select ${evidence.recordId} from ${passages} cross join ${evidence} on ${evidence.passage} = ${passages.id}
               where ${inList(passages.source, 'source', f.source, bind)} and +${evidence.recordType} = ${recordType})`,
        )
      : undefined,
  ];
}

/**
 * A period overlaps [from, to] when it ends on or after `from` and starts by `to`; an open end
 * reaches, and a record with neither end has no period. Written as two disjoint ranges of the index
 * led by period_end: periods with an end (from `from` on), and open-ended ones (period_end null). In
 * that order the periods ending soonest after `from` come first, which are the ones that overlap,
 * so a count up to a bound (src/routes/indicators/query.ts) stops after about that many entries.
 */
export function periodOverlapCondition(
  columns: { periodStart: SQLiteColumn; periodEnd: SQLiteColumn },
  from?: unknown,
  to?: unknown,
): SQL | undefined {
  return or(
    and(
      from !== undefined ? gte(columns.periodEnd, from) : isNotNull(columns.periodEnd),
      to !== undefined ? or(isNull(columns.periodStart), lte(columns.periodStart, to)) : undefined,
    ),
    and(isNull(columns.periodEnd), to !== undefined ? lte(columns.periodStart, to) : isNotNull(columns.periodStart)),
  );
}
