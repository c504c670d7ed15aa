/**
 * Content negotiation between the representations of an answer: JSON (the default), CSV, and
 * JSON-LD (/ answers it with the dataset's schema.org metadata; elsewhere it is plain JSON). One
 * function decides, once per request, for the routes, the answer cache and the ETag alike,
 * following the q-values of Accept (RFC 9110 §12.5.1).
 */
import type { FastifyRequest } from 'fastify';

export type Representation = 'json' | 'csv' | 'jsonld';

type Range = { type: string; subtype: string; q: number };

function parseAccept(accept: string): Range[] {
  return accept
    .split(',')
    .map((part) => {
      const [range, ...params] = part.trim().split(';');
      const [type = '', subtype = ''] = range.trim().toLowerCase().split('/');
      const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
    })
    .filter((r) => r.type !== '');
}

/** The q-value the Accept header gives a media type: its most specific matching range wins. */
function qualityOf(ranges: Range[], type: string, subtype: string): number {
  const exact = ranges.find((r) => r.type === type && r.subtype === subtype);
  if (exact) return exact.q;
  const wildcardSubtype = ranges.find((r) => r.type === type && r.subtype === '*');
  if (wildcardSubtype) return wildcardSubtype.q;
  return ranges.find((r) => r.type === '*' && r.subtype === '*')?.q ?? 0;
}

/**
 * CSV when format=csv, or when Accept names text/csv and ranks it above JSON; JSON-LD when Accept
 * names application/ld+json and ranks it above JSON (and CSV); JSON otherwise (no Accept, ties,
 * and a type reached only through a wildcard).
 */
export function representationOf(accept: string | undefined, format?: string): Representation {
  if (format) return format === 'csv' ? 'csv' : 'json';
  if (!accept) return 'json';
  const ranges = parseAccept(accept);
  const named = (type: string, subtype: string) => ranges.some((r) => r.type === type && r.subtype === subtype && r.q > 0);
  const json = qualityOf(ranges, 'application', 'json');
  const csv = named('text', 'csv') ? qualityOf(ranges, 'text', 'csv') : 0;
  const jsonld = named('application', 'ld+json') ? qualityOf(ranges, 'application', 'ld+json') : 0;
  if (jsonld > json && jsonld >= csv) return 'jsonld';
  return csv > json ? 'csv' : 'json';
}

const decided = new WeakMap<FastifyRequest, Representation>();

/** The representation a request asks for (format= in its validated query, else Accept), decided once. */
export function representation(request: FastifyRequest): Representation {
  let chosen = decided.get(request);
  if (chosen === undefined) {
    chosen = representationOf(request.headers.accept, (request.query as { format?: string } | undefined)?.format);
    decided.set(request, chosen);
  }
  return chosen;
}
