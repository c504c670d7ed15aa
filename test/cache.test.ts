/** Answers cached as bytes: served again identically, kept apart by representation, never stale across a rebuild. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../seed/build.ts';
import { buildApp } from '../src/app.ts';
import { cacheStatements, openDatabase } from '../src/db/open.ts';
import { PREPARED_PER_DATABASE, prepared } from '../src/db/prepared.ts';
import { DEFAULT_SEED_DIR } from '../src/db/version.ts';
import { AnswerCache, utf8 } from '../src/plugins/http.ts';
import { RecordCache } from '../src/routes/records.ts';
import { buildTestApp } from './app.ts';

describe('the answer cache', () => {
  it('serves a repeated request from cache with the same bytes and headers', async () => {
    const app = await buildTestApp();
    const first = await app.inject('/cities/wuwei/indicators?limit=3');
    expect(app.answerCache.size).toBeGreaterThan(0);
    const size = app.answerCache.size;
    const second = await app.inject('/cities/wuwei/indicators?limit=3');
    expect(app.answerCache.size).toBe(size);
    expect(second.body).toBe(first.body);
    // Every header the same but the clock and the client's remaining allowance (a hit counts against it too).
    const { date: _d1, 'x-ratelimit-remaining': left1, ...firstHeaders } = first.headers;
    const { date: _d2, 'x-ratelimit-remaining': left2, ...secondHeaders } = second.headers;
    expect(secondHeaders).toEqual(firstHeaders);
    expect(Number(left2)).toBe(Number(left1) - 1);
    for (const header of ['etag', 'link', 'cache-control', 'content-security-policy', 'access-control-allow-origin', 'vary'])
      expect(secondHeaders[header], header).toBeDefined();
    const csv = await app.inject({ url: '/cities/wuwei/indicators?limit=3', headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="wuwei-indicators.csv"');
    const csvAgain = await app.inject({ url: '/cities/wuwei/indicators?limit=3', headers: { accept: 'text/csv' } });
    expect(csvAgain.headers['content-disposition']).toBe('attachment; filename="wuwei-indicators.csv"');
    expect(csvAgain.body).toBe(csv.body);
    await app.close();
  });

  it('serves cached answers compressed as the client accepts, the same bytes underneath', async () => {
    const app = await buildTestApp();
    const plain = await app.inject('/indicators?limit=100');
    for (const [encoding, inflate] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
      ['deflate', inflateSync],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const response = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': `${encoding}, identity;q=0.5` } });
        expect(response.headers['content-encoding'], encoding).toBe(encoding);
        expect(inflate(response.rawPayload).toString()).toBe(plain.body);
      }
    }
    const refused = await app.inject({ url: '/indicators?limit=100', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
    await app.close();
  });

  it('does not cache errors', async () => {
    const app = await buildTestApp();
    await app.inject('/cities/atlantis');
    await app.inject('/indicators?limit=0');
    expect(app.answerCache.size).toBe(0);
    await app.close();
  });

  it('counts a compressed form an answer gains, forgetting older answers to make room', () => {
    const cache = new AnswerCache(800);
    const entry = () => ({ body: Buffer.alloc(90), encoded: {}, etag: '"e"', headers: {} });
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache.set(key, entry());
    const h = cache.get('h');
    if (!h) throw new Error('h was not kept');
    cache.addEncoded('h', h, 'gzip', Buffer.alloc(90));
    // 8 × 90 + 90 = 810 bytes: the oldest answer goes.
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(7);
    // A form added to an entry no longer kept counts for nothing.
    cache.addEncoded('a', entry(), 'gzip', Buffer.alloc(700));
    expect(cache.size).toBe(7);
  });

  it('forgets the least recently used answers past its byte budget', () => {
    const cache = new AnswerCache(800);
    const entry = (n: number) => ({ body: Buffer.alloc(n * 2), encoded: {}, etag: '"e"', headers: {} });
    cache.set('a', entry(50));
    cache.set('b', entry(50));
    cache.get('a');
    for (const key of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(key, entry(50));
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
    cache.set('huge', entry(1000));
    // (a single answer over an eighth of the budget is not kept)
    expect(cache.get('huge')).toBeUndefined();
  });
});

describe('answers encoded to UTF-8', () => {
  it('are the bytes Buffer.from gives, none overwritten by the next, whatever the length', () => {
    const texts = ['', 'ascii', '武威市2023年招商引资到位资金429.49亿元', '𠮷 and é', '张掖'.repeat(20_000), 'x'.repeat(2_000_000)];
    const encoded = texts.map((text) => utf8(text));
    // Encoded again after every other: an earlier answer must not share the scratch space.
    expect(encoded.map((bytes, i) => bytes.equals(Buffer.from(texts[i])))).toEqual(texts.map(() => true));
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
      '/indicators?metric=nothing.here',
      '/initiatives?kind=campaign,mechanism&limit=5&offset=2',
      '/initiatives?q=招商',
      '/cities/wuwei/initiatives?format=csv',
      '/complaints?within=gansu',
      '/cities/lanzhou/complaints?format=csv',
    ];
    const plain = await buildTestApp({ answerCacheBytes: 0, recordCacheBytes: 0 });
    const cached = await buildTestApp({ answerCacheBytes: 0 });
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
  });

  it('forgets the least recently used records past its byte budget', () => {
    const cache = new RecordCache(100);
    // Each weighs twice its bytes (the parsed record costs about as much again): 40 of 100.
    const entry = (n: number) => ({ record: {}, bytes: Buffer.alloc(n) });
    cache.set('a', entry(20));
    cache.set('b', entry(20));
    cache.get('a');
    cache.set('c', entry(20));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
  });
});

describe('the statement cache', () => {
  it('hands out one compiled statement per SQL text, in its default mode, and forgets the oldest past its size', () => {
    const sqlite = new Database(':memory:');
    cacheStatements(sqlite, 2);
    const one = sqlite.prepare('select 1 as n');
    expect(sqlite.prepare('select 1 as n')).toBe(one);
    // drizzle switches raw mode on for some calls; the next caller must still get objects.
    expect(one.raw(true).all()).toEqual([[1]]);
    expect(sqlite.prepare('select 1 as n').all()).toEqual([{ n: 1 }]);
    // Page ids are plucked (src/db/prepared.ts); that mode must not stick either.
    expect(one.pluck(true).all()).toEqual([1]);
    expect(sqlite.prepare('select 1 as n').all()).toEqual([{ n: 1 }]);
    sqlite.prepare('select 2 as n');
    sqlite.prepare('select 3 as n');
    expect(sqlite.prepare('select 1 as n')).not.toBe(one);
  });

  it('keeps statements prepared per shape up to its bound, rebuilding the least recently used', () => {
    const db = {} as Parameters<typeof prepared>[0];
    let builds = 0;
    const build = () => ({ build: ++builds });
    const first = prepared(db, 'shape 0', build);
    for (let i = 1; i < PREPARED_PER_DATABASE; i++) prepared(db, `shape ${i}`, build);
    expect(prepared(db, 'shape 0', build)).toBe(first);
    prepared(db, 'one shape too many', build);
    expect(builds).toBe(PREPARED_PER_DATABASE + 1);
    expect(prepared(db, 'shape 0', build)).toBe(first);
    prepared(db, 'shape 1', build);
    expect(builds).toBe(PREPARED_PER_DATABASE + 2);
  });

  it('compiles a fresh statement while the cached one is busy iterating', () => {
    const sqlite = new Database(':memory:');
    cacheStatements(sqlite, 10);
    const iterator = sqlite.prepare('select value from json_each(?)').iterate('[1,2,3]');
    iterator.next();
    expect(sqlite.prepare('select value from json_each(?)').pluck().all('[4,5]')).toEqual([4, 5]);
    iterator.return?.();
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
    const before = await buildApp({ db: openDatabase(target) });
    const url = '/indicators/000-i031';
    const old = await before.inject(url);
    await before.inject(url); // now cached
    await before.close();

    const file = join(seedDir, 'data', 'indicators.json');
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    const row = rows.find((r: { id: string }) => r.id === '000-i031');
    row.label_en = `${row.label_en} (relabelled)`;
    writeFileSync(file, JSON.stringify(rows, null, 2));
    buildDatabase(target, seedDir);

    const after = await buildApp({ db: openDatabase(target) });
    const fresh = await after.inject({ url, headers: { 'if-none-match': String(old.headers.etag) } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().label_en).toMatch(/\(relabelled\)$/);
    expect(fresh.headers.etag).not.toBe(old.headers.etag);
    await after.close();
  });
});
