/**
 * Compiled statements, kept per connection and looked up by their SQL text: the text is the whole
 * key, so two requests share a statement exactly when they would have compiled the same one.
 * Compiling is a large part of an uncached request's time (docs/PERFORMANCE.md); the list queries
 * are written as text (src/db/sql.ts) so that finding the compiled statement costs a map lookup.
 *
 * The cache is bounded in bytes (an estimate of what SQLite holds for a statement, which grows with
 * its text), least recently used out. A statement busy iterating is never handed out twice.
 */
import type Database from 'better-sqlite3';
import { CACHES } from '../config.ts';
import { Lru } from '../lru.ts';
import type { Db } from './open.ts';

/** SQLite's memory for a compiled statement, estimated from its text: a fixed part and a part per character. */
export const statementBytes = (text: string) => 4096 + 10 * text.length;

/** Memory for compiled statements per connection. */
export const STATEMENT_CACHE_BYTES = CACHES.statementBytes;

const caches = new WeakMap<Database.Database, Lru<Database.Statement>>();

function cacheOf(sqlite: Database.Database): Lru<Database.Statement> {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Lru<Database.Statement>(STATEMENT_CACHE_BYTES, (s, key) => statementBytes(s.source) + 2 * key.length);
    caches.set(sqlite, cache);
  }
  return cache;
}

/**
 * The compiled statement of `text` on this connection: rows as objects, or, when `raw`, as arrays
 * (a statement of each mode is kept, so a mode never sticks to a statement another caller uses).
 */
export function statement(db: Db, text: string, { raw = false } = {}): Database.Statement {
  const cache = cacheOf(db.$client);
  const key = raw ? `raw\0${text}` : text;
  const cached = cache.get(key);
  if (cached && !cached.busy) return cached;
  const made = db.$client.prepare(text);
  if (raw) made.raw(true);
  if (!cached) cache.set(key, made);
  return made;
}

/** Every row of a statement. */
export const rows = <T>(db: Db, text: string, params: unknown[]): T[] => statement(db, text).all(...params) as T[];

/** The first row of a statement, if any. */
export const row = <T>(db: Db, text: string, params: unknown[]): T | undefined => statement(db, text).get(...params) as T | undefined;

/** The first column of every row. */
export function column<T>(db: Db, text: string, params: unknown[]): T[] {
  return (statement(db, text, { raw: true }).all(...params) as unknown[][]).map((r) => r[0] as T);
}
