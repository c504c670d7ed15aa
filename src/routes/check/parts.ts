/**
 * Wholes and parts among the records a claimed figure may be about (src/routes/check/query.ts): which
 * record is a part of its area's whole (a scope: out of province, new projects; a body, programme or
 * case), and whether the claim's sentence names that part, by its scope's words, its label's or its
 * subject's.
 */

import { compareDecimals } from '../../domain/decimals.ts';
import { boundDirection } from '../../domain/hedges.ts';
import { termsOf } from '../../domain/measures.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import { SHARES } from '../../domain/units.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate } from './measure.ts';
import { ACCEPT, SUBJECT_SCOPES } from './measure.ts';
import type { rankRecords } from './rank.ts';

export function partsOf(
  lexicon: Lexicon,
  measured: { candidate: Candidate }[],
  {
    said,
    saidUpTo,
    saidWhole,
    caseText,
    words,
  }: { said: Set<string>; saidUpTo: Set<string>; saidWhole: Set<string>; caseText: string; words: { own: string; set?: string } },
) {
  // The words that may name the set a part is of: those of the figure's own clause and of the set it names.
  const namedSet = new Set(termsOf(`${words.own} ${words.set ?? ''}`).map((t) => t.term));
  // A record of part of the area's whole (by its scope, or a metric named for one: out of province, new
  // projects …) answers a claim that names that part, or one whose measure the area holds only in part;
  // beside a record of the whole, a claim that does not name the part is about the whole.
  const partOf = (c: Candidate) =>
    c.scope !== null
      ? SUBJECT_SCOPES.has(c.scope)
        ? undefined
        : c.scope
      : [...lexicon.scopes.keys()].find((key) => c.metric.includes(key));
  const labelOf = (c: Candidate) => lexicon.labelTerms(c).terms;
  const wholes = measured.filter((s) => partOf(s.candidate) === undefined);
  const whole = wholes.length > 0;
  // The part is named when the claim's sentence says a word of the part's label that no whole's label has (省外, out-of-province).
  const wholeWords = new Set(wholes.flatMap((s) => [...labelOf(s.candidate)]));
  // A scope's words may run into a place's name (甘肃省外: 省外), which the blanked form has taken out: saidWhole.
  const saysPartWord = (c: Candidate) => [...labelOf(c)].some((t) => !wholeWords.has(t) && saidUpTo.has(t));
  // A part is of the whole of its own measure (a scope's key taken out of a metric named for it), not of
  // every other record beside it: 287个省列重大项目 is not about the 74 of them whose legacy problems were solved.
  const measureOf = (c: Candidate) => (c.scope === null ? c.metric.replace(`${partOf(c)}_`, '') : c.metric);
  const hasWhole = (c: Candidate) => wholes.some((w) => measureOf(w.candidate) === measureOf(c));
  const namesPart = (c: Candidate) => partOf(c) === undefined || saysPartWord(c) || !hasWhole(c);
  // A body, programme or case is named by its own words: those of its label that no measure's words cover
  // (招商局 in 张掖市招商局签约金额, where 招商, 签约 and 金额 are a measure's), or its complaint's place, said before.
  const saysSubject = (c: Candidate) => {
    const { subject, place } = lexicon.labelTerms(c);
    return [...subject].some((t) => said.has(t)) || [...place].some((run) => caseText.includes(run));
  };
  // A claim names a part of another unit by a word of the part's scope (省外, out-of-province), not
  // by any word of its label that the wholes compared here lack (增长, growth); a whole has no scope.
  const saysScopeWords = (c: Candidate) =>
    [...(lexicon.scopes.get(partOf(c) ?? '')?.terms ?? [])].some((t) => !wholeWords.has(t) && saidWhole.has(t));
  // Or, of a scope's part the curation records as part of another record, where the claim names the set the figure
  // counts a part of: by the words of that record's measure's names its own measure's lack, said in the figure's own
  // clause or the set (签约 of the signed projects names 002-i047, the started of them: 民乐县签约项目中落地开工5项; not
  // in another clause: 民乐县签约项目8项，全县开工项目12项), or by its label's words in the set alone (谋划 of
  // 临泽县谋划的项目中已开复工20项; not 确定 in 临泽县已确定开工项目30项).
  const namesOf = (metric: string) => new Set((lexicon.metrics.get(metric)?.names ?? []).flatMap((n) => [...n.keys()]));
  const setTerms = new Set(termsOf(words.set ?? '').map((t) => t.term));
  const saysWholeOf = (c: Candidate) => {
    const whole = lexicon.partOf.get(c.id);
    if (!whole) return false;
    const own = namesOf(c.metric);
    const fresh = (t: string) => !own.has(t) && !wholeWords.has(t);
    return (
      [...namesOf(whole.metric)].some((t) => fresh(t) && namedSet.has(t)) ||
      [...lexicon.labelTerms(whole).terms].some((t) => fresh(t) && setTerms.has(t))
    );
  };
  const saysScope = (c: Candidate) => saysScopeWords(c) || (partOf(c) !== undefined && saysWholeOf(c));
  // A part the claim does not name: a body's, programme's or case's without its subject, a scope's without its words.
  const unnamedPart = (c: Candidate) => (SUBJECT_SCOPES.has(c.scope ?? '') ? !saysSubject(c) : partOf(c) !== undefined && !saysScope(c));
  return { partOf, whole, namesPart, saysScope, unnamedPart };
}

/** Words of a total (共156名, 合计, in total, altogether), not of 公共, 中共, 共同, 共享, 共建. */
const TOTAL = /(?<![公中])共(?![同享建青])|合计|总计|总共|\b(?:in total|altogether|a total of|combined)\b/;

/**
 * Whether a claimed total (甘肃共选派156名干部) meets a part (a programme's 86) that the claim does not tell from the other
 * parts of its measure the area holds, its own or an area's within it (the other programme's 70; Lanzhou's 50 of
 * the 强省会 secondments): it may be their sum, which no one of them contradicts. The claim tells the part from another by
 * a word of the part's label the other's lacks (从省直部门选派…共90名, 定向 of 110 beside 双向's 86; to central
 * ministries, of 48). The others are asked for only where the claim says a total.
 */
export function totalOfParts(lexicon: Lexicon, said: Set<string>, own: string, top: Candidate, others: () => Candidate[]): boolean {
  if (!TOTAL.test(own) || !SUBJECT_SCOPES.has(top.scope ?? '')) return false;
  const terms = lexicon.labelTerms(top).terms;
  const siblings = others().filter((c) => c.id !== top.id && c.metric === top.metric && SUBJECT_SCOPES.has(c.scope ?? ''));
  const told = (other: Candidate) => {
    const its = lexicon.labelTerms(other).terms;
    return [...terms].some((t) => !its.has(t) && said.has(t));
  };
  return siblings.length > 0 && !siblings.every(told);
}

/** A record ranked for a claimed figure, with its verdict and the figure it records (rankRecords). */
type Ranked = ReturnType<typeof rankRecords>[number];

/**
 * Whether parts the claim does not name decide nothing of the area's whole it is about: `only_parts` where every
 * record compared is such a part (a figure in the unit confused with the claimed one may still be a slip: query.ts
 * tries it), `part_agrees` where a part agrees with the claimed figure but says nothing of the whole; undefined where
 * the records judge the claim.
 *
 * Every record that contradicts the claim is a part it does not name (a body's, programme's or case's subject, or a
 * scope: 省外): the area's whole may differ from its parts (张掖市签约金额300亿元 against the investment bureau's
 * 234.48亿元; 天祝县办理不动产登记500户 against one building's 16户), so it is not contradicted but not found, the part
 * named. Named (招商局, 兴盛嘉园, 省外), or matched, a part is judged. Of a count or an amount the whole is at least any
 * part: a part past a bound below (不到2000人 of a programme's 3.08万) contradicts it, and one past a bound above
 * (超过100亿元 of a bureau's 234.48亿元) supports it.
 */
export function ruleOnParts(
  figure: WrittenFigure,
  ranked: Ranked[],
  { found, whole, partOf, saysScope, unnamedPart }: ReturnType<typeof partsOf> & { found: { candidate: Candidate }[] },
  /** Whether the claim says a total of parts the area holds one by one (totalOfParts); asked only where it matters. */
  summed: () => boolean,
): 'only_parts' | 'part_agrees' | undefined {
  const [top] = ranked;
  const way = figure.bound ? boundDirection(figure.qualifier) : null;
  const partDecides =
    !SHARES.includes(top.candidate.unit) &&
    unnamedPart(top.candidate) &&
    ((way === 'down' && top.verdict === 'contradicted') || (way === 'up' && top.verdict === 'supported'));
  if (partDecides) return undefined;
  // Only parts of the area's measure hold it (Linze's 1.41亿元 out of province), the claim naming none: its whole may differ from
  // a part, whose other figure does not contradict it, nor its equal figure support it (the article says the part, 省外).
  // Nor does one of the parts an area holds of a total (共156名 of programmes' 86 and 70).
  const onlyParts = !whole && found.every((s) => partOf(s.candidate) !== undefined && !saysScope(s.candidate));
  if (onlyParts || (top.verdict === 'contradicted' && (ranked.every((j) => unnamedPart(j.candidate)) || summed()))) return 'only_parts';
  if (top.verdict === 'contradicted') return undefined;
  // Nor does a scope's part the claim does not name support it where no record of the whole stands beside it
  // (甘肃省签约金额10177.11亿元 is the province's out-of-province amount; a programme's 243亿 is no whole either).
  const wholeFound = found.some((s) => s.candidate.scope === null && partOf(s.candidate) === undefined);
  if (!wholeFound && partOf(top.candidate) !== undefined && !saysScope(top.candidate)) return 'part_agrees';
  // A bound is met by a part's figure within it as by the whole's: a body's or programme's 72 says nothing of whether
  // the area solved fewer than 100 problems (甘肃省解决问题不到100个), so an unnamed part does not support a bound.
  // A bound at the part's own number (more than 40 million of its 4000多万) restates the part's figure, which supports.
  if (figure.bound && unnamedPart(top.candidate) && compareDecimals(figure.base, top.recorded.base) !== 0) return 'part_agrees';
  return undefined;
}

/**
 * Whether a record of an area within the claimed one, which has the claimed figure, is described by the claim's words
 * clearly better than the area's record that contradicts it: a true figure given to its province or city (甘肃省…网上可办率
 * 达到100% is Wuwei's online availability, not the province's 99.84% handled entirely online), named, not refuted. About as
 * well (Gansu's out-of-province funds' growth, claimed as Wuwei's 50.38% of all its funds), the area's record refutes it.
 */
export const outmatchedWithin = (within: { score: number } | undefined, contradicting: { score: number }) =>
  within !== undefined && within.score > contradicting.score + ACCEPT.margin;
