/**
 * The one bounded map the service caches with: least recently used entries go first once the
 * entries' weights add up past the budget. Every cache of the service (answers, records, compiled
 * statements) weighs its entries in bytes, key included.
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
   * @param budget what the entries' weights may add up to (0 or less: nothing is kept)
   * @param weigh an entry's weight, given its value and key (default 1: the budget is a count)
   * @param heaviest the heaviest entry kept at all (default the budget); heavier ones are not stored
   */
  constructor(budget: number, weigh: (value: V, key: string) => number = () => 1, heaviest = budget) {
    const maxSize = Math.floor(budget);
    if (maxSize < 1) return;
    this.entries = new LRUCache<string, V>({
      maxSize,
      maxEntrySize: Math.max(1, Math.min(maxSize, Math.floor(heaviest))),
      sizeCalculation: (value, key) => Math.max(1, Math.ceil(weigh(value, key))),
    });
  }

  /** The entry, now the most recently used. */
  get(key: string): V | undefined {
    return this.entries?.get(key);
  }

  set(key: string, value: V): void {
    this.entries?.set(key, value);
  }

  /** Weighs `value` again after it grew in place, if it is still the entry under `key` (it is then the most recently used). */
  reweigh(key: string, value: V): void {
    if (this.entries?.peek(key) !== value) return;
    // lru-cache weighs a value when it is set as a new value: set again, the same value keeps its old weight.
    this.entries.delete(key);
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }
}
