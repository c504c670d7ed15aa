/**
 * npm start: serve the API as plain JavaScript.
 *
 * The TypeScript under src/ and seed/ and the packages it imports are bundled by esbuild into one
 * CommonJS file, dist/server.cjs, with its source map beside it: the first time, and again whenever
 * a source file or package-lock.json is newer than the bundle, so `npm install && npm start` works
 * on a fresh clone and an edit is never served stale. Node then loads the bundle through its own
 * module loader with source maps on, so a stack trace in the logs names the TypeScript file, line
 * and function. On Node 22 and later, Node's compile cache keeps V8's compiled code between starts
 * (module.enableCompileCache); Node 20 compiles the bundle on every start.
 *
 * `node scripts/start.mjs --bundle-only` writes the bundle and exits (the Dockerfile uses it).
 */
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8's young generation grows to 16 MB semi-spaces under load; 4 MB keeps the server's peak memory
// lowest without promoting so much that it climbs (docs/PERFORMANCE.md, "Memory"). A
// --max-semi-space-size given to node wins.
if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('--max-semi-space-size')) {
  setFlagsFromString('--max-semi-space-size=4');
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'server.cjs');

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
    // Stack traces are mapped back to the sources through this map (names included), so the bundle
    // needs no keepNames, which wraps every function made at run time in a call that sets its name.
    sourcemap: 'linked',
    keepNames: false,
  });
}

/** Runs the bundle as Node runs a CommonJS module, its stack traces mapped to the sources. */
function run() {
  process.setSourceMapsEnabled(true);
  // Node 22.1 and later keep V8's compiled code between starts; a read-only install serves without it.
  module.enableCompileCache?.();
  createRequire(import.meta.url)(BUNDLE);
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
