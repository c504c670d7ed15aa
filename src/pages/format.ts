/**
 * Figures, units and periods written for a reader of each language: 429.49亿元 and 42.949 billion
 * yuan, 2023年第一季度 and Q1 2023. The scaling and the units' words are the domain's
 * (src/domain/units.ts); how a figure is put together for a reader is chosen here.
 */

import { qualifierWord } from '../domain/hedges.ts';
import { dateWords } from '../domain/periods.ts';
import { groupThousands, inMagnitude, type Unit, unitWord } from '../domain/units.ts';
import type { Language } from '../http/negotiation.ts';

/** A plain decimal with its whole part grouped by thousands in English (Chinese writes 万 and 亿 instead). */
export function grouped(decimal: string, lang: Language): string {
  return lang === 'zh' ? decimal : groupThousands(decimal);
}

const ZH_MAGNITUDE: Record<number, string> = { 8: '亿', 4: '万', 0: '' };
const EN_MAGNITUDE: Record<number, string> = { 12: ' trillion', 9: ' billion', 6: ' million', 0: '' };

/** A number in a unit with its magnitude word: 429.49亿元, 42.949 billion yuan, 50.38%, rank 3. */
export function figure(valueBase: number, unit: Unit, lang: Language): string {
  const { digits, exponent } = inMagnitude(valueBase, unit, lang);
  const sign = valueBase < 0 ? '−' : '';
  const number = `${sign}${grouped(digits, lang)}`;
  if (unit === 'rank') return lang === 'zh' ? `第${number}位` : `rank ${number}`;
  if (unit === 'percent') return `${number}%`;
  if (lang === 'zh') return `${number}${ZH_MAGNITUDE[exponent]}${unitWord(unit, 'zh')}`;
  const word = unitWord(unit, 'en', valueBase === 1);
  return `${number}${EN_MAGNITUDE[exponent]}${word ? ` ${word}` : ''}`;
}

/**
 * Whether a reader's figure says more than the base value and its unit's code written beside it: a
 * magnitude word (10 million yuan, 1000万元) or, for a Chinese reader, the unit in Chinese (48人).
 * "12 percent (12%)", "4 projects (4 projects)" and a count's "2590" say nothing more.
 */
export function figureAddsToBase(valueBase: number, unit: Unit, lang: Language): boolean {
  if (inMagnitude(valueBase, unit, lang).exponent !== 0) return true;
  return lang === 'zh' && /[^\d.−%]/.test(figure(valueBase, unit, lang));
}

/** A magnitude for an axis: the number and its magnitude word, without the unit (429.49亿, 42.9 billion). */
export function axisFigure(value: number, unit: Unit, lang: Language): string {
  const { digits, exponent } = inMagnitude(value, unit, lang);
  const number = `${value < 0 ? '−' : ''}${grouped(digits, lang)}`;
  if (unit === 'percent') return `${number}%`;
  return lang === 'zh' ? `${number}${ZH_MAGNITUDE[exponent]}` : `${number}${EN_MAGNITUDE[exponent]}`;
}

/** A figure with its qualifier: 超过5000人, more than 5,000 people. */
export function qualifiedFigure(valueBase: number, unit: Unit, qualifier: string, lang: Language): string {
  const word = qualifierWord(qualifier, lang);
  const written = figure(valueBase, unit, lang);
  return word ? (lang === 'zh' ? `${word}${written}` : `${word} ${written}`) : written;
}

/** Who made an article, as it names them: 金奉乾、院振东 (names of a byline), 王晶晶 (reporter), 赵满同 (editor). */
export function authorsWords(authors: readonly { name: string; role: string }[], lang: Language): string {
  const roles = { reporter: { zh: '记者', en: 'reporter' }, editor: { zh: '编辑', en: 'editor' } } as Record<
    string,
    Record<Language, string>
  >;
  return authors.map((a) => (roles[a.role] ? `${a.name} (${roles[a.role][lang]})` : a.name)).join(lang === 'zh' ? '、' : ', ');
}

/** When an article was published, as far as it says: 7 April 2023, 09:44; 2021年4月22日. */
export function publishedWords(source: { published_at?: string | null; published_on?: string | null }, lang: Language): string | null {
  const at = source.published_at;
  if (at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at))
    return `${dateWords(at.slice(0, 10), lang)}${lang === 'zh' ? ' ' : ', '}${at.slice(11, 16)}`;
  const on = source.published_on;
  return on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? dateWords(on, lang) : (on ?? null);
}
