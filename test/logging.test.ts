/**
 * Logging: Fastify's lines of each request are written at info and below, each with the request's
 * id; at a level above info they are not made at all.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openApp } from './helper.ts';

/** The lines an app logging at `level` writes while answering `url`, parsed. */
async function linesOf(level: string, url: string): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = await openApp({ logger: { level, stream } });
  try {
    await app.inject(url);
    await app.inject('/no-such-page');
  } finally {
    await app.closeAll();
  }
  return lines;
}

describe('request logging', () => {
  it('writes each request’s lines at info, with its id', async () => {
    const lines = await linesOf('info', '/cities/wuwei');
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([200, 404]);
    expect(lines.filter((l) => l.msg === 'incoming request')).toHaveLength(2);
    for (const line of completed) expect(line.reqId).toBeTruthy();
  });

  it('writes a refused target or Host cut to the longest one served, saying how long it was', async () => {
    const long = `/cities?q=${'a'.repeat(15_000)}`;
    const lines = await linesOf('info', long);
    const incoming = lines.find((l) => l.msg === 'incoming request');
    const url = (incoming?.req as { url: string } | undefined)?.url;
    expect(url).toBe(`${long.slice(0, 2048)}… (${long.length} characters)`);
    // A served target is written whole.
    const served = await linesOf('info', '/cities?limit=2');
    expect(served.map((l) => (l.req as { url?: string } | undefined)?.url)).toContain('/cities?limit=2');
  });

  it('writes none at warn', async () => {
    const lines = await linesOf('warn', '/cities/wuwei');
    expect(lines.filter((l) => l.msg === 'request completed' || l.msg === 'incoming request')).toEqual([]);
  });
});
