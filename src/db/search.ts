/** Full-text matching shared by every resource: the search table and its MATCH expression. */
import { type SQL, sql } from 'drizzle-orm';
import { toMatchExpression } from '../domain/chinese.ts';

export type SearchRecordType = 'indicator' | 'initiative' | 'complaint' | 'passage' | 'city';

/** The FTS5 expression for the user's query ('""' matches nothing). */
export const matchExpression = (query: string) => toMatchExpression(query) ?? '""';

/**
 * A subquery of the ids of `recordType` records whose text matches the user's query; `expression`
 * is what `matchExpression` made of it, or a placeholder for it.
 */
export function matchingIds(recordType: SearchRecordType, expression: unknown): SQL {
  return sql`(select record_id from search where search match ${expression} and record_type = ${recordType})`;
}
