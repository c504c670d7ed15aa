/**
 * A record type's CSV columns, which its resource declares (src/resources/resource.ts): its fields in
 * the order of its JSON, and its evidence as parallel JSON arrays. The file itself is written by
 * src/resources/csv.ts.
 */
import type { EvidenceRow } from '../db/evidence.ts';

/** A column: its header and how a row gives its value (a method's type, so a column of a record type serves any list of it). */
export type CsvColumn<T> = readonly [header: string, value: { value(row: T): unknown }['value']];

/**
 * A list as one cell: a JSON array, which every CSV reader keeps as text and json.loads (or
 * jsonlite::fromJSON) turns back into the list.
 */
const asJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * The CSV columns of a record type, in the order of its JSON fields: each field as itself, a list
 * or object as a JSON cell, and the evidence as parallel JSON arrays (passage ids, sources, code
 * point spans, the verbatim text, its Simplified reading and its English), so a row is the record.
 */
export function columnsOf<T>(fields: readonly string[]): CsvColumn<T>[] {
  return fields.flatMap((name): CsvColumn<T>[] => {
    const get = (r: T) => (r as Record<string, unknown>)[name];
    if (name !== 'evidence') {
      return [
        [
          name,
          (r) => {
            const value = get(r);
            return value !== null && typeof value === 'object' ? asJson(value) : value;
          },
        ],
      ];
    }
    const quotes = (r: T) => get(r) as EvidenceRow[];
    return Object.entries(EVIDENCE_COLUMNS).map(([header, { cell }]): CsvColumn<T> => [header, (r) => asJson(quotes(r).map(cell))]);
  });
}

/**
 * The evidence of a record as CSV columns: each a JSON array with one item per quoted passage, in
 * the same order in every column, and what it holds (the data package describes them so).
 */
export const EVIDENCE_COLUMNS: Record<string, { cell: (e: EvidenceRow) => unknown; description: string }> = {
  evidence_ids: {
    cell: (e) => e.id,
    description:
      'The passages the record rests on, in the curator’s order (an indicator’s first is the one that writes its number): a JSON array of passage ids.',
  },
  evidence_sources: {
    cell: (e) => e.source,
    description: 'The article of each passage: a JSON array of source ids, parallel to evidence_ids.',
  },
  evidence_spans: {
    cell: (e) => [e.start, e.end],
    description:
      'Where each passage stands in its article: a JSON array of [start, end] code point offsets (end exclusive), parallel to evidence_ids.',
  },
  evidence_text: {
    cell: (e) => e.text,
    description:
      'Each passage verbatim, as received (002 in Traditional script, with its glosses and damage): a JSON array parallel to evidence_ids.',
  },
  evidence_text_zh_hans: {
    cell: (e) => e.text_zh_hans,
    description: 'Each passage in Simplified Chinese, glosses stripped and known damage repaired: a JSON array parallel to evidence_ids.',
  },
  evidence_text_en: { cell: (e) => e.text_en, description: 'Each passage in English: a JSON array parallel to evidence_ids.' },
};
