/**
 * npm run db:build: load, verify, then write the database to a temporary file and rename it into
 * place, its digest beside it (src/db/integrity.ts). A failed build leaves the previous database
 * untouched; a bad record stops it with every problem listed. Builds of the same file take turns
 * (a lock beside it), so two servers started on a missing database do not break each other's.
 */
import { accessSync, constants, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { recordDigest } from '../src/db/integrity.ts';
import { DEFAULT_SEED_DIR, datasetVersion, schemaVersion } from '../src/db/version.ts';
import { loadSeed } from './load.ts';
import { SeedError } from './problems.ts';
import { verifySeed } from './verify.ts';
import { writeDatabase } from './write.ts';

export const DEFAULT_DATABASE_PATH = resolve(DEFAULT_SEED_DIR, '..', 'data', 'ledger.db');

export type BuildResult = { path: string; datasetVersion: string; schemaVersion: string };

/** An error that names the file it is about, as a person or an orchestrator can act on. */
function cannotWrite(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EROFS' || code === 'EPERM'
      ? 'is not writable'
      : `cannot be written (${code ?? (error as Error).message})`;
  return new Error(`cannot build the database at ${path}: ${dirname(path)} ${why}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes what a build killed midway left: its temporary file was never the database. */
function removeLeftovers(target: string): void {
  const prefix = `${basename(target)}.building-`;
  for (const name of readdirSync(dirname(target))) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && !alive(pid)) rmSync(join(dirname(target), name), { force: true });
  }
}

export function buildDatabase(target: string = DEFAULT_DATABASE_PATH, seedDir: string = DEFAULT_SEED_DIR): BuildResult {
  const { data, problems } = loadSeed(seedDir);
  problems.push(...verifySeed(data));
  if (problems.length > 0) throw new SeedError(problems);
  const versions = { datasetVersion: datasetVersion(seedDir), schemaVersion: schemaVersion() };
  try {
    mkdirSync(dirname(target), { recursive: true });
    removeLeftovers(target);
  } catch (error) {
    throw cannotWrite(target, error);
  }
  const temporary = `${target}.building-${process.pid}`;
  try {
    writeDatabase(temporary, data, versions);
    recordDigest(temporary);
    renameSync(`${temporary}.sha256`, `${target}.sha256`);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.sha256`, { force: true });
    throw error instanceof SeedError || (error as NodeJS.ErrnoException).code === undefined ? error : cannotWrite(target, error);
  }
  return { path: target, ...versions };
}

/**
 * Builds the database when `reason` (asked again once the lock is held: another process may have
 * built it meanwhile) says it must be. The lock is a directory beside the file; a build takes about
 * a second, well inside the time after which a lock its holder stopped refreshing counts as stale.
 */
export async function buildWhenNeeded(
  target: string,
  reason: () => string | null,
  seedDir: string = DEFAULT_SEED_DIR,
): Promise<{ why: string; built: BuildResult } | null> {
  try {
    mkdirSync(dirname(target), { recursive: true });
    // proper-lockfile retries whatever fails; a directory it may not write is not worth waiting for.
    accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    throw cannotWrite(target, error);
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, {
      realpath: false,
      stale: 60_000,
      update: 10_000,
      retries: { retries: 120, minTimeout: 100, maxTimeout: 1000 },
      onCompromised: () => {},
    });
  } catch (error) {
    throw cannotWrite(target, error);
  }
  try {
    const why = reason();
    return why ? { why, built: buildDatabase(target, seedDir) } : null;
  } finally {
    await release();
  }
}
