/**
 * Claims: a text read for the figures it states, each with the sentence, period and words around
 * it, and a claimed figure judged against a recorded one. Exact: both figures are decimal strings
 * scaled by src/domain/units.ts, the code the seed's base values come from, never floating point.
 */

import { boundedVerdict, someEnd } from './bounds.ts';
import { doublings } from './changes.ts';
import { toReadingForm } from './chinese.ts';
import { rankWords } from './counted.ts';
import { MONTH_DAY_ZH } from './date-words.ts';
import { ALL_OF_IT, addPower, compareDecimals, precisionOf, scaleDecimal, significand, withinHalfUnit } from './decimals.ts';
import { boundDirection, boundHoldsItsNumber, type Hedge } from './hedges.ts';
import { quotedNames, readFigures, type WrittenFigure, withoutCitations } from './numbers.ts';
import { readWrittenNumber } from './numerals.ts';
import { readPlaces, type WrittenPlace } from './places.ts';
import { SENTENCE_STOP } from './sentences.ts';
import { normalizeMagnitude, type Unit } from './units.ts';
import { comparedWith, readPeriods, type WrittenPeriod } from './written-periods.ts';

/** Best first: how well each holds the record compared is read from this order (holdOf). */
export const VERDICTS = ['supported', 'rounded', 'contradicted', 'not_found'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How well a verdict holds the record compared, from VERDICTS' order: supported 2, rounded 1, contradicted 0, not_found -1. */
export const holdOf = (verdict: Verdict): number => VERDICTS.length - 2 - VERDICTS.indexOf(verdict);

export type Span = { start: number; end: number };

/** A text read: its reading form, its figures and periods, its sentences and paragraphs (UTF-16 indexes). */
export type ReadText = {
  form: string;
  figures: WrittenFigure[];
  /** The areas it names (none when read without their names). */
  places: WrittenPlace[];
  /** Every period the text names (none of their digits is a figure). */
  periods: WrittenPeriod[];
  /** The periods its figures may be of: not one compared with (较2022年, than in 2022). */
  frames: WrittenPeriod[];
  sentences: Span[];
  paragraphs: Span[];
};

/** Sentence ends (SENTENCE_STOP: 429.49 and Building No. 2 end none). */
const SENTENCE_END = new RegExp(SENTENCE_STOP.source, 'g');
/** Clause breaks within a sentence: a comma between digits (42,949) is none; in English, 'with' begins a clause. */
export const CLAUSE_BREAK = /[、：:]|,(?!\d)|(?<!\d),|\bwith\b/g;

export function spans(text: string, breaks: RegExp, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(breaks)) {
    const end = from + (m.index ?? 0) + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/** A text read; `placeNames` (reading form → slug, src/domain/places.ts) lets a year after an area's name be read as one. */
export function readText(text: string, placeNames: ReadonlyMap<string, string> = new Map()): ReadText {
  const form = withoutCitations(toReadingForm(text));
  const places = readPlaces(form, placeNames);
  const periods = readPeriods(
    form,
    places.map((p) => p.end),
  );
  const names = quotedNames(text, form);
  return {
    form,
    places,
    periods,
    frames: periods.filter((p) => !comparedWith(form, p.start)),
    figures: withRanks(readFigures(form, periods), [...rankWords(form), ...doublings(form)]).filter(
      (f) => !names.some((n) => within(n, f) && (f.start > n.start + 1 || f.end < n.end - 1)),
    ),
    sentences: spans(form, SENTENCE_END),
    paragraphs: spans(form, /\n\s*\n/g),
  };
}

/** A text's figures with its ranks and doublings in words among them; a number read already as a plain figure (ranked 2, ranked No 1) stays that. */
const withRanks = (figures: WrittenFigure[], ranks: WrittenFigure[]) =>
  [...figures, ...ranks.filter((r) => !figures.some((f) => f.numberStart < r.numberEnd && r.numberStart < f.numberEnd))].sort(
    (a, b) => a.start - b.start,
  );

export const within = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Of some spans (places, periods), the one a figure belongs to: in its own sentence the nearest
 * before it, else the nearest after it; else, unless `carry` is false, the last one before its
 * sentence in its paragraph (as a time phrase opening a paragraph frames it: docs/CURATION.md, "Periods").
 */
export function nearest<T extends Span>(
  read: ReadText,
  figure: WrittenFigure,
  candidates: readonly T[],
  { carry = true } = {},
): T | undefined {
  const sentence = read.sentences.find((s) => within(s, figure)) ?? { start: figure.start, end: figure.end };
  const paragraph = read.paragraphs.find((p) => within(p, sentence)) ?? sentence;
  const inSentence = candidates.filter((c) => within(sentence, c));
  const before = inSentence.filter((c) => c.end <= figure.start).at(-1);
  if (before) return before;
  const after = inSentence.find((c) => c.start >= figure.end);
  if (after) return after;
  if (!carry) return undefined;
  return candidates.filter((c) => c.end <= sentence.start && c.start >= paragraph.start).at(-1);
}

/** The reading form with every figure, period, month or day and place blanked out: what is left says what the figures measure. */
export function blankedForm(read: ReadText, places: readonly Span[]): string {
  // Blanked by UTF-16 index: the text keeps its length, so every span stays where it was.
  const units = read.form.split('');
  // A month or a day without its year (三月十六日) is no measure's word, in numerals as in digits.
  const dates = [...read.form.matchAll(MONTH_DAY_ZH)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const s of [...read.figures, ...read.periods, ...dates, ...places]) for (let k = s.start; k < s.end; k++) units[k] = ' ';
  return units.join('');
}

/** A party something is done with, first in a 'with' phrase (with investors from outside the province, with firms). */
const WITH_PARTY = /^\s*(?:[a-z-]+\s+){0,2}?(?:investors?|companies|company|enterprises?|firms?|businesses|partners?|merchants?)\b/;

/**
 * The clause a figure stands in, within its sentence: between clause breaks, with a 'with' phrase after it joined to it where
 * it names whom the figure's act was done with and has no figure of its own (1.02 trillion yuan of deals with investors from
 * outside the province); not a phrase of another measure (grew 50.38% with out-of-province funds rising too) or figure (360
 * projects with a total investment of 95.8 billion yuan).
 */
export function clauseOf(
  read: ReadText,
  sentence: Span,
  figure: Span,
  clauses: readonly Span[] = spans(read.form, CLAUSE_BREAK, sentence.start, sentence.end),
): Span {
  const k = clauses.findIndex((c) => c.start <= figure.start && figure.start < c.end);
  if (k < 0) return sentence;
  const next = clauses[k + 1];
  const joined =
    next !== undefined &&
    /\bwith$/.test(read.form.slice(clauses[k].start, clauses[k].end).trimEnd()) &&
    WITH_PARTY.test(read.form.slice(next.start, next.end)) &&
    !read.figures.some((f) => within(next, f));
  return { start: clauses[k].start, end: joined ? next.end : clauses[k].end };
}

/** The sentence a figure stands in (the whole text where none is read). */
export const sentenceOf = (read: ReadText, figure: Span): Span =>
  read.sentences.find((s) => within(s, figure)) ?? { start: 0, end: read.form.length };

/**
 * A figure in base units, the power of ten of its last significant digit, the hedge written with it
 * (none: exact), and whether that hedge is a bound the text sets (超过, more than; not 余).
 */
export type Figure = { base: string; precision: number; qualifier?: Hedge | null; bound?: boolean; range?: number | null; short?: boolean };

/** A claim of a record's own number without the record's hedge (4000万 of 4000多万): the record rounded, not the record. */
export const hedgeLeftOut = (claimed: Figure, recorded: Figure) =>
  compareDecimals(claimed.base, recorded.base) === 0 && boundDirection(recorded.qualifier) !== null;

/**
 * Whether a claim is judged as a bound: it sets one (more than, at least, less than), and the record
 * is a value, or a bound pointing the same way (超过4000 of a recorded 5000余: the record is past it).
 */
export function judgedAsBound(claimed: Figure, recorded: Figure): boolean {
  const way = boundDirection(claimed.qualifier);
  if (!claimed.bound || way === null) return false;
  const recordedWay = boundDirection(recorded.qualifier);
  return recordedWay === null || recordedWay === way;
}

/**
 * Whether a claim is judged as a range: 余 or 多 (1900多万, the number and some, short of 2000万),
 * against any record but an approximate one (约2000万 is compared by rounding, as written).
 */
export function judgedAsSome(claimed: Figure, recorded: Figure): boolean {
  return claimed.range !== null && claimed.range !== undefined && recorded.qualifier !== 'approx';
}

/**
 * A recorded figure (value_text, unit_zh and unit as the seed holds them), read as the seed reads it; null if it
 * cannot be. `some`: its quote writes 余 or 多 after the number (5000余场次), the range a claim's would be
 * (src/routes/check/measure.ts reads it).
 */
export function recordedFigure(record: {
  value_text: string;
  unit_zh: string;
  unit: Unit;
  qualifier?: Hedge;
  some?: boolean;
}): Figure | null {
  const decimal = readWrittenNumber(record.value_text);
  const normalized = normalizeMagnitude(record.unit_zh, record.unit);
  if (decimal === null || 'error' in normalized) return null;
  const chinese = !/^\d/.test(record.value_text);
  const base = scaleDecimal(decimal, normalized.exponent);
  // A share of 100% is all of it (网上可办率100%), not a number rounded to the nearest percent: as exact as a claim's digits.
  const all = record.unit === 'percent' && compareDecimals(base, '100') === 0;
  return {
    base,
    precision: all ? ALL_OF_IT : precisionOf(decimal, normalized.exponent, { roundNumber: chinese }),
    qualifier: record.qualifier ?? null,
    range: record.some ? precisionOf(decimal, normalized.exponent, { roundNumber: true }) : null,
  };
}

/**
 * A claimed figure against a recorded one: supported when they are the same number; rounded when
 * one is the other rounded at the coarser of their precisions (约429亿元 or 42.9 billion against
 * 429.49亿元, or a claim more precise than a record that is itself rounded); else contradicted. A
 * claim of a bound (more than 20 million) against a recorded value is supported when the value is
 * within the bound and contradicted when not: no rounding makes 19,623,000 more than 20 million. A
 * claim of 余 or 多 is supported by a recorded figure within its range, and contradicted by one
 * outside it (a recorded 80万余 is no 100多万). A claim of exactly a number (exactly, 正好) is held to it:
 * contradicted by any other exact value, and by a record of more or less than that number; a plain
 * claim of it is rounded (4000万 of 4000多万), and a bound the other way (不到5000 of 5000余) contradicted.
 */
export function judge(claimed: Figure, recorded: Figure): Exclude<Verdict, 'not_found'> {
  // A record that is a bound or a range (5000余, 以上) is judged by what it holds; left open, by the rules below,
  // and set aside by the caller (src/routes/check/query.ts).
  const bounded = boundedVerdict(claimed, recorded);
  if (bounded === 'supported' || bounded === 'contradicted') return bounded;
  if (claimed.qualifier === 'exact') {
    const same = compareDecimals(claimed.base, recorded.base) === 0;
    // Exactly 5000 is not 5000余 (more than 5000); no rounding makes 1962.3万 exactly 19.6 million.
    if (same && (recorded.qualifier === 'more_than' || recorded.qualifier === 'less_than')) return 'contradicted';
    if (!same && (recorded.qualifier === null || recorded.qualifier === 'exact')) return 'contradicted';
  }
  if (judgedAsSome(claimed, recorded)) {
    // From the number (itself included) away from zero, short of the end: a recorded 5000余 of a claimed 5000余 holds.
    const away = claimed.base.startsWith('-') ? -1 : 1;
    const within = compareDecimals(recorded.base, claimed.base) * away >= 0 && compareDecimals(recorded.base, someEnd(claimed)) * away < 0;
    return within ? 'supported' : 'contradicted';
  }
  if (judgedAsBound(claimed, recorded)) {
    // How far past the claimed bound the record lies, in the bound's direction: a recorded value must be
    // past it (at it, for at least); a recorded bound the same way may stand at it.
    const past = compareDecimals(recorded.base, claimed.base) * (boundDirection(claimed.qualifier) === 'up' ? 1 : -1);
    const recordedBound = boundDirection(recorded.qualifier) !== null;
    if (past > 0 || (past === 0 && (boundHoldsItsNumber(claimed.qualifier) || recordedBound))) return 'supported';
    if (!recordedBound) return 'contradicted';
  }
  // A bound the other way from a recorded bound that starts at or past it (fewer than 5000 of 5000余): no value is both.
  const [claimedWay, recordedWay] = [claimed.bound ? boundDirection(claimed.qualifier) : null, boundDirection(recorded.qualifier)];
  const beyond = compareDecimals(recorded.base, claimed.base) * (claimedWay === 'down' ? 1 : -1);
  if (claimedWay && recordedWay && claimedWay !== recordedWay && beyond >= 0) return 'contradicted';
  if (compareDecimals(claimed.base, recorded.base) === 0) return hedgeLeftOut(claimed, recorded) ? 'rounded' : 'supported';
  // Nearly 5500 is short of it: a recorded 5527 is past it, however it rounds.
  const past = compareDecimals(recorded.base, claimed.base) > 0 && (recorded.qualifier ?? 'exact') === 'exact';
  if (claimed.short && past) return 'contradicted';
  if (withinHalfUnit(claimed.base, recorded.base, Math.max(claimed.precision, recorded.precision))) return 'rounded';
  // Nearly 805 million of 804.4 million: short of the number by less than its last digit. Not of a number of one
  // significant digit (近万, nearly 50 billion): a value short of it by as much as that digit's unit rounds to another
  // number (1796 is not nearly 10,000, nor 42.949 billion nearly 50 billion); one that rounds to it was rounded above.
  const shortBy =
    compareDecimals(recorded.base, claimed.base) < 0 && compareDecimals(addPower(recorded.base, claimed.precision), claimed.base) >= 0;
  return claimed.short && shortBy && significand(claimed.base).digits.length > 1 ? 'rounded' : 'contradicted';
}

/**
 * When a claim differs from the record only by a power of ten (429.49万元 for 429.49亿元), that
 * power (claimed over recorded: -4 there); else null.
 */
export function magnitudeSlip(claimed: string, recorded: string): number | null {
  const a = significand(claimed);
  const b = significand(recorded);
  if (a.digits === '' || a.digits !== b.digits || claimed.startsWith('-') !== recorded.startsWith('-')) return null;
  return a.exponent === b.exponent ? null : a.exponent - b.exponent;
}

/** How many significant digits a figure was written with, a whole number's trailing zeros not counted: 42.949 billion five, 19.6 million three, 100% one. */
export function writtenDigits({ base, precision }: Figure): number {
  const { digits, exponent } = significand(base);
  // The last digit counted: the precision written, or a whole number's last non-zero digit (100: its 1).
  const last = base.includes('.') ? precision : Math.max(precision, exponent);
  return exponent + digits.length - last;
}

/** How far apart two figures are, relative to the recorded one: for ordering only, never shown. */
export function distance(claimed: string, recorded: string): number {
  return Math.abs(Number(claimed) - Number(recorded)) / Math.max(Math.abs(Number(recorded)), Number.MIN_VALUE);
}
