/** The passages each record rests on, fetched for a whole page of records at once. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { jsonValues, prepared } from './prepared.ts';
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

type RecordType = 'indicator' | 'initiative' | 'complaint';

export function evidenceFor(db: Db, recordType: RecordType, ids: string[]): Map<string, EvidenceRow[]> {
  const byRecord = new Map<string, EvidenceRow[]>(ids.map((id) => [id, []]));
  for (const { recordId, ...passage } of evidenceQuery(db, recordType).all({ ids: JSON.stringify(ids) }))
    byRecord.get(recordId)?.push(passage);
  return byRecord;
}

/**
 * The lookup is built and compiled once per database and record type; every page only binds its ids,
 * as one JSON array rather than a variable each (so an export of more ids than SQLite's 32,766
 * variables needs no chunking).
 */
function evidenceQuery(db: Db, recordType: RecordType) {
  return prepared(db, `evidence of ${recordType}`, () => prepareEvidenceQuery(db, recordType));
}

function prepareEvidenceQuery(db: Db, recordType: RecordType) {
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
    .where(and(eq(evidence.recordType, recordType), inArray(evidence.recordId, jsonValues(sql.placeholder('ids')))))
    .orderBy(asc(evidence.recordId), asc(evidence.position))
    .prepare();
}
