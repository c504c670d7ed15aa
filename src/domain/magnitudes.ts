/**
 * Magnitude words as a text writes them after a number (429.49亿, 42.9 billion, 19.6m), and the
 * lower part of an amount written in two (1亿4100万, 1962万3千), read by src/domain/numbers.ts. The
 * words are src/domain/units.ts's, as the seed's; their powers of ten chinese.ts's NUMERAL_POWERS.
 */

import { NUMERAL_POWERS } from './chinese.ts';
import { scaleDecimal } from './decimals.ts';
import { ENGLISH_MAGNITUDES, GLUED_MAGNITUDES, MAGNITUDES } from './units.ts';

/** The magnitude words at the start of `rest` (万亿 is 万 then 亿; two at most), and their power of ten. */
export function magnitudeAt(rest: string): { length: number; exponent: number } {
  let length = 0;
  let exponent = 0;
  for (let words = 0; words < 2; words++) {
    // One space may stand between a number and its first magnitude word (1.08 亿元), none inside 万亿.
    const gap = words === 0 && /^ [万亿千百]/.test(rest) ? 1 : 0;
    const chinese = MAGNITUDES.find(([word]) => rest.startsWith(word, length + gap));
    if (chinese) {
      length += gap + chinese[0].length;
      exponent += chinese[1];
      continue;
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
// Its digits and magnitude, not before another magnitude: 1万2千亿 is 1.2万亿, no 2千 below 1万.
const LOWER_PART_AT = new RegExp(`^(${LOWER_DIGITS})(${LOWER_WORDS})(?![万亿])`);

/**
 * The amount a number and its magnitude make with a lower part written right after them, as Taiwan
 * and Hong Kong write amounts (1亿4100万 is 14100万; 1962万3千 is 19623千): the two as one decimal in
 * the lower part's magnitude. Null where no lower part follows, or what follows is no lower part: a
 * magnitude not below the first (3万5万), a number of one or more of the first (1亿12000万), or a
 * first part with a fraction (1.5亿3000万 is no way to write 1.8亿).
 */
export function lowerPartAt(rest: string, decimal: string, exponent: number): { length: number; decimal: string; exponent: number } | null {
  const m = LOWER_PART_AT.exec(rest);
  if (!m) return null;
  const lower = LOWER[m[2]];
  const digits = m[1].replaceAll(',', '');
  if (lower >= exponent || digits.replace(/^0+/, '').length > exponent - lower || !/^\d+$/.test(decimal)) return null;
  return { length: m[0].length, decimal: String(BigInt(scaleDecimal(decimal, exponent - lower)) + BigInt(digits)), exponent: lower };
}
