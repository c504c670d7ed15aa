/**
 * The area a claimed figure is of, among the places its text names (src/routes/check/query.ts): a list's with 分别 or
 * respectively, the area right after it in its own English clause, the nearest name in its sentence, 全省, then a name
 * carried from a sentence before.
 */

import { CLAUSE_BREAK, nearest, type ReadText, type Span } from './claims.ts';
import type { WrittenFigure } from './figure.ts';
import { placeRightAfter, type WrittenPlace } from './places.ts';

/**
 * In its own sentence a name is stronger than 全省 (武威…高于全省目标 is Wuwei's), but not a name after the figure past a
 * clause break where 全省 stands before it (全省…到位资金5961.27亿元，同比增长41.78%，武威市…: the 41.78% is the province's),
 * nor a name of an earlier clause, with a figure of its own, where 全省 begins the figure's own (武威市…704件，而全省清欠…8.044亿元;
 * …, while the province cleared …; not 张掖市：省上转办10件, the province an agent). 全省 in its own sentence is stronger than a name carried from a sentence before (武威市…。全省省外到位资金… is
 * the province's). Carried, a name is stronger again: 位居全省前列 compares the area named before, it is not the subject.
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
  const whole = nearest(read, figure, province, { carry: false });
  const breaks = (from: number, to: number) => new RegExp(CLAUSE_BREAK.source).test(read.form.slice(from, to));
  if (name && whole && whole.end <= figure.start) {
    if (name.start >= figure.end && breaks(figure.end, name.start)) return whole;
    // …as the clause's subject, not where something is done in it (在全省…评价中两获贡献奖 is the name's).
    const subject = !/[在于从对向]$/u.test(read.form.slice(0, whole.start));
    const stated = read.figures.some((f) => f.start >= name.end && f.end <= whole.start);
    if (subject && stated && breaks(name.end, whole.start) && !breaks(whole.end, figure.start)) return whole;
  }
  return name ?? whole ?? nearest(read, figure, named) ?? nearest(read, figure, province);
}
