/**
 * npm run db:build: load, verify, then write the database and its downloads (seed/downloads.ts) to
 * temporary files and rename them into place, the downloads first. A failed build leaves the
 * previous database untouched; a bad record stops it with every problem listed. A build stopped
 * between the two renames leaves downloads of another version than the database, which a server
 * sees from their manifest and does not serve.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { downloadsDirOf } from '../src/dataset/files.ts';
import { DEFAULT_SEED_DIR, datasetVersion, schemaVersion } from '../src/db/version.ts';
import { writeDownloads } from './downloads.ts';
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
  const downloads = downloadsDirOf(target);
  // A build killed midway leaves its temporary files behind; they were never the database.
  for (const name of readdirSync(dirname(target))) {
    if (name.startsWith(`${basename(target)}.building-`) || name.startsWith(`${basename(downloads)}.building-`)) {
      rmSync(join(dirname(target), name), { force: true, recursive: true });
    }
  }
  const temporary = `${target}.building-${process.pid}`;
  const temporaryDownloads = `${downloads}.building-${process.pid}`;
  try {
    writeDatabase(temporary, data, versions);
    mkdirSync(temporaryDownloads);
    writeDownloads(temporary, temporaryDownloads, seedDir, data, versions.datasetVersion);
    replaceDirectory(temporaryDownloads, downloads);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(temporaryDownloads, { force: true, recursive: true });
    throw error;
  }
  return { path: target, ...versions };
}

/** Puts the directory `from` where `to` is; a rename cannot replace a directory that is not empty. */
function replaceDirectory(from: string, to: string): void {
  const old = `${to}.building-${process.pid}-old`;
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { force: true, recursive: true });
}
