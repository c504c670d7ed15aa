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

export function evidenceFor(db: Db, recordType: 'indicator' | 'initiative' | 'complaint', ids: string[]): Map<string, EvidenceRow[]> {
  const byRecord = new Map<string, EvidenceRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byRecord;
  const rows = db
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
  for (const { recordId, ...passage } of rows) byRecord.get(recordId)?.push(passage);
  return byRecord;
}
