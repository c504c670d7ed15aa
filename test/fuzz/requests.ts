/**
 * Requests as the fuzzer makes them, and their sending: a request is pieces of URL components,
 * turned into one URL and sent through app.inject. What the answer must be is the oracle's call,
 * handed in as a function, so that this module depends on neither of the other two.
 */
import fc from 'fast-check';
import type { App } from '../../src/app.ts';

/** A piece of a URL component: either text to percent-encode or bytes already encoded (which may be invalid on purpose). */
type Piece = { raw: string } | { enc: string };
export type Value = Piece[];
export type Pair = { name: Value; value: Value | null };
export type Request = { path: string; pairs: Pair[]; accept?: string };
export type Row = Record<string, unknown>;

/** Node answers 431 itself above its 16 KB header limit; stay well under so the app is what answers. */
const MAX_URL = 7800;

/** Percent-encodes text as UTF-8, and a lone surrogate as the three bytes WTF-8 gives it (%ED%A0%80). */
function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (isHigh && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (isHigh || isLow) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

export const encoded = (value: Value) => value.map((p) => ('raw' in p ? encode(p.raw) : p.enc)).join('');
/** The text the server should decode, when the value is plain text; undefined when it holds raw bytes. */
export const decoded = (value: Value) =>
  value.every((p) => 'raw' in p) ? value.map((p) => ('raw' in p ? p.raw : '')).join('') : undefined;
export const raw = (text: string): Value => [{ raw: text }];

/** The URL of a request; pairs are dropped from the end until it fits under MAX_URL. */
export function urlOf(request: Request): string {
  let pairs = request.pairs.map((p) => (p.value === null ? encoded(p.name) : `${encoded(p.name)}=${encoded(p.value)}`));
  const build = () => (pairs.length ? `${request.path}?${pairs.join('&')}` : request.path);
  while (build().length > MAX_URL && pairs.length > 0) pairs = pairs.slice(0, -1);
  return build();
}

export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

/** A request as fast-check prints a counterexample: the request line, not the pieces it was made of. */
export function printable(request: Request): Request {
  const line = `GET ${clip(urlOf(request), 300)}${request.accept ? ` (Accept: ${request.accept})` : ''}`;
  return Object.assign(request, { [fc.toStringMethod]: () => line });
}

function describeExchange(url: string, accept: string | undefined, status: number, type: string, body: string) {
  return `GET ${clip(url, 400)}${accept ? ` (Accept: ${accept})` : ''}\n  → ${status} ${type}\n  ${clip(body, 400)}`;
}

/** What came back for a request, as the oracle judges it. */
export type Answer = { request: Request; url: string; status: number; type: string; body: string; headers: Record<string, unknown> };
/** Why an answer is wrong, or undefined when it is right. */
export type Verdict = (answer: Answer) => string | undefined;
export type Checked = { operation: string; kind: 'path' | 'query' | 'representation' };

/** Sends requests and keeps count, per operation, of what came back. */
export function createSender(app: App, verdict: Verdict) {
  const counts = new Map<string, { requests: number; ok: number; clientError: number }>();

  async function send(request: Request, checked: Checked): Promise<void> {
    const url = urlOf(request);
    const response = await app.inject({ method: 'GET', url, headers: request.accept ? { accept: request.accept } : {} });
    const status = response.statusCode;
    const type = String(response.headers['content-type'] ?? '');
    const body = response.body;
    const tally = counts.get(checked.operation) ?? { requests: 0, ok: 0, clientError: 0 };
    tally.requests++;
    counts.set(checked.operation, tally);
    if (status >= 400 && status < 500) tally.clientError++;
    else if (status >= 200 && status < 300) tally.ok++;
    const why = verdict({ request, url, status, type, body, headers: response.headers });
    // An exception: fast-check shrinks the request, and the message says what came back.
    if (why !== undefined) {
      throw new Error(`${checked.operation} [${checked.kind}]: ${why}\n${describeExchange(url, request.accept, status, type, body)}`);
    }
  }

  /** Sends a body (POST /check) and throws, for fast-check to shrink, when the answer is wrong. */
  async function sendBody(
    request: { method: string; path: string; body: string; contentType?: string },
    judge: (answer: { status: number; type: string; body: string }) => string | undefined,
    operation: string,
  ): Promise<void> {
    const response = await app.inject({
      method: request.method as 'POST',
      url: request.path,
      payload: request.body,
      headers: request.contentType ? { 'content-type': request.contentType } : {},
    });
    const answer = { status: response.statusCode, type: String(response.headers['content-type'] ?? ''), body: response.body };
    tally(operation, answer.status);
    const why = judge(answer);
    if (why !== undefined) {
      throw new Error(
        `${operation} [body]: ${why}\n${request.method} ${request.path} (${request.contentType ?? 'no content type'}) ${clip(request.body, 300)}\n  → ${answer.status} ${answer.type}\n  ${clip(answer.body, 400)}`,
      );
    }
  }

  /** Counts one answer of an operation (a tool's: 2xx for a result, 4xx for a tool error). */
  function tally(operation: string, status: number): void {
    const count = counts.get(operation) ?? { requests: 0, ok: 0, clientError: 0 };
    count.requests++;
    if (status >= 400 && status < 500) count.clientError++;
    else if (status >= 200 && status < 300) count.ok++;
    counts.set(operation, count);
  }

  function summary(seed: number): string {
    const lines = [...counts.entries()].map(
      ([operation, c]) =>
        `  ${operation.padEnd(22)} ${String(c.requests).padStart(5)} requests  ${String(c.ok).padStart(5)} 2xx  ${String(c.clientError).padStart(5)} 4xx`,
    );
    const total = [...counts.values()].reduce((n, c) => n + c.requests, 0);
    return `fuzz: ${total} requests (seed ${seed})\n${lines.join('\n')}`;
  }

  return { send, sendBody, tally, summary };
}

export type Sender = ReturnType<typeof createSender>;

/** Setup only: a 200 or an error that says what came back instead. */
export async function fetchJson<T>(app: App, url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`setup: GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  return response.json() as T;
}

/** Every row of a list, following links.next. */
export async function everyRow(app: App, path: string): Promise<Row[]> {
  const rows: Row[] = [];
  let next: string | null = `${path}?limit=500`;
  while (next) {
    const page: { data: Row[]; links: { next: string | null } } = await fetchJson(app, next);
    rows.push(...page.data);
    next = page.links.next;
  }
  return rows;
}
