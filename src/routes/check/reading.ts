/**
 * A text read once for all the figures /check judges in it (src/routes/check/query.ts): its places,
 * measure words and each sentence's terms, kept so that a sentence of many figures is read once.
 */
import type { ReadText } from '../../domain/claims.ts';
import { termsOf } from '../../domain/measures.ts';
import type { WrittenPlace } from '../../domain/places.ts';
import type { Candidate } from './measure.ts';

/**
 * A text read once for all its figures: its places, its measure words, the search index's answers so
 * far, by area and term, and each sentence's terms (a sentence of many figures is read once, not once
 * a figure), by the sentence's span.
 */
export type Reading = {
  read: ReadText;
  named: WrittenPlace[];
  province: WrittenPlace[];
  blanked: string;
  hits: Map<string, Set<string>>;
  sentences?: Map<string, { said: Set<string>; saidWhole: Set<string> }>;
  /** The records asked for so far, by area, units and period (src/routes/check/measure.ts). */
  candidates?: Map<string, Candidate[]>;
};

/** A sentence's terms with its places blanked (`said`), and as written, a scope's words run into a place's name (`saidWhole`). */
export function sentenceTerms(reading: Reading, sentence: { start: number; end: number }) {
  reading.sentences ??= new Map();
  const key = `${sentence.start}:${sentence.end}`;
  let terms = reading.sentences.get(key);
  if (!terms) {
    const of = (text: string) => new Set(termsOf(text.slice(sentence.start, sentence.end)).map((t) => t.term));
    terms = { said: of(reading.blanked), saidWhole: of(reading.read.form) };
    reading.sentences.set(key, terms);
  }
  return terms;
}
