import { mkdirSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/open.ts';
import { spawnOurs } from './lib.ts';
import { mixedUrls } from './mixed.ts';

const want = process.argv[2];
const { urls } = mixedUrls(openDatabase('.bench/ledger.db').$client, 60000);
const list = urls.filter((u) => (want === 'csv' ? u.includes('format=csv') : u.startsWith(want)));
rmSync('/tmp/pk', { recursive: true, force: true });
mkdirSync('/tmp/pk');
const s = await spawnOurs('s', '.bench/ledger.db', ['--cpu-prof', '--cpu-prof-dir=/tmp/pk']);
let i = 0;
const r = (await autocannon({
  url: `http://127.0.0.1:${s.port}`,
  connections: 10,
  duration: 6,
  requests: [{ setupRequest: (q: object) => ({ ...q, method: 'GET', path: list[i++ % list.length] }) }],
} as never)) as unknown as { requests: { average: number } };
console.log(list.length, 'urls', i, 'sent', r.requests.average, 'req/s');
await s.stop();
