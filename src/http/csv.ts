/**
 * CSV for every list: UTF-8 with a byte order mark so Excel reads Chinese, a header row, RFC 4180
 * quoting (csv-stringify), CRLF line ends, every row of the filtered set.
 */
import { stringify } from 'csv-stringify/sync';

/** A column: its header and how a row gives its value (a method's type, so a column of a record type serves any list of it). */
export type CsvColumn<T> = readonly [header: string, value: { value(row: T): unknown }['value']];

function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return String(value);
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records = rows.map((row) => columns.map(([, value]) => cell(value(row))));
  return `\uFEFF${stringify([columns.map(([header]) => header), ...records], { record_delimiter: '\r\n' })}`;
}

type WithEvidence = { evidence: { id: string; source: string; start: number; end: number; text: string }[] };

/** The evidence of a record flattened to CSV columns: ids, locations and the verbatim quotes. */
export const evidenceColumns = <T extends WithEvidence>(): CsvColumn<T>[] => [
  ['evidence_ids', (r) => r.evidence.map((e) => e.id).join(' ')],
  ['evidence_locations', (r) => r.evidence.map((e) => `${e.source}:${e.start}-${e.end}`).join(' ')],
  ['evidence_text', (r) => r.evidence.map((e) => e.text).join(' | ')],
];

/** Columns that are the record's own fields, by name. */
export const fieldColumns = <T>(names: readonly (keyof T & string)[]): CsvColumn<T>[] => names.map((name) => [name, (r: T) => r[name]]);
