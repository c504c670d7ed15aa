/**
 * Magnitude words as a text writes them after a number (429.49亿, 42.9 billion, 19.6m), and the
 * lower part of an amount written in two (1亿4100万, 1962万3千), read by src/domain/numbers.ts. The
 * words are src/domain/units.ts's, as the seed's; their powers of ten numerals.ts's NUMERAL_POWERS.
 * And the other way: a base value written with the magnitude word a reader of each language reads it
 * by (inMagnitude: 429.49亿, 42.949 billion), its digits grouped (groupThousands).
 */

import { scaleDecimal } from './decimals.ts';
import { NUMERAL_POWERS } from './numerals.ts';
import { ENGLISH_MAGNITUDES, GLUED_MAGNITUDES, MAGNITUDES, type Unit } from './units.ts';

/** 千 standing for thousands after digits: not a unit's (千瓦, 千克, 千米, 千伏, 千帕, 千焦, 千卡, 千兆), nor 千万 (a magnitude). */
const THOUSANDS = /^千(?![瓦克米伏帕焦卡兆万亿])/;

/**
 * 兆 as Taiwan and Hong Kong write a trillion (萬億), before money or a lower part (5兆元, 1兆177.11億元), never before a
 * physical unit (兆瓦, megawatts: units.ts) nor alone, where it may be either.
 */
const TRILLIONS = /^兆(?=元|亿|\d|多|余|(?:美|港|人民币|新台币|台币)元?)/;

/** The magnitude words at the start of `rest` (万亿 is 万 then 亿; two at most), and their power of ten. */
export function magnitudeAt(rest: string): { length: number; exponent: number } {
  let length = 0;
  let exponent = 0;
  for (let words = 0; words < 2; words++) {
    // One space may stand between a number and its first magnitude word (1.08 亿元), none inside 万亿.
    const gap = words === 0 && /^ [万亿千百]/.test(rest) ? 1 : 0;
    if (words === 0 && TRILLIONS.test(rest.slice(gap))) {
      length += gap + 1;
      exponent += 12;
      continue;
    }
    const chinese = MAGNITUDES.find(([word]) => rest.startsWith(word, length + gap));
    if (chinese) {
      length += gap + chinese[0].length;
      exponent += chinese[1];
      continue;
    }
    // 千 alone after digits, as a table writes thousands (19623千人次), the last word: not the 千 of a unit (千瓦, 千克).
    if (words === 0 && THOUSANDS.test(rest.slice(gap))) {
      length += gap + 1;
      exponent += NUMERAL_POWERS.千;
      break;
    }
    // A space, or a hyphen as an adjective joins it (a 1.2-million-tonne plant).
    const space = /^(?:-(?=[a-z])|\s*)/.exec(rest.slice(length))?.[0].length ?? 0;
    const [at, known] = [length + space, words === 0 && space === 0 ? [...ENGLISH_MAGNITUDES, ...GLUED_MAGNITUDES] : ENGLISH_MAGNITUDES];
    const glued = (word: string) => word.length === 1 && rest[at + 1] === '-';
    const english = known.find(([word]) => rest.startsWith(word, at) && !/^[a-z]/.test(rest.slice(at + word.length)) && !glued(word));
    if (!english) break;
    length += space + english[0].length;
    exponent += english[1];
  }
  return { length, exponent };
}

/** The magnitudes the lower part of an amount written in two may have (below 亿: its own, 千 and 百), each below the first part's. */
const LOWER: Record<string, number> = Object.fromEntries([
  ...MAGNITUDES.filter(([, power]) => power < NUMERAL_POWERS.亿),
  ['千', NUMERAL_POWERS.千],
  ['百', NUMERAL_POWERS.百],
]);
const [LOWER_DIGITS, LOWER_WORDS] = ['\\d{1,3}(?:,\\d{3})+|\\d+', Object.keys(LOWER).join('|')];
/** A lower part as written: digits (grouped by commas or not), then one of its magnitudes; also a range's end's (src/domain/ranges.ts). */
export const LOWER_PART = `(?:${LOWER_DIGITS})(?:${LOWER_WORDS})`;
// Its digits and magnitude, not before another magnitude: 1万2千亿 is 1.2万亿, no 2千 below 1万. Below 兆, 亿 with a fraction
// (1兆177.11亿).
const LOWER_PART_AT = new RegExp(`^(${LOWER_DIGITS})(${LOWER_WORDS})(?![万亿])|^(\\d{1,4}(?:\\.\\d+)?)(亿)(?![万亿])`);

/**
 * The amount a number and its magnitude make with a lower part written right after them, as Taiwan
 * and Hong Kong write amounts (1亿4100万 is 14100万; 1962万3千 is 19623千): the two as one decimal in
 * the lower part's magnitude. Null where no lower part follows, or what follows is no lower part: a
 * magnitude not below the first (3万5万), a number of one or more of the first (1亿12000万), or a
 * first part with a fraction (1.5亿3000万 is no way to write 1.8亿).
 */
export function lowerPartAt(rest: string, decimal: string, exponent: number): { length: number; decimal: string; exponent: number } | null {
  const m = LOWER_PART_AT.exec(rest);
  if (!m || (m[3] !== undefined && exponent !== 12)) return null;
  const lower = m[3] === undefined ? LOWER[m[2]] : NUMERAL_POWERS.亿;
  const [digits, fraction] = (m[1] ?? m[3]).replaceAll(',', '').split('.');
  if (lower >= exponent || digits.replace(/^0+/, '').length > exponent - lower || !/^\d+$/.test(decimal)) return null;
  const whole = String(BigInt(scaleDecimal(decimal, exponent - lower)) + BigInt(digits));
  return { length: m[0].length, decimal: fraction === undefined ? whole : `${whole}.${fraction}`, exponent: lower };
}

/** A base value written with a magnitude word ('' for none): 42949000000 is 429.49 亿 in Chinese, 42.949 billion in English. */
export type Magnitude = { digits: string; exponent: number; word: string };

/** Units whose values are never written with a magnitude word (50.38%, rank 3, 5 days). */
const PLAIN_UNITS: readonly Unit[] = ['percent', 'percentage_points', 'rank', 'days', 'working_days', 'years', 'minutes'];

/** The magnitude words a figure is written with for readers of each language, by power of ten. */
const WRITTEN_MAGNITUDES: Record<'zh' | 'en', Record<number, string>> = {
  zh: { 8: '亿', 4: '万' },
  en: { 12: 'trillion', 9: 'billion', 6: 'million' },
};

/**
 * How a base value is written for readers of a language: the largest of the language's magnitude
 * words (亿 and 万; trillion, billion, million) that leaves a whole part, scaled exactly as decimal
 * strings, so 42949000000 reads 429.49亿 and 42.949 billion, never 42.949000000000005.
 */
export function inMagnitude(valueBase: number, unit: Unit, lang: 'zh' | 'en'): Magnitude {
  const decimal = String(Math.abs(valueBase));
  const plain = { digits: decimal, exponent: 0, word: '' };
  if (PLAIN_UNITS.includes(unit) || !/^\d+(\.\d+)?$/.test(decimal)) return plain;
  // Largest first: an object's whole-number keys come in ascending order.
  const powers = Object.keys(WRITTEN_MAGNITUDES[lang]).map(Number).reverse();
  const exponent = powers.find((power) => Math.abs(valueBase) >= 10 ** power);
  return exponent === undefined ? plain : { digits: scaleDecimal(decimal, -exponent), exponent, word: WRITTEN_MAGNITUDES[lang][exponent] };
}

/** A decimal string with its whole part in groups of three (42949000000 → 42,949,000,000), exactly: never through a float. */
export function groupThousands(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}
