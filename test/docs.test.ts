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

describe('the README’s answers are real', () => {
  const app = useApp();
  const readme = read('README.md');

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
    const { matches, ...rest } = real.result.structuredContent;
    expect(rest.claim).toBe(expected.result.structuredContent.claim);
    expect(rest.verdict).toBe(expected.result.structuredContent.verdict);
    expect(matches[0].claimed).toEqual(expected.result.structuredContent.matches[0].claimed);
    expect(matches[0].indicator.id).toBe(expected.result.structuredContent.matches[0].indicator.id);
  });

  it('"Checking claims": the example claim is answered as shown', async () => {
    const section = readme.slice(readme.indexOf('## Checking claims'), readme.indexOf('## For agents'));
    const claim = /curl '[^']*\/check\?claim=([^']+)'/.exec(section)?.[1] as string;
    const shown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)?.[1] as string);
    const real = (await app().inject({ method: 'GET', url: `/check?claim=${encodeURIComponent(claim)}` })).json();
    expect(real.verdict).toBe(shown.verdict);
    expect(real.explanation_en).toBe(shown.explanation_en);
    expect(real.matches[0].claimed).toEqual(shown.matches[0].claimed);
  });
});

describe('downloads and citations', () => {
  for (const doc of ['README.md', 'docs/DATASHEET.md']) {
    it(`${doc} links every bulk download and names every citation format`, () => {
      const text = read(doc);
      for (const { path } of Object.values(DOWNLOADS)) expect(text, path).toContain(path);
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
