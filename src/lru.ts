/**
 * The one bounded map the service caches with: least recently used entries
 * go first once the entries' weights add up past the budget. Every cache of
 * the service (answers, records, compiled statements) weighs its entries in
 * bytes, key included.
 */
export class Lru<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  /**
   * @param budget what the entries' weights may add up to
   * @param weigh an entry's weight, given its value and key (default 1: the budget is a count)
   * @param heaviest the heaviest entry kept at all (default the budget); heavier ones are not stored
   */
  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V, key: string) => number = () => 1,
    private readonly heaviest = budget,
  ) {}

  /** The entry, now the most recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const weight = this.weigh(value, key);
    if (weight > this.heaviest) return;
    this.remove(key);
    this.entries.set(key, { value, weight });
    this.total += weight;
    this.evict();
  }

  /** Weighs `value` again after it grew in place, if it is still the entry under `key`. */
  reweigh(key: string, value: V): void {
    const entry = this.entries.get(key);
    if (entry?.value !== value) return;
    const weight = this.weigh(value, key);
    this.total += weight - entry.weight;
    entry.weight = weight;
    this.evict();
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.total -= old.weight;
  }

  private evict(): void {
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.budget) break;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
  }
}
