/**
 * Whether a database file can be served as it is: it exists, is the file its build wrote, and was
 * built from this seed/ and schema. src/start-database.ts builds it when it cannot.
 */
import { existsSync } from 'node:fs';
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
    if (meta.dataset_version !== datasetVersion())
      return `built from dataset ${meta.dataset_version}, seed/ and the documents the zip carries are now ${datasetVersion()}`;
    return null;
  } catch (error) {
    return `unreadable (${(error as Error).message})`;
  } finally {
    db.$client.close();
  }
}
