/**
 * Whether the records bear out what a text says of two of its figures side by side (src/domain/comparisons.ts):
 * more, less, a multiple. Judged only where both figures are supported or rounded by records in one unit, by
 * the records' values; no HTTP.
 */

import { someEnd } from '../../domain/bounds.ts';
import { textSpan } from '../../domain/chinese.ts';
import { recordedFigure } from '../../domain/claims.ts';
import type { Comparison } from '../../domain/comparisons.ts';
import { boundDirection, type Hedge, withQualifier } from '../../domain/hedges.ts';
import { unitInWords, unitWord } from '../../domain/units.ts';
import { writesSome } from './measure.ts';
import type { ComparisonCheck, FigureCheck } from './schema.ts';

/** How near a multiple said plainly (两倍, twice, 3.5倍) is to the records' ratio: within a twentieth of it either way. */
const ABOUT = 1 / 20;
/** How near nearly is (近四倍): within a tenth below it. */
const NEARLY = 1 / 10;

/** Ratios from `low` to `high`, each end within them or not. */
type Window = { low: number; high: number; lowIn: boolean; highIn: boolean; settles: boolean };

/**
 * The ratios of the first figure to the second that bear out what is said of them: more or less than the second, or than
 * the part of it said (高于后者的一半: than half of it); a multiple within a twentieth (两倍), N倍多 between N and N + 1, 以上
 * above, 以下 below, 近 within a tenth below. `by` (higher by N times: N or N + 1 times as it is read) is at least N, and
 * no ratio from N up settles which is meant.
 */
function window(c: Comparison): Window {
  const open = { lowIn: false, highIn: false, settles: true };
  const of = c.part?.factor ?? 1;
  if (c.says === 'more') return { ...open, low: of, high: Number.POSITIVE_INFINITY };
  if (c.says === 'less') return { ...open, low: 0, high: of };
  const n = c.times?.n ?? Number.NaN;
  const bound = c.times?.bound;
  if (bound === 'some') return { ...open, low: n, high: n + 1 };
  if (bound === 'more') return { ...open, low: n, high: Number.POSITIVE_INFINITY };
  if (bound === 'less') return { ...open, low: 0, high: n };
  if (bound === 'by') return { low: n, high: Number.POSITIVE_INFINITY, lowIn: true, highIn: false, settles: false };
  if (bound === 'nearly') return { low: n * (1 - NEARLY), high: n, lowIn: true, highIn: false, settles: true };
  return { low: n * (1 - ABOUT), high: n * (1 + ABOUT), lowIn: true, highIn: true, settles: true };
}

/**
 * Whether ratios from `low` to `high` (one ratio where both are the same: two records of values; a range where one is a
 * bound) bear out what is said: supported where every one is within its window, contradicted where none is, unjudged
 * between, or where being within it does not settle what is said (`by`).
 */
function judgeRatios(c: Comparison, low: number, high: number): 'supported' | 'contradicted' | 'unjudged' {
  const w = window(c);
  const inside = (r: number) => (r > w.low || (w.lowIn && r === w.low)) && (r < w.high || (w.highIn && r === w.high));
  if (inside(low) && inside(high)) return w.settles ? 'supported' : 'unjudged';
  const below = high < w.low || (high === w.low && !w.lowIn);
  const above = low > w.high || (low === w.high && !w.highIn);
  return below || above ? 'contradicted' : 'unjudged';
}

/** A record compared: its figure, its hedge and the quote that says whether it is a range (余, 多). */
type Recorded = Parameters<typeof recordedFigure>[0] & {
  id: string;
  value_base: number;
  qualifier: Hedge;
  evidence: { text: string }[];
};

/**
 * The values a record may be (src/domain/bounds.ts): itself; more than its number up to one more of its last digit
 * written where its quote writes 余 or 多 (5000余: 5000 to 6000); with no end for 超 or 以上; from nothing for 不到.
 */
function valuesOf(r: Recorded): [number, number] {
  const way = boundDirection(r.qualifier);
  if (way === 'down') return [0, r.value_base];
  if (way !== 'up') return [r.value_base, r.value_base];
  const recorded = recordedFigure({ ...r, some: writesSome(r.evidence[0]?.text ?? '', r) });
  const ranged = r.qualifier === 'more_than' && recorded?.range != null;
  return [r.value_base, ranged && recorded ? Number(someEnd(recorded)) : Number.POSITIVE_INFINITY];
}

/**
 * A comparison of records of which one or both are bounds (1650余件, 总投资120亿元以上): a range each, not a value, and so a
 * range of ratios (judgeRatios). Undefined where both records are values.
 */
function rangedVerdict(c: Comparison, x: Recorded, y: Recorded): 'supported' | 'contradicted' | 'unjudged' | undefined {
  const [[xLow, xHigh], [yLow, yHigh]] = [valuesOf(x), valuesOf(y)];
  if (xLow === xHigh && yLow === yHigh) return undefined;
  return yLow === 0 ? 'unjudged' : judgeRatios(c, xLow / yHigh, xHigh / yLow);
}

const SAYS_EN = { more: 'more than', less: 'less than' } as const;
const SAYS_ZH = { more: '高于', less: '低于' } as const;
const TIMES_EN = { some: '', more: 'more than', less: 'less than', nearly: 'nearly', about: '', by: '' } as const;
const TIMES_ZH = { some: '多', more: '以上', less: '以下', nearly: '', about: '', by: '' } as const;

/** Words in each language: what a claim says of two figures, or why the records do not settle it. */
type Words = { en: string; zh: string };

/**
 * The comparisons a text makes (readComparisons), each judged by the records of its two figures where both are supported
 * or rounded in one unit; the others are given as not judged, with why: a comparison read is never passed over in silence.
 */
export function checkComparisons(
  text: string,
  comparisons: readonly Comparison[],
  figures: readonly FigureCheck[],
  offset: (index: number) => number,
): ComparisonCheck[] {
  return comparisons.map((c) => {
    const [a, b] = [figures[c.left], figures[c.right]];
    const [x, y] = [a.matches[0]?.indicator, b.matches[0]?.indicator];
    const written = textSpan(text, c);
    const n = Number((c.times?.n ?? 0).toPrecision(3));
    const bound = c.times?.bound ?? 'about';
    const times = (k: number) => (k === 2 ? 'twice' : `${k} times`);
    const factor = c.part && Number(c.part.factor.toPrecision(3));
    const saysEn =
      c.says !== 'times'
        ? `${SAYS_EN[c.says]}${factor ? ` ${factor} times` : ''}`
        : bound === 'some'
          ? `more than ${times(n)} but less than ${n + 1} times`
          : bound === 'by'
            ? `${n} times higher than (at least ${n} times)`
            : `${TIMES_EN[bound]} ${times(n)}`.trim();
    const saysZh = c.says === 'times' ? `的${bound === 'nearly' ? '近' : ''}${n}倍${TIMES_ZH[bound]}` : SAYS_ZH[c.says];
    const claimZh =
      c.says !== 'times'
        ? `“${a.text}”${saysZh}“${b.text}”${c.part ? `的${factor}倍` : ''}`
        : bound === 'by'
          ? `“${a.text}”高于“${b.text}”${n}倍（至少为其${n}倍）`
          : `“${a.text}”是“${b.text}”${saysZh}`;
    const said = { en: `the claim says ${a.text} is ${saysEn} ${b.text}`, zh: `声明称${claimZh}` };
    const { verdict, en, zh } = judged(c, [a, b], [x, y], said, n);
    return {
      start: offset(written.start),
      end: offset(written.end),
      text: text.slice(written.start, written.end),
      figures: [c.left, c.right],
      verdict,
      explanation_en: `${verdict === 'supported' ? 'Supported' : verdict === 'contradicted' ? 'Contradicted' : 'Not judged'}: ${en}`,
      explanation_zh: `${verdict === 'supported' ? '属实' : verdict === 'contradicted' ? '不符' : '未判断'}：${zh}`,
    };
  });
}

/**
 * The records' verdict on a comparison of figures `a` and `b` (their records `x` and `y`), and what it rests on: their values,
 * or why none is given. `n` is the multiple said, as the claim's words give it.
 */
function judged(
  c: Comparison,
  [a, b]: [FigureCheck, FigureCheck],
  [x, y]: [Recorded | undefined, Recorded | undefined],
  said: Words,
  n: number,
): { verdict: ComparisonCheck['verdict'] } & Words {
  const unjudged = (why: Words) => ({ verdict: 'unjudged' as const, en: `${said.en}; ${why.en}.`, zh: `${said.zh}；${why.zh}。` });
  const backed = (f: FigureCheck) => f.verdict === 'supported' || f.verdict === 'rounded';
  const unbacked = [a, b].find((f) => !backed(f));
  if (!x || !y || unbacked) {
    const f = unbacked ?? a;
    return unjudged({
      en: `no record supports ${f.text} as the claim gives it, so there are no two figures of records to compare`,
      zh: `“${f.text}”没有记录支持，无从比较两条记录`,
    });
  }
  const hedged = (r: Recorded, lang: 'zh' | 'en') => withQualifier(`${r.value_text}${r.unit_zh}`, r.qualifier, lang);
  const records = `${hedged(x, 'en')} (${x.id}) and ${hedged(y, 'en')} (${y.id})`;
  const recordsZh = `${hedged(x, 'zh')}（${x.id}）与${hedged(y, 'zh')}（${y.id}）`;
  if (x.unit !== y.unit)
    return unjudged({
      en: `the records give ${records}, in two units (${unitInWords(x.unit)}, ${unitInWords(y.unit)}), which are not compared`,
      zh: `记录为${recordsZh}，单位不同（${unitWord(x.unit, 'zh')}、${unitWord(y.unit, 'zh')}），不作比较`,
    });
  if (y.value_base === 0)
    return unjudged({ en: `the records give ${records}: nothing is a multiple of zero`, zh: `记录为${recordsZh}，后者为零` });
  const ratio = x.value_base / y.value_base;
  const verdict = rangedVerdict(c, x, y) ?? judgeRatios(c, ratio, ratio);
  const shown = Number(ratio.toPrecision(2));
  if (verdict === 'unjudged') {
    // Higher by N times leaves it open whatever the ranges (1650余 against 1233 is 1.34 times either way); else the ranges do.
    return unjudged(
      c.times?.bound === 'by'
        ? {
            en: `the records give ${records}, ${shown} times it; higher by ${n === 1 ? 'one time' : `${n} times`} is read as ${n} or as ${n + 1} times, and which is meant is not settled`,
            zh: `记录为${recordsZh}，前者为后者的${shown}倍；“高于…${n}倍”可读作${n}倍或${n + 1}倍，无法判断`,
          }
        : {
            en: `the records give ${records}; a record of 余, 多, 以上 or 不到 is a range, and theirs leave it open`,
            zh: `记录为${recordsZh}；带“余”“多”“以上”“不到”的记录是一个范围，据此无法判断`,
          },
    );
  }
  const ratioEn = c.says === 'times' || c.part ? `, ${shown} times it` : '';
  const timesZh = c.says === 'times' || c.part ? `，前者为后者的${shown}倍` : '';
  return { verdict, en: `${said.en}; the records give ${records}${ratioEn}.`, zh: `${said.zh}；记录为${recordsZh}${timesZh}。` };
}
