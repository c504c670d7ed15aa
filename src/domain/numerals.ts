/**
 * Chinese numerals: the one place that reads a number written in them (两, 三千五百六十五, 一亿二千万,
 * 一九六二, 三万二), whole or not at all, and the powers of ten of their units.
 */
import { scaleDecimal } from './decimals.ts';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The numerals' characters of the reading form (Simplified), digits and small units, as text reads them (numbers.ts, ranges.ts). */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九十百千廿卅卌';
/** Twenty, thirty and forty in one character (廿八 is 28), as Hong Kong and Taiwan still write them. */
const TENS: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };
/**
 * The numerals' units and their powers of ten: the one table of them, from which the magnitude words
 * after digits (units.ts: 千万 is 7) and the lower parts of an amount written in two (magnitudes.ts) are made.
 */
export const NUMERAL_POWERS = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 } as const;
export type NumeralUnit = keyof typeof NUMERAL_POWERS;
const powers = (units: readonly NumeralUnit[]): Record<string, number> =>
  Object.fromEntries(units.map((u) => [u, 10 ** NUMERAL_POWERS[u]]));
const SMALL_UNITS = powers(['十', '百', '千']);
const LARGE_UNITS = powers(['万', '萬', '亿', '億']);

/**
 * Reads a number written in Chinese numerals (两, 十四, 一百二十, 千万, 一亿二千万), or digit by digit as
 * years and some figures are (二〇二三, 一九六二万), or returns null when the text is not one number read
 * whole: digits in a row beside 十, 百 or 千 other than after 零 (一千二三), or two neighbouring digits
 * (三四万: three or four, a range, not 34), so that no part of a numeral is ever read as all of it. A
 * last digit said straight after 百, 千, 万 or 亿 is of the place below (一千八 1800, 三万二 32000), as
 * spoken; with 零 between, a unit (一千零八, 三万零二).
 */
export function parseChineseNumeral(written: string): number | null {
  // 廿 is 二十 whole: 廿十 and 廿百 are no numerals, though 二十十 would read as 30 below.
  if (written === '' || /[廿卅卌][十百千]/u.test(written)) return null;
  const text = written.replace(/[廿卅卌]/gu, (c) => TENS[c]);
  let total = 0;
  let last = Number.POSITIVE_INFINITY;
  // Each section ends at 万 or 亿 (or the text's end); 一亿二千万: 一 of 亿, then 二千 of 万 within it.
  for (const [, part, large] of text.matchAll(/([^万萬亿億]*)([万萬亿億]?)/gu)) {
    if (part === '' && large === '') continue;
    if ([...part].some((c) => !(c in DIGITS) && !(c in SMALL_UNITS))) return null;
    const value = sectionValue(part);
    if (value === null) return null;
    // 三万二, 两万四, 一亿二: a lone digit right after 万 or 亿 (no 零 between) is of the place below it,
    // as it is said: 3.2万, not 30002 (三万零二).
    if (large === '' && last !== Number.POSITIVE_INFINITY && [...part].length === 1) return total + (value * last) / 10;
    if (large === '') return total + value;
    const unit = LARGE_UNITS[large];
    // A lone 万 or 亿 is one of it (千万 is 1000 of 万; 万 alone is 10000).
    const count = part === '' && total === 0 ? 1 : value;
    if (unit < last) total += count * unit;
    else total = (total + count) * unit;
    last = unit;
  }
  return total;
}

/** A section of a numeral, below 万: with 十, 百, 千 (三千五百六十五, 一千零五), or digit by digit (一九六二). */
function sectionValue(part: string): number | null {
  const chars = [...part];
  if (chars.length === 0) return 0;
  if (!chars.some((c) => c in SMALL_UNITS)) {
    const digits = chars.map((c) => DIGITS[c]);
    if (digits.length === 2 && digits[1] === digits[0] + 1) return null;
    return Number(digits.join(''));
  }
  let section = 0;
  let digit: number | null = null;
  // The last of 百 or 千 read, while no 零 has followed it: 一千一百六 is 1160, 一千八 1800, as said
  // (1106 is written 一千一百零六).
  let unitBefore = 1;
  for (const ch of chars) {
    if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
      unitBefore = SMALL_UNITS[ch];
    } else if (digit !== null && digit !== 0) {
      return null;
    } else {
      digit = DIGITS[ch];
      if (digit === 0) unitBefore = 1;
    }
  }
  return section + (digit ?? 0) * (unitBefore >= 100 ? unitBefore / 10 : 1);
}

/**
 * Reads a value as written: an ASCII decimal, or Chinese numerals. Returns
 * the decimal string (for exact scaling) or null.
 */
export function readWrittenNumber(text: string): string | null {
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  const n = parseChineseNumeral(text);
  return n === null ? null : String(n);
}

/** A Chinese numeral as a plain decimal, digits after 点 included (一百二十三点一亿: 12310000000); null when it is none. */
export function chineseDecimal(numeral: string): string | null {
  const [whole, after] = numeral.split('点');
  const value = parseChineseNumeral(whole);
  if (value === null || !Number.isSafeInteger(value)) return null;
  if (after === undefined) return String(value);
  const magnitude = [...after].filter((c) => c in LARGE_UNITS);
  const fraction = [...after].slice(0, after.length - magnitude.length);
  if (fraction.some((c) => !(c in DIGITS))) return null;
  const exponent = magnitude.reduce((n, c) => n + Math.log10(LARGE_UNITS[c]), 0);
  return scaleDecimal(`${value}.${fraction.map((c) => DIGITS[c]).join('')}`, exponent);
}

/**
 * A number written in digits between the numerals' units (2千6百9十亿, 4百2十9.49亿, 3万1千4百), as Taiwan's and Hong Kong's
 * papers write one: read as the numeral it spells (二千六百九十亿, 四百二十九点四九亿), one character for each, rather than
 * each digit alone.
 */
const MIXED_NUMERAL = /(?<![\d.,])\d[千百十万亿](?:\d[千百十万亿])+(?:\d(?:\.\d+)?)?[万亿]?(?![\d.])/gu;
const NUMERAL_DIGITS = '〇一二三四五六七八九';
/**
 * Whether a run's units after digits fall in order (2千6百9十, 1万2千亿), as a numeral's do: 3万5万 is two amounts. A last
 * 万 or 亿 above every unit before it is the magnitude of the whole (4百2十9亿).
 */
function spellsNumeral(run: string): boolean {
  const powers = [...run.matchAll(/\d([千百十万亿])/gu)].map((m) => NUMERAL_POWERS[m[1] as NumeralUnit]);
  const last = powers.at(-1) ?? 0;
  const units = /[万亿]$/u.test(run) && powers.slice(0, -1).every((p) => p < last) ? powers.slice(0, -1) : powers;
  return units.every((p, k) => k === 0 || p < units[k - 1]);
}
/** A text with each such run spelled in numerals (2千6百9十亿 as 二千六百九十亿, . as 点), one character for each, so it keeps its length. */
export const spellMixedNumerals = (text: string) =>
  text.replace(MIXED_NUMERAL, (run) =>
    spellsNumeral(run) ? run.replace(/\d/g, (d) => NUMERAL_DIGITS[Number(d)]).replace('.', '点') : run,
  );
