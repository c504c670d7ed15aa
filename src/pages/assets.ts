/**
 * The pages' static files (src/pages/static), each served under a name carrying a hash of its
 * content, so a page names exactly the bytes it was made with and browsers may keep them for a year
 * without asking again. Found from the project root, whether the server runs from src/ or bundled in
 * dist/ (scripts/start.mjs): the files are read at start, never bundled.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

export const STATIC_DIR = join(PROJECT_ROOT, 'src', 'pages', 'static');

/** How long a browser may keep a file whose name changes with its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

type Asset = { name: string; hashed: string; type: string; body: Buffer };

/** A blank line between two parts of a stylesheet, as between its sections. */
const BETWEEN_PARTS = Buffer.from('\n');

/**
 * A static file's name and bytes: a file, or a directory of stylesheets served as one (ledger/, whose
 * parts, each a concern of the pages, are joined in their names' order as ledger.css): one request,
 * and no stylesheet kept in one file of a thousand lines.
 */
function staticFiles(dir: string): { name: string; body: Buffer }[] {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      if (!entry.isDirectory()) return { name: entry.name, body: readFileSync(join(dir, entry.name)) };
      const parts = readdirSync(join(dir, entry.name))
        .filter((part) => extname(part) === '.css')
        .sort();
      const bodies = parts.map((part) => readFileSync(join(dir, entry.name, part)));
      return { name: `${entry.name}.css`, body: Buffer.concat(bodies.flatMap((body, k) => (k === 0 ? [body] : [BETWEEN_PARTS, body]))) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Every static file by its name (ledger.css) and by its hashed name (ledger.3f9a1c2b7d.css). */
export function loadAssets(dir = STATIC_DIR): { byName: Map<string, Asset>; byHashed: Map<string, Asset> } {
  const byName = new Map<string, Asset>();
  const byHashed = new Map<string, Asset>();
  for (const { name, body } of staticFiles(dir)) {
    const ext = extname(name);
    const type = TYPES[ext];
    if (!type) continue;
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const asset = { name, hashed: `${name.slice(0, -ext.length)}.${hash}${ext}`, type, body };
    byName.set(name, asset);
    byHashed.set(asset.hashed, asset);
  }
  return { byName, byHashed };
}

/**
 * The file a hashed name stands for now: itself, or, for a name of other content (a page kept from
 * before an upgrade names the stylesheet it was made with), the same file as it is now.
 */
export function assetNamed(assets: ReturnType<typeof loadAssets>, hashed: string): { asset: Asset; current: boolean } | undefined {
  const asset = assets.byHashed.get(hashed);
  if (asset) return { asset, current: true };
  const stale = /^(.+)\.[0-9a-f]{12}(\.[a-z]+)$/.exec(hashed);
  const now = stale ? assets.byName.get(stale[1] + stale[2]) : undefined;
  return now ? { asset: now, current: false } : undefined;
}
