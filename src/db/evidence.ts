/** The passages each record rests on, fetched for a whole page of records at once. */
import { z } from 'zod';
import type { CITING_TYPES } from '../domain/vocabulary.ts';
import type { Db } from './open.ts';
import { JSON_VALUES } from './sql.ts';
import { rows } from './statements.ts';

/** A passage a record rests on, as every answer that cites it gives it: one schema validates, serializes and documents it. */
export const evidenceSchema = z
  .object({
    id: z.string().describe('The key: the article id, p and a number.').meta({ example: '000-p015' }),
    source: z.string().describe('Id of the source article.').meta({ example: '000' }),
    start: z
      .number()
      .int()
      .nonnegative()
      .describe('Start offset, in Unicode code points, into the article as received.')
      .meta({ 'x-unit': 'code points' }),
    end: z.number().int().nonnegative().describe('End offset (exclusive), in code points.').meta({ 'x-unit': 'code points' }),
    text: z.string().describe('The verbatim span: article code points [start, end).'),
    text_zh_hans: z.string().describe('The same span in Simplified Chinese, glosses stripped and known damage repaired.'),
    text_en: z.string().describe('A faithful English translation.'),
  })
  .meta({ id: 'Evidence' });

export type EvidenceRow = z.output<typeof evidenceSchema>;

/** The record types that cite passages (evidence.record_type). */
export type CitingType = (typeof CITING_TYPES)[number];

// The ids are bound as one JSON array, so an export of more ids than SQLite has variables needs no chunking.
const EVIDENCE = `select evidence.record_id as record, passages.id, passages.source, passages.start, passages."end", passages.text,
    passages.text_zh_hans, passages.text_en
  from evidence join passages on passages.id = evidence.passage
  where evidence.record_type = ? and evidence.record_id in ${JSON_VALUES}
  order by evidence.record_id, evidence.position`;

/** Each record's passages, in the order the curator gave. */
export function evidenceFor(db: Db, recordType: CitingType, ids: readonly string[]): Map<string, EvidenceRow[]> {
  const byRecord = new Map<string, EvidenceRow[]>(ids.map((id) => [id, []]));
  for (const { record, ...passage } of rows<EvidenceRow & { record: string }>(db, EVIDENCE, [recordType, JSON.stringify(ids)])) {
    byRecord.get(record)?.push(passage);
  }
  return byRecord;
}
