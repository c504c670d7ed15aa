/**
 * The downloads of a database, written when it is built so a running server never builds them
 * (src/dataset/files.ts serves them):
 *
 * - ledger.zip: the data package, each table's CSV (the bytes /downloads/{table}.csv answers), the
 *   five articles byte for byte as received, a README, a CITATION.cff, and the curation rules and
 *   datasheet from docs/, under one folder. Every entry carries the dataset's date, so the same seed/
 *   and docs always zip to the same bytes.
 * - ledger.sqlite: a clean export of the database: every table of the served file except the
 *   search indexes (the *_search FTS5 tables), the stored facet counts and the migrations' journal,
 *   which only serve the API. city_ancestors, the areas above each area, stays: it answers "within".
 * - manifest.json: the dataset version they were built from, and each file's size and SHA-256.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { tableDownload } from '../src/dataset/about.ts';
import { DOWNLOAD_FILES, MANIFEST, type Manifest } from '../src/dataset/files.ts';
import { dataPackage } from '../src/dataset/package.ts';
import { TABLES, tableCsv } from '../src/dataset/tables.ts';
import { openDatabase } from '../src/db/open.ts';
import { SEARCHABLE, searchTable } from '../src/db/search.ts';
import { DATASET_DOCUMENTS } from '../src/db/version.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { citationCff, zipReadme } from './download-docs.ts';
import type { SeedData } from './records.ts';

/** Tables of the served file that only serve the API, left out of the export. */
const API_ONLY_TABLES = [...SEARCHABLE.map(searchTable), 'facet_counts', 'metric_usage', '__drizzle_migrations'];

/** Writes a clean copy of the database at `from` to `to`: the data tables only, compacted. */
function exportDatabase(from: string, to: string): void {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    source.prepare('vacuum into ?').run(to);
  } finally {
    source.close();
  }
  const copy = new Database(to);
  try {
    for (const table of API_ONLY_TABLES) copy.exec(`drop table if exists "${table}"`);
    copy.pragma('journal_mode = DELETE');
    copy.exec('vacuum');
  } finally {
    copy.close();
  }
}

/** The zip's entries, by path inside it. */
function zipEntries(databasePath: string, seedDir: string, data: SeedData, version: string): Record<string, Uint8Array> {
  const db = openDatabase(databasePath);
  try {
    const pkg = dataPackage(db, version, data.about);
    const entries: Record<string, string | Buffer> = {
      'datapackage.json': `${JSON.stringify(pkg, null, 2)}\n`,
      'README.md': zipReadme(data, version, pkg),
      'CITATION.cff': citationCff(data, version),
    };
    for (const resource of TABLES) entries[tableDownload(resource).path.slice(1)] = tableCsv(db, resource);
    for (const s of [...data.sources].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      entries[`articles/${s.file}`] = readFileSync(join(seedDir, 'sources', s.file));
    }
    // The rules the records were curated by (a withdrawal's reason cites docs/CURATION.md), the datasheet,
    // the SQLite file's guide it links, and the licence, whose notice MIT asks every copy to carry.
    for (const file of DATASET_DOCUMENTS) entries[file] = readFileSync(join(PROJECT_ROOT, file));
    const folder = `${data.about.name}-${version}`;
    return Object.fromEntries(
      Object.entries(entries).map(([path, content]) => [`${folder}/${path}`, typeof content === 'string' ? Buffer.from(content) : content]),
    );
  } finally {
    db.$client.close();
  }
}

/** Builds the downloads of the database at `databasePath` into the (empty, existing) directory `dir`. */
export function writeDownloads(databasePath: string, dir: string, seedDir: string, data: SeedData, version: string): void {
  const mtime = new Date(`${data.about.created}T00:00:00Z`);
  writeFileSync(join(dir, DOWNLOAD_FILES.zip), zipSync(zipEntries(databasePath, seedDir, data, version), { level: 9, mtime }));
  exportDatabase(databasePath, join(dir, DOWNLOAD_FILES.sqlite));
  const manifest: Manifest = { dataset_version: version, files: {} };
  for (const name of Object.values(DOWNLOAD_FILES)) {
    const bytes = readFileSync(join(dir, name));
    manifest.files[name] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}
