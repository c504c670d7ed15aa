/**
 * A passage's Simplified reading as the build derives it: the article's known damage repaired
 * (data/repairs.json), the reviewed readings of characters the converter gets wrong applied
 * (data/readings.json), and the rest converted (src/domain/chinese.ts). Both are spans of the
 * article that replace what they cover, so they go through toSimplifiedReading alike.
 */
import { readingSpans, toSimplifiedReading } from '../src/domain/chinese.ts';
import { codePointsOf, lineAround, type PassageRecord, type SeedData } from './records.ts';

export function passageReading(data: Pick<SeedData, 'repairs' | 'readings' | 'articles'>, passage: PassageRecord): string {
  const spans = readingSpans(
    data.repairs.filter((r) => r.source === passage.source),
    data.readings.filter((r) => r.source === passage.source),
  );
  // Its article's line up to it, by which a layout break in it is judged (a passage may start inside a line).
  const chars = codePointsOf(data.articles.get(passage.source) ?? '');
  const line = lineAround(chars, Math.min(passage.start, chars.length));
  return toSimplifiedReading(passage.text, passage.start, spans, chars.slice(line.start, passage.start).join(''));
}

/**
 * A passage's reading, or why it has none: a passage that cuts through a repair or an override is the
 * data's problem, reported as such (seed/verify.ts), not a stack trace that stops the checks. Any
 * other error is the code's, and is thrown.
 */
export function readingOrCut(
  data: Pick<SeedData, 'repairs' | 'readings' | 'articles'>,
  passage: PassageRecord,
): { reading: string; cut?: undefined } | { reading?: undefined; cut: string } {
  try {
    return { reading: passageReading(data, passage) };
  } catch (error) {
    const { message } = error as Error;
    if (/straddles/.test(message)) return { cut: message };
    throw error;
  }
}

/** A passage's reading, or undefined for one that cuts through a repair or an override (readingOrCut). */
export const wholeReading = (data: Pick<SeedData, 'repairs' | 'readings' | 'articles'>, passage: PassageRecord): string | undefined =>
  readingOrCut(data, passage).reading;
