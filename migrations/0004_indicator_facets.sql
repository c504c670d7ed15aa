-- The value counts of every facet field over all indicators, most frequent
-- first, written when the database is built: facets= on an unfiltered list is
-- then a read of the first values of one field, not a count of every row.
CREATE TABLE `indicator_facets` (
  `field` text NOT NULL,
  `rank` integer NOT NULL,
  `value`,
  `count` integer NOT NULL,
  PRIMARY KEY (`field`, `rank`)
) WITHOUT ROWID;
