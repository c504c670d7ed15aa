/**
 * What a bound or a range holds, claimed or recorded, as a set of values: more than 5000 is (5000, ∞);
 * 5000余 and 80多万 are ranges short of one more of their last non-zero digit, (5000, 6000) and
 * (80万, 90万); at most 20 million is (−∞, 2000万]; a plain figure is itself. A record that is a bound
 * supports a claim whose set holds all of its own, contradicts one whose set holds none of it, and
 * leaves open one whose set holds part of it (5200 of 5000余): the record does not say which.
 * Decimal strings throughout (src/domain/decimals.ts), never floating point.
 */
import type { Figure } from './claims.ts';
import { addPower, compareDecimals, significand, withinHalfUnit } from './decimals.ts';

/** An interval of values: null for an end that is open to infinity; `…In` whether the end is in it. */
type Interval = { low: string | null; lowIn: boolean; high: string | null; highIn: boolean };

/** The end of the range 余 or 多 says, a claim's or a record's, which it stays short of, away from zero: 1900多万 → 20000000; 下降10多% → -20. */
export function someEnd(figure: Figure): string {
  const negative = figure.base.startsWith('-');
  const end = addPower(negative ? figure.base.slice(1) : figure.base, figure.range ?? 0);
  return negative ? `-${end}` : end;
}

function recordedSet(recorded: Figure): Interval | null {
  const { base } = recorded;
  if (recorded.qualifier === 'more_than') {
    const ranged = recorded.range !== null && recorded.range !== undefined;
    return { low: base, lowIn: false, high: ranged ? someEnd(recorded) : null, highIn: false };
  }
  if (recorded.qualifier === 'at_least') return { low: base, lowIn: true, high: null, highIn: false };
  if (recorded.qualifier === 'less_than') return { low: null, lowIn: false, high: base, highIn: false };
  return null;
}

function claimedSet(claimed: Figure): Interval {
  const { base } = claimed;
  if (claimed.bound) {
    if (claimed.qualifier === 'more_than') return { low: base, lowIn: false, high: null, highIn: false };
    if (claimed.qualifier === 'at_least') return { low: base, lowIn: true, high: null, highIn: false };
    if (claimed.qualifier === 'less_than') return { low: null, lowIn: false, high: base, highIn: false };
    if (claimed.qualifier === 'at_most') return { low: null, lowIn: false, high: base, highIn: true };
  }
  if (claimed.range !== null && claimed.range !== undefined) return { low: base, lowIn: true, high: someEnd(claimed), highIn: false };
  return { low: base, lowIn: true, high: base, highIn: true };
}

/** Whether `inner` lies wholly within `outer`. */
function within(outer: Interval, inner: Interval): boolean {
  const low =
    outer.low === null ||
    (inner.low !== null &&
      (compareDecimals(inner.low, outer.low) > 0 || (compareDecimals(inner.low, outer.low) === 0 && (outer.lowIn || !inner.lowIn))));
  const high =
    outer.high === null ||
    (inner.high !== null &&
      (compareDecimals(inner.high, outer.high) < 0 || (compareDecimals(inner.high, outer.high) === 0 && (outer.highIn || !inner.highIn))));
  return low && high;
}

/** Whether two intervals share no value. */
function apart(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval) =>
    x.high !== null &&
    y.low !== null &&
    (compareDecimals(x.high, y.low) < 0 || (compareDecimals(x.high, y.low) === 0 && !(x.highIn && y.lowIn)));
  return below(a, b) || below(b, a);
}

/**
 * A claimed figure against a record that is a bound or a range: supported, contradicted, or open (the
 * record holds the claimed figure without giving it); null for a record that is a value, a negative
 * figure (whose ranges run the other way), and a plain claim of the record's own number (4000万 of
 * 4000多万), which is the record rounded (src/domain/claims.ts, `judge`).
 */
export function boundedVerdict(claimed: Figure, recorded: Figure): 'supported' | 'contradicted' | 'open' | null {
  const record = recordedSet(recorded);
  if (record === null || claimed.base.startsWith('-') || recorded.base.startsWith('-')) return null;
  // Nearly 5000 (近5000场次) falls short of the number that 5000余 and 5000以上 are past or at.
  if (claimed.short && recorded.qualifier !== 'less_than' && compareDecimals(claimed.base, recorded.base) <= 0) return 'contradicted';
  // A range wholly short of the number (1650余 of 近2000): as far as a nearly-number reaches (half its digit's unit, for a
  // number of one significant digit; else its last digit's), a range all within it is judged as its number is, by `judge`
  // (rounded); one partly within it is open (80多万 of 近90万: 81万 is not nearly 90万), one beyond it contradicted.
  if (claimed.short && record.high !== null && recorded.qualifier === 'more_than' && compareDecimals(record.high, claimed.base) <= 0) {
    const reaches = (value: string) =>
      significand(claimed.base).digits.length === 1
        ? withinHalfUnit(claimed.base, value, claimed.precision)
        : compareDecimals(addPower(value, claimed.precision), claimed.base) >= 0;
    if (reaches(recorded.base)) return null;
    return reaches(record.high) ? 'open' : 'contradicted';
  }
  const plain = !claimed.bound && (claimed.range === null || claimed.range === undefined) && claimed.qualifier !== 'exact';
  if (plain && compareDecimals(claimed.base, recorded.base) === 0) return null;
  const claim = claimedSet(claimed);
  if (within(claim, record)) return 'supported';
  if (apart(claim, record)) return 'contradicted';
  return 'open';
}
