/**
 * Opens the ledger database. Serving always opens it read-only, so no
 * request can ever change the data it answers from.
 */
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
  return drizzle({ client: sqlite, schema });
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
