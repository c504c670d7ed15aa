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

type Quote = { id: string; source: string; start: number; end: number; text: string; text_zh_hans: string; text_en: string };

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
    const quotes = (r: T) => get(r) as Quote[];
    return [
      ['evidence_ids', (r) => asJson(quotes(r).map((e) => e.id))],
      ['evidence_sources', (r) => asJson(quotes(r).map((e) => e.source))],
      ['evidence_spans', (r) => asJson(quotes(r).map((e) => [e.start, e.end]))],
      ['evidence_text', (r) => asJson(quotes(r).map((e) => e.text))],
      ['evidence_text_zh_hans', (r) => asJson(quotes(r).map((e) => e.text_zh_hans))],
      ['evidence_text_en', (r) => asJson(quotes(r).map((e) => e.text_en))],
    ];
  });
}
