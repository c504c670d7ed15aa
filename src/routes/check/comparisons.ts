/**
 * Whether the records bear out what a text says of two of its figures side by side (src/domain/comparisons.ts):
 * more, less, a multiple. Judged only where both figures are supported or rounded by records in one unit, by
 * the records' values; no HTTP.
 */
import { textSpan } from '../../domain/chinese.ts';
import type { Comparison } from '../../domain/comparisons.ts';
import { boundDirection, type Hedge, qualifierWord } from '../../domain/hedges.ts';
import type { ComparisonCheck, FigureCheck } from './schema.ts';

/** How near a multiple said plainly (两倍, twice, 3.5倍) is to the records' ratio: within a twentieth of it either way. */
const ABOUT = 1 / 20;
/** How near nearly is (近四倍): within a tenth below it. */
const NEARLY = 1 / 10;

function holds(c: Comparison, ratio: number): boolean | null {
  // More or less than the second, or than the part of it said (高于后者的一半: than half of it).
  const of = c.part?.factor ?? 1;
  if (c.says === 'more') return ratio > of;
  if (c.says === 'less') return ratio < of;
  const n = c.times?.n ?? Number.NaN;
  if (c.times?.bound === 'some') return ratio > n && ratio < n + 1;
  if (c.times?.bound === 'more') return ratio > n;
  if (c.times?.bound === 'less') return ratio < n;
  // Higher by N times: N or N + 1 times it as it is read, at least N either way; past N, which is meant is not known.
  if (c.times?.bound === 'by') return ratio < n ? false : null;
  if (c.times?.bound === 'nearly') return ratio < n && ratio >= n * (1 - NEARLY);
  return Math.abs(ratio / n - 1) <= ABOUT;
}

type Recorded = {
  value: number;
  value_base: number;
  qualifier: string;
  value_text: string;
  unit_zh: string;
  id: string;
  evidence: { text_zh_hans?: string; text: string }[];
};

/**
 * How far above its number a figure of 余 or 多 goes: short of one more in its last digit written (5000余: below 6000;
 * 1650余: below 1660; 80多万: below 90万), as its quote writes it; none known for 超 or 以上.
 */
function someStep(r: Recorded): number | undefined {
  const quote = r.evidence[0]?.text_zh_hans ?? r.evidence[0]?.text ?? '';
  if (!new RegExp(`(?<![\\d.])${r.value_text.replace('.', '\\.')}\\s*[余多]`).test(quote)) return undefined;
  const [, decimals = ''] = r.value_text.split('.');
  const zeros = decimals ? -decimals.length : (/0*$/.exec(r.value_text)?.[0].length ?? 0);
  return 10 ** zeros * (r.value_base / r.value);
}

/**
 * A comparison of records of which one or both are bounds (1650余件, 总投资120亿元以上): a range each, not a value. Judged where
 * every value in the ranges bears it out (supported) or none does (contradicted); unjudged between, and for a multiple.
 * Undefined where both records are values.
 */
function boundedVerdict(c: Comparison, x: Recorded, y: Recorded): 'supported' | 'contradicted' | 'unjudged' | undefined {
  const range = (r: Recorded): [number, number] => {
    const way = boundDirection(r.qualifier as Hedge);
    if (way === 'up') return [r.value_base, r.value_base + (someStep(r) ?? Number.POSITIVE_INFINITY)];
    return way === 'down' ? [0, r.value_base] : [r.value_base, r.value_base];
  };
  const [[xLow, xHigh], [yLow, yHigh]] = [range(x), range(y)];
  if (xLow === xHigh && yLow === yHigh) return undefined;
  if (c.says === 'times' || yLow === 0) return 'unjudged';
  const of = c.part?.factor ?? 1;
  const [low, high] = [xLow / yHigh, xHigh / yLow];
  if (c.says === 'more') return low > of ? 'supported' : high < of ? 'contradicted' : 'unjudged';
  return high < of ? 'supported' : low > of ? 'contradicted' : 'unjudged';
}

const SAYS_EN = { more: 'more than', less: 'less than' } as const;
const SAYS_ZH = { more: '高于', less: '低于' } as const;
const TIMES_EN = { some: '', more: 'more than', less: 'less than', nearly: 'nearly', about: '', by: '' } as const;
const TIMES_ZH = { some: '多', more: '以上', less: '以下', nearly: '', about: '', by: '' } as const;

/** The comparisons a text makes (readComparisons) between figures that records support, each judged; the others are left unjudged. */
export function checkComparisons(
  text: string,
  comparisons: readonly Comparison[],
  figures: readonly FigureCheck[],
  offset: (index: number) => number,
): ComparisonCheck[] {
  const judged: ComparisonCheck[] = [];
  for (const c of comparisons) {
    const [a, b] = [figures[c.left], figures[c.right]];
    const [x, y] = [a.matches[0]?.indicator, b.matches[0]?.indicator];
    const backed = (f: FigureCheck) => f.verdict === 'supported' || f.verdict === 'rounded';
    if (!x || !y || !backed(a) || !backed(b) || x.unit !== y.unit || y.value_base === 0) continue;
    const ratio = x.value_base / y.value_base;
    const held = holds(c, ratio);
    const verdict = boundedVerdict(c, x, y) ?? (held === null ? 'unjudged' : held ? 'supported' : 'contradicted');
    if (verdict === 'unjudged') continue;
    const written = textSpan(text, c);
    const n = c.times?.n ?? 0;
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
    const ratioEn = c.says === 'times' || c.part ? `, ${Number(ratio.toPrecision(2))} times it` : '';
    const timesZh = c.says === 'times' || c.part ? `，前者为后者的${Number(ratio.toPrecision(2))}倍` : '';
    const hedged = (r: Recorded, lang: 'zh' | 'en') => {
      const word = qualifierWord(r.qualifier, lang);
      return `${word}${word && lang === 'en' ? ' ' : ''}${r.value_text}${r.unit_zh}`;
    };
    const records = `${hedged(x, 'en')} (${x.id}) and ${hedged(y, 'en')} (${y.id})`;
    const recordsZh = `${hedged(x, 'zh')}（${x.id}）与${hedged(y, 'zh')}（${y.id}）`;
    const claimZh =
      c.says !== 'times'
        ? `“${a.text}”${saysZh}“${b.text}”${c.part ? `的${factor}倍` : ''}`
        : bound === 'by'
          ? `“${a.text}”高于“${b.text}”${n}倍（至少为其${n}倍）`
          : `“${a.text}”是“${b.text}”${saysZh}`;
    judged.push({
      start: offset(written.start),
      end: offset(written.end),
      text: text.slice(written.start, written.end),
      figures: [c.left, c.right],
      verdict,
      explanation_en: `${verdict === 'supported' ? 'Supported' : 'Contradicted'}: the claim says ${a.text} is ${saysEn} ${b.text}; the records give ${records}${ratioEn}.`,
      explanation_zh: `${verdict === 'supported' ? '属实' : '不符'}：声明称${claimZh}；记录为${recordsZh}${timesZh}。`,
    });
  }
  return judged;
}
