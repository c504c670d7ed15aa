/** The dataset's own description, and the readiness check. */
import { getTableName } from 'drizzle-orm';
import type { Coverage } from '../../dataset/jsonld.ts';
import { checkFileUnchanged, type Db } from '../../db/open.ts';
import { rowCount } from '../../db/pages.ts';
import { SEARCHABLE, searchTable } from '../../db/search.ts';
import { quote } from '../../db/sql.ts';
import { row } from '../../db/statements.ts';
import type { Resource } from '../../resources/resource.ts';

/** The records of each resource, by its path (as the datasheet counts them). */
export function datasetCounts(db: Db, resources: readonly Resource[]): Record<string, number> {
  return Object.fromEntries(resources.map((resource) => [resource.path, rowCount(db, getTableName(resource.table))]));
}

/**
 * Reads, now, from every table the API answers from: the first and last record of each resource
 * (the two ends of its key index), its evidence, and one term of each search index, after checking
 * that the file is still the one opened. Throws when the database cannot answer.
 */
export function readiness(db: Db, resources: readonly Resource[]): void {
  checkFileUnchanged(db);
  for (const resource of resources) {
    const table = quote(getTableName(resource.table));
    const key = quote(resource.key);
    row(db, `select * from ${table} order by ${key} limit 1`, []);
    row(db, `select * from ${table} order by ${key} desc limit 1`, []);
  }
  row(db, 'select * from evidence order by record_type desc, record_id desc limit 1', []);
  for (const type of SEARCHABLE) row(db, `select count(*) from ${searchTable(type)} where ${searchTable(type)} match ?`, ['content : "a"']);
}

/** The area the data covers, and the days its figures' periods span (first start to last end), where they have periods. */
export function coverage(db: Db, area: string): Coverage | null {
  const city = row<Coverage['area']>(db, 'select name_zh, name_en, code from cities where slug = ?', [area]);
  if (!city) return null;
  const span = row<{ first: string | null; last: string | null }>(
    db,
    'select min(period_start) as first, max(period_end) as last from indicators',
    [],
  );
  return { area: city, temporal: span?.first && span.last ? `${span.first}/${span.last}` : null };
}
