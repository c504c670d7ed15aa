/** The documentation keeps up: every setting is in the README and the deploy guide. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environment } from '../src/config.ts';

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
