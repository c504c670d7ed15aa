/**
 * Adds every live id of the seed to seed/data/published.json, the ledger the build holds ids to once
 * they are published (seed/published.ts). Run it when a change that adds records is committed:
 * `npx tsx scripts/published.ts`. It never removes an id; withdrawing one is retired.json's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed } from '../seed/load.ts';
import { withLiveIds } from '../seed/published.ts';
import { DEFAULT_SEED_DIR } from '../src/db/version.ts';

const { data, problems } = loadSeed();
const unread = problems.filter((p) => p.file === 'data/published.json');
if (unread.length > 0) {
  for (const p of unread) console.error(`data/published.json ${p.field}: ${p.reason}`);
  process.exit(1);
}
const ledger = withLiveIds(data);
const added = Object.values(ledger).flat().length - Object.values(data.published ?? {}).flat().length;
writeFileSync(join(DEFAULT_SEED_DIR, 'data/published.json'), `${JSON.stringify(ledger, null, 2)}\n`);
console.log(added === 0 ? 'every live id is in data/published.json already' : `added ${added} ids to data/published.json`);
