/** A quote with its figures' numbers or a name marked, shown as Chinese text is read. */

import type { ComponentChildren } from 'preact';
import { figurePlaces, phraseRuns } from '../domain/written.ts';
import type { Indicator } from '../resources/indicators.ts';

/** A figure's number as Marked finds it: its value as written, its unit as written after it. */
export type MarkedFigure = Pick<Indicator, 'value_text' | 'unit_zh'>;

/**
 * A text with a needle marked: a figure's number where the figure stands (its unit after it, as
 * src/domain/written.ts finds it), each of several figures' numbers so (a complaint's), or every
 * occurrence of another needle (a project's name).
 */
export function Marked({ text, needle, unit, figures }: { text: string; needle?: string; unit?: string; figures?: MarkedFigure[] }) {
  const numbers = figures ?? (needle !== undefined && unit !== undefined ? [{ value_text: needle, unit_zh: unit }] : []);
  const spans: [number, number][] = [];
  for (const f of numbers) for (const p of figurePlaces(text, f.value_text, f.unit_zh)) spans.push([p.numberStart, p.numberEnd]);
  // A name is found in either script (the project's Simplified name in 002's Traditional words too).
  if (needle && unit === undefined) spans.push(...phraseRuns(text, needle));
  spans.sort((a, b) => a[0] - b[0]);
  const parts: ComponentChildren[] = [];
  let cursor = 0;
  for (const [at, end] of spans) {
    if (at < cursor) continue;
    parts.push(closedUp(text, cursor, at), <mark>{closedUp(text, at, end)}</mark>);
    cursor = end;
  }
  parts.push(closedUp(text, cursor, text.length));
  return <>{parts}</>;
}

/** A line break of the article's between two Han characters (核\n\n发, 民勤苏\n\n武沙漠景区), with the spaces around it. */
const HAN_BREAK = /(?<=\p{Script=Han})[^\S\n]*\n\s*(?=\p{Script=Han})/gu;

/**
 * A quote's text from `start` to `end` with HAN_BREAK's breaks left out: HTML shows a break as a space, which Chinese
 * text has none of (CSS Text 3 drops a break between two wide characters; Chromium does not), so 核发 read 核 发 (ui18).
 * The quote is still the article's, break and all, in the API and the article's page.
 */
function closedUp(text: string, start: number, end: number): string {
  const piece = text.slice(start, end);
  if (!piece.includes('\n')) return piece;
  // Over the whole text, so a break just outside the piece's ends (a mark's edge) is seen with both its neighbours.
  let out = '';
  let at = start;
  for (const m of text.matchAll(HAN_BREAK)) {
    const from = Math.max(m.index, start);
    const to = Math.min(m.index + m[0].length, end);
    if (to <= from) continue;
    out += text.slice(at, from);
    at = to;
  }
  return out + text.slice(at, end);
}
