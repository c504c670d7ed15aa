/**
 * Statements whose shape never changes, built and compiled once per
 * database: drizzle's query builder costs more than running a small
 * statement, so a lookup by key should not rebuild it on every request.
 */
import type { Db } from './open.ts';

const built = new WeakMap<Db, Map<string, unknown>>();

/** The statement `build` makes for this database, made the first time `name` is asked for. */
export function prepared<T>(db: Db, name: string, build: () => T): T {
  const byName = built.get(db) ?? new Map<string, unknown>();
  built.set(db, byName);
  if (!byName.has(name)) byName.set(name, build());
  return byName.get(name) as T;
}
