/**
 * Hedges as a text writes them around a figure (约, 超过, 余, more than, or so), the qualifier each
 * is (docs/CURATION.md, "Qualifiers"), and the words a qualifier is said in. Read by the figures of a
 * text (numbers.ts) and by the figures the articles write (written.ts).
 */
import type { QUALIFIERS } from './vocabulary.ts';

export type Qualifier = (typeof QUALIFIERS)[number];

/** Hedges as written, and the qualifier each is (docs/CURATION.md, "Qualifiers"). Longest first where one contains another. */
export const BEFORE: [string, Qualifier][] = [
  ['不少于', 'at_least'],
  ['至少', 'at_least'],
  ['大约', 'approx'],
  ['约为', 'approx'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['约', 'approx'],
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
  ['no fewer than', 'at_least'],
  ['at least', 'at_least'],
  ['approximately', 'approx'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
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
export const AFTER: [string, Qualifier][] = [
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
export const NOT_HEDGES = '签约 预约 合约 公约 条约 制约 节约 集约 履约 违约 解约 特约 最近 附近 临近 就近 靠近 邻近 赶超 高超'.split(' ');

/** Which way a hedge bounds a figure: up for more than and at least, down for less than; none for the rest. */
export const boundDirection = (q: Qualifier | null | undefined): 'up' | 'down' | null =>
  q === 'more_than' || q === 'at_least' ? 'up' : q === 'less_than' ? 'down' : null;

const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'exact'>, Record<'zh' | 'en', string>> = {
  more_than: { zh: '超过', en: 'more than' },
  at_least: { zh: '至少', en: 'at least' },
  approx: { zh: '约', en: 'about' },
  less_than: { zh: '不到', en: 'less than' },
};

/** The word a qualifier puts before a figure (约, more than …), or nothing for an exact one. */
export const qualifierWord = (qualifier: string, lang: 'zh' | 'en'): string =>
  QUALIFIER_WORDS[qualifier as keyof typeof QUALIFIER_WORDS]?.[lang] ?? '';

/** 余 and 多 may stand between the number and its magnitude or unit: 4000多万元, 1900余件. */
export const BETWEEN = /^(余|多)/;
