/**
 * Periods as a text writes them (2023年一季度, 截至2024年2月18日, since February 2023, Q1 2023), each
 * read into the period code src/domain/periods.ts defines, with where it stands in the text: what a
 * claim's figure is of, and which of its numbers are dates rather than figures.
 */
import { lastDayOfMonth, pad } from './calendar.ts';
import {
  DAY_ZH,
  day,
  dayIn,
  half,
  MONTH_AFTER_DAY,
  MONTH_WORD,
  MONTH_ZH,
  monthOf,
  monthSpan,
  numeralOf,
  quarterOf,
  yearOf,
  zh,
} from './date-words.ts';
import { englishDecimal } from './english-numbers.ts';
import { periodRange } from './periods.ts';
import { SENTENCE_STOP } from './sentences.ts';

/** A period a text names: where (UTF-16 indexes into the text) and its code. */
export type WrittenPeriod = { start: number; end: number; code: string };

/**
 * Words after a number that make it a figure, not a year, though a preposition stands before it: units
 * (in 2000 megawatts), and after of, for or by the nouns the articles count too (for 2000 households).
 * Any other word leaves a year a year (in 2023 its investment, for 2023 across Gansu).
 */
const UNITS_AFTER_YEAR =
  'per\\s*cent|percent|thousand|million|billion|yuan|mw|kw|gw|mwh|kwh|tons?|tonnes?|mu|hectares?|kilowatts?|megawatts?|gigawatts?';
const COUNTED_AFTER_YEAR =
  'households|people|persons|residents|projects|enterprises|companies|firms|villages|cases|problems|cadres|jobs|visits|visitors|tourists|items';
/**
 * The words before a day that make it the end of a running total (as of 18 February 2024). Not by,
 * which a target says as often (will resolve 500 by 18 February 2024) as a total.
 */
const UP_TO = '(?:as of|as at|up to|until|till|through)\\s+';
/**
 * Since, and what may stand between it and its date: the beginning it names (since the campaign
 * began in, since its launch on). Not a sentence's other words: since then, 500 … in 2023 is 2023's.
 */
const SINCE =
  "\\bsince\\s+(?:(?:the|its|their|gansu's|[a-z]+'s)\\s+)?(?:(?:campaign|drive|action|launch|start|beginning)\\s+)?(?:(?:was\\s+)?(?:launched|began|begun|started|kicked off)\\s+)?(?:(?:in|on)\\s+)?";
/** A day in English, either order (18 February 2024, February 18, 2024): groups month, day | day, month, year (read by dayEn). */
const DAY_EN = `(?:(${MONTH_WORD})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_WORD})),?\\s+((?:19|20)\\d{2})`;
const dayEn = (m: RegExpExecArray, k: number) => day(m[k + 4], monthOf(m[k] ?? m[k + 3]), m[k + 1] ?? m[k + 2]);
/**
 * The ways a period is written (in the reading form of src/domain/chinese.ts: Simplified, lower case),
 * most specific first, each with the code it names. A year alone in English counts only where it
 * cannot be a figure: after a preposition (unless a unit, or after of/for/by a counted noun, follows),
 * or not followed by a plural noun or a unit (held 2012 symposiums is a count); readPeriods reads the
 * year of an owner's plural noun after these (YEAR_BEFORE_NOUN: Wuwei's 2023 funds, Wuwei 2023 funds).
 */
type Written = [RegExp, (m: RegExpExecArray) => string];
const WRITTEN: Written[] = [
  // Up to the end of a year is that year (截至2023年12月底, by the end of December 2023: the figures of 2023, as the articles report them).
  [zh('(?:截至|截止|到)YEAR年(?:12月|年)?(?:底|末)'), (m) => yearOf(m[1])],
  // Wire copy's end-December 2023 and end-2023 too.
  [/\b(?:by|as of|at|to) (?:the end of |end-)(?:dec(?:ember)?\.? )?((?:19|20)\d{2})\b(?!\s*-?\s*q[1-4])/g, (m) => m[1]],
  // A span of days across years (from 13 February 2023 to 18 February 2024, between … and …), as the Chinese one below.
  // From before it is the span's own word, not a comparison's (comparedWith): the span starts there.
  [new RegExp(`\\b(?:from\\s+)?${DAY_EN}\\s*(?:and|to|until|through|-|–)\\s*${DAY_EN}\\b`, 'g'), (m) => `${dayEn(m, 1)}/${dayEn(m, 6)}`],
  // A span of days (between 28 September and 23 October 2023, September 28 until October 23, 2023): from the first to the second.
  [
    new RegExp(
      `\\b(?:from\\s+)?(?:(\\d{1,2})\\s+(${MONTH_WORD})|(${MONTH_WORD})\\s+(\\d{1,2}))\\s*(?:and|to|until|through|-|–)\\s*${DAY_EN}\\b`,
      'g',
    ),
    (m) => `${day(m[9], monthOf(m[2] ?? m[3]), m[1] ?? m[4])}/${dayEn(m, 5)}`,
  ],
  // Up to a day (截至2024年2月18日, as of 18 February 2024): what held by then from an unknown start, as the
  // curation dates such a total (docs/CURATION.md, "Periods"). Up to a month is the month, as before: a total of
  // 截至2021年3月 is answered by the day in March it was counted on.
  [zh('(?:截至|截止)YEAR年MM月DD日'), (m) => `../${day(yearOf(m[1]), m[2], m[3])}`],
  [new RegExp(`\\b${UP_TO}${DAY_EN}\\b`, 'g'), (m) => `../${dayEn(m, 1)}`],
  // From a day or a month on (2023年2月13日以来, 自2023年2月起, since 13 February 2023, since the campaign began in
  // February 2023): a span open at its end, as a total since the launch is dated, not that day's or month's figure.
  // From one day to another, across years or not (2023年2月13日起至2024年2月18日): the days between.
  [
    zh('(?<!\\d)YEAR年MM月DD日起?\\s*(?:[至到~～—–-])\\s*YEAR年MM月DD日'),
    // The wrong way round (a later day first) is no span (periodRange): each day is read on its own.
    (m) => `${day(yearOf(m[1]), m[2], m[3])}/${day(yearOf(m[4]), m[5], m[6])}`,
  ],
  // 起 only after 自 or 从 before the date (自2023年2月起): 2023年1月起草 is a month's drafting. 至今 (to this day) as 以来.
  ...(['(?<!\\d)', '(?<=[自从])'] as const).flatMap((start): Written[] => {
    const after = start === '(?<!\\d)' ? '(?:以来|起?至今)' : '起';
    return [
      [zh(`${start}YEAR年MM月DD日${after}`), (m) => `${day(yearOf(m[1]), m[2], m[3])}/..`],
      [zh(`${start}YEAR年MM月份?${after}`), (m) => `${yearOf(m[1])}-${pad(numeralOf(m[2]))}-01/..`],
    ];
  }),
  [new RegExp(`${SINCE}${DAY_EN}\\b`, 'g'), (m) => `${dayEn(m, 1)}/..`],
  [new RegExp(`${SINCE}(${MONTH_WORD})\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'g'), (m) => `${m[2]}-${pad(monthOf(m[1]))}-01/..`],
  // Since a year, said of the year alone (since 2023); since the campaign began in 2023 names when it began, and its
  // figures stay the year's (2023's 629 projects), as before.
  [/\bsince\s+((?:19|20)\d{2})\b(?![.,]\d)/g, (m) => `${m[1]}-01-01/..`],
  // 第一季度, 一季度, 第一季 and 首季 (as Taiwan and Hong Kong write a quarter) alike.
  [zh('(?<!\\d)YEAR年度?(?:第?([一二三四1-4])|首)季度?'), (m) => `${yearOf(m[1])}-Q${quarterOf(m[2] ?? '1')}`],
  [zh('(?<!\\d)YEAR年度?q([1-4])'), (m) => `${yearOf(m[1])}-Q${m[2]}`],
  // Two days of a year listed (2023年9月28日、10月23日: the two payments) or a span of them (9月28日至10月23日): from the first to the second.
  [
    zh('(?<!\\d)YEAR年MM月DD日\\s*(?:[、和及至到~～—–-])\\s*MM月DD日'),
    (m) => `${day(yearOf(m[1]), m[2], m[3])}/${day(yearOf(m[1]), m[4], m[5])}`,
  ],
  // A span of months across years (2018年11月至2020年4月): their days, not the last month alone.
  [
    zh('(?<!\\d)YEAR年MM月份?\\s*(?:[-—–~～至到])\\s*YEAR年MM月份?'),
    (m) => {
      const [from, to] = [yearOf(m[1]), yearOf(m[3])];
      if (from === to) return monthSpan(from, m[2], m[4]);
      return from < to ? `${from}-${pad(numeralOf(m[2]))}-01/${lastDayOfMonth(Number(to), numeralOf(m[4]))}` : '';
    },
  ],
  // A span of months (1-3月, 一至三月): a quarter where it is one, else the months' days; a half year.
  [
    zh('(?<!\\d)YEAR年(\\d{1,2}|[一二三四五六七八九十]{1,2})月?\\s*(?:[-—–~～至到])\\s*(\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?'),
    (m) => monthSpan(yearOf(m[1]), m[2], m[3]),
  ],
  [zh('(?<!\\d)YEAR年(上|下|首)半年'), (m) => half(yearOf(m[1]), m[2] !== '下')],
  // The first quarters or months of a year (前三季度, 前10个月, 前两个月; 首10个月, 头10个月 as Hong Kong writes them): from January to their end.
  [zh('(?<!\\d)YEAR年度?[前首头]([一二三1-3])个?季度?'), (m) => monthSpan(yearOf(m[1]), '1', String(3 * quarterOf(m[2])))],
  [
    zh('(?<!\\d)YEAR年度?[前首头](\\d{1,2}|[一二两三四五六七八九十]{1,3})个?月'),
    (m) => monthSpan(yearOf(m[1]), '1', m[2].replace('两', '二')),
  ],
  [zh('(?<!\\d)YEAR年MM月DD日'), (m) => day(yearOf(m[1]), m[2], m[3])],
  [zh('(?<!\\d)YEAR年MM月'), (m) => `${yearOf(m[1])}-${pad(numeralOf(m[2]))}`],
  [zh('(?<!\\d)YEAR年(?:度)?(?:以来|起?至今)'), (m) => `${yearOf(m[1])}-01-01/..`],
  [zh('(?<!\\d)YEAR年(?:度)?'), (m) => yearOf(m[1])],
  [/\bq([1-4])\s*(?:of\s+)?((?:19|20)\d{2})\b/g, (m) => `${m[2]}-Q${m[1]}`],
  [/\b((?:19|20)\d{2})\s*-?\s*q([1-4])\b/g, (m) => `${m[1]}-Q${m[2]}`],
  [/\b([1-4])q\s*((?:19|20)\d{2})\b/g, (m) => `${m[2]}-Q${m[1]}`],
  [/\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/g, (m) => `${m[2]}-Q${quarterOf(m[1])}`],
  // A half as wire copy writes it (H1 2023, 1H 2023, 2023 H1; not 2023 H2 hydrogen, the gas).
  [
    /\bh([12])\s*(?:of\s+)?((?:19|20)\d{2})\b|\b([12])h\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*-?\s*h([12])\b(?!\s*(?:hydrogen|fuel|gas|energy|green|project|pipeline))/g,
    (m) => (m[1] ? half(m[2], m[1] === '1') : m[3] ? half(m[4], m[3] === '1') : half(m[5], m[6] === '1')),
  ],
  // A span of months (January-March 2021, from January to March of 2021), the first months or half of a year: a quarter where it is one.
  [
    new RegExp(
      `\\b(${MONTH_WORD})\\s*(-|–|—|to|through|until|and)\\s*(${MONTH_WORD}),?(?:\\s+period)?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`,
      'g',
    ),
    // September and October 2023 are a span; January and March two months.
    (m) => (m[2] === 'and' && monthOf(m[3]) !== monthOf(m[1]) + 1 ? '' : monthSpan(m[4], String(monthOf(m[1])), String(monthOf(m[3])))),
  ],
  [
    /\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of ((?:19|20)\d{2})\b/g,
    (m) => monthSpan(m[2], '1', /^\d/.test(m[1]) ? m[1] : englishDecimal(m[1])),
  ],
  [/\bfirst (two|three) quarters of ((?:19|20)\d{2})\b/g, (m) => monthSpan(m[2], '1', m[1] === 'two' ? '6' : '9')],
  [/\b(first|second) half of ((?:19|20)\d{2})\b/g, (m) => half(m[2], m[1] === 'first')],
  [new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'g'), (m) => day(m[3], monthOf(m[1]), m[2])],
  [new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_WORD})\\s+((?:19|20)\\d{2})\\b`, 'g'), (m) => day(m[3], monthOf(m[2]), m[1])],
  [new RegExp(`\\b(${MONTH_WORD})\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'g'), (m) => `${m[2]}-${pad(monthOf(m[1]))}`],
  // Not where a unit follows (in 2000 megawatts), nor after of, for or by a counted noun (a capacity of 2000
  // megawatts, for 2000 households): a figure. In 2023 enterprises grew is a year's.
  [new RegExp(`\\b(?:in|during|year|fy)\\s+((?:19|20)\\d{2})\\b(?![.,]\\d)(?!\\s*(?:${UNITS_AFTER_YEAR})\\b)`, 'g'), (m) => m[1]],
  [
    new RegExp(`\\b(?:for|by|of)\\s+((?:19|20)\\d{2})\\b(?![.,]\\d)(?!\\s*(?:${UNITS_AFTER_YEAR}|${COUNTED_AFTER_YEAR})\\b)`, 'g'),
    (m) => m[1],
  ],
  // …nor, after a verb of holding events, a plural noun a word or two after it (held 2012 research symposiums: its object,
  // a count); not after another verb (received 2023 tourist visits, saw 2023 tourist visits rise: the visits' year).
  [
    /(?<![\d.,\p{L}])((?:19|20)\d{2})(?![\d%\p{L}])(?![.,]\d)(?!\s*(?:\p{Script=Han}|[a-z]+s\b|per\s*cent|thousand|million|billion|(?:yuan|mw|kw|gw|mwh|kwh|ton|mu)\b))(?!(?<=\b(?:held|organi[sz]ed|convened|hosted|conducted|ran)\s+\d{4})\s+(?:[a-z][a-z-]*\s+(?!(?:was|has|is|its|this)\b)){1,2}[a-z]+s\b)/gu,
    (m) => m[1],
  ],
  // A year closing a bracket after a comma ((武威市，2023), (Wuwei, 2023)): its date, not a figure after a list's comma.
  [/(?<=[(（][^()（）]{1,24}[,，]\s?)((?:19|20)\d{2})(?=\s*[)）])/gu, (m) => m[1]],
];

/**
 * The periods a text names (2023年, 2023年一季度, 2023年10月, Q1 2023, March 2021, in 2023), in
 * order, none overlapping another: where two readings overlap, the more specific one wins.
 * `placeEnds` are where the areas the text names end (Wuwei 2023 funds: the year after a name).
 */
export function readPeriods(text: string, placeEnds: readonly number[] = []): WrittenPeriod[] {
  const found: WrittenPeriod[] = [];
  const taken = (start: number, end: number) => found.some((p) => p.start < end && start < p.end);
  for (const [pattern, codeOf] of WRITTEN) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
      if (taken(start, end)) continue;
      const code = codeOf(m as RegExpExecArray);
      if (periodRange(code)) found.push({ start, end, code });
    }
  }
  for (const m of text.matchAll(YEAR_BEFORE_NOUN)) {
    const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    if (taken(start, end)) continue;
    const before = text.slice(0, start);
    const owned = OWNER_BEFORE.test(before) || (/\s$/.test(before) && placeEnds.includes(before.trimEnd().length));
    // Before a counted noun, only where a digit stands before the sentence ends.
    const [rest, stop] = [text.slice(end), text.slice(end).search(SENTENCE_STOP)];
    if (owned && (!COUNTED_NEXT.test(rest) || /\d/.test(stop < 0 ? rest : rest.slice(0, stop)))) found.push({ start, end, code: m[1] });
  }
  found.sort((a, b) => a.start - b.start);
  // A quarter without its year (进入2021年,…一季度…) is of the last year before it in its paragraph (sought from the end).
  for (const m of text.matchAll(QUARTER_ALONE)) {
    const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    if (taken(start, end)) continue;
    let year: string | undefined;
    for (let k = found.length - 1; k >= 0 && year === undefined; k--) {
      const p = found[k];
      if (p.end <= start && !comparedWith(text, p.start) && !/\n\s*\n/.test(text.slice(p.end, start))) year = p.code.slice(0, 4);
    }
    if (year && /^\d{4}$/.test(year)) found.push({ start, end, code: `${year}-Q${quarterOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '1')}` });
  }
  // A day without its year after a year in its sentence (2021年，3月24日…; in 2021, on March 24) is that year's; not a span's.
  for (const m of text.matchAll(DAY_ALONE)) {
    const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    if (taken(start, end)) continue;
    const year = [...found].reverse().find((p) => p.end <= start && /^\d{4}$/.test(p.code) && !comparedWith(text, p.start));
    if (!year || SENTENCE_STOP.test(text.slice(year.end, start))) continue;
    const month = m[1] ?? String(monthOf(m[3] ?? m[6] ?? ''));
    const code = dayIn(year.code, month, m[2] ?? m[4] ?? m[5] ?? '');
    if (code && periodRange(code)) found.push({ start, end, code });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A year before a plural noun, elsewhere a count (held 2012 symposiums), is the noun's year after a
 * possessive, a determiner or an area's name (Wuwei's 2023 funds, the 2023 funds, Wuwei 2023 funds):
 * no count stands there. Never before a unit; before a counted noun (Wuwei's 2023 visitors) only where
 * a figure, the count, follows in its sentence (numbered 19.6 million; not Wuwei's 2012 households). Only
 * years to 2049: a number past them is a count (Gansu 2076 classes).
 */
const YEAR_BEFORE_NOUN = new RegExp(
  `((?:19\\d|20[0-4])\\d)(?![\\d%\\p{L}])(?![.,]\\d)(?=\\s+[a-z]+s\\b)(?!\\s*(?:${UNITS_AFTER_YEAR})\\b)`,
  'gu',
);
const OWNER_BEFORE = /(?:['’]s|\bthe|\bits|\btheir)\s+$/;
const COUNTED_NEXT = new RegExp(`^\\s*(?:${COUNTED_AFTER_YEAR})\\b`);

/** A day written without a year (3月24日, march 24, 24 march), not an end of a span: groups month, day | month word, day | day, month word. */
const DAY_ALONE = new RegExp(
  `(?<![\\d一二三四五六七八九十年、至到]\\s?)(?<!(?:截至|截止|自|从)\\s*)(?<!\\b(?:since|as of|from|until|to|and)\\s+)(?:${MONTH_ZH}月${DAY_ZH}[日号]|\\b(${MONTH_WORD})\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${MONTH_AFTER_DAY}))(?!\\s*(?:[、至到~～—–-]|以来|以后|之后|后|起|前|止|,?\\s*(?:19|20)\\d{2}|and\\b|to\\b|until\\b|through\\b))`,
  'g',
);

/** A quarter as written without a year: 一季度, 第一季, 首季, Q1, the first quarter (上一季度, the last quarter, is none). */
export const QUARTER_ALONE =
  /(?<![上下前后])(?:第([一二三四1-4])季度?|([一二三四1-4])季度|首季度?)|\bq([1-4])\b|\b(first|second|third|fourth)\s+quarter\b/gu;

const COMPARED_WITH = /(?:较|比|相比|同比|对比|与|than|compared (?:with|to)|from)\s*(?:in\s*)?$/;
/** Whether the period at `at` is the one a figure is compared with, said in the 64 characters before it (较2022年, than in 2022). */
export const comparedWith = (text: string, at: number) => COMPARED_WITH.test(text.slice(Math.max(0, at - 64), at));

const TIME_NAMED = {
  // 项目前期 (a project's preliminary stage) is not 目前 (at present).
  zh: /(?:19|20)\d{2}年|\d{1,2}月|[一二三四1-4]季度|今年|去年|目前(?!期)|以[来來]|截至/,
  en: /\b(?:19|20)\d{2}\b|\bsince\b|\bas of\b/i,
};

/** Whether a text names a time: a year, a month, a quarter, 今年, 目前, 以来 or 截至; in English a year, "since" or "as of". */
export function namesTime(text: string, lang: 'zh' | 'en'): boolean {
  return TIME_NAMED[lang].test(text);
}
