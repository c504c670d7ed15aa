/** Answers cached as bytes: served again identically, keyed by what was asked, bounded in bytes, never stale across a rebuild. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../seed/build.ts';
import { openDatabase } from '../src/db/open.ts';
import { column, STATEMENT_CACHE_BYTES, statement, statementBytes } from '../src/db/statements.ts';
import { DEFAULT_SEED_DIR } from '../src/db/version.ts';
import { AnswerCache, Doorkeeper } from '../src/http/cache.ts';
import { Lru } from '../src/lru.ts';
import { indicatorResource } from '../src/resources/index.ts';
import { RecordCache, servedRecords } from '../src/resources/served.ts';
import { withApp } from './helper.ts';

describe('the answer cache', () => {
  it('serves a repeated request from cache with the same bytes and headers', async () => {
    await withApp({}, async (app) => {
      const first = await app.inject('/cities/wuwei/indicators?limit=3');
      // Kept the second time it is asked for, and served from the cache from then on.
      expect(app.answerCache.size).toBe(0);
      await app.inject('/cities/wuwei/indicators?limit=3');
      expect(app.answerCache.size).toBe(1);
      const second = await app.inject('/cities/wuwei/indicators?limit=3');
      expect(app.answerCache.size).toBe(1);
      expect(second.body).toBe(first.body);
      // Every header the same but the clock and the client's remaining allowance (a hit counts against it too).
      const { date: _d1, 'x-ratelimit-remaining': left1, ...firstHeaders } = first.headers;
      const { date: _d2, 'x-ratelimit-remaining': left2, ...secondHeaders } = second.headers;
      expect(secondHeaders).toEqual(firstHeaders);
      expect(Number(left2)).toBe(Number(left1) - 2);
      for (const header of ['etag', 'link', 'cache-control', 'content-security-policy', 'access-control-allow-origin', 'vary'])
        expect(secondHeaders[header], header).toBeDefined();
      const csv = await app.inject({ url: '/cities/wuwei/indicators?limit=3', headers: { accept: 'text/csv' } });
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="wuwei-indicators.csv"');
      const csvAgain = await app.inject({ url: '/cities/wuwei/indicators?limit=3', headers: { accept: 'text/csv' } });
      expect(csvAgain.headers['content-disposition']).toBe('attachment; filename="wuwei-indicators.csv"');
      expect(csvAgain.body).toBe(csv.body);
      expect(csvAgain.headers.etag).not.toBe(second.headers.etag);
    });
  });

  it('keys an answer on the request as read: order, defaults and spelling of the same question share one entry', async () => {
    await withApp({}, async (app) => {
      const urls = [
        '/indicators?city=wuwei&unit=CNY',
        '/indicators?unit=CNY&city=wuwei',
        '/indicators?unit=CNY&city=wuwei&limit=50&offset=0',
        '/indicators?unit=CNY&city=%20wuwei,',
      ];
      const answers = [];
      for (const url of urls) answers.push(await app.inject(url));
      expect(app.answerCache.size).toBe(1);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
      // The links are the canonical form of the question, whatever form it came in.
      expect(answers[0].json().links.self).toBe('/indicators?unit=CNY&city=wuwei&limit=50&offset=0');
      // A parameter the route does not know is refused, and never fills the cache.
      for (let i = 0; i < 5; i++) expect((await app.inject(`/cities/wuwei?pad=${i}`)).statusCode).toBe(400);
      expect(app.answerCache.size).toBe(1);
    });
  });

  it('serves cached answers compressed as the client accepts, the same bytes underneath', async () => {
    await withApp({}, async (app) => {
      const plain = await app.inject('/indicators?limit=100');
      for (const [encoding, inflate] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
        ['deflate', inflateSync],
      ] as const) {
        for (let i = 0; i < 2; i++) {
          const response = await app.inject({
            url: '/indicators?limit=100',
            headers: { 'accept-encoding': `${encoding}, identity;q=0.5` },
          });
          expect(response.headers['content-encoding'], encoding).toBe(encoding);
          expect(inflate(response.rawPayload).toString()).toBe(plain.body);
        }
      }
      // Codings are named in any case, and x-gzip is gzip (RFC 9110 §8.4.1, §8.4.1.3).
      for (const asked of ['GZIP', 'Gzip;q=1, identity;q=0.5', 'x-gzip']) {
        const response = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': asked } });
        expect(response.headers['content-encoding'], asked).toBe('gzip');
        expect(gunzipSync(response.rawPayload).toString()).toBe(plain.body);
      }
      // A small answer is sent as it is (compressing it would save little); one of a record (1.4 KB) is compressed.
      const small = await app.inject({ url: '/indicators?limit=1&fields=id', headers: { 'accept-encoding': 'gzip' } });
      expect(small.rawPayload.length).toBeLessThan(1024);
      expect(small.headers['content-encoding']).toBeUndefined();
      const record = await app.inject({ url: '/indicators/000-i031', headers: { 'accept-encoding': 'gzip' } });
      expect(gunzipSync(record.rawPayload).length).toBeLessThan(2048);
      expect(record.headers['content-encoding']).toBe('gzip');
      const refused = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.body).toBe(plain.body);
      // * is every coding not named: a coding refused or ranked low beside it is not sent (RFC 9110 §12.5.3; api20).
      for (const [asked, sent] of [
        ['br;q=0, *', 'gzip'],
        ['br;q=0.1, *;q=0.5', 'gzip'],
        ['br;q=0, gzip;q=0, *', 'deflate'],
        ['gzip;q=0, *', 'br'],
        ['br;q=0, gzip;q=0, deflate;q=0, *', undefined],
      ] as const) {
        const response = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': asked } });
        expect(response.headers['content-encoding'], asked).toBe(sent);
      }
      // Other bytes, another validator: a compressed form's ETag is the plain one's, weak (RFC 9110 §8.8.3); either revalidates.
      const compressed = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': 'gzip' } });
      expect(compressed.headers.etag).toBe(`W/${plain.headers.etag}`);
      for (const tag of [String(plain.headers.etag), String(compressed.headers.etag)]) {
        const again = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': 'gzip', 'if-none-match': tag } });
        expect(again.statusCode).toBe(304);
        expect(again.headers.etag).toBe(compressed.headers.etag);
      }
    });
  });

  it('keeps an answer only once it is asked for again, so requests asked once never fill it', async () => {
    await withApp({}, async (app) => {
      for (let limit = 1; limit <= 30; limit++) expect((await app.inject(`/indicators?limit=${limit}`)).statusCode).toBe(200);
      expect(app.answerCache.size).toBe(0);
      await app.inject('/indicators?limit=7');
      expect(app.answerCache.size).toBe(1);
      // A compressed answer is the same made once, made and kept, or served kept.
      const asked = () => app.inject({ url: '/indicators?limit=60', headers: { 'accept-encoding': 'br' } });
      const [made, madeAndKept, served] = [await asked(), await asked(), await asked()];
      const { date: _d, 'x-ratelimit-remaining': _e, 'x-ratelimit-reset': _f, ...first } = made.headers;
      for (const response of [madeAndKept, served]) {
        const { date: _a, 'x-ratelimit-remaining': _b, 'x-ratelimit-reset': _c, ...headers } = response.headers;
        expect(headers).toEqual(first);
        expect(brotliDecompressSync(response.rawPayload).equals(brotliDecompressSync(made.rawPayload))).toBe(true);
      }
      expect(made.headers['content-encoding']).toBe('br');
      // An answer this server never kept still revalidates: its ETag comes from the request, as a replica's does.
      const elsewhere = await app.inject('/indicators?limit=40');
      await withApp({}, async (replica) => {
        const revalidated = await replica.inject({
          url: '/indicators?limit=40',
          headers: { 'if-none-match': String(elsewhere.headers.etag) },
        });
        expect(revalidated.statusCode).toBe(304);
        expect(replica.answerCache.size).toBe(0);
      });
    });
  });

  it('admits a key the second time its digest is offered, and a later key on the same slot takes the slot over', () => {
    const keeper = new Doorkeeper(4);
    const digest = (slot: number, print: number) => {
      const d = Buffer.alloc(32);
      d.writeUInt32LE(slot, 0);
      d.writeUInt32LE(print, 4);
      return d;
    };
    expect(keeper.admit(digest(1, 10))).toBe(false);
    expect(keeper.admit(digest(2, 20))).toBe(false);
    expect(keeper.admit(digest(1, 10))).toBe(true);
    expect(keeper.admit(digest(2, 20))).toBe(true);
    // Slot 5 is slot 1 of a table of 4: the newcomer replaces the key remembered there.
    expect(keeper.admit(digest(5, 30))).toBe(false);
    expect(keeper.admit(digest(1, 10))).toBe(false);
    expect(keeper.admit(digest(1, 10))).toBe(true);
  });

  it('does not cache errors', async () => {
    await withApp({}, async (app) => {
      await app.inject('/cities/atlantis');
      await app.inject('/indicators?limit=0');
      await app.inject('/nothing-here');
      expect(app.answerCache.size).toBe(0);
    });
  });

  it('weighs everything an entry holds, its key and headers too, and forgets the least recently used past its budget', () => {
    const entry = (body: number, header = 0) => ({
      body: Buffer.alloc(body),
      encoded: {},
      etag: '"e"',
      weak: 'W/"e"',
      headers: { link: 'x'.repeat(header) },
    });
    const cache = new AnswerCache(16_000);
    cache.set('a', entry(100));
    cache.set('b', entry(100));
    cache.get('a');
    cache.set('c', entry(100));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, true, true]);
    // Bodies of 10 bytes under keys and headers of 400 characters: counted by their bodies, all 10 would
    // fit; counted whole (about 1,900 bytes each), only 8 do, and the least recently used go first.
    for (let i = 0; i < 10; i++) cache.set(`${'k'.repeat(400)}${i}`, entry(10, 400));
    expect(cache.size).toBe(8);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get(`${'k'.repeat(400)}9`)).toBeDefined();
    // A single answer over an eighth of the budget is not kept.
    cache.set('huge', entry(2100));
    expect(cache.get('huge')).toBeUndefined();
  });

  it('counts a compressed form added in place once reweighed, pushing out the least recently used', () => {
    const entry = () => ({ body: Buffer.alloc(600), encoded: {} as Record<string, Buffer>, etag: '"e"', weak: 'W/"e"', headers: {} });
    const cache = new AnswerCache(16_000);
    // 18 entries of about 860 bytes fit in 16,000; 'b' is then the least recently used.
    const entries = Object.fromEntries([...'abcdefghijklmnopqr'].map((key) => [key, entry()]));
    for (const [key, value] of Object.entries(entries)) cache.set(key, value);
    cache.get('a');
    // A stale value (no longer the entry under its key) is not weighed.
    cache.reweigh('c', entry());
    entries.c.encoded.gzip = Buffer.alloc(900);
    expect(cache.size).toBe(18);
    cache.reweigh('c', entries.c);
    expect(cache.size).toBe(17);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(entries.a);
    expect(cache.get('c')).toBe(entries.c);
    // Grown past an eighth of the budget (what a new answer may weigh), it stays: it is asked for.
    entries.c.encoded.br = Buffer.alloc(900);
    cache.reweigh('c', entries.c);
    expect(cache.get('c')).toBe(entries.c);
    expect(cache.size).toBe(16);
  });
});

describe('the bounded map under every cache', () => {
  it('keeps an entry as heavy as its heaviest, not a heavier one, and the entry under that key stays', () => {
    const map = new Lru<string>(10, (value) => value.length);
    map.set('k', 'x'.repeat(10));
    expect(map.get('k')).toBe('x'.repeat(10));
    map.set('k', 'y'.repeat(11));
    expect(map.get('k')).toBe('x'.repeat(10));
    const lighter = new Lru<string>(10, (value) => value.length, 4);
    lighter.set('a', 'abcd');
    lighter.set('b', 'abcde');
    expect([lighter.get('a'), lighter.get('b')]).toEqual(['abcd', undefined]);
    // A value reweighed after another took its key leaves the other in place.
    lighter.set('a', 'wxyz');
    lighter.reweigh('a', 'abcd');
    expect(lighter.get('a')).toBe('wxyz');
  });
});

describe('the record cache', () => {
  it('answers byte for byte as without it, cold and warm, in any order and page', async () => {
    const urls = [
      '/indicators',
      '/indicators?limit=7&offset=3',
      '/indicators?sort=-value_base&limit=20',
      '/indicators?city=wuwei&facets=metric,unit',
      '/indicators?q=招商&limit=5',
      '/cities/zhangye/indicators?sort=period_start',
      '/indicators?within=jiuquan&from=2023-01-01',
      '/indicators?limit=500',
      '/indicators?metric=investment.funds_in_place&year=2010',
      '/initiatives?kind=campaign,mechanism&limit=5&offset=2',
      '/initiatives?q=招商',
      '/cities/wuwei/initiatives?format=csv',
      '/complaints?within=gansu',
      '/cities/lanzhou/complaints?format=csv',
    ];
    await withApp({ answerCacheBytes: 0, recordCacheBytes: 0 }, (plain) =>
      withApp({ answerCacheBytes: 0 }, async (cached) => {
        for (const round of ['cold', 'warm']) {
          for (const url of urls) {
            const [expected, actual] = await Promise.all([plain.inject(url), cached.inject(url)]);
            expect(actual.statusCode, `${round} ${url}`).toBe(200);
            expect(actual.body, `${round} ${url}`).toBe(expected.body);
            expect(actual.headers.link, `${round} ${url}`).toBe(expected.headers.link);
            expect(actual.headers['content-type'], url).toBe(expected.headers['content-type']);
          }
        }
        expect(plain.recordCache.size).toBe(0);
        // /indicators?limit=500 read every indicator once; they are all kept, with the initiatives and complaints read.
        expect(cached.recordCache.size).toBeGreaterThan((await plain.inject('/indicators?limit=1')).json().meta.total);
      }),
    );
  });

  it('gives the records asked for in their order; a listed key with no record is an error, one a request named is skipped', async () => {
    await withApp({}, async (app) => {
      const cache = new RecordCache(1 << 20);
      const ids = (keys: readonly string[], missing?: 'skip') =>
        servedRecords(app.db, cache, indicatorResource, keys, missing ? { missing } : {}).map((s) => (s.record as { id: string }).id);
      expect(ids(['004-i001', '000-i031'])).toEqual(['004-i001', '000-i031']);
      // A list found the key, so a record that cannot be read is a fault, never a short page.
      expect(() => ids(['000-i031', '000-i999'])).toThrow(/indicator 000-i999 was listed but could not be read/);
      expect(ids(['000-i999', '000-i031'], 'skip')).toEqual(['000-i031']);
    });
  });

  it('forgets the least recently used records past its byte budget', () => {
    const cache = new RecordCache(250);
    // Each weighs twice its bytes (the parsed record costs about as much again), plus its key.
    const entry = (n: number) => ({ record: {}, bytes: Buffer.alloc(n) });
    cache.set('a', entry(20));
    cache.set('b', entry(20));
    cache.get('a');
    cache.set('c', entry(20));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
  });
});

describe('the statement cache', () => {
  const db = openDatabase(':memory:', { readonly: false });
  afterAll(() => db.$client.close());

  it('hands out one compiled statement per SQL text and mode, the modes never mixed', () => {
    const one = statement(db, 'select 1 as n');
    expect(statement(db, 'select 1 as n')).toBe(one);
    expect(column(db, 'select 1 as n', [])).toEqual([1]);
    // The raw statement is another one: the object one still gives objects.
    expect(statement(db, 'select 1 as n').all()).toEqual([{ n: 1 }]);
  });

  it('compiles a fresh statement while the cached one is busy iterating', () => {
    const iterator = statement(db, 'select value from json_each(?)').iterate('[1,2,3]');
    iterator.next();
    expect(statement(db, 'select value from json_each(?)').all('[4,5]')).toEqual([{ value: 4 }, { value: 5 }]);
    iterator.return?.();
  });

  it('is bounded in bytes: statements of many shapes push out the least recently used', () => {
    const first = statement(db, 'select 0 as n');
    const fits = Math.floor(STATEMENT_CACHE_BYTES / statementBytes('select 10000 as n'));
    for (let i = 1; i <= fits + 10; i++) statement(db, `select ${i} as n`);
    expect(statement(db, 'select 0 as n')).not.toBe(first);
  });
});

describe('across a dataset rebuild', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a rebuilt database answers with the new data and a new ETag, and old ETags no longer match', async () => {
    const seedDir = join(dir, 'seed');
    cpSync(DEFAULT_SEED_DIR, seedDir, { recursive: true });
    const target = join(dir, 'ledger.db');
    buildDatabase(target, seedDir);
    const url = '/indicators/000-i031';
    const old = await withApp({ databasePath: target }, async (before) => {
      const answer = await before.inject(url);
      await before.inject(url); // now cached
      return answer;
    });

    const file = join(seedDir, 'data', 'indicators.json');
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    const row = rows.find((r: { id: string }) => r.id === '000-i031');
    row.label_en = `${row.label_en} (relabelled)`;
    writeFileSync(file, JSON.stringify(rows, null, 2));
    buildDatabase(target, seedDir);

    await withApp({ databasePath: target }, async (after) => {
      const fresh = await after.inject({ url, headers: { 'if-none-match': String(old.headers.etag) } });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json().label_en).toMatch(/\(relabelled\)$/);
      expect(fresh.headers.etag).not.toBe(old.headers.etag);
    });
  });
});
