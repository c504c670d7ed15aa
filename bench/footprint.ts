/** Footprint: how long the curated database takes to build, and how long a server takes to answer from start. */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { HOT_PATH } from './http.ts';
import { freePort, median, ROOT, START_ARGS, stopChild } from './lib.ts';

/** `npm run db:build` into `database`, timed from the shell's side (npm, tsx and the build itself). */
export function timeDbBuild(database: string, runs: number): number[] {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'db:build'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: database },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`npm run db:build failed: ${result.stderr}`);
    times.push(ms);
  }
  return times;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: HOT_PATH, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * From spawning the command to the first complete 200 answer to the hot path, polling every 5 ms.
 * `command` is run in a process group of its own, so npm's children end with it.
 */
export async function timeStart(command: string[], database: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_PATH: database,
      DATABASE_AUTO_BUILD: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHUTDOWN_DELAY_MS: '0',
    },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
      if (await answers(port)) return performance.now() - started;
      if (performance.now() - started > 30_000) throw new Error(`${command.join(' ')} did not answer within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    await stopChild(child, true);
  }
}

/**
 * Start to first answer, as `npm start` runs the server (node scripts/start.mjs with its flags: the bundle with V8's
 * code cache) and, for the parts of it, the same without npm, and without the code cache (the first
 * start after a new bundle, or an install that cannot write dist/).
 */
export async function runFootprint(database: string, runs: number, log: (line: string) => void) {
  const build = timeDbBuild(database, runs);
  log(`npm run db:build: ${build.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  const start = [process.execPath, ...START_ARGS];
  // Once, so the bundle is current and the code cache written before anything is timed.
  await timeStart(start, database);
  const npm: number[] = [];
  const node: number[] = [];
  const uncached: number[] = [];
  for (let k = 0; k < runs; k++) {
    npm.push(await timeStart(['npm', 'start', '--silent'], database));
    node.push(await timeStart(start, database));
    rmSync(join(ROOT, 'dist', 'server.cjs.cache'), { force: true });
    uncached.push(await timeStart(start, database));
  }
  const list = (values: number[]) => values.map((ms) => `${Math.round(ms)} ms`).join(', ');
  log(
    `start to first answer: npm start ${list(npm)}; without npm (${START_ARGS.join(' ')}) ${list(node)}; without the code cache ${list(uncached)}`,
  );
  return { buildMs: median(build), startNpmMs: median(npm), startNodeMs: median(node), startUncachedMs: median(uncached) };
}
