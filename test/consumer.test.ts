/**
 * A real client: examples/consumer calls the live API through types generated
 * from /openapi.json, and the committed types must not drift from the spec.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';
import { openApp } from './helper.ts';

const run = promisify(execFile);
const CONSUMER = join(PROJECT_ROOT, 'examples', 'consumer');
const dir = mkdtempSync(join(tmpdir(), 'ledger-consumer-'));
let app: Awaited<ReturnType<typeof openApp>>;
let base: string;

beforeAll(async () => {
  if (!existsSync(join(CONSUMER, 'node_modules'))) {
    throw new Error('examples/consumer has no node_modules: run `npm ci --prefix examples/consumer` (CI does)');
  }
  app = await openApp({ rateLimitMax: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('examples/consumer', () => {
  it("prints Wuwei's 2023 investment figures with their quotes, from the live API", async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: CONSUMER,
      env: { ...process.env, API_URL: base },
    });
    expect(stdout).toMatch(/^Wuwei, 2023: \d+ investment figures/);
    expect(stdout).toContain('429.49 亿元 = 42949000000 CNY, period 2023');
    expect(stdout).toContain('“2023年实施招商引资项目629个,到位资金429.49亿元,增长50.38%。” (article 000, code points 1963-2003)');
  });

  it('fails with the problem when the API refuses', async () => {
    const failing = run(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: CONSUMER,
      env: { ...process.env, API_URL: `${base}/nothing` },
    });
    await expect(failing).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^consumer: the API answered 404: Not Found/) });
  });

  it('has generated types that match the live OpenAPI document', async () => {
    const spec = join(dir, 'openapi.json');
    writeFileSync(spec, (await app.inject('/openapi.json')).body);
    const generated = join(dir, 'api.d.ts');
    await run(join(CONSUMER, 'node_modules', '.bin', 'openapi-typescript'), [spec, '-o', generated], { cwd: CONSUMER });
    const committed = readFileSync(join(CONSUMER, 'src', 'api.d.ts'), 'utf8');
    expect(
      readFileSync(generated, 'utf8'),
      'the API contract changed: run `npm run generate` in examples/consumer against a running server',
    ).toBe(committed);
  });
});
