/**
 * A database ready to serve: built from seed/ when it is missing, was built from another seed or
 * schema, or is not the file its build wrote; or a one-line reason why it cannot be. The HTTP server
 * and the stdio MCP server both start here.
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import { damage } from './integrity.ts';
import { openDatabase, readMeta } from './open.ts';
import { datasetVersion, schemaVersion } from './version.ts';

/** Why the database at `path` cannot be served as it is, or null when it can. */
export function staleReason(path: string): string | null {
  if (!existsSync(path)) return 'missing';
  const damaged = damage(path);
  if (damaged) return damaged;
  const db = openDatabase(path);
  try {
    const meta = readMeta(db);
    if (meta.schema_version !== schemaVersion()) return `built by schema ${meta.schema_version}, expected ${schemaVersion()}`;
    if (meta.dataset_version !== datasetVersion()) return `built from dataset ${meta.dataset_version}, seed/ is now ${datasetVersion()}`;
    return null;
  } catch (error) {
    return `unreadable (${(error as Error).message})`;
  } finally {
    db.$client.close();
  }
}

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
  if (!stale) return;
  if (!config.DATABASE_AUTO_BUILD) throw new Error(`database ${path} is ${stale}, and DATABASE_AUTO_BUILD is false`);
  // The seed pipeline is loaded only when there is something to build: a server starting on a built
  // database never evaluates it.
  const { buildWhenNeeded } = await import('../../seed/build.ts');
  const built = await buildWhenNeeded(path, () => staleReason(path));
  if (built) say(`database ${path} was ${built.why}: built it from seed/`);
}
