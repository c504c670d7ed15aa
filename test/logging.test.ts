/**
 * Logging: Fastify's lines of each request are written at info and below, each with the request's
 * id; at a level above info they are not made at all.
 */
import { Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestLines } from '../src/http/logging.ts';
import { openApp } from './helper.ts';

/** The lines an app logging at `level` writes while answering `url` (with these headers), parsed. */
async function linesOf(level: string, url: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = await openApp({ logger: { level, stream } });
  try {
    await app.inject({ url, headers });
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

  it('writes the router’s refusals’ lines as any other request’s, over the rate limit too (ops13)', async () => {
    for (const url of ['/cities/%zz', `/cities/${'a'.repeat(300)}`]) {
      const lines = await linesOf('info', url);
      expect(lines.filter((l) => l.msg === 'incoming request')).toHaveLength(2);
      const completed = lines.filter((l) => l.msg === 'request completed');
      expect(completed.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([400, 404]);
      expect(typeof completed[0].responseTime).toBe('number');
    }
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const app = await openApp({ logger: { level: 'info', stream }, rateLimitMax: 1 });
    try {
      const statuses = [];
      for (let k = 0; k < 2; k++) statuses.push((await app.inject('/cities/%zz')).statusCode);
      expect(statuses).toEqual([400, 429]);
    } finally {
      await app.closeAll();
    }
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([400, 429]);
    expect(lines.filter((l) => l.err !== undefined)).toEqual([]);
  });

  it('writes a refused target or Host cut to the longest one served, saying how long it was', async () => {
    const long = `/cities?q=${'a'.repeat(15_000)}`;
    const lines = await linesOf('info', long);
    const incoming = lines.find((l) => l.msg === 'incoming request');
    const url = (incoming?.req as { url: string } | undefined)?.url;
    expect(url).toBe(`${long.slice(0, 2048)}… (${long.length} characters)`);
    // A served target is written whole, the longest one too.
    const served = await linesOf('info', '/cities?limit=2');
    expect(served.map((l) => (l.req as { url?: string } | undefined)?.url)).toContain('/cities?limit=2');
    const longest = `/cities?q=${'a'.repeat(2048 - '/cities?q='.length)}`;
    expect((await linesOf('info', longest)).map((l) => (l.req as { url?: string } | undefined)?.url)).toContain(longest);
    // And a Host no server would serve is cut as a target is.
    const withHost = await linesOf('info', '/cities', { host: 'a'.repeat(8000) });
    const host = withHost.map((l) => (l.req as { host?: string } | undefined)?.host).find((h) => h?.startsWith('aaa'));
    expect(host).toMatch(/^a+… \(8000 characters\)$/);
  });

  it('writes none at warn, but a request whose answer failed on its way out', async () => {
    const lines = await linesOf('warn', '/cities/wuwei');
    expect(lines.filter((l) => l.msg === 'request completed' || l.msg === 'incoming request')).toEqual([]);
    // Fastify passes the error of an answer that broke off (a socket's) to its controller: an error line at any level.
    const written: string[] = [];
    const reply = {
      log: {
        error: (_: object, msg: string) => written.push(`error: ${msg}`),
        info: (_: object, msg: string) => written.push(`info: ${msg}`),
      },
    };
    const quiet = new RequestLines(false);
    quiet.requestCompleted(null, {} as FastifyRequest, reply as unknown as FastifyReply);
    quiet.requestCompleted(new Error('socket hang up'), {} as FastifyRequest, reply as unknown as FastifyReply);
    expect(written).toEqual(['error: request errored']);
  });
});
