/**
 * The costliest requests known to be accepted, each timed in process on the curated database with
 * the caches off: what one request within the limits can cost the server. Found by hunting inputs
 * (docs/PERFORMANCE.md, "Costly requests"); each was once far costlier, and is kept here so a
 * change that makes it so again shows. Shown, not judged: no reference does the same work.
 */
import type { InjectOptions } from 'fastify';
import { buildApp } from '../src/app.ts';
import { LIMITS } from '../src/config.ts';
import { openDatabase } from '../src/db/open.ts';
import { median } from './lib.ts';

/** A text of `unit` repeated to at most `length` characters. */
const filled = (unit: string, length = 2000) => unit.repeat(Math.floor(length / [...unit].length));

const paragraph = (text: string, page = false): InjectOptions => ({
  method: 'POST',
  url: '/check',
  payload: { text },
  headers: { 'content-type': 'application/json', ...(page ? { accept: 'text/html' } : {}) },
});

export const COSTLY: { name: string; request: InjectOptions }[] = [
  // Each at the most figures a text may give (LIMITS.checkFigures): more is refused before any is checked.
  {
    name: 'a claim of three figures, repeated',
    request: paragraph('武威市515个新引进项目约500个已开工510个'.repeat(LIMITS.checkFigures / 3)),
  },
  // One sentence of a hundred clauses, each naming an area and its figure: every clause's figure read the sentence's start
  // again (its terms, its clauses' parts of a year) until each clause's were read once (src/routes/check/reading.ts).
  {
    name: 'an area and its money, a hundred clauses of one sentence',
    request: paragraph('武威市2023年到位资金约429亿元,'.repeat(LIMITS.checkFigures)),
  },
  {
    name: 'two areas compared, a hundred clauses of one sentence',
    request: paragraph('张掖市比武威市多5亿元,是前者的3倍,'.repeat(LIMITS.checkFigures)),
  },
  { name: 'a year, then a thousand quarters', request: paragraph(`2023年${filled('首季', 1995)}`) },
  { name: `${LIMITS.checkFigures} one-figure sentences`, request: paragraph('1个。'.repeat(LIMITS.checkFigures)) },
  { name: 'the same, as a page', request: paragraph('1个。'.repeat(LIMITS.checkFigures), true) },
  { name: 'a thousand figures, refused', request: paragraph(filled('1投')) },
  {
    // Each wrong item once offered every allowed value as a link repeating the query: 4.8 MB (src/pages/errors.tsx).
    name: 'fifty wrong items in each of four lists, as a page',
    request: {
      url: `/indicators?${['fields', 'unit', 'facets', 'qualifier'].map((name) => `${name}=${Array.from({ length: LIMITS.listItems }, (_, k) => `${name.slice(0, 3)}${k}`).join(',')}`).join('&')}`,
      headers: { accept: 'text/html' },
    },
  },
  {
    // A 32 KiB form of unknown fields: each once named, with the names nearest it, in an 800 KB refusal (src/http/validation.ts).
    name: 'a form of 5,600 unknown fields, refused',
    request: {
      method: 'POST',
      url: '/check',
      payload: Array.from({ length: 5600 }, (_, k) => `a${k}`).join('&'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
  },
  {
    name: 'a search term a hundred times, as a page',
    request: { url: `/search?q=${encodeURIComponent('a '.repeat(100))}&limit=500`, headers: { accept: 'text/html' } },
  },
];

export type CostlyResult = { name: string; ms: number; bytes: number; status: number };

export async function runCostly(database: string, log: (line: string) => void, runs = 5): Promise<CostlyResult[]> {
  const db = openDatabase(database);
  const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, checkCpuPercent: 0, answerCacheBytes: 0, recordCacheBytes: 0 });
  const results: CostlyResult[] = [];
  try {
    for (const { name, request } of COSTLY) {
      const first = await app.inject(request);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        await app.inject(request);
        times.push(performance.now() - started);
      }
      const result = { name, ms: median(times), bytes: first.body.length, status: first.statusCode };
      log(`${name.padEnd(42)} ${result.ms.toFixed(1).padStart(8)} ms (${result.status}, ${result.bytes.toLocaleString('en-US')} bytes)`);
      results.push(result);
    }
  } finally {
    await app.close();
    db.$client.close();
  }
  return results;
}
