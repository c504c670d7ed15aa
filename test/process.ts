/** Servers as processes, for the tests that need a real one: spawned as npm start runs it (less its memory flag), on a copy of the test database. */
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, inject } from 'vitest';
import { recordDigest } from '../src/db/integrity.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

/**
 * The processes `run` started that still run: killed once the file's tests are done, so a test that
 * fails or times out before stopping its server leaves none behind (a timed-out test left servers
 * running for hours).
 */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** A directory for this file's databases, removed after its tests. */
export function scratchDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-process-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * `script` as npm runs it: scripts/start.mjs (npm start, without its --max-semi-space-size, which only
 * bounds memory) with plain node, TypeScript through tsx;
 * `shell` runs a shell command first (a ulimit), `uid` runs it as another user.
 */
export function run(script: string, env: Record<string, string>, { shell, uid }: { shell?: string; uid?: number } = {}): ChildProcess {
  const args = script.endsWith('.mjs') ? [script] : ['--import', 'tsx', script];
  const options: SpawnOptions = {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  };
  const child = shell
    ? spawn('sh', ['-c', `${shell}; exec "$0" "$@"`, process.execPath, ...args], options)
    : spawn(process.execPath, args, options);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** The exit code and everything the process wrote. */
export async function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  // A process that cannot be started (its binary not executable by that user) fails here, not by timing out.
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('exit', resolve);
    child.on('error', reject);
  });
  return { code, stdout, stderr };
}

/** The port a spawned server listens on, and its log so far (kept up to date). */
export async function listeningOn(server: ChildProcess, timeoutMs = 20_000): Promise<{ port: number; log: () => string }> {
  let log = '';
  server.stdout?.on('data', (d) => {
    log += d;
  });
  server.stderr?.on('data', (d) => {
    log += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const check = setInterval(() => {
      const m = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearInterval(check);
        resolve(Number(m[1]));
      }
    }, 10);
    setTimeout(() => {
      clearInterval(check);
      reject(new Error(`server did not start: ${log}`));
    }, timeoutMs);
  });
  return { port, log: () => log };
}

/** Waits until `done`, polling every millisecond; past `timeoutMs`, fails naming what it waited for and the server's log. */
export async function until(done: () => boolean, what: string, log: () => string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !done(); await new Promise((resolve) => setTimeout(resolve, 1)))
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; the server's log:\n${log()}`);
}

/**
 * A checkout of its own under `dir`, with no bundle yet: scripts/start.mjs copied, the sources and
 * packages linked to the project's, or copied where `copied` names them (a test that dates their files
 * then leaves the project's alone, and with it the bundle servers of other test files start from).
 */
export function checkoutIn(dir: string, name: string, copied: readonly string[] = []): string {
  const checkout = join(dir, name);
  mkdirSync(join(checkout, 'scripts'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'scripts', 'start.mjs'), join(checkout, 'scripts', 'start.mjs'));
  // docs/ and the licence too: the dataset version hashes the documents the zip carries with seed/.
  for (const part of ['package.json', 'package-lock.json', 'src', 'seed', 'migrations', 'node_modules', 'docs', 'LICENSE'])
    if (copied.includes(part)) cpSync(join(PROJECT_ROOT, part), join(checkout, part), { recursive: true });
    else symlinkSync(join(PROJECT_ROOT, part), join(checkout, part));
  return checkout;
}

/** A copy of the test database in `dir`, changed by `change` if given, with the digest of what it now is (as its build would record). */
export function copyOfTestDatabase(dir: string, name: string, change?: (db: Database.Database) => void): string {
  const path = join(dir, name);
  copyFileSync(inject('databasePath'), path);
  if (change) {
    const db = new Database(path);
    change(db);
    db.close();
  }
  recordDigest(path);
  return path;
}
