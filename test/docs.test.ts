/** The documentation keeps up: every setting is in the README and the deploy guide, and its answers are real. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environment } from '../src/config.ts';
import { useApp } from './helper.ts';

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
