-- Tables drizzle cannot describe, written by hand (migrations/0000 is generated from src/db/schema.ts).
--
-- Full-text search, one index per record type (src/db/search.ts). Each is contentless: it holds only
-- the index of one document per record, under the record's rowid, and records are written in key
-- order, so rowid order is key order and a search's matches stream in the order of a page.
-- `content` is the record's text folded to Simplified, lower case, with a space around every Han
-- character, so that the unicode61 tokenizer makes each Han character a token and a query of any
-- length (one character included) is answered from the index. `pairs` holds the pairs of Han
-- characters side by side in it (src/domain/han-pairs.ts, toSearchPairs): a term of two or more Han
-- characters is matched as the phrase of its pairs, read from their short posting lists, not as
-- the phrase of its characters, which reads every document holding any of them. `title` and
-- `title_pairs` hold the record's titles again (its Chinese and English name or label; a passage has
-- none), folded and paired the same way: a term matches in either, and ranking weighs a match in
-- the titles above one elsewhere, so a record named by the query comes before records that mention it.
CREATE VIRTUAL TABLE `indicator_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `initiative_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `complaint_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `passage_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `city_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `project_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `metric_search` USING fts5(`content`, `pairs`, `title`, `title_pairs`, content = '', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
-- The value counts of every facet field over a whole table, most frequent first, written when the
-- database is built (seed/indexes.ts): facets= on an unfiltered list is then one row read, not a
-- count of every row. Each field's counts are stored as the API gives them (a JSON array of
-- {"value", "count"}): its first values in `top`, all of them in `every`, and how many there are.
CREATE TABLE `facet_counts` (
  `table` text NOT NULL,
  `field` text NOT NULL,
  `values` integer NOT NULL,
  `top` text NOT NULL,
  `every` text NOT NULL,
  PRIMARY KEY (`table`, `field`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Each metric's use by the indicators, counted when the database is built (seed/indexes.ts): how
-- many records, of which areas and periods (JSON arrays, sorted). A page of /metrics then reads one
-- row per metric, not every indicator of each.
CREATE TABLE `metric_usage` (
  `metric` text PRIMARY KEY NOT NULL,
  `records` integer NOT NULL,
  `areas` text NOT NULL,
  `periods` text NOT NULL
) WITHOUT ROWID;
