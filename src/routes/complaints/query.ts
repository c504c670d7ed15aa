/** The SQL for resolved complaints. */
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { complaints } from '../../db/schema.ts';
import { scopeConditions } from '../../db/scope.ts';
import { matchExpression, matchingIds } from '../../db/search.ts';

export type ComplaintFilters = { city?: string[]; within?: string; initiative?: string[]; source?: string[]; q?: string };

function conditions(f: ComplaintFilters): SQL | undefined {
  return and(
    f.q ? inArray(complaints.id, matchingIds('complaint', matchExpression(f.q))) : undefined,
    ...scopeConditions(complaints, 'complaint', f),
    f.initiative?.length ? inArray(complaints.initiative, f.initiative) : undefined,
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

export function listComplaints(db: Db, filters: ComplaintFilters, page: { limit: number; offset: number }) {
  const where = conditions(filters);
  const total = db.select({ n: count() }).from(complaints).where(where).get()?.n ?? 0;
  const rows = db.select().from(complaints).where(where).orderBy(asc(complaints.id)).limit(page.limit).offset(page.offset).all();
  return { rows: withEvidence(db, rows), total };
}

export function getComplaint(db: Db, id: string) {
  const row = db.select().from(complaints).where(eq(complaints.id, id)).get();
  return row ? withEvidence(db, [row])[0] : undefined;
}
