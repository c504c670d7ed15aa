/** The SQL for resolved complaints. */
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { idPage, inList, jsonValues, literal, Recorder } from '../../db/prepared.ts';
import { complaints } from '../../db/schema.ts';
import { scopeConditions } from '../../db/scope.ts';
import { matchExpression, matchingIds } from '../../db/search.ts';

export type ComplaintFilters = { city?: string[]; within?: string; initiative?: string[]; source?: string[]; q?: string };

/** The WHERE clause; with a recorder, every value a placeholder it records (see src/db/prepared.ts). */
function conditions(f: ComplaintFilters, recorder?: Recorder): SQL | undefined {
  const bind = recorder?.bind ?? literal;
  return and(
    f.q ? inArray(complaints.id, matchingIds('complaint', bind('q', matchExpression(f.q)))) : undefined,
    ...scopeConditions(complaints, 'complaint', f, bind),
    f.initiative?.length ? inList(complaints.initiative, 'initiative', f.initiative, bind) : undefined,
  );
}

function withEvidence(db: Db, rows: (typeof complaints.$inferSelect)[]) {
  const byId = evidenceFor(
    db,
    'complaint',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    city: r.city,
    title_zh: r.titleZh,
    title_en: r.titleEn,
    raised_by_zh: r.raisedByZh,
    raised_by_en: r.raisedByEn,
    problem_zh: r.problemZh,
    problem_en: r.problemEn,
    location_zh: r.locationZh,
    location_en: r.locationEn,
    reported_on: r.reportedOn,
    resolved_on: r.resolvedOn,
    duration_days: r.durationDays,
    households: r.households,
    amount_cny: r.amountCny,
    handling_zh: r.handlingZh,
    handling_en: r.handlingEn,
    initiative: r.initiative,
    evidence: byId.get(r.id) ?? [],
  }));
}

/** The ids of a page, in id order, and the total, from statements prepared once per shape of filters. */
export function complaintPage(db: Db, filters: ComplaintFilters, page: { limit: number; offset: number }) {
  const recorder = new Recorder();
  return idPage(db, complaints, conditions(filters, recorder), recorder, page);
}

/** The complaints with these ids, with their evidence, in no particular order. */
export function complaintsById(db: Db, ids: string[]) {
  return withEvidence(
    db,
    db
      .select()
      .from(complaints)
      .where(inArray(complaints.id, jsonValues(JSON.stringify(ids))))
      .all(),
  );
}

export function getComplaint(db: Db, id: string) {
  const row = db.select().from(complaints).where(eq(complaints.id, id)).get();
  return row ? withEvidence(db, [row])[0] : undefined;
}
