/**
 * The documentation keeps up: every setting is in the README and the deploy guide, its answers are
 * real, every download and citation format is in the README and the datasheet, and both
 * CITATION.cff files are valid.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CITATION_FORMATS } from '../src/citations/index.ts';
import { CONFIG_DEFAULTS, environment } from '../src/config.ts';
import { DOWNLOADS } from '../src/dataset/about.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { openApp, useApp } from './helper.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('settings', () => {
  for (const doc of ['README.md', 'docs/DEPLOY.md']) {
    it(`${doc} documents every environment variable the server reads`, () => {
      const text = read(doc);
      for (const key of Object.keys(environment.shape)) expect(text, key).toContain(`| \`${key}\``);
      // Each with the default the server has: a value, a path under the project, or none.
      for (const [key, value] of Object.entries(CONFIG_DEFAULTS)) {
        const given = new RegExp(`^\\| \`${key}\` \\| ([^|]+) \\|`, 'm').exec(text)?.[1].trim();
        if (given === '(none)') expect([undefined, false], key).toContain(value);
        else if (key === 'DATABASE_PATH') expect(value, key).toBe(join(PROJECT_ROOT, given?.replaceAll('`', '') ?? ''));
        else expect(given, key).toBe(`\`${String(value)}\``);
      }
    });
  }

  it('the README shows the two set-up commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test$/m);
  });
});

/**
 * Whether an answer shown in the docs is what the server answers: "…" stands for anything, a string
 * ending in "…" for one that starts so, an object with a "…" key may have more keys, and an array
 * whose last item is "…" may have more items.
 */
function shownAs(shown: unknown, real: unknown, at = '$'): string | null {
  if (shown === '…') return null;
  if (typeof shown === 'string' && shown.endsWith('…'))
    return typeof real === 'string' && real.startsWith(shown.slice(0, -1))
      ? null
      : `${at}: ${JSON.stringify(real)} does not start ${shown}`;
  if (Array.isArray(shown)) {
    if (!Array.isArray(real)) return `${at}: not an array`;
    const open = shown.at(-1) === '…';
    const items = open ? shown.slice(0, -1) : shown;
    if (open ? real.length < items.length : real.length !== items.length) return `${at}: ${real.length} items, shown ${shown.length}`;
    for (const [i, item] of items.entries()) {
      const wrong = shownAs(item, real[i], `${at}[${i}]`);
      if (wrong) return wrong;
    }
    return null;
  }
  if (shown !== null && typeof shown === 'object') {
    if (real === null || typeof real !== 'object') return `${at}: not an object`;
    const keys = Object.keys(shown).filter((k) => k !== '…');
    if (!('…' in shown)) {
      const extra = Object.keys(real).filter((k) => !keys.includes(k));
      if (extra.length > 0) return `${at}: not shown: ${extra.join(', ')}`;
    }
    for (const key of keys) {
      if (!(key in real)) return `${at}.${key}: missing`;
      const wrong = shownAs((shown as Record<string, unknown>)[key], (real as Record<string, unknown>)[key], `${at}.${key}`);
      if (wrong) return wrong;
    }
    return null;
  }
  return Object.is(shown, real) ? null : `${at}: ${JSON.stringify(real)}, shown ${JSON.stringify(shown)}`;
}

/**
 * The request target a README curl line asks for, as curl builds it: the URL, and with -G each -d and
 * --data-urlencode added to its query (the second encoded, as curl encodes it). Only ASCII may be sent.
 */
function curlTarget(line: string): string {
  const words = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const url = new URL(words.find((w) => w.startsWith('http://')) as string);
  words.forEach((word, k) => {
    if (word !== '-d' && word !== '--data-urlencode') return;
    const [name, ...rest] = words[k + 1].split('=');
    const value = rest.join('=');
    url.search += `${url.search ? '&' : ''}${name}=${word === '-d' ? value : encodeURIComponent(value)}`;
  });
  const target = `${url.pathname}${url.search}`;
  expect(target, line).toMatch(/^[\x21-\x7e]+$/);
  return target;
}

describe('the README’s answers are real', () => {
  const app = useApp();
  const readme = read('README.md');

  it('every GET shown with its answer answers that', async () => {
    const examples = [...readme.matchAll(/```sh\n(curl [^\n]*)\n```\n\n```json\n([\s\S]*?)\n```/g)];
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const [, line, json] of examples) {
      const url = curlTarget(line);
      const real = (await app().inject({ method: 'GET', url })).json();
      expect(shownAs(JSON.parse(json), real), url).toBeNull();
    }
  });

  it('a changed answer is caught', () => {
    expect(shownAs({ a: 1, b: ['x', '…'] }, { a: 1, b: ['x', 'y'] })).toBeNull();
    expect(shownAs({ a: 1 }, { a: 1, c: 2 })).toMatch(/not shown: c/);
    expect(shownAs({ a: 'ab…' }, { a: 'ac' })).toMatch(/does not start/);
    expect(shownAs([1], [1, 2])).toMatch(/2 items/);
  });

  it('"For agents": the exchange over /mcp is what the server answers', async () => {
    const section = readme.slice(readme.indexOf('## For agents'), readme.indexOf('## For client authors'));
    const sent = /-d '(\{"jsonrpc".*\})'/.exec(section)?.[1];
    const shown = /```json\n(\{\n {2}"result"[\s\S]*?)\n```/.exec(section)?.[1];
    if (!sent || !shown) throw new Error('the README has no exchange over /mcp');
    const response = await app().inject({
      method: 'POST',
      url: '/mcp',
      payload: sent,
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    });
    const real = response.json();
    const expected = JSON.parse(shown);
    expect(real.result.content).toEqual(expected.result.content);
    // Every field shown is the server's, a text cut with … its beginning.
    expect(shownAs(expected.result.structuredContent, real.result.structuredContent)).toBeNull();
  });

  it('"How many records per area": the facet counts shown are the server\'s', async () => {
    const shown = /`(\/indicators\?facets=city&limit=1)` → `meta\.facets\.city` starts\n`(\[.*), …\]`/.exec(readme);
    if (!shown) throw new Error('the README shows no facet counts');
    const expected = JSON.parse(`${shown[2]}]`) as unknown[];
    const real = (await app().inject({ method: 'GET', url: shown[1] })).json();
    expect(real.meta.facets.city.slice(0, expected.length)).toEqual(expected);
  });

  it('"Checking claims": the example claim is answered as shown', async () => {
    const section = readme.slice(readme.indexOf('## Checking claims'), readme.indexOf('## For agents'));
    const line = /\n(curl [^\n]*\/check[^\n]*)\n/.exec(section)?.[1] as string;
    expect(new URL(curlTarget(line), 'http://x').searchParams.get('claim')).toMatch(/武威市/);
    const shown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)?.[1] as string);
    const real = (await app().inject({ method: 'GET', url: curlTarget(line) })).json();
    expect(real.verdict).toBe(shown.verdict);
    expect(real.explanation_en).toBe(shown.explanation_en);
    expect(real.matches[0].claimed).toEqual(shown.matches[0].claimed);
  });
});

describe('downloads and citations', () => {
  for (const doc of ['README.md', 'docs/DATASHEET.md']) {
    it(`${doc} links every bulk download and names every citation format`, () => {
      const text = read(doc);
      for (const { path } of [...Object.values(DOWNLOADS), { path: '/downloads/manifest.json' }]) expect(text, path).toContain(path);
      for (const format of CITATION_FORMATS) expect(text, format).toContain(`format=${format}`);
    });
  }

  it('the README reads the CSV in pandas and in R as test/clients.test.ts does', () => {
    const readme = read('README.md');
    expect(readme).toContain('pd.read_csv("http://127.0.0.1:3000/indicators?format=csv")');
    expect(readme).toContain('read.csv("http://127.0.0.1:3000/indicators?format=csv", encoding = "UTF-8")');
  });
});

describe('docs/SQLITE.md', () => {
  const doc = read('docs/SQLITE.md');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-sqlite-doc-'));
  let db: Database.Database;
  beforeAll(async () => {
    const app = await openApp();
    try {
      writeFileSync(join(dir, 'ledger.sqlite'), (await app.inject({ url: '/downloads/ledger.sqlite' })).rawPayload);
    } finally {
      await app.closeAll();
    }
    db = new Database(join(dir, 'ledger.sqlite'), { readonly: true });
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
  const column = (table: string, name: string) => db.prepare(`select "${name}" from "${table}"`).pluck().all() as unknown[];
  /** The `table.column` names a bullet of the page ("- **Booleans …") gives. */
  const namedIn = (bullet: string) => {
    const text = doc.slice(doc.indexOf(`- **${bullet}`)).split(/\n- \*\*|\n\n/)[0];
    const tables = new Set(columns().map((c) => c.table));
    return [...text.matchAll(/`(\w+)\.(\w+)`/g)].map((m) => [m[1], m[2]] as const).filter(([table]) => tables.has(table));
  };
  const columns = () =>
    (
      db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[]
    ).flatMap((table) => (db.pragma(`table_info("${table}")`) as { name: string; type: string }[]).map((c) => ({ table, ...c })));

  it('README and the datasheet link it, and it has a line for every table of the download, and only those', () => {
    expect(read('README.md')).toContain('(docs/SQLITE.md)');
    expect(read('docs/DATASHEET.md')).toContain('(SQLITE.md)');
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
    const listed = [...doc.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...tables].sort());
    expect(listed).toHaveLength(18);
  });

  it('names every column that holds JSON, and every 0/1 column, and they are so', () => {
    const json = namedIn('JSON in text columns');
    expect(json.map((c) => c.join('.'))).toEqual([
      'sources.authors',
      'projects.initiatives',
      'project_events.evidence',
      'metric_aliases.metrics',
      'metric_aliases.scopes',
      'meta.value',
    ]);
    const isJson = (v: unknown) => typeof v === 'string' && /^[[{]/.test(v) && JSON.parse(v) !== null;
    // meta.value is JSON only for the key about, checked below.
    for (const [table, name] of json.filter(([t]) => t !== 'meta'))
      expect(
        column(table, name).every((v) => v === null || isJson(v)),
        `${table}.${name}`,
      ).toBe(true);
    const booleans = namedIn('Booleans');
    expect(booleans.map((c) => c.join('.'))).toEqual(['indicators.estimated', 'indicators.corroborated', 'projects.corroborated']);
    for (const [table, name] of booleans)
      expect(
        column(table, name).filter((v) => v !== 0 && v !== 1),
        `${table}.${name}`,
      ).toEqual([]);
    // And no other: a text column all of JSON, an integer column of 0 and 1 only (an order, position, aside).
    for (const { table, name, type } of columns()) {
      const values = column(table, name).filter((v) => v !== null);
      if (values.length === 0) continue;
      const named = (list: readonly (readonly [string, string])[]) => list.some(([t, c]) => t === table && c === name);
      if (type === 'TEXT' && values.every(isJson)) expect(named(json), `${table}.${name} holds JSON`).toBe(true);
      if (type === 'INTEGER' && name !== 'position' && values.every((v) => v === 0 || v === 1))
        expect(named(booleans), `${table}.${name} is 0/1`).toBe(true);
    }
    expect(JSON.parse(String(db.prepare("select value from meta where key = 'about'").pluck().get()))).toMatchObject({
      name: 'gansu-campaign-ledger',
    });
  });

  it('says truly how evidence, city_ancestors, retired and the area codes are written', () => {
    expect(all('select distinct record_type from evidence order by 1').map((r) => r.record_type)).toEqual([
      'complaint',
      'indicator',
      'initiative',
      'project',
    ]);
    // record_type is singular, as evidence's is: a withdrawn record of any type (cur15: an indicator's had failed here).
    const singular = all('select distinct record_type from evidence').map((r) => r.record_type);
    const retired = all('select distinct record_type from retired').map((r) => r.record_type);
    expect(retired.length).toBeGreaterThan(0);
    for (const type of retired) expect(singular, String(type)).toContain(type);
    // position orders each record's quotes: 0, 1, … as the API lists them.
    expect(
      all('select record_type, record_id from evidence group by 1, 2 having min(position) != 0 or max(position) != count(*) - 1'),
    ).toEqual([]);
    expect(all("select passage from evidence where record_type = 'indicator' and record_id = '000-i031' order by position")).toEqual([
      { passage: '000-p015' },
      { passage: '003-p002' },
    ]);
    expect(all('select count(*) as n from city_ancestors where depth = 0 and ancestor = city')).toEqual(
      all('select count(*) as n from cities'),
    );
    expect(all("select ancestor, depth from city_ancestors where city = 'liangzhou' order by depth")).toEqual([
      { ancestor: 'liangzhou', depth: 0 },
      { ancestor: 'wuwei', depth: 1 },
      { ancestor: 'gansu', depth: 2 },
    ]);
    expect(all('select slug from cities where code is null order by slug').map((r) => r.slug)).toEqual([
      'jiuquan-etdz',
      'lanzhou-new-area',
    ]);
    expect(all('select typeof(code) as t from cities where code is not null group by 1')).toEqual([{ t: 'text' }]);
  });

  it('gives each example’s answer as the file gives it', () => {
    const examples = [...doc.matchAll(/```sql\n([\s\S]*?)```\n\n(\|[^\n]*\|\n\|[- |]*\|\n(?:\|[^\n]*\|\n)*)/g)];
    expect(examples).toHaveLength(2);
    for (const [, sql, table] of examples) {
      const [header, , ...rows] = table
        .trim()
        .split('\n')
        .map((line) => line.slice(2, -2).split(' | '));
      const answer = db.prepare(sql).all() as Record<string, unknown>[];
      expect(
        answer.map((row) => Object.keys(row)),
        sql,
      ).toEqual(answer.map(() => header));
      // The page shows cells as the sqlite3 shell prints them, a whole REAL as 42949000000.0, which JavaScript writes 42949000000.
      expect(
        answer.map((row) => Object.values(row).map(String)),
        sql,
      ).toEqual(rows.map((cells) => cells.map((c) => c.replace(/^(\d+)\.0$/, '$1'))));
    }
  });
});

describe('CITATION.cff', () => {
  const schema = JSON.parse(read('test/profiles/citation-file-format-1.2.0.json'));
  const validate = () => {
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    return ajv.compile(schema);
  };

  it('at the root is valid Citation File Format 1.2.0, and cites the dataset as seed/dataset.json names and dates it', () => {
    const cff = parseYaml(read('CITATION.cff'));
    const check = validate();
    expect(check(cff), JSON.stringify(check.errors)).toBe(true);
    const about = JSON.parse(read('seed/dataset.json'));
    expect(cff.references).toContainEqual(
      expect.objectContaining({ type: 'data', title: `${about.title_en} (${about.title_zh})`, 'date-released': about.created }),
    );
  });

  it('in the zip is valid too, names the dataset version and lists the five articles', async () => {
    const app = await openApp();
    try {
      const entries = unzipSync(new Uint8Array((await app.inject({ url: '/downloads/ledger.zip' })).rawPayload));
      const [name] = Object.keys(entries).filter((n) => n.endsWith('/CITATION.cff'));
      const cff = parseYaml(Buffer.from(entries[name]).toString());
      const check = validate();
      expect(check(cff), JSON.stringify(check.errors)).toBe(true);
      expect(cff).toMatchObject({ type: 'dataset', version: app.datasetMeta.version });
      expect(cff.references.map((r: { title: string }) => r.title)).toHaveLength(5);
      expect(cff.references[4]).toMatchObject({
        authors: [{ name: '郭军' }],
        editors: [{ name: '赵满同' }],
        'date-published': '2021-04-22',
      });
    } finally {
      await app.closeAll();
    }
  });
});
