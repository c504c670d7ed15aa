/**
 * Profiles our server on the hot path: the server runs under node --cpu-prof in a child process while
 * autocannon loads GET /cities/wuwei/indicators from this one; then the profile's self time is
 * summed by function and by where the code lives (our source, a package, Node itself).
 *
 *   tsx bench/profile.ts [--seconds 10] [--path /cities/wuwei/indicators] [--header accept-encoding=gzip] [--mixed [--match <regex>]]
 *
 * --match keeps the mixed workload's URLs that match a regular expression (one kind of request).
 *
 * Needs a built .bench/ledger.db (npm run bench makes one). The .cpuprofile is kept under
 * .bench/profile/ for Chrome DevTools or speedscope.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/open.ts';
import { HOT_PATH } from './http.ts';
import { BENCH_DIR, option, ROOT, spawnOurs } from './lib.ts';
import { mixedUrls } from './mixed.ts';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const argv = process.argv.slice(2);
const seconds = Number(option('seconds') ?? 10);
const path = option('path') ?? HOT_PATH;
const header = option('header')?.split('=');

/** Where a frame's code lives: a package, our source, Node's internals, or V8 itself. */
function placeOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes(`${ROOT}/src/`)) return `src/${url.split(`${ROOT}/src/`)[1]}`;
  return url.replace(/^file:\/\//, '');
}

const BUNDLE = join(ROOT, 'dist', 'server.cjs');
let bundleMap: SourceMap | undefined;

/**
 * A frame of the minified bundle as the TypeScript it came from (scripts/start.mjs compiles the
 * bundle one line below a module wrapper): its source file and line, and its original name.
 */
function unbundled(frame: Node['callFrame']): Node['callFrame'] {
  if (!frame.url.endsWith(BUNDLE)) return frame;
  bundleMap ??= new SourceMap(JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')));
  const entry = bundleMap.findEntry(frame.lineNumber - 1, frame.columnNumber) as {
    originalSource?: string;
    originalLine?: number;
    name?: string;
  };
  if (!entry.originalSource) return frame;
  const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
  return {
    functionName: entry.name ?? frame.functionName,
    url: source.startsWith('node_modules/') ? source : `${ROOT}/${source}`,
    lineNumber: entry.originalLine ?? 0,
    columnNumber: 0,
  };
}

export function summarize(profile: Profile, top = 20) {
  for (const node of profile.nodes) node.callFrame = unbundled(node.callFrame);
  const self = new Map<number, number>();
  profile.samples.forEach((id, k) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const parent = new Map<number, Node>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const nameOf = (node: Node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${placeOf(url, functionName)}${url ? `:${lineNumber + 1}` : ''}`;
  };
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    const { functionName, url } = node.callFrame;
    const place = placeOf(url, functionName);
    byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + t);
    byPlace.set(place, (byPlace.get(place) ?? 0) + t);
    // Native work (string encoding, syscalls, JSON) charged to the JavaScript function that called it.
    let caller: Node | undefined = node;
    while (caller && !caller.callFrame.url && parent.has(caller.id)) caller = parent.get(caller.id);
    const key = caller && caller !== nodes.get(profile.nodes[0].id) ? nameOf(caller) : nameOf(node);
    byCaller.set(key, (byCaller.get(key) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  return [
    `self time by place:\n${rows(byPlace)}`,
    `self time by function:\n${rows(byFunction)}`,
    `self time by function, native work charged to its JavaScript caller:\n${rows(byCaller)}`,
  ].join('\n\n');
}

async function main() {
  const database = join(BENCH_DIR, 'ledger.db');
  if (!existsSync(database))
    throw new Error('no .bench/ledger.db: run npm run bench (or DATABASE_PATH=.bench/ledger.db npm run db:build) first');
  const dir = join(BENCH_DIR, 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const server = await spawnOurs('ours (profiled)', database, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const port = server.port;
  const url = `http://127.0.0.1:${port}${path}`;
  const headers = header ? { [header[0]]: header[1] } : undefined;
  // --mixed: the distinct URLs of the mixed workload instead, every one a cache miss.
  let next = 0;
  const match = new RegExp(option('match') ?? '');
  const mixed = argv.includes('--mixed') ? mixedUrls(openDatabase(database).$client, 150_000).urls.filter((u) => match.test(u)) : [];
  const requests =
    mixed.length > 0 ? [{ setupRequest: (request: object) => ({ ...request, path: mixed[next++ % mixed.length] }) }] : undefined;
  await autocannon({ url, headers, requests, duration: 2, connections: 10 });
  const result = await autocannon({ url, headers, requests, duration: seconds, connections: 10 });
  console.log(
    `${mixed.length > 0 ? 'mixed workload' : path}: ${Math.round(result.requests.average)} req/s over ${seconds} s, ${result.non2xx} non-2xx`,
  );
  await server.stop();
  const file = readdirSync(dir)
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  console.log(`${file}\n`);
  console.log(summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
