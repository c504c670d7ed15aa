/** What the benchmark's parts share: paths, child processes, /proc readings, statistics. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';

export const ROOT = PROJECT_ROOT.replace(/\/$/, '');
/** Git-ignored scratch space for built databases and results. */
export const BENCH_DIR = join(ROOT, '.bench');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The value given after `--name` on the command line, if any. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`, 2);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** A server in a child process of its own, listening on 127.0.0.1. */
export type Child = { name: string; process: ChildProcess; pid: number; port: number; stop(): Promise<void> };

/** Ends a child this benchmark started (by its pid, or its process group when `group`), and waits for it. */
export async function stopChild(child: ChildProcess, group = false): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group ? -pid : pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Starts `node --import tsx <script> ...args` and waits for it to report its port over IPC. */
export function spawnServer(name: string, script: string, args: string[]): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.disconnect();
      resolve({ name, process: child, pid: child.pid as number, port: message.port, stop: () => stopChild(child) });
    });
  });
}

/** What `npm start` runs after `node`: its flags and scripts/start.mjs. */
export const START_ARGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .slice(1);

/**
 * Starts our server as `npm start` runs it (`node scripts/start.mjs` and its flags: the bundle with V8's code cache)
 * on `database`, rate limiting and load shedding off, and waits until /healthz answers. `nodeArgs`
 * go to node (e.g. --cpu-prof), `env` overrides the environment (e.g. RECORD_CACHE_MB).
 */
export async function spawnOurs(name: string, database: string, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, ...START_ARGS], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_PATH: database,
      DATABASE_AUTO_BUILD: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      CHECK_CPU_PERCENT: '0',
      SHUTDOWN_DELAY_MS: '0',
      ...env,
    },
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before listening`);
    const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return { name, process: child, pid: child.pid as number, port, stop: () => stopChild(child) };
    if (Date.now() - started > 60_000) {
      await stopChild(child);
      throw new Error(`${name} did not start within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Peak and current resident set size of a process, in MB (VmHWM and VmRSS of /proc/<pid>/status). */
export function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

/** CPU seconds a process has used so far (utime + stime of /proc/<pid>/stat, at 100 ticks a second). */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: field 3 is the state, so utime (14) and stime (15) sit at 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export const fmt = {
  int: (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–'),
  ms: (n: number) => (!Number.isFinite(n) ? '–' : n >= 100 ? `${Math.round(n)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`),
  x: (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)} x` : '–'),
  mb: (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} MB` : '–'),
  us: (seconds: number) => (Number.isFinite(seconds) ? `${Math.round(seconds * 1e6)} µs` : '–'),
  s: (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–'),
};
