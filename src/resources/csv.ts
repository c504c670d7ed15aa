/**
 * CSV for every list: UTF-8 with a byte order mark so Excel reads Chinese, a header row, RFC 4180
 * quoting (csv-stringify), CRLF line ends, every row of the filtered set. The data package's files
 * go without the mark (src/dataset/tables.ts says why). A record type's columns are its resource's
 * (src/resources/columns.ts).
 */
import { stringify } from 'csv-stringify/sync';
import type { CsvColumn } from './columns.ts';

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
