/** Full-text matching shared by every resource: the search tables and their MATCH expressions. */
import { type SQL, sql } from 'drizzle-orm';
import { toMatchExpression, toPairedPhrases, toSearchPairs } from '../domain/chinese.ts';

export type SearchRecordType = 'indicator' | 'initiative' | 'complaint' | 'passage' | 'city';

/** The FTS5 expression for the user's query against `search` ('""' matches nothing). */
export const matchExpression = (query: string) => toMatchExpression(query) ?? '""';

/**
 * A subquery of the ids of `recordType` records whose text matches the user's query; `expression`
 * is what `matchExpression` made of it, or a placeholder for it.
 */
export function matchingIds(recordType: SearchRecordType, expression: unknown): SQL {
  return sql`(select record_id from search where search match ${expression} and record_type = ${recordType})`;
}

/**
 * The FTS5 expression for the user's query against the indicators' own index, which holds each
 * document's tokens (`content`) and the pairs of Han characters among them (`pairs`,
 * migrations/0005_indicator_search_pairs.sql): a term of two or more Han characters is matched as
 * the phrase of its pairs, any other term as the phrase of its tokens, and every term must match.
 * It matches the indicators that `matchExpression` matches in `search` ('""' matches nothing).
 */
export function indicatorMatchExpression(query: string): string {
  const phrases = toPairedPhrases(query).map(({ pairs, phrase }) => `${pairs ? 'pairs' : 'content'} : "${phrase}"`);
  return phrases.length > 0 ? phrases.join(' AND ') : '""';
}

/**
 * A subquery of the rowids of indicators whose text matches: the same documents as `matchingIds`
 * gives for indicators, from their own index; `expression` is what `indicatorMatchExpression` made
 * of the query, or a placeholder for it.
 */
export function matchingIndicatorRowids(expression: unknown): SQL {
  return sql`(select rowid from indicator_search where indicator_search match ${expression})`;
}

type Sqlite = {
  prepare(source: string): { get(): unknown; run(): unknown };
  function(name: string, options: { deterministic: boolean }, fn: (text: string) => string): unknown;
};

/**
 * When a database is built, after every indicator and its search document are written: checks that
 * the indicators' rowids are 1, 2, 3, … in id order (the page plans of src/routes/indicators/query.ts
 * rely on it), then indexes the indicators' documents of `search` again in `indicator_search`, each
 * under its indicator's rowid, with its pairs (`toSearchPairs`).
 */
export function indexIndicatorSearch(sqlite: Sqlite): void {
  const { misplaced } = sqlite
    .prepare('select count(*) as misplaced from (select rowid as r, row_number() over (order by id) as k from indicators) where r <> k')
    .get() as { misplaced: number };
  if (misplaced > 0) throw new Error(`${misplaced} indicators are not at the rowid of their place in id order`);
  sqlite.function('search_pairs', { deterministic: true }, toSearchPairs);
  sqlite
    .prepare(
      `insert into indicator_search (rowid, content, pairs)
       select i.rowid, s.content, search_pairs(s.content) from search s join indicators i on i.id = s.record_id
       where s.record_type = 'indicator'`,
    )
    .run();
  const { documents, rows } = sqlite
    .prepare("select (select count(*) from search where record_type = 'indicator') as documents, (select count(*) from indicators) as rows")
    .get() as { documents: number; rows: number };
  if (documents !== rows) throw new Error(`${rows} indicators but ${documents} search documents`);
}
