/**
 * A text's figures checked together (each by checkFigure, src/routes/check/query.ts), no HTTP: a page
 * checks a pasted paragraph with `checkText`, as POST /check does; GET /check answers `checkClaim`.
 */
import { LIMITS } from '../../config.ts';
import type { Db } from '../../db/open.ts';
import { textSpan } from '../../domain/chinese.ts';
import { blankedForm, holdOf, readText, sentenceOf, type Verdict } from '../../domain/claims.ts';
import { readComparisons, withoutComparingHedges } from '../../domain/comparisons.ts';
import { readPlaces, respectivePlaces, subjectPlaces } from '../../domain/places.ts';
import { provinceIsArea } from '../../domain/province.ts';
import { LEVELS } from '../../domain/vocabulary.ts';
import { groupBy } from '../../group.ts';
import { checkComparisons } from './comparisons.ts';
import { lexiconOf } from './lexicon.ts';
import { explainNotFound } from './not-found.ts';
import { checkFigure } from './query.ts';
import type { Reading } from './reading.ts';
import type { ComparisonCheck, FigureCheck, Match } from './schema.ts';

/** Code point offsets of UTF-16 indexes of `text`. */
function codePoints(text: string): (index: number) => number {
  const at = new Array<number>(text.length + 1);
  let n = 0;
  for (let k = 0; k <= text.length; k++) {
    at[k] = n;
    const code = text.charCodeAt(k);
    if (!(code >= 0xd800 && code <= 0xdbff && k + 1 < text.length)) n++;
  }
  return (index) => at[index];
}

/** A text that gives more figures than one check takes (LIMITS.checkFigures): refused before any is checked. */
export class TooManyFigures extends Error {
  constructor(readonly figures: number) {
    super(`at most ${LIMITS.checkFigures} figures (it gives ${figures}); check it in parts`);
  }
}

/** Every figure of a text, checked, in order; a text of more than LIMITS.checkFigures is refused (TooManyFigures). */
export function checkText(db: Db, text: string): { results: FigureCheck[]; comparisons: ComparisonCheck[] } {
  const lexicon = lexiconOf(db);
  const found = readText(text, lexicon.placeNames);
  if (found.figures.length > LIMITS.checkFigures) throw new TooManyFigures(found.figures.length);
  const comparisons = readComparisons(found);
  const read = withoutComparingHedges(found, comparisons);
  // Every place named is blanked out of the measure words; only those that may be the subject are the figures' areas.
  const places = read.places;
  // An area no record is of (浙江 of 浙江艾佳果蔬开发有限公司) is the subject only where the text names no area that has one.
  const recorded = places.filter((p) => lexicon.recorded.has(p.slug));
  const named = subjectPlaces(read.form, recorded.length > 0 ? recorded : places, read.sentences, (slug) => {
    const level = lexicon.places.get(slug)?.level;
    return level === undefined ? undefined : LEVELS.indexOf(level);
  });
  const provinceWords = readPlaces(read.form, lexicon.provinceWords);
  const province = provinceWords.filter((p) => provinceIsArea(read.form, p));
  const reading: Reading = {
    read,
    named,
    province,
    // The words comparing two figures (高于, 比…还多) are no measure's: blanked as places are (Comparison.blank).
    blanked: blankedForm(read, [...places, ...provinceWords, ...comparisons.flatMap((c) => c.blank)]),
    paired: respectivePlaces(read.form, named, read.figures, read.sentences),
    hits: new Map(),
    candidates: new Map(),
  };
  const offset = codePoints(text);
  const checks = read.figures.map((figure) => checkFigure(db, lexicon, text, reading, figure));
  // A record another figure of the text is (515个新引进项目已开工510个: the 510 started) is not what this
  // one measures: another record the words describe may have this figure itself (the 515 introduced).
  // Only within a sentence: a text that gives a measure twice, differently, contradicts itself. The
  // figure that holds a record better keeps it: one that gives it exactly, then one rounded from it
  // (约500个新引进项目已开工510个: the 510 is the started; the 约500, the 515 introduced, rounded).
  // A negated figure (不是500亿元) holds no record: it says what the value is not.
  const hold = (k: number) => (read.figures[k].negated ? holdOf('not_found') : holdOf(checks[k].verdict));
  // Each figure's sentence, and the figures of each sentence, found once (a paragraph of 666 one-figure
  // sentences asked it of every pair).
  const sentences = read.figures.map((figure) => sentenceOf(read, figure));
  const bySentence = groupBy(sentences.keys(), (k) => sentences[k].start);
  const results = read.figures.map((figure, k): FigureCheck => {
    let check = checks[k];
    const sentence = sentences[k];
    const taken = new Set(
      (bySentence.get(sentence.start) ?? [])
        .filter((j) => j !== k && hold(j) > Math.max(hold(k), 0))
        .map((j) => checks[j].matches[0]?.indicator.id)
        .filter((id) => id !== undefined),
    );
    const other =
      hold(k) >= 0 && hold(k) < holdOf('supported') && taken.has(check.matches[0].indicator.id) ? check.matches[0].indicator : undefined;
    if (other) {
      // Another record the words describe is judged, whatever its verdict (500个新引进项目 against the 515 introduced);
      // with none, the one compared is the other figure's, not this one's: not found, not contradicted.
      // A rounded figure that no other record fits restates the taken one (515个，约500个): it keeps it.
      const again = checkFigure(db, lexicon, text, reading, figure, taken);
      check =
        again.verdict !== 'not_found'
          ? again
          : check.verdict === 'rounded'
            ? check
            : { verdict: 'not_found', ...explainNotFound('taken', { part: { record: other } }), matches: [] };
    }
    // Where the figure stands in the text as given (past any pinyin gloss the reading closed up).
    const written = textSpan(text, figure);
    return {
      start: offset(written.start),
      end: offset(written.end),
      text: text.slice(written.start, written.end),
      claim: text.slice(sentence.start, sentence.end).trim(),
      ...check,
    };
  });
  // What the text says of two figures side by side (高于, more than, 两倍多), where records back both.
  return { results, comparisons: checkComparisons(text, comparisons, results, offset) };
}

/** The answer to one claim: the verdict on its figures, their matches, best first for each figure. */
export function checkClaim(db: Db, claim: string) {
  const { results: figures, comparisons } = checkText(db, claim);
  if (figures.length === 0) {
    return { claim, verdict: 'not_found' as Verdict, ...explainNotFound('figure', {}), matches: [] as Match[], figures: [], comparisons };
  }
  const verdicts = [...figures, ...comparisons].map((f) => f.verdict);
  const verdict: Verdict = verdicts.includes('contradicted')
    ? 'contradicted'
    : verdicts.includes('not_found')
      ? 'not_found'
      : verdicts.includes('rounded')
        ? 'rounded'
        : 'supported';
  const said = [...figures, ...comparisons];
  const join = (key: 'explanation_en' | 'explanation_zh') =>
    said.length === 1
      ? said[0][key]
      : key === 'explanation_zh'
        ? said.map((f) => `${f.text}：${f[key]}`).join('；')
        : said.map((f) => `${f.text}: ${f[key]}`).join(' ');
  return {
    claim,
    verdict,
    explanation_en: join('explanation_en'),
    explanation_zh: join('explanation_zh'),
    matches: figures.flatMap((f) => f.matches),
    figures: figures.map((f) => {
      const { start, end, text, verdict, explanation_en, explanation_zh } = f;
      return { start, end, text, verdict, explanation_en, explanation_zh, indicator: f.matches[0]?.indicator.id ?? null };
    }),
    comparisons,
  };
}
