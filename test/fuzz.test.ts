/**
 * Property-based fuzzing of the whole public contract. The operations come from the app's own
 * /openapi.json, so a new route or parameter is fuzzed without touching this file. Each operation
 * gets up to three properties, all sent through app.inject:
 *
 * - query: valid path parameters, generated query strings (real values, edge numbers, wrong
 *   types, empty, repeated and unknown parameters, unicode, lone surrogates, NUL, SQL and FTS5
 *   syntax, traversal, very long strings) and an Accept header;
 * - path: the same for the path parameters;
 * - representation: a few valid requests asked for again and again as JSON or CSV (format= and
 *   Accept, with q-values), so that answers kept between requests are checked too.
 *
 * Every answer must be a 2xx, or a 4xx problem+json whose status is the HTTP status; never a 5xx.
 * A JSON 2xx must validate against the operation's documented 200 schema (Ajv, draft 2020-12);
 * CSV and citations must come with their own content type. Seeds are fixed: a failure replays.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, describe, inject, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';

const SEED = 20230213;
/** Node answers 431 itself above its 16 KB header limit; stay well under so the app is what answers. */
const MAX_URL = 7800;

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  example?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
};
type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; description?: string; schema: JsonSchema };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };
type Row = Record<string, unknown>;

// Rate limiting and load shedding off: thousands of requests from one client in a few seconds are the point here.
const app = await buildApp({ db: openDatabase(inject('databasePath')), rateLimitMax: 0, maxEventLoopDelay: 0 });
afterAll(() => app.close());

async function getJson<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`setup: GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  return response.json() as T;
}

/** Every row of a list, following links.next. */
async function everyRow(path: string): Promise<Row[]> {
  const rows: Row[] = [];
  let next: string | null = `${path}?limit=500`;
  while (next) {
    const page: { data: Row[]; links: { next: string | null } } = await getJson(next);
    rows.push(...page.data);
    next = page.links.next;
  }
  return rows;
}

const doc = await getJson<OpenApi>('/openapi.json');

// ---------------------------------------------------------------------------------------------
// Real values, taken from the API itself and from the enums of its own schemas.

const cities = await everyRow('/cities');
const indicators = await everyRow('/indicators');
const initiatives = await everyRow('/initiatives');
const complaints = await everyRow('/complaints');
const sources = await everyRow('/sources');
const metrics = await everyRow('/metrics');

const strings = (rows: Row[], key: string) => [...new Set(rows.map((r) => r[key]).filter((v): v is string => typeof v === 'string'))];
const evidenceIds = [...indicators, ...initiatives, ...complaints].flatMap((r) => (r.evidence as { id: string }[]).map((e) => e.id));
const dates = [...strings(indicators, 'period_start'), ...strings(indicators, 'period_end')];
const years = [...new Set(dates.map((d) => d.slice(0, 4)))];

/** Enum values of every property named `name` in components.schemas (unit, qualifier, kind, type …). */
function enumsOfProperty(name: string): string[] {
  const found = new Set<string>();
  const walk = (schema: unknown) => {
    if (!schema || typeof schema !== 'object') return;
    if (Array.isArray(schema)) return schema.forEach(walk);
    const s = schema as JsonSchema;
    const property = s.properties?.[name];
    for (const v of property?.enum ?? []) if (typeof v === 'string') found.add(v);
    for (const child of Object.values(s)) walk(child);
  };
  walk(doc.components.schemas);
  return [...found];
}

/** The lowercase words a description lists after its last colon ("…: city, metric, unit."). */
function listedInDescription(description = ''): string[] {
  const at = description.lastIndexOf(':');
  return at < 0 ? [] : (description.slice(at + 1).match(/[a-z][a-z_.]*[a-z]/g) ?? []);
}

const indicatorFields = Object.keys(doc.components.schemas.Indicator?.properties ?? {});
const searchWords = [
  '张掖',
  '張掖',
  '武威',
  '甘肃',
  '三抓三促',
  '招商引资',
  'investment',
  'Zhangye',
  'wuwei',
  '2023',
  '亿元',
  '张',
  '掖',
  'a',
];

/** Real values for a query parameter, by its name. */
const VALUES_BY_NAME: Record<string, string[]> = {
  city: strings(cities, 'slug'),
  cities: strings(cities, 'slug'),
  within: strings(cities, 'slug'),
  metric: strings(metrics, 'key'),
  initiative: strings(initiatives, 'id'),
  source: strings(sources, 'id'),
  period: strings(indicators, 'period'),
  from: dates,
  to: dates,
  year: years,
  q: searchWords,
  sort: [...indicatorFields, ...indicatorFields.map((f) => `-${f}`)],
  facets: indicatorFields,
};

/** Real values for a path parameter, by the collection it stands in. */
const PATH_VALUES: Record<string, string[]> = {
  cities: strings(cities, 'slug'),
  indicators: strings(indicators, 'id'),
  initiatives: strings(initiatives, 'id'),
  complaints: strings(complaints, 'id'),
  sources: strings(sources, 'id'),
  passages: [...new Set(evidenceIds)],
};

// ---------------------------------------------------------------------------------------------
// Values: pieces of a URL component, either text to percent-encode or bytes already encoded.

type Piece = { raw: string } | { enc: string };
type Value = Piece[];

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

const encoded = (value: Value) => value.map((p) => ('raw' in p ? encode(p.raw) : p.enc)).join('');
/** The text the server should decode, when the value is plain text; undefined when it holds raw bytes. */
const decoded = (value: Value) => (value.every((p) => 'raw' in p) ? value.map((p) => ('raw' in p ? p.raw : '')).join('') : undefined);
const raw = (text: string): Value => [{ raw: text }];

const NASTY_TEXT = [
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\u3000',
  '\u200b',
  '\ufeff',
  "'",
  '"',
  '`',
  "' OR '1'='1",
  "'; DROP TABLE indicators; --",
  '1) OR (1=1',
  'UNION SELECT * FROM sqlite_master',
  '%',
  '_',
  '\\',
  'NEAR(张掖 武威, 2)',
  'a NEAR b',
  'NEAR',
  '张掖*',
  '*',
  '-张掖',
  '-',
  '--',
  '(',
  ')',
  '(张掖',
  'a OR b',
  'OR',
  'AND',
  'NOT',
  '张掖 AND 武威',
  '^张掖',
  '^',
  'label_zh:张掖',
  ':',
  '"unterminated',
  '{a b}',
  '+',
  '../',
  '../../etc/passwd',
  '..\\..\\windows',
  '.',
  '..',
  '張掖',
  '張掖市',
  '武威市',
  '😀',
  '👨‍👩‍👧',
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\u0000',
  'wuwei\u0000',
  'null',
  'undefined',
  'true',
  'NaN',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'ＷＵＷＥＩ',
  'WUWEI',
  'Wuwei',
  ' wuwei',
  'wuwei ',
  'wu wei',
  'wuwei,',
  ',wuwei',
  ',',
  ',,,',
  'wuwei,,zhangye',
  'zhāngyè',
  'İ',
  'ﬃ',
];

const NASTY_BYTES = [
  '%ED%A0%80',
  '%ED%BF%BF',
  '%00',
  '%2e%2e%2f',
  '%2e%2e%2F%2e%2e%2F',
  '..%2f',
  '%2F',
  '%5C',
  '%E4%B8',
  '%E5',
  '%',
  '%%',
  '%zz',
  '%C0%AF',
  '%FF%FE',
  '+',
  '%20',
  '%0A',
  '%0D%0A',
  '%25',
  '%26',
  '%3D',
  '%23',
  '%3F',
  '%2C',
];

const NUMBER_EDGES = [
  '0',
  '-1',
  '1',
  '500',
  '501',
  '1000000',
  '1000001',
  '1e308',
  '-1e308',
  '1e309',
  '5e-324',
  '1e3',
  '-0',
  '0.5',
  '1.0',
  '.5',
  '5.',
  '+5',
  ' 5',
  '5 ',
  '0x10',
  '0b11',
  '1_000',
  '9007199254740993',
  '99999999999999999999999',
  'Infinity',
  '-Infinity',
  'NaN',
  '',
  'null',
  'true',
  '1,2',
  '2023-01-01',
  '1899',
  '1900',
  '2100',
  '2101',
];

/** Very long values, kept under the URL limit by their encoded size. */
const longText = fc
  .tuple(fc.constantFrom('a', '张', '😀', "'", ' ', '(', '*', '-', 'wuwei,'), fc.integer({ min: 65, max: 6000 }))
  .map(([unit, n]) => unit.repeat(Math.max(1, Math.min(n, Math.floor(6000 / encode(unit).length)))));

const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
);

/** Anything at all: hostile text, raw bytes, mixtures with a valid value, long strings, random unicode. */
function nastyValue(valid: fc.Arbitrary<string>): fc.Arbitrary<Value> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT).map(raw) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_BYTES).map((enc): Value => [{ enc }]) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBER_EDGES).map(raw) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...NASTY_BYTES), fc.boolean())
        .map(([v, enc, before]): Value => (before ? [{ enc }, { raw: v }] : [{ raw: v }, { enc }])),
    },
    { weight: 2, arbitrary: fc.tuple(valid, fc.constantFrom(...NASTY_TEXT)).map(([v, t]) => raw(v + t)) },
    { weight: 2, arbitrary: anyText.map(raw) },
    { weight: 1, arbitrary: longText.map(raw) },
  );
}

function numberValid(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minimum ?? -1e6;
  const max = schema.maximum ?? 1e6;
  const edges = [min, max, min + 1, max - 1].filter((n) => n >= min && n <= max).map(String);
  const whole = fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) }).map(String);
  if (schema.type === 'integer') return fc.oneof(whole, fc.constantFrom(...edges));
  const real = fc.double({ min: -1e15, max: 1e15, noNaN: true }).map(String);
  return fc.oneof(whole, real, fc.constantFrom(...edges, '1e308', '-1e308', '0'));
}

/** A documented value for a parameter: its enum, its real values, a comma list of them, or a number in range. */
function validValue(param: Parameter): fc.Arbitrary<string> {
  const s = param.schema;
  if (s.type === 'integer' || s.type === 'number') {
    const real = VALUES_BY_NAME[param.name];
    return real?.length ? fc.oneof(numberValid(s), fc.constantFrom(...real)) : numberValid(s);
  }
  const choices = [
    ...new Set([
      ...(s.enum ?? []).filter((v): v is string => typeof v === 'string'),
      ...(VALUES_BY_NAME[param.name] ?? []),
      ...enumsOfProperty(param.name),
      ...listedInDescription(param.description),
      ...(typeof s.example === 'string' ? [s.example] : []),
    ]),
  ];
  const one = choices.length > 0 ? fc.constantFrom(...choices) : fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 });
  if (!/comma/i.test(param.description ?? '')) return one;
  return fc.oneof(
    one,
    fc.array(one, { minLength: 2, maxLength: 4 }).map((vs) => vs.join(',')),
    fc.array(one, { minLength: 1, maxLength: 3 }).map((vs) => ` ${vs.join(' , ')} ,`),
  );
}

// ---------------------------------------------------------------------------------------------
// Requests.

type Pair = { name: Value; value: Value | null };
type Request = { path: string; pairs: Pair[]; accept?: string };

const UNKNOWN_NAMES = [
  'ctiy',
  'LIMIT',
  'Limit',
  'limit ',
  ' limit',
  'x',
  '',
  '__proto__',
  'constructor',
  'toString',
  'q[]',
  'a[b]',
  '張掖',
  'limit.1',
];

const ACCEPT_SIMPLE = [undefined, 'application/json', 'text/csv', '*/*'];
const ACCEPT_ALL = [
  ...ACCEPT_SIMPLE,
  'text/csv, application/json',
  'application/json, text/csv',
  'text/csv;q=0.5, application/json',
  'application/json;q=0.5, text/csv',
  'text/csv;q=0, application/json',
  'text/*',
  'text/html',
  'application/json; charset=utf-8',
  'text/csv; charset=utf-8',
];

function pairArb(params: Parameter[], validOnly: boolean): fc.Arbitrary<Pair> {
  const documented = params.map((param) =>
    fc
      .oneof(
        { weight: validOnly ? 1 : 3, arbitrary: validValue(param).map(raw) },
        ...(validOnly ? [] : [{ weight: 3, arbitrary: nastyValue(validValue(param)) }]),
      )
      .map((value): Pair => ({ name: raw(param.name), value })),
  );
  if (validOnly) return fc.oneof(...documented);
  const unknown = fc
    .tuple(fc.oneof(fc.constantFrom(...UNKNOWN_NAMES), fc.string({ unit: 'grapheme', maxLength: 8 })), fc.constantFrom('1', 'wuwei', ''))
    .map(([name, value]): Pair => ({ name: raw(name), value: raw(value) }));
  const valueless = fc.constantFrom(...params.map((p) => p.name), 'x').map((name): Pair => ({ name: raw(name), value: null }));
  const oddName = fc
    .constantFrom(...NASTY_BYTES)
    .map((enc): Pair => ({ name: [{ raw: params[0]?.name ?? 'x' }, { enc }], value: raw('1') }));
  return fc.oneof({ weight: 12, arbitrary: fc.oneof(...(documented.length ? documented : [unknown])) }, unknown, valueless, oddName);
}

/** Query pairs: valid ones (required parameters always there, names unique), or anything (repeats, unknowns, hostile values). */
function queryArb(params: Parameter[]): fc.Arbitrary<Pair[]> {
  const required = params.filter((p) => p.required);
  const optional = params.filter((p) => !p.required);
  const requiredPairs = fc.tuple(...required.map((p) => validValue(p).map((v): Pair => ({ name: raw(p.name), value: raw(v) }))));
  const valid = fc
    .tuple(
      requiredPairs,
      optional.length
        ? fc.uniqueArray(pairArb(optional, true), { maxLength: Math.min(4, optional.length), selector: (p) => encoded(p.name) })
        : fc.constant<Pair[]>([]),
    )
    .map(([req, opt]) => [...req, ...opt]);
  const anything = fc
    .tuple(fc.array(pairArb(params, false), { maxLength: 6 }), fc.boolean())
    .chain(([pairs, repeat]) =>
      repeat && pairs.length > 0
        ? fc.nat(pairs.length - 1).map((i) => [...pairs, { ...pairs[i], value: pairs[i].value ?? raw('2') }])
        : fc.constant(pairs),
    );
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: anything });
}

/** The path with its parameters put in: real values, or hostile ones. */
function pathArb(template: string, hostile: boolean): fc.Arbitrary<string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (names.length === 0) return fc.constant(template);
  const collection = template.split('/')[1];
  const real = PATH_VALUES[collection] ?? [];
  const validArb = fc.constantFrom(...(real.length ? real : ['x']));
  const pathHostile = fc.oneof(
    nastyValue(validArb),
    fc.constantFrom('..', '.', '../', './', '../..', '..%2f', '%2e%2e', '%2e%2e%2f', '%2f', '/', '//').map((enc): Value => [{ enc }]),
    fc.integer({ min: 60, max: 3000 }).map((n) => raw('a'.repeat(n))),
    fc.integer({ min: 20, max: 400 }).map((n) => raw('張'.repeat(n))),
    validArb.map((v) => raw(v.toUpperCase())),
  );
  const valueArb = hostile
    ? fc.oneof({ weight: 1, arbitrary: validArb.map(raw) }, { weight: 4, arbitrary: pathHostile })
    : validArb.map(raw);
  return fc.tuple(...names.map(() => valueArb)).map((values) => {
    let path = template;
    names.forEach((name, i) => {
      path = path.replace(`{${name}}`, encoded(values[i]));
    });
    return path;
  });
}

function urlOf(request: Request): string {
  let pairs = request.pairs.map((p) => (p.value === null ? encoded(p.name) : `${encoded(p.name)}=${encoded(p.value)}`));
  const build = () => (pairs.length ? `${request.path}?${pairs.join('&')}` : request.path);
  while (build().length > MAX_URL && pairs.length > 0) pairs = pairs.slice(0, -1);
  return build();
}

// ---------------------------------------------------------------------------------------------
// What an answer must be.

// Ajv is CommonJS; under Node's ESM its default export is the module, whose `default` is the class.
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
const BASE = 'https://fuzz.invalid/openapi.json';
ajv.addSchema({ $id: BASE, components: doc.components });

/** The schema with every local $ref pointed into the registered OpenAPI document. */
function rebased(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebased);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${BASE}${v}` : rebased(v)]),
  );
}

const problemValidator = ajv.compile({ $ref: `${BASE}#/components/schemas/Problem` });

/** Media types of /…/cite, by format (the document only says "the media type of the format asked for"). */
const CITATION_TYPES: Record<string, string> = {
  text: 'text/plain',
  bibtex: 'application/x-bibtex',
  'csl-json': 'application/vnd.citationstyles.csl+json',
};

/**
 * Which representation an Accept header asks for (RFC 9110 §12.5.1): JSON when it ranks JSON above CSV;
 * CSV when it names text/csv and ranks it above JSON (README: "Accept: text/csv" gives CSV). A tie, or
 * CSV reached only through a wildcard (text/*), leaves the server free to choose or to send its default.
 */
function negotiated(accept: string | undefined): 'json' | 'csv' | 'either' {
  if (!accept) return 'json';
  const ranges = accept.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { type, q: q ? Number(q.slice(2)) : 1 };
  });
  const quality = (type: string) => {
    const [major] = type.split('/');
    const match =
      ranges.find((r) => r.type === type) ?? ranges.find((r) => r.type === `${major}/*`) ?? ranges.find((r) => r.type === '*/*');
    return match?.q ?? 0;
  };
  const csv = quality('text/csv');
  const json = quality('application/json');
  if (csv > json) return ranges.some((r) => r.type === 'text/csv') ? 'csv' : 'either';
  if (json > csv) return 'json';
  return 'either';
}

type Checked = { operation: string; kind: 'path' | 'query' | 'representation' };

const counts = new Map<string, { requests: number; ok: number; clientError: number }>();

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

function describeExchange(url: string, accept: string | undefined, status: number, type: string, body: string) {
  return `GET ${clip(url, 400)}${accept ? ` (Accept: ${accept})` : ''}\n  → ${status} ${type}\n  ${clip(body, 400)}`;
}

/** The documented operation a path reaches. The client resolves dot segments first: /cities/.. is /. */
function routeFor(pathname: string): Route | undefined {
  const segments = pathname.split('/');
  const candidates = routes.filter((r) => {
    const template = r.template.split('/');
    return template.length === segments.length && template.every((t, i) => t.startsWith('{') || t === segments[i]);
  });
  const literal = (r: Route) => r.template.split('/').filter((t) => !t.startsWith('{')).length;
  return candidates.sort((a, b) => literal(b) - literal(a))[0];
}

/** A request as fast-check prints a counterexample: the request line, not the pieces it was made of. */
function printable(request: Request): Request {
  const line = `GET ${clip(urlOf(request), 300)}${request.accept ? ` (Accept: ${request.accept})` : ''}`;
  return Object.assign(request, { [fc.toStringMethod]: () => line });
}

/** Strong ETags: one ETag, one body. */
const bodiesByEtag = new Map<string, string>();

/** A documented operation; validate gives the schema errors of a 200 body, or null when it matches. */
type Route = { template: string; op: Operation; params: Parameter[]; query: Parameter[]; validate: (body: unknown) => string | null };

async function send(request: Request, checked: Checked): Promise<void> {
  const url = urlOf(request);
  const response = await app.inject({ method: 'GET', url, headers: request.accept ? { accept: request.accept } : {} });
  const status = response.statusCode;
  const type = String(response.headers['content-type'] ?? '');
  const body = response.body;
  const tally = counts.get(checked.operation) ?? { requests: 0, ok: 0, clientError: 0 };
  tally.requests++;
  counts.set(checked.operation, tally);
  // An exception: fast-check shrinks the request, and the message says what came back.
  const fail = (why: string): never => {
    throw new Error(`${checked.operation} [${checked.kind}]: ${why}\n${describeExchange(url, request.accept, status, type, body)}`);
  };

  if (status >= 400 && status < 500) {
    tally.clientError++;
    if (!/^application\/problem\+json\s*(;|$)/.test(type)) fail('a 4xx that is not application/problem+json');
    let problem: { type?: unknown; title?: unknown; status?: unknown; detail?: unknown };
    try {
      problem = JSON.parse(body);
    } catch {
      return fail('a 4xx whose body is not JSON');
    }
    if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || typeof problem.detail !== 'string') {
      fail('a problem without type, title and detail');
    }
    if (problem.status !== status) fail(`a problem whose status (${String(problem.status)}) is not the HTTP status`);
    if (!problemValidator(problem)) fail(`a problem that does not match the Problem schema: ${ajv.errorsText(problemValidator.errors)}`);
    return;
  }
  if (status < 200 || status >= 300) return fail(status >= 500 ? 'a server error' : 'neither a 2xx nor a 4xx');
  tally.ok++;

  const etag = response.headers.etag;
  if (typeof etag === 'string') {
    const earlier = bodiesByEtag.get(etag);
    if (earlier !== undefined && earlier !== body) fail(`the ETag ${etag} of another answer (${clip(JSON.stringify(earlier), 120)})`);
    bodiesByEtag.set(etag, body);
  }

  const seen = new URL(url.startsWith('//') ? `http://localhost${url}` : url, 'http://localhost');
  const route = routeFor(seen.pathname);
  if (!route) return fail(`a 2xx for ${seen.pathname}, which is not in the document`);

  const formatPairs = request.pairs.filter((p) => decoded(p.name) === 'format');
  const format = formatPairs.length === 1 && formatPairs[0].value ? decoded(formatPairs[0].value) : formatPairs.length ? null : undefined;
  const formatParam = route.query.find((p) => p.name === 'format');
  if (format === null || (format !== undefined && !formatParam?.schema.enum?.includes(format))) {
    fail('a 2xx for a format= outside its documented enum');
  }

  if (route.template.endsWith('/cite')) {
    const expected = CITATION_TYPES[format ?? String(formatParam?.schema.default ?? 'text')];
    if (!type.startsWith(expected)) fail(`a citation whose content type is not ${expected}`);
    if (body.trim() === '') fail('an empty citation');
    if (expected.endsWith('+json')) {
      try {
        JSON.parse(body);
      } catch {
        fail('CSL-JSON that does not parse');
      }
    }
    return;
  }

  const supportsCsv = formatParam?.schema.enum?.includes('csv') ?? false;
  const wanted = !supportsCsv ? 'json' : format !== undefined ? format : negotiated(request.accept);
  const isCsv = /^text\/csv\s*(;|$)/.test(type);
  const isJson = /^application\/json\s*(;|$)/.test(type);
  if (wanted === 'csv' && !isCsv) fail('asked for CSV, got another content type');
  if (wanted === 'json' && !isJson) fail('asked for JSON, got another content type');
  if (!isCsv && !isJson) fail('a 2xx that is neither JSON nor CSV');
  if (isCsv) {
    if (!body.startsWith('\ufeff')) fail('CSV without its byte order mark');
    if (!/^attachment; filename="[^"]+\.csv"$/.test(String(response.headers['content-disposition'] ?? ''))) {
      fail('CSV without an attachment file name');
    }
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail('a JSON 2xx whose body does not parse');
  }
  const errors = route.validate(json);
  if (errors) fail(`a body that does not match the documented 200 schema: ${errors}`);
}

const routes: Route[] = Object.entries(doc.paths).flatMap(([template, methods]) =>
  Object.entries(methods)
    .filter(([method]) => method === 'get')
    .map(([, op]) => {
      // JSON answers have a JSON schema; others (citations) document one schema per media type.
      const content = op.responses['200']?.content ?? {};
      const schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
      if (!schema) throw new Error(`${op.operationId}: no documented 200 schema`);
      const compiled = ajv.compile(rebased(schema) as object);
      const params = op.parameters ?? [];
      return {
        template,
        op,
        params,
        query: params.filter((p) => p.in === 'query'),
        validate: (body: unknown) => (compiled(body) ? null : ajv.errorsText(compiled.errors)),
      };
    }),
);

/** Runs per property: many for the operations with many parameters, few for the ones that take none. */
function runs(route: Route, kind: Checked['kind']): number {
  if (kind === 'representation') return 30;
  if (kind === 'path') return 60;
  return Math.min(260, 30 + 22 * route.query.length);
}

const ALL_ACCEPT = fc.constantFrom(...ACCEPT_ALL);
const SIMPLE_ACCEPT = fc.constantFrom(...ACCEPT_SIMPLE);

/** A handful of valid query strings for an operation, so the representation property repeats requests. */
function fewQueries(route: Route): Pair[][] {
  const limit = route.query.find((p) => p.name === 'limit');
  const required = route.query.filter((p) => p.required);
  const base = required.map((p): Pair => ({ name: raw(p.name), value: raw(fc.sample(validValue(p), { seed: SEED, numRuns: 1 })[0]) }));
  if (route.op.operationId === 'compareCities') base.push({ name: raw('cities'), value: raw('wuwei,gansu') });
  return limit ? [base, [...base, { name: raw('limit'), value: raw('2') }]] : [base];
}

describe('fuzzing every operation of /openapi.json', () => {
  it('finds operations to fuzz', ({ expect }) => {
    expect(routes.length).toBeGreaterThan(10);
    expect(PATH_VALUES.cities.length).toBeGreaterThan(3);
  });

  for (const route of routes) {
    const operation = route.op.operationId;
    const hasPathParams = route.params.some((p) => p.in === 'path');

    it(`${operation} (${route.template}): generated queries`, { timeout: 60_000 }, async () => {
      const arb = fc.record({ path: pathArb(route.template, false), pairs: queryArb(route.query), accept: SIMPLE_ACCEPT }).map(printable);
      await fc.assert(
        fc.asyncProperty(arb, (request) => send(request, { operation, kind: 'query' })),
        { seed: SEED, numRuns: runs(route, 'query') },
      );
    });

    if (hasPathParams) {
      it(`${operation} (${route.template}): generated path parameters`, { timeout: 60_000 }, async () => {
        const arb = fc
          .record({
            path: pathArb(route.template, true),
            pairs: fc.oneof(fc.constant<Pair[]>([]), queryArb(route.query)),
            accept: SIMPLE_ACCEPT,
          })
          .map(printable);
        await fc.assert(
          fc.asyncProperty(arb, (request) => send(request, { operation, kind: 'path' })),
          { seed: SEED, numRuns: runs(route, 'path') },
        );
      });
    }

    it(`${operation} (${route.template}): JSON or CSV as asked, asked again and again`, { timeout: 60_000 }, async () => {
      const formats = route.query.find((p) => p.name === 'format')?.schema.enum?.filter((v): v is string => typeof v === 'string') ?? [];
      const arb = fc
        .record({
          path: fc.constantFrom(...fc.sample(pathArb(route.template, false), { seed: SEED, numRuns: 3 })),
          base: fc.constantFrom(...fewQueries(route)),
          format: fc.constantFrom(undefined, ...formats),
          accept: ALL_ACCEPT,
        })
        .map(
          ({ path, base, format, accept }): Request =>
            printable({ path, pairs: format === undefined ? base : [...base, { name: raw('format'), value: raw(format) }], accept }),
        );
      await fc.assert(
        fc.asyncProperty(arb, (request) => send(request, { operation, kind: 'representation' })),
        { seed: SEED, numRuns: runs(route, 'representation') },
      );
    });
  }
});

afterAll(() => {
  const lines = [...counts.entries()].map(
    ([operation, c]) =>
      `  ${operation.padEnd(22)} ${String(c.requests).padStart(5)} requests  ${String(c.ok).padStart(5)} 2xx  ${String(c.clientError).padStart(5)} 4xx`,
  );
  const total = [...counts.values()].reduce((n, c) => n + c.requests, 0);
  console.log(`fuzz: ${total} requests (seed ${SEED})\n${lines.join('\n')}`);
});
