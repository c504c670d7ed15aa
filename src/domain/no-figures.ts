/**
 * Numbers that the words around them make no figure (src/domain/numbers.ts reads the rest): a date's parts
 * (3月16日, on March 16, 16日，), a number written across scripts (1962点3万), a multiple of another figure
 * (是…的3.5倍: comparisons.ts), a footnote's marker ([2]), a size class (百亿级), a name (5g).
 */

import { MONTH_AFTER, MONTH_BEFORE, newsDay } from './date-words.ts';
import { namedByNumber } from './english-numbers.ts';
import { CHINESE_DIGITS } from './numerals.ts';

/** A decimal mark and a digit after a number, or a digit and a decimal mark before it: a number written across scripts. */
const MIXED_AFTER = /^(?:点\s*\d|\.\s*[零〇一二两三四五六七八九])/u;
const MIXED_BEFORE = new RegExp(`(?:\\d|[${CHINESE_DIGITS}万亿])\\s*[点.]$`, 'u');
/** What makes a number a date or time part, not a figure: 3月16日, 8时. */
const DATE_PART = /^(月|日|号|时|点钟)/;
/** 是, 为 or 相当于 a figure's …的, or 后者的, before a percent (约为甘肃省…5961.27亿元的7%): a part of that figure, as 的一半 is. */
const PART_OF_FIGURE = /(?:(?:是|为|相当于)[^，。,;；]*\d[^，。,;；]*|前者|后者)的\s*$/;
const MULTIPLE_AFTER = /^\s+times\s+(?:the|its|their|that|those|as|of|[a-z]+['’]s)\b/;

/**
 * Whether the number `written` is no figure by the words just before it and the text after it, whatever its magnitude
 * and unit: one part of a number written across scripts (neither 1962 nor 3万 of 1962点3万, 一九六二.三万), a day of a
 * month named in English (on March 16, on 24 March), an exponent's power (1e+308), a multiple of another figure.
 */
export function noFigureBy(before: string, written: string, after: string): boolean {
  if (MIXED_AFTER.test(after) || MIXED_BEFORE.test(before)) return true;
  if ((MONTH_BEFORE.test(before) || MONTH_AFTER.test(after.slice(0, 16))) && Number(written) <= 31) return true;
  if (/\d\s*e[+-]$/.test(before)) return true;
  // A multiple of another figure (是…的3.5倍, 高于后者2倍, 1.9 times the …) is said of two figures (comparisons.ts), no figure
  // of its own (a rise by one, 增长一倍, is read whole as a doubling before this).
  // …and so is a percent of another figure said as a part (约为…5961.27亿元的7%), not a share of a whole named (占…的63.5%).
  return /^\s*倍/.test(after) || MULTIPLE_AFTER.test(after) || (/^\s*[%％]/.test(after) && PART_OF_FIGURE.test(before));
}

/** A number read: its value, its script, whether a magnitude or a unit follows it, and the text it was read from up to `rest`. */
type Read = { decimal: string; chinese: boolean; magnitude: boolean; unit: boolean; span: string };

/**
 * Whether a number read with its magnitude and unit is no figure by the words around it: `after` follows the number,
 * `rest` its magnitude and unit.
 */
export function noFigureAround(before: string, after: string, rest: string, { decimal, chinese, magnitude, unit, span }: Read): boolean {
  const bare = !unit && !magnitude;
  if (DATE_PART.test(rest) && bare) return true;
  // A footnote's or a reference's marker ([2], 【2】, [注2], [1,2]), not a figure.
  if (bare && /[[【]\s*(?:注\s*)?(?:\d+\s*[,，、]\s*)*$/.test(before) && /^\s*(?:[,，、]\s*\d+\s*)*[\]】]/.test(rest)) return true;
  // A size class, not an amount (a 10-billion-yuan-level cluster, 百亿级).
  if (/^[- ](?:level|class|grade)\b/.test(rest)) return true;
  // A year between an area's name and the words after it, with no unit (武威市2023到位资金): a year, not a figure.
  if (!chinese && bare && /^(19|20)\d{2}$/.test(decimal) && /[市县区省]$/.test(before) && /^\p{Script=Han}/u.test(rest)) return true;
  // A day of a month (3月16日, 三月十六日): a date, not a figure.
  if (/[\d一二三四五六七八九十]\s*月$/.test(before) && /^[日号]/.test(after)) return true;
  // …and one of this month as news writes it (16日，; 武威市16日上午; 十六日电): a date, not 16 days.
  if (Number(decimal) <= 31 && newsDay(before, after)) return true;
  if (namedByNumber(before, rest, { magnitude, unit })) return true;
  // Glued to letters that are no unit (5g, 3d): a name, not a figure.
  return /^[a-z]/.test(rest) && bare && /\d$/.test(span);
}
