/**
 * Opens the ledger database. Serving always opens it read-only, so no
 * request can ever change the data it answers from.
 */
import { type Stats, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.ts';

export type Db = ReturnType<typeof openDatabase>;

export function openDatabase(path: string, { readonly = true } = {}) {
  const sqlite = new Database(path, { readonly, fileMustExist: readonly });
  if (!readonly) sqlite.pragma('journal_mode = DELETE');
  // A served file never changes (a rebuild writes a new file and renames it over), so the shared lock
  // is taken once and kept, instead of taken, checked and released around every statement.
  if (readonly) sqlite.pragma('locking_mode = EXCLUSIVE');
  // Sorts (ORDER BY a column no index holds in order, DISTINCT, IN lists) use temporary b-trees. With
  // SQLite's default those get a temporary-file pager of their own on every run, which costs more than
  // the sort itself on a list of a few hundred rows (docs/PERFORMANCE.md); in memory they do not.
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle({ client: sqlite, schema });
  if (readonly) openedAs.set(db, statSync(path));
  return db;
}

const openedAs = new WeakMap<Db, Stats>();

/** The file a served database was opened from is another file now (a rebuild under a running server), not damaged in place. */
export class FileReplacedError extends Error {}

/**
 * Throws when the file a read-only database was opened from is no longer the same file, at the same
 * size and time: truncated, overwritten or replaced under a running server, whose page cache could
 * otherwise go on answering from what it read before.
 */
export function checkFileUnchanged(db: Db): void {
  const then = openedAs.get(db);
  if (!then) return;
  const now = statSync(db.$client.name);
  // Another file under the name: a build replaced it (it writes beside, then renames).
  if (now.ino !== then.ino) throw new FileReplacedError(`the database file ${db.$client.name} was replaced while it was served`);
  if (now.size !== then.size || now.mtimeMs !== then.mtimeMs) {
    const written = new Date(now.mtimeMs).toISOString();
    throw new Error(
      `the database file ${db.$client.name} was written while it was served (${then.size} → ${now.size} bytes, at ${written})`,
    );
  }
}

/** Reads the meta table as a plain object. */
export function readMeta(db: Db): Record<string, string> {
  return Object.fromEntries(
    db
      .select()
      .from(schema.meta)
      .all()
      .map((row) => [row.key, row.value]),
  );
}
