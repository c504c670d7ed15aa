/**
 * The words of a change: a rise's and a fall's, in Chinese and English, and what they make of a figure after
 * them (下降12.3% is -12.3%; 增加520亿元 a change, not a level; 下降至123.1亿元 a level reached by a fall), of a
 * number without its % beside them (同比增长41.78: a share), and of a sentence (up … from 2022: a change said).
 * Read by src/domain/numbers.ts, measures.ts and /check.
 */

import { wordFigure } from './counted.ts';
import type { WrittenFigure } from './figure.ts';
import { boundDirection, type Hedge, SHORT_OF } from './hedges.ts';

/** The Chinese words of a fall, which a percentage after them is (下降12.3% is -12.3%). */
export const FALL_ZH = '下降|减少|下滑|回落|降低';
/** The Chinese words of a rise, and of a change, a rise's or a fall's. */
const RISE_ZH = '增加|增长|提高|上升';
export const CHANGE_ZH = `${FALL_ZH}|${RISE_ZH}`;
/** Than the year before, in Chinese (比上年, 较前一年): a change's words, filler to a measure's terms (measures.ts). */
export const THAN_YEAR_BEFORE: readonly string[] = ['比', '较'].flatMap((than) => ['上一年', '前一年', '上年'].map((year) => than + year));
/** Chinese words that compare with the year before, after which 多 is a rise and 少 a fall (比上年多50亿元). */
const THAN_BEFORE = `(?:${THAN_YEAR_BEFORE.join('|')}|[比较](?:去年|\\d{4}年)|同比)`;
const RISE_EN = 'rose|rise[sn]?|grew|grown|grows?|growing|increased?|climbed|jumped|surged|soared';
/** Falls of a measure; cut and reduced are also what a government does to red tape (cut red tape so that 100 projects …). */
const FELL_EN = 'decline[ds]?|fell|decreased?|dropp?e?d?|slid|slipped|shrank|plunged|slumped|sank|tumbled|plummeted|dipped';
const FALL_EN = `${FELL_EN}|reduced|cut`;
/** Words that say a share, in the reading form: a number without its % beside them may be one (同比增长41.78, a start rate of 100). */
export const SHARE_WORDS = new RegExp(
  `率|${CHANGE_ZH}|增幅|增速|比重|占|比例|百分|\\baccount(?:s|ed)? for\\b|\\b(?:rates?|growth|${RISE_EN}|${FELL_EN}|up|down|falls?|share|percent|pct|proportion)\\b`,
);

/** Words that make a percent a part of a whole (约占…的63.5%, 占比, 比重, accounted for, share): a level, never a change. */
const PART_OF_WHOLE = /占|比重|\baccount(?:s|ed|ing)? for\b|\bshare\b/;
/** …or of a whole named after it (63.5% of the city's funds, of the total; not 60.38% of growth, of last year). */
const PART_OF_AFTER = /^\s*of\s+(?:the|its|their|all|total|[a-z]+['’]s)\b(?!\s+(?:year|previous|growth)\b)/;

/** Whether the words of a percent's clause (`own`) or those right `after` it make it a part of a whole. */
export const partOfWhole = (own: string, after: string): boolean => PART_OF_WHOLE.test(own) || PART_OF_AFTER.test(after);

/**
 * Words that say a change from another time (up 52 billion from 2022, 比上年多520亿元), in the reading
 * form: most are filler to the measure's terms, so a change record's own words go unsaid beside them.
 */
export const CHANGE_WORDS = new RegExp(
  `${THAN_YEAR_BEFORE.join('|')}|同比|${CHANGE_ZH}|\\b(?:up|down|more|less|fewer|increases|added|${RISE_EN}|${FELL_EN})\\b`,
);

/** A rise's or a fall's words, then to, before a level (下降至123.1亿元, fell to 12.31 billion yuan): the way the text says it was reached. */
const RISE_TO = new RegExp(`(?:${RISE_ZH}|延长|升)(?:至|到)\\s*$|\\b(?:${RISE_EN}|extended|lengthened)\\s+to\\s*$`);
const FALL_TO = new RegExp(`(?:${FALL_ZH}|降|跌|缩减|缩短|压缩|压减|减)(?:至|到)\\s*$|\\b(?:${FALL_EN}|shortened)\\s+to\\s*$`);
export const levelReached = (before: string): 'rise' | 'fall' | null =>
  FALL_TO.test(before) ? 'fall' : RISE_TO.test(before) ? 'rise' : null;

/** Words before a figure that make it a fall: 下降12.3% is -12.3%; 比上年少50亿元, fell by 5 billion. */
export const FALL_BEFORE = new RegExp(`(${FALL_ZH}|${THAN_BEFORE}少|\\b(?:${FALL_EN}|down)(\\s+by)?)\\s*了?\\s*$`);
/**
 * Words right before an amount that make it a change, a fall's or a rise's. Up and down only after a
 * verb of being or before by ("were up 5 billion", "up by"): "set up 106 lines" is no change.
 */
export const CHANGE_BEFORE = new RegExp(
  `(${CHANGE_ZH}|${THAN_BEFORE}[多少]|\\b(?:${RISE_EN}|${FALL_EN})(\\s+by)?|\\b(?:were|was|is|are|been)\\s+(?:up|down)(\\s+by)?|\\b(?:up|down)\\s+by)\\s*了?\\s*$`,
);

/**
 * A doubling in words (翻番, 翻了一番, 翻了近一番, 增长一倍, 增长近一倍, doubled, more than doubled, nearly doubled): a rise of 100%,
 * more than it, or short of it. Read beside the figures of a text (src/domain/claims.ts).
 */
const DOUBLED =
  /(?:(超过?|逾|近|more than|over|nearly|almost)\s*)?(翻了?(超过?|逾|将近|接近|近|约)?一?番|增长了?(超过?|逾|将近|接近|近|约)?一倍|doubled)(多|以上)?/gu;
const DOUBLED_HEDGES: Record<string, Hedge> = {
  超: 'more_than',
  超过: 'more_than',
  逾: 'more_than',
  'more than': 'more_than',
  over: 'more_than',
  多: 'more_than',
  以上: 'at_least',
};

export function doublings(text: string): WrittenFigure[] {
  return [...text.matchAll(DOUBLED)].map((m) => {
    const start = m.index ?? 0;
    // The hedge before the doubling, inside it (增长近一倍), or after it (翻番以上).
    const said = m[1] ?? m[3] ?? m[4] ?? m[5];
    const qualifier = said ? (DOUBLED_HEDGES[said] ?? 'approx') : null;
    const short = said !== undefined && SHORT_OF.has(said);
    const numberStart = start + (m[1] ? m[0].indexOf(m[2]) : 0);
    const at = { start, end: start + m[0].length, numberStart, numberEnd: numberStart + m[2].length };
    const bound = boundDirection(qualifier) !== null;
    // A doubling rounds to the nearest ten percent: doubled is 95% to 105%, not 115.96%.
    return wordFigure(at, '100', ['percent'], { precision: 1, qualifier, bound, change: 'rate', short });
  });
}
