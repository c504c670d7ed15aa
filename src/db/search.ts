/** Full-text matching shared by every resource: the search table and its MATCH expression. */
import { type SQL, sql } from 'drizzle-orm';
import { toMatchExpression } from '../domain/chinese.ts';

export type SearchRecordType = 'indicator' | 'initiative' | 'complaint' | 'passage' | 'city';

/** A subquery of the ids of `recordType` records whose text matches the user's query. */
export function matchingIds(recordType: SearchRecordType, query: string): SQL {
  const expression = toMatchExpression(query) ?? '""';
  return sql`(select record_id from search where search match ${expression} and record_type = ${recordType})`;
}
