/**
 * Ranges as a text writes them (3-5个, 1900万至2000万人次, 19 to 20 million, between 19 and 20 million): not
 * read, rather than each end read as a figure of its own and judged against a record within it. Read by
 * src/domain/numbers.ts.
 */

import { LOWER_PART } from './magnitudes.ts';
import { CHINESE_DIGITS } from './numerals.ts';
import type { WrittenPeriod } from './written-periods.ts';

/** A range's first end: digits, or a run of numerals from its start only (each start of a long run tried was cubic), at most 24. */
const FIRST = `(?:(?<![\\d.])\\d+(?:\\.\\d+)?|(?<![${CHINESE_DIGITS}])[${CHINESE_DIGITS}]{1,24})`;
const END = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_DIGITS}]{1,24})`;
const RANGE = new RegExp(
  // Both ends of one kind (万 and 万, % and %, or neither: 增长50.38%至429.49亿元 is a rise and a level), joined
  // by a hyphen with no space about it (not "2023 – 29.6 million"), 至, 到, ~ or "to"; not from one to another. An end
  // written in two (1亿3千万) has its lower part (src/domain/magnitudes.ts) after its magnitude.
  `(?<![\\d.])(?<!从|\\bfrom\\s*)(?:\\bbetween\\s+(${FIRST})([万亿%]?)\\s*\\band\\b\\s*${END}\\2|(${FIRST})([万亿%]?)(?:${LOWER_PART})?(?:[-–~～]|\\s*(?:[至到]|\\bto\\b)\\s*)(${END})\\4(?:${LOWER_PART})?)(?![\\d.])`,
  'gu',
);
/** A level's marks after the second end: a decimal, or a magnitude (4.29 billion, 429亿). */
const LEVEL_AFTER = /^\s*(?:[万亿]|thousand|million|billion|trillion|bn|mn)\b/u;

/**
 * The spans of a text's ranges. A year then "to" a level is none (rose 50.38% in 2023 to 4.29 billion: the
 * year is a period, the level a figure): its first end is a period the text gives, and its second is no
 * period and writes a decimal or a magnitude; not a year span (2021至2023年) nor a count (2000 to 3,565 households).
 */
export function rangesOf(text: string, periods: readonly WrittenPeriod[]): { start: number; end: number }[] {
  const dated = (start: number, end: number) => periods.some((p) => p.start <= start && end <= p.end);
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(RANGE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const [first, second] = [m[3], m[5]];
    const secondStart = end - (second?.length ?? 0);
    const yearThenLevel =
      first !== undefined &&
      !/[-–~～]/.test(m[0]) &&
      dated(start, start + first.length) &&
      !dated(secondStart, end) &&
      (second.includes('.') || LEVEL_AFTER.test(text.slice(end)));
    if (!yearThenLevel) spans.push({ start, end });
  }
  return spans;
}
