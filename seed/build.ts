/**
/**
 * npm run db:build: load, verify, then write the database and its downloads (seed/downloads.ts) to
 * temporary files and rename them into place, the downloads first, then the database's digest
 * (src/db/integrity.ts) and the database. A failed build leaves the previous database untouched; a
 * bad record stops it with every problem listed. A build stopped between the renames leaves
 * downloads of another version than the database, which a server sees from their manifest and does
 * not serve. Builds of the same file take turns (a lock beside it), so two servers started on a
 * missing database do not break each other's.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { downloadsDirOf } from '../src/dataset/files.ts';
import { recordDigest } from '../src/db/integrity.ts';
import { DEFAULT_SEED_DIR, datasetVersion, schemaVersion } from '../src/db/version.ts';
import { writeDownloads } from './downloads.ts';
import { loadSeed } from './load.ts';
import { SeedError } from './problems.ts';
import { verifySeed } from './verify.ts';
import { writeDatabase } from './write.ts';

export const DEFAULT_DATABASE_PATH = resolve(DEFAULT_SEED_DIR, '..', 'data', 'ledger.db');

export type BuildResult = { path: string; datasetVersion: string; schemaVersion: string };

/**
 * An error that names the file it is about, as a person or an orchestrator can act on: the target's
 * directory when writing what the build writes failed, else the file the build could not read (a
 * docs/ file the zip carries, missing from an image that did not copy it).
 */
function cannotWrite(path: string, error: unknown, needed?: string | null): Error {
  const { code, path: at } = error as NodeJS.ErrnoException;
  const what = `cannot build the database at ${path}${needed ? `, which is ${needed}` : ''}`;
  // The build's own: the directory or one above it, the database, its digest, its downloads and their temporary files.
  const own = (file: string) =>
    !relative(file, dirname(resolve(path))).startsWith('..') || [path, downloadsDirOf(path)].some((p) => file.startsWith(resolve(p)));
  if (at !== undefined && !own(resolve(at)))
    return new Error(`${what}: ${at} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code})`}`);
  const why =
    code === 'EACCES' || code === 'EROFS' || code === 'EPERM'
      ? 'is not writable'
      : `cannot be written (${code ?? (error as Error).message})`;
  // A directory not yet made is made in the nearest one that is: that one is named.
  let made = dirname(path);
  while (!existsSync(made) && dirname(made) !== made) made = dirname(made);
  const where = made === dirname(path) ? made : `${made} (where ${dirname(path)} would be made)`;
  return new Error(`${what}: ${where} ${why}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes what a build killed midway left: its temporary files were never the database or its downloads. */
function removeLeftovers(...targets: string[]): void {
  const dir = dirname(targets[0]);
  for (const name of readdirSync(dir)) {
    for (const target of targets) {
      const prefix = `${basename(target)}.building-`;
      if (name.startsWith(prefix) && !alive(Number.parseInt(name.slice(prefix.length), 10)))
        rmSync(join(dir, name), { force: true, recursive: true });
    }
  }
}

export function buildDatabase(target: string = DEFAULT_DATABASE_PATH, seedDir: string = DEFAULT_SEED_DIR): BuildResult {
  const { data, problems } = loadSeed(seedDir);
  // A file that does not read, or a row that does not fit its schema, leaves records out, and the
  // checks across records would report each reference to them too: those run once every row reads.
  if (problems.length > 0) throw new SeedError(problems, 'reading');
  problems.push(...verifySeed(data));
  if (problems.length > 0) throw new SeedError(problems, 'checking');
  const versions = { datasetVersion: datasetVersion(seedDir), schemaVersion: schemaVersion() };
  const downloads = downloadsDirOf(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    removeLeftovers(target, downloads);
  } catch (error) {
    throw cannotWrite(target, error);
  }
  const temporary = `${target}.building-${process.pid}`;
  const temporaryDownloads = `${downloads}.building-${process.pid}`;
  try {
    writeDatabase(temporary, data, versions);
    mkdirSync(temporaryDownloads);
    writeDownloads(temporary, temporaryDownloads, seedDir, data, versions.datasetVersion);
    replaceDirectory(temporaryDownloads, downloads);
    recordDigest(temporary);
    renameSync(`${temporary}.sha256`, `${target}.sha256`);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.sha256`, { force: true });
    rmSync(temporaryDownloads, { force: true, recursive: true });
    throw buildFailure(target, error);
  }
  return { path: target, ...versions };
}

/**
 * What a build that failed while writing says: the seed's own problems as they are; a constraint of the schema the data
 * breaks (SQLITE_CONSTRAINT…) as the data's, which the checks of seed/verify.ts should have refused (contrib14: a record type
 * given none had been told its directory "cannot be written"); a native module built for another Node as that; anything else
 * as the place's.
 */
export function buildFailure(target: string, error: unknown): unknown {
  const { code } = error as NodeJS.ErrnoException;
  if (error instanceof SeedError || code === undefined) return error;
  // better-sqlite3 built for another Node (node_modules installed under another version): nothing of the place's.
  if (code === 'ERR_DLOPEN_FAILED')
    return new Error(
      `cannot build the database at ${target}: better-sqlite3's native module does not load in Node ${process.version} (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 400)}); run npm rebuild better-sqlite3, or npm ci, with this Node`,
      { cause: error },
    );
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return new Error(
      `cannot build the database at ${target}: the seed's records break its schema (${code}: ${(error as Error).message}), which the checks of seed/verify.ts should have refused; does every record type have its checks there?`,
      { cause: error },
    );
  return cannotWrite(target, error);
}

/** Puts the directory `from` where `to` is; a rename cannot replace a directory that is not empty. */
function replaceDirectory(from: string, to: string): void {
  const old = `${to}.building-${process.pid}-old`;
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { force: true, recursive: true });
}

/**
 * How long a build's lock stands unrenewed before another process takes it over (a build killed midway leaves it). A
 * build is synchronous, so its lock is not renewed while it runs: this is also the longest a build may take (3.3 s
 * measured on one idle core) before another starts beside it, so it is generous.
 */
const STALE_LOCK_MS = 60_000;

/**
 * Builds the database when `reason` (asked again once the lock is held: another process may have
 * built it meanwhile) says it must be. The lock is a directory beside the file (STALE_LOCK_MS). Waiting for another's
 * build is said through `say`.
 */
export async function buildWhenNeeded(
  target: string,
  reason: () => string | null,
  seedDir: string = DEFAULT_SEED_DIR,
  say: (line: string) => void = () => {},
): Promise<{ why: string; built: BuildResult } | null> {
  try {
    mkdirSync(dirname(target), { recursive: true });
    // proper-lockfile retries whatever fails; a directory it may not write is not worth waiting for.
    accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    throw cannotWrite(target, error, reason());
  }
  let release: () => Promise<void>;
  // Another build holds the lock: said, so a start that waits for it is not silent. One a killed build left is taken over
  // once stale, STALE_LOCK_MS after its last update.
  if (lockfile.checkSync(target, { realpath: false, stale: STALE_LOCK_MS }))
    say(`waiting for another build of ${target} (its lock, ${target}.lock, is taken over if not renewed for ${STALE_LOCK_MS / 1000} s)`);
  try {
    release = await lockfile.lock(target, {
      realpath: false,
      stale: STALE_LOCK_MS,
      update: STALE_LOCK_MS / 4,
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
