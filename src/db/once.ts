/**
 * What is read from a database once, by key: a served database is opened read-only and never
 * changes under a running server, so its row counts, vocabularies and prepared loaders are made once.
 */
import type { Db } from './open.ts';

const cache = new WeakMap<Db, Map<string, unknown>>();

/** The value kept for `key` on this database, read by `read` the first time it is asked for. */
export function once<T>(db: Db, key: string, read: () => T): T {
  let byKey = cache.get(db);
  if (!byKey) {
    byKey = new Map();
    cache.set(db, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, read());
  return byKey.get(key) as T;
}
