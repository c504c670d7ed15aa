/**
 * The parts of a date as a text writes them, for the readers of periods (written-periods.ts, unnamed-years.ts) and of
 * figures (numbers.ts): months and quarters by name in English, a year, month and day in Chinese digits or numerals,
 * and the codes of a month's, a half year's and a day's days.
 */
import { lastDayOfMonth, MONTH_NAMES, pad } from './calendar.ts';
import { parseChineseNumeral } from './numerals.ts';

const MONTHS = MONTH_NAMES.join('|').toLowerCase();
/** A month's name or its short form (jan, sept.), as wire copy writes a span (Jan-Oct 2023). */
export const MONTH_WORD = `(?:${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
/** A month's number by its name or short form (its first three letters are no other month's). */
export const monthOf = (name: string) => MONTHS.split('|').findIndex((month) => month.startsWith(name.slice(0, 3))) + 1;

/** A month's name (or its short form) just before a number, which is then its day (March 16). */
export const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}\\s+$`);
/**
 * A month named after a day (24 March, 24th March), May only where nothing follows it or a year does: 9 may have been is
 * a number and a verb.
 */
export const MONTH_AFTER_DAY = `(?:(?!may\\b)${MONTH_WORD}\\b|may\\b(?=\\s*(?:[,.;)]|$|(?:19|20)\\d{2})))`;
/** A month named after a day's number: the number is the day's. */
export const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+${MONTH_AFTER_DAY}`);
/** A quarter's number by its word: 一 to 四, first to fourth, 1st to 4th. */
const QUARTERS: Record<string, number> = Object.fromEntries(
  [[...'一二三四'], 'first second third fourth'.split(' '), '1st 2nd 3rd 4th'.split(' ')].flatMap((words) =>
    words.map((w, k) => [w, k + 1]),
  ),
);
export const quarterOf = (word: string) => QUARTERS[word] ?? Number(word);
/** A month and a day of it in digits or numerals (3月16日, 三月十六日, 廿八日), as MM月 and DD日 in a pattern of zh(). */
export const MONTH_ZH = '(\\d{1,2}|[一二三四五六七八九十]{1,2})';
export const DAY_ZH = '(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})';
/** A month, or a day of one, in Chinese digits or numerals (3月, 三月十六日), not a part of a longer number's. */
export const MONTH_DAY_ZH = new RegExp(`(?<![\\d一二三四五六七八九十])${MONTH_ZH}月(?:${DAY_ZH}[日号])?`, 'g');
/**
 * A year as Chinese text writes it before 年: in digits (2023), in numerals (二〇二三, 二零二三), or in
 * the Republic of China's count that Taiwan writes (民国112 is 2023; the reading form has 民國 as 民国).
 */
const YEAR_ZH = '((?:19|20)\\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2}|民国(?:\\d{2,3}|[〇零○一二三四五六七八九十百]{1,5}))';
/** A number in digits, or a numeral read one digit at a time (二〇二三, 一一二; ○, a circle, as 〇) or as a number (一百一十二). */
export const numeralOf = (written: string): number =>
  /^\d+$/.test(written) ? Number(written) : (parseChineseNumeral(written.replace(/○/g, '〇')) ?? Number.NaN);
export const yearOf = (written: string) => String(written.startsWith('民国') ? 1911 + numeralOf(written.slice(2)) : numeralOf(written));
/** The months from `from` to `to` of a year (digits or numerals): a quarter's code where they are one, else their days. */
export function monthSpan(year: string, from: string, to: string): string {
  const [a, b] = [from, to].map((m) => numeralOf(m));
  if (b === a + 2 && a % 3 === 1) return `${year}-Q${(a + 2) / 3}`;
  if (!(a >= 1 && b <= 12 && a <= b)) return '';
  if (a === b) return `${year}-${pad(a)}`;
  return `${year}-${pad(a)}-01/${lastDayOfMonth(Number(year), b)}`;
}
/** A pattern's tokens, as zh() writes them: a year (a space may stand before 年, as Taiwan and Hong Kong typeset digits), a month, a day. */
const ZH_TOKENS = [
  ['YEAR年', `${YEAR_ZH}\\s?年`],
  ['YEAR', YEAR_ZH],
  ['MM月', `${MONTH_ZH}月`],
  ['DD日', `${DAY_ZH}[日号]`],
] as const;
export const zh = (pattern: string) =>
  new RegExp(
    ZH_TOKENS.reduce((p, [token, written]) => p.replaceAll(token, written), pattern),
    'g',
  );
/** The first or the second half of a year, its days. */
export const half = (year: string, first: boolean) => (first ? monthSpan(year, '1', '6') : monthSpan(year, '7', '12'));
export const day = (y: string, m: number | string, d: number | string) => `${y}-${pad(numeralOf(String(m)))}-${pad(numeralOf(String(d)))}`;
/** A day of a year, its month and day in digits or numerals (3月16日, 三月十六日): its code, or '' where there is no such day. */
export function dayIn(year: string, month: string, dayOfMonth: string): string {
  const [m, d] = [numeralOf(month), numeralOf(dayOfMonth)];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? day(year, m, d) : '';
}
/**
 * Whether a number of days is a day of this month as a news report writes one: opening the report or a sentence before a
 * comma (16日，, 酒泉市16日，), or before a time of day or a dateline's 电 (十六日上午, 武威市16日电); never a duration listed
 * by area (用时：天祝县5日，).
 */
export const newsDay = (before: string, after: string): boolean =>
  (/^[日号][，,]/u.test(after) && /(?:^|[。！？；;，,\s]|[市县区省州])$/u.test(before) && !DURATION.test(before)) ||
  (/^[日号](?:上午|下午|晚|早|凌晨|电)/u.test(after) && /(?:^|[。！？；;，,\s]|[市县区省州])$/u.test(before));
/** Words of a time taken before it in its sentence (办理用时：天祝县5日，; 时限分别为10日，5日): a day there is a duration. */
const DURATION = /(?:用时|时限|历时|耗时|时间|周期|天数)[^。！？；;]*$/u;
