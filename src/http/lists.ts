/**
 * The one way a list is answered, for records and for computed rows alike: a JSON page (records'
 * bytes, the envelope, canonical links and an RFC 8288 Link header), or, when CSV is asked for,
 * every row of the same filtered set, or, when a browser asks, the route's page made from the same
 * page of rows, meta and links.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Facets } from '../db/facets.ts';
import type { Page, PageOptions } from '../db/totals.ts';
import type { CsvColumn } from '../resources/columns.ts';
import { toCsv } from '../resources/csv.ts';
import type { ListQuery } from '../resources/resource.ts';
import { jsonOf, type Served } from '../resources/served.ts';
import { representation } from './negotiation.ts';
import { routeShape } from './route-schema.ts';

/** Where a list's items come from; an export's rows are the items, or (Row) what each item is made of. */
export type ListSource<T, Row = T> = {
  /** The CSV file's name, without .csv: made only for an export. */
  fileName: () => string;
  /** The list answer's schema: the envelope is validated by it. */
  list: z.ZodType;
  /** An export's columns, or the columns of the fields asked for where a field is not one column. */
  columns: readonly CsvColumn<Row>[] | ((fields: readonly string[] | undefined) => readonly CsvColumn<Row>[]);
  /** A page of items with their JSON, the total (a lower bound when not exact) and facets when asked for. */
  page: (page: Page, options: PageOptions) => { items: Served<T>[]; total: number; exact?: boolean; facets?: Facets; meta?: object };
  /** Every row of the set, in the page's order, for an export. */
  every: () => Row[];
};

/** Items as bytes: each validated by `schema` and serialized, for lists of computed rows. */
export const servedRows = <T>(schema: z.ZodType<T>, rows: readonly T[]): Served<T>[] =>
  rows.map((record) => ({ record, bytes: jsonOf(schema, record) }));

/** The request's path, whatever form its target came in (an absolute-form target names a host we never echo). */
export function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const path = url.startsWith('/') ? url.slice(0, (url.indexOf('?') + 1 || url.length + 1) - 1) : new URL(url).pathname;
  return path;
}

function valueText(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * The query as the API read it, in a fixed order (its schema's), values as parsed: two requests that
 * ask the same thing have the same canonical query, whatever order or spelling they used. Paging
 * parameters come last.
 */
export function canonicalQuery(request: FastifyRequest, { paging = true } = {}): [string, string][] {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const shape = routeShape(request);
  const out: [string, string][] = [];
  for (const name of Object.keys(shape)) {
    if (paging && (name === 'limit' || name === 'offset')) continue;
    if (query[name] !== undefined) out.push([name, valueText(query[name])]);
  }
  return out;
}

/** The canonical query with some parameters changed (undefined removes one); paging is dropped unless given. */
export function queryWith(request: FastifyRequest, changes: Record<string, string | number | undefined>): [string, string][] {
  const kept = canonicalQuery(request).filter(([name]) => !(name in changes));
  const added = Object.entries(changes).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : [[name, String(value)]],
  );
  return [...kept, ...added];
}

/** A link to the same list with some parameters changed (undefined removes one), from the canonical query. */
export const linkWith = (request: FastifyRequest, changes: Record<string, string | undefined>): string =>
  `${pathOf(request)}?${new URLSearchParams(queryWith(request, changes)).toString()}`;

/**
 * Where the page before this one starts, or null on the first page. Past the end it is the last page
 * that has rows, not the page just before (which has none either). A total that is a lower bound is
 * always past the page it was counted for (src/db/totals.ts), so a page is past the end only of a
 * total that is exact.
 */
export function previousOffset(page: Page, total: number): number | null {
  if (page.offset === 0) return null;
  return page.offset >= total ? Math.max(0, Math.floor((total - 1) / page.limit) * page.limit) : Math.max(0, page.offset - page.limit);
}

/** The self, previous and next links of a page: the canonical query with the page's limit and offset. */
function pageLinks(request: FastifyRequest, page: Page, total: number): { self: string; prev: string | null; next: string | null } {
  const base = canonicalQuery(request);
  const path = pathOf(request);
  const at = (offset: number) =>
    `${path}?${new URLSearchParams([...base, ['limit', String(page.limit)], ['offset', String(offset)]]).toString()}`;
  const prev = previousOffset(page, total);
  return {
    self: at(page.offset),
    prev: prev === null ? null : at(prev),
    next: page.offset + page.limit < total ? at(page.offset + page.limit) : null,
  };
}

const LIST_START = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

/** A list answer made of items' bytes and an envelope validated by the list schema (with no rows), its key order kept. */
function sendItems(reply: FastifyReply, list: z.ZodType, items: readonly Served[], envelope: object) {
  // Parsed, not encoded: see jsonOf.
  const checked = list.parse({ data: [], ...envelope }) as Record<string, unknown>;
  const { data: _, ...rest } = checked;
  const links = rest.links as { prev?: string | null; next?: string | null } | undefined;
  const related = [links?.next && `<${links.next}>; rel="next"`, links?.prev && `<${links.prev}>; rel="prev"`].filter(Boolean);
  if (related.length > 0) reply.header('link', related.join(', '));
  const parts: Buffer[] = [LIST_START];
  items.forEach((item, k) => {
    if (k > 0) parts.push(COMMA);
    parts.push(item.bytes);
  });
  const tail = Object.entries(rest)
    .map(([key, value]) => `,${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join('');
  parts.push(Buffer.from(`]${tail}}`));
  return reply.type('application/json; charset=utf-8').send(Buffer.concat(parts));
}

/** Parameters that leave an export's rows and columns as they are: a CSV is every row of the set, whatever the page or order. */
const NOT_NARROWING = new Set(['limit', 'offset', 'sort', 'format', 'total', 'facets', 'facet_limit']);

/** How long a file name made of filters may grow before it gives way to `-filtered`. */
const EXPORT_NAME_LENGTH = 80;

/**
 * The file name (without .csv) of a list's CSV: the list's own name for every row and column of it,
 * and for a set narrowed by filters or fields= that name and its filters (indicators-city-wuwei-year-2023),
 * so a subset saved from a browser never lands on the whole table's file. A comma list is joined by +;
 * a value that is not plain ASCII (q=武威, metric=tourism.*) or a name past 80 characters gives
 * `{name}-filtered`, which is still never the whole table's.
 */
export function exportName(request: FastifyRequest, base: string): string {
  const narrowing = canonicalQuery(request).filter(([name]) => !NOT_NARROWING.has(name));
  if (narrowing.length === 0) return base;
  const parts = narrowing.flatMap(([name, value]) => [name, value.replaceAll(',', '+')]);
  const named = [base, ...parts].join('-');
  return parts.every((part) => /^[A-Za-z0-9._+-]+$/.test(part)) && named.length <= EXPORT_NAME_LENGTH ? named : `${base}-filtered`;
}

/** A CSV as an attachment named `{fileName}.csv`. */
export function sendCsv(reply: FastifyReply, fileName: string, csv: string) {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}.csv"`).send(csv);
}

/** A record holding only the fields asked for (sparse fieldsets), in its own field order. */
export function pick<T>(record: T, fields: readonly string[]): Partial<T> {
  const wanted = new Set(fields);
  return Object.fromEntries(Object.entries(record as object).filter(([key]) => wanted.has(key))) as Partial<T>;
}

/** The CSV columns of the fields asked for: a field's own column, or for evidence every evidence_ column. */
const columnsFor = <T>(columns: readonly CsvColumn<T>[], fields: readonly string[] | undefined) =>
  fields
    ? columns.filter(([header]) => fields.includes(header) || (fields.includes('evidence') && header.startsWith('evidence_')))
    : columns;

/** Answers a list request from its source: a JSON page, every row as CSV, or the page of the same rows in HTML. */
export function answerList<T, Row>(request: FastifyRequest, reply: FastifyReply, query: ListQuery, source: ListSource<T, Row>) {
  const { fields } = query;
  const chosen = representation(request);
  if (chosen === 'csv') {
    const columns = typeof source.columns === 'function' ? source.columns(fields) : columnsFor(source.columns, fields);
    return sendCsv(reply, source.fileName(), toCsv(source.every(), columns));
  }
  const page = { limit: query.limit, offset: query.offset };
  const options = { exactTotal: query.total === 'exact', countUpTo: request.server.totalCountedUpTo };
  const { items, total, exact, facets, meta: more } = source.page(page, options);
  const meta = {
    total,
    ...(exact === undefined ? {} : { total_exact: exact }),
    ...page,
    ...(facets ? { facets: facets.facets } : {}),
    ...(facets && Object.keys(facets.omitted).length > 0 ? { facets_omitted: facets.omitted } : {}),
    ...more,
    ...(request.aliases?.length ? { aliases: request.aliases } : {}),
  };
  const links = pageLinks(request, page, total);
  // A page shows what it shows of each record: fields= shapes JSON only.
  if (chosen === 'html') return reply.sendPage({ data: items.map((item) => item.record), meta, links }, query);
  const sent = fields
    ? items.map((item) => ({ record: item.record, bytes: Buffer.from(JSON.stringify(pick(item.record, fields))) }))
    : items;
  return sendItems(reply, source.list, sent, { meta, links });
}

/** Answers a request for one record: its JSON bytes (the fields asked for), or its page. */
export function answerRecord(request: FastifyRequest, reply: FastifyReply, served: Served, fields?: readonly string[]) {
  if (representation(request) === 'html') return reply.sendPage(served.record);
  return reply
    .type('application/json; charset=utf-8')
    .send(fields ? Buffer.from(JSON.stringify(pick(served.record, fields))) : served.bytes);
}
