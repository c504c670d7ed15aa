/**
 * The words that say what a figure of a text measures: its own clause and the clauses of its sentence
 * before it, read from the text with every figure, period and place blanked out (claims.ts, blankedForm).
 */

import { CHANGE_WORDS, FALL_ZH } from './changes.ts';
import { CLAUSE_BREAK, clauseOf, type ReadText, type Span, sentenceOf, spans, within } from './claims.ts';
import { comparingAt, comparingWords } from './comparisons.ts';
import type { WrittenFigure } from './figure.ts';
import { termsOf } from './measures.ts';
import type { WrittenPlace } from './places.ts';

/**
 * What says where a figure's statement begins (newSubjectAt): the places that may be subjects, the figure's area as read,
 * and which terms are some measure's words (every term, where not said).
 */
type Statement = { subjects: readonly WrittenPlace[]; area?: WrittenPlace; measureWord?: (term: string) => boolean };

/** How far from a figure its measure words are looked for, in UTF-16 units: a measure is named near its figure. */
const MEASURE_REACH = 48;

/**
 * The words that say what a figure measures: its own clause, and the clauses of its sentence before
 * it (其中, the subject), from `blanked` (blankedForm), each within MEASURE_REACH of the figure; and the
 * words naming the set it counts a part of, where the text names one (X中Y N; …，其中Y N), else none.
 */
export function measureWords(
  read: ReadText,
  blanked: string,
  figure: WrittenFigure,
  statement: Statement = { subjects: [] },
): { own: string; before: string; set?: string; from: number } {
  const sentence = sentenceOf(read, figure);
  const said = measureWordsOf(read, blanked, figure, sentence, statement);
  return { ...said, from: said.from ?? sentence.start };
}

function measureWordsOf(
  read: ReadText,
  blanked: string,
  figure: WrittenFigure,
  sentence: Span,
  statement: Statement,
): { own: string; before: string; set?: string; from?: number } {
  // 分别 (respectively): the figures listed after it measure, in order, what the figures before it in
  // the sentence measure, as the words between 分别 and the list say (…1962.3万人次,…123.1亿元,分别增长98.28%、115.96%).
  const respectively = read.form.lastIndexOf('分别', figure.start);
  if (respectively >= sentence.start) {
    const inSentence = read.figures.filter((f) => within(sentence, f));
    const listed = inSentence.filter((f) => f.start > respectively);
    const said = inSentence.filter((f) => f.end <= respectively);
    const k = listed.indexOf(figure);
    if (k >= 0 && listed.length > 1 && listed.length === said.length) {
      // The partner's area is its own, not this figure's.
      const partner = measureWordsOf(read, blanked, said[k], sentence, { subjects: statement.subjects });
      return { own: `${partner.own} ${blanked.slice(respectively, listed[0].start)}`, before: partner.before };
    }
    // With no figure before it, the measures are listed before 分别 instead (接待游客和旅游综合收入分别增长98.28%和115.96%).
    if (k >= 0 && listed.length > 1 && said.length === 0) {
      // The last names before 分别, as many as the figures: what comes before them is the subject.
      const names = listedNames(blanked.slice(sentence.start, respectively), /以及|和|与|及|、|,|;|:/);
      if (names.length >= listed.length)
        return { own: `${names[names.length - listed.length + k]} ${blanked.slice(respectively, listed[0].start)}`, before: '' };
    }
  }
  // "respectively" after a list of figures: they measure, in order, what the figures before the list measure
  // (19.62 million tourist visits and 12.31 billion yuan of tourism revenue, up 98.28% and 115.96% respectively).
  const after = read.form.slice(figure.end, sentence.end).search(/\brespectively\b/);
  if (after >= 0) {
    const end = figure.end + after;
    const before = read.figures.filter((f) => within(sentence, f) && f.end <= end);
    const run = before.slice(-1);
    for (let i = before.length - 2; i >= 0 && /^\s*(,|and|,\s*and)\s*$/.test(read.form.slice(before[i].end, run[0].start)); i--)
      run.unshift(before[i]);
    const said = before.filter((f) => f.end <= run[0].start);
    const k = run.indexOf(figure);
    if (k >= 0 && run.length > 1 && said.length === run.length) {
      // English names a measure after its number: the partner's words run to the next figure (… tourist visits and).
      const partner = blanked.slice(said[k].end, k + 1 < said.length ? said[k + 1].start : run[0].start);
      const clauseStart = Math.max(said[said.length - 1].end, read.form.lastIndexOf(',', run[0].start) + 1);
      return { own: `${partner} ${blanked.slice(clauseStart, run[0].start)}`, before: blanked.slice(sentence.start, said[0].start) };
    }
    // With no figure before the list, the measures are listed before it instead (tourist visits and tourism revenue grew …).
    if (k >= 0 && run.length > 1 && said.length === 0) {
      const words = blanked.slice(sentence.start, run[0].start);
      const names = listedNames(words, /,|;|:|\band\b/);
      // Areas listed, not measures (Linze and Shandan secured … 141 million and 35 million yuan respectively): all but
      // the last of the list are blank (places are), and every figure measures what the words before the list say.
      const pieces = words.split(/,|;|:|\band\b/);
      if (pieces.length === run.length && pieces.filter((p) => p.trim() === '').length === run.length - 1)
        return { own: words, before: '' };
      if (names.length >= run.length) return { own: names[names.length - run.length + k], before: '' };
    }
  }
  const found = clauseOf(read, sentence, figure);
  // 'and' (和, 及; while, whereas, but) between two figures begins the second's clause (19.6 million tourist visits and opened 99 airports;
  // 在库的77个项目和新入库的28个项目); elsewhere it joins words of one measure (at county level and above reached 1013).
  // So does 已 or 其中 (515个新引进项目已开工510个: the 515 counts 新引进项目, the 510 what 已开工).
  const clause = { ...found };
  // Only an 'and' within reach of the figure can bound its words; the clause's other figures are read once.
  const others = read.figures.filter((f) => f !== figure && within(found, f));
  const other = (from: number, to: number) => others.some((f) => f.start >= from && f.end <= to);
  const reach = { start: Math.max(found.start, figure.start - MEASURE_REACH), end: Math.min(found.end, figure.end + MEASURE_REACH) };
  for (const and of read.form.slice(reach.start, reach.end).matchAll(/\b(?:and|while|whereas|but)\b|和|及|已经|已|其中/g)) {
    const at = reach.start + (and.index ?? 0);
    if (at < figure.start && other(clause.start, at)) clause.start = at + and[0].length;
    else if (at >= figure.end && other(at, clause.end)) clause.end = at;
  }
  // A list ended by 等 before the figure (山河科技生物制药、耀捷流体…等10个项目; 江苏天合…、易事特…等重点产业项目5项)
  // names instances of what it counts, not its measure: the figure's own words start after 等 (等级, 等待 are words).
  let ownStart = clause.start;
  for (let k = read.form.lastIndexOf('等', figure.start - 1); k >= clause.start; k = read.form.lastIndexOf('等', k - 1)) {
    if (endsList(read.form, k)) {
      ownStart = k + 1;
      break;
    }
  }
  // X中Y N (among X, Y number N): X names the set the figure counts a part of, not its measure, and weighs as a clause
  // before it does (临泽县谋划筛选确定的重点项目中已开复工20项: started, of the key projects planned); 中心, 中央 are words.
  // 中标, 中期, 中旬 … are words, and 中船, 中核, 中电 … begin the names of state companies (中船30万千瓦光伏发电项目).
  const among = [
    ...read.form
      .slice(ownStart, figure.start)
      .matchAll(/(?<=[目业位众户见题向款])中(?![心央国小标期旬级等间部型华学船核电广石能建铁交冶化粮材煤])/g),
  ].at(-1);
  const setStart = ownStart;
  if (among?.index !== undefined) ownStart += among.index + 1;
  const amongSet = ownStart > setStart ? wholeWords(blanked, setStart, ownStart - 1) : '';
  // …and a figure within such a list (泰睿特年产8万吨中间体等30个重点项目) is an instance's: its words end at 等, what
  // follows is what the list's count counts (or, with no count, what kind of thing the instances are).
  let ownEnd = clause.end;
  for (let k = read.form.indexOf('等', figure.end); k >= 0 && k < clause.end; k = read.form.indexOf('等', k + 1)) {
    if (endsList(read.form, k)) {
      ownEnd = k;
      break;
    }
  }
  // Comparing words after the figure (were more than its tourism revenue; 高于…) begin what it is compared with: not its words.
  const compared = comparingAt(read.form.slice(figure.end, ownEnd));
  if (compared >= 0) ownEnd = figure.end + compared;
  let own = wholeWords(blanked, Math.max(ownStart, figure.start - MEASURE_REACH), Math.min(ownEnd, figure.end + MEASURE_REACH));
  // A relative clause that says only a change (…, faster than its tourist visits, which grew 98.28%) says its figure of what
  // the clause before it ends with: those words, past any comparing words, are the figure's own. Not one that names what it
  // counts (…a mobilisation meeting, which started 360 projects: the meeting is no measure).
  // Nor one after a clause with a figure of its own (364 projects, which grew 88.47%: the count's growth, no record's measure).
  const relative = /^[\s,]*(?:which|that)\b/i.test(read.form.slice(clause.start, figure.start));
  const antecedent = relative ? spans(read.form, CLAUSE_BREAK, sentence.start, clause.start).at(-1) : undefined;
  const onlyChange = antecedent !== undefined && termsOf(own).every((t) => CHANGE_WORDS.test(t.surface));
  if (antecedent && onlyChange && !read.figures.some((f) => within(antecedent, f))) {
    const comparing = comparingWords(read.form.slice(antecedent.start, antecedent.end));
    const past = comparing ? comparing.index + comparing[0].length : 0;
    own = `${wholeWords(blanked, antecedent.start + past, antecedent.end)} ${own}`;
  }
  // A fall (下降50.38%, read as -50.38%) is a growth with its sign, as labels say 增长; a fall by an amount
  // (减少520亿元, read as -520亿元) a change with its sign, as labels say 增加 (a change is never read as a level).
  if (figure.decimal.startsWith('-')) own = own.replace(new RegExp(FALL_ZH, 'g'), figure.change === 'amount' ? ' 增加 ' : ' 增长 ');
  // A one-character noun a count is of (21个村) makes no pair of characters; with 数 it is the count's name, as labels write it (村数).
  const counted = /^\p{Script=Han}(?!\p{Script=Han})/u.exec(blanked.slice(figure.end))?.[0];
  if (counted && figure.unitText && /\p{Script=Han}$/u.test(figure.unitText)) own = `${own} ${counted}数`;
  // The plural noun right after an English count is what it counts (supervised the rectification of 475 problems): it
  // weighs as much again as the clause's other words, which may name what counted them (inspection teams). Not a
  // counter that names nothing (1013 items, 5 times), as 项 and 次 do not.
  const noun = /^ (?!(?:items|times|pieces|units|ones|kinds|types|rounds|batches)\b)([a-z]+s)\b/.exec(blanked.slice(figure.end))?.[1];
  if (noun && !figure.unitText) own = `${own} ${noun} ${noun}`;
  // A 'with' clause between a figure and its verb (360 projects with a total investment of 95.8 billion yuan
  // started …; 18 projects, with …, were completed): the words after the clause's figure say what the first measures too.
  const inSentence = read.figures.filter((f) => within(sentence, f));
  const withNext = /\bwith$/.test(read.form.slice(clause.start, clause.end)) || /^[\s,]*with\b/.test(read.form.slice(clause.end));
  // Not a part of the count (with 5 of them breaking ground): what follows it is the part's.
  const withFigure = inSentence.find((f) => f.start >= clause.end && !/^\s*of (?:them|which)\b/.test(read.form.slice(f.end)));
  // Where they run to the sentence's end, a stop says so: no figure follows them (were all completed in 2021.).
  if (withNext && withFigure) {
    // …up to comparing words, which begin what the clause's figure is compared with (…, more than Wuwei's funds in place).
    const reached = Math.min(afterWithClause(read, sentence, withFigure.end), withFigure.end + MEASURE_REACH);
    const comparing = comparingAt(read.form.slice(withFigure.end, reached));
    const end = comparing >= 0 ? withFigure.end + comparing : reached;
    own = `${own} ${wholeWords(blanked, withFigure.end, end)}${end === sentence.end ? '.' : ''}`;
  }
  // A list of counts that a verb after its last deals with (向4个县区、6个产业链链长执行部门和28个其他市直部门分解年度目标任务:
  // assigned to each): the words after the list say what each counts, as they do the last's;
  // where 和 ends the first's clause, they were the last's alone. Only a list after 向, 对, 给 or 为: elsewhere each count's
  // own noun says what it counts (民乐县有8项签约项目和5项落地开工项目: the 8 are signed, not started).
  // By where it stands: a figure re-read in another unit (a unit slip) is a copy of the text's.
  const at = inSentence.findIndex((f) => f.start === figure.start);
  const listed = (k: number) => LISTED_NEXT.test(read.form.slice(inSentence[k].end, inSentence[k + 1].start));
  let [first, next] = [at, at];
  while (first > 0 && listed(first - 1)) first--;
  while (next >= 0 && next + 1 < inSentence.length && listed(next)) next++;
  const [firstListed, lastListed] = [inSentence[first], inSentence[next]];
  const dealtWith = firstListed && /(?:向|对|给|为)$/u.test(read.form.slice(sentence.start, firstListed.start));
  if (dealtWith && lastListed && lastListed.start !== figure.start && figure.unitText)
    own = `${own} ${wholeWords(blanked, lastListed.end, Math.min(sentence.end, lastListed.end + MEASURE_REACH))}`;
  // A clause of another area's begins another statement: the words before it are that area's (see newSubjectAt).
  const from = newSubjectAt(read, blanked, sentence, clause, statement) ?? sentence.start;
  const before = wholeWords(blanked, Math.max(from, clause.start - MEASURE_REACH), clause.start);
  // The set the figure counts a part of: X of X中Y N; or the words before its clause where a clause 其中 (of which)
  // begins, where the sentence begins with of or among (Of Minle County's 8 signed projects, 5 have started), or where
  // no figure of their own stands there (Signed projects that have started, Minle County: 5); not another figure's.
  // …or after it, as English writes it (resolved 685 of them; 5 of which have started).
  const ofWhich =
    /^\s*(?:其中|(?:of which|of them|among them)\b)/i.test(read.form.slice(clause.start, figure.start)) ||
    /^\s*(?:of which|of them)\b/i.test(read.form.slice(figure.end));
  const ofSet = clause.start > sentence.start && /^\s*(?:of|among)\b/i.test(read.form.slice(sentence.start, clause.start));
  const unclaimed = !read.figures.some((f) => f.start >= sentence.start && f.end <= clause.start);
  const set = amongSet || (ofWhich ? before : ofSet || unclaimed ? wholeWords(blanked, sentence.start, clause.start) : '');
  return { own, before: `${before} ${amongSet}`.trim(), set, from };
}

/**
 * Where a figure's statement begins in its sentence, where a clause of another area's stands before it: the clause that names
 * the figure's area (its own, or the last before it to name one), where the clauses before that give a figure and name another
 * area (甘肃省省外到位资金增长41.78%，武威市到位资金增长50.38%; 全省…5961.27亿元，武威市到位资金429.49亿元，增长50.38%; funds grew
 * 41.78% in Gansu, while funds in place grew 50.38% in Wuwei): 省外 of the first is not the second's. Undefined elsewhere, and
 * where the statement says no measure of its own beyond a change and a verb (全省到位资金增长41.78%，武威市增长50.38%; 临泽县落实省外…，山丹县落实0.35亿元: the same).
 */
function newSubjectAt(
  read: ReadText,
  blanked: string,
  sentence: Span,
  clause: Span,
  { subjects, area, measureWord = () => true }: Statement,
): number | undefined {
  const own = area && area.start >= sentence.start && area.end <= clause.end ? area : undefined;
  if (!own) return undefined;
  const named = within(clause, own) ? clause : spans(read.form, CLAUSE_BREAK, sentence.start, sentence.end).find((c) => within(c, own));
  const start = Math.min(named?.start ?? clause.start, clause.start);
  const earlier = { start: sentence.start, end: start };
  if (!subjects.some((p) => within(earlier, p) && p.slug !== own.slug)) return undefined;
  if (!read.figures.some((f) => within(earlier, f))) return undefined;
  // 其中 before the area makes its figure a part of what the clauses before say (全省…，其中武威市到位资金增长46.75%: out of province).
  if (/^[\s,，]*(?:其中|of which|among them)/iu.test(read.form.slice(start, own.start))) return undefined;
  // Two measure words at least beyond a change's: one alone repeats a verb or half a name (山丹县落实0.35亿元, 山丹县资金…, while
  // Shandan secured 35 million yuan), which says the measure said before, as do words of no measure (仅, 同样, 相对较少).
  const said = termsOf(blanked.slice(start, clause.end)).filter((t) => !CHANGE_WORDS.test(t.surface) && measureWord(t.term));
  return new Set(said.map((t) => t.term)).size >= 2 ? start : undefined;
}

/** Whether the 等 at `k` ends a list of names (等级, 等待, 等同, 等于, 等候 are words). */
const endsList = (form: string, k: number) => !/[级待同于候]/.test(form[k + 1] ?? '');

/** Between two counts of a list: what the first counts, then 、, 和, 及 or 以及 (县区、; 产业链链长执行部门和). */
const LISTED_NEXT = /^\p{Script=Han}{1,12}(?:、|和|及|以及)$/u;

/** The parts of a list of names (接待游客和旅游综合收入, tourist visits and tourism revenue), in order. */
const listedNames = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((name) => name.trim())
    .filter(Boolean);

/** `text` from `from` to `to` with an English word cut at either end made whole ("rism revenue" is tourism revenue). */
function wholeWords(text: string, from: number, to: number): string {
  const letter = (k: number) => /[a-z]/.test(text[k] ?? '');
  let start = from;
  let end = to;
  while (start > 0 && letter(start - 1) && letter(start)) start--;
  while (end < text.length && letter(end - 1) && letter(end)) end++;
  return text.slice(start, end);
}

/**
 * Where the words after a 'with' clause's figure end, the verb of the count before it among them (…, were completed in
 * 2021; all of which were completed): at the next figure, whose clause is its own (of which 5 were signed), or the sentence's end.
 */
export function afterWithClause(read: ReadText, sentence: Span, from: number): number {
  return read.figures.find((f) => f.start >= from && within(sentence, f))?.start ?? sentence.end;
}

/**
 * The words between a figure's neighbours in its sentence, where a stage may be said of it (completed 5 of its 8), past a
 * 'with' clause's figure to the verb after it (18 projects, with a total investment of 93.2 billion, were completed);
 * with a stop where they reach the sentence's end.
 */
export function stageRegion(read: ReadText, sentence: Span, figure: WrittenFigure): string {
  const inSentence = read.figures.filter((f) => within(sentence, f));
  const [prev, next] = [inSentence.filter((f) => f.end <= figure.start).at(-1), inSentence.find((f) => f.start >= figure.end)];
  const to = next && /\bwith\b/.test(read.form.slice(figure.end, next.start)) ? afterWithClause(read, sentence, next.end) : next?.start;
  return `${read.form.slice(prev?.end ?? sentence.start, to ?? sentence.end)}${to === undefined || to === sentence.end ? '.' : ''}`;
}
