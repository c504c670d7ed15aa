/**
 * Reviewed Simplified readings: every passage of a Traditional-script article
 * carries one, and it is exactly what the automatic reading gives once the
 * reviewed overrides of seed/data/readings.json are applied beside the
 * repairs. The algorithm, for whoever wires it into the build: the
 * overrides are spans like repairs, so toSimplifiedReading(text, start,
 * [...repairs, ...overrides as { start, end, damaged: text, repaired: reading }]).
 */
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.ts';
import { passageReading } from '../seed/readings.ts';
import { toSimplified, toSimplifiedReading } from '../src/domain/chinese.ts';

const { data } = loadSeed();
const traditional = new Set(data.sources.filter((s) => s.script === 'Hant').map((s) => s.id));

function derivedReading(passage: (typeof data.passages)[number]): string {
  const spans = [
    ...data.repairs.filter((r) => r.source === passage.source),
    ...data.readings
      .filter((r) => r.source === passage.source)
      .map((r) => ({ start: r.start, end: r.end, damaged: r.text, repaired: r.reading })),
  ];
  return toSimplifiedReading(passage.text, passage.start, spans);
}

describe('reviewed readings', () => {
  it('every passage of a Traditional-script article has one', () => {
    const missing = data.passages.filter((p) => traditional.has(p.source) && p.text_zh_hans === undefined).map((p) => p.id);
    expect(traditional.size).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('each is the automatic reading with the repairs and the reviewed overrides applied', () => {
    const reviewed = data.passages.filter((p) => p.text_zh_hans !== undefined);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const p of reviewed) expect(derivedReading(p), p.id).toBe(p.text_zh_hans);
  });

  it('an override says what the converter alone would get wrong', () => {
    expect(data.readings.length).toBeGreaterThan(0);
    for (const r of data.readings) expect(toSimplified(r.text), `${r.source}@${r.start}`).not.toBe(r.reading);
  });

  it('a passage starting inside a line judges a layout break in it by the whole line (data14: 000-p014)', () => {
    const p = data.passages.find((x) => x.id === '000-p014');
    expect(p?.text).toContain('产业链\n\n对企业');
    expect(p && passageReading(data, p)).toBe('全市4个百亿级产业集群和9条重点产业链对企业和产业的“虹吸效应”进一步凸显。');
  });

  it('著力 in 002-p027 reads 着力', () => {
    const p = data.passages.find((x) => x.id === '002-p027');
    expect(p?.text).toContain('著力');
    expect(p?.text_zh_hans).toContain('着力提升群众满意度');
  });
});
