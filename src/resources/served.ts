/**
 * Records serialized once. A record of an immutable dataset has one JSON form, so a list answer is
 * assembled from the JSON bytes of its records, each validated against its schema and serialized
 * the first time it is asked for, instead of validating and serializing every row of every page
 * again. One cache per app, and an app serves one database file: an entry never outlives its data.
 */
import type { z } from 'zod';
import type { Db } from '../db/open.ts';
import { Lru } from '../lru.ts';
import { type ListQuery, loadRecords, pageOf, type Resource } from './resource.ts';

/** A record and its JSON as UTF-8: an answer is then assembled by copying bytes. */
export type Served<T = unknown> = { record: T; bytes: Buffer };

/** Record JSON by type and key, least recently used out past `maxBytes`; 0 keeps nothing. */
export class RecordCache extends Lru<Served> {
  constructor(maxBytes: number) {
    // The bytes, the parsed record (about as much again), and the key.
    super(maxBytes, (entry, key) => entry.bytes.length * 2 + 2 * key.length + 64);
  }
}

/**
 * A value as the UTF-8 JSON it is sent as, checked against its response schema on the way. Response
 * schemas read the same in both directions (no codecs, transforms or defaults, which
 * test/openapi.test.ts checks; nor `.catch` or `z.preprocess`, which its comparison cannot see), so
 * parsing gives what zod's encode would: zod compiles a parser for an object schema but walks the
 * schema to encode, which is slower (docs/PERFORMANCE.md, "What changed for speed").
 */
export const jsonOf = (schema: z.ZodType, value: unknown): Buffer => Buffer.from(JSON.stringify(schema.parse(value)));

/** A record serialized: validated by its schema on the way. */
export const serialize = <T extends object, Q extends ListQuery>(resource: Resource<T, Q>, record: T): Served<T> => ({
  record,
  bytes: jsonOf(resource.item, record),
});

/**
 * The records with these keys, in this order: from the cache, and the rest loaded, serialized and
 * kept. `keep: false` (an export that sends no JSON) neither serializes nor keeps what it loads.
 * A key with no record is an error (a list found it), unless `missing: 'skip'` (a key a request named).
 */
export function servedRecords<T extends object, Q extends ListQuery>(
  db: Db,
  cache: RecordCache,
  resource: Resource<T, Q>,
  keys: readonly string[],
  { keep = true, missing: onMissing = 'throw' as 'throw' | 'skip' } = {},
): Served<T>[] {
  const found = new Map<string, Served<T>>();
  const missing: string[] = [];
  for (const key of keys) {
    const entry = cache.get(`${resource.type}:${key}`) as Served<T> | undefined;
    if (entry) found.set(key, entry);
    else missing.push(key);
  }
  if (missing.length > 0) {
    for (const record of loadRecords(db, resource, missing)) {
      const key = String((record as Record<string, unknown>)[resource.key]);
      if (!keep) {
        found.set(key, { record, bytes: Buffer.alloc(0) });
        continue;
      }
      const entry = serialize(resource, record);
      cache.set(`${resource.type}:${key}`, entry);
      found.set(key, entry);
    }
  }
  const out: Served<T>[] = [];
  for (const key of keys) {
    const entry = found.get(key);
    if (entry) out.push(entry);
    else if (onMissing === 'throw') throw new Error(`${resource.type} ${key} was listed but could not be read`);
  }
  return out;
}

/**
 * Every record of a resource's list for this query (its filters as the API reads them), in the
 * list's order: an export, a download's table, a page that shows them all. `keep: false` as above.
 */
export function everyServed<T extends object, Q extends ListQuery>(
  db: Db,
  cache: RecordCache,
  resource: Resource<T, Q>,
  query: Q,
  { keep = true } = {},
): Served<T>[] {
  const { keys } = pageOf(db, resource, query, { limit: Number.MAX_SAFE_INTEGER, offset: 0 }, { exactTotal: true });
  return servedRecords(db, cache, resource, keys, { keep });
}
