/**
 * The pairs of Han characters side by side in a search document, indexed beside its characters
 * (src/db/search.ts), and where SQLite's tokenizer parts tokens, which the pairs must agree with.
 */
import { isUnicode61Separator } from './unicode61.ts';

/*
 * Character pairs. A phrase of Han characters is found in the index of single characters by reading
 * the posting list of every character in it, however rare the phrase: 武威 reads every document with
 * 武 and every one with 威. Indexing each pair of Han characters that stand side by side as a token
 * of its own makes such a phrase a phrase of pairs (招商引资: 招商 商引 引资), read from the pairs'
 * much shorter lists. A pair index answers exactly what the character index answers only if it
 * puts token boundaries where SQLite's tokenizer does, so it reads them from the tokenizer's own
 * table of separators (src/domain/unicode61.ts), not from today's Unicode.
 */

/** Han characters that are letters in unicode61's tables (CJK Unified Ideographs and Extension A as of Unicode 6.1): the ones paired. */
export function isPairedHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fcc) || (code >= 0x3400 && code <= 0x4db5);
}

/**
 * Whether the character at `k` is part of a token, as SQLite's tokenizer reads it: ASCII letters and
 * digits, and every other code point but its separators. A lone surrogate reaches SQLite as U+FFFD,
 * a separator.
 */
export function isTokenAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (isPairedHan(code)) return true;
  const point = text.codePointAt(k) as number;
  if (point >= 0xd800 && point <= 0xdfff) return false;
  return !isUnicode61Separator(point);
}

/** UTF-16 units of the character at `k`. */
const widthAt = (text: string, k: number) => ((text.codePointAt(k) as number) > 0xffff ? 2 : 1);

/** What stands in the pairs between two pairs that are not side by side, so a phrase of pairs cannot span it. */
export const PAIR_BREAK = 'x';

/**
 * The pairs of a search document (text as `toSearchTokens` gives it): for every two tokens side by
 * side that are both one paired Han character, the two as one token, in order, with `PAIR_BREAK`
 * between pairs that are not consecutive. A phrase of pairs matches here exactly where the phrase
 * of their characters matches in the text.
 */
export function toSearchPairs(text: string): string {
  let out = '';
  let previous = -1; // the token before, when it was one paired Han character
  let chained = false; // the last pair written ends at the token before
  let k = 0;
  while (k < text.length) {
    if (!isTokenAt(text, k)) {
      k += widthAt(text, k);
      continue;
    }
    // A token: this character and the token characters after it.
    const start = k;
    k += widthAt(text, k);
    while (k < text.length && isTokenAt(text, k)) k += widthAt(text, k);
    const code = text.charCodeAt(start);
    const paired = k === start + 1 && isPairedHan(code);
    const pairs = paired && previous >= 0;
    if (pairs) {
      if (out !== '') out += chained ? ' ' : ` ${PAIR_BREAK} `;
      out += String.fromCharCode(previous, code);
    }
    chained = pairs;
    previous = paired ? code : -1;
  }
  return out;
}
