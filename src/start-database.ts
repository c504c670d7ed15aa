/**
 * A database ready to serve, before the HTTP server or the stdio MCP server starts on it: built from
 * seed/ when it is missing, was built from another seed or schema, or is not the file its build
 * wrote (src/db/ready.ts says which); or a one-line reason why it cannot be. It stands above the
 * layers because the build it runs (seed/) writes through them.
 */

import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from './config.ts';
import { downloadsDirOf, openDownloads } from './dataset/files.ts';
import { staleReason } from './db/ready.ts';
import { datasetVersion } from './db/version.ts';

/**
 * Builds the configured database when it is stale and DATABASE_AUTO_BUILD allows, saying so through
 * `say` (the stdio MCP server must keep stdout for the protocol); throws when it may not. The build
 * runs under a lock beside the file, and the question is asked again once the lock is held: another
 * process may have built it while this one waited.
 */
export async function ensureDatabase(
  config: Pick<Config, 'DATABASE_PATH' | 'DATABASE_AUTO_BUILD'>,
  say: (line: string) => void,
): Promise<void> {
  const path = config.DATABASE_PATH;
  const stale = staleReason(path);
  if (stale && !config.DATABASE_AUTO_BUILD)
    throw new Error(`database ${path} is ${stale}, and DATABASE_AUTO_BUILD is false; npm run db:build builds it`);
  // Where it may build, downloads missing or of another version are built with it (the server would serve none); where it
  // may not, the server starts and says so (src/dataset/files.ts), its answers unaffected.
  // Only where it can write them: a database it can serve is not refused for downloads it cannot build (rev27).
  const downloads = () => (config.DATABASE_AUTO_BUILD && writable(dirname(path)) ? downloadsStale(path) : null);
  if (!stale && !downloads()) return;
  // Asked again under the build's lock: another process may have built it meanwhile.
  const why = () => staleReason(path) ?? downloads();
  // The seed pipeline is loaded only when there is something to build: a server starting on a built
  // database never evaluates it.
  const { buildWhenNeeded } = await import('../seed/build.ts');
  const built = await buildWhenNeeded(path, why, undefined, say);
  if (built) say(`database ${path} was ${built.why}: built it from seed/`);
}

/** Why the downloads beside the database at `path` cannot be served with it (missing, of another version, incomplete), or null. */
function downloadsStale(path: string): string | null {
  const opened = openDownloads(downloadsDirOf(path), datasetVersion());
  if ('missing' in opened) return `without current downloads (${opened.missing})`;
  opened.close();
  return null;
}

/** Whether this process may write in `dir`. */
function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
