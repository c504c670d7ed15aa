/**
 * The area a claimed figure is of, among the places its text names (src/routes/check/query.ts): a list's with 分别 or
 * respectively, the area right after it in its own English clause, the nearest name in its sentence, 全省, then a name
 * carried from a sentence before.
 */

import { CLAUSE_BREAK, nearest, type ReadText, type Span, spans } from './claims.ts';
import type { WrittenFigure } from './figure.ts';
import { placeRightAfter, type WrittenPlace } from './places.ts';
import { provinceFigureAt } from './province.ts';

/**
 * In its own sentence a name is stronger than 全省 (武威…高于全省目标 is Wuwei's), but not a name after the figure past a
 * clause break where 全省 stands before it (全省…到位资金5961.27亿元，同比增长41.78%，武威市…: the 41.78% is the province's),
 * nor a name of an earlier clause, with a figure of its own, where 全省 opens a later one before the figure, its own or one
 * before it (武威市…704件，而全省清欠…8.044亿元; 武威市…，全省…185.2亿元，增长25%; …, while the province cleared …; not
 * 张掖市：省上转办10件, the province an agent): each only where 全省 opens its clause. 全省 in its own sentence is stronger
 * than a name carried from a sentence before (武威市…。全省省外到位资金… is the province's). Carried, a name is stronger
 * again: 位居全省前列 compares the area named before, it is not the subject.
 */
export function figureArea<P extends WrittenPlace>(
  read: ReadText,
  figure: WrittenFigure,
  sentence: Span,
  { paired, named, province }: { paired?: P; named: readonly P[]; province: readonly P[] },
): P | undefined {
  if (paired) return paired;
  const rightAfter = placeRightAfter(read.form, figure, named, sentence);
  if (rightAfter) return rightAfter;
  const name = nearest(read, figure, named, { carry: false });
  // The province a comparison names with a figure of its own is the area of that figure and those after it, of no figure
  // before it (武威市…。2023年省外到位资金增长46.75%，高于全省…41.78%: the 46.75% is Wuwei's, carried: rev30).
  const provinces = province.filter((p) => (provinceFigureAt(read.form, p) ?? 0) <= figure.start);
  const whole = nearest(read, figure, provinces, { carry: false });
  const breaks = (from: number, to: number) => BREAK.test(read.form.slice(from, to));
  // A comparison naming it with a figure of its own gives it that figure and those after it in its clause (the filter
  // above keeps it only for them), up to another name (高于全省…107.1%; than the province's 99.84%; 低于全省4452个…5961.27亿元).
  if (
    whole &&
    provinceFigureAt(read.form, whole) !== undefined &&
    !breaks(whole.end, figure.start) &&
    !(name && name.start > whole.end && name.end <= figure.start)
  )
    return whole;
  // …where 全省 opens its clause, as its subject: not an object (落实全省措施) nor where something is done (在全省…评价中两获).
  if (name && whole && whole.end <= figure.start && opensClause(read, whole, sentence)) {
    if (name.start >= figure.end && breaks(figure.end, name.start)) return whole;
    const stated = read.figures.some((f) => f.start >= name.end && f.end <= whole.start);
    if (stated && breaks(name.end, whole.start)) return whole;
  }
  return name ?? whole ?? nearest(read, figure, named) ?? nearest(read, figure, provinces);
}

/** Words that may stand before a clause's subject: a conjunction, or a preposition of the period (blanked before this is read). */
const BEFORE_SUBJECT =
  /^[\s,，;；、]*(?:而|但|同时|此外|另外|while|whereas|and|but|in|by|during|as of|across|throughout|all over)?[\s,，]*$/iu;
/** A clause break, read once (CLAUSE_BREAK is global, for matchAll). */
const BREAK = new RegExp(CLAUSE_BREAK.source);

/** Whether `place` opens its clause in `sentence`: nothing before it there but a conjunction or the clause's period. */
function opensClause(read: ReadText, place: Span, sentence: Span): boolean {
  const clause = spans(read.form, CLAUSE_BREAK, sentence.start, sentence.end).find((c) => c.start <= place.start && place.start < c.end);
  if (!clause) return false;
  // The clause's words before it, its periods blanked where they stand.
  const before = read.form.slice(clause.start, place.start).split('');
  for (const p of read.periods)
    if (p.start >= clause.start && p.end <= place.start) before.fill(' ', p.start - clause.start, p.end - clause.start);
  return BEFORE_SUBJECT.test(before.join(''));
}
