/**
 * A text read once for all the figures /check judges in it (src/routes/check/query.ts): its places,
 * measure words and each sentence's terms, kept so that a sentence of many figures is read once.
 */
import { CLAUSE_BREAK, clauseOf, type ReadText, type Span, spans, within } from '../../domain/claims.ts';
import { termsOf } from '../../domain/measures.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import type { WrittenPlace } from '../../domain/places.ts';
import type { Candidate } from './measure.ts';

/**
 * A text read once for all its figures: its places, its measure words, the search index's answers so
 * far, by area and term, and each sentence's terms (a sentence of many figures is read once, not once
 * a figure), by the sentence's start.
 */
export type Reading = {
  read: ReadText;
  named: WrittenPlace[];
  province: WrittenPlace[];
  /** Figures whose area a list and 分别 or respectively give (respectivePlaces). */
  paired: Map<WrittenFigure, WrittenPlace>;
  blanked: string;
  hits: Map<string, Set<string>>;
  sentences?: Map<string, Set<string>>;
  /** A sentence's terms up to a clause's end, blanked and as written, by the sentence's start and that end. */
  clauses?: Map<string, { saidUpTo: Set<string>; saidWhole: Set<string> }>;
  /** Each clause's terms, blanked (b) and as written (w), by its start. */
  clauseTerms?: Map<string, string[]>;
  /** The records asked for so far, by area, units and period (src/routes/check/measure.ts). */
  candidates?: Map<string, Candidate[]>;
};

/**
 * A sentence's terms with its places blanked (`said`), and up to the end of the figure's own clause, blanked
 * (`saidUpTo`) and as written, a scope's words run into a place's name (`saidWhole`): a part is named by the
 * words up to its figure's clause (in 到位资金增长46.75%,其中省外到位资金增长50.38% 省外 is the second's).
 */
export function sentenceTerms(reading: Reading, sentence: Span, figure: Span) {
  const of = (text: string, end: number) => new Set(termsOf(text.slice(sentence.start, end)).map((t) => t.term));
  reading.sentences ??= new Map();
  const said = reading.sentences.get(`${sentence.start}`) ?? of(reading.blanked, sentence.end);
  reading.sentences.set(`${sentence.start}`, said);
  const clauses = spans(reading.read.form, CLAUSE_BREAK, sentence.start, sentence.end);
  const to = clauseOf(reading.read, sentence, figure, clauses).end;
  reading.clauses ??= new Map();
  const key = `${sentence.start}:${to}`;
  const upTo = reading.clauses.get(key) ?? upToClause(reading, clauses, to);
  reading.clauses.set(key, upTo);
  return { said, ...upTo };
}

/**
 * A sentence's terms up to a clause's end, blanked and as written: the terms of each clause up to it, together. A clause
 * ends at a break no term spans (、, a comma, with), so its terms are the text's; each clause's are read once a text,
 * where a sentence of a hundred clauses had read its start a hundred times.
 */
function upToClause(reading: Reading, clauses: Span[], to: number) {
  const termsIn = (form: 'b' | 'w', c: Span) => {
    reading.clauseTerms ??= new Map();
    const key = `${form}${c.start}`;
    const text = form === 'b' ? reading.blanked : reading.read.form;
    const terms = reading.clauseTerms.get(key) ?? termsOf(text.slice(c.start, c.end)).map((t) => t.term);
    reading.clauseTerms.set(key, terms);
    return terms;
  };
  const saidUpTo = new Set<string>();
  const saidWhole = new Set<string>();
  for (const c of clauses) {
    if (c.start >= to) break;
    for (const t of termsIn('b', c)) saidUpTo.add(t);
    for (const t of termsIn('w', c)) saidWhole.add(t);
  }
  return { saidUpTo, saidWhole };
}

/**
 * The frame a sentence after a semicolon continues: the words the sentence before opens with, up to its first figure, where
 * they govern a list of its figures (…全省实施省外招商引资项目4452个,到位资金…,同比增长41.78%;签约金额10177.11亿元: the signed
 * amount is the out-of-province one too), and no area but the figure's own is named between. Not a sentence of one figure
 * (签约重点产业项目5项;落实省外到位资金: the key projects are the 5's alone), nor one that opens with words the frame says
 * (谋划储备招商引资项目27项,…;谋划储备项目58项: a like statement, whose scope is what it leaves out).
 */
export function continuedFrame(reading: Reading, sentence: Span, figure: Span, area: string | undefined): Span | undefined {
  const { read, blanked } = reading;
  const places = [...reading.named, ...reading.province];
  const otherArea = (from: number, to: number) => places.some((p) => p.start >= from && p.start < to && p.slug !== area);
  const before = read.sentences[read.sentences.indexOf(sentence) - 1];
  if (area === undefined || !before || !/[;；]\s*$/u.test(read.form.slice(before.start, sentence.start))) return undefined;
  const listed = read.figures.filter((f) => within(before, f));
  if (listed.length < 2 || otherArea(before.start, figure.start)) return undefined;
  const frame = { start: before.start, end: listed[0].start };
  const opening = termsOf(blanked.slice(sentence.start, read.figures.find((f) => within(sentence, f))?.start ?? sentence.end));
  const said = new Set(termsOf(blanked.slice(frame.start, frame.end)).map((t) => t.term));
  return opening.some((t) => said.has(t.term)) ? undefined : frame;
}

/** A sentence's terms (sentenceTerms) with those of the frame it continues (continuedFrame), if any, said before it. */
export function withFrame(reading: Reading, terms: ReturnType<typeof sentenceTerms>, frame: Span | undefined) {
  if (!frame) return terms;
  const of = (text: string) => termsOf(text.slice(frame.start, frame.end)).map((t) => t.term);
  const [blank, whole] = [of(reading.blanked), of(reading.read.form)];
  return {
    said: new Set([...terms.said, ...blank]),
    saidUpTo: new Set([...terms.saidUpTo, ...blank]),
    saidWhole: new Set([...terms.saidWhole, ...whole]),
  };
}
