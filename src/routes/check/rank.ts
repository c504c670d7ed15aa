/**
 * Which of the records whose measure a figure's words describe it speaks of, in order, each judged
 * against the figure (src/routes/check/query.ts keeps the first few). Where the words can tell the
 * records apart, the number does not choose among them: see rankRecords.
 */

import { CHANGE_WORDS, SHARE_WORDS } from '../../domain/changes.ts';
import { distance, holdOf, judge, recordedFigure } from '../../domain/claims.ts';
import { termSet } from '../../domain/measures.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import { SHARES } from '../../domain/units.ts';
import type { Lexicon } from './lexicon.ts';
import { type Candidate, SUBJECT_SCOPES } from './measure.ts';

/** Labels of a state before or after a change (全省企业开办时间(压缩前), before reduction). */
const BEFORE_STATE = /[（(][^)）]*前[)）]|\bbefore\b/;
const AFTER_STATE = /[（(][^)）]*后[)）]|\bafter\b/;

/** The state a figure is of by the word before it: from (从, 由) the one before a change, to (至, 到) the one after. */
function stateSide(textBefore: string): 'before' | 'after' | null {
  const word = textBefore.trimEnd();
  return /(?:从|由|\bfrom)$/.test(word) ? 'before' : /(?:至|到|\bto)$/.test(word) ? 'after' : null;
}

const han = (t: string) => /\p{Script=Han}/u.test(t);
/**
 * The counts a text states, each with what it counts: a number and its counter (58项, 27个) or an English plural
 * noun, two words before it allowed (58 reserve projects, 27 are investment-promotion projects: 58 projects, 27 projects).
 */
const countsOf = (text: string) =>
  [...text.matchAll(/(?<![\d.])(\d+)(?:\s*([项个家户名件])|\s+(?:[a-z-]+\s+){0,2}(?!(?:was|is|has|as|this|its)\b)([a-z]+s)\b)/giu)].map(
    (m) => `${m[1]} ${(m[2] ?? m[3]).toLowerCase()}`,
  );
/** Terms as tokens: English words, and Chinese by character (pairs run across words: 人次和…增长); 数 (the number of) names no measure. */
const tokens = (terms: Iterable<string>) => new Set([...terms].flatMap((t) => (han(t) ? [...t] : [t])).filter((t) => t !== '数'));

/**
 * The records `found`, best first; `said` are the terms of the figure's sentence. Five rules set a
 * record back (`behind`), before the verdict is weighed:
 * - A share (a percentage), for a number written with no unit where the sentence says no share word
 *   (SHARE_WORDS): a share is written as one (510 of the projects started is not the 99.03% start
 *   rate; 同比增长41.78 and a start rate of 100 are shares).
 * - A record whose measure (its metric's and scope's names) has words of its own, no other record
 *   compared has them, of which the claim says none (新引进项目 are not those of them 已开工; a total
 *   investment is not its change over 2022). Only where every word the claim says is some compared
 *   record's (a word none has may be another's for one of them: began for started) and the sentence
 *   says no change (CHANGE_WORDS: up … from 2022, in words mostly filler). Saying a record's own word
 *   does not put it first: one word shared by chance (public, of public supervision) would choose a
 *   record as wrongly as a number does.
 * - A record of the state after a change, for a figure written after 从 or from, and of the state before
 *   it, for one after 至 or to (stateSide): 从5个工作日压缩至1个工作日 gives the 5 the record before the cut.
 * - A record whose label states no count the sentence states, beside one of the same metric whose label
 *   does (the 58 reserve projects' total investment, not the 27 investment-promotion projects').
 * - Of a sentence of several figures, a record whose measure's own words the figure's clause does not say,
 *   beside one whose words it says or one with none of its own (otherClause: each figure is its clause's).
 * Then the verdict; of records that contradict, one whose label alone has a word the claim says (在库,
 * not 新入库; 尚欠八冶, owed, not paid), in the figure's own words first (已开复工, not the set's 谋划筛选); then the nearest value; of records as near, one whose label alone
 * has a word the claim says (of two projects of 30万千瓦, China Energy Engineering's, not CSSC's). A
 * label's other words choose no record before the verdict: labels differ in wording and in the notes
 * they carry (签约总额, 签约金额; under key supervision) as much as in measure. A record that contradicts is kept only where the first
 * does; query.ts shows beside the first only records set back no further.
 */
export function rankRecords(
  lexicon: Lexicon,
  figure: WrittenFigure,
  found: { candidate: Candidate; score: number }[],
  /** The figure's sentence, its terms (`said`), the words before the figure in it, its own clause's words, and whether it has other figures. */
  { said, sentence, before, own, several = false }: { said: Set<string>; sentence: string; before: string; own: string; several?: boolean },
) {
  const [saysShare, saysChange] = [SHARE_WORDS.test(sentence), CHANGE_WORDS.test(sentence)];
  const side = stateSide(before);
  // A subject's scope (one body, programme or case) is named by the subject's words, never its own: no measure's.
  const scopeOf = (c: Candidate) => (SUBJECT_SCOPES.has(c.scope ?? '') ? undefined : lexicon.scopes.get(c.scope ?? ''));
  const measureOf = (c: Candidate) =>
    tokens([...(lexicon.metrics.get(c.metric)?.names ?? []).flatMap((n) => [...n.keys()]), ...(scopeOf(c)?.terms ?? [])]);
  const measures = new Map(found.map(({ candidate: c }) => [c.id, measureOf(c)]));
  const labels = new Map(found.map(({ candidate: c }) => [c.id, lexicon.labelTerms(c).terms]));
  const onlyOf = (c: Candidate, words: Map<string, Set<string>>) =>
    [...(words.get(c.id) ?? [])].filter((t) => !found.some((o) => o.candidate !== c && words.get(o.candidate.id)?.has(t)));
  const saidTokens = tokens(said);
  const scripts = new Set([...said].map(han));
  const known = tokens([...measures.values(), ...labels.values()].flatMap((words) => [...words]));
  const told = !saysChange && [...saidTokens].every((t) => known.has(t));
  // The words of the figure's own clause: where it says a compared record's own words, a record whose own words
  // the sentence says only in another clause is that clause's (受理…685件,办结704件: the 685 is said of 受理, not 办结).
  const ownTerms = termSet(own);
  const ownTokens = tokens(ownTerms);
  const ownMeasures = new Map(found.map(({ candidate: c }) => [c.id, onlyOf(c, measures).filter((t) => scripts.has(han(t)))]));
  // Chinese only: English names a measure after its number, often past the clause (nearly 19.6 million, if not more, tourist visits).
  const here = (c: Candidate) => (ownMeasures.get(c.id) ?? []).some((t) => han(t) && ownTokens.has(t));
  const anyHere = found.some(({ candidate }) => here(candidate));
  // Of two figures of one sentence, each is its own clause's (two figures are two measures): a record whose own words
  // that clause does not say, beside one it names or one with none of its own, is the other clause's (完成调研课题1013个、
  // 典型案例解剖式课题336个 swapped: 336 research topics are not the case studies', 1,013 case-study topics not all topics').
  const namedHere = (c: Candidate) => (ownMeasures.get(c.id) ?? []).some((t) => ownTokens.has(t));
  const bare = (c: Candidate) => (ownMeasures.get(c.id) ?? []).length === 0;
  const anyNamedHere = found.some(({ candidate }) => namedHere(candidate));
  const otherClause = (c: Candidate) => several && !namedHere(c) && (anyNamedHere || (!bare(c) && found.some((o) => bare(o.candidate))));
  // A count a record's label states (肃南县谋划储备的58项项目, Sunan's 58 reserve projects) that the sentence states last
  // before the figure, of the same thing, names that record: beside it, a record of the same measure whose label states
  // none is another set's (the 27 investment-promotion projects' 967.53亿元 is no total of the 58). Not a count after the
  // figure (…967.53亿元，涉及58家企业), nor one of another thing (58家, 58 households), nor one another count follows (58项，其中…27项).
  const last = countsOf(before).at(-1);
  const labelCounts = (c: Candidate) => countsOf(`${c.label_zh} ${c.label_en}`);
  const counted = new Set(last === undefined ? [] : found.map((s) => s.candidate).filter((c) => labelCounts(c).includes(last)));
  const countNamed = new Set([...counted].map((c) => c.metric));
  const ranked = found
    .map(({ candidate, score }) => {
      const recorded = recordedFigure(candidate);
      const ownLabel = onlyOf(candidate, labels).filter((t) => said.has(t));
      // Of those, the words the figure's own clause says: 已开复工 in 重点项目中已开复工12项, not the set's 谋划筛选.
      const nearLabel = ownLabel.filter((t) => ownTerms.has(t));
      const ownMeasure = ownMeasures.get(candidate.id) ?? [];
      const unsaid = told && ownMeasure.length > 0 && !ownMeasure.some((t) => saidTokens.has(t));
      const elsewhere = anyHere && !here(candidate) && ownMeasure.some((t) => han(t) && saidTokens.has(t));
      const share = figure.units === null && !saysShare && SHARES.includes(candidate.unit);
      // A figure after 从 (from) is the state before a change, one after 至 or 到 (to) the state after it: a record
      // labelled the other state (压缩后, after reduction) comes after (从1个工作日压缩至5个 swaps them).
      const label = `${candidate.label_zh} ${candidate.label_en}`;
      const otherSide = side === 'before' ? AFTER_STATE.test(label) : side === 'after' ? BEFORE_STATE.test(label) : false;
      const otherSet = countNamed.has(candidate.metric) && !counted.has(candidate);
      const behind =
        Number(share) * 2 + Number(unsaid || otherClause(candidate)) + Number(otherSide) + Number(elsewhere) + Number(otherSet);
      return recorded
        ? { candidate, score, recorded, verdict: judge(figure, recorded), near: nearLabel.length, own: ownLabel.length, behind }
        : undefined;
    })
    .filter((j) => j !== undefined)
    .sort(
      (a, b) =>
        a.behind - b.behind ||
        holdOf(b.verdict) - holdOf(a.verdict) ||
        (a.verdict === 'contradicted' ? b.near - a.near || b.own - a.own : 0) ||
        distance(figure.base, a.recorded.base) - distance(figure.base, b.recorded.base) ||
        b.own - a.own ||
        b.score - a.score ||
        a.candidate.id.localeCompare(b.candidate.id),
    );
  return ranked.filter((j) => j.verdict !== 'contradicted' || ranked[0].verdict === 'contradicted');
}
