/**
 * What a page is rendered with: the JSON answer its route made (the same data, through the same
 * pipeline), the request, the language, and links that keep the reader's language.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { DEFAULTS } from '../config.ts';
import type { Problem } from '../http/errors.ts';
import { canonicalQuery, pathOf, queryWith } from '../http/lists.ts';
import type { Language, PageAsk } from '../http/negotiation.ts';
import { type Words, wordsFor } from './i18n.ts';

export type PageContext = {
  app: FastifyInstance;
  request: FastifyRequest;
  lang: Language;
  t: Words;
  /** Whether lang= chose the language: then every link carries it, so the reader stays in it. */
  langGiven: boolean;
  /** Whether format=html asked for the page (no browser's Accept): then every link to a page carries it, so a script following them gets pages. */
  formatGiven: boolean;
  /** The page's own parameters (view=…), validated. */
  params: Record<string, string>;
  /** The query as the route read it (validated, with its defaults). */
  query: Record<string, unknown>;
  /** The request's path: always one leading slash, never a protocol-relative //host. */
  path: string;
  /** The URL of a static file by its name (ledger.css), under its content hash. */
  asset: (name: string) => string;
};

/** A page: its renderer, and its own query parameters (besides lang) with the values each may take. */
export type Page<Body = never> = {
  render: (ctx: PageContext, body: Body) => VNode | Promise<VNode>;
  params?: Record<string, readonly string[]>;
  /**
   * The page of the route's address asked for with nothing (a form to fill in), where the API
   * requires a parameter: /check without a claim is a 400 to a program and a form to a browser.
   */
  blank?: (ctx: PageContext) => VNode;
  /** Whether a form POSTs to the route too (a paragraph is too long for a URL): its answer is a page as well. */
  post?: boolean;
  /** The page of a POSTed form the route refused: the form again, with what was sent and why (else the error page). */
  refused?: (ctx: PageContext, problem: Problem, sent: unknown) => VNode;
};

/** A path as safe to write in a link: one leading slash, so //evil.example (or /\evil.example, which browsers read so) never becomes a link to another host. */
export const safePath = (path: string) => `/${path.replace(/^[/\\]+/, '')}`;

/** A link to the page at `path` with these query parameters, carrying format=html and lang= when the request gave them. */
export function href(
  ctx: Pick<PageContext, 'lang' | 'langGiven' | 'formatGiven'>,
  path: string,
  params: Record<string, string | number | undefined> | [string, string][] = {},
): string {
  const entries = (Array.isArray(params) ? params : Object.entries(params)).filter(
    (e): e is [string, string | number] => e[1] !== undefined && e[1] !== '',
  );
  const search = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
  if (ctx.formatGiven) search.set('format', 'html');
  if (ctx.langGiven) search.set('lang', ctx.lang);
  const text = search.toString();
  return text ? `${safePath(path)}?${text}` : safePath(path);
}

/**
 * This page's query as the API read it, with what the page shows (view=) and its paging where not
 * the default: what its answer is cached under, so two requests sharing an answer (?offset=0 and
 * none, city=wuwei%2Czhangye and city=wuwei,zhangye) make the same bytes.
 */
export function pageQueryOf(ctx: PageContext): [string, string][] {
  const paging = ctx.request.query as { limit?: unknown; offset?: unknown } | undefined;
  return [
    ...canonicalQuery(ctx.request),
    ...(paging?.limit !== undefined && paging.limit !== DEFAULTS.pageSize ? [['limit', String(paging.limit)] as [string, string]] : []),
    ...(paging?.offset ? [['offset', String(paging.offset)] as [string, string]] : []),
    ...Object.entries(ctx.params),
  ];
}

/** The query of the request as it came, every parameter in its order. */
export function givenQuery(request: FastifyRequest): [string, string][] {
  const at = request.url.indexOf('?');
  return at < 0 ? [] : [...new URLSearchParams(request.url.slice(at + 1))];
}

/** The query of the request as it came (lang and format taken out), for an error page's links (never cached). */
export const rawQuery = (request: FastifyRequest): [string, string][] =>
  givenQuery(request).filter(([name]) => name !== 'lang' && name !== 'format');

/** Builds a page's context. */
export function pageContext(
  app: FastifyInstance,
  request: FastifyRequest,
  ask: PageAsk,
  query: Record<string, unknown>,
  asset: (name: string) => string,
): PageContext {
  return {
    app,
    request,
    lang: ask.lang,
    t: wordsFor(ask.lang),
    langGiven: ask.langGiven,
    formatGiven: ask.formatGiven,
    params: ask.params,
    query,
    path: safePath(pathOf(request)),
    asset,
  };
}

/**
 * This page with some parameters changed (undefined removes one), from the query as the route read
 * it: a facet, a page of the list, an order. Paging is dropped unless given, so a new filter starts
 * at the first page, but a page size the reader chose is kept (chosenLimit).
 */
export const selfHref = (ctx: PageContext, changes: Record<string, string | number | undefined>): string =>
  href(ctx, ctx.path, queryWith(ctx.request, { ...chosenLimit(ctx), ...changes }));

/**
 * The page size the reader chose (limit= given, not the default), which the page's links and its form keep: a new
 * filter starts at the first page, at that size (one reading 500 rows a page fell back to 50 at every click).
 */
export function chosenLimit(ctx: Pick<PageContext, 'request' | 'query'>): { limit?: number } {
  const limit = ctx.query.limit;
  return typeof limit === 'number' && givenQuery(ctx.request).some(([name]) => name === 'limit') ? { limit } : {};
}

/** The same list for a program: this page's rows as JSON, or every row of the filter as CSV. */
export function dataHrefs(ctx: PageContext, page?: { limit: number; offset: number }): { json: string; csv: string } {
  const base = canonicalQuery(ctx.request);
  const paging: [string, string][] = page
    ? [
        ['limit', String(page.limit)],
        ['offset', String(page.offset)],
      ]
    : [];
  const at = (extra: [string, string][]) => `${ctx.path}?${new URLSearchParams([...base, ...extra]).toString()}`;
  return { json: at([...paging, ['format', 'json']]), csv: at([['format', 'csv']]) };
}

/**
 * A record's field in the reader's language: `inLanguage(ctx, initiative, 'name')` is its `name_zh`
 * or its `name_en`, whichever the page is in (a record carries both, seed/ and the schema say so).
 */
export const inLanguage = <K extends string, R extends Record<`${K}_${Language}`, unknown>>(
  ctx: Pick<PageContext, 'lang'>,
  record: R,
  field: K,
): R[`${K}_${Language}`] => {
  // Every language the pages speak: a record must carry the field in each (the constraint above).
  const key: `${K}_${Language}` = `${field}_${ctx.lang}`;
  return record[key] as R[`${K}_${Language}`];
};
