/**
 * CSV for every list: UTF-8 with a byte order mark so Excel reads Chinese, a header row, RFC 4180
 * quoting (csv-stringify), CRLF line ends, every row of the filtered set. The data package's files
 * go without the mark (src/dataset/tables.ts says why).
 */
import { stringify } from 'csv-stringify/sync';
import type { EvidenceRow } from '../db/evidence.ts';

/** A column: its header and how a row gives its value (a method's type, so a column of a record type serves any list of it). */
export type CsvColumn<T> = readonly [header: string, value: { value(row: T): unknown }['value']];

function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return String(value);
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], { bom = true } = {}): string {
  const records = rows.map((row) => columns.map(([, value]) => cell(value(row))));
  // A cell holding a line break is quoted whatever the break (RFC 4180 §2.6): csv-stringify quotes only
  // cells holding the record delimiter, and a passage's text can hold a bare \n, which pandas, R and
  // Python's csv module read as the end of a row.
  return `${bom ? '\uFEFF' : ''}${stringify([columns.map(([header]) => header), ...records], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

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
