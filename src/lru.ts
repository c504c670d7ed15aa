/**
 * The one bounded map the service caches with: least recently used entries go first once the
 * entries' weights add up past the budget. The caches that can grow large (answers, records,
 * compiled statements) weigh their entries in bytes, key included; the small ones count them.
 *
 * Backed by lru-cache, which keeps recency in index arrays: a lookup moves no entry of a Map. (A Map
 * used as the list, deleting and re-inserting an entry on every hit, makes V8 reallocate the Map's
 * table in the old generation: on the hot path that was most of what the old generation grew by,
 * garbage only a full collection takes back; docs/PERFORMANCE.md, "Memory".)
 */
import { LRUCache } from 'lru-cache';

export class Lru<V extends {}> {
  /** Absent when the budget keeps nothing. */
  private readonly entries?: LRUCache<string, V>;

  /**
   * @param budget what the entries' weights may add up to (less than 1: nothing is kept)
   * @param weigh an entry's weight, given its value and key (default 1: the budget is a count)
   * @param heaviest the heaviest entry stored (default the budget); a heavier one is not, and the
   *   entry under its key stays. An entry that grows past it in place (reweigh) stays too.
   */
  constructor(
    budget: number,
    private readonly weigh: (value: V, key: string) => number = () => 1,
    private readonly heaviest = budget,
  ) {
    const maxSize = Math.min(Math.floor(budget), Number.MAX_SAFE_INTEGER);
    if (!(maxSize >= 1)) return;
    this.entries = new LRUCache<string, V>({ maxSize, maxEntrySize: maxSize });
  }

  /** The entry, now the most recently used. */
  get(key: string): V | undefined {
    return this.entries?.get(key);
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value, key);
    if (size !== undefined && size <= this.heaviest) this.entries?.set(key, value, { size });
  }

  /** Weighs `value` again after it grew in place, if it is still the entry under `key` (it is then the most recently used). */
  reweigh(key: string, value: V): void {
    if (this.entries?.peek(key) !== value) return;
    const size = this.sizeOf(value, key);
    // lru-cache weighs a value when it is set as a new value: set again, the same value keeps its old weight.
    this.entries.delete(key);
    if (size !== undefined) this.entries.set(key, value, { size });
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** The weight lru-cache counts (a positive integer), or undefined for a weight that is not a number. */
  private sizeOf(value: V, key: string): number | undefined {
    const weight = this.weigh(value, key);
    return Number.isFinite(weight) ? Math.max(1, Math.ceil(weight)) : undefined;
  }
}
