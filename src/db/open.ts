/**
 * Opens the ledger database. Serving always opens it read-only, so no
 * request can ever change the data it answers from.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { Lru } from '../lru.ts';
import * as schema from './schema.ts';

export type Db = ReturnType<typeof openDatabase>;

export function openDatabase(path: string, { readonly = true } = {}) {
  const sqlite = new Database(path, { readonly, fileMustExist: readonly });
  if (!readonly) sqlite.pragma('journal_mode = DELETE');
  // A served file never changes (a rebuild writes a new file and renames it over), so the shared lock
  // is taken once and kept, instead of taken, checked and released around every statement.
  if (readonly) sqlite.pragma('locking_mode = EXCLUSIVE');
  cacheStatements(sqlite, STATEMENT_CACHE_SIZE);
  return drizzle({ client: sqlite, schema });
}

/**
 * Compiled statements kept per connection. Filters, sorts, facets and plans combine into well over a
 * thousand shapes: at 200 the benchmark's mixed workload compiled half a statement per request.
 */
export const STATEMENT_CACHE_SIZE = 2000;

/**
 * Makes `prepare` reuse the compiled statement for SQL text it has seen (drizzle prepares on every
 * call, and compiling is a tenth of an uncached request's time). Least recently used statements are
 * dropped beyond `size`. A statement is handed out in its default mode (drizzle switches on `raw()`
 * for some calls, src/db/prepared.ts `pluck()`, and the mode would otherwise stick), and never while an iterator holds it.
 */
export function cacheStatements(sqlite: Database.Database, size: number): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Lru<Database.Statement>(size);
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement?.busy) return prepare(source);
    if (!statement) {
      statement = prepare(source);
      statements.set(source, statement);
    }
    if (statement.reader) {
      statement.raw(false);
      statement.pluck(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
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
