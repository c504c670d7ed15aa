/**
 * npm start: serve the API as plain JavaScript with V8's code cache.
 *
 * The TypeScript under src/ and seed/ and the packages it imports are bundled
 * by esbuild into one CommonJS file, dist/server.cjs: the first time, and again
 * whenever a source file or package-lock.json is newer than the bundle, so
 * `npm install && npm start` works on a fresh clone and an edit is never
 * served stale. Node then compiles the bundle in this same process with the
 * code V8 cached on the previous start (dist/server.cjs.cache, written once
 * the server listens, so it holds the functions start-up ran). No loader
 * thread, no module resolution, no recompiling: start to first answer is
 * a fraction of running the sources through tsx, and memory is lower.
 *
 * `node scripts/start.mjs --bundle-only` writes the bundle and exits (the Dockerfile uses it).
 * A cache V8 rejects (another Node, another bundle) is ignored and replaced.
 */
import { accessSync, constants, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// V8's young generation grows to 16 MB semi-spaces under load. Measured (docs/PERFORMANCE.md), with
// 14 s of the hot path and 60 s of the mixed workload: 16 MB peaks at 122 MB on the hot path; 2 MB at
// 104 MB, but promotes so much that the mixed workload's RSS climbs for 30 s and settles 20 MB higher;
// 4 MB peaks at 117 MB and settles lowest. A --max-semi-space-size given to node wins.
if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('--max-semi-space-size')) {
  setFlagsFromString('--max-semi-space-size=4');
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'server.cjs');
const CACHE = `${BUNDLE}.cache`;

function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (/\.(ts|mts|js|mjs)$/.test(path) || path.endsWith('package-lock.json')) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of ['src', 'seed', 'package-lock.json', 'scripts/start.mjs']) {
    try {
      visit(join(ROOT, path));
    } catch {}
  }
  return newest;
}

function bundleIsCurrent() {
  try {
    return statSync(BUNDLE).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

async function bundle() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'server.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native code stays with Node's resolver.
    external: ['better-sqlite3'],
    // The sources are ES modules; in CommonJS import.meta.url is the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
    minify: true,
    // Not keepNames: it wraps every function made at run time in a call that sets its name, which
    // cost 7 % of the server's CPU per answer on the mixed workload (1,118 → 1,043 µs, side by
    // side); answers and headers are byte-identical without it. Stack traces in the logs name
    // minified functions; `npm run dev` runs the sources.
    keepNames: false,
  });
}

function readCache() {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** Compile and run the bundle as Node runs a CommonJS module, with the cached code when V8 accepts it. */
function run() {
  const cachedData = readCache();
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  if (cachedData && !script.cachedDataRejected) return;
  // Cache what ran once the server listens, not just the top level.
  module.exports.listening.then(() => {
    try {
      writeFileSync(`${CACHE}.tmp`, script.createCachedData());
      renameSync(`${CACHE}.tmp`, CACHE);
    } catch {
      // A read-only install serves without a cache.
    }
  });
}

function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const bundleOnly = process.argv.includes('--bundle-only');
if (bundleOnly || !bundleIsCurrent()) {
  // An image whose files are read-only to its user (the Dockerfile's) serves the bundle it was built
  // with, should a copy have left the sources looking newer, rather than fail to write a new one.
  if (!bundleOnly && existsSync(BUNDLE) && !writable(dirname(BUNDLE))) {
    console.warn(`${BUNDLE} is older than the sources, and its directory is read-only: serving it as built`);
  } else {
    await bundle();
  }
}
if (!bundleOnly) run();
