/**
 * The environment, parsed once into one typed object, and the one home of the service's limits and
 * defaults: the README's tables and the OpenAPI descriptions quote these, never copies of them.
 */
import { statSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import about from '../seed/dataset.json' with { type: 'json' };
import { PROJECT_ROOT } from './paths.ts';

/** The dataset's title, as seed/dataset.json curates it (the data package's, the pages', OpenAPI's, MCP's). */
export const DATASET_TITLE = { en: about.title_en, zh: about.title_zh };

/** What a request may ask for; each refusal is a 400 that says the limit. */
export const LIMITS = {
  /** Longest request target (path and query). */
  urlLength: 2048,
  /** Longest Host: a DNS name's 253 characters, or an IPv6 address with a zone, in brackets, and a port. */
  hostLength: 270,
  /** Longest path parameter the router reads at all (a longer one is refused before routing). */
  paramLength: 200,
  /** Largest page. */
  pageSize: 500,
  /** Furthest offset. */
  offset: 1_000_000,
  /** Items of a comma list. */
  listItems: 50,
  /** Characters of a comma list as given (city=, metric= …). */
  listLength: 1000,
  /** Characters of one value of a comma list, and of /compare's metric=. */
  valueLength: 100,
  /** Characters of one slug, id or key: a record's in the path, and one a filter names alone (within=, /compare's scope=). */
  keyLength: 64,
  /** Values per field facet_limit= may ask for. */
  facetValues: 100_000,
  /** Characters of a search query. */
  queryLength: 200,
  /** Request body bytes, for every route but those below. */
  bodyBytes: 1024,
  /** Characters (code points) of one claim, GET /check. */
  claimLength: 200,
  /** Characters (code points) of a paragraph, POST /check. */
  checkTextLength: 2000,
  /**
   * Figures checked in one text, GET or POST /check: each is compared with the records on its own, so
   * a text's cost and answer grow with them. The articles' densest paragraph gives 40.
   */
  checkFigures: 100,
  /**
   * Body bytes of POST /check: 2,000 characters as JSON, each escaped as a surrogate pair of \uXXXX escapes in the worst
   * case (12 bytes), with room for the envelope.
   */
  checkBodyBytes: 32 * 1024,
  /** Bytes of a request line and its headers together (Node's default, set so: a longer one is a 431 before it is read). */
  headerBytes: 16 * 1024,
  /** Characters of a request target or a body's type a refusal repeats (a longer one is cut). */
  echoedTarget: 64,
  /** Longest refused value a 400 repeats as given (a longer one, a paragraph, is named, not repeated). */
  echoedValue: 200,
  /** Body bytes of one JSON-RPC message to /mcp. */
  mcpBodyBytes: 32 * 1024,
  /** Array elements and object members, together, of one MCP tool call's arguments. */
  mcpToolInputElements: 1000,
  /**
   * Requests one connection may have waiting, unanswered, behind the one being answered (HTTP/1.1
   * pipelining): each waiting answer is made and held in memory until the client reads the ones before.
   */
  pipelinedRequests: 16,
} as const;

/** What a request gets when it does not say. */
export const DEFAULTS = {
  pageSize: 50,
  /** A page of an MCP tool's list answer: an agent's context is smaller than a program's page. */
  mcpPageSize: 10,
  /** Values given per facet field. */
  facetValues: 1000,
  /** Rows a list counts before its total becomes a lower bound (src/db/totals.ts). */
  totalCountedUpTo: 10_000,
} as const;

/**
 * The sizes of the caches no setting sizes (ANSWER_CACHE_MB and RECORD_CACHE_MB size the other two):
 * each bounded, since a database rebuilt under a running server, or a public client's endless
 * variations, would otherwise grow them without end.
 */
export const CACHES = {
  /** Prepared statements, weighed by their SQL's bytes (src/db/statements.ts). */
  statementBytes: 16 * 1024 * 1024,
  /** Articles' texts read, by file and hash, counted (src/db/articles.ts). */
  articleTexts: 64,
  /** Records' label terms as claims read them, counted (src/routes/check/lexicon.ts). */
  claimLabels: 20_000,
  /** Request targets asked once that the answer cache's doorkeeper remembers, 4 bytes each (src/http/cache.ts). */
  doorkeeperSlots: 1 << 16,
  /** Readings of distinct Accept and Accept-Language values, each, counted (src/http/negotiation.ts). */
  headerReadings: 512,
  /** Search terms' compiled highlighting patterns, counted (src/domain/chinese-search.ts). */
  highlightPatterns: 512,
} as const;

/** How the server holds connections and lets them go (src/server.ts, src/http/lifecycle.ts). */
export const SERVING = {
  /**
   * Connections served at once when MAX_CONNECTIONS is unset: three quarters of the file
   * descriptors the process may open, at least `fewestConnections`, at most `mostConnections`;
   * `descriptorsUnread` assumed where the limit cannot be read.
   */
  mostConnections: 4096,
  fewestConnections: 16,
  descriptorsUnread: 65_536,
  /** Past SHUTDOWN_DELAY_MS and the longest request (REQUEST_TIMEOUT_MS), what a stop has left before it is cut off. */
  shutdownMarginMs: 5000,
  /** How long draining connections have to take their last answer before idle ones are closed. */
  drainGraceMs: 3000,
} as const;

/** More proxies in front than any deployment has: a larger count is a typo that would believe every hop. */
const MAX_PROXY_HOPS = 32;

/** A proxy TRUST_PROXY may name: an address or a CIDR range of one (its prefix within the address's bits), or a named range. */
function isProxyAddress(item: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return true;
  const [address, prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * A number as an operator writes one: decimal digits, a point for a fraction where one makes sense. An
 * empty value, 0x10, 1e3 or ' 5 ' is refused, not read as 0, 16, 1000 or 5 (Number() would).
 */
const decimal = (fraction: boolean, min: number, max: number) =>
  z
    .string()
    .regex(fraction ? /^\d+(\.\d+)?$/ : /^\d+$/, `${fraction ? 'a number' : 'a whole number'} in decimal digits (unset it for the default)`)
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/**
 * An origin links can be made from: http or https, a host and perhaps a port, nothing else (no path:
 * the API is served at its root, docs/DEPLOY.md; no credentials, query or fragment), and nothing the
 * URL parser would drop or rewrite silently (a blank, a control character, a backslash).
 */
function isPublicOrigin(value: string): boolean {
  // Printable ASCII alone (an internationalised name in its xn-- form), no backslash the parser reads as a slash.
  if (!/^[!-~]+$/.test(value) || value.includes('\\') || !URL.canParse(value)) return false;
  const url = new URL(value);
  return ['http:', 'https:'].includes(url.protocol) && `${url.origin}/` === url.href;
}

/** An address where the API is published (PUBLIC_URL, an origin), or undefined where it is not said. */
export const publicLink = (publicUrl: string | undefined, path: string): string | undefined => publicUrl && `${publicUrl}${path}`;

/** Whether a path names a directory now; a path that cannot be looked at (ENOTDIR, ELOOP, EACCES) is the build's to report. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/** An hour, in ms: the longest a request may take to arrive, a connection may idle, and a stop may keep serving after SIGTERM. */
const HOUR_MS = 3_600_000;

export const environment = z.object({
  PORT: decimal(false, 0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  // A file's path: a directory there would be opened, or built beside, as if it were the database.
  DATABASE_PATH: z
    .string()
    .min(1)
    .refine((path) => !isDirectory(path), {
      message: "names a directory: give the database file's path, such as data/ledger.db",
    })
    .default(resolve(PROJECT_ROOT, 'data', 'ledger.db')),
  RATE_LIMIT_MAX: decimal(false, 0, Number.MAX_SAFE_INTEGER).default(600),
  CHECK_RATE_LIMIT_MAX: decimal(false, 0, Number.MAX_SAFE_INTEGER).default(60),
  // At most an hour each: the stop's cut-off (their sum and a margin) must fit a timer's 32 bits.
  REQUEST_TIMEOUT_MS: decimal(false, 100, HOUR_MS).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: decimal(false, 100, HOUR_MS).default(5000),
  MAX_CONNECTIONS: decimal(false, 0, Number.MAX_SAFE_INTEGER).default(0),
  MAX_EVENT_LOOP_DELAY_MS: decimal(false, 0, 2_147_483_647).default(1000),
  // The part of the server's time checks of texts (GET and POST /check) may take, whoever sends them.
  CHECK_CPU_PERCENT: decimal(false, 0, 100).default(50),
  SHUTDOWN_DELAY_MS: decimal(false, 0, HOUR_MS).default(500),
  DATABASE_AUTO_BUILD: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  // A cache's budget is memory the process holds: more than the machine could give is a typo.
  ANSWER_CACHE_MB: decimal(true, 0, 65_536).default(32),
  RECORD_CACHE_MB: decimal(true, 0, 65_536).default(16),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Whose X-Forwarded-For to believe: the number of proxies in front, or their addresses, CIDR ranges
  // or loopback/linklocal/uniquelocal, comma-separated. Unset: none, and a client is the socket's peer.
  TRUST_PROXY: z
    .string()
    .refine((v) => (/^\d+$/.test(v) ? Number(v) <= MAX_PROXY_HOPS : v.split(',').every((item) => isProxyAddress(item.trim()))), {
      message: `a number of proxies (at most ${MAX_PROXY_HOPS}), or addresses, CIDR ranges or loopback/linklocal/uniquelocal, comma-separated`,
    })
    .optional()
    .transform((v) => (v === undefined ? false : /^\d+$/.test(v) ? Number(v) : v)),
  // Where the API is published (https://ledger.example.org): what citations and the schema.org
  // metadata link to, and the OpenAPI document's server. Unset: they give paths only, since the
  // server never trusts a request's Host to say where it is. Written as the URL parser writes it.
  PUBLIC_URL: z
    .string()
    .refine(isPublicOrigin, { message: 'an http or https origin (scheme, host and port only), such as https://ledger.example.org' })
    .optional()
    .transform((v) => v && new URL(v).origin),
  // Web pages whose scripts may call POST /mcp (their Origin), besides PUBLIC_URL's: comma-separated
  // origins, or * for any. Unset: none, so a DNS-rebinding page cannot drive a local server (MCP's
  // Streamable HTTP transport requires the check); clients that are no browser send no Origin and pass.
  MCP_ALLOWED_ORIGINS: z
    .string()
    .refine((v) => v.trim() === '*' || v.split(',').every((item) => isPublicOrigin(item.trim())), {
      message: 'origins (scheme, host and port, such as https://agent.example.org), comma-separated, or * for any',
    })
    .optional()
    .transform((v): readonly string[] | '*' | undefined =>
      v === undefined ? undefined : v.trim() === '*' ? '*' : v.split(',').map((item) => new URL(item.trim()).origin),
    ),
});

export type Config = z.infer<typeof environment>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { ...parsed.data, DATABASE_PATH: resolve(parsed.data.DATABASE_PATH) };
}

/** What each setting is when the environment does not say: buildApp's defaults are these. */
export const CONFIG_DEFAULTS: Config = loadConfig({});
