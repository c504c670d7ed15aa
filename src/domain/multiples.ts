/**
 * How a text says one figure is a multiple or a part of another (是…的两倍多, 的三四倍, 高于后者五倍, 的一半, 的四分之一, more
 * than twice), read for src/domain/comparisons.ts. Input is the reading form of src/domain/chinese.ts.
 */
import { englishDecimal } from './english-numbers.ts';
import { readWrittenNumber } from './numerals.ts';

/**
 * How a multiple is hedged: 两倍多 or 三四倍 (two and some, short of three), 两倍以上 (more than), 四倍以下 (less than), 近两倍
 * (nearly), 两倍 (about); `by`: higher by N times (高于后者五倍, 比后者多五倍), which some read as N and some as N + 1 times, so at
 * least N either way.
 */
export type TimesBound = 'some' | 'more' | 'less' | 'nearly' | 'about' | 'by';

/** A multiple: its number and how it is hedged. */
export type Times = { n: number; bound: TimesBound };

/** A part or a multiple of a figure said after it, as a factor, and its words as written (的一半: 0.5). */
export type Part = { factor: number; words: string };

/** A multiple after the second figure (…的两倍多, 的近3倍, 的十二倍, 的三倍半) where 是 or 为 stands between them. */
const TIMES_ZH = /^\s*的\s*(近|约)?\s*([一二两三四五六七八九十]{1,3}|\d+(?:\.\d+)?)\s*倍(半)?(多|以上|余|以下|以内|不到)?/;
/** A multiple before the second figure (more than twice, nearly three times, 2.5 times). */
export const TIMES_EN =
  /\b(?:(more than|over|nearly|almost|about|around|roughly)\s+)?(twice|double|triple|half|a\s+third|a\s+quarter|(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\b/;

/** Words after the figure compared with that make it a part or a multiple of it (…的四分之一, 的一半, 的两倍; not 的水平). */
const PART_AFTER = /^\s*的\s*(?=[近约一二两三四五六七八九十百千半\d])/;
/** Higher by a multiple, right after the figure or name compared with (高于后者五倍; 比后者多五倍, its 多 or 高 first). */
const BY_TIMES =
  /^\s*(?:(?:还|要)?\s*[多高]\s*)?([一二两三四五六七八九十]{1,3}|\d+(?:\.\d+)?)\s*倍(?:\s*以上)?(?!\s*(?:多|余|以下|以内|半))/;

/** A `by` multiple read at the start of `after`, with where it ends; none where the words are no such multiple. */
export function byTimes(after: string, more: boolean): { times: Times; end: number } | null {
  const m = BY_TIMES.exec(after);
  if (!m || (!more && !/[多高]/.test(m[0]))) return null;
  const n = multipleOf(m[1]);
  return Number.isFinite(n) ? { times: { n, bound: 'by' }, end: m[0].length } : null;
}

/** The words before the second figure, or between the names, that make the first a multiple or a part of it (是, 约为, 仅为, 相当于). */
export const IS_OF = /^[\s，,]*(?:(?:大约|约|仅|只)?\s*[是为]|相当于)/;

/**
 * The multiple (的两倍多, 的三四倍) or the part (的一半, 的三分之一: about that part, as a plain multiple is) said after the
 * second figure, with its length; null where its words are of one not read, undefined where none is said.
 */
export function multipleAfter(after: string): { times: Times; length: number } | null | undefined {
  const m = TIMES_ZH.exec(after);
  if (m) {
    const times = timesZh(m);
    return times ? { times, length: m[0].length } : null;
  }
  const part = partAfter(after);
  if (!part) return part;
  // A hedge after the part (一半以上, 三分之一多) is none read here.
  const length = partEnd(after, part);
  const hedged = /^\s*(?:多|以上|余|以下|以内|左右)/.test(after.slice(length));
  return hedged ? null : { times: { n: part.factor, bound: 'about' }, length };
}

/** A part or a multiple of the second figure said after it (的一半, 的四分之一, 的7%, 的3倍; not 的两倍多, whose bound is no factor). */
const PART_ZH =
  /^\s*的\s*(?:(一半)|([一二两三四五六七八九十]{1,3}|\d+)分之([一二两三四五六七八九十]{1,3}|\d+)|([一二两三四五六七八九十]{1,3}|\d+(?:\.\d+)?)\s*倍|(\d+(?:\.\d+)?)\s*[%％])(?!\s*(?:多|以上|余|半))/;

/** Where a part read at the start of `after` (partAfter) ends in it. */
export const partEnd = (after: string, part: Part): number => after.indexOf(part.words) + part.words.length;

/** The part or multiple PART_ZH reads at the start of `after`; none where the words are of a part it cannot read. */
export function partAfter(after: string): Part | null | undefined {
  if (!PART_AFTER.test(after)) return undefined;
  const m = PART_ZH.exec(after);
  if (!m) return null;
  const factor = m[1] ? 0.5 : m[2] ? multipleOf(m[3]) / multipleOf(m[2]) : m[5] ? Number(m[5]) / 100 : multipleOf(m[4]);
  return Number.isFinite(factor) && factor > 0 ? { factor, words: m[0].trim() } : null;
}

const HEDGES: Record<string, TimesBound> = {
  多: 'some',
  余: 'some',
  以上: 'more',
  以下: 'less',
  以内: 'less',
  不到: 'less',
  近: 'nearly',
  'more than': 'more',
  over: 'more',
};
const boundOf = (word: string | undefined): TimesBound =>
  word === undefined ? 'about' : (HEDGES[word] ?? (/nearly|almost/.test(word) ? 'nearly' : 'about'));

/** The number of a multiple or a part (三, 3.5, 十二); none for two numerals side by side (三五倍: three to five, a range). */
const multipleOf = (written: string): number =>
  /^[一二两三四五六七八九]{2}$/.test(written) ? Number.NaN : Number(readWrittenNumber(written) ?? Number.NaN);

/** Two numerals one apart (三四倍, 两三倍): between them, as N倍多. */
const ONE_APART = /^([一二两三四五六七八])([二三四五六七八九])$/;

/** A Chinese multiple's number and hedge; none where its number is none (三五倍). */
const timesZh = (m: RegExpExecArray): Times | null => {
  const apart = ONE_APART.exec(m[2]);
  if (apart && !m[3] && !m[4]) {
    const [low, high] = [readWrittenNumber(apart[1]), readWrittenNumber(apart[2])].map(Number);
    return high === low + 1 ? { n: low, bound: 'some' } : null;
  }
  const n = multipleOf(m[2]) + (m[3] ? 0.5 : 0);
  return Number.isFinite(n) ? { n, bound: boundOf(m[4] ?? m[1]) } : null;
};
/** A part said in English (about half of, a third of its …): a multiple below one. */
const PART_EN: Record<string, number> = { 'a third': 1 / 3, 'a quarter': 1 / 4 };
export const timesEn = (m: RegExpExecArray) => ({
  n:
    { twice: 2, double: 2, triple: 3, half: 0.5 }[m[2]] ??
    PART_EN[m[2].replace(/\s+/, ' ')] ??
    Number(/\d/.test(m[3]) ? m[3] : englishDecimal(m[3])),
  bound: boundOf(m[1]),
});
