/**
 * Versions that tie a database file to what built it: the dataset version is
 * a content hash of everything under seed/ and of the documents the zip carries, the schema version
 * the last migration's tag with a hash of every migration. A served database must match both.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../paths.ts';

export const DEFAULT_SEED_DIR = join(PROJECT_ROOT, 'seed');
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * What the zip carries from outside seed/ (seed/downloads.ts), by path from the project: the rules
 * the records were curated by, the datasheet, the SQLite file's guide and the licence. They are the
 * dataset's as much as its records are: an edit to one is a new dataset version, so the zip and the
 * version it is named with never go apart.
 */
export const DATASET_DOCUMENTS = ['docs/CURATION.md', 'docs/DATASHEET.md', 'docs/SQLITE.md', 'LICENSE'] as const;

/** sha256 over every file under seed/ and the dataset's documents (path and bytes), shortened to 16 hex digits. */
export function datasetVersion(seedDir: string = DEFAULT_SEED_DIR, root: string = PROJECT_ROOT): string {
  const hash = hashFiles(seedDir, filesUnder(seedDir));
  return hashFiles(
    root,
    DATASET_DOCUMENTS.map((file) => join(root, file)),
    hash.update('\0documents\0'),
  )
    .digest('hex')
    .slice(0, 16);
}

/** sha256 over files (each its path from `root` and its bytes), as far as they exist, into `hash` or a new one. */
function hashFiles(root: string, files: string[], hash = createHash('sha256')) {
  for (const file of files.filter(existsSync)) {
    hash.update(relative(root, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash;
}

/** What makes the search form (src/domain/chinese-search.ts) of a text: a change to any rebuilds the indexes. */
const SEARCH_FORM_SOURCES = [
  'src/domain/chinese.ts',
  'src/domain/chinese-search.ts',
  'src/domain/han-pairs.ts',
  'src/domain/unicode61.ts',
  'node_modules/opencc-js/package.json',
];

/**
 * The tag of the newest migration and a hash of every migration's SQL and of how search text is
 * folded (0003_chinese_descriptions+1a2b3c4d): a migration edited in place (a search index's
 * tokenizer) or a new fold changes it as a new migration does, so a database built before is
 * rebuilt, not served with the old tables or an index its queries no longer match.
 */
export function schemaVersion(migrationsDir: string = MIGRATIONS_DIR, root: string = PROJECT_ROOT): string {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const hash = createHash('sha256');
  for (const { tag } of journal.entries) hash.update(readFileSync(join(migrationsDir, `${tag}.sql`))).update('\0');
  // The search indexes hold text as the search form folds it: the code that folds it, and the converter's version.
  for (const file of SEARCH_FORM_SOURCES.map((f) => join(root, f)).filter(existsSync)) hash.update(readFileSync(file)).update('\0');
  return `${journal.entries.at(-1)?.tag ?? 'none'}+${hash.digest('hex').slice(0, 8)}`;
}

let code: string | undefined;

/**
 * A hash of the code that answers (16 hex digits), and the schema's. Run from the bundle `npm start`
 * makes (dist/server.cjs), the bundle itself, whose packages are inside it, with the pages' static
 * files it reads from src/ and the versions of better-sqlite3 and Swagger UI's files; run from src/ (tests, tsx), every file under
 * src/ and the lockfile. Every answer's ETag is made with it, so an upgrade of the code alone (a
 * page's markup, a stylesheet, a package) is not answered 304 from a copy the old code made.
 */
export function codeVersion(): string {
  if (code) return code;
  const running = fileURLToPath(import.meta.url);
  const files = running.endsWith('.cjs')
    ? [
        running,
        ...filesUnder(join(PROJECT_ROOT, 'src', 'pages', 'static')),
        join(PROJECT_ROOT, 'node_modules', 'better-sqlite3', 'package.json'),
        // Swagger UI's files are read from the package, not bundled (src/http/swagger-files.ts): its version stands for them.
        join(PROJECT_ROOT, 'node_modules', '@fastify', 'swagger-ui', 'package.json'),
      ]
    : [...filesUnder(join(PROJECT_ROOT, 'src')), join(PROJECT_ROOT, 'package-lock.json')];
  code = hashFiles(PROJECT_ROOT, files).update(schemaVersion()).digest('hex').slice(0, 16);
  return code;
}
