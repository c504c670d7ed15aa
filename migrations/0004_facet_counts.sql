-- The value counts of every facet field over all indicators, most frequent
-- first, written when the database is built: facets= on an unfiltered list is
-- then one row read, not a count of every row. Each field's counts are stored
-- as the API gives them (a JSON array of {"value", "count"}): its first
-- values in `top`, all of them in `every`, and how many there are.
CREATE TABLE `indicator_facets` (
  `field` text PRIMARY KEY NOT NULL,
  `values` integer NOT NULL,
  `top` text NOT NULL,
  `every` text NOT NULL
) WITHOUT ROWID;
