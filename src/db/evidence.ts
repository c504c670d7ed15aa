/** The passages each record rests on, fetched for a whole page of records at once. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './open.ts';
import { evidence, passages } from './schema.ts';

export type EvidenceRow = {
  id: string;
  source: string;
  start: number;
  end: number;
  text: string;
  text_zh_hans: string;
  text_en: string;
};

/**
 * Ids bound per lookup: SQLite refuses a statement with more than 32,766 variables, and an export of
 * a large filtered set has more records than that.
 */
const CHUNK = 10_000;

export function evidenceFor(db: Db, recordType: 'indicator' | 'initiative' | 'complaint', ids: string[]): Map<string, EvidenceRow[]> {
  const byRecord = new Map<string, EvidenceRow[]>(ids.map((id) => [id, []]));
  for (let from = 0; from < ids.length; from += CHUNK) {
    for (const { recordId, ...passage } of evidenceRows(db, recordType, ids.slice(from, from + CHUNK)))
      byRecord.get(recordId)?.push(passage);
  }
  return byRecord;
}

function evidenceRows(db: Db, recordType: 'indicator' | 'initiative' | 'complaint', ids: string[]) {
  return db
    .select({
      recordId: evidence.recordId,
      id: passages.id,
      source: passages.source,
      start: passages.start,
      end: passages.end,
      text: passages.text,
      text_zh_hans: passages.textZhHans,
      text_en: passages.textEn,
    })
    .from(evidence)
    .innerJoin(passages, eq(passages.id, evidence.passage))
    .where(and(eq(evidence.recordType, recordType), inArray(evidence.recordId, ids)))
    .orderBy(asc(evidence.recordId), asc(evidence.position))
    .all();
}
