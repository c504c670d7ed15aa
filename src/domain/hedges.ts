/**
 * Hedges as a text writes them around a figure (约, 超过, 余, more than, or so), the qualifier each
 * is (docs/CURATION.md, "Qualifiers"), and the words a qualifier is said in. Read by the figures of a
 * text (numbers.ts) and by the figures the articles write (written.ts).
 */
import { QUALIFIERS } from './vocabulary.ts';

export type Qualifier = (typeof QUALIFIERS)[number];
/** The hedges a claim may set: a record's qualifiers, and at most (不超过, no more than), which no record has. */
export const HEDGES = [...QUALIFIERS, 'at_most'] as const;
export type Hedge = (typeof HEDGES)[number];

/** Hedges as written, and the qualifier each is (docs/CURATION.md, "Qualifiers"). Longest first where one contains another. */
const BEFORE: [string, Hedge][] = [
  ['不少于', 'at_least'],
  ['没有达到', 'less_than'],
  ['没达到', 'less_than'],
  ['未达到', 'less_than'],
  ['未达', 'less_than'],
  ['不满', 'less_than'],
  ['未满', 'less_than'],
  ['至多', 'at_most'],
  ['最多', 'at_most'],
  ['高于', 'more_than'],
  ['多于', 'more_than'],
  ['低于', 'less_than'],
  ['至少', 'at_least'],
  ['大约', 'approx'],
  ['约为', 'approx'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['约', 'approx'],
  ['近乎', 'approx'],
  ['几乎', 'approx'],
  ['差不多', 'approx'],
  ['近', 'approx'],
  ['超过', 'more_than'],
  ['突破', 'more_than'],
  ['多达', 'more_than'],
  ['逾', 'more_than'],
  ['超', 'more_than'],
  ['不到', 'less_than'],
  ['不足', 'less_than'],
  ['少于', 'less_than'],
  ['正好', 'exact'],
  ['恰好', 'exact'],
  ['刚好', 'exact'],
  ['no less than', 'at_least'],
  ['不下', 'at_least'],
  ['did not reach', 'less_than'],
  ['failed to reach', 'less_than'],
  ['short of', 'less_than'],
  ['at most', 'at_most'],
  ['up to', 'at_most'],
  ['no fewer than', 'at_least'],
  ['at least', 'at_least'],
  ['approximately', 'approx'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
  ['close to', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['more than', 'more_than'],
  ['in excess of', 'more_than'],
  ['upwards of', 'more_than'],
  ['over', 'more_than'],
  ['above', 'more_than'],
  ['exceeding', 'more_than'],
  ['exceeded', 'more_than'],
  ['exceeds', 'more_than'],
  ['exceed', 'more_than'],
  ['surpassing', 'more_than'],
  ['surpassed', 'more_than'],
  ['surpasses', 'more_than'],
  ['topping', 'more_than'],
  ['topped', 'more_than'],
  ['tops', 'more_than'],
  ['less than', 'less_than'],
  ['fewer than', 'less_than'],
  ['under', 'less_than'],
  ['below', 'less_than'],
  ['exactly', 'exact'],
  ['precisely', 'exact'],
];
export const AFTER: [string, Hedge][] = [
  ['以上', 'at_least'],
  ['左右', 'approx'],
  ['上下', 'approx'],
  ['以下', 'less_than'],
  ['以内', 'less_than'],
  [' or more', 'at_least'],
  [' or so', 'approx'],
];
/**
 * Words that end in a one-character hedge but are no hedge: 签约234.48亿元 is a signing of that much,
 * not about that much; 最近5年 is the last five years.
 */
const NOT_HEDGES = [
  ...'签约 预约 合约 公约 条约 制约 节约 集约 履约 违约 解约 特约 最近 附近 临近 就近 靠近 邻近 赶超 高超 b超'.split(' '),
  // Up to after a verb of rising is reaching, not at most: went up to 20 million.
  ...['went', 'go', 'goes', 'gone', 'going', 'rose', 'risen', 'climbed', 'added', 'adds', 'add', 'summed', 'moved', 'jumped', 'shot'].map(
    (verb) => `${verb} up to`,
  ),
];

const hanWords = (words: readonly string[]) => words.filter((word) => /^\p{Script=Han}+$/u.test(word));
/**
 * Where a Chinese hedge (超, 逾, 近, 不足 …) ends, not a word that only ends in one (签约, 最近): a lookbehind, after
 * which a bare 万, 亿 or 万亿 is one of it (超万亿元; numbers.ts).
 */
export const AFTER_CHINESE_HEDGE = `(?<=(?:${hanWords(BEFORE.map(([word]) => word)).join('|')}))(?<!(?:${hanWords(NOT_HEDGES).join('|')}))`;

/** Hedges of about that say the value falls short of the number (近5000, nearly 5,000): never a record's more than it. */
export const SHORT_OF = new Set(['将近', '接近', '近乎', '几乎', '近', 'nearly', 'almost', 'close to']);

/** A hedge written right before a number: its qualifier, where its word starts in the text given, and whether it says short of. */
type HedgeBefore = { qualifier: Hedge; start: number; short: boolean };

/**
 * The hedge that `before` (the words up to a number) ends with, space between allowed: the longest
 * written (不少于 before 少于), no word that only ends in one (签约, went up to), and an English hedge
 * only as a word of its own (over, not moreover). `han`: Chinese hedges alone, no space (the
 * articles' own figures, written.ts).
 */
export function hedgeBefore(before: string, { han = false } = {}): HedgeBefore | undefined {
  const trimmed = han ? before : before.trimEnd();
  const found = BEFORE.find(
    ([word]) =>
      trimmed.endsWith(word) &&
      (HAN_WORD.test(word) || (!han && !/[a-z]$/i.test(trimmed.slice(0, -word.length)))) &&
      !NOT_HEDGES.some((other) => other.length > word.length && trimmed.endsWith(other)),
  );
  return found && { qualifier: found[1], start: trimmed.length - found[0].length, short: SHORT_OF.has(found[0]) };
}

const HAN_WORD = /^\p{Script=Han}/u;

/** Which way a hedge bounds a figure: up for more than and at least, down for less than and at most; none for the rest. */
export const boundDirection = (q: Hedge | null | undefined): 'up' | 'down' | null =>
  q === 'more_than' || q === 'at_least' ? 'up' : q === 'less_than' || q === 'at_most' ? 'down' : null;

/** Whether a bound holds its own number: at least 5000 and at most 5000 are met by 5000; more than and less than are not. */
export const boundHoldsItsNumber = (q: Hedge | null | undefined) => q === 'at_least' || q === 'at_most';

/**
 * A negation right before a hedge or a number: 不超过, 未超过, 没有突破, not more than, did not receive
 * more than; 不是429.49亿元, 并非, were not 42.9 billion. In English one word may stand between (did not
 * receive), but not one that makes "not" say something else (not only, not just, not merely, not least,
 * not to mention, not surprisingly), nor "and not" or "or not" (Wuwei and not Zhangye had …). Not 淹没.
 */
const NEGATION_BEFORE =
  /(?:不是|并非|绝非|并不|并未|并没有|(?<![淹沉埋出吞隐])没有?|未能|未曾|未|不)$|(?<!\b(?:and|or)\s+)(?:\bnot|\bnever|n't)(?:\s+(?!(?:only|just|merely|least|to|surprisingly|even|simply|necessarily)\b)[a-z]+)?$/;
/** "no" negates a hedge (no more than), never a bare number: No 1 is a rank's name. */
const NO_BEFORE_HEDGE = /\bno$/;

/** Where a negation ends the words `before` a hedge (or the number, `hedged` false), its start; -1 for none. */
export function negationBefore(before: string, hedged: boolean): number {
  const trimmed = before.trimEnd();
  const m = NEGATION_BEFORE.exec(trimmed) ?? (hedged ? NO_BEFORE_HEDGE.exec(trimmed) : null);
  return m ? m.index : -1;
}

/** A bound negated is the other way's: not more than is at most; not less than, at least. */
export const NEGATED: Partial<Record<Hedge, Hedge>> = {
  more_than: 'at_most',
  at_most: 'more_than',
  at_least: 'less_than',
  less_than: 'at_least',
};

const QUALIFIER_WORDS: Record<Exclude<Hedge, 'exact'>, Record<'zh' | 'en', string>> = {
  more_than: { zh: '超过', en: 'more than' },
  at_least: { zh: '至少', en: 'at least' },
  approx: { zh: '约', en: 'about' },
  less_than: { zh: '不到', en: 'less than' },
  at_most: { zh: '不超过', en: 'at most' },
};

/** The word a qualifier puts before a figure (约, more than …), or nothing for an exact one. */
export const qualifierWord = (qualifier: string, lang: 'zh' | 'en'): string =>
  QUALIFIER_WORDS[qualifier as keyof typeof QUALIFIER_WORDS]?.[lang] ?? '';

/** A figure as written (a chart's short 1.2万, a record's 1650件) with its qualifier's word before it: 超过1650, more than 1,650. */
export function withQualifier(written: string, qualifier: string, lang: 'zh' | 'en'): string {
  const word = qualifierWord(qualifier, lang);
  return word ? (lang === 'zh' ? `${word}${written}` : `${word} ${written}`) : written;
}

/** 余 and 多 may stand between the number and its magnitude or unit: 4000多万元, 1900余件. */
export const BETWEEN = /^(余|多)/;
