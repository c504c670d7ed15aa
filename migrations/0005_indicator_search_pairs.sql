-- The indicators' own search index again, with a second column: the pairs of
-- Han characters side by side in each document (src/domain/chinese.ts,
-- toSearchPairs). A query term of two or more Han characters is matched as
-- the phrase of its pairs, read from their short posting lists, instead of the
-- phrase of its characters, which reads every document holding any of them:
-- 武威 read every document with 武 and every one with 威. Contentless, rowid =
-- the indicator's rowid, as in 0003; filled when the database is built.
DROP TABLE `indicator_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `indicator_search` USING fts5(
  `content`,
  `pairs`,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);
