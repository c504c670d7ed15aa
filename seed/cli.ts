/**
 * npm run db:build: build the database at DATABASE_PATH (default
 * data/ledger.db) from seed/, or list every problem and exit 1.
 */
import { resolve } from 'node:path';
import { buildWhenNeeded, DEFAULT_DATABASE_PATH } from './build.ts';
import { SeedError } from './problems.ts';

const started = performance.now();
try {
  const target = process.env.DATABASE_PATH ? resolve(process.env.DATABASE_PATH) : DEFAULT_DATABASE_PATH;
  // In turn with any server building the same file (seed/build.ts).
  const result = (await buildWhenNeeded(target, () => 'asked for'))?.built;
  if (!result) throw new Error(`${target} was not built`);
  console.log(
    `built ${result.path} (dataset ${result.datasetVersion}, schema ${result.schemaVersion}) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(error instanceof SeedError ? error.message : error);
  process.exit(1);
}
