/**
 * Chinese text folded for search: the one form the search index and queries share (Simplified,
 * glosses out, lower case), the tokens and phrases SQLite's unicode61 tokenizer matches, and the
 * pairs of Han characters that let a query of any length match inside a run of Han text.
 */
import escapeStringRegexp from 'escape-string-regexp';
import * as OpenCC from 'opencc-js/t2cn';
import { CACHES } from '../config.ts';
import { stripGlosses, toHalfWidth, toSimplified } from './chinese.ts';
import { isPairedHan, isTokenAt } from './han-pairs.ts';
import { numberForms } from './measures.ts';

/**
 * Characters one script writes where the other writes another, left as they are by the converter
 * because both are Simplified too: Taiwan's 著 (著力, 接著) for 着. The search form folds both sides
 * to one, so 著力 finds 着力 and 显著 still finds 显著.
 */
const SEARCH_FOLDS: Readonly<Record<string, string>> = { 著: '着' };
const SEARCH_FOLD = new RegExp(`[${Object.keys(SEARCH_FOLDS).join('')}]`, 'g');

/** What follows conversion in the search form, a character for a character: lower case, SEARCH_FOLDS folded. */
const foldConverted = (text: string) => text.toLowerCase().replace(SEARCH_FOLD, (c) => SEARCH_FOLDS[c]);

/** The form both search index and queries are folded to: Simplified, half-width, lower case, SEARCH_FOLDS folded. */
export function toSearchForm(text: string, convert: (text: string) => string = toSimplified): string {
  // Half-width first too: a Kangxi radical (⾨) is its ideograph (門) before it is made Simplified (门).
  return foldConverted(convert(toHalfWidth(stripGlosses(text))));
}

/**
 * Taiwan's words for what the mainland's texts call otherwise (專案 for 项目, 資訊 for 信息, 網路 for
 * 网络), from OpenCC's Taiwan phrases, made Simplified: a search term is looked for in its own words
 * and in these (src/db/search.ts), so 專案 finds 项目 and still finds 专案 (a special case, on the
 * mainland). Only phrases written with a character of Traditional script: the others (建立, 新增,
 * 核心, 智慧) are the mainland's own words too, which the phrases would take for 创建, 添加, 内核 and
 * 智能. Search only, where a term matches in either reading: many phrases left (互動, 執行, 資料) are
 * also mainland words in Traditional script, which a claim read in place would lose (互動 read as
 * 交互 no longer named 银税互动's measure). Built on first use, as the converter of
 * src/domain/chinese.ts is.
 */
let taiwanPhrases: ((text: string) => string) | undefined;
function inMainlandWords(text: string): string {
  if (!taiwanPhrases) {
    const [[phrases]] = OpenCC.Locale.from.twp as unknown as [[string]];
    const traditional = phrases
      .split('|')
      .map((entry) => entry.split(' ') as [string, string])
      .filter(([taiwan]) => toSimplified(taiwan) !== taiwan);
    taiwanPhrases = OpenCC.CustomConverter(traditional) as (text: string) => string;
  }
  return toSimplified(taiwanPhrases(text));
}

/**
 * Where a query divides into terms: spaces, and the commas, semicolons, slashes and bars a list is
 * typed with (武威，投资 and 武威/投资 are 武威 and 投资, as 武威 投资 is); a comma between digits (1,000)
 * is the number's, and a middle dot a name's (武·威, as in 伊丽莎白·泰勒). Quotation marks and brackets
 * too: 「張掖」「招商」 is 张掖 and 招商, and “三抓三促”行动 is 三抓三促 and 行动, as the text's own marks part them.
 */
const TERM_BREAK = /\s+|[、；;/|"“”「」『』《》〈〉()【】〔〕〖〗[\]]|(?<!\d),|,(?!\d)/;

/**
 * A query's terms, split where TERM_BREAK says once full-width typing is half-width (１，０００ is
 * 1,000); a Chinese comma between half-width digits (2022，2023) is a list's, not a number's. Possessives
 * are their words and joining words (STOP_WORDS) are left out where other terms remain.
 */
function termsOf(query: string): string[] {
  // Glosses out before the brackets part terms: 加快發(fā)展, copied from 002, is one term, 发展 in it.
  const terms = toHalfWidth(stripGlosses(query.normalize('NFC')).replace(/(?<![０-９])，|，(?![０-９])/g, ' '))
    .replace(POSSESSIVE, '$1')
    .split(TERM_BREAK);
  const kept = terms.filter((term) => !STOP_WORDS.has(term.toLowerCase()));
  // Another term is one with something to search: "the -" is the, not nothing (rev35).
  return kept.some((term) => /[\p{L}\p{N}]/u.test(term)) ? kept : terms;
}

/** An English possessive, searched as its word (Gansu's investment finds Gansu), as the index parts it there. */
const POSSESSIVE = /(\p{L})['’]s(?![\p{L}\p{N}])/gu;

/**
 * English words a query joins its words with, asked for only when it holds nothing else: "Three Grasps and Three
 * Promotes" finds what "Three Grasps, Three Promotes" finds, as the translations write it either way.
 */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with']);

/**
 * A comma between thousands (1,785 in an English translation, where the Chinese writes 1785): not a break, so the number
 * is one token, as the Chinese is, and no part of it is a number of its own (785 does not find 1,785; 1785 finds both).
 * One rule, read three ways: folded out after a digit, found at a place, allowed between a term's digits.
 */
const THOUSANDS = ',(?=\\d{3}(?!\\d))';
const THOUSANDS_COMMA = new RegExp(`(\\d)${THOUSANDS}`, 'g');
const THOUSANDS_AT = new RegExp(THOUSANDS, 'y');

/** Latin letters without their accents, a character for a character: Zhāngyè is zhangye, as the index's tokenizer folds it. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const withoutAccents = (text: string) => text.replace(ACCENTED, (c) => c.normalize('NFD')[0]);

/** A term's tokens (a Han character, or a word or number) written as a match marks them: Han characters closed up, others a space apart. */
function markForm(form: string): string {
  const tokens = withoutAccents(form)
    .replace(THOUSANDS_COMMA, '$1')
    .replace(HAN, ' $1 ')
    .split(/[^\p{L}\p{N}]+/u);
  let out = '';
  for (const token of tokens.filter(Boolean)) out += out === '' || isHan(out.at(-1)) || isHan(token[0]) ? token : ` ${token}`;
  return out;
}

/**
 * A query's terms as a match marks them: each term (TERM_BREAK) folded, in its own and in mainland words, as its
 * tokens (markForm: 429.49亿元 is 429 49亿元, 武·威 is 武威); an English word in both numbers.
 */
export function searchTerms(query: string): string[] {
  const terms = termsOf(query)
    .flatMap((t) => [toSearchForm(t), toSearchForm(t, inMainlandWords)].map(markForm))
    .filter((t) => t !== '')
    .flatMap((t) => (/^[a-z]{3,}$/.test(t) ? numberForms(t) : [t]));
  // A term given twice marks nothing more (a hundred times, it marked every text a hundred times over).
  return [...new Set(terms)];
}
const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

/**
 * A mark term (searchTerms) as the index matches it: its tokens in order with whatever is no token between them
 * (三抓三促行动 in “三抓三促”行动, 429 49亿元 in 429.49亿元); two numbers at least something apart (not 42949).
 */
const patterns = new Map<string, RegExp>();
function patternOf(term: string): RegExp {
  let pattern = patterns.get(term);
  if (pattern) return pattern;
  const chars = Array.from(term);
  const between = (k: number) =>
    k > 0 && chars[k - 1] !== ' ' && (isHan(chars[k]) || isHan(chars[k - 1]))
      ? '[^\\p{L}\\p{N}]*'
      : // 1785 is 1,785 as English writes it (THOUSANDS).
        k > 0 && /\d/.test(chars[k - 1]) && /\d/.test(chars[k])
        ? `(?:${THOUSANDS})?`
        : '';
  pattern = new RegExp(chars.map((c, k) => (c === ' ' ? '[^\\p{L}\\p{N}]+' : between(k) + escapeStringRegexp(c))).join(''), 'gu');
  if (patterns.size >= CACHES.highlightPatterns) patterns.clear();
  patterns.set(term, pattern);
  return pattern;
}

/**
 * Where the terms occur in a text (Simplified or English; compared folded as the search form folds it, a character for a character): [start, end)
 * UTF-16 ranges in order, none overlapping, or none.
 */
export function termRuns(text: string, terms: readonly string[]): [number, number][] {
  const folded = withoutAccents(foldConverted(toHalfWidth(text)));
  const marks: [number, number][] = [];
  // The index holds a word or a number as one token and each Han character as its own: a is no match
  // inside "start", nor 2 inside 2023, so an edge of a term that is a letter or digit must be a word's.
  const wordy = (c: string | undefined) => c !== undefined && c !== '' && isTokenAt(c, 0) && !isHan(c);
  // …nor 35 inside 0.35, nor 785 inside 1,785: a digit's edge beside a decimal point (DECIMAL_POINT) or a comma between
  // thousands (THOUSANDS) is inside a number.
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const joins = (k: number) => {
    if (folded[k] === '.') return true;
    if (folded[k] !== ',') return false;
    THOUSANDS_AT.lastIndex = k;
    return THOUSANDS_AT.test(folded);
  };
  const inDecimal = (at: number, end: number, term: string) =>
    (digit(term[0]) && joins(at - 1) && digit(folded[at - 2])) || (digit(term.at(-1)) && joins(end) && digit(folded[end + 1]));
  for (const term of terms) {
    // Most texts hold no term (passed over on its first character), and most that do hold it as written (found as
    // written, without a regex); only the others are searched over what lies between its tokens.
    if (!folded.includes(term[0])) continue;
    const found = (at: number, end: number) => {
      if (!(wordy(term[0]) && wordy(folded[at - 1])) && !(wordy(term.at(-1)) && wordy(folded[end])) && !inDecimal(at, end, term))
        marks.push([at, end]);
    };
    // (A number of four digits or more is looked for as English writes it too, 1785 as 1,785: below.)
    if (folded.includes(term) && !(/\d{4}/.test(term) && folded.includes(','))) {
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) found(at, at + term.length);
      continue;
    }
    const pattern = patternOf(term);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) found(m.index, m.index + m[0].length);
  }
  // Of terms that start at one place (招商, 招商引资), the longest is marked, whatever their order in the query.
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: [number, number][] = [];
  for (const mark of marks) if (mark[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(mark);
  return kept;
}

const HAN = /(\p{Script=Han})/gu;

/**
 * Text as the search index holds it and as queries are matched: Simplified,
 * lower case, with each Han character standing as its own token, so 张掖 and
 * 張掖 are the same two tokens and a one-character query is a token too.
 */
export function toSearchTokens(text: string, convert?: (text: string) => string): string {
  return toSearchForm(text, convert)
    .replace(THOUSANDS_COMMA, '$1')
    .replace(DECIMAL_POINT, `$1${POINT_TOKEN}`)
    .replace(HAN, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A decimal point between digits, and the letter that stands for it in the index and in queries alike: a decimal is one
 * token (0.35 is 0p35), so a whole number is no match inside one (35亿元 does not find 0.35亿元, nor 49亿元 429.49亿元).
 */
const DECIMAL_POINT = /(\d)\.(?=\d)/g;
export const POINT_TOKEN = 'p';

/** A term as the tokens it is indexed as (folded as documents are, everything but letters and digits dropped), space-separated. */
const phraseOf = (term: string, convert?: (text: string) => string) =>
  toSearchTokens(term, convert)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A user's query as search phrases: each term (TERM_BREAK) as the phrase of its tokens, and the phrase
 * of its mainland words where Taiwan's differ (專案: 专案, then 项目). Terms with nothing searchable are
 * left out; a term given twice asks nothing more of a text, and is asked once.
 */
export function toSearchReadings(query: string): string[][] {
  // Keyed by every reading: 專案 专案 asks for (专案 or 项目) and 专案, not the first's readings for both.
  const readings = new Map<string, string[]>();
  for (const term of termsOf(query)) {
    const own = phraseOf(term);
    if (own === '') continue;
    const mainland = phraseOf(term, inMainlandWords);
    const read = mainland === own ? [own] : [own, mainland];
    readings.set(read.join('\0'), read);
  }
  return [...readings.values()];
}

/**
 * A query's phrases for an index with the pairs of `toSearchPairs` beside the characters, each term's
 * readings (toSearchReadings) in turn: a reading of two or more paired Han characters as a phrase of
 * their pairs (`pairs: true`), any other as the phrase of its tokens.
 */
export function toPairedPhrases(query: string): { pairs: boolean; phrase: string }[][] {
  return toSearchReadings(query).map((readings) =>
    readings.map((tokens) => {
      const list = tokens.split(' ');
      if (list.length < 2 || !list.every((t) => t.length === 1 && isPairedHan(t.charCodeAt(0)))) return { pairs: false, phrase: tokens };
      return {
        pairs: true,
        phrase: list
          .slice(1)
          .map((t, k) => list[k] + t)
          .join(' '),
      };
    }),
  );
}
