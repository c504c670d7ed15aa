/**
 * Which records a figure of a claim is about: those of the area it names (exactly that area), of a
 * unit the claimed unit can be, of a period that answers the claim's (periodAnswers), whose measure
 * the words around the figure describe, read three ways: the metric vocabulary, the record's own
 * labels, and the indicators' search index. Only the records whose measure matches best are kept.
 */
import type { Db } from '../../db/open.ts';
import { matchExpression } from '../../db/search.ts';
import { all, oneOf, periodOverlaps } from '../../db/sql.ts';
import { column, rows } from '../../db/statements.ts';
import { toSimplifiedInPlace } from '../../domain/chinese.ts';
import { type Figure, judge, recordedFigure } from '../../domain/claims.ts';
import { BETWEEN } from '../../domain/hedges.ts';
import { coverage, NARROWING, NARROWING_EACH, qualifyingPairs, termsOf, unheldPairs } from '../../domain/measures.ts';
import { periodAnswers, periodRange } from '../../domain/periods.ts';
import type { Unit } from '../../domain/units.ts';
import { figurePlaces } from '../../domain/written.ts';
import { indicatorResource } from '../../resources/index.ts';
import type { Indicator } from '../../resources/indicators.ts';
import { loadRecords } from '../../resources/resource.ts';
import type { Lexicon } from './lexicon.ts';

export type Candidate = Pick<
  Indicator,
  'id' | 'metric' | 'scope' | 'label_zh' | 'label_en' | 'value_text' | 'unit_zh' | 'unit' | 'qualifier' | 'period' | 'complaint'
> & {
  /** A record of more than its number written with 余 or 多 after it: a range (withRange). */
  some?: boolean;
};

/**
 * How well a record's measure must match the words around a figure: half of the words (by weight)
 * found in its vocabulary or index, a quarter of one of its names said (a word its definition
 * merely mentions is not its measure), and how close to the best match the others compared must be.
 */
export const ACCEPT = { covered: 0.5, named: 0.25, score: 0.45, margin: 0.1 } as const;

/** Scopes of one subject (body, programme, case), named by its own name, not the scope's words; a part of its area's measure. */
export const SUBJECT_SCOPES = new Set(['one_body', 'one_programme', 'one_case']);

const CANDIDATES =
  'select id, metric, scope, label_zh, label_en, value_text, unit_zh, unit, qualifier, period, complaint from indicators where ';
const INDEX_HITS =
  'select indicators.id from indicator_search cross join indicators on indicators.rowid = indicator_search.rowid where indicator_search match ? and indicators.city = ?';

export function candidatesOf(
  db: Db,
  city: string,
  units: Unit[] | null,
  period: string | null,
  /** A text's candidates so far (its figures often ask for the same): never changed by a caller, who filters a copy. */
  memo?: Map<string, Candidate[]>,
): Candidate[] {
  const key = `${city}\0${units?.join(',') ?? '*'}\0${period ?? ''}`;
  const known = memo?.get(key);
  if (known) return known;
  const range = period ? periodRange(period) : null;
  const where = all([
    oneOf('city', [city]),
    units ? oneOf('unit', units) : undefined,
    range ? periodOverlaps(range.start ?? undefined, range.end ?? undefined) : undefined,
  ]);
  const found = where ? withRanges(db, rows<Candidate>(db, `${CANDIDATES}${where.sql} order by id`, where.params)) : [];
  const answering = period ? found.filter((c) => periodAnswers(c.period, period)) : found;
  memo?.set(key, answering);
  return answering;
}

type Scored = { candidate: Candidate; score: number; covered: number };

/** Whether a record's search document (its labels, quotes and their translations) holds a term, asked once per area and term. */
function indexed(db: Db, city: string, surfaces: Map<string, string>, hits: Map<string, Set<string>>) {
  return (term: string, id: string) => {
    const key = `${city}\0${term}`;
    let ids = hits.get(key);
    if (!ids) {
      ids = new Set(column<string>(db, INDEX_HITS, [matchExpression(surfaces.get(term) ?? term), city]));
      hits.set(key, ids);
    }
    return ids.has(id);
  };
}

/**
 * Whether a term is of a record's vocabulary: its metric's words, its labels' and its scope's; with `definition` false,
 * of its metric's names only, not the words its definition merely mentions (新引进项目的数据另注口径 of funds in place).
 */
function vocabularyOf(lexicon: Lexicon, candidate: Candidate, { definition = true } = {}) {
  const metric = lexicon.metrics.get(candidate.metric);
  const label = lexicon.labelTerms(candidate);
  const scope = candidate.scope ? lexicon.scopes.get(candidate.scope)?.terms : undefined;
  const ofMetric = (t: string) => (definition ? metric?.terms.has(t) : metric?.names.some((name) => name.has(t)));
  return (t: string) => Boolean(ofMetric(t) || label.terms.has(t) || scope?.has(t));
}

/**
 * The records judged that measure what the clause does. Where the first contradicts it or the clause names a narrower
 * measure (inbound, 入境), those whose measure it does not name otherwise; and of an area whose records tell a part apart
 * by its scope, where the clause names that part by its word (新引进, newly introduced), those that say some of it (in
 * their names, label, scope or quotes; not a metric's definition, which may name its parts to say they are scoped):
 * 2023年武威市新引进项目到位资金 is not the area's funds in place, only part of them. A word of the part's alone (引进,
 * introduced, 资项 of 投资项目) names no part (rev34).
 */
export function ofSameMeasure<J extends { candidate: Candidate; verdict: string }>(
  db: Db,
  lexicon: Lexicon,
  city: string,
  text: string,
  surfaces: Map<string, string>,
  judged: J[],
  hits: Map<string, Set<string>>,
): J[] {
  const lower = text.toLowerCase();
  const named = (lexicon.scopesOf.get(city) ?? [])
    .filter((key) => !SUBJECT_SCOPES.has(key))
    .flatMap((key) => {
      const { zh, en } = lexicon.scopes.get(key)?.part ?? {};
      const word = zh && text.includes(zh) ? zh : en && lower.includes(en) ? en : undefined;
      return word ? [termsOf(word).map((t) => t.term)] : [];
    });
  const indexHas = indexed(db, city, surfaces, hits);
  const says = (c: Candidate) => {
    const vocabulary = vocabularyOf(lexicon, c, { definition: false });
    return (t: string) => vocabulary(t) || indexHas(t, c.id);
  };
  const ofPart = judged.filter((j) => named.every((terms) => terms.some(says(j.candidate))));
  if (ofPart[0]?.verdict !== 'contradicted' && !NARROWING.test(text)) return ofPart;
  return ofPart.filter((j) => !namesOtherMeasure(db, lexicon, city, text, surfaces, j.candidate, hits));
}

/**
 * Whether a figure's own clause (`text`) names another measure than the record's, of the same kind:
 * a word the record does not hold stands right before one it does (入境游客, inbound tourists, against
 * all tourists: qualifyingPairs), or each side has a word of its own the other does not say (财政收入增长
 * against 旅游综合收入增长: 财政 no word of the record's, 旅游 none of the clause's). A clause that only adds
 * words elsewhere (完成 after 资金, 人数 after 游客, 大幅 before the change 增长) still speaks of the record's measure.
 */
function namesOtherMeasure(
  db: Db,
  lexicon: Lexicon,
  city: string,
  text: string,
  surfaces: Map<string, string>,
  candidate: Candidate,
  hits: Map<string, Set<string>>,
): boolean {
  const holds = holdsTerm(db, lexicon, city, surfaces, candidate, hits);
  // A word before the record's measure that the record does not say narrows it (入境游客) or names another (财政收入).
  if (qualifyingPairs(text, holds).size > 0) return true;
  if ([...text.matchAll(NARROWING_EACH)].some(([word]) => !holds(word))) return true;
  const [nameZh] = lexicon.metrics.get(candidate.metric)?.names ?? [];
  const unsaid = [...(nameZh?.keys() ?? [])].some((pair) => /^\p{Script=Han}{2}$/u.test(pair) && ![...pair].some((c) => text.includes(c)));
  return unsaid && unheldPairs(text, holds).size > 0;
}

/**
 * Whether a record holds a term: in its vocabulary, its search document (its labels, quotes and their
 * translations) or, for a case, its complaint's place (涧河水源), which its labels may not say.
 */
function holdsTerm(
  db: Db,
  lexicon: Lexicon,
  city: string,
  surfaces: Map<string, string>,
  candidate: Candidate,
  hits: Map<string, Set<string>>,
): (term: string) => boolean {
  const vocabulary = vocabularyOf(lexicon, candidate);
  const indexHas = indexed(db, city, surfaces, hits);
  const { place } = lexicon.labelTerms(candidate);
  return (t) => vocabulary(t) || indexHas(t, candidate.id) || [...place].some((run) => run.includes(t));
}

/** How well a record's words describe a measure: its vocabulary's, its search document's and its names' coverage of the claim's. */
const scoreOf = (covered: number, indexed: number, named: number) => 0.6 * covered + 0.2 * indexed + 0.2 * named;

/** The candidates whose measure the words describe, best first, with the score of each. */
export function byMeasure(
  db: Db,
  lexicon: Lexicon,
  city: string,
  wanted: Map<string, number>,
  surfaces: Map<string, string>,
  candidates: Candidate[],
  hits: Map<string, Set<string>>,
) {
  const indexHas = indexed(db, city, surfaces, hits);
  const scored: Scored[] = [];
  // How many of the candidates each case has: a claim naming only the case's subject picks none of several (below).
  const ofCase = new Map<string, number>();
  for (const c of candidates) if (c.complaint !== null) ofCase.set(c.complaint, (ofCase.get(c.complaint) ?? 0) + 1);
  for (const candidate of candidates) {
    const metric = lexicon.metrics.get(candidate.metric);
    const label = lexicon.labelTerms(candidate);
    const vocabulary = vocabularyOf(lexicon, candidate);
    const names = [...label.names, ...(metric?.names ?? [])];
    // How much of a name of the record the claim says: 招商引资到位资金增长 over 省外到位资金增长 for 招商引资到位资金增长.
    const named = Math.max(0, ...names.map((name) => coverage(name, (t) => wanted.has(t))));
    // Or whether one name holds every word the claim says of the measure (two at least, one of them the
    // metric's: a subject's name is no measure): a long label ("Project payments owed to … as stated when
    // the problem was referred") is little of it said.
    const held =
      wanted.size >= 2 &&
      [...wanted.keys()].some((t) => metric?.terms.has(t)) &&
      names.some((name) => coverage(wanted, (t) => name.has(t)) === 1);
    const covered = coverage(wanted, vocabulary);
    // A claim that names only a case's subject (Anning District Sanitation Bureau 40 million yuan) picks none of the
    // case's several figures in its unit (paid, owed, paid off), however much of a label the subject is.
    const several = candidate.complaint !== null && (ofCase.get(candidate.complaint) ?? 0) > 1;
    if (several && !held && [...wanted.keys()].every((t) => label.subject.has(t))) continue;
    // The search index is asked only about a record that can still pass, whatever it answers (all of it).
    if ((named < ACCEPT.named && !held) || scoreOf(covered, 1, named) < ACCEPT.score) continue;
    const indexed = coverage(wanted, (t) => vocabulary(t) || indexHas(t, candidate.id));
    const score = scoreOf(covered, indexed, named);
    if (indexed >= ACCEPT.covered && score >= ACCEPT.score) scored.push({ candidate, score, covered });
  }
  scored.sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
  const best = scored[0]?.score ?? 0;
  const near = scored.filter((s) => s.score >= best - ACCEPT.margin);
  // Of one case's records (owed, paid, still owed), where some are described by their own words in full (every word
  // of the claim's measure their metric's, label's or scope's), those are: a record that holds one only in its quote's
  // other figures (paid, beside 尚欠 in the sentence of 累计支付…尚欠…), or not at all (owed, for paid), measures
  // something else of the case. Not across records of several subjects, where a body's label may say all of a
  // sentence's words (led by the Municipal Party Committee's study group) and the area's record not; and English
  // only: a Chinese claim's pairs run across words, which another measure's words may hold by chance (划投 of 计划投资).
  const oneCase = near.every((s) => s.candidate.complaint !== null && s.candidate.complaint === near[0].candidate.complaint);
  const english = [...wanted.keys()].every((t) => !/\p{Script=Han}/u.test(t));
  const whole = oneCase && english ? near.filter((s) => s.covered === 1) : [];
  return whole.length > 0 ? whole : near;
}

const WITHIN = 'select city from city_ancestors where ancestor = ? and depth > 0 order by depth, city';

/** The candidates of an area and of every area under it (its own first, then the nearer). */
export const candidatesUnder = (db: Db, area: string, units: Unit[] | null, period: string | null, memo?: Map<string, Candidate[]>) => [
  ...candidatesOf(db, area, units, period, memo),
  ...column<string>(db, WITHIN, [area]).flatMap((city) => candidatesOf(db, city, units, period, memo)),
];

/**
 * Of the areas within `area`, the record whose measure the words describe best (the nearer area on
 * a tie) and that `holds` (has the claimed figure itself): a county's figure claimed for its city
 * (1900多件 is Liangzhou District's, not Wuwei's), which the explanation names.
 */
export function figureWithin(
  db: Db,
  lexicon: Lexicon,
  area: string,
  words: { wanted: Map<string, number>; surfaces: Map<string, string> },
  ask: { units: Unit[] | null; period: string | null; holds: (c: Candidate) => boolean; memo?: Map<string, Candidate[]> },
  hits: Map<string, Set<string>>,
): (Candidate & { city: string; score: number }) | undefined {
  if (words.wanted.size === 0) return undefined;
  let found: { candidate: Candidate; score: number; city: string } | undefined;
  for (const city of column<string>(db, WITHIN, [area])) {
    const held = candidatesOf(db, city, ask.units, ask.period, ask.memo).filter(ask.holds);
    if (held.length === 0) continue;
    const [best] = byMeasure(db, lexicon, city, words.wanted, words.surfaces, held, hits);
    if (best && (!found || best.score > found.score)) found = { ...best, city };
  }
  return found && { ...found.candidate, city: found.city, score: found.score };
}

/**
 * Records of more than their number, each with whether its quote writes 余 or 多 after the number
 * (5000余场次: a range, src/domain/bounds.ts) or 超 (more than, no end); read from the quotes the
 * figures stand in, all loaded at once.
 */
function withRanges(db: Db, candidates: Candidate[]): Candidate[] {
  const ids = candidates.filter((c) => c.qualifier === 'more_than').map((c) => c.id);
  if (ids.length === 0) return candidates;
  const quotes = new Map(loadRecords(db, indicatorResource, ids).map((r) => [r.id, r.evidence[0]?.text ?? '']));
  return candidates.map((candidate) => {
    if (candidate.qualifier !== 'more_than') return candidate;
    return { ...candidate, some: writesSome(quotes.get(candidate.id) ?? '', candidate) };
  });
}

/** Whether a record's quote writes 余 or 多 after its number (5000余场次, 80多万人次): a range, not a bound with no end. */
export function writesSome(quote: string, record: Pick<Candidate, 'value_text' | 'unit_zh'>): boolean {
  // figurePlaces' indexes are the text's own, and so are toSimplifiedInPlace's (one code unit for one).
  const form = toSimplifiedInPlace(quote);
  return figurePlaces(quote, record.value_text, record.unit_zh).some((p) => BETWEEN.test(form.slice(p.numberEnd)));
}

/** Whether a record has the claimed figure itself. */
export function judgedSupported(claimed: Figure, candidate: Candidate): boolean {
  const recorded = recordedFigure(candidate);
  return recorded !== null && judge(claimed, recorded) === 'supported';
}
