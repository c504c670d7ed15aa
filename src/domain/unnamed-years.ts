/**
 * Words of a year a claim does not name (全年, last year; 上半年, the first half of the year): which records
 * of a period may answer it when its figure has no period of its own (src/routes/check/query.ts).
 */
import { CLAUSE_BREAK, type ReadText, sentenceOf, spans } from './claims.ts';
import { DAY_ZH, dayIn, half, MONTH_AFTER_DAY, MONTH_WORD, MONTH_ZH, monthOf, monthSpan, quarterOf } from './date-words.ts';
import { englishDecimal } from './english-numbers.ts';
import type { WrittenFigure } from './numbers.ts';
import { periodAnswers } from './periods.ts';
import { QUARTER_ALONE } from './written-periods.ts';

/**
 * Part of a year written without its year (上半年, 今年前三季度, 1至10月, 10月份, 四季度, the first half of the year, Q3,
 * Jan-Oct), each with the code of that part in a year given: what a claim asks of some year it does not name. Not
 * after a year's digits (2023年10月 is read as a period), nor a day's month (3月16日), nor 1h (an hour).
 */
const NO_YEAR = '(?<!\\d\\s?年)(?<!\\d)';
/** Words that make a day an end of a span (以来, 至, 、 a second day; 截至, since, as of before it). */
const NOT_AN_END = '(?!\\s*(?:[、至到~～—–-]|以来|以后|之后|后|起|前|止|and\\b|to\\b|until\\b|through\\b|onwards?\\b))';
const NOT_AN_END_AFTER =
  '(?<!(?:截至|截止|截止到|自|从|于|、|至|到|since|as of|as at|from|after|before|until|till|through|between|and|to)\\s*)';
const PARTS: [RegExp, (m: RegExpExecArray, year: string) => string][] = [
  // A day (3月24日, March 24, 24 March) first: its month alone is another part. Not one that begins or ends a span
  // (9月28日、10月23日, 9月28日至10月23日, 2月13日以来, 截至2月18日, since February 13, as of 18 February): a span's ends.
  [new RegExp(`${NO_YEAR}${NOT_AN_END_AFTER}(?<!月)${MONTH_ZH}月${DAY_ZH}[日号]${NOT_AN_END}`, 'g'), (m, y) => dayIn(y, m[1], m[2])],
  [
    new RegExp(`${NOT_AN_END_AFTER}\\b(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2}\\b)${NOT_AN_END}`, 'g'),
    (m, y) => dayIn(y, String(monthOf(m[1])), m[2]),
  ],
  [
    new RegExp(`${NOT_AN_END_AFTER}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_AFTER_DAY})(?!,?\\s*(?:19|20)\\d{2}\\b)${NOT_AN_END}`, 'g'),
    (m, y) => dayIn(y, String(monthOf(m[2])), m[1]),
  ],
  [new RegExp(`${NO_YEAR}(上|下|首)半年`, 'g'), (m, y) => half(y, m[1] !== '下')],
  [new RegExp(`${NO_YEAR}[前首头]([一二三1-3])个?季度?`, 'g'), (m, y) => monthSpan(y, '1', String(3 * quarterOf(m[1])))],
  [
    new RegExp(`${NO_YEAR}[前首头](\\d{1,2}|[一二两三四五六七八九十]{1,3})个月`, 'g'),
    (m, y) => monthSpan(y, '1', m[1].replace('两', '二')),
  ],
  [new RegExp(`${NO_YEAR}${MONTH_ZH}月?\\s*[-—–―~～至到]\\s*${MONTH_ZH}月份?(?![\\d日号])`, 'g'), (m, y) => monthSpan(y, m[1], m[2])],
  [new RegExp(`${NO_YEAR}(?<!月)${MONTH_ZH}月份?(?![\\d日号底末])`, 'g'), (m, y) => monthSpan(y, m[1], m[1])],
  [QUARTER_ALONE, (m, y) => `${y}-Q${quarterOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '1')}`],
  [/\bh([12])\b(?!\s*(?:hydrogen|fuel|gas))/g, (m, y) => half(y, m[1] === '1')],
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

/** The patterns of a day among PARTS (the first three). */
const DAYS = new Set(PARTS.slice(0, 3).map(([pattern]) => pattern));

/** The parts of a year a text says, each as its code in a year given; the more specific reading of a stretch first (1至10月, not October). */
function partsIn(text: string, before = ''): ((year: string) => string)[] {
  const taken: [number, number][] = [];
  const parts: ((year: string) => string)[] = [];
  // A day in a clause that names a year is left to the year (a meeting on 18 February, 629 projects in 2023).
  const yearNamed = /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(text);
  for (const [pattern, code] of PARTS) {
    // A day is read with what stands before its clause, which may make it a span's end (9月28日、10月23日).
    const day = DAYS.has(pattern);
    if (day && yearNamed) continue;
    const offset = day ? before.length : 0;
    for (const m of (day ? before + text : text).matchAll(pattern)) {
      if ((m.index ?? 0) < offset) continue;
      const [start, end] = [(m.index ?? 0) - offset, (m.index ?? 0) - offset + m[0].length];
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      parts.push((year) => code(m as RegExpExecArray, year));
    }
  }
  return parts;
}

/** The parts of a year each clause of a text says, by the clause's start (clauses are the sentence's, so a start is one clause). */
const clauseParts = new WeakMap<ReadText, Map<number, ((year: string) => string)[]>>();

/** This year (今年, this year): the figure's year, which no earlier clause's part of a year narrows. */
export const THIS_YEAR = /今年|\bthis year\b/;

/** Words that say a whole year without saying which (全年, 去年, annual, for the full year, last year; not 比去年): no quarter's figure. */
const WHOLE_YEAR =
  /全年|(?<![比较同])(?:去年|上年)(?!同期)|\b(?:annual(?:ly)?|full[- ]year|(?:for|over) the (?:whole |full |entire )?year|whole year)\b|(?<!\b(?:from|than|over|on|with|to|versus|vs\.?|against)\s)\blast year\b/;

/**
 * Whether a record of a period answers a claimed figure that names no period, by the words of a year it says: a
 * whole year (全年) takes no record of part of one; part of one (上半年) only a record of that part of its year, or a
 * day or a month within it, as periodAnswers has it. The figure's own clause says first (武威市一季度获奖，全年接待游客
 * …: the whole year), else the nearest clause before it that says either. `words` are the measure's (measureWords),
 * whose figures are blanked; parts are read in the text as written (前10个月 holds a count's digits).
 */
export function answersYearWords(
  read: ReadText,
  figure: WrittenFigure,
  words: { own: string; before: string },
): (period: string | null) => boolean {
  const sentence = sentenceOf(read, figure);
  const clauses = spans(read.form, CLAUSE_BREAK, sentence.start, sentence.end).filter((c) => c.start <= figure.start);
  // The nearest clause that says a whole year or a part of one, the figure's own first (its measure's words for a whole year).
  // A part said beside a year's word names the part (去年上半年, H1 last year): the part decides.
  let parts: ((year: string) => string)[] = [];
  let wholeYear = false;
  // Each clause's parts read once a text: a sentence of many clauses asks its clauses for every figure.
  const memo = clauseParts.get(read) ?? new Map<number, ((year: string) => string)[]>();
  clauseParts.set(read, memo);
  for (let k = clauses.length - 1; k >= 0 && !wholeYear && parts.length === 0; k--) {
    const text = read.form.slice(clauses[k].start, clauses[k].end);
    parts = memo.get(clauses[k].start) ?? partsIn(text, read.form.slice(Math.max(sentence.start, clauses[k].start - 6), clauses[k].start));
    memo.set(clauses[k].start, parts);
    wholeYear = parts.length === 0 && WHOLE_YEAR.test(k === clauses.length - 1 ? words.own : text);
    // This year in the figure's own clause (今年计划完成投资280亿元) is its year, whatever day an earlier clause names.
    if (parts.length === 0 && k === clauses.length - 1 && THIS_YEAR.test(text)) break;
  }
  return (period) => {
    if (wholeYear) return period === null || /^\d{4}$/.test(period);
    const year = period?.match(/^\d{4}/)?.[0];
    return parts.length === 0 || (year !== undefined && parts.every((part) => periodAnswers(period ?? null, part(year))));
  };
}
