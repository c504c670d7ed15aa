/** The SQL for initiatives. */
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { initiatives } from '../../db/schema.ts';
import { scopeConditions } from '../../db/scope.ts';
import { matchExpression, matchingIds } from '../../db/search.ts';
import type { INITIATIVE_KINDS } from '../../domain/vocabulary.ts';

export type InitiativeFilters = {
  city?: string[];
  within?: string;
  kind?: (typeof INITIATIVE_KINDS)[number][];
  source?: string[];
  q?: string;
};

function conditions(f: InitiativeFilters): SQL | undefined {
  return and(
    f.q ? inArray(initiatives.id, matchingIds('initiative', matchExpression(f.q))) : undefined,
    ...scopeConditions(initiatives, 'initiative', f),
    f.kind?.length ? inArray(initiatives.kind, f.kind) : undefined,
  );
}

function withEvidence(db: Db, rows: (typeof initiatives.$inferSelect)[]) {
  const byId = evidenceFor(
    db,
    'initiative',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    city: r.city,
    kind: r.kind,
    name_zh: r.nameZh,
    name_en: r.nameEn,
    description_en: r.descriptionEn,
    evidence: byId.get(r.id) ?? [],
  }));
}

export function listInitiatives(db: Db, filters: InitiativeFilters, page: { limit: number; offset: number }) {
  const where = conditions(filters);
  const total = db.select({ n: count() }).from(initiatives).where(where).get()?.n ?? 0;
  const rows = db.select().from(initiatives).where(where).orderBy(asc(initiatives.id)).limit(page.limit).offset(page.offset).all();
  return { rows: withEvidence(db, rows), total };
}

export function getInitiative(db: Db, id: string) {
  const row = db.select().from(initiatives).where(eq(initiatives.id, id)).get();
  return row ? withEvidence(db, [row])[0] : undefined;
}
