/**
 * The documentation keeps up: every setting is in the README and the deploy guide, its answers are
 * real, every download and citation format is in the README and the datasheet, and both
 * CITATION.cff files are valid.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CITATION_FORMATS } from '../src/citations/index.ts';
import { environment } from '../src/config.ts';
import { DOWNLOADS } from '../src/dataset/about.ts';
import { openApp, useApp } from './helper.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('settings', () => {
  for (const doc of ['README.md', 'docs/DEPLOY.md']) {
    it(`${doc} documents every environment variable the server reads`, () => {
      const text = read(doc);
      for (const key of Object.keys(environment.shape)) expect(text, key).toContain(`| \`${key}\``);
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
