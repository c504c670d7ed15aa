/**
 * The period a claimed figure is of, read from the text around it (src/domain/claims.ts reads the text): the period
 * its sentence names nearest it, one written right after it as English writes one, or one that frames its paragraph.
 */
import { CLAUSE_BREAK, nearest, type ReadText, type Span, sentenceOf, spans, within } from './claims.ts';
import { comparingAt } from './comparisons.ts';
import type { WrittenFigure } from './numbers.ts';
import { THIS_YEAR } from './unnamed-years.ts';
import type { WrittenPeriod } from './written-periods.ts';

/**
 * The period of a figure: the one its sentence names nearest it, else one that opens its paragraph
 * (framing the sentences after it about the same area, not one that names an area of its own). Not a
 * period written after the figure past another area's name, which is that area's (…234.48亿元，武威市2023年…),
 * nor one that opens a later clause's figure (ofLaterFigure). `borrowed` where the period stands in another area's
 * words before the figure (ofAnotherArea).
 */
export function periodOfFigure(
  read: ReadText,
  figure: WrittenFigure,
  places: readonly (Span & { slug: string })[],
  /** The figure's area as read (src/routes/check/query.ts), where named. */
  area?: Span & { slug: string },
): { code: string; borrowed: boolean } | null {
  const ownPlace = nearest(read, figure, places, { carry: false });
  const right = rightAfter(read, figure);
  if (right) return { code: right.code, borrowed: false };
  const framed = nearest(read, figure, read.frames, { carry: !ownPlace });
  if (!framed) return null;
  const after = framed.start >= figure.end;
  const others = after && (places.some((p) => p.start >= figure.end && p.end <= framed.start) || ofLaterFigure(read, figure, framed));
  if (others) return null;
  return { code: inThisYear(read, figure, framed) ?? framed.code, borrowed: ofAnotherArea(read, figure, places, framed, area) };
}

/** This year said whole: not a part of it (今年一季度, 今年上半年, 今年3月, the first quarter of this year), which is no year's figure. */
const WHOLE_THIS_YEAR = new RegExp(
  `(?<!\\b(?:quarters?|half|months?)\\s+of\\s+)(?:${THIS_YEAR.source})(?!\\s*(?:[一二三四五六七八九十\\d前上下首第]|'s\\s+(?:first|second|third|fourth|q[1-4])))`,
);

/**
 * This year in the figure's own clause before it, after a day, month or quarter named before (2021年3月16日，…，今年计划完成投资
 * 280亿元): the figure's period is that one's year, not its part of it. Undefined otherwise.
 */
function inThisYear(read: ReadText, figure: WrittenFigure, period: WrittenPeriod): string | undefined {
  const year = /^(\d{4})-[^/]+$/.exec(period.code)?.[1];
  if (!year || period.end > figure.start) return undefined;
  const sentence = sentenceOf(read, figure);
  const clause = spans(read.form, CLAUSE_BREAK, sentence.start, sentence.end).find((c) => within(c, figure));
  return clause && WHOLE_THIS_YEAR.test(read.form.slice(clause.start, figure.start)) ? year : undefined;
}

/** Words that carry a period named before onto what follows (当年, 同年, 同期, 其中, that year, the same period, of which). */
const SAME_PERIOD = /当年|同年|同期|其中|\b(?:that|the same)\s+(?:year|period|quarter|month)\b|\bof which\b/;

/**
 * Whether a period before a figure in its sentence stands in another area's words: after that area's name, with the
 * figure's own area (`area`, as the claim is read) named after the period (武威市2023年…429.49亿元，高于张掖市…234.48亿元: 2023
 * is Wuwei's). A record of the figure's area that states no period may then answer it as well (src/routes/check/query.ts).
 * Not a period that opens the sentence before every area (2023年，武威市…，张掖市…), nor one after the figure's own area,
 * nor where its area is the one named before the period and another is named between (武威市2023年…，全省领先，…).
 */
function ofAnotherArea(
  read: ReadText,
  figure: WrittenFigure,
  places: readonly (Span & { slug: string })[],
  period: Span,
  area: (Span & { slug: string }) | undefined,
): boolean {
  const sentence = sentenceOf(read, figure);
  if (!area || !within(sentence, area) || area.start < period.end || area.end > figure.start) return false;
  // Words that give it the period before (当年, 同期, 其中, that year, of which) say the period is the figure's too.
  if (SAME_PERIOD.test(read.form.slice(period.end, figure.start))) return false;
  // The last area named before the period in the sentence (none for one carried from the paragraph).
  const other = places.filter((s) => within(sentence, s) && s.end <= period.start).at(-1);
  return other !== undefined && other.slug !== area.slug;
}

/**
 * A period written right after a figure, as English writes one (…grew 68.1% in Q1 2021), where the one before it in the
 * sentence is another figure's (Wuwei received 19.6 million tourist visits in 2023 and Jiuquan's funds in place grew
 * 68.1% in Q1 2021): the figure's own, where the nearest rule would carry the first clause's year onto it.
 */
function rightAfter(read: ReadText, figure: WrittenFigure): WrittenPeriod | undefined {
  const sentence = sentenceOf(read, figure);
  const after = read.frames.find((p) => within(sentence, p) && p.start >= figure.end);
  // …in its own clause, in English, after in, during or for: past what it measures, if at all (19.6 million tourist visits
  // in 2023), not a break or a figure; not a period compared with (grew 88.47% over 2022, on 2022), nor a date it is as of.
  const gap = after && read.form.slice(figure.end, after.start);
  if (!after || gap === undefined || gap.length > 80 || /[^\x20-\x7e]|[,;\d]|\b(?:and|while|whereas|but)\b/.test(gap)) return undefined;
  const stated = `${gap}${read.form.slice(after.start, after.end)}`;
  if (!/\b(?:in|during|for)\s+(?:the\s+)?(?:first|second|third|fourth|q\d|\d{4}|[a-z]+\s+\d{4})/.test(stated.slice(-40))) return undefined;
  const before = read.frames.filter((p) => within(sentence, p) && p.end <= figure.start).at(-1);
  // …past a clause's end (and, while, a comma) and another figure: that one's. Of another year than it: a period within
  // its year (5 days in October 2023, after In 2023) narrows what the record answers, which the year does not.
  const between = before ? read.form.slice(before.end, figure.start) : '';
  const otherFigure = before && read.figures.some((f) => f !== figure && f.start >= sentence.start && f.end <= figure.start);
  const otherYear = before && before.code.slice(0, 4) !== after.code.slice(0, 4);
  // Words that compare the two (…42.949 billion yuan were more than Jiuquan's 93.2 billion yuan of … in 2021) end a clause too.
  const parted = /\b(?:and|while|whereas|but)\b|[,;，；]/.test(between) || comparingAt(between) >= 0;
  return otherFigure && otherYear && parted ? after : undefined;
}

/**
 * Whether `span`, after `figure` in its sentence, opens a later clause's figure: then it is that figure's
 * (总投资230.6亿元,2023年度投资120.2亿元: the year is the 120.2's, not the 230.6's). Not one after the later
 * figure (42.949 billion yuan, up 50.38 percent in 2023: the year is both's), nor one in the figure's own clause.
 */
function ofLaterFigure(read: ReadText, figure: WrittenFigure, span: Span): boolean {
  if (span.start < figure.end) return false;
  const sentence = sentenceOf(read, figure);
  const clause = spans(read.form, CLAUSE_BREAK, sentence.start, sentence.end).find((c) => c.start <= span.start && span.start < c.end);
  return clause !== undefined && clause.start >= figure.end && read.figures.some((f) => within(clause, f) && f.start >= span.end);
}
