/**
 * A figure as a text writes it: its span, its number, magnitude, unit and hedge. Read by numbers.ts
 * (readFigures), and by the readings of change and count (changes.ts, counted.ts) it calls.
 */
import type { Hedge } from './hedges.ts';
import type { Unit } from './units.ts';

/** One figure of a text. Offsets are UTF-16 indexes into the text read. */
export type WrittenFigure = {
  /** The whole phrase: hedges before, number, magnitude, unit, hedges after. */
  start: number;
  end: number;
  /** The number alone. */
  numberStart: number;
  numberEnd: number;
  /** The number as written, as a plain decimal: 429.49; 1000 for 千; -12.3 for 下降12.3%. */
  decimal: string;
  /** The power of ten its magnitude words (亿: 8, billion: 9) and a prefixed unit (GW: 6) multiply it by. */
  exponent: number;
  /** The figure in base units, exact: decimal × 10^exponent. */
  base: string;
  /** The power of ten of its last significant digit, in base units (42.9 billion: 10^8). */
  precision: number;
  /** The unit as written after the magnitude ('元', '人次', '%', 'yuan'); '' when none. */
  unitText: string;
  /** The normalized units that unit can be; null when the text writes none this reader knows; none for a currency the dataset never records. */
  units: Unit[] | null;
  /** The hedge the text puts on it (约, 余, more than, exactly …), a negated bound turned (不超过: at most); null when it says none. */
  qualifier: Hedge | null;
  /** Whether the text says the value is not this figure (不是429.49亿元, were not 42.9 billion); a negated bound is turned instead. */
  negated: boolean;
  /**
   * Whether the hedge is a bound the text sets (超过, 以上, more than, at least, less than): a figure
   * beyond which the value lies. 余 and 多 are not: 10余万 is a hundred thousand and some, not any
   * number above it. Nor is a bound on a fall (下降超过5%).
   */
  bound: boolean;
  /**
   * Where 余 or 多 stands after the number (1900多万, 5000余场次): the power of ten of its last
   * non-zero digit, for the number and some, short of one more of that digit (1900多万 is 1900万 to
   * under 2000万: 6; 10余万, 10万 to under 20万: 5); null without them, or with another hedge.
   */
  range: number | null;
  /**
   * Whether the number is a change, not a level: right after a word of rise or fall, an amount in a
   * unit (增加520亿元, 减少429.49亿元, fell by 5 billion, up by 52 billion: 'amount') or a percentage
   * (增长50.38%, 下降12.3%: 'rate'); null for none. 增加到 and 增至 (to) give a level; so does "set up 106 lines".
   */
  change: 'amount' | 'rate' | null;
  /** Whether its hedge says the value falls short of the number (近5000, nearly 5,000: not 5000余). */
  short: boolean;
};
