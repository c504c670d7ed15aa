/**
 * CSV for every list: UTF-8 with a byte order mark so Excel reads Chinese
 * correctly, a header row, RFC 4180 quoting, every row of the filtered set.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { representationOf } from '../plugins/negotiation.ts';
import { listOf } from './schemas.ts';

export type CsvColumn<T> = [header: string, value: (row: T) => unknown];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(rows: T[], columns: CsvColumn<T>[]): string {
  const lines = [columns.map(([header]) => cell(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => cell(value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Whether the client asked for CSV: format=csv, or an Accept header ranking text/csv above JSON. */
export function wantsCsv(request: FastifyRequest, format: string | undefined): boolean {
  return representationOf(request.headers.accept, format) === 'csv';
}

export function sendCsv<T>(reply: FastifyReply, name: string, rows: T[], columns: CsvColumn<T>[]) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(toCsv(rows, columns));
}

type WithEvidence = { evidence: { id: string; source: string; start: number; end: number; text: string }[] };

/** The evidence of a record flattened to CSV columns: ids, locations and the verbatim quotes. */
export const evidenceColumns = <T extends WithEvidence>(): CsvColumn<T>[] => [
  ['evidence_ids', (r) => r.evidence.map((e) => e.id).join(' ')],
  ['evidence_locations', (r) => r.evidence.map((e) => `${e.source}:${e.start}-${e.end}`).join(' ')],
  ['evidence_text', (r) => r.evidence.map((e) => e.text).join(' | ')],
];

/** A page of rows and the total; `exact` for a list whose total may be a lower bound (src/db/totals.ts). */
type Fetch<T> = (page: { limit: number; offset: number }) => { rows: T[]; total: number; exact?: boolean };

/**
 * Answers a list request: a JSON page with links, or, when CSV was asked for,
 * every row of the same filtered set.
 */
export function answerList<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: { limit: number; offset: number; format?: 'json' | 'csv' },
  fileName: string,
  fetch: Fetch<T>,
  columns: CsvColumn<T>[],
) {
  const page = { limit: query.limit, offset: query.offset };
  if (wantsCsv(request, query.format)) {
    return sendCsv(reply, fileName, fetch({ limit: Number.MAX_SAFE_INTEGER, offset: 0 }).rows, columns);
  }
  const { rows, total, exact } = fetch(page);
  return listOf(rows, total, page, request.url, exact);
}
