/**
 * npm start: serve the API as plain JavaScript with V8's code cache, its stack traces mapped back to
 * the TypeScript.
 *
 * The TypeScript under src/ and seed/ and the packages it imports are bundled by esbuild into one
 * CommonJS file, dist/server.cjs, with its source map beside it: the first time, and again whenever
 * a source file or package-lock.json is newer than the bundle, so `npm install && npm start` works
 * on a fresh clone and an edit is never served stale. Node then compiles the bundle in this same
 * process with the code V8 cached on the previous start (dist/server.cjs.cache, written once the
 * server listens): no loader thread, no module resolution, no recompiling.
 *
 * Stack traces: Node's own source map support parses a bundle's map when it loads the bundle and
 * keeps it for the life of the process; here the map is read only when a stack trace of the bundle
 * is first formatted (an error being logged), through Node's own SourceMap class.
 *
 * npm start runs it with --max-semi-space-size=8: V8's young generation otherwise grows to 16 MB
 * semi-spaces under load, about 10 MB more peak memory for no measured gain in speed; at 4 MB, the
 * mixed workload collected more often and promoted more to the old generation (docs/PERFORMANCE.md,
 * "Memory"). V8 sizes its heap when Node starts, so the flag has to be on the
 * command line: set from here, once running, it is silently ignored.
 *
 * `node scripts/start.mjs --bundle-only` writes the bundle and exits (the Dockerfile uses it).
 * A cache V8 rejects (another Node), or one older than the bundle, is ignored and replaced.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'server.cjs');
const CACHE = `${BUNDLE}.cache`;

/** The newest of what the bundle is built from: the code, the lockfile, and seed/dataset.json (src/config.ts imports its title). */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (/\.(ts|tsx|mts|js|mjs)$/.test(path) || path.endsWith('package-lock.json') || path.endsWith('dataset.json')) {
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
  const { outputFiles } = await esbuild.build({
    // Written below, not by esbuild in place: another server starting from this checkout meanwhile
    // (two instances, a restart) reads the bundle it finds, which must never be half written.
    write: false,
    entryPoints: [join(ROOT, 'src', 'server.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native code stays with Node's resolver.
    external: ['better-sqlite3'],
    // jsonc-parser's main is a UMD module whose requires esbuild cannot follow: bundle its ES modules.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // The sources are ES modules; in CommonJS import.meta.url is the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
    minify: true,
    // Stack traces are mapped back to the sources through this map (names included), so the bundle
    // needs no keepNames, which wraps every function made at run time in a call that sets its name.
    sourcemap: 'linked',
    // Positions and names are all a stack trace needs: without the sources' text the map, which Node
    // holds in memory, is a fraction of the size.
    sourcesContent: false,
    keepNames: false,
  });
  // esbuild keeps a service process for later builds; a server never builds again.
  await esbuild.stop();
  // Each file is written beside its place and renamed over it, the map before the bundle that names
  // it: whoever opens either reads the one before or the one after, whole.
  mkdirSync(dirname(BUNDLE), { recursive: true });
  for (const file of outputFiles.sort((a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')))) {
    writeWhole(file.path, file.contents);
  }
}

/**
 * `contents` written beside `path` under this process's name and renamed over it: whoever opens it
 * reads the file before or the one after, whole. What a failed write (a full disk) left is removed.
 */
function writeWhole(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The temporaries in dist/ a start left when it was killed between writing and renaming them
 * (server.cjs.<pid>.tmp, server.cjs.cache.<pid>.tmp, and the cache's server.cjs.cache.tmp of before),
 * removed once a minute old: a start writes and renames one within milliseconds, so an older one has
 * no writer, whatever process or container (another PID namespace) made it.
 */
function sweepTemporaries() {
  const dir = dirname(BUNDLE);
  let names = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
  } catch {
    return;
  }
  for (const name of names) {
    try {
      const path = join(dir, name);
      if (statSync(path).mtimeMs < Date.now() - 60_000) rmSync(path, { force: true });
    } catch {
      // Left for whoever may remove it (another user's in a directory that says so): no reason not to start.
    }
  }
}

/**
 * The code V8 cached for this bundle, or undefined. A cache older than the bundle was made for the
 * one it replaced: V8 checks a cache against the length of the source, not its text, so a rebuilt
 * bundle of the same length (a renamed variable) would run the old bundle's compiled code.
 */
function readCache() {
  try {
    if (statSync(CACHE).mtimeMs < statSync(BUNDLE).mtimeMs) return undefined;
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

// The bundle's code starts on the second line of the compiled script, after the module wrapper.
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

let sourceMap;

/** Where a position of the bundle (1-based line and column of the compiled script) comes from, or null. */
function original(line, column) {
  try {
    sourceMap ??= new SourceMap(JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')));
  } catch {
    return null;
  }
  const entry = sourceMap.findEntry(line - 2, column - 1);
  return entry?.originalSource ? entry : null;
}

/**
 * V8's stack trace, with each frame in the bundle given as its place in the TypeScript it was built
 * from. A frame's place is a call in its function, and the name the map gives that place is the
 * called function's: so a frame is named by the place of the frame below it (its caller's call of
 * it), and otherwise by V8, whose name for a minified function is its minified one.
 */
function mappedStackTrace(error, frames) {
  const entries = frames.map((frame) => (frame.getFileName() === BUNDLE ? original(frame.getLineNumber(), frame.getColumnNumber()) : null));
  const lines = frames.map((frame, k) => {
    const entry = entries[k];
    if (!entry) return `    at ${frame}`;
    const where = `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    const name = entries[k + 1]?.name ?? frame.getMethodName() ?? frame.getFunctionName();
    return name ? `    at ${name} (${where})` : `    at ${where}`;
  });
  return [`${error}`, ...lines].join('\n');
}

/** Compile and run the bundle as Node runs a CommonJS module, with the cached code when V8 accepts it. */
function run() {
  Error.prepareStackTrace = mappedStackTrace;
  const cachedData = readCache();
  const script = new Script(`${WRAPPER}${readFileSync(BUNDLE, 'utf8')}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  if (cachedData && !script.cachedDataRejected) return;
  // Cache what ran once the server listens, not just the top level.
  module.exports.listening.then(() => {
    try {
      writeWhole(CACHE, script.createCachedData());
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

sweepTemporaries();
const bundleOnly = process.argv.includes('--bundle-only');
if (bundleOnly || !bundleIsCurrent()) {
  // An image whose files are read-only to its user (the Dockerfile's) serves the bundle it was built
  // with, should a copy have left the sources looking newer, rather than fail to write a new one.
  if (!bundleOnly && existsSync(BUNDLE) && !writable(dirname(BUNDLE))) {
    console.warn(`${BUNDLE} is older than the sources, and its directory is read-only: serving it as built`);
  } else {
    try {
      await bundle();
    } catch (error) {
      // One line, as every other reason not to start: a checkout the serving user cannot write, or a
      // source esbuild cannot read, named where it is.
      const first = error.errors?.[0];
      // A file system's refusal as esbuild words one: what it did, where, and why (mkdir …/dist: permission denied).
      const refused = error.syscall && `${error.syscall} ${error.path}: ${error.message.split(/[:,]/)[1]?.trim() ?? error.code}`;
      const text = first?.text ?? refused ?? error.message.split('\n')[0];
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
      console.error(
        /permission denied|not permitted|EACCES|EPERM|read-only/i.test(text)
          ? `cannot start: the server could not be bundled into ${BUNDLE} (${text}); run npm start once as a user who can write dist/, or make it writable`
          : `cannot start: the server could not be bundled: ${where}${text}`,
      );
      process.exit(1);
    }
  }
}
if (!bundleOnly) run();
