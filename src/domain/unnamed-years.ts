/**
 * Words of a year a claim does not name (全年, last year; 上半年, the first half of the year): which records
 * of a period may answer it when its figure has no period of its own (src/routes/check/query.ts).
 */
import { englishDecimal } from './english-numbers.ts';
import { periodAnswers } from './periods.ts';
import { half, MONTH_WORD, monthOf, monthSpan, QUARTER_ALONE, quarterOf } from './written-periods.ts';

/**
 * Part of a year written without its year (上半年, 前三季度, 1至10月, 10月份, 四季度, the first half of the year, Q3,
 * Jan-Oct), each with the code of that part in a year given: what a claim asks of some year it does not name.
 */
const MONTH_ZH = '(\\d{1,2}|[一二三四五六七八九十]{1,2})';
const PARTS: [RegExp, (m: RegExpExecArray, year: string) => string][] = [
  [/(?<![\d年])(上|下|首)半年/g, (m, y) => half(y, m[1] !== '下')],
  [/(?<![\d年])[前首头]([一二三1-3])个?季度?/g, (m, y) => monthSpan(y, '1', String(3 * quarterOf(m[1])))],
  [/(?<![\d年])[前首头](\d{1,2}|[一二两三四五六七八九十]{1,3})个月/g, (m, y) => monthSpan(y, '1', m[1].replace('两', '二'))],
  [new RegExp(`(?<![\\d年])${MONTH_ZH}月?\\s*[-—–~～至到]\\s*${MONTH_ZH}月份?(?![\\d日号])`, 'g'), (m, y) => monthSpan(y, m[1], m[2])],
  [new RegExp(`(?<![\\d年月])${MONTH_ZH}月份?(?![\\d日号底末])`, 'g'), (m, y) => monthSpan(y, m[1], m[1])],
  [QUARTER_ALONE, (m, y) => `${y}-Q${quarterOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '1')}`],
  [/\b(?:h([12])|([12])h)\b(?!\s*(?:hydrogen|fuel|gas))/g, (m, y) => half(y, (m[1] ?? m[2]) === '1')],
  [/\b(first|second) half\b/g, (m, y) => half(y, m[1] === 'first')],
  [/\bfirst (two|three) quarters\b/g, (m, y) => monthSpan(y, '1', m[1] === 'two' ? '6' : '9')],
  [
    /\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months\b/g,
    (m, y) => monthSpan(y, '1', /^\d/.test(m[1]) ? m[1] : englishDecimal(m[1])),
  ],
  [
    new RegExp(`\\b(${MONTH_WORD})\\s*(?:-|–|—|to|through|until)\\s*(${MONTH_WORD})(?!\\s*\\d)`, 'g'),
    (m, y) => monthSpan(y, String(monthOf(m[1])), String(monthOf(m[2]))),
  ],
];

/**
 * Whether a record of a period answers a claim whose words (`text`) say part of a year but not which year (上半年,
 * in the first half of the year) and name no period: only a record of that part of its own year, or of a day or a
 * month within it, as periodAnswers has it. A whole year's figure is none of its parts', nor one part's another's.
 */
function answersPartWords(text: string): (period: string | null) => boolean {
  // The more specific reading of a stretch first, as readPeriods does: 1至10月 is a span, not October.
  const taken: [number, number][] = [];
  const parts: ((year: string) => string)[] = [];
  for (const [pattern, code] of PARTS)
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      parts.push((year) => code(m as RegExpExecArray, year));
    }
  if (parts.length === 0) return () => true;
  return (period) => {
    const year = period?.match(/^\d{4}/)?.[0];
    return year !== undefined && parts.every((part) => periodAnswers(period ?? null, part(year)));
  };
}

/** Words that say a whole year without saying which (全年, 去年, annual, for the full year, last year; not 比去年): no quarter's figure. */
const WHOLE_YEAR =
  /全年|(?<![比较同])(?:去年|上年)(?!同期)|\b(?:annual(?:ly)?|full[- ]year|(?:for|over) the (?:whole |full |entire )?year|whole year)\b|(?<!\b(?:from|than|over|on|with|to|versus|vs\.?|against)\s)\blast year\b/;
/**
 * Whether a record of a period answers a claim whose words (`text`) name no period: where they say a whole year,
 * not one of part of a year; where they say part of one, only one of that part (answersPartWords).
 */
export function answersYearWords(text: string): (period: string | null) => boolean {
  const wholeYear = WHOLE_YEAR.test(text);
  const part = answersPartWords(text);
  return (period) => (!wholeYear || period === null || /^\d{4}$/.test(period)) && part(period);
}
