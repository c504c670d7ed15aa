/**
 * Content negotiation between the representations of an answer: JSON (the default), CSV, JSON-LD
 * (/ answers it with the dataset's schema.org metadata; elsewhere it is plain JSON) and, on the
 * routes that have a page, HTML. One function decides, once per request, for the routes, the answer
 * cache and the ETag alike, following the q-values of Accept (RFC 9110 §12.5.1).
 *
 * A page's own parameters (lang=, and format=html) are not the API's: they are read here, before
 * validation, and taken out of the query, so the JSON contract and its strict query strings stay as
 * they are. The language of a page is lang= if given, else the first of Accept-Language's that the
 * pages speak.
 */
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CACHES } from '../config.ts';

type Representation = 'json' | 'csv' | 'html' | 'jsonld';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Range = { type: string; subtype: string; q: number };

/** The weight a header's item gives (`q=`, any case, RFC 9110 §12.4.2): 1 if none, 0 if unreadable, within 0–1. */
function weightOf(params: string[]): number {
  const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
  if (qParam === undefined) return 1;
  const q = Number(qParam.slice(2));
  return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
}

function parseAccept(accept: string): Range[] {
  return accept
    .split(',')
    .map((part) => {
      const [range, ...params] = part.trim().split(';');
      const [type = '', subtype = ''] = range.trim().toLowerCase().split('/');
      return { type, subtype, q: weightOf(params) };
    })
    .filter((r) => r.type !== '');
}

/** The range of Accept that names a media type itself, not through a wildcard. */
const rangeNaming = (ranges: Range[], type: string, subtype: string) => ranges.find((r) => r.type === type && r.subtype === subtype);

/** The q-value the Accept header gives a media type: its most specific matching range wins. */
function qualityOf(ranges: Range[], type: string, subtype: string): number {
  const exact = rangeNaming(ranges, type, subtype);
  if (exact) return exact.q;
  const wildcardSubtype = ranges.find((r) => r.type === type && r.subtype === '*');
  if (wildcardSubtype) return wildcardSubtype.q;
  return ranges.find((r) => r.type === '*' && r.subtype === '*')?.q ?? 0;
}

/** Whether Accept names this type itself (not through a wildcard) and ranks it above JSON. */
function prefers(ranges: Range[], type: string, subtype: string): boolean {
  const named = ranges.some((r) => r.type === type && r.subtype === subtype && r.q > 0);
  return named && qualityOf(ranges, type, subtype) > qualityOf(ranges, 'application', 'json');
}

/**
 * A header's reading, kept per distinct header value: clients send the same few Accept and
 * Accept-Language values again and again, and the hot path should not parse them each time.
 * Bounded: past its size it starts afresh.
 */
function remembered<T>(read: (header: string) => T, size: number = CACHES.headerReadings): (header: string) => T {
  let known = new Map<string, T>();
  return (header) => {
    let value = known.get(header);
    if (value === undefined) {
      if (known.size >= size) known = new Map();
      value = read(header);
      known.set(header, value);
    }
    return value;
  };
}

const fromAccept = remembered((accept) => {
  const ranges = parseAccept(accept);
  const csv = prefers(ranges, 'text', 'csv');
  const html = prefers(ranges, 'text', 'html') && qualityOf(ranges, 'text', 'html') >= qualityOf(ranges, 'text', 'csv');
  const jsonld =
    prefers(ranges, 'application', 'ld+json') &&
    qualityOf(ranges, 'application', 'ld+json') >= (csv ? qualityOf(ranges, 'text', 'csv') : 0) &&
    qualityOf(ranges, 'application', 'ld+json') > (html ? qualityOf(ranges, 'text', 'html') : 0);
  return { csv, html, jsonld };
});

/**
 * format= first; else HTML when the route has a page and Accept names text/html above JSON (a
 * browser's navigation), JSON-LD when Accept names application/ld+json above JSON (and CSV), CSV
 * when Accept names text/csv above JSON; JSON otherwise (no Accept, ties, a bare wildcard, and a
 * type reached only through a wildcard: curl, fetch, Swagger UI).
 */
export function representationOf(accept: string | undefined, format?: string, { page = false } = {}): Representation {
  if (format) return format === 'csv' ? 'csv' : format === 'html' && page ? 'html' : 'json';
  if (!accept) return 'json';
  const { csv, html, jsonld } = fromAccept(accept);
  if (page && html) return 'html';
  if (jsonld) return 'jsonld';
  return csv ? 'csv' : 'json';
}

/**
 * Of `types` (media types without parameters), the one Accept names itself, not through a wildcard,
 * with the highest q above 0 (the earlier of a tie); undefined when it names none.
 */
export function namedInAccept(accept: string | undefined, types: readonly string[]): string | undefined {
  if (!accept) return undefined;
  const ranges = parseAccept(accept);
  let named: string | undefined;
  let best = 0;
  for (const type of types) {
    const [t, s] = type.split('/');
    const q = rangeNaming(ranges, t, s)?.q ?? 0;
    if (q > best) [named, best] = [type, q];
  }
  return named;
}

/** Whether a request that got no page (an unknown path, a refusal before routing) would rather read HTML. */
export function wantsHtml(request: FastifyRequest): boolean {
  const format = (request.query as { format?: unknown } | undefined)?.format;
  return representationOf(request.headers.accept, typeof format === 'string' ? format : undefined, { page: true }) === 'html';
}

/**
 * The language a lang= value names, as Accept-Language's tags are read: zh, zh-TW, zh-Hant and ZH-hk
 * are Chinese (the pages' Simplified; a Traditional reader's search and claims are read alike), en and
 * en-GB English; anything else none.
 */
export function languageNamed(given: unknown): Language | undefined {
  if (typeof given !== 'string' || !LANGUAGE_TAG.test(given)) return undefined;
  return given.slice(0, 2).toLowerCase() as Language;
}

/** A lang= value the pages read: a language tag whose primary language is zh or en (as the OpenAPI document says it). */
export const LANGUAGE_TAG_PATTERN = '^(?:[zZ][hH]|[eE][nN])(?:-[A-Za-z0-9]{1,8})*$';
const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN);

/** The first language of Accept-Language the pages speak (zh-TW, zh-Hans and zh all read Chinese), else English. */
export const languageOf = (acceptLanguage: string | undefined): Language => (acceptLanguage ? fromAcceptLanguage(acceptLanguage) : 'en');

const fromAcceptLanguage = remembered((acceptLanguage): Language => {
  const ranked = acceptLanguage
    .split(',')
    .map((part, position) => {
      const [tag, ...params] = part.trim().split(';');
      return { tag: tag.trim().toLowerCase(), q: weightOf(params), position };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.position - b.position);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] as Language;
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
});

/**
 * What a page request asked for beyond the API's query: its language, whether lang= chose it,
 * whether format=html asked for the page (a script's request, whose links must keep asking for
 * pages), and its page's own parameters.
 */
export type PageAsk = { lang: Language; langGiven: boolean; formatGiven: boolean; params: Record<string, string> };

declare module 'fastify' {
  interface FastifyRequest {
    /** The representation, once decided (read it through `representation`). */
    representationChosen?: Representation;
    /** A page request's own parameters, set by the pages plugin before validation; undefined on a request that has no page. */
    pageAsk?: PageAsk;
  }
}

/** Declares the request fields negotiation keeps, so every request is made with them and keeps one shape. */
export default fp(
  async function negotiation(app: FastifyInstance) {
    app.decorateRequest('representationChosen', undefined);
    app.decorateRequest('pageAsk', undefined);
  },
  { name: 'negotiation' },
);

/** Records a page request's representation and page parameters (the pages plugin reads them before validation). */
export function decidePage(request: FastifyRequest, chosen: Representation, ask: PageAsk): void {
  request.representationChosen = chosen;
  request.pageAsk = ask;
}

/** The representation a request asks for (format= in its query, else Accept), decided once. */
export function representation(request: FastifyRequest): Representation {
  request.representationChosen ??= representationOf(request.headers.accept, (request.query as { format?: string } | undefined)?.format);
  return request.representationChosen;
}

/**
 * What, besides path and query, tells this request's answer from another's: the representation,
 * and for a page its language and own parameters. Part of the answer cache's key and so of the ETag.
 */
export function variantOf(request: FastifyRequest): string {
  const chosen = representation(request);
  if (chosen !== 'html') return chosen;
  const ask = request.pageAsk;
  // Whether lang= chose the language, or format=html the page, matters too: then every link of the page carries it.
  return `html\0${ask?.lang ?? ''}\0${ask?.langGiven ? 'given' : ''}\0${ask?.formatGiven ? 'html' : ''}\0${JSON.stringify(ask?.params ?? {})}`;
}

/** The headers a shared cache must key this answer on: Accept-Language too when it chose a page's language. */
export function varyOf(request: FastifyRequest): string {
  const ask = request.pageAsk;
  return ask && !ask.langGiven && representation(request) === 'html'
    ? 'Accept, Accept-Encoding, Accept-Language'
    : 'Accept, Accept-Encoding';
}

/**
 * The content coding of `available` (best first, identity last) an Accept-Encoding asks for, or null for none
 * acceptable. Codings are named in any case, and x-gzip is gzip (RFC 9110 §8.4.1); * is every coding the field
 * does not name (§12.5.3), which the negotiator reads as the first available whatever else is named (api20:
 * br;q=0, * got br): it is spelled out as those codings before the negotiator reads it.
 */
export function contentCodingOf(acceptEncoding: string, available: readonly string[]): string | null {
  const asked = acceptEncoding.toLowerCase().replaceAll('x-gzip', 'gzip');
  if (!asked.includes('*')) return negotiate(asked, [...available]);
  const entries = asked.split(',');
  const named = new Set(entries.map((entry) => entry.split(';')[0].trim()));
  const spelled = entries.flatMap((entry) => {
    const [name, ...params] = entry.split(';');
    if (name.trim() !== '*') return [entry];
    return available.filter((coding) => !named.has(coding)).map((coding) => [coding, ...params].join(';'));
  });
  return negotiate(spelled.join(','), [...available]);
}
