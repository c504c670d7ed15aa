/**
 * Figures, units and periods written for a reader of each language: 429.49亿元 and 42.949 billion
 * yuan, 2023年第一季度 and Q1 2023. The scaling and the units' words are the domain's
 * (src/domain/units.ts); how a figure is put together for a reader is chosen here.
 */

import { ISO_DATE } from '../domain/calendar.ts';
import { withQualifier } from '../domain/hedges.ts';
import { groupThousands, inMagnitude, type Magnitude } from '../domain/magnitudes.ts';
import { dateWords } from '../domain/period-words.ts';
import { type Unit, unitName, withUnit } from '../domain/units.ts';
import type { Language } from '../http/negotiation.ts';
import { CONTROL_CHARACTERS } from '../resources/schemas.ts';
import { bracketed } from './i18n.ts';

/** A plain decimal with its whole part grouped by thousands in English (Chinese writes 万 and 亿 instead). */
export function grouped(decimal: string, lang: Language): string {
  return lang === 'zh' ? decimal : groupThousands(decimal);
}

/** A number grouped as a reader of each language reads it (1,234), with ≥ before a count that stopped at a bound (a list's total counted up to it). */
export const numberWords = (n: number, lang: Language, { atLeast = false } = {}): string =>
  `${atLeast ? '≥ ' : ''}${n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}`;

/** A number with its magnitude word (src/domain/magnitudes.ts inMagnitude), as each language puts it: 429.49亿, 42.949 billion. */
const withMagnitude = (number: string, { word }: Magnitude, lang: Language) =>
  lang === 'zh' || word === '' ? `${number}${word}` : `${number} ${word}`;

/** A number in a unit with its magnitude word: 429.49亿元, 42.949 billion yuan, 50.38%, rank 3. */
export function figure(valueBase: number, unit: Unit, lang: Language): string {
  const magnitude = inMagnitude(valueBase, unit, lang);
  const sign = valueBase < 0 ? '−' : '';
  const number = `${sign}${grouped(magnitude.digits, lang)}`;
  // A rank's or a percentage's magnitude is none (PLAIN_UNITS): its number stands as it is.
  return withUnit(withMagnitude(number, magnitude, lang), unit, lang, valueBase === 1);
}

/**
 * What a base value and its unit's code, written beside each other, need after them for a reader:
 * the reader's figure where it says more (10 million yuan, 1000万元, 48人), and for a Chinese reader
 * the unit's Chinese name where the figure has no Chinese word (14 count (个数), 100 percent (百分比)),
 * so no code stands unread on a Chinese page. Null where nothing more is said ("12 percent" in English).
 */
export function baseGloss(valueBase: number, unit: Unit, lang: Language): string | null {
  const written = figure(valueBase, unit, lang);
  const more = inMagnitude(valueBase, unit, lang).exponent !== 0 || (lang === 'zh' && /[^\d.−%]/.test(written));
  const named = lang === 'zh' && !/\p{Script=Han}/u.test(written) ? unitName(unit, 'zh') : null;
  const said = [more ? written : null, named].filter(Boolean);
  return said.length > 0 ? said.join('，') : null;
}

/** A magnitude for an axis: the number and its magnitude word, without the unit (429.49亿, 42.9 billion). */
export function axisFigure(value: number, unit: Unit, lang: Language): string {
  const magnitude = inMagnitude(value, unit, lang);
  const number = `${value < 0 ? '−' : ''}${grouped(magnitude.digits, lang)}`;
  if (unit === 'percent') return `${number}%`;
  return withMagnitude(number, magnitude, lang);
}

/** A figure with its qualifier: 超过5000人, more than 5,000 people. */
export function qualifiedFigure(valueBase: number, unit: Unit, qualifier: string, lang: Language): string {
  return withQualifier(figure(valueBase, unit, lang), qualifier, lang);
}

/** Who made an article, as it names them: 金奉乾、院振东 (names of a byline), 王晶晶 (reporter), 赵满同（编辑）. */
export function authorsWords(authors: readonly { name: string; role: string }[], lang: Language): string {
  const roles = { reporter: { zh: '记者', en: 'reporter' }, editor: { zh: '编辑', en: 'editor' } } as Record<
    string,
    Record<Language, string>
  >;
  return authors
    .map((a) => (roles[a.role] ? `${a.name}${bracketed(roles[a.role][lang], lang)}` : a.name))
    .join(lang === 'zh' ? '、' : ', ');
}

/** When an article was published, as far as it says: 7 April 2023, 09:44; 2021年4月22日. */
export function publishedWords(source: { published_at?: string | null; published_on?: string | null }, lang: Language): string | null {
  const at = source.published_at;
  if (at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at))
    return `${dateWords(at.slice(0, 10), lang)}${lang === 'zh' ? ' ' : ', '}${at.slice(11, 16)}`;
  const on = source.published_on;
  return on && ISO_DATE.test(on) ? dateWords(on, lang) : (on ?? null);
}

/**
 * Explicit bidirectional controls (embeddings, overrides, isolates: U+202A–U+202E, U+2066–U+2069)
 * taken out of text a request gave: echoed, a right-to-left override would reorder the page's own words
 * after it (Results for “”Verdict: …), as if the page had said what the request wrote.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROL, '');

/**
 * A refused value as an error page lists it: each control character (a NUL) and bidi control written as its
 * code point, [U+0000], so the reader sees what was refused, and it reorders nothing after it.
 */
export const controlsNamed = (text: string): string =>
  text.replace(CONTROL_CHARACTERS, (c) => `[U+${codePoint(c)}]`).replace(BIDI_CONTROL, (c) => `[U+${codePoint(c)}]`);
const codePoint = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
