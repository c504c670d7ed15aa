/**
 * What the dataset says of itself, wherever it is described: the data package, the schema.org
 * metadata, `/`, the README in the zip (a citation's note says it in one line, src/citations/citation.ts).
 * Its words are curated in seed/dataset.json (so a change to them is a new dataset version) and
 * stored with the data in the meta table; its licences and downloads are the project's, stated once here.
 */
import { z } from 'zod';
import { ISO_DATE } from '../domain/calendar.ts';

export const aboutSchema = z.strictObject({
  /** The package name: lowercase, digits and -, as both Data Package versions accept. */
  name: z.string().regex(/^[a-z0-9-]+$/),
  title_en: z.string().min(1),
  title_zh: z.string().min(1),
  description_en: z.string().min(1),
  description_zh: z.string().min(1),
  /** The city slug of the area the data covers (its spatial coverage). */
  area: z.string().min(1),
  creator: z.string().min(1),
  /** The day this version of the data was made: curators update it with any change to seed/. */
  created: z.string().regex(ISO_DATE),
  keywords: z.array(z.string().min(1)),
});

export type About = z.output<typeof aboutSchema>;

/** The licence of the code and of the curated records, translations and structure: the repository's LICENSE. */
export const LICENSE = {
  name: 'MIT',
  path: 'https://opensource.org/license/mit',
  title: 'MIT License: the code, and the curated records, translations and structure of this dataset',
} as const;

/** The articles are not ours to license: every place that states the licence says so too. */
export const ARTICLES_RIGHTS =
  'The five articles, and the passages quoted from them, remain the property of their publishers; they are included unchanged, as evidence, so that every figure can be checked against its source, and are not licensed by this project.';

/** The terms in a sentence, where a file states them (the zip's README, the SQLite file's meta): `where` names the licence's full text. */
export const termsOf = (where?: string) => `${LICENSE.title} (${LICENSE.path}${where ? `; ${where}` : ''}). ${ARTICLES_RIGHTS}`;

/** A file to take home, as / links it and the schema.org metadata lists it. */
export type Download = { path: string; mediaType: string; title: string };

/** The bulk downloads besides the per-table CSVs, each at a path that never changes. */
export const DOWNLOADS = {
  package: { path: '/datapackage.json', mediaType: 'application/json', title: 'Frictionless Data Package (v2, readable as v1)' },
  zip: {
    path: '/downloads/ledger.zip',
    mediaType: 'application/zip',
    title:
      'The data package, its CSV files, the five articles as received, a README, the curation rules, the datasheet, the SQLite guide, a CITATION.cff and the LICENSE',
  },
  sqlite: {
    path: '/downloads/ledger.sqlite',
    mediaType: 'application/vnd.sqlite3',
    title:
      'The SQLite database: every table of the served file, without its search indexes, stored facet counts, metrics’ usage counts and migration journal',
  },
} as const satisfies Record<string, Download>;

/** The CSV of a record table (its path, cities; its record type, city), at its stable path. */
export const tableDownload = (table: { path: string; type: string }): Download => ({
  path: `/downloads/${table.path}.csv`,
  mediaType: 'text/csv',
  title: `Every ${table.type} record as CSV`,
});
