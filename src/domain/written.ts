/**
 * Where a recorded figure is written in a text: the number of a record (its value and unit as the
 * article writes them) found again in a quote, to mark it and to show it as written; and where a
 * name is (a project's, in either script). The hedges are
 * src/domain/hedges.ts's, as a claim's figures read them.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { stripGlosses, textSpan, toReadingForm, toSimplified, toSimplifiedInPlace } from './chinese.ts';
import { AFTER, BETWEEN, hedgeBefore } from './hedges.ts';

/** A recorded figure where a text writes it: the phrase (hedges, number, 余 or 多, unit) and the number alone, UTF-16 indexes. */
type FigurePlace = {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /** How much of the unit follows the number: a whole unit outranks any part of one (2GW光伏 is GW's, not GWh's). */
  fit: number;
};

/** Characters that make a word of a Chinese numeral after them (唯一, 统一, 同一, 之一, 逐一, 专一; 第一 is a rank). */
export const WORD_BEFORE_NUMERAL = /[唯统同之逐专]$/u;

/**
 * Where a recorded figure (its value and unit as written, 80 and 万人次) stands in a text, Simplified
 * or Traditional: each place its number stands whole with, after it and perhaps 余 or 多, as much of
 * its unit as any place has (in 千万千瓦 the 千 before 万千瓦, not the 千 of 千瓦; 2 of 2GW, not of 2GWh).
 * The phrase takes in the hedges written around it: 80多万人次, 120亿元以上, 超过5000人.
 */
export function figurePlaces(text: string, valueText: string, unitText: string): FigurePlace[] {
  if (!valueText) return [];
  const value = toSimplified(valueText);
  const numeric = /^\d/.test(value);
  // Indexes into the Simplified text stand for the text's own.
  const simplified = toSimplifiedInPlace(text);
  const found: FigurePlace[] = [];
  for (let at = simplified.indexOf(value); at >= 0; at = simplified.indexOf(value, at + 1)) {
    const numberEnd = at + value.length;
    if (numeric && (/[\d.]/.test(simplified[at - 1] ?? '') || /^(\d|\.\d)/.test(simplified.slice(numberEnd, numberEnd + 2)))) continue;
    // 一 in 唯一, 统一, 同一, 之一 is a word, not a number.
    if (!numeric && WORD_BEFORE_NUMERAL.test(simplified.slice(0, at))) continue;
    let end = numberEnd + (BETWEEN.exec(simplified.slice(numberEnd))?.[0].length ?? 0);
    let unit = 0;
    while (unit < unitText.length && simplified[end + unit] === unitText[unit]) unit++;
    // A unit written whole, not the start of a longer one (GW of 2GWh), outweighs any part of it.
    const whole = unit === unitText.length && !(/[A-Za-z]$/.test(unitText) && /[A-Za-z]/.test(simplified[end + unit] ?? ''));
    end += unit;
    const score = whole ? unit + 1000 : unit;
    let start = at;
    if (whole) {
      // 签约2GW is a signing of 2GW, not about 2GW.
      start = hedgeBefore(simplified.slice(0, at), { han: true })?.start ?? at;
      const after = AFTER.find(([word]) => /\p{Script=Han}/u.test(word) && simplified.startsWith(word, end));
      if (after) end += after[0].length;
    } else end = numberEnd;
    found.push({ start, end, numberStart: at, numberEnd, fit: score });
  }
  const best = Math.max(0, ...found.map((f) => f.fit));
  return found.filter((f) => f.fit === best);
}

/**
 * Where a phrase stands in a text of either script, compared in the reading form (toReadingForm:
 * Simplified, glosses closed up): a Simplified name is found in 002's verbatim words (板桥北滩 in
 * 板橋北灘, 光伏发电 in 光伏發(fā)電). [start, end) UTF-16 ranges in the text, in order, none overlapping.
 */
export function phraseRuns(text: string, phrase: string): [number, number][] {
  const needle = [...toSimplified(stripGlosses(phrase)).toLowerCase()];
  if (needle.length === 0) return [];
  // A closed-up run's spaces may fall inside the phrase (年產(chǎn)6萬噸: 年产 then 6万吨), and so may the article's line
  // breaks (民勤苏\n\n武沙漠景区, ui18).
  const pattern = new RegExp(needle.map(escapeStringRegexp).join('\\s*'), 'g');
  return [...toReadingForm(text).matchAll(pattern)].map((m) => {
    const { start, end } = textSpan(text, { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    return [start, end];
  });
}
