-- Full-text search over indicators alone, for /indicators?q=. Contentless: it
-- holds the same folded documents as `search` (copied from it when the
-- database is built) and only their index; its rowid is the indicator's rowid.
-- Indicators are written in id order, so rowid order is id order (the build
-- checks it), and a query's matches stream from this index already in the
-- order of a page: a page and a bounded total read a page's worth of the
-- index, not every match.
CREATE VIRTUAL TABLE `indicator_search` USING fts5(
  `content`,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Periods by their end: a period overlaps [from, to] when it ends on or after
-- `from` and starts by `to`, and read in this order the overlapping ones come
-- first, so a total counted up to a bound stops early (src/db/scope.ts).
CREATE INDEX `indicators_period_end` ON `indicators` (`period_end`,`period_start`);
