/**
 * Claim checking over the database, no HTTP: every figure of a text, the area, period and measure around
 * it, the records of that area and measure, the verdict on one figure (`checkFigure`; a text's: text.ts).
 *
 * Which records are "of that area and measure" (src/routes/check/measure.ts): those of the area the
 * claim names (exactly that area: a county's figure is not its city's), of a unit the claimed unit
 * can be, of a period that answers the claim's, whose measure the words around the figure describe.
 * Only those are compared; a figure of another measure is never offered as the nearest one. A claim
 * that names a part of a whole (省外) is not checked against the whole.
 */

import type { Db } from '../../db/open.ts';
import { boundedVerdict } from '../../domain/bounds.ts';
import { partOfWhole } from '../../domain/changes.ts';
import { judge, recordedFigure, sentenceOf, writtenDigits } from '../../domain/claims.ts';
import { rankField } from '../../domain/counted.ts';
import { compareDecimals } from '../../domain/decimals.ts';
import { figureArea } from '../../domain/figure-area.ts';
import { periodOfFigure } from '../../domain/figure-periods.ts';
import { boundDirection } from '../../domain/hedges.ts';
import { measureWords, stageRegion } from '../../domain/measure-words.ts';
import { countsAdditions, isChange, termsOf } from '../../domain/measures.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import { notBeyondTarget, notLikeOutcome } from '../../domain/outcomes.ts';
import { periodAnswers } from '../../domain/periods.ts';
import { placesTogether } from '../../domain/places.ts';
import { saysOtherMoney, saysOtherStage, saysUndone } from '../../domain/stages.ts';
import { CONFUSED_UNIT, SHARES, type Unit } from '../../domain/units.ts';
import { answersYearWords } from '../../domain/unnamed-years.ts';
import { indicatorResource } from '../../resources/index.ts';
import { loadRecords } from '../../resources/resource.ts';
import { judgedWithDirection } from './direction.ts';
import { explainMatch, recordGone } from './explain.ts';
import type { Lexicon } from './lexicon.ts';
import { byMeasure, type Candidate, candidatesOf, candidatesUnder, figureWithin, judgedSupported, ofSameMeasure } from './measure.ts';
import { explainNotFound } from './not-found.ts';
import { outmatchedWithin, partsOf, ruleOnParts, totalOfParts } from './parts.ts';
import { rankRecords } from './rank.ts';
import { continuedFrame, type Reading, sentenceTerms, withFrame } from './reading.ts';
import { type FigureVerdict, MATCHES, type Match } from './schema.ts';

/**
 * A figure checked. Where its period is another area's words (borrowed) and that reading supports nothing, it is checked again
 * of the period alone: an undated record may support a borrowed year, and contradict it only where no record of its measure
 * states a period (…334.48亿元 of 002-i011's 234.48), not where one does (酒泉市2021年一季度…，武威市到位资金429.49亿元: 003-i014).
 */
export function checkFigure(
  db: Db,
  lexicon: Lexicon,
  text: string,
  reading: Reading,
  figure: WrittenFigure,
  taken: ReadonlySet<string> = new Set(),
  /** The unit the claim wrote, when `figure` is checked in the unit confused with it (CONFUSED_UNIT): an equal figure is its slip. */
  slip?: Unit,
): FigureVerdict {
  const borrowing = { borrowed: false, off: false };
  const first = checkFigureAs(borrowing, db, lexicon, text, reading, figure, taken, slip);
  if (!borrowing.borrowed || first.verdict === 'supported' || first.verdict === 'rounded') return first;
  const record = first.verdict === 'contradicted' ? first.matches[0]?.indicator : undefined;
  const dated = record && candidatesOf(db, record.city, null, null, reading.candidates).some((c) => c.metric === record.metric && c.period);
  if (record && !dated) return first;
  return checkFigureAs({ borrowed: false, off: true }, db, lexicon, text, reading, figure, taken, slip);
}

/** checkFigure's reading, `borrowing` saying whether the period was borrowed (set here) and whether borrowing is off. */
function checkFigureAs(
  borrowing: { borrowed: boolean; off: boolean },
  ...[db, lexicon, text, reading, figure, taken = new Set<string>(), slip]: Parameters<typeof checkFigure>
): FigureVerdict {
  const { read, named, province, blanked, hits } = reading;
  const places = [...named, ...province].sort((a, b) => a.start - b.start);
  const sentence = sentenceOf(read, figure);
  const place = figureArea(read, figure, sentence, { paired: reading.paired.get(figure), named, province });
  const periodRead = periodOfFigure(read, figure, places, place);
  const period = periodRead?.code ?? null;
  // A period of another area's words before the figure (武威市2023年…，高于张掖市…234.48亿元) is not said of it: a record of
  // its area that states no period answers it too, with that said.
  const borrowed = !borrowing.off && periodRead?.borrowed === true;
  borrowing.borrowed = borrowed;
  const words = measureWords(read, blanked, figure, { subjects: places, area: place, measureWord: lexicon.measureWord });
  const wanted = new Map<string, number>();
  const surfaces = new Map<string, string>();
  // A figure's own clause says four times as much of its measure as the clauses before it: in
  // 初步达成意向项目19项，签约项目8项 the 8 are signed projects, not intended ones.
  for (const [part, times] of [
    [words.own, 2],
    [words.before, 0.5],
  ] as const) {
    for (const { term, surface } of termsOf(part)) {
      wanted.set(term, (wanted.get(term) ?? 0) + times * lexicon.weight(term));
      surfaces.set(term, surface);
    }
  }
  const area = place ? lexicon.places.get(place.slug) : undefined;
  // A change (增加520亿元, fell by 5 billion, 下降12.3%) is compared only with records of a change, and a rise by an
  // amount also with those of what was added in the period (新增经营主体): never with a level (开工率99.03%).
  // A rank among another field (居全国第一 of a rank in the province) is another measure.
  const field = figure.units?.[0] === 'rank' ? rankField(read.form.slice(sentence.start, figure.end)) : undefined;
  // A percent of a whole (约占全市到位资金的63.5%, 63.5% of the city's) is a share, never a growth of the whole.
  const share = figure.units?.[0] === 'percent' && !figure.change && partOfWhole(words.own, read.form.slice(figure.end));
  const fits = (c: Candidate) =>
    (field === undefined || c.unit !== 'rank' || rankField(c.label_zh) === field) &&
    // A number of ten thousand or more with no unit (不足五千亿, 5000亿) is an amount or a count, never a share.
    (figure.units !== null || !SHARES.includes(c.unit) || compareDecimals(figure.base.replace('-', ''), '10000') < 0) &&
    !(share && isChange(c.metric)) &&
    (!figure.change ||
      isChange(c.metric) ||
      (figure.change === 'amount' && compareDecimals(figure.base, '0') > 0 && countsAdditions(c.label_zh)));
  // Where the area's own records do not have the figure, an area within it may: said, never compared; asked once.
  let withinAsked: { note: ReturnType<typeof findWithin> } | undefined;
  const findWithin = () => {
    if (!area) return undefined;
    const ask = { units: figure.units, period, holds: (c: Candidate) => fits(c) && judgedSupported(figure, c), memo: reading.candidates };
    const record = figureWithin(db, lexicon, area.slug, { wanted, surfaces }, ask, hits);
    const within = record && lexicon.places.get(record.city);
    return record && within ? { record, place: within, of: area, score: record.score } : undefined;
  };
  const withinNote = () => {
    withinAsked ??= { note: findWithin() };
    return withinAsked.note;
  };
  // Records of the area with the claimed number itself, or one it rounds, under a measure the words do not
  // describe (42.949 billion yuan of investment: the funds in place's): named, never compared. Only a number
  // of three significant digits or more, and no bound: fewer digits, or a bound, are met by chance.
  const sameNumber = () =>
    area && !figure.bound && writtenDigits(figure) >= 3
      ? candidatesOf(db, area.slug, figure.units, period, reading.candidates)
          .filter((c) => {
            const recorded = recordedFigure(c);
            return !taken.has(c.id) && fits(c) && recorded !== null && judge(figure, recorded) !== 'contradicted';
          })
          .slice(0, 3)
      : [];
  // Areas listed and summed before the figure (临泽县和山丹县共…): no record is of their sum, nor one area's it.
  const together = placesTogether(read.form, sentence.start, figure.start, places, lexicon.places);
  const notFound = (reason: Parameters<typeof explainNotFound>[0], elsewhere: Candidate[] = []) => {
    const within = reason === 'measure' ? withinNote() : undefined;
    const same = reason === 'measure' && !within ? sameNumber() : [];
    const why = explainNotFound(reason, { area, period, elsewhere, within, same, together });
    return { verdict: 'not_found' as const, ...why, matches: [] as Match[] };
  };
  if (figure.units?.length === 0) return notFound('currency');
  if (!area || together.length > 1) return notFound(area ? 'together' : 'area');
  if (wanted.size === 0) return notFound('measure');
  const candidates = (units: typeof figure.units, of: string | null) =>
    [
      ...candidatesOf(db, area.slug, units, of, reading.candidates),
      ...(borrowed && of !== null ? candidatesOf(db, area.slug, units, null, reading.candidates).filter((c) => c.period === null) : []),
    ].filter((c) => !taken.has(c.id) && fits(c));
  // Words of a whole year (全年) or of part of one (上半年) with no period written take only a record of that: said, not compared.
  const answersYear = answersYearWords(read, figure, words);
  const yearly = (s: { candidate: Candidate }) => period !== null || answersYear(s.candidate.period);
  const ofMeasure = byMeasure(db, lexicon, area.slug, wanted, surfaces, candidates(figure.units, period), hits);
  const measured = ofMeasure.filter(yearly);
  // The claimed number in the unit confused with the claimed one (24.75% said for 24.75个百分点), of a record the words
  // describe at least as well as any compared (`beaten`): the unit is wrong, not the number.
  const confused = !slip && figure.units?.length === 1 ? CONFUSED_UNIT[figure.units[0]] : undefined;
  const slipped = (beaten: number): FigureVerdict | undefined => {
    if (!confused || figure.bound) return undefined;
    const same = byMeasure(db, lexicon, area.slug, wanted, surfaces, candidates([confused], period), hits).some((s) => {
      const recorded = recordedFigure(s.candidate);
      return recorded !== null && s.score >= beaten && compareDecimals(recorded.base, figure.base) === 0;
    });
    return same ? checkFigure(db, lexicon, text, reading, { ...figure, units: [confused] }, taken, figure.units?.[0]) : undefined;
  };
  const frame = words.from === sentence.start ? continuedFrame(reading, sentence, figure, place?.slug) : undefined;
  const terms = withFrame(reading, sentenceTerms(reading, { start: words.from, end: sentence.end }, figure), frame);
  const { said } = terms;
  // A case's place is said once and its figures follow in the sentences after (兴盛嘉园…。…为16户办理): read from the paragraph's start.
  const paragraph = read.paragraphs.find((p) => p.start <= sentence.start && sentence.end <= p.end) ?? sentence;
  const caseText = blanked.slice(paragraph.start, sentence.end);
  const partsRead = partsOf(lexicon, measured, { ...terms, caseText, words });
  const { partOf, whole, namesPart, saysScope, unnamedPart } = partsRead;
  // A claim that names a part is not about the whole, whatever the part's records measure in: the dataset gives Wuwei's
  // out-of-province funds only as a growth rate, so 武威市省外到位资金429.49亿元 is not the whole's 429.49亿元.
  const partNamed =
    whole && byMeasure(db, lexicon, area.slug, wanted, surfaces, candidates(null, period), hits).some((s) => saysScope(s.candidate));
  const found = partNamed
    ? measured.filter((s) => saysScope(s.candidate))
    : whole
      ? measured.filter((s) => namesPart(s.candidate))
      : measured;
  const parts = measured.filter((s) => !found.includes(s));
  if (found.length === 0) {
    // Of the area and measure but of another period: said, never compared.
    const other = period
      ? byMeasure(db, lexicon, area.slug, wanted, surfaces, candidates(figure.units, null), hits).filter(
          (s) => !periodAnswers(s.candidate.period, period) && (!partNamed || saysScope(s.candidate)),
        )
      : ofMeasure.filter((s) => !yearly(s));
    const elsewhere = other.map((s) => s.candidate);
    return slipped(Number.NEGATIVE_INFINITY) ?? notFound(elsewhere.length > 0 ? 'period' : 'measure', elsewhere);
  }
  const before = read.form.slice(sentence.start, figure.start);
  const inSentence = read.figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
  const several = inSentence.length > 1;
  const ranks = { said, before, sentence: read.form.slice(sentence.start, sentence.end), own: words.own, several };
  // A bound is judged by the area's whole where one is compared: a part's figure within it says nothing of the whole. A
  // metric under another's key in the same unit (…opinions_received.accepted_by_city) is a part of it too.
  const under = (c: Candidate) => found.some((o) => c.metric.startsWith(`${o.candidate.metric}.`) && o.candidate.unit === c.unit);
  const wholes = found.filter((s) => !unnamedPart(s.candidate) && !under(s.candidate));
  const all = rankRecords(lexicon, figure, figure.bound && wholes.length > 0 ? wholes : found, ranks);
  // A record that is a bound holding the claimed figure without giving it (5200 of 5000余; 4216万 of 4000多万) neither
  // supports nor contradicts it: set aside, and where no record but parts the claim does not name is left, not found, it named.
  const open = all.filter((j) => boundedVerdict(figure, j.recorded) === 'open');
  const openNote = () => explainNotFound('open', { area, period, part: { record: open[0].candidate } });
  const leftOpen = () => ({ verdict: 'not_found' as const, ...openNote(), matches: [] as Match[] });
  // The same case's or measure's figure given as a value beside the bound (尚欠4216万元 beside 4000多万元) judges it.
  const alike = (c: Candidate) =>
    boundDirection(c.qualifier) === null &&
    open.some((o) => o.candidate.metric === c.metric && o.candidate.complaint === c.complaint && o.candidate.scope === c.scope);
  const decided = all.filter((j) => !open.includes(j));
  const valued = decided.length > 0 || open.length === 0 ? [] : candidates(figure.units, period).filter(alike);
  const ranked =
    valued.length > 0
      ? rankRecords(
          lexicon,
          figure,
          valued.map((candidate) => ({ candidate, score: 0 })),
          ranks,
        )
      : decided;
  if (ranked.length === 0) return leftOpen();
  const judged = ranked.filter((j) => j.behind === ranked[0].behind).slice(0, MATCHES);
  const ruling = ruleOnParts(figure, ranked, { ...partsRead, found }, () =>
    totalOfParts(lexicon, said, words.own, ranked[0].candidate, () =>
      candidatesUnder(db, area.slug, figure.units, period, reading.candidates),
    ),
  );
  // Another stage (竣工, 签约) than a record counts, in the figure's words and between its neighbours (completed 5 of its 8); other money
  // (到位, 签约); what was not done (未办结) of a record of what was; a target of a record by how much it was beaten.
  const afterFigure = read.form.slice(figure.end, inSentence.find((f) => f.start >= figure.end)?.start ?? sentence.end);
  const region = stageRegion(read, sentence, figure);
  const own = /\s$/.test(words.own) ? words.own : `${words.own}.`; // ends at a blanked figure, or at its clause's end
  const other = (c: Candidate) =>
    (saysOtherStage(own, c) && saysOtherStage(region, c)) ||
    saysOtherMoney(own, c) ||
    saysUndone(own, c) ||
    notBeyondTarget(c, own, before);
  const slipping = judged[0].verdict === 'contradicted' || ruling === 'only_parts' ? slipped(judged[0].score) : undefined;
  if (slipping) return slipping;
  if (ruling) {
    if (open.length > 0) return leftOpen();
    const record = judged.find((j) => figure.unitText !== '' && j.candidate.unit_zh === figure.unitText)?.candidate ?? judged[0].candidate;
    // A record of another stage (started, for a claim of completed) is no part of what the claim measures; a plan of what
    // the claim says was done is said to be one (claims20: 'name the part' of a planned total).
    if (judged.every((j) => other(j.candidate))) return notFound('measure');
    const note = { record, scope: lexicon.scopes.get(partOf(record) ?? record.scope ?? '') };
    const full = loadRecords(db, indicatorResource, [record.id])[0];
    const reason = record.scope === 'one_case' ? 'case' : (full && notLikeOutcome(full, words.own, before, afterFigure)) || 'part';
    const within = reason === 'part' ? withinNote() : undefined;
    return { verdict: 'not_found' as const, ...explainNotFound(reason, { area, period, part: note, within }), matches: [] as Match[] };
  }
  const ofStage = judged.filter((j) => !other(j.candidate));
  if (ofStage.length === 0) return notFound('measure');
  judged.splice(0, judged.length, ...ofStage);
  // A record whose measure the clause names otherwise does not contradict it: 财政收入增长6% is not the tourism
  // revenue's growth. Its equal number still supports: words alone cannot tell another measure from a synonym
  // (破土 for 开工), and a number met exactly can; but not a narrower measure (inbound, 入境; a part's 新引进) the record does not say.
  const same = ofSameMeasure(db, lexicon, area.slug, words.own, surfaces, judged, hits);
  if (same.length === 0) return notFound('measure');
  judged.splice(0, judged.length, ...same);
  // Nor where an area within has the figure under a measure the words describe clearly better (outmatchedWithin).
  if (judged[0].verdict === 'contradicted' && outmatchedWithin(withinNote(), judged[0])) return notFound('measure');
  // A negated figure written with no unit (not 19.6 million) is not contradicted by any record's other number, a share's.
  if (figure.negated && figure.units === null && judged[0].verdict === 'contradicted') return notFound('measure');
  const ids = judged.map((j) => j.candidate.id);
  const records = new Map(loadRecords(db, indicatorResource, ids).map((r) => [r.id, r]));
  // A record that is a plan compared with a claim of what was done, or one of what was done with a target: not found.
  const first = records.get(judged[0].candidate.id);
  const unlike = first && notLikeOutcome(first, words.own, before, afterFigure);
  if (first && unlike) {
    return { verdict: 'not_found' as const, ...explainNotFound(unlike, { area, period, part: { record: first } }), matches: [] as Match[] };
  }
  // The claimed figure may be a part's, said of the whole (46.75% is out-of-province funds' growth): said with the best match.
  // Only a part: beside a claim that names a part, the records set aside are wholes, and a whole's figure is no part's.
  const part =
    judged[0].verdict === 'supported'
      ? undefined
      : parts.find((s) => partOf(s.candidate) !== undefined && judgedSupported(figure, s.candidate));
  const partNote = part && { record: part.candidate, scope: lexicon.scopes.get(partOf(part.candidate) ?? '') };
  const within = judged[0].verdict === 'supported' || part ? undefined : withinNote();
  const matches = judged.map((j, k) =>
    explainMatch({
      part: k === 0 ? partNote : undefined,
      within: k === 0 ? within : undefined,
      verdict: slip && j.verdict === 'supported' ? 'contradicted' : j.verdict,
      slip: slip && j.verdict === 'supported' ? slip : undefined,
      figure,
      text,
      period,
      borrowed,
      indicator: records.get(j.candidate.id) ?? recordGone(j.candidate.id),
      recorded: j.recorded,
      lexicon,
    }),
  );
  return judgedWithDirection(db, read.form, figure, matches);
}
