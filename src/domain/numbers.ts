/**
 * Figures as a text writes them: the numbers of a sentence with their magnitudes, units and hedges,
 * read from the reading form of src/domain/chinese.ts (Simplified, lower case, one code point for
 * one). Arabic digits (429.49, 42,949,000,000), Chinese numerals (两, 三千万), Chinese and English
 * magnitudes (万, 亿, 千万; thousand, million, billion), percent (%, percent, 百分之五十) and percentage
 * points. Magnitudes, units and decimal scaling are src/domain/units.ts, as the seed's; numerals, numerals.ts.
 */

import { CHANGE_BEFORE, FALL_BEFORE } from './changes.ts';
import { countedAfter, isRank, timesWon } from './counted.ts';
import { ALL_OF_IT, compareDecimals, precisionOf, scaleDecimal } from './decimals.ts';
import { countedInEnglish, ENGLISH_NUMBER, ENGLISH_RUN, ENGLISH_WORD, endsChange, englishDecimal } from './english-numbers.ts';
import type { WrittenFigure } from './figure.ts';
import { AFTER, AFTER_CHINESE_HEDGE, BETWEEN, boundDirection, type Hedge, hedgeBefore, NEGATED, negationBefore } from './hedges.ts';
import { lowerPartAt, magnitudeAt } from './magnitudes.ts';
import { noFigureAround, noFigureBy } from './no-figures.ts';
import { CHINESE_DIGITS, chineseDecimal, spellMixedNumerals } from './numerals.ts';
import { rangesOf } from './ranges.ts';
import { BREAK_AHEAD } from './sentences.ts';
import { CURRENCY_ALSO_A_WORD, otherCurrencyBefore, type Unit, unitsOfWritten, WRITTEN_UNITS, yuanBefore } from './units.ts';
import { WORD_BEFORE_NUMERAL } from './written.ts';
import type { WrittenPeriod } from './written-periods.ts';

/** Where a text before a figure ends in a Chinese hedge (超, 不足, 近; not 签约, 最近). */
const HEDGE_ENDS = new RegExp(`${AFTER_CHINESE_HEDGE}$`);
const BREAK_NEXT = new RegExp(`^${BREAK_AHEAD}`);

export type { WrittenFigure } from './figure.ts';

/** A numeral's character that begins a unit written after it (the 千 of 千万千瓦 is 千瓦's), which the numeral stops before. */
const UNIT_START = `(?!${WRITTEN_UNITS.filter((u) => CHINESE_DIGITS.includes(u[0])).join('|')})`;
/** Digits, Chinese numerals, English number words. Digits glued to letters are none (x5), but after Rmb or CNY (Rmb804.4mn). */
const NUMBER = new RegExp(
  `(?<![0-9_.])(?<![a-z](?<!\\b(?:rmb|cny)))(?<!\\d,)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00a0\\u2009\\u202f]\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3}){2,}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])|((?:${UNIT_START}[${CHINESE_DIGITS}万亿])*${UNIT_START}[${CHINESE_DIGITS}](?:${UNIT_START}[${CHINESE_DIGITS}万亿])*(?:点[零〇一二三四五六七八九]+[万亿]*)?|${AFTER_CHINESE_HEDGE}(?:万亿|亿|万)(?![万亿]))|(?<![a-z-])(${ENGLISH_NUMBER})(?![a-z])`,
  'gu',
);
/**
 * What 户 counts, said by the noun after it (src/domain/units.ts lets 户 be any of the three): families (16户群众),
 * firms (16户企业) or market entities, firms and individual businesses (2.4万户经营主体, 个体工商户). Null: not said.
 */
const HU_NOUNS: readonly [RegExp, Unit][] = [
  [/^(?:群众|居民|家庭|农户|村民|农民|住户)/, 'households'],
  [/^(?:企业|公司)/, 'enterprises'],
  [/^(?:经营主体|市场主体|个体)/, 'market_entities'],
];
const whatHuCounts = (counter: string, after: string): Unit[] | null => {
  const noun = counter === '户' ? HU_NOUNS.find(([words]) => words.test(after)) : undefined;
  return noun ? [noun[1]] : null;
};

/** A short quotation holding more than a figure (“三个500强”, “1+20+3”): a name, whose digits are no figures. */
const SHORT_QUOTE = /“[^”]{1,12}”/g;
/**
 * A document's title in 《》 (《推动“三抓三促”行动走深走实十项措施》): a name, whose numerals are no figures (cur15), as a
 * quoted one's. Only a document's (措施, 意见, 方案 …) written without digits, as documents' titles write numbers: a headline
 * quoted in 《》 states its figures (rev29), as one with digits does (《甘肃出台促进民营经济发展30项措施》: rev30).
 */
const TITLE = /《[^《》\d]{1,60}(?:措施|意见|方案|办法|规定|条例|通知|决定|规划|计划|纲要|细则|公告|清单|指引|准则|标准|制度|机制)》/g;
/** An English name in quotation marks, every word capitalized or a number ("Three 500 Strongest"); not a quoted sentence. */
const ENGLISH_NAME = /(?<![\w"“])["“]((?:[A-Z0-9][\w'-]*)(?: [A-Z0-9][\w'-]*){1,5})["”]/g;
const CAMPAIGN_NAME = /\bthree grasps,?\s+(?:and\s+)?three promotes\b|\bfour nos?,?\s+(?:and\s+)?two directs?\b/g;
/** A text's quoted names and titles (its reading form; for English capitals, the text as written) and the campaign's English ones, quoted or not (Three Grasps, Three Promotes; Four Nos, Two Directs): spans whose digits are no figures. */
export const quotedNames = (text: string, form: string): { start: number; end: number }[] =>
  [...form.matchAll(SHORT_QUOTE), ...form.matchAll(TITLE), ...text.matchAll(ENGLISH_NAME), ...form.matchAll(CAMPAIGN_NAME)].map((m) =>
    spanOf(m),
  );
const spanOf = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });

/**
 * A citation in brackets, as papers end a sentence with one: (Figure 4), (see Table 1), (note 7), (p. 12), (Section
 * 3.2), (Jin et al., 2024), (Wang and Li 2023: 45), （见表1）, （图4）, （金奉乾等，2024）. Its digits are no figures and its
 * words no measure's, so it is blanked (spaces, the offsets kept) before a claim is read. A place or a time with a year
 * is none: （武威市，2022）, (in 2022), (first half, 2021), (Jin, 2024), whose year is read as a date.
 */
const CITATION = new RegExp(
  [
    '\\(\\s*(?:see\\s+(?:also\\s+)?)?(?:figs?\\.|figures?|tables?|tab\\.|notes?|nn?\\.|pp?\\.|pages?|chapters?|ch\\.|sections?|sec\\.|§|appendix|annex)\\s*[\\w.,–-]{0,12}(?:\\s*(?:and|,)\\s*[\\w.–-]{1,8})?\\s*\\)',
    "\\(\\s*[a-z][a-z'’-]+\\s+(?:et al\\.?|(?:and|&)\\s+[a-z][a-z'’-]+),?\\s+(?:19|20)\\d{2}[a-z]?(?:\\s*[,:;]\\s*(?:pp?\\.\\s*)?\\d+(?:[–-]\\d+)?)?\\s*\\)",
    '[（(]\\s*(?:参?见)?\\s*[图表注]\\s*\\d+[^）)]{0,8}[）)]',
    '[（(][^（）()\\d]{1,24}?等\\s*[，,]\\s*(?:19|20)\\d{2}[a-z]?[）)]',
    // One Chinese author and a year (金奉乾，2024), not a place (武威市，2022); in English a name may be a place's
    // ((Wuwei, 2023)), so its year is read as a date (written-periods.ts) and its words left.
    '[（(]\\p{Script=Han}{1,3}[^市县区省州镇乡村\\P{Script=Han}]\\s*[，,]\\s*(?:19|20)\\d{2}[a-z]?[）)]',
  ].join('|'),
  'gu',
);
export const withoutCitations = (form: string): string => form.replace(CITATION, (c) => ' '.repeat(c.length));

/** A numeral's character and a space before a numeral (三 十万): one number parted, not two. */
const SPACE_PARTED = new RegExp(`[${CHINESE_DIGITS}]\\s+$`, 'u');

/** No text states a figure of more digits: a longer run is an identifier or noise. */
const MAX_DIGITS = 24;

function matchList(text: string, list: readonly string[]): string | undefined {
  return list.find((word) => text.startsWith(word) && (!/[a-z]$/.test(word) || !/^[a-z]/.test(text.slice(word.length))));
}

/** The unit written at the start of `rest`, greedily; '' when none. */
function unitAt(rest: string): string {
  // A hyphen may join an English unit to its number, as an adjective (a 300,000-kilowatt plant).
  const space = /^(?: |-(?=[a-z]))?/.exec(rest)?.[0].length ?? 0;
  const word = matchList(rest.slice(space), WRITTEN_UNITS);
  if (!word) return '';
  // English unit words stand after a space or glued to digits (5kw); Chinese counters and % glued on.
  return rest.slice(0, space + word.length);
}

/** A word after won that makes it a verb (won awards), not the currency (won of investment, won in 2023, won.). */
const VERB_NEXT = /^\s+(?!(?:of|in|and|for|from|to|at|by|worth|as|on)\b)[a-z]/;

/** Working days 一 counts (一个工作日), a time limit's unit. */
const ONE_TIME_AFTER = /^个工作日/u;

/**
 * The figures of a text in its reading form, in order. Numbers inside the periods given (2023年,
 * Q1 2023) are dates, not figures; so are ordinals (第14, 14th) and date parts (3月16日). A Chinese
 * numeral counts only with a magnitude or a unit after it (两轮, 千万元), or before an award won
 * (两获贡献奖: counted.ts), and 一 alone never but there: in prose it is a word far more often than a
 * figure (统一, 一批).
 */
export function readFigures(written: string, periods: readonly WrittenPeriod[] = []): WrittenFigure[] {
  const text = spellMixedNumerals(written);
  const figures: WrittenFigure[] = [];
  // Numbers read as no figure: an English number of several words (twenty five), and a range (3-5个, as written).
  const within = (run: { start: number; end: number }) => periods.some((p) => p.start < run.end && run.start < p.end);
  const unreadRuns = [
    ...[...text.matchAll(ENGLISH_RUN)].filter((run) => (run[0].match(ENGLISH_WORD)?.length ?? 0) > 1).map(spanOf),
    ...rangesOf(written, periods),
    ...rangesOf(text, periods),
  ];
  for (const m of text.matchAll(NUMBER)) {
    const numberStart = m.index ?? 0;
    const numberEnd = numberStart + m[0].length;
    // Within the figure before, as its magnitude or unit (千万 of 2千万人次): no figure of its own.
    if (numberStart < (figures.at(-1)?.end ?? 0)) continue;
    if (within({ start: numberStart, end: numberEnd })) continue;
    if (unreadRuns.some((run) => run.start <= numberStart && numberStart < run.end)) continue;
    // The words before it as far as any rule reads (a regex anchored at the end tries every start).
    const from = Math.max(0, numberStart - 80);
    const before = text.slice(from, numberStart);
    if (noFigureBy(before, m[0], text.slice(numberEnd))) continue;
    const rank = isRank(before, text.slice(numberEnd));
    if (before.endsWith('第') && !rank) continue;
    const chinese = m[2] !== undefined;
    const english = m[3] !== undefined;
    let decimal: string;
    if (english) {
      decimal = englishDecimal(m[3]);
    } else if (chinese) {
      // 一 alone is a word, unless it counts an award won (一获进步奖) and is no word's end (统一).
      const once = timesWon(text.slice(numberEnd)) !== null && !WORD_BEFORE_NUMERAL.test(before);
      // …or counts working days (压缩至一个工作日): a unit no word of prose is. Not 一天 (一天之内 says when).
      const timed = ONE_TIME_AFTER.test(text.slice(numberEnd)) && !WORD_BEFORE_NUMERAL.test(before);
      if ((m[0] === '一' && !rank && !once && !timed) || text.startsWith('分之', numberEnd)) continue;
      // A number of some (上千万; 几百, 十几: several), or one a space parts (三 十万): no figure. Not 数 before it (次数十七次: 17).
      const several =
        before.endsWith('几') ||
        (before.endsWith('上') && /^[百千万亿]/u.test(m[0])) ||
        SPACE_PARTED.test(before) ||
        text.startsWith('几', numberEnd);
      if (several) continue;
      const value = chineseDecimal(m[0]);
      if (value === null) continue;
      decimal = value;
    } else {
      // Grouped by commas or, as SI and ISO 80000 write it, by thin or no-break spaces (19 623 000); by plain ones only in
      // three groups or more, as two numbers side by side are two (on March 16 360 projects, 24 500-strong teams).
      decimal = m[1].replace(/[,\s]/g, '');
    }
    if (decimal.replace('.', '').length > MAX_DIGITS) continue;
    let at = numberEnd;
    let qualifier: Hedge | null = null;
    let some = false;
    const between = () => {
      const hedge = BETWEEN.exec(text.slice(at));
      if (hedge) {
        qualifier = 'more_than';
        some = true;
        at += hedge[0].length;
      }
    };
    between();
    // A Chinese numeral holds its own 万 and 亿 (三千万); only an Arabic number takes a magnitude word, or
    // a numeral with 多 or 余 between it and its magnitude (两千多万, 十余万).
    const magnitude = chinese && !some ? { length: 0, exponent: 0 } : magnitudeAt(text.slice(at));
    at += magnitude.length;
    // An amount written in two (1亿4100万, 1962万3千): one number, in the lower part's magnitude.
    const lower = magnitude.length > 0 && !some ? lowerPartAt(text.slice(at), decimal, magnitude.exponent) : null;
    if (lower) {
      decimal = lower.decimal;
      at += lower.length;
    }
    between();
    const unitRead = unitAt(text.slice(at));
    // Won is a verb before a noun (12 won awards) but after a magnitude (23.4 billion won).
    const verb =
      CURRENCY_ALSO_A_WORD.includes(unitRead.trim()) && magnitude.length === 0 && VERB_NEXT.test(text.slice(at + unitRead.length));
    const unitText = verb ? '' : unitRead;
    const unitWord = unitText.replace(/^[ -]/, '');
    const countedNoun = chinese ? timesWon(text.slice(at)) : countedAfter(text.slice(at), !english && !decimal.includes('.'));
    const written = unitsOfWritten(unitWord) ?? (magnitude.length > 0 ? null : countedNoun);
    at += unitText.length;
    // 多 or 余 after a share (六成多, 60%多) is a range, as before a unit (1900多件).
    if (!some && (unitWord === '成' || unitWord === '%')) between();
    const rest = text.slice(at);
    const bare = !unitText && magnitude.length === 0;
    const read = { decimal, chinese, magnitude: magnitude.length > 0, unit: unitText !== '', span: text.slice(numberStart, at) };
    if (noFigureAround(before, text.slice(numberEnd), rest, read)) continue;
    const percentWords = before.endsWith('百分之');
    // A numeral of 万 or 亿 after a hedge, and before a break, is an amount though no unit follows (不足百亿, 超千亿:
    // social media drops 元); not one before a noun it sizes (超百亿级产业集群, 超百亿产业集群, 超千亿的项目).
    const hedgedAmount = chinese && /[万亿]$/.test(m[0]) && HEDGE_ENDS.test(before) && BREAK_NEXT.test(text.slice(numberEnd));
    if (chinese && bare && !percentWords && !rank && !written && !hedgedAmount) continue;
    // An English number word counts only as a count, an amount or a measure (five days, eight projects, nine groups, two billion
    // yuan), never as a word of prose (two-way, one of them, the past two months, top three cities, three grasps); one
    // alone only where it ends a change (from 120 working days to one, claims20).
    const counted = countedInEnglish(before, rest);
    if (english && bare && !written && (!counted || (decimal === '1' && !endsChange(before, rest)))) continue;
    const after = AFTER.find(([word]) => rest.startsWith(word));
    if (after) at += after[0].length;
    const hedge = hedgeBefore(before);
    const writtenHedge = after?.[1] ?? hedge?.qualifier ?? null;
    // The words before the hedge say whether the figure is a fall (下降超过5%: the fall is more than 5%).
    const beforeHedge = hedge ? before.slice(0, hedge.start) : before;
    // A negation before it turns a bound the other way (不超过 is at most) and says a value is not the figure (不是).
    const negation = negationBefore(beforeHedge, writtenHedge !== null);
    // The words before the negation say whether it is a fall or a change (下降不超过15%: a fall of at most 15%).
    const beforeWords = negation >= 0 ? before.slice(0, negation) : beforeHedge;
    const turned = negation >= 0 && writtenHedge !== null ? NEGATED[writtenHedge] : undefined;
    const said = turned ?? writtenHedge;
    qualifier = said ?? qualifier;
    const fall = FALL_BEFORE.test(beforeWords);
    const otherCurrency = otherCurrencyBefore(before, beforeWords, unitWord);
    // A hedged numeral of 亿 with no unit (不足四百亿, 超千亿) is money, as social media drops the 元 it writes; so is a
    // number after RMB or CNY (RMB48.679bn).
    const yuan = (hedgedAmount && /亿$/.test(m[0])) || yuanBefore(before, unitWord) ? (unitsOfWritten('元')?.units ?? null) : null;
    const units: Unit[] | null = rank
      ? ['rank']
      : percentWords
        ? ['percent']
        : otherCurrency
          ? []
          : (whatHuCounts(unitWord, rest) ?? written?.units ?? yuan);
    const percent = units?.length === 1 && (units[0] === 'percent' || units[0] === 'percentage_points');
    // A minus after a letter is a hyphen (covid-19), but not after a Chinese character (同比增长-12.3%).
    const signed = /[-−]$/.test(before) && !/(?:\d|(?!\p{Script=Han})\p{L})[-−]$/u.test(before);
    // With no unit, a number of 万 or 亿 (增长超四百亿, 增长400亿) is an amount: its change is one too, not a level.
    const amount = units === null && (magnitude.length > 0 || hedgedAmount);
    const change = (units?.length || amount) && !rank && CHANGE_BEFORE.test(beforeWords) ? (percent ? 'rate' : 'amount') : null;
    const negative = ((percent || change) && fall) || signed;
    const exponent = (lower?.exponent ?? magnitude.exponent) + (written?.exponent ?? 0);
    figures.push({
      start: negation >= 0 ? from + negation : hedge ? from + hedge.start : numberStart - (percentWords ? 3 : signed ? 1 : 0),
      end: at,
      numberStart,
      numberEnd,
      decimal: negative ? `-${decimal}` : decimal,
      exponent,
      base: (negative ? '-' : '') + scaleDecimal(decimal, exponent),
      // A numeral's trailing 十, 百, 千 may round; one written digit by digit (一九六零) writes its zeros, as 1960 does. A share
      // of 100% said plainly is all of it (全程网办率达到100%), which 99.84% is not; about 100% rounds.
      precision: allOfIt(units, change, qualifier, decimal, exponent)
        ? ALL_OF_IT
        : precisionOf(decimal, exponent, { roundNumber: (chinese && /[十百千廿卅卌]/.test(m[0])) || qualifier === 'approx' }),
      unitText: unitWord,
      units,
      qualifier,
      negated: negation >= 0 && turned === undefined,
      bound: boundDirection(said) !== null && !fall,
      range: some && said === null ? precisionOf(decimal, exponent, { roundNumber: true }) : null,
      short: negation < 0 && hedge?.short === true,
      change,
    });
  }
  return figures;
}

/** Whether a figure is a share of 100% said with no hedge of about: a level, not a change (增长100% doubles). */
const allOfIt = (units: readonly Unit[] | null, change: unknown, qualifier: Hedge | null, decimal: string, exponent: number) =>
  units?.length === 1 &&
  units[0] === 'percent' &&
  change === null &&
  qualifier !== 'approx' &&
  compareDecimals(scaleDecimal(decimal, exponent), '100') === 0;
