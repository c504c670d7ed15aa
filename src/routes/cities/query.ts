/** The SQL for cities. */
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { prepared } from '../../db/prepared.ts';
import { cities } from '../../db/schema.ts';

function toApi(row: typeof cities.$inferSelect) {
  return { slug: row.slug, name_zh: row.nameZh, name_en: row.nameEn, level: row.level, parent: row.parent, code: row.code };
}

export function listCities(db: Db, page: { limit: number; offset: number }) {
  const total = db.select({ n: count() }).from(cities).get()?.n ?? 0;
  const rows = db.select().from(cities).orderBy(asc(cities.slug)).limit(page.limit).offset(page.offset).all();
  return { rows: rows.map(toApi), total };
}

export function getCity(db: Db, slug: string) {
  const query = prepared(db, 'city by slug', () =>
    db
      .select()
      .from(cities)
      .where(eq(cities.slug, sql.placeholder('slug')))
      .prepare(),
  );
  const row = query.get({ slug });
  return row ? toApi(row) : undefined;
}
