/**
 * What the fuzzer sends: values for query and path parameters, real ones (taken from the API and
 * from its own schemas) and hostile ones, put together into requests. Pure: the real values come in
 * as `Pools`, built once the app is up, so nothing here needs the app.
 */
import fc from 'fast-check';
import type { JsonSchema, OpenApi, Parameter } from './oracle.ts';
import { encoded, type Pair, type Row, raw, type Value } from './requests.ts';

/** Fixed, so that a failure replays: every property and every sample uses it. */
export const SEED = 20230213;

// ---------------------------------------------------------------------------------------------
// Real values, taken from the API itself and from the enums of its own schemas.

export const COLLECTIONS = ['cities', 'indicators', 'initiatives', 'complaints', 'sources', 'metrics'] as const;
export type RealRows = Record<(typeof COLLECTIONS)[number], Row[]>;
/** byName: real values for a query parameter, by its name; byCollection: for a path parameter, by the collection it stands in. */
export type Pools = { byName: Record<string, string[]>; byCollection: Record<string, string[]>; schemas: Record<string, JsonSchema> };

const strings = (rows: Row[], key: string) => [...new Set(rows.map((r) => r[key]).filter((v): v is string => typeof v === 'string'))];

// biome-ignore format: place names in simplified and traditional characters, campaign words, English, then single characters
const SEARCH_WORDS = [
  '张掖', '張掖', '武威', '甘肃', '三抓三促', '招商引资', 'investment', 'Zhangye', 'wuwei', '2023', '亿元', '张', '掖', 'a',
];

// biome-ignore format: claims of each kind /check reads, in the three scripts
const CLAIMS = [
  '武威市2023年招商引资到位资金约429亿元', '2023年武威市接待遊客1962.3萬人次', "Wuwei's investment funds in place reached 42.9 billion yuan in 2023",
  '张掖市2023年一季度考评92个部门', '甘肃开展两轮集中督查', '山丹县给予骏马奖奖励千万元', '武威民间投资下降12.3%', '2023年武威省外到位资金增速高于全省目标24.75个百分点',
  'Party organizations in Wuwei held exactly 5000 theory study central group sessions', '張掖市招商局簽約金額243.48億元', '全省5961.27亿元', 'In Q1 2021 Jiuquan grew 68.1 percent',
];

// biome-ignore format: figures at and past the edges of what the reader reads: long, tiny, stacked magnitudes, odd digits and separators
const FIGURE_EDGES = [
  '9'.repeat(24), '9'.repeat(25), '9'.repeat(190), `0.${'0'.repeat(150)}1`, '1e308', '1e309', '1,000,000,000,000,000,000,000,000', '1,0000,000', '3.4.5.6', '1,2,3,4',
  '一千万亿亿亿亿', '千'.repeat(150), `${'九'.repeat(150)}亿`, '1亿亿亿亿亿亿元', '99999999999999999999999 trillion billion million yuan', '-0', '−5%', '5%%%%', '百分之百分之',
  '٣٤٥亿元', '１２３亿元', '𝟗𝟗亿元', '12\u0000亿元', '武威 ١٢٣ 亿元', '2023年2024年2025年', 'Q5 2023', '2023年第五季度', '第14期', '3月16日', '张掖 0 个', '武威.5亿元',
];

export function valuePools({ cities, indicators, initiatives, complaints, sources, metrics }: RealRows, doc: OpenApi): Pools {
  const evidenceIds = [...indicators, ...initiatives, ...complaints].flatMap((r) => (r.evidence as { id: string }[]).map((e) => e.id));
  const dates = [...strings(indicators, 'period_start'), ...strings(indicators, 'period_end')];
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
  const indicatorFields = Object.keys(doc.components.schemas.Indicator?.properties ?? {});
  return {
    byName: {
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
      q: SEARCH_WORDS,
      claim: [...CLAIMS, ...FIGURE_EDGES],
      sort: [...indicatorFields, ...indicatorFields.map((f) => `-${f}`)],
      facets: indicatorFields,
    },
    byCollection: {
      cities: strings(cities, 'slug'),
      indicators: strings(indicators, 'id'),
      initiatives: strings(initiatives, 'id'),
      complaints: strings(complaints, 'id'),
      sources: strings(sources, 'id'),
      passages: [...new Set(evidenceIds)],
    },
    schemas: doc.components.schemas,
  };
}

/** Enum values of every property named `name` in components.schemas (unit, qualifier, kind, type …). */
function enumsOfProperty(schemas: Record<string, JsonSchema>, name: string): string[] {
  const found = new Set<string>();
  const walk = (schema: unknown) => {
    if (!schema || typeof schema !== 'object') return;
    if (Array.isArray(schema)) return schema.forEach(walk);
    const s = schema as JsonSchema;
    const property = s.properties?.[name];
    for (const v of property?.enum ?? []) if (typeof v === 'string') found.add(v);
    for (const child of Object.values(s)) walk(child);
  };
  walk(schemas);
  return [...found];
}

/** The lowercase words a description lists after its last colon ("…: city, metric, unit."). */
function listedInDescription(description = ''): string[] {
  const at = description.lastIndexOf(':');
  return at < 0 ? [] : (description.slice(at + 1).match(/[a-z][a-z_.]*[a-z]/g) ?? []);
}

// ---------------------------------------------------------------------------------------------
// Hostile values. The order of these lists is part of the fixed seed: fc.constantFrom picks by index.
// biome-ignore format: one line for each kind of trouble (blanks, SQL and LIKE, FTS5, traversal, unicode, JavaScript, case and commas)
const NASTY_TEXT = [
  '', ' ', '   ', '\t', '\n', '\r\n', '\u3000', '\u200b', '\ufeff',
  "'", '"', '`', "' OR '1'='1", "'; DROP TABLE indicators; --", '1) OR (1=1', 'UNION SELECT * FROM sqlite_master', '%', '_', '\\',
  'NEAR(张掖 武威, 2)', 'a NEAR b', 'NEAR', '张掖*', '*', '-张掖', '-', '--', '(', ')', '(张掖', 'a OR b', 'OR', 'AND', 'NOT',
  '张掖 AND 武威', '^张掖', '^', 'label_zh:张掖', ':', '"unterminated', '{a b}', '+',
  '../', '../../etc/passwd', '..\\..\\windows', '.', '..',
  '張掖', '張掖市', '武威市', '😀', '👨‍👩‍👧', '\ud800', '\udfff', 'a\ud800b', '\u0000', 'wuwei\u0000',
  'null', 'undefined', 'true', 'NaN', '[]', '{}', '__proto__', 'constructor', '<script>alert(1)</script>',
  'ＷＵＷＥＩ', 'WUWEI', 'Wuwei', ' wuwei', 'wuwei ', 'wu wei', 'wuwei,', ',wuwei', ',', ',,,', 'wuwei,,zhangye', 'zhāngyè', 'İ', 'ﬃ',
];

// biome-ignore format: lone surrogates and NUL, traversal, truncated or invalid UTF-8 and escapes, then encoded delimiters
const NASTY_BYTES = [
  '%ED%A0%80', '%ED%BF%BF', '%00', '%2e%2e%2f', '%2e%2e%2F%2e%2e%2F', '..%2f', '%2F', '%5C',
  '%E4%B8', '%E5', '%', '%%', '%zz', '%C0%AF', '%FF%FE',
  '+', '%20', '%0A', '%0D%0A', '%25', '%26', '%3D', '%23', '%3F', '%2C',
];

// biome-ignore format: bounds, overflow and float forms, then what JavaScript's Number() accepts and SQLite may not, then non-numbers and years
const NUMBER_EDGES = [
  '0', '-1', '1', '500', '501', '1000000', '1000001', '1e308', '-1e308', '1e309', '5e-324', '1e3', '-0', '0.5', '1.0', '.5', '5.',
  '+5', ' 5', '5 ', '0x10', '0b11', '1_000', '9007199254740993', '99999999999999999999999', 'Infinity', '-Infinity', 'NaN',
  '', 'null', 'true', '1,2', '2023-01-01', '1899', '1900', '2100', '2101',
];

/** Very long values, kept under the URL limit by their encoded size. */
const longText = fc
  .tuple(fc.constantFrom('a', '张', '😀', "'", ' ', '(', '*', '-', 'wuwei,'), fc.integer({ min: 65, max: 6000 }))
  .map(([unit, n]) => unit.repeat(Math.max(1, Math.min(n, Math.floor(6000 / encoded(raw(unit)).length)))));

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
function validValue(param: Parameter, pools: Pools): fc.Arbitrary<string> {
  const s = param.schema;
  if (s.type === 'integer' || s.type === 'number') {
    const real = pools.byName[param.name];
    return real?.length ? fc.oneof(numberValid(s), fc.constantFrom(...real)) : numberValid(s);
  }
  const choices = [
    ...new Set([
      ...(s.enum ?? []).filter((v): v is string => typeof v === 'string'),
      ...(pools.byName[param.name] ?? []),
      ...enumsOfProperty(pools.schemas, param.name),
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
// Requests: query pairs, paths and Accept headers.

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
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'text/html;q=0.5, application/json',
  'application/json; charset=utf-8',
  'text/csv; charset=utf-8',
];
/** The plain Accept headers, for the properties about parameters. */
export const simpleAccept = fc.constantFrom(...ACCEPT_SIMPLE);
/** Every Accept header, with wildcards and q-values, for the property about representations. */
export const anyAccept = fc.constantFrom(...ACCEPT_ALL);

function pairArb(params: Parameter[], validOnly: boolean, pools: Pools): fc.Arbitrary<Pair> {
  const documented = params.map((param) =>
    fc
      .oneof(
        { weight: validOnly ? 1 : 3, arbitrary: validValue(param, pools).map(raw) },
        ...(validOnly ? [] : [{ weight: 3, arbitrary: nastyValue(validValue(param, pools)) }]),
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
export function queryArb(params: Parameter[], pools: Pools): fc.Arbitrary<Pair[]> {
  const required = params.filter((p) => p.required);
  const optional = params.filter((p) => !p.required);
  const requiredPairs = fc.tuple(...required.map((p) => validValue(p, pools).map((v): Pair => ({ name: raw(p.name), value: raw(v) }))));
  const valid = fc
    .tuple(
      requiredPairs,
      optional.length
        ? fc.uniqueArray(pairArb(optional, true, pools), { maxLength: Math.min(4, optional.length), selector: (p) => encoded(p.name) })
        : fc.constant<Pair[]>([]),
    )
    .map(([req, opt]) => [...req, ...opt]);
  const anything = fc
    .tuple(fc.array(pairArb(params, false, pools), { maxLength: 6 }), fc.boolean())
    .chain(([pairs, repeat]) =>
      repeat && pairs.length > 0
        ? fc.nat(pairs.length - 1).map((i) => [...pairs, { ...pairs[i], value: pairs[i].value ?? raw('2') }])
        : fc.constant(pairs),
    );
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: anything });
}

/** The path with its parameters put in: real values, or hostile ones. */
export function pathArb(template: string, hostile: boolean, pools: Pools): fc.Arbitrary<string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (names.length === 0) return fc.constant(template);
  const collection = template.split('/')[1];
  const real = pools.byCollection[collection] ?? [];
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

/** A handful of valid query strings for an operation, so the representation property repeats requests. */
export function fewQueries(operationId: string, query: Parameter[], pools: Pools): Pair[][] {
  const limit = query.find((p) => p.name === 'limit');
  const required = query.filter((p) => p.required);
  const base = required.map(
    (p): Pair => ({ name: raw(p.name), value: raw(fc.sample(validValue(p, pools), { seed: SEED, numRuns: 1 })[0]) }),
  );
  // The document's own example of cities=, so that the repeated comparisons are of named areas.
  if (operationId === 'compareCities') base.push({ name: raw('cities'), value: raw('wuwei,gansu') });
  return limit ? [base, [...base, { name: raw('limit'), value: raw('2') }]] : [base];
}

// ---------------------------------------------------------------------------------------------
// Bodies for POST /check, and arguments for the MCP tools.

/** Text for a claim or a paragraph: real claims, figures at the edges, hostile text, mixtures of all of them, and long runs. */
export const claimTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CLAIMS) },
  { weight: 3, arbitrary: fc.constantFrom(...FIGURE_EDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...CLAIMS, ...FIGURE_EDGES, ...NASTY_TEXT, '。', '\n\n', ', '), { minLength: 2, maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: anyText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('1亿元', '张', '😀', '9', '武威', ' ', '.'), fc.integer({ min: 100, max: 2100 }))
      .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  },
);

/** A body for POST /check: { text } of any of those, its wrong shapes, JSON that does not parse, and bodies past the limit. */
export const checkBodyArb: fc.Arbitrary<{ body: string; contentType?: string }> = fc.oneof(
  { weight: 8, arbitrary: claimTextArb.map((text) => ({ body: JSON.stringify({ text }), contentType: 'application/json' })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<unknown>(
        {},
        [],
        'text',
        1,
        null,
        true,
        { text: 1 },
        { text: null },
        { text: ['a'] },
        { text: { a: 1 } },
        { text: 'a', extra: 1 },
        { Text: 'a' },
        { __proto__: { text: 'a' } },
      )
      .map((value) => ({ body: JSON.stringify(value) ?? 'null', contentType: 'application/json' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('', '{', '{"text":', '{"text":"\\ud800"}', '{"text":"a"}}', 'null', '\u0000', '{"text":"a","text":"b"}')
      .map((body) => ({ body, contentType: 'application/json' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        claimTextArb,
        fc.constantFrom(
          undefined,
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
          'multipart/form-data',
          'application/xml',
        ),
      )
      .map(([text, contentType]) => ({ body: JSON.stringify({ text }), contentType })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 30_000, max: 40_000 })
      .map((n) => ({ body: JSON.stringify({ text: 'x'.repeat(n) }), contentType: 'application/json' })),
  },
);

/** A tool's input schema, as tools/list gives it. */
export type ToolSchema = { properties?: Record<string, JsonSchema & { items?: JsonSchema; maxItems?: number }>; required?: string[] };

/** A valid value for one tool argument: real values for the API parameter of the same name, enums, numbers in range. */
function toolValue(name: string, schema: JsonSchema & { items?: JsonSchema; maxItems?: number }, pools: Pools): fc.Arbitrary<unknown> {
  if (schema.type === 'array' && schema.items) {
    const item = toolValue(name, schema.items, pools);
    return fc.array(item, { minLength: 1, maxLength: 3 });
  }
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'integer' || schema.type === 'number') return numberValid(schema).map(Number);
  const real = [...(schema.enum ?? []).filter((v): v is string => typeof v === 'string'), ...(pools.byName[name] ?? [])];
  if (name === 'id') real.push(...Object.values(pools.byCollection).flat().slice(0, 400));
  return real.length ? fc.constantFrom(...real) : fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
}

/** Anything at all where an argument goes: hostile text, wrong types, long or huge arrays, nested objects, edge numbers. */
const hostileArgument: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  claimTextArb,
  fc.constantFrom(...NUMBER_EDGES).map((n) => (Number.isFinite(Number(n)) && n.trim() !== '' ? Number(n) : n)),
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, [], {}, [[]], { a: { b: 1 } }, [
    'a',
    1,
    null,
  ]),
  fc.array(fc.constantFrom('wuwei', 'CNY', '', '-value', '張掖'), { minLength: 40, maxLength: 60 }),
  longText,
);

/** Arguments for a tool: valid ones for its schema, or any mixture of valid, hostile, missing and unknown arguments. */
export function toolArgumentsArb(schema: ToolSchema, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const entry = ([name, property]: [string, JsonSchema & { items?: JsonSchema }], hostile: boolean) =>
    (hostile ? fc.oneof(toolValue(name, property, pools), hostileArgument) : toolValue(name, property, pools)).map(
      (value) => [name, value] as const,
    );
  const valid = fc
    .tuple(...properties.map((p) => fc.option(entry(p, false), { nil: undefined, freq: required.has(p[0]) ? 100 : 2 })))
    .map((entries) => Object.fromEntries(entries.filter((e) => e !== undefined)));
  const anything = fc
    .tuple(
      fc.array(properties.length ? fc.constantFrom(...properties).chain((p) => entry(p, true)) : fc.constant(['x', 1] as const), {
        maxLength: 5,
      }),
      fc.array(fc.tuple(fc.constantFrom(...UNKNOWN_NAMES), hostileArgument), { maxLength: 2 }),
    )
    .map(([known, unknown]) => Object.fromEntries([...known, ...unknown]));
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: anything });
}

/** A JSON-RPC message to POST /mcp: of a real method or not, with any id, any params, in a batch, or not JSON-RPC at all. */
export const mcpMessageArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        jsonrpc: fc.constantFrom<unknown>('2.0', '2.0', '1.0', 2, undefined),
        id: fc.constantFrom<unknown>(1, 'a', 0, -1, null, undefined, { a: 1 }, 1e308),
        method: fc.constantFrom<unknown>(
          'initialize',
          'tools/list',
          'tools/call',
          'resources/list',
          'resources/read',
          'resources/templates/list',
          'ping',
          'nope',
          '',
          1,
        ),
        params: fc.oneof(
          fc.constantFrom<unknown>(undefined, null, [], {}, 'x'),
          fc.record({
            name: fc.constantFrom<unknown>('search', 'compare', 'get_record', 'check_claim', 'nope', 1),
            arguments: fc.constantFrom<unknown>({}, [], null, 'x', { q: '张掖' }, { id: '../..' }),
          }),
          fc.record({
            uri: fc.constantFrom<unknown>(
              'ledger://sources/000',
              'ledger://sources/../../etc/passwd',
              'ledger://sources/%00',
              'ledger://metrics',
              'file:///etc/passwd',
              1,
            ),
          }),
        ),
      })
      .map((message) => JSON.stringify(message)),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('{"jsonrpc":"2.0","id":1,"method":"ping"}', '{}', '1'), { maxLength: 120 })
      .map((items) => `[${items.join(',')}]`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_TEXT) },
);
