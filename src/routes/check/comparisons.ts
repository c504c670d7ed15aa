/**
 * Whether the records bear out what a text says of two of its figures side by side (src/domain/comparisons.ts):
 * more, less, a multiple. Judged only where both figures are supported or rounded by records in one unit, by
 * the records' values; no HTTP.
 */
import { textSpan } from '../../domain/chinese.ts';
import type { Comparison } from '../../domain/comparisons.ts';
import { boundDirection } from '../../domain/hedges.ts';
import type { ComparisonCheck, FigureCheck } from './schema.ts';

/** How near a multiple said plainly (两倍, twice, 3.5倍) is to the records' ratio: within a twentieth of it either way. */
const ABOUT = 1 / 20;
/** How near nearly is (近四倍): within a tenth below it. */
const NEARLY = 1 / 10;

function holds(c: Comparison, ratio: number): boolean {
  // More or less than the second, or than the part of it said (高于后者的一半: than half of it).
  const of = c.part?.factor ?? 1;
  if (c.says === 'more') return ratio > of;
  if (c.says === 'less') return ratio < of;
  const n = c.times?.n ?? Number.NaN;
  if (c.times?.bound === 'some') return ratio > n && ratio < n + 1;
  if (c.times?.bound === 'more') return ratio > n;
  if (c.times?.bound === 'nearly') return ratio < n && ratio >= n * (1 - NEARLY);
  return Math.abs(ratio / n - 1) <= ABOUT;
}

const SAYS_EN = { more: 'more than', less: 'less than' } as const;
const SAYS_ZH = { more: '高于', less: '低于' } as const;
const TIMES_EN = { some: '', more: 'more than', nearly: 'nearly', about: '' } as const;
const TIMES_ZH = { some: '多', more: '以上', nearly: '', about: '' } as const;

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
    // A record that is a bound (120亿元以上, 5000余场次) gives no value to set beside the other's: left unjudged.
    if (boundDirection(x.qualifier) !== null || boundDirection(y.qualifier) !== null) continue;
    const ratio = x.value_base / y.value_base;
    const verdict = holds(c, ratio) ? 'supported' : 'contradicted';
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
          : `${TIMES_EN[bound]} ${times(n)}`.trim();
    const saysZh = c.says === 'times' ? `的${bound === 'nearly' ? '近' : ''}${n}倍${TIMES_ZH[bound]}` : SAYS_ZH[c.says];
    const ratioEn = c.says === 'times' || c.part ? `, ${Number(ratio.toPrecision(2))} times it` : '';
    const timesZh = c.says === 'times' || c.part ? `，前者为后者的${Number(ratio.toPrecision(2))}倍` : '';
    const records = `${x.value_text}${x.unit_zh} (${x.id}) and ${y.value_text}${y.unit_zh} (${y.id})`;
    const recordsZh = `${x.value_text}${x.unit_zh}（${x.id}）与${y.value_text}${y.unit_zh}（${y.id}）`;
    const claimZh =
      c.says === 'times' ? `“${a.text}”是“${b.text}”${saysZh}` : `“${a.text}”${saysZh}“${b.text}”${c.part ? `的${factor}倍` : ''}`;
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
