/**
 * The files to take home: the zip (the package, its CSVs, the articles byte for byte, a README and
 * a CITATION.cff), the clean SQLite export, both built with the database and served with the dataset
 * version in their name and ETag; the schema.org Dataset at / whose every download answers; and a
 * server without its downloads saying so instead of serving another version's.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildDatabase } from '../seed/build.ts';
import { downloadsDirOf, MANIFEST } from '../src/dataset/files.ts';
import { DATASET_DOCUMENTS, DEFAULT_SEED_DIR } from '../src/db/version.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { getJson, useApp, withApp } from './helper.ts';

const app = useApp();
const dir = mkdtempSync(join(tmpdir(), 'ledger-downloads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('/downloads/ledger.zip', () => {
  it('is an attachment named with the dataset version, its ETag the version and its hash, 304 when the client has it', async () => {
    const { version } = app().datasetMeta;
    const response = await app().inject({ url: '/downloads/ledger.zip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="gansu-campaign-ledger-${version}.zip"`);
    // The version and the start of the file's own hash: the same seed built by other code is another file, another tag.
    const etag = `"${version}-zip-${sha256(response.rawPayload).slice(0, 16)}"`;
    expect(response.headers.etag).toBe(etag);
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    const again = await app().inject({ url: '/downloads/ledger.zip', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // A 304 stands for the file: a cache keeps its tag and its lifetime from it (RFC 9110 §15.4.5).
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(response.headers['cache-control']);
    expect(again.headers['cache-control']).toMatch(/max-age=\d+/);
    const head = await app().inject({ method: 'HEAD', url: '/downloads/ledger.zip' });
    expect([head.statusCode, head.headers['content-length'], head.rawPayload.length]).toEqual([200, response.headers['content-length'], 0]);
  });

  it('resumes: one range of its bytes (206) when asked, If-Range naming it; the whole file otherwise; 416 past its end', async () => {
    const whole = await app().inject({ url: '/downloads/ledger.zip' });
    const bytes = whole.rawPayload;
    const etag = String(whole.headers.etag);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    const asked = (range: string, more: Record<string, string> = {}) =>
      app().inject({ url: '/downloads/ledger.zip', headers: { range, ...more } });
    for (const [range, start, end] of [
      ['bytes=0-99', 0, 99],
      [`bytes=${bytes.length - 10}-`, bytes.length - 10, bytes.length - 1],
      ['bytes=-25', bytes.length - 25, bytes.length - 1],
      [`bytes=100-${bytes.length + 1000}`, 100, bytes.length - 1],
    ] as const) {
      const part = await asked(range, { 'if-range': etag });
      expect(part.statusCode, range).toBe(206);
      expect(part.headers['content-range'], range).toBe(`bytes ${start}-${end}/${bytes.length}`);
      expect(Number(part.headers['content-length']), range).toBe(end - start + 1);
      expect(part.rawPayload.equals(bytes.subarray(start, end + 1)), range).toBe(true);
      expect(part.headers.etag).toBe(etag);
    }
    // Another file's tag, several ranges, or a range that is no range: the whole file.
    for (const [range, more] of [
      ['bytes=0-99', { 'if-range': '"another"' }],
      ['bytes=0-1,5-6', {}],
      ['lines=1-2', {}],
    ] as const) {
      const answer = await asked(range, more);
      expect(answer.statusCode, range).toBe(200);
      expect(answer.rawPayload.equals(bytes), range).toBe(true);
    }
    // If-Match is a precondition (RFC 9110 §13.1.1): the range of this file, or 412, never another file's bytes.
    expect((await asked('bytes=0-99', { 'if-match': etag })).statusCode).toBe(206);
    const other = await asked('bytes=0-99', { 'if-match': '"another"' });
    expect(other.statusCode).toBe(412);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    // A HEAD learns the whole file's length, whatever Range it sends.
    for (const range of ['bytes=0-9', `bytes=${bytes.length}-`]) {
      const head = await app().inject({ method: 'HEAD', url: '/downloads/ledger.zip', headers: { range } });
      expect([head.statusCode, head.headers['content-length']], range).toEqual([200, String(bytes.length)]);
    }
    const past = await asked(`bytes=${bytes.length}-`);
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${bytes.length}`);
    expect(past.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(past.headers['content-disposition']).toBeUndefined();
    expect(past.headers['cache-control']).toBe('no-store');
  });

  it('holds the package and its CSVs as served, the five articles byte for byte, a README and a CITATION.cff', async () => {
    const { version } = app().datasetMeta;
    const entries = unzipSync(new Uint8Array((await app().inject({ url: '/downloads/ledger.zip' })).rawPayload));
    const folder = `gansu-campaign-ledger-${version}/`;
    const entry = (path: string) => {
      const bytes = entries[`${folder}${path}`];
      if (!bytes) throw new Error(`the zip has no ${path}`);
      return Buffer.from(bytes);
    };
    const served = (url: string) =>
      app()
        .inject({ url })
        .then((r) => r.rawPayload);
    expect(entry('datapackage.json').equals(await served('/datapackage.json'))).toBe(true);
    const pkg = JSON.parse(entry('datapackage.json').toString());
    for (const table of pkg.resources as { path: string }[]) {
      expect(entry(table.path).equals(await served(`/${table.path}`)), table.path).toBe(true);
    }
    const sources = (await getJson(app(), '/sources')).body.data as { file: string; sha256: string }[];
    for (const source of sources) {
      const article = entry(`articles/${source.file}`);
      expect(article.equals(readFileSync(join(DEFAULT_SEED_DIR, 'sources', source.file)))).toBe(true);
      expect(sha256(article)).toBe(source.sha256);
    }
    expect(entry('README.md').toString()).toContain(`Dataset version \`${version}\``);
    expect(entry('CITATION.cff').toString()).toMatch(
      new RegExp(`^cff-version: 1\\.2\\.0\\n[\\s\\S]*\\ntype: dataset\\n[\\s\\S]*\\nversion: "${version}"\\n`),
    );
    expect(Object.keys(entries).every((name) => name.startsWith(folder))).toBe(true);
    // The curation rules, the datasheet, the SQLite guide and the licence, as the project has them.
    for (const file of DATASET_DOCUMENTS) expect(entry(file).equals(readFileSync(join(PROJECT_ROOT, file))), file).toBe(true);
    expect(DATASET_DOCUMENTS).toContain('LICENSE');
    expect(entry('README.md').toString()).toContain('its full text and copyright notice are in `LICENSE`).');
    expect(Object.keys(entries)).toHaveLength(3 + DATASET_DOCUMENTS.length + pkg.resources.length + sources.length);
  });
});

describe('checksums', () => {
  it('of each CSV are its resource’s bytes and sha256 hash in /datapackage.json (the zip holds the same file)', async () => {
    const pkg = (await getJson(app(), '/datapackage.json')).body as {
      resources: { name: string; path: string; bytes: number; hash: string }[];
    };
    expect(pkg.resources).toHaveLength(9);
    for (const table of pkg.resources) {
      const file = (await app().inject({ url: `/${table.path}` })).rawPayload;
      expect([table.bytes, table.hash], table.name).toEqual([file.length, `sha256:${sha256(file)}`]);
    }
  });

  it('of the zip and the SQLite file are in /downloads/manifest.json, with the dataset version', async () => {
    const { version } = app().datasetMeta;
    const { response, body } = await getJson(app(), '/downloads/manifest.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const served = async (name: string) => {
      const file = (await app().inject({ url: `/downloads/${name}` })).rawPayload;
      return { bytes: file.length, sha256: sha256(file) };
    };
    expect(body).toEqual({
      dataset_version: version,
      files: { 'ledger.zip': await served('ledger.zip'), 'ledger.sqlite': await served('ledger.sqlite') },
    });
  });
});

describe('/downloads/ledger.sqlite', () => {
  it('serves each file whole again after a download given up half way, and to several at once', async () => {
    // Over a socket: a client that goes away makes Fastify destroy the file's stream, which closed the
    // descriptor every download shares (then 500s, EBADF or ESPIPE; inject never gives up).
    await withApp({ rateLimitMax: 0 }, async (served) => {
      await served.listen({ port: 0, host: '127.0.0.1' });
      const { port } = served.server.address() as AddressInfo;
      const dir = downloadsDirOf(inject('databasePath'));
      for (const name of ['ledger.sqlite', 'ledger.zip']) {
        const path = `/downloads/${name}`;
        await new Promise<void>((resolve) => {
          const asked = httpGet({ host: '127.0.0.1', port, path, agent: false }, (response) =>
            response.once('data', () => {
              asked.destroy();
              setTimeout(resolve, 100);
            }),
          );
          asked.on('error', () => undefined);
        });
        const bytes = readFileSync(join(dir, name));
        const ask = () =>
          new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
            const asked = httpGet({ host: '127.0.0.1', port, path, agent: false }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
            });
            asked.on('error', reject);
          });
        const answers = [await ask(), await ask(), ...(await Promise.all([ask(), ask(), ask()]))];
        for (const answer of answers) {
          expect(answer.status, name).toBe(200);
          expect(answer.body.equals(bytes), name).toBe(true);
        }
      }
    });
  });

  it('is a clean export: every data table with every row, no search index, facet counts or migration journal', async () => {
    const { version } = app().datasetMeta;
    const response = await app().inject({ url: '/downloads/ledger.sqlite' });
    expect(response.headers['content-type']).toBe('application/vnd.sqlite3');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="gansu-campaign-ledger-${version}.sqlite"`);
    expect(response.headers.etag).toBe(`"${version}-sqlite-${sha256(response.rawPayload).slice(0, 16)}"`);
    const path = join(dir, 'export.sqlite');
    writeFileSync(path, response.rawPayload);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const tables = (db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[]).filter(
        (t) => !t.startsWith('sqlite_'),
      );
      // The data and what explains it; none of what only serves the API (search indexes, facet counts, metric usage).
      expect(tables).toEqual([
        ...['cities', 'city_ancestors', 'complaints', 'evidence', 'exclusions', 'indicators', 'initiatives', 'meta', 'metric_aliases'],
        ...['metrics', 'passages', 'project_events', 'projects', 'readings', 'repairs', 'retired', 'scopes', 'sources'],
      ]);
      const counts = (await getJson(app(), '/')).body.counts as Record<string, number>;
      for (const [table, count] of Object.entries(counts)) {
        expect(db.prepare(`select count(*) from "${table}"`).pluck().get(), table).toBe(count);
      }
      expect(db.prepare("select value from meta where key = 'dataset_version'").pluck().get()).toBe(version);
      // A file passed on alone says its terms: the licence and the articles' rights, as the package states them.
      const license = String(db.prepare("select value from meta where key = 'license'").pluck().get());
      const pkg = (await getJson(app(), '/datapackage.json')).body;
      expect(license).toContain(pkg.licenses[0].path);
      expect(license).toMatch(/property of their publishers/);
    } finally {
      db.close();
    }
  });
});

describe('the build', () => {
  it('writes the same zip and SQLite file from the same seed, byte for byte', () => {
    mkdirSync(join(dir, 'again'));
    const again = buildDatabase(join(dir, 'again', 'ledger.db'));
    const manifest = (db: string) => JSON.parse(readFileSync(join(downloadsDirOf(db), MANIFEST), 'utf8'));
    expect(manifest(again.path)).toEqual(manifest(inject('databasePath')));
  });
});

describe('a server started without the downloads of its version', () => {
  it('answers 404 saying why, for downloads that are missing or of another version, and serves the rest', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, MANIFEST), JSON.stringify({ dataset_version: 'feedfacefeedface', files: {} }));
    for (const [downloadsDir, why] of [
      [empty, /not built with this database/],
      [other, /built from another dataset version/],
    ] as const) {
      await withApp({ downloadsDir }, async (bare) => {
        const response = await bare.inject({ url: '/downloads/ledger.sqlite' });
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json().detail).toMatch(why);
        // A client is told why, not where the server keeps its files.
        expect(response.json().detail).not.toContain(downloadsDir);
        expect((await bare.inject({ url: '/downloads/manifest.json' })).statusCode).toBe(404);
        expect((await bare.inject({ url: '/downloads/indicators.csv' })).statusCode).toBe(200);
      });
    }
  });

  it('serves none of them when a file is not the size its manifest says (changed or cut short since the build)', async () => {
    const changed = join(dir, 'changed');
    cpSync(downloadsDirOf(inject('databasePath')), changed, { recursive: true });
    appendFileSync(join(changed, 'ledger.zip'), 'x');
    await withApp({ downloadsDir: changed }, async (bare) => {
      for (const name of ['ledger.zip', 'ledger.sqlite', MANIFEST]) {
        const response = await bare.inject({ url: `/downloads/${name}` });
        expect(response.statusCode, name).toBe(404);
        expect(response.json().detail, name).toMatch(/the downloads are incomplete/);
      }
    });
  });
});

describe('GET / with Accept: application/ld+json', () => {
  it('is a schema.org Dataset in English and Chinese: version, licence, creator, Gansu, its period, the five articles', async () => {
    const response = await app().inject({ url: '/', headers: { accept: 'application/ld+json' } });
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const ld = response.json();
    const { version } = app().datasetMeta;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: ['Gansu Campaign Ledger', expect.stringMatching(/甘肃/)],
      description: [expect.stringMatching(/^Hand-verified/), expect.stringMatching(/甘肃/)],
      version,
      license: 'https://opensource.org/license/mit',
      creator: { '@type': 'Organization', name: 'The Gansu Campaign Ledger authors' },
      spatialCoverage: { '@type': 'Place', name: ['甘肃省', 'Gansu Province'], identifier: 'GB/T 2260 620000' },
      temporalCoverage: expect.stringMatching(/^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/),
    });
    // The period: the earliest start of a figure's period to the latest end, as the figures say.
    const indicators = app().db.$client;
    const [first] = indicators
      .prepare('select period_start as day from indicators where period_start is not null order by 1 limit 1')
      .pluck()
      .all();
    const [last] = indicators
      .prepare('select period_end as day from indicators where period_end is not null order by 1 desc limit 1')
      .pluck()
      .all();
    expect(ld.temporalCoverage).toBe(`${first}/${last}`);
    const sources = (await getJson(app(), '/sources')).body.data as { id: string; title_zh: string; script: string }[];
    expect(ld.isBasedOn.map((a: { headline: string }) => a.headline)).toEqual(sources.map((s) => s.title_zh));
    // Each article in the script it arrived in: 002 in Traditional, the others in Simplified.
    expect(ld.isBasedOn.map((a: { inLanguage: string }) => a.inLanguage)).toEqual(
      sources.map((s) => (s.id === '002' ? 'zh-Hant' : 'zh-Hans')),
    );
    expect(sources.find((s) => s.id === '002')?.script).toBe('Hant');
    expect(ld.isBasedOn.find((a: { '@id': string }) => a['@id'] === '/sources/004')).toMatchObject({
      author: [{ '@type': 'Person', name: '郭军' }],
      editor: [{ '@type': 'Person', name: '赵满同' }],
      datePublished: '2021-04-22',
      publisher: { '@type': 'Organization', name: '中国甘肃网' },
    });
    // Last modified when it was made: the date the package and the citations give.
    expect(ld.dateModified).toBe(app().datasetMeta.about?.created);
    // JSON-LD wins a tie with CSV, which / does not offer.
    const tie = await app().inject({ url: '/', headers: { accept: 'text/csv, application/ld+json' } });
    expect(tie.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    // The home page's own parameters do not take JSON-LD for a page.
    const english = await app().inject({ url: '/?lang=en', headers: { accept: 'application/ld+json' } });
    expect(english.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    // The plain JSON answer is another representation, with its own ETag.
    const plain = await app().inject({ url: '/' });
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers.etag).not.toBe(response.headers.etag);
  });

  it('lists a distribution for every download, and each contentUrl answers 200 with its encodingFormat', async () => {
    const ld = (await app().inject({ url: '/', headers: { accept: 'application/ld+json' } })).json();
    const urls = ld.distribution.map((d: { contentUrl: string }) => d.contentUrl);
    const links = (await getJson(app(), '/')).body.links;
    for (const url of [links.datapackage, links.download_zip, links.download_sqlite, links.download_csv]) expect(urls).toContain(url);
    // The checksums of the zip and the SQLite file are linked too, from the JSON and the page (take12).
    const manifest = await app().inject({ url: links.download_manifest });
    expect(manifest.statusCode).toBe(200);
    expect(Object.keys(manifest.json().files).sort()).toEqual(['ledger.sqlite', 'ledger.zip']);
    expect((await app().inject({ url: '/?lang=en', headers: { accept: 'text/html' } })).body).toContain(
      `<a href="${links.download_manifest}" type="application/json">`,
    );
    // The tables' CSVs carry no byte order mark, which Excel needs to read Chinese: the page says how to open them (pages14).
    const table = await app().inject({ url: '/downloads/indicators.csv' });
    expect(table.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const home = (await app().inject({ url: '/?lang=zh', headers: { accept: 'text/html' } })).body;
    expect(home).toContain(
      '<small>（UTF-8，无 BOM：Excel 请用“数据 → 自文本/CSV”导入并选 UTF-8，或用列表页的 CSV 链接，其带 BOM）</small>',
    );
    for (const { contentUrl, encodingFormat } of ld.distribution as { contentUrl: string; encodingFormat: string }[]) {
      const response = await app().inject({ url: contentUrl });
      expect(response.statusCode, contentUrl).toBe(200);
      expect(String(response.headers['content-type']).split(';')[0], contentUrl).toBe(encodingFormat);
    }
    // Each names what it holds in words: a table's CSV by its record type (every city record, not every cities record).
    const names = new Map(
      ld.distribution.map((d: { contentUrl: string; name: string }) => [new URL(d.contentUrl, 'http://x').pathname, d.name]),
    );
    expect(names.get('/downloads/cities.csv')).toBe('Every city record as CSV');
    expect(names.get('/downloads/passages.csv')).toBe('Every passage record as CSV');
    // The zip's name lists what the zip holds.
    const zipped = unzipSync(new Uint8Array((await app().inject('/downloads/ledger.zip')).rawPayload));
    const files = Object.keys(zipped).map((f) => f.slice(f.indexOf('/') + 1));
    for (const [file, words] of [
      ['README.md', 'a README'],
      ['docs/CURATION.md', 'the curation rules'],
      ['docs/DATASHEET.md', 'the datasheet'],
      ['docs/SQLITE.md', 'the SQLite guide'],
      ['CITATION.cff', 'a CITATION.cff'],
      ['LICENSE', 'the LICENSE'],
    ]) {
      expect(files).toContain(file);
      expect(names.get('/downloads/ledger.zip')).toContain(words);
    }
  });
});
