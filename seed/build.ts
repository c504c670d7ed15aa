/**
 * npm run db:build: load, verify, then write the database to a temporary
 * file and rename it into place. A failed build leaves the previous database
 * untouched; a bad record stops it with every problem listed.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_SEED_DIR, datasetVersion, schemaVersion } from '../src/db/version.ts';
import { loadSeed } from './load.ts';
import { SeedError } from './problems.ts';
import { verifySeed } from './verify.ts';
import { writeDatabase } from './write.ts';

export const DEFAULT_DATABASE_PATH = resolve(DEFAULT_SEED_DIR, '..', 'data', 'ledger.db');

export type BuildResult = { path: string; datasetVersion: string; schemaVersion: string };

export function buildDatabase(target: string = DEFAULT_DATABASE_PATH, seedDir: string = DEFAULT_SEED_DIR): BuildResult {
  const { data, problems } = loadSeed(seedDir);
  problems.push(...verifySeed(data));
  if (problems.length > 0) throw new SeedError(problems);
  const versions = { datasetVersion: datasetVersion(seedDir), schemaVersion: schemaVersion() };
  mkdirSync(dirname(target), { recursive: true });
  // A build killed midway leaves its temporary file behind; it was never the database.
  for (const name of readdirSync(dirname(target))) {
    if (name.startsWith(`${basename(target)}.building-`)) rmSync(join(dirname(target), name), { force: true });
  }
  const temporary = `${target}.building-${process.pid}`;
  try {
    writeDatabase(temporary, data, versions);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { path: target, ...versions };
}
