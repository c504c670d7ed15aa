/**
 * Which of the records whose measure a figure's words describe it speaks of, in order, each judged
 * against the figure (src/routes/check/query.ts keeps the first few). A number never chooses its
 * record while the words can: see rankRecords.
 */
import { distance, type Figure, judge, recordedFigure, type Verdict } from '../../domain/claims.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate } from './measure.ts';

const RANK: Record<Verdict, number> = { supported: 0, rounded: 1, contradicted: 2, not_found: 3 };

/** The records `found`, best first; `said` are the terms of the figure's sentence. A contradicting record stays only where none agrees. */
export function rankRecords(lexicon: Lexicon, figure: Figure, found: { candidate: Candidate; score: number }[], said: Set<string>) {
  // A record whose measure (its metric's and scope's names) has words of its own, no other compared has them (in
  // Chinese, characters: pairs run across words), that the claim leaves unsaid in its script, saying none of them,
  // is not the one it speaks of while another is none such, whatever its number (新引进项目 are not those of them
  // 已开工; a total investment is not its change over 2022). Then the verdict; of records that contradict, one whose
  // label alone has a word the claim says (在库, not 新入库; 尚欠八冶, owed, not paid); then the nearest value. A
  // label's other words choose no record before the verdict: labels differ in wording and in the notes they carry
  // (签约总额, 签约金额; under key supervision) as much as in measure. 数 (the number of) names no measure.
  const han = (t: string) => /\p{Script=Han}/u.test(t);
  const tokens = (terms: Iterable<string>) => new Set([...terms].flatMap((t) => (han(t) ? [...t] : [t])).filter((t) => t !== '数'));
  const measures = new Map(
    found.map(({ candidate: c }) => [
      c.id,
      tokens([
        ...(lexicon.metrics.get(c.metric)?.names ?? []).flatMap((n) => [...n.keys()]),
        ...(lexicon.scopes.get(c.scope ?? '')?.terms ?? []),
      ]),
    ]),
  );
  const onlyOf = (c: Candidate, words: (c: Candidate) => Set<string>) =>
    [...words(c)].filter((t) => !found.some((o) => o.candidate !== c && words(o.candidate).has(t)));
  const saidTokens = tokens(said);
  const scripts = new Set([...said].map(han));
  return found
    .map(({ candidate, score }) => {
      const recorded = recordedFigure(candidate);
      const ownMeasure = onlyOf(candidate, (c) => measures.get(c.id) as Set<string>).filter((t) => scripts.has(han(t)));
      const unsaid = ownMeasure.length > 0 && !ownMeasure.some((t) => saidTokens.has(t));
      const own = onlyOf(candidate, (c) => lexicon.labelTerms(c).terms).filter((t) => said.has(t)).length;
      return recorded ? { candidate, score, recorded, verdict: judge(figure, recorded), own, unsaid } : undefined;
    })
    .filter((j) => j !== undefined)
    .sort(
      (a, b) =>
        Number(a.unsaid) - Number(b.unsaid) ||
        RANK[a.verdict] - RANK[b.verdict] ||
        (a.verdict === 'contradicted' ? b.own - a.own : 0) ||
        distance(figure.base, a.recorded.base) - distance(figure.base, b.recorded.base) ||
        b.score - a.score ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .filter((j, _, sorted) => j.verdict !== 'contradicted' || sorted[0].verdict === 'contradicted');
}
