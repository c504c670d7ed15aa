/** The SQL for initiatives. */
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { idPage, inList, jsonValues, literal, Recorder } from '../../db/prepared.ts';
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

/** The WHERE clause; with a recorder, every value a placeholder it records (see src/db/prepared.ts). */
function conditions(f: InitiativeFilters, recorder?: Recorder): SQL | undefined {
  const bind = recorder?.bind ?? literal;
  return and(
    f.q ? inArray(initiatives.id, matchingIds('initiative', bind('q', matchExpression(f.q)))) : undefined,
    ...scopeConditions(initiatives, 'initiative', f, bind),
    f.kind?.length ? inList(initiatives.kind, 'kind', f.kind, bind) : undefined,
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

/** The ids of a page, in id order, and the total, from statements prepared once per shape of filters. */
export function initiativePage(db: Db, filters: InitiativeFilters, page: { limit: number; offset: number }) {
  const recorder = new Recorder();
  return idPage(db, initiatives, conditions(filters, recorder), recorder, page);
}

/** The initiatives with these ids, with their evidence, in no particular order. */
export function initiativesById(db: Db, ids: string[]) {
  return withEvidence(
    db,
    db
      .select()
      .from(initiatives)
      .where(inArray(initiatives.id, jsonValues(JSON.stringify(ids))))
      .all(),
  );
}

export function getInitiative(db: Db, id: string) {
  const row = db.select().from(initiatives).where(eq(initiatives.id, id)).get();
  return row ? withEvidence(db, [row])[0] : undefined;
}
