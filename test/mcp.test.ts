/**
 * The MCP server through the SDK's own Client, over Streamable HTTP (/mcp on a loopback port) and
 * over stdio (npm run --silent mcp as a child process): the tools and their inputs, structured
 * results equal to the API's JSON for the same question, errors as tool results, the resources,
 * and every figure of a tool's text standing with its quote.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSeed } from '../seed/load.ts';
import type { App } from '../src/app.ts';
import { LIMITS, loadConfig } from '../src/config.ts';
import { periodWords } from '../src/domain/period-words.ts';
import { inFlight } from '../src/mcp/in-flight.ts';
import { saidOverMcp } from '../src/mcp/lists.ts';
import { wholeList } from '../src/mcp/resources.ts';
import { getJson, useApp, withApp } from './helper.ts';

type ToolResult = { content: { type: string; text: string }[]; structuredContent?: Record<string, unknown>; isError?: boolean };

const app = useApp();
const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function httpClient(port: number): Promise<Client> {
  const client = new Client({ name: 'ledger-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`)));
  return client;
}

let http: Client;
beforeAll(async () => {
  await app().listen({ host: '127.0.0.1', port: 0 });
  http = await httpClient((app().server.address() as AddressInfo).port);
});
afterAll(async () => {
  await http?.close();
});

const call = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as unknown as ToolResult;

/** Each tool call, and the URL a client of the HTTP API would ask the same question with. */
const SAME_QUESTIONS: [tool: string, args: Record<string, unknown>, url: string][] = [
  ['search', { q: '張掖', type: ['passage', 'indicator'], limit: 3 }, '/search?q=%E5%BC%B5%E6%8E%96&type=passage,indicator&limit=3'],
  ['search', { q: 'investment', offset: 2 }, '/search?q=investment&offset=2&limit=10'],
  [
    'list_indicators',
    { city: ['wuwei'], metric: ['investment.funds_in_place'], year: 2023 },
    '/indicators?city=wuwei&metric=investment.funds_in_place&year=2023&limit=10',
  ],
  [
    'list_indicators',
    { within: 'zhangye', unit: ['CNY'], sort: ['-value_base'], limit: 3 },
    '/indicators?within=zhangye&unit=CNY&sort=-value_base&limit=3',
  ],
  [
    'list_indicators',
    { corroborated: true, facets: ['city'], fields: ['id', 'value_text'] },
    '/indicators?corroborated=true&facets=city&fields=id,value_text&limit=10',
  ],
  [
    'compare',
    { metric: 'investment.signed_amount', within: 'zhangye' },
    '/compare?metric=investment.signed_amount&within=zhangye&limit=10',
  ],
  [
    'compare',
    { metric: 'investment.funds_in_place', cities: ['wuwei', 'gansu'], year: 2023 },
    '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023&limit=10',
  ],
  ['get_record', { id: '000-i031' }, '/indicators/000-i031'],
  // A space copied around an id is no part of it.
  ['get_record', { id: ' 000-i031 ' }, '/indicators/000-i031'],
  // Its resource's URI or its URL, as a model may pass on what it read (mcp18).
  ['get_record', { id: 'ledger://indicators/000-i031' }, '/indicators/000-i031'],
  ['get_record', { id: 'http://127.0.0.1:3000/cities/wuwei' }, '/cities/wuwei'],
  ['get_record', { id: 'bank-tax-interaction' }, '/initiatives/bank-tax-interaction'],
  ['get_record', { id: '001-c01' }, '/complaints/001-c01'],
  ['get_record', { id: '002-p016' }, '/passages/002-p016'],
  ['get_record', { id: 'banqiao-beitan-100mw-wind-farm' }, '/projects/banqiao-beitan-100mw-wind-farm'],
  [
    'check_claim',
    { claim: '武威市2023年招商引资到位资金约429亿元' },
    `/check?claim=${encodeURIComponent('武威市2023年招商引资到位资金约429亿元')}`,
  ],
  ['check_claim', { claim: 'Zhangye had 1.2 million residents' }, '/check?claim=Zhangye+had+1.2+million+residents'],
];

describe('MCP over Streamable HTTP', () => {
  it('declares check_claim’s output as GET /check’s answer, which its results hold to, and gives an error’s problem as JSON beside its text', async () => {
    const { tools } = await http.listTools();
    const schema = tools.find((t) => t.name === 'check_claim')?.outputSchema as { type: string; properties: object; required: string[] };
    expect(schema.type).toBe('object');
    const claim = '武威市2023年招商引资到位资金429.49亿元';
    const answer = (await getJson(app(), `/check?claim=${encodeURIComponent(claim)}`)).body;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(answer).sort());
    // The SDK's client holds every structured result to the declared schema: one that did not fit would throw here.
    expect((await call(http, 'check_claim', { claim })).structuredContent).toEqual(answer);
    // Refused by the API (a URL too long for it), not by the tool's input schema.
    const refused = await call(http, 'check_claim', { claim: '𠀀'.repeat(200) });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toBeUndefined();
    expect(JSON.parse((refused.content[1] as { text: string }).text)).toMatchObject({ status: 414, type: expect.any(String) });
  });

  it('lists the seven tools, with the API parameters under their own names', async () => {
    const { tools } = await http.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect([...byName.keys()].sort()).toEqual([
      'check_claim',
      'cite',
      'compare',
      'get_record',
      'list_indicators',
      'list_projects',
      'search',
    ]);
    // A fixed set, on a server that may have no stream to announce a change on: no list_changed is promised.
    expect(http.getServerCapabilities()).toMatchObject({ tools: { listChanged: false }, resources: { listChanged: false } });
    const { body: openapi } = await getJson(app(), '/openapi.json');
    const apiParams = (path: string) =>
      (openapi.paths[path].get.parameters as { name: string; in: string }[])
        // format= and lang= choose a representation and a page's language: an MCP tool answers one way.
        .filter((p) => p.in === 'query' && p.name !== 'format' && p.name !== 'lang')
        .map((p) => p.name);
    const toolParams = (name: string) => Object.keys((byName.get(name)?.inputSchema.properties ?? {}) as object);
    expect(toolParams('list_indicators').sort()).toEqual(apiParams('/indicators').sort());
    expect(toolParams('search').sort()).toEqual(apiParams('/search').sort());
    expect(toolParams('list_projects').sort()).toEqual(apiParams('/projects').sort());
    // A tool answers no CSV: no parameter's description says what it does to one.
    for (const tool of tools) expect(JSON.stringify(tool.inputSchema), tool.name).not.toContain('In CSV');
    // A page size says what a page costs a model's context, in figures the answers bear out.
    const limits = tools.flatMap((t) => {
      const limit = (t.inputSchema.properties as Record<string, { description?: string }> | undefined)?.limit;
      return limit ? [limit.description ?? ''] : [];
    });
    expect(limits.length).toBe(4);
    for (const said of limits)
      expect(said).toMatch(
        /^Page size, 1 to 500\. A row of the text answer runs to a few hundred characters \(every indicator at once, about 90,000\)/,
      );
    const every = (await call(http, 'list_indicators', { limit: 500 })).content[0].text as string;
    expect(every.length).toBeGreaterThan(70_000);
    expect(every.length).toBeLessThan(110_000);
    expect(toolParams('compare').sort()).toEqual(apiParams('/compare').sort());
    expect(toolParams('check_claim')).toEqual(['claim']);
    expect(toolParams('get_record')).toEqual(['id']);
    expect(toolParams('cite')).toEqual(['id', 'format']);
    // A comma list of the API is an array of the same items; its limits and enum carry over.
    type ArrayParam = { type: string; maxItems: number; items: { enum: string[] } };
    const unit = (byName.get('list_indicators')?.inputSchema.properties as Record<string, ArrayParam> | undefined)?.unit;
    if (!unit) throw new Error('list_indicators has no unit parameter');
    expect(unit.type).toBe('array');
    expect(unit.maxItems).toBe(50);
    expect(unit.items.enum).toContain('CNY');
    // Questions of a closed dataset: none changes or destroys anything, asking again answers the same, and nothing outside is reached.
    for (const tool of tools)
      expect(tool.annotations, tool.name).toEqual({
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: false,
      });
    // An array's example is an array, as a client sends it: compare's cities is ["wuwei", "zhangye"], not "wuwei,zhangye".
    const arrays = tools.flatMap((tool) =>
      Object.entries((tool.inputSchema.properties ?? {}) as Record<string, { type?: string; example?: unknown }>).filter(
        ([, p]) => p.type === 'array' && p.example !== undefined,
      ),
    );
    expect(arrays.map(([name]) => name)).toContain('cities');
    for (const [name, p] of arrays) expect(Array.isArray(p.example), name).toBe(true);
    // So is one a description gives: facets' "For example: city,unit" would be refused as a string.
    const described = tools.flatMap((tool) =>
      Object.entries((tool.inputSchema.properties ?? {}) as Record<string, { type?: string; description?: string }>).filter(
        ([, p]) => p.type === 'array' && p.description?.includes('For example'),
      ),
    );
    expect(described.length).toBeGreaterThan(0);
    for (const [name, p] of described) expect(p.description, name).toMatch(/For example: \["[^"]+"(?:,"[^"]+")*\]\.$/);
    // check_claim's description names every verdict its declared output can carry.
    const check = byName.get('check_claim') as unknown as {
      description: string;
      outputSchema: { properties: { verdict: { enum: string[] } } };
    };
    const verdicts = check.outputSchema.properties.verdict.enum;
    expect(verdicts.length).toBeGreaterThan(2);
    for (const verdict of verdicts) expect(check.description, verdict).toContain(verdict);
  });

  it.each(SAME_QUESTIONS)('%s %j: structuredContent is the JSON of GET %s', async (tool, args, url) => {
    const result = await call(http, tool, args);
    const { response, body } = await getJson(app(), url);
    expect(response.statusCode).toBe(200);
    expect(result.isError ?? false).toBe(false);
    expect(result.structuredContent).toEqual(body);
    expect(result.content[0].type).toBe('text');
  });

  it('cites a record exactly as GET /{type}s/{id}/cite does', async () => {
    for (const [id, path] of [
      ['000-i031', '/indicators/000-i031/cite'],
      ['bank-tax-interaction', '/initiatives/bank-tax-interaction/cite'],
    ]) {
      for (const format of ['text', 'bibtex', 'csl-json']) {
        const result = await call(http, 'cite', { id, format });
        const response = await app().inject({ method: 'GET', url: `${path}?format=${format}` });
        expect(result.structuredContent).toEqual({ id, format, media_type: response.headers['content-type'], citation: response.body });
        expect(result.content[0].text).toBe(response.body);
      }
    }
    // Without a format, the API's own default (text), as GET /{type}s/{id}/cite answers without format=.
    const plain = await call(http, 'cite', { id: '000-i031' });
    const response = await app().inject({ method: 'GET', url: '/indicators/000-i031/cite' });
    expect(plain.structuredContent).toEqual({
      id: '000-i031',
      format: 'text',
      media_type: response.headers['content-type'],
      citation: response.body,
    });
  });

  it('passes on a refusal for load as its problem, saying when to ask again, not as a bare status', async () => {
    await withApp({ checkCpuPercent: 1 }, async (busy) => {
      await busy.listen({ host: '127.0.0.1', port: 0 });
      const client = await httpClient((busy.server.address() as AddressInfo).port);
      try {
        // Two claims of 50 figures each: the first takes far more than 1 % of the time that follows.
        expect((await call(client, 'check_claim', { claim: '武威1投'.repeat(50) })).isError).toBeFalsy();
        const refused = await call(client, 'check_claim', { claim: '武威2投'.repeat(50) });
        expect(refused.isError).toBe(true);
        expect(refused.content[0].text).toMatch(
          /have taken their share of the server's time lately; retry in \d+ seconds?\b.*CHECK_CPU_PERCENT/,
        );
      } finally {
        await client.close();
      }
    });
  });

  it('answers an unknown id or a bad filter with a tool error carrying the problem, never a protocol error', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['get_record', { id: '000-i999' }, /No indicator has the id "000-i999"/],
      ['get_record', { id: 'no-such-thing' }, /no initiative, project, area or metric has the id "no-such-thing"/],
      // An article's id points to its resource, not to the nearest slugs.
      [
        'get_record',
        { id: '000' },
        /has the id "000" \(ids without a type in them are tried as each\); an article is the resource ledger:\/\/sources\/000;/,
      ],
      // Only an article's id itself: an id that begins with three digits is not sent to an article.
      ['get_record', { id: '000-x' }, /has the id "000-x" \(ids without a type in them are tried as each\); indicators, complaints/],
      ['cite', { id: 'no-such-thing' }, /no initiative or project has the id "no-such-thing" .* like 000-i031, 001-c01, 000-p015/],
      // The closest of every type tried: an area mistyped is suggested though the area is tried last.
      ['get_record', { id: 'wuwie' }, /no initiative, project, area or metric has the id "wuwie" .*; the closest: .*\bwuwei \(area\)/],
      [
        'compare',
        { metric: 'no.such.metric', cities: ['wuwei'] },
        /no metric "no.such.metric"; see \/metrics \(here: the resource ledger:\/\/metrics\)/,
      ],
      ['list_indicators', { metric: ['visitors'] }, /no metric "visitors"; did you mean tourism\.visitors\b/],
      ['list_indicators', { project: ['qqqqqqqq'] }, /no project "qqqqqqqq"; see \/projects \(here: the search tool with type project\)/],
      ['list_indicators', { initiative: ['qqqqqqqq'] }, /see \/initiatives \(here: the search tool with type initiative\)/],
      ['list_indicators', { complaint: ['qqqqqqqq'] }, /see \/complaints \(here: the search tool with type complaint\)/],
      ['list_indicators', { source: ['999'] }, /see \/sources \(here: the resources ledger:\/\/sources\/000 to 004\)/],
      // Each list a problem names, each time it names it: two parameters of areas, both unknown.
      ['list_indicators', { city: ['qqqq'], within: 'zzzz' }, /(see \/cities \(here: the resource ledger:\/\/cities\).*){2}/],
      // Past the server's count of argument elements: refused before the arguments are read.
      ['list_indicators', { city: Array.from({ length: 2000 }, () => 'wuwei') }, /more than the maximum of \d+ elements/],
      ['cite', { id: '000-p015' }, /^A passage is not cited on its own: .* ledger:\/\/sources\/000\)\.$/],
      // An area or a metric get_record finds: what to cite instead, not "no initiative or project has the id".
      ['cite', { id: 'wuwei' }, /^An area is not cited on its own: .*list_indicators with city wuwei/],
      ['cite', { id: 'tourism.revenue' }, /^A metric is not cited on its own: .*list_indicators with metric tourism\.revenue/],
      ['compare', { metric: 'investmnt.funds_in_place', cities: ['wuwei'] }, /did you mean investment\.funds_in_place\b/],
      ['compare', { metric: 'investment.funds_in_place' }, /Give cities or within to say/],
      ['list_indicators', { sort: ['value', '-value'] }, /sort: each field at most once/],
      ['list_indicators', { year: 1800 }, /year/],
      // A number is a JSON number, as the schema says: not text the API would refuse, nor true or null read as 1 and 0.
      ['list_indicators', { year: '0x7e7' }, /expected number, received string at year/],
      ['list_indicators', { limit: null }, /expected number, received null at limit/],
      ['search', { q: '张掖', offset: true }, /expected number, received boolean at offset/],
      ['list_indicators', { ctiy: 'wuwei' }, /ctiy/],
      // One value an element: an element holding a comma would be read as several areas, not refused as the one it is.
      ['list_indicators', { city: ['wuwei,,zhangye'] }, /no element may hold a comma/],
      ['list_indicators', { city: ['wuwei，zhangye'] }, /no element may hold a comma/],
      ['check_claim', { claim: '' }, /claim/],
      // Arguments that make too long a URL: said in the tool's terms, not only as the URL the client never sent.
      ['check_claim', { claim: '𠀀'.repeat(200) }, /give fewer values or a shorter text/],
      // A dot segment would be resolved away (/initiatives/.. is the root), answering another record.
      ['get_record', { id: '..' }, /an id is never \. or \.\./],
      ['cite', { id: '.' }, /an id is never \. or \.\./],
      ['no_such_tool', {}, /no_such_tool/],
    ];
    for (const [tool, args, detail] of cases) {
      const result = await call(http, tool, args);
      expect(result.isError, `${tool} ${JSON.stringify(args)}`).toBe(true);
      expect(result.content[0].text).toMatch(detail);
    }
    // A problem the API answered is the structured result, as the HTTP answer is.
    const missing = await call(http, 'get_record', { id: '000-i999' });
    expect(missing.structuredContent).toEqual((await getJson(app(), '/indicators/000-i999')).body);
  });

  it('offers each article, byte for byte, and the vocabularies of metrics, areas and scopes as resources', async () => {
    const { resources } = await http.listResources();
    const uris = resources.map((r) => r.uri).sort();
    expect(uris).toEqual([
      'ledger://cities',
      'ledger://metrics',
      'ledger://scopes',
      'ledger://sources/000',
      'ledger://sources/001',
      'ledger://sources/002',
      'ledger://sources/003',
      'ledger://sources/004',
    ]);
    const { data: seed } = loadSeed();
    for (const source of seed.sources) {
      // Listed by the title a reader knows the article by.
      expect(resources.find((r) => r.uri === `ledger://sources/${source.id}`)?.title).toBe(source.title_en);
      const { contents } = await http.readResource({ uri: `ledger://sources/${source.id}` });
      const [article, record] = contents as { mimeType: string; text: string }[];
      expect(article.mimeType).toBe('text/plain');
      expect(article.text).toBe(seed.articles.get(source.id));
      expect(
        createHash('sha256')
          .update(readFileSync(`${ROOT}seed/sources/${source.file}`))
          .digest('hex'),
      ).toBe(source.sha256);
      expect(JSON.parse(record.text)).toEqual((await getJson(app(), `/sources/${source.id}`)).body);
      // Each part says what it is and which resource it is of; the listing names the article and says its type.
      const uri = `ledger://sources/${source.id}`;
      expect(contents.map((c) => [c.uri, c.mimeType])).toEqual([
        [uri, 'text/plain'],
        [uri, 'application/json'],
      ]);
      expect(resources.find((r) => r.uri === uri)).toMatchObject({
        name: expect.stringContaining(source.id),
        description: expect.stringContaining(source.title_zh),
        mimeType: 'text/plain',
      });
    }
    for (const name of ['metrics', 'cities', 'scopes']) {
      const { contents } = await http.readResource({ uri: `ledger://${name}` });
      const body = (await getJson(app(), `/${name}?limit=500`)).body;
      expect(JSON.parse((contents[0] as { text: string }).text), name).toEqual({ data: body.data, meta: { total: body.meta.total } });
      expect(contents[0], name).toMatchObject({ uri: `ledger://${name}`, mimeType: 'application/json' });
      expect(resources.find((r) => r.uri === `ledger://${name}`)?.mimeType, name).toBe('application/json');
    }
    // The articles' template, for a client that reads one by its id.
    const { resourceTemplates } = await http.listResourceTemplates();
    expect(resourceTemplates.map((t) => [t.uriTemplate, t.mimeType])).toEqual([
      ['ledger://sources/{id}', 'text/plain'],
      ['ledger://{type}/{id}', 'application/json'],
    ]);
    // A record by the URI its path gives, as its route answers it (mcp13: a guessed one had been a bare "not found"), of every
    // table the data package has but the articles', served as received above (contrib14: a hand-kept list had left one out).
    const tables = (await getJson(app(), '/datapackage.json')).body.resources as { name: string; schema: { primaryKey: string[] } }[];
    const firsts = [];
    for (const { name, schema } of tables.filter((t) => t.name !== 'sources'))
      firsts.push(`/${name}/${(await getJson(app(), `/${name}?limit=1`)).body.data[0][schema.primaryKey[0]]}`);
    expect(firsts.length).toBeGreaterThanOrEqual(8);
    for (const path of ['/indicators/000-i031', '/complaints/001-c01', '/metrics/tourism.revenue', '/cities/wuwei', ...firsts]) {
      const { contents } = await http.readResource({ uri: `ledger:/${path}` });
      expect(JSON.parse((contents[0] as { text: string }).text), path).toEqual((await getJson(app(), path)).body);
    }
    // One that is none says why, and where records and the resources are.
    for (const [uri, why] of [
      ['ledger://indicators/000-i999', /not found: No indicator has the id "000-i999"\. A record is read as/],
      ['ledger://records/000-i031', /Resource ledger:\/\/records\/000-i031 not found\. A record is read as ledger:\/\/\{type\}\/\{id\}/],
    ] as const)
      await expect(http.readResource({ uri }), uri).rejects.toMatchObject({
        code: -32602,
        message: expect.stringMatching(why),
      });
    await expect(http.readResource({ uri: 'ledger://records/000-i031' })).rejects.toMatchObject({
      message: expect.stringContaining('or with the tool get_record; the articles are ledger://sources/000 to 004'),
    });
    // An id is decoded once, as a path's is: 000%2Di031 is 000-i031, and a Chinese name is told its slug (mcp18).
    const { contents } = await http.readResource({ uri: 'ledger://indicators/000%2Di031' });
    expect(JSON.parse((contents[0] as { text: string }).text)).toEqual((await getJson(app(), '/indicators/000-i031')).body);
    await expect(http.readResource({ uri: 'ledger://cities/武威' })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('No city has the slug "武威"; did you mean wuwei? A record is read as'),
    });
    // A path is no resource URI: the client's error, with where records are, not the SDK's -32603 Invalid URL (mcp18).
    for (const uri of ['/indicators/000-i031', '000-i031', ''])
      await expect(http.readResource({ uri }), uri).rejects.toMatchObject({
        code: -32602,
        message: expect.stringContaining('is no absolute URI; a record is read as ledger://{type}/{id}'),
      });
    // Whole past a page: read two at a time, the scopes are every scope, once each, in the list's order.
    const scopes = (await getJson(app(), '/scopes?limit=500')).body.data;
    expect(scopes.length).toBeGreaterThan(2);
    expect(await wholeList(app(), '/scopes', 2)).toEqual(scopes);
    // An area is a record get_record finds by its slug, named in its text as in its record.
    const area = await call(http, 'get_record', { id: 'wuwei' });
    const wuwei = (await getJson(app(), '/cities/wuwei')).body;
    expect(area.structuredContent).toEqual(wuwei);
    expect(area.content[0].text).toBe(
      `area wuwei · ${wuwei.name_en} / ${wuwei.name_zh}, ${wuwei.level}, under ${wuwei.parent} — /cities/wuwei`,
    );
    // So is a metric by its key, as search gives it: named, defined, and how its figures are listed.
    const metric = await call(http, 'get_record', { id: 'tourism.revenue' });
    const revenue = (await getJson(app(), '/metrics/tourism.revenue')).body;
    expect(metric.structuredContent).toEqual(revenue);
    expect(metric.content[0].text).toBe(
      `metric tourism.revenue · ${revenue.name_en} / ${revenue.name_zh}: ${revenue.definition} Unit ${revenue.unit}; its figures: list_indicators with metric tourism.revenue — /metrics/tourism.revenue`,
    );
    // A retired key is found as GET finds it, by its redirect to the current metric.
    const metrics = (await getJson(app(), '/metrics?limit=500')).body.data as { key: string; aliases: string[] }[];
    const retired = metrics.flatMap((m) => m.aliases.map((alias) => [alias, m.key])).find(([alias]) => alias.length > 0) as string[];
    expect((await app().inject(`/metrics/${retired[0]}`)).headers.location).toBe(`/metrics/${retired[1]}`);
    const current = await call(http, 'get_record', { id: retired[0] });
    expect(current.structuredContent).toEqual((await getJson(app(), `/metrics/${retired[1]}`)).body);
    expect(current.content[0].text).toMatch(new RegExp(`^metric ${retired[1].replaceAll('.', '\\.')} · `));
    // What a parameter points to is named as an MCP client reaches it, and an array's description says no commas.
    const { tools } = await http.listTools();
    const listIndicators = tools.find((t) => t.name === 'list_indicators');
    const described = JSON.stringify(listIndicators?.inputSchema);
    expect(described).toContain('(the resource ledger://scopes)');
    expect(described).toContain('(the resource ledger://metrics)');
    expect(described).not.toMatch(/\(\/(scopes|metrics|projects)\)|comma-separated/);
    // Each array's description says so, not only the error a comma meets.
    const properties = Object.values(listIndicators?.inputSchema.properties ?? {}) as { type?: string; description?: string }[];
    const arrays = properties.filter((p) => p.type === 'array');
    expect(arrays.length).toBeGreaterThan(3);
    for (const array of arrays)
      expect(array.description).toMatch(/\. One value an element: no element may hold a comma \(, ， or 、\)\.( For example: .*)?$/);
    // No tool's parameters point to a list by the path a client cannot GET (a key of /scopes, complaint ids (/complaints)).
    for (const tool of tools)
      expect(JSON.stringify(tool.inputSchema), tool.name).not.toMatch(
        /[\s(]\/(scopes|metrics|cities|projects|initiatives|complaints|sources)(?![\w/])/,
      );
    // Nor a check's explanation: an unknown area says where the areas are.
    const nowhere = await call(http, 'check_claim', { claim: 'Atlantis attracted 5 billion yuan in 2023' });
    expect(nowhere.content[0].text).toContain('see /cities (here: the resource ledger://cities)');
    // An article that is not there is the client's mistake (invalid params, as the SDK answers an unknown URI), not an internal error.
    await expect(http.readResource({ uri: 'ledger://sources/999' })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringMatching(/999/),
    });
  });

  it('names every row of its text by id and URL whatever fields were asked for', async () => {
    const samples: [string, Record<string, unknown>, RegExp][] = [
      ['list_indicators', { fields: ['value'], limit: 3 }, /^- indicator \d{3}-i\d+ — \/indicators\/\d{3}-i\d+$/],
      // Each hit's own URL, ending in its id: a metric's too.
      ['search', { q: 'tourist visits', fields: ['title_en'], limit: 3 }, /^- [a-z]+ ([\w.-]+) \(.+\) — \/[a-z]+\/\1$/],
      // A metric's or an area's hit is named too (it quotes no passage): "Signed investment amount", not its key alone.
      ['search', { q: 'signed amount', type: ['metric'], limit: 2 }, /^- metric ([\w.-]+) \([A-Z][^)]+\) — \/metrics\/\1$/],
      [
        'compare',
        { metric: 'investment.funds_in_place', within: 'gansu', scope: 'out_of_province', fields: ['value_base'] },
        /^- [a-z]+.* — \/indicators\/\d{3}-i\d+$/,
      ],
    ];
    for (const [tool, args, line] of samples) {
      const { content, isError } = await call(http, tool, args);
      expect(isError, tool).toBeFalsy();
      const lines = content[0].text
        .split('\n')
        .filter((l) => !/^(Rows? \d|Scope: |Periods differ: |Left out( by the year)?: |No row compared for: )/.test(l));
      expect(lines.length, tool).toBeGreaterThan(0);
      for (const l of lines) expect(l, tool).toMatch(line);
      expect(content[0].text, tool).not.toContain('undefined');
    }
  });

  it('says in a figure’s line the scope that narrows it, and none for a figure that is its metric exactly', async () => {
    const scoped = await call(http, 'list_indicators', { scope: ['out_of_province'], limit: 20 });
    const rows = (scoped.structuredContent as { data: { id: string }[] }).data;
    expect(rows.length).toBeGreaterThan(0);
    for (const { id } of rows)
      expect(scoped.content[0].text).toMatch(
        new RegExp(`^- ${id} · .*, scope out_of_province \\(defined in the resource ledger://scopes\\)\\. Quote:`, 'm'),
      );
    const exactly = await call(http, 'list_indicators', { scope: ['none'], limit: 20 });
    expect((exactly.structuredContent as { data: unknown[] }).data.length).toBeGreaterThan(0);
    expect(exactly.content[0].text).not.toContain(', scope ');
  });

  it('says in a figure’s line that it is an estimate or a plan, and in no other figure’s', async () => {
    const listed = await call(http, 'list_indicators', { limit: 500 });
    const rows = (listed.structuredContent as { data: { id: string; estimated: boolean }[] }).data;
    expect(rows.some((r) => r.estimated)).toBe(true);
    for (const r of rows) {
      const line = listed.content[0].text.split('\n').find((l) => l.startsWith(`- ${r.id} · `)) ?? '';
      expect(line.includes('(an estimate or a plan, not an outcome)'), r.id).toBe(r.estimated);
    }
    const planned = rows.find((r) => r.estimated) as { id: string };
    expect((await call(http, 'get_record', { id: planned.id })).content[0].text).toContain('(an estimate or a plan, not an outcome)');
  });

  it('gives beside a damaged or Traditional quote the dataset’s Simplified reading, and beside no other', async () => {
    // 002-p016 quotes characters garbled in transmission (上??禈虻…); the reading repairs them (上海康桥).
    const damaged = (await call(http, 'get_record', { id: '002-p016' })).structuredContent as { text: string; text_zh_hans: string };
    expect(damaged.text).not.toContain('上海康桥');
    expect(damaged.text_zh_hans).toContain('上海康桥');
    // The passage itself and a claim checked against a figure it gives carry the reading too, not the damage alone.
    const reading = /Simplified reading, glosses stripped and known damage repaired: “[^”]*上海康桥/;
    expect((await call(http, 'get_record', { id: '002-p016' })).content[0].text).toMatch(reading);
    expect((await call(http, 'check_claim', { claim: '民樂縣簽約項目8項' })).content[0].text).toMatch(reading);
    // A quote of 000 whose reading differs by the article's line breaks alone has none, in either language's explanation.
    const laidOut = (await getJson(app(), `/check?claim=${encodeURIComponent('天祝县仅用5天为16户群众办理了不动产登记')}`)).body;
    expect(laidOut.matches[0].indicator.evidence.some((e: { text: string }) => e.text.includes('\n'))).toBe(true);
    expect(laidOut.explanation_en).not.toContain('Simplified reading');
    expect(laidOut.explanation_zh).not.toContain('简体读法');
    const hits = await call(http, 'search', { q: '上海康桥', type: ['indicator'], limit: 10 });
    const lines = hits.content[0].text.split('\n').filter((l) => l.startsWith('- indicator '));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/\[the dataset’s Simplified reading, glosses stripped and known damage repaired: “[^”]*上海康桥/);
    // A hit found by its area's name alone says so: a model sees why a figure of no 张掖 in its words came up.
    const area = await call(http, 'search', { q: '张掖', type: ['indicator'], limit: 100 });
    const byArea = (area.structuredContent as { data: { id: string; elsewhere: string | null }[] }).data.filter((h) => h.elsewhere);
    expect(byArea.length).toBeGreaterThan(0);
    for (const { id } of byArea)
      expect(area.content[0].text).toMatch(new RegExp(`^- indicator ${id} .*; the query is in: 张掖市 Zhangye — `, 'm'));
    // An article in Simplified, quoted as received, has no second reading.
    const plain = (await call(http, 'get_record', { id: '000-i031' })).content[0].text;
    expect(plain).toContain('Quote: “');
    expect(plain).not.toContain('Simplified reading');
  });

  it('gives each compared row its label and its hedge, so a figure of more than a number does not read as exact', async () => {
    const args = { metric: 'problems.resolved', within: 'gansu' };
    const text = (await call(http, 'compare', args)).content[0].text;
    const rows = (await getJson(app(), `/compare?metric=${args.metric}&within=${args.within}`)).body.data as { indicator: string }[];
    const hedged = [];
    for (const { indicator } of rows) {
      const record = (await getJson(app(), `/indicators/${indicator}`)).body;
      const hedge =
        { more_than: 'more than ', at_least: 'at least ', approx: 'about ', less_than: 'less than ' }[record.qualifier as string] ?? '';
      if (hedge) hedged.push(indicator);
      const line = text.split('\n').find((l) => l.endsWith(` — /indicators/${indicator}`));
      expect(line).toContain(` · ${record.label_en}: ${hedge}${record.value_text}${record.unit_zh} = `);
    }
    expect(hedged.length).toBeGreaterThan(0);
  });

  it('names a parameter a text tells the reader to give as a tool’s argument, but not a value it quotes back', () => {
    expect(saidOverMcp('compare it with scope=out_of_province.')).toBe('compare it with scope: "out_of_province".');
    expect(saidOverMcp('Give cities= or within= to say which areas to compare.')).toBe(
      'Give cities or within to say which areas to compare.',
    );
    expect(saidOverMcp('or cities=wuwei,gansu.')).toBe('or cities: ["wuwei","gansu"].');
    // Joined as a query's parameters, outside a path, each is an argument (mcp18: a retired key's meaning was metric=…&scope=…).
    expect(saidOverMcp('means metric=projects.started&scope=new_projects,investment_promotion_projects; name it')).toBe(
      'means metric: "projects.started" with scope: ["new_projects","investment_promotion_projects"]; name it',
    );
    // A value quoted back, a word the API has no parameter of, a path's query and a value not in ASCII stay as written.
    for (const kept of ['no metric "x scope=b" here', 'limit=500 rows', 'see /compare?metric=a&scope=b', 'a scope=省外 b'])
      expect(saidOverMcp(kept)).toBe(kept);
  });

  it('says in a comparison’s text which scope its rows are of, and which were left out and why', async () => {
    const within = (await call(http, 'compare', { metric: 'investment.funds_in_place', within: 'zhangye' })).content[0].text;
    expect(within).toContain('Scope: Out-of-province only (out_of_province): every row is of it, not of the metric as a whole.');
    const cities = (await call(http, 'compare', { metric: 'investment.funds_in_place', cities: ['wuwei', 'gansu'], year: 2023 })).content[0]
      .text;
    expect(cities).toContain('Scope: the metric exactly.');
    expect(cities).toMatch(/^Left out: the rows of scope out_of_province, of gansu\. Its scope is Out-of-province only/m);
    // How to ask for them, in a tool's arguments, not the query string it has none of.
    expect(cities).toMatch(/^Left out: .*compare it with scope: "out_of_province"\./m);
    expect(cities).not.toMatch(/\bscope=/);
    // A scope asked for that no row has is said so, not named 'the metric exactly'.
    const none = (
      await call(http, 'compare', { metric: 'investment.funds_in_place.growth', cities: ['wuwei', 'gansu'], scope: 'out_of_province' })
    ).content[0].text;
    expect(none).not.toContain('not the metric exactly');
    // Out-of-province growth is a metric of its own, which the reason names.
    expect(none).toContain(
      'not Out-of-province only (out_of_province), whose figures are the metric investment.out_of_province_funds_in_place.growth',
    );
    // Rows of different periods are said to be; a year's rows are not, and its undated figures are counted.
    const growth = { metric: 'investment.funds_in_place.growth', cities: ['wuwei', 'jiuquan'] };
    expect((await call(http, 'compare', growth)).content[0].text).toMatch(/^Periods differ: (2021-Q1, 2023|2023, 2021-Q1); these rows/m);
    expect((await call(http, 'compare', { ...growth, year: 2023 })).content[0].text).not.toContain('Periods differ');
    // The areas asked for with no row compared are named, and an estimate is said to be one.
    const three = { metric: 'investment.funds_in_place', cities: ['wuwei', 'zhangye', 'jiuquan'] };
    const { meta } = (await getJson(app(), `/compare?metric=${three.metric}&cities=${three.cities.join(',')}`)).body;
    expect(meta.without.length).toBeGreaterThan(0);
    expect((await call(http, 'compare', three)).content[0].text).toContain(`No row compared for: ${meta.without.join(', ')} (`);
    // An area with no row compared but rows of a scope left out is said to have them (Zhangye's signed amount is one body's):
    // each scope left out names the areas of its rows, as /indicators lists them.
    const signedAmount = { metric: 'investment.signed_amount', cities: ['wuwei', 'zhangye', 'jiuquan'] };
    const answer = (await getJson(app(), `/compare?metric=${signedAmount.metric}&cities=${signedAmount.cities.join(',')}`)).body.meta;
    const signedText = (await call(http, 'compare', signedAmount)).content[0].text;
    let told = 0;
    for (const s of answer.left_out as { scope: string | null; areas: string[] }[]) {
      const listed = (
        await getJson(
          app(),
          `/indicators?metric=${signedAmount.metric}&scope=${s.scope ?? 'none'}&city=${signedAmount.cities.join(',')}&limit=500`,
        )
      ).body.data as { city: string }[];
      expect(s.areas).toEqual([...new Set(listed.map((r) => r.city))].sort());
      for (const city of (answer.without as string[]).filter((c) => s.areas.includes(c))) {
        expect(signedText).toContain(`${city} has rows of scope ${s.scope}, left out above`);
        told++;
      }
    }
    expect(told).toBeGreaterThan(0);
    // With a year, the line says the year left the area out: it may have figures of other years.
    const dated = (await getJson(app(), '/compare?metric=investment.funds_in_place.growth&cities=wuwei,jiuquan&year=2023')).body.meta;
    expect(dated.without).toContain('jiuquan');
    const datedText = (
      await call(http, 'compare', { metric: 'investment.funds_in_place.growth', cities: ['wuwei', 'jiuquan'], year: 2023 })
    ).content[0].text;
    expect(datedText).toContain(
      `No row compared for: ${dated.without.join(', ')} (no figure of this metric and scope there overlapping 2023; list_indicators with metric and within`,
    );
    const planned = { metric: 'projects.total_investment', within: 'gansu', limit: 100 };
    const rows = (await getJson(app(), `/compare?metric=${planned.metric}&within=gansu&limit=100`)).body.data as {
      indicator: string;
      estimated: boolean;
    }[];
    const text = (await call(http, 'compare', planned)).content[0].text as string;
    expect(rows.some((r) => r.estimated)).toBe(true);
    for (const r of rows) {
      const line = text.split('\n').find((l) => l.endsWith(`/indicators/${r.indicator}`));
      expect(line?.includes('(an estimate or a plan, not an outcome)'), r.indicator).toBe(r.estimated);
    }
    const signed = (await call(http, 'compare', { metric: 'investment.signed_amount', cities: ['zhangye'], year: 2023 })).content[0].text;
    // Where they are is said as a tool call, which lists them: stdio has no GET.
    // The arguments as the tool takes them, each filter a list and the flag a boolean: called as given, they list the figure.
    const hint =
      /^Left out by the time filter: 1 figure\(s\) the text gives no period: list_indicators with (.*)$/m.exec(signed)?.[1] ?? '';
    const args = JSON.parse(hint);
    expect(args).toEqual({ metric: ['investment.signed_amount'], undated: true, city: ['zhangye'] });
    const listed = await call(http, 'list_indicators', args);
    expect((listed.structuredContent as { meta: { total: number } }).meta.total).toBe(1);
    const underWuwei = (await call(http, 'compare', { metric: 'investment.funds_in_place', within: 'wuwei', year: 2022 })).content[0].text;
    const withinArgs = JSON.parse(/^Left out by the time filter: .* list_indicators with (.*)$/m.exec(underWuwei)?.[1] ?? '{}');
    expect(withinArgs.within).toBe('wuwei');
    expect((await call(http, 'list_indicators', withinArgs)).isError).toBeFalsy();
    // A list's text says so too, as its answer's meta does (mcp18: Wuwei's 2023 funds left its undated figure unsaid).
    for (const [tool, path, args] of [
      [
        'list_indicators',
        '/cities/wuwei/indicators?metric=investment.funds_in_place&year=2023',
        { metric: ['investment.funds_in_place'], city: ['wuwei'], year: 2023 },
      ],
      ['list_projects', '/projects?within=jiuquan&year=2021', { within: 'jiuquan', year: 2021 }],
      // The call it prints takes every argument in its tool's type: a text, a number, a flag false (rev36: q was ["资金"]).
      [
        'list_indicators',
        `/indicators?within=wuwei&year=2023&q=${encodeURIComponent('资金')}&min=1&estimated=false`,
        { within: 'wuwei', year: 2023, q: '资金', min: 1, estimated: false },
      ],
    ] as const) {
      const undated = (await getJson(app(), path)).body.meta.undated;
      expect(undated?.total, tool).toBeGreaterThan(0);
      const said = (await call(http, tool, args)).content[0].text as string;
      const printed = new RegExp(
        `^Left out by the time filter: ${undated.total} \\w+\\(s\\) the text gives no period: ${tool} with (.*)$`,
        'm',
      ).exec(said)?.[1];
      expect(printed, tool).toBeDefined();
      const listed = await call(http, tool, JSON.parse(printed ?? '{}'));
      expect(listed.isError, `${tool} ${printed}`).toBeFalsy();
      expect((listed.structuredContent as { meta: { total: number } }).meta.total).toBe(undated.total);
    }
    // Nothing left out, nothing said (rev36: "0 figure(s)").
    expect((await getJson(app(), '/indicators?metric=tourism.revenue&year=2023')).body.meta.undated.total).toBe(0);
    const timeless = (await call(http, 'list_indicators', { metric: ['tourism.revenue'], year: 2023 })).content[0].text;
    expect(timeless).not.toContain('Left out by');
  });

  it('gives every figure’s explanation in a claim’s text, and a search hit’s title beside its quote', async () => {
    // 46.75% of the province is no record's (the province's out-of-province growth is 41.78%): its explanation stays in the text.
    const text = (await call(http, 'check_claim', { claim: '武威市到位资金429.49亿元。甘肃省到位资金增长46.75%。' })).content[0].text;
    // A line a figure, each explanation once: not run together after the verdict and repeated below it.
    const lines = text.split('\n');
    expect(lines[0]).toBe('Verdict: not_found.');
    expect(lines.slice(1).map((l: string) => /^- ([^:]+): (\w+)/.exec(l)?.slice(1, 3))).toEqual([
      ['429.49亿元', 'Supported'],
      ['46.75%', 'Not'],
    ]);
    // A claim of one figure: its explanation on the figure's line, not again on the verdict's.
    const one = (await call(http, 'check_claim', { claim: '武威市2023年招商引资到位资金429.49亿元' })).content[0].text.split('\n');
    expect(one[0]).toBe('Verdict: supported.');
    // …beginning with the figure, as a claim of several figures' lines do (check12), then the record.
    expect(one[1]).toMatch(/^- 429\.49亿元 \(record 000-i031\): Supported/);
    // …and one no record was compared with is named on its line too (mcp13).
    const none = (await call(http, 'check_claim', { claim: '武威市2023年接待外国游客50万人次' })).content[0].text.split('\n');
    expect(none[0]).toBe('Verdict: not_found.');
    expect(none[1]).toMatch(/^- 50万人次: Not found: /);
    const hits = (await call(http, 'search', { q: '武威 到位资金', type: ['indicator'], limit: 5 })).content[0].text;
    for (const line of hits.split('\n').filter((l: string) => l.startsWith('- indicator')))
      expect(line).toMatch(/^- indicator \d{3}-i\d+ \([^)]+\): “/);
  });

  it('writes every figure of a tool’s text beside its verbatim quote and its record’s URL', async () => {
    const samples: [string, Record<string, unknown>][] = [
      ['list_indicators', { within: 'wuwei', limit: 40 }],
      ['list_indicators', { source: ['002'], limit: 40 }],
      ['compare', { metric: 'projects.total_investment', within: 'zhangye' }],
      ['get_record', { id: '002-i040' }],
      ['get_record', { id: '002-p016' }],
      ['get_record', { id: 'bank-tax-interaction' }],
      ['search', { q: '亿元', type: ['indicator', 'passage'], limit: 20 }],
      ['check_claim', { claim: '2023年武威市旅游综合收入123.1亿元，增长115.97%' }],
    ];
    for (const [tool, args] of samples) {
      const { content, structuredContent } = await call(http, tool, args);
      const lines = content[0].text.split('\n').filter((line) => !/^Rows? /.test(line) && !line.startsWith('Verdict: '));
      expect(lines.length, tool).toBeGreaterThan(0);
      for (const line of lines) {
        // What is left of a line outside its quotes (which may hold “ ” of their own), ids, URLs and where a quote stands.
        const outside = line
          .replace(/“.*?”(?= \(article \d{3}|——|$| —|\)| \(in English)/g, '')
          .replace(/\/[a-z]+\/[\w.-]+/g, '')
          .replace(/\b\d{3}-[a-z]\d+\b/g, '')
          .replace(/(article|文章) ?\d{3}/g, '')
          .replace(/(code points |第)\d+–\d+/g, '');
        if (/\d/.test(outside)) {
          expect(line, `${tool}: ${line}`).toMatch(/“[^”]+”/);
          expect(line, `${tool}: ${line}`).toMatch(/\/(indicators|initiatives|complaints|projects|passages)\/[\w.-]+/);
        }
      }
      // Every indicator's figure is written as its quote writes it, inside that quote.
      const indicators =
        tool === 'list_indicators' ? ((structuredContent as { data: { id: string; value_text: string }[] }).data ?? []) : [];
      for (const i of indicators) {
        const line = lines.find((l) => l.includes(`/indicators/${i.id}`)) as string;
        expect(
          [...line.matchAll(/“(.*?)” \(article \d{3}/g)].some((m) => m[1].includes(i.value_text)),
          line,
        ).toBe(true);
      }
    }
  });

  it('writes a figure with its hedge, base value and period, a quote with where it stands, a passage with its English, a record with its names', async () => {
    const i = (await getJson(app(), '/indicators/001-i010')).body;
    expect(i.qualifier).toBe('more_than');
    const line = (await call(http, 'get_record', { id: '001-i010' })).content[0].text;
    expect(line).toContain(`: more than ${i.value_text}${i.unit_zh} = ${i.value_base} people, period ${i.period}. Quote: `);
    // A base value's digits grouped and its unit in words, as check_claim writes them: eleven digits in a run are a slip waiting.
    expect((await call(http, 'get_record', { id: '000-i031' })).content[0].text).toContain(
      '429.49亿元 = 42,949,000,000 yuan, period 2023.',
    );
    for (const e of i.evidence) expect(line).toContain(`” (article ${e.source}, code points ${e.start}–${e.end})`);
    // The hedge in a list's lines too, not only a comparison's: no hedged figure's line starts with its number.
    const listed = (await call(http, 'list_indicators', { qualifier: ['more_than'], limit: 20 })).content[0].text;
    expect(listed).toMatch(/^- \d{3}-i\d+ · [^:]+: more than /m);
    expect(listed).not.toMatch(/^- \d{3}-i\d+ · [^:]+: \d/m);
    const p = (await getJson(app(), '/passages/002-p016')).body;
    const passage = (await call(http, 'get_record', { id: '002-p016' })).content[0].text;
    expect(passage).toMatch(new RegExp(`^passage 002-p016, article 002, code points ${p.start}–${p.end}: “`));
    expect(passage).toContain(` (in English: ${p.text_en.slice(0, 40)}`);
    // A period open at one end in words, an undated figure said to be one, and a page of one row in the singular.
    const asOf = (await call(http, 'list_indicators', { period: '../2024-02-18', limit: 1 })).content[0].text;
    expect(asOf).toMatch(/^Row 1 of \d+ indicators?[;.]/);
    expect(asOf).toContain(', period ../2024-02-18 (as of 18 February 2024). Quote: ');
    expect((await getJson(app(), '/indicators?metric=tourism.revenue')).body.meta.total).toBe(1);
    const single = (await call(http, 'list_indicators', { metric: ['tourism.revenue'] })).content[0].text;
    expect(single.split('\n')[0]).toBe('Row 1 of 1 indicator. Every field is in structuredContent.');
    const undated = (await getJson(app(), '/indicators?limit=500')).body.data.find((row: { period: string | null }) => row.period === null);
    const undatedLine = (await call(http, 'get_record', { id: undated.id })).content[0].text;
    expect(undatedLine).toContain(', no period given');
    expect(undatedLine).not.toContain(', period ');
    const r = (await getJson(app(), '/initiatives/bank-tax-interaction')).body;
    expect((await call(http, 'get_record', { id: 'bank-tax-interaction' })).content[0].text).toMatch(
      new RegExp(`^initiative bank-tax-interaction · ${r.name_en} / ${r.name_zh}, in ${r.city}\\. Quote: “`),
    );
    // A project's line says where it is and what the text says happened to it; a complaint's, when and how it was resolved.
    const projects = (await getJson(app(), '/projects?status=completed&limit=500')).body.data as {
      id: string;
      city: string;
      events: { status: string; period: string | null }[];
    }[];
    expect(projects.length).toBeGreaterThan(0);
    const projectText = (await call(http, 'list_projects', { status: ['completed'], limit: 500 })).content[0].text;
    for (const project of projects) {
      const said = project.events
        .map((e) => `${e.status.replaceAll('_', ' ')} ${e.period ? periodWords(e.period, 'en') : '(no period given)'}`)
        .join(', ');
      expect(projectText).toContain(`, in ${project.city}; status events: ${said}. Quote: `);
    }
    // Asked for its name and events alone, a project's text says them, though no quote comes with them.
    const asked = (await call(http, 'list_projects', { status: ['completed'], limit: 500, fields: ['name_en', 'events'] })).content[0].text;
    for (const project of projects) expect(asked).toMatch(new RegExp(`- project ${project.id} · [^\n]+; status events: `));
    const complaint = (await getJson(app(), '/complaints/000-c01')).body;
    const complaintText = (await call(http, 'get_record', { id: '000-c01' })).content[0].text;
    expect(complaintText).toContain(`, in ${complaint.city}; resolved between`);
    expect(complaintText).toContain(`, in ${complaint.duration_days} day(s); how: ${complaint.handling_en.slice(0, 30)}`);
    // The path a text prints beside a row's id is taken off, so the id as printed finds its record.
    for (const id of ['/indicators/000-i031', 'indicators/000-i031'])
      expect((await call(http, 'get_record', { id })).structuredContent).toMatchObject({ id: '000-i031' });
    expect((await call(http, 'cite', { id: '/projects/liangzhou-seventeen-lanes' })).isError).toBeFalsy();
    // Never . or .. once the path is off: /projects/.. would be the API's root.
    for (const id of ['/projects/..', 'initiatives/.'])
      for (const tool of ['get_record', 'cite']) expect((await call(http, tool, { id })).isError, `${tool} ${id}`).toBe(true);
  });

  it('says a total is a lower bound when the API counted only up to its bound, and exact otherwise', async () => {
    // A bound of 3 rows stands for the 10,000 of a real deployment, as in test/api.test.ts.
    await withApp({ totalCountedUpTo: 3 }, async (bounded) => {
      await bounded.listen({ host: '127.0.0.1', port: 0 });
      const client = await httpClient((bounded.server.address() as AddressInfo).port);
      try {
        const first = (await call(client, 'list_indicators', { unit: ['CNY'], limit: 2 })).content[0].text.split('\n')[0];
        const api = (await getJson(bounded, '/indicators?unit=CNY&limit=2')).body.meta;
        expect(api.total_exact).toBe(false);
        expect(first).toBe(
          `Rows 1–2 of at least ${api.total} indicators; for the next, call again with offset 2. Every field is in structuredContent.`,
        );
        const exact = (await call(client, 'list_indicators', { unit: ['CNY'], limit: 2, total: 'exact' })).content[0].text.split('\n')[0];
        const counted = (await getJson(bounded, '/indicators?unit=CNY&limit=2&total=exact')).body.meta.total;
        expect(exact).toBe(
          `Rows 1–2 of ${counted} indicators; for the next, call again with offset 2. Every field is in structuredContent.`,
        );
      } finally {
        await client.close();
      }
    });
  });

  it('is rate limited like every route, counting the /mcp request and not the questions it asks the API', async () => {
    await withApp({ rateLimitMax: 3 }, async (limited) => {
      await limited.listen({ host: '127.0.0.1', port: 0 });
      const port = (limited.server.address() as AddressInfo).port;
      // Stateless: a tools/call needs no session. Each asks the API three questions (the comparison, and two rows' quotes).
      const compare = {
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'compare', arguments: { metric: 'investment.signed_amount', within: 'zhangye', limit: 2 } },
      };
      const post = () =>
        fetch(`http://127.0.0.1:${port}/mcp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
          body: JSON.stringify(compare),
        });
      for (let k = 0; k < 3; k++) {
        const response = await post();
        expect(response.status).toBe(200);
        expect((await response.json()).result.isError).toBeUndefined();
      }
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });

  it('refuses a web page of an origin not allowed (a DNS-rebinding page names its own), and serves clients that are no browser', async () => {
    const ping = (server: App, origin?: string) =>
      server.inject({
        method: 'POST',
        url: '/mcp',
        payload: { jsonrpc: '2.0', id: 1, method: 'ping' },
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(origin ? { origin } : {}) },
      });
    // By default no page's script may call it; a client with no Origin (an SDK, Claude Desktop, curl) may.
    expect((await ping(app())).statusCode).toBe(200);
    for (const origin of ['http://evil.example', 'http://127.0.0.1:3000', 'null']) {
      const refused = await ping(app(), origin);
      expect(refused.statusCode, origin).toBe(403);
      expect(refused.json(), origin).toEqual({
        jsonrpc: '2.0',
        error: { code: -32000, message: expect.stringContaining(origin) },
        id: null,
      });
      expect(refused.json().error.message).toMatch(/MCP_ALLOWED_ORIGINS/);
      // Never kept, and said to vary with what it could be compressed by, as every refusal is.
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(refused.headers.vary).toBe('Accept-Encoding');
    }
    // PUBLIC_URL's origin and those configured pass, exactly; * lets every page.
    await withApp({ publicUrl: 'https://ledger.example.org', mcpOrigins: ['https://agent.example.org'] }, async (configured) => {
      // (As a browser writes an origin, or as a client that is none might.)
      for (const origin of ['https://ledger.example.org', 'https://agent.example.org', 'https://Agent.example.org:443/'])
        expect((await ping(configured, origin)).statusCode, origin).toBe(200);
      for (const origin of ['http://agent.example.org', 'https://agent.example.org:8443', 'https://evil.example'])
        expect((await ping(configured, origin)).statusCode, origin).toBe(403);
    });
    await withApp({ mcpOrigins: '*' }, async (open) => expect((await ping(open, 'http://evil.example')).statusCode).toBe(200));
    // The setting is origins, as a browser writes them, or *.
    expect(loadConfig({ MCP_ALLOWED_ORIGINS: ' https://Agent.example.org:443 , http://localhost:6274' }).MCP_ALLOWED_ORIGINS).toEqual([
      'https://agent.example.org',
      'http://localhost:6274',
    ]);
    expect(loadConfig({ MCP_ALLOWED_ORIGINS: '*' }).MCP_ALLOWED_ORIGINS).toBe('*');
    expect(loadConfig({}).MCP_ALLOWED_ORIGINS).toBeUndefined();
    for (const wrong of ['agent.example.org', 'https://agent.example.org/path', 'https://a.example,*'])
      expect(() => loadConfig({ MCP_ALLOWED_ORIGINS: wrong }), wrong).toThrow(/MCP_ALLOWED_ORIGINS: origins/);
  });

  it('compresses a large answer as every other answer is, for a client that takes it (sec17)', async () => {
    const list = (encoding: string) =>
      app().inject({
        method: 'POST',
        url: '/mcp',
        payload: { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'list_indicators', arguments: { limit: 500 } } },
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'accept-encoding': encoding },
      });
    const [plain, gzipped] = [await list('identity'), await list('gzip')];
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    // The same answer, every indicator in it, never kept.
    const read = JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'));
    expect(read).toEqual(plain.json());
    expect(read.id).toBe(7);
    expect(read.result.structuredContent.data).toHaveLength((await getJson(app(), '/')).body.counts.indicators);
    expect(gzipped.headers['cache-control']).toBe('no-store');
  });

  it('answers GET and DELETE /mcp with 405, and keeps its answers out of the cache', async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await app().inject({ method, url: '/mcp' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('OPTIONS, POST');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().detail).toMatch(/as a POST to \/mcp/);
    }
    // A method no route has names only those the path takes, not the two it refuses.
    expect((await app().inject({ method: 'PUT', url: '/mcp' })).headers.allow).toBe('OPTIONS, POST');
    // A body that is no JSON is JSON-RPC's parse error, as the protocol says, not the API's problem.
    for (const [body, code] of [
      ['{', -32700],
      // Bytes that are no UTF-8 are no JSON, not a message of replacement characters.
      [
        Buffer.concat([Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"'), Buffer.from([0xff]), Buffer.from('"}}')]),
        -32700,
      ],
      ['{"__proto__":{}}', -32600],
      // A batch would be many tool calls counted as one request: refused, an empty one too.
      ['[]', -32600],
      [JSON.stringify([1, 2].map((id) => ({ jsonrpc: '2.0', id, method: 'tools/list' }))), -32600],
      // JSON, but no JSON-RPC message: an invalid request, not a parse error; its id answered where it has one (§5).
      ['{"jsonrpc":"2.0","id":1}', -32600],
      ['{}', -32600],
      ['{"jsonrpc":"2.0","id":"a","method":"ping","extra":1}', -32600],
    ] as const) {
      const refused = await app().inject({
        method: 'POST',
        url: '/mcp',
        payload: body,
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      });
      const named = String(body);
      expect(refused.statusCode, named).toBe(400);
      expect(refused.headers['cache-control'], named).toBe('no-store');
      const id = code === -32600 && !named.startsWith('[') ? (JSON.parse(named).id ?? null) : null;
      expect(refused.json(), named).toMatchObject({ jsonrpc: '2.0', error: { code }, id });
      if (named.includes('extra')) expect(refused.json().error.message).toMatch(/has no member "extra" \(only jsonrpc, id, method/);
      if (code === -32700) expect(refused.json().error.message).toMatch(named.includes('\ufffd') ? /not UTF-8, so not JSON/ : /not JSON$/);
      if (named.startsWith('[')) expect(refused.json().error.message).toMatch(/a batch/);
    }
    // A message sent as another type than JSON is refused for its type, as /check refuses one.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const typed = await app().inject({
        method: 'POST',
        url: '/mcp',
        payload: '{"jsonrpc":"2.0","id":1,"method":"ping"}',
        headers: { 'content-type': type, accept: 'application/json, text/event-stream' },
      });
      expect(typed.statusCode, type).toBe(415);
    }
    // A known method's params of the wrong shape are the client's mistake (-32602, naming the param), not the server's (-32603).
    for (const [params, said] of [
      [undefined, /^Invalid params of tools\/call: params: /],
      [{ name: 'search', arguments: 5 }, /^Invalid params of tools\/call: params\.arguments: /],
    ] as const) {
      const misshapen = await app().inject({
        method: 'POST',
        url: '/mcp',
        payload: { jsonrpc: '2.0', id: 7, method: 'tools/call', params },
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      });
      expect(misshapen.statusCode).toBe(200);
      expect(misshapen.json()).toEqual({ jsonrpc: '2.0', id: 7, error: { code: -32602, message: expect.stringMatching(said) } });
    }
    // The transport's own checks come first (what the client takes, the protocol version), and a method this server
    // does not answer is not found, whatever its params.
    const ask = (payload: object, headers: Record<string, string>) =>
      app().inject({ method: 'POST', url: '/mcp', payload, headers: { 'content-type': 'application/json', ...headers } });
    const both = { accept: 'application/json, text/event-stream' };
    expect((await ask({ jsonrpc: '2.0', id: 7, method: 'tools/call' }, { accept: 'application/json' })).statusCode).toBe(406);
    expect((await ask({}, { accept: 'application/json' })).statusCode).toBe(406);
    // A media type's name in any case (mcp18: Application/JSON, Text/Event-Stream had been a 406).
    const shouted = await ask({ jsonrpc: '2.0', id: 8, method: 'tools/list' }, { accept: 'Application/JSON, Text/Event-Stream' });
    expect(shouted.statusCode).toBe(200);
    expect(shouted.json().result.tools.length).toBeGreaterThan(0);
    expect((await ask({ jsonrpc: '2.0', id: 7, method: 'tools/call' }, { ...both, 'mcp-protocol-version': '1999-01-01' })).statusCode).toBe(
      400,
    );
    const prompts = await ask({ jsonrpc: '2.0', id: 7, method: 'prompts/get', params: {} }, both);
    expect(prompts.json().error.code).toBe(-32601);
    const port = (app().server.address() as AddressInfo).port;
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '0' } },
    };
    const response = await fetch(`http://127.0.0.1:${port}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify(initialize),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const { result } = await response.json();
    expect(result.serverInfo.name).toBe('gansu-campaign-ledger');
    // Named and versioned as the dataset it serves (GET /); telling an assistant to cite the quote and never to substitute a figure.
    const dataset = (await getJson(app(), '/')).body;
    expect(result.serverInfo).toMatchObject({ title: dataset.title, version: dataset.version });
    expect(result.instructions).toMatch(/cite the quote/);
    expect(result.instructions).toMatch(/do not substitute the nearest figure/);
    // A body past the API's own limit but within the MCP route's is read; one past the MCP route's is refused with 413.
    const ping = (padding: number) =>
      app().inject({
        method: 'POST',
        url: '/mcp',
        payload: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping', params: { _meta: { padding: 'x'.repeat(padding) } } }),
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      });
    expect(LIMITS.mcpBodyBytes).toBeGreaterThan(LIMITS.bodyBytes * 2);
    const read = await ping(LIMITS.bodyBytes * 2);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ jsonrpc: '2.0', id: 2, result: {} });
    expect((await ping(LIMITS.mcpBodyBytes)).statusCode).toBe(413);
  });
});

describe('MCP over stdio: npm run --silent mcp', () => {
  const PUBLIC_URL = 'https://ledger.example.org';
  let stdio: Client;
  let stderr = '';
  beforeAll(async () => {
    const transport = new StdioClientTransport({
      command: 'npm',
      args: ['run', '--silent', 'mcp'],
      cwd: ROOT,
      env: { ...(process.env as Record<string, string>), DATABASE_PATH: inject('databasePath'), DATABASE_AUTO_BUILD: 'false', PUBLIC_URL },
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    stdio = new Client({ name: 'ledger-test', version: '1.0.0' });
    // Any byte on stdout that is not the protocol fails the connection.
    await stdio.connect(transport);
  }, 60_000);
  afterAll(async () => {
    await stdio?.close();
  });

  it('answers the same questions with the same structured results as the HTTP API', async () => {
    for (const [tool, args, url] of SAME_QUESTIONS.slice(0, 8)) {
      const result = await call(stdio, tool, args);
      expect(result.structuredContent, `${tool} ${url}`).toEqual((await getJson(app(), url)).body);
    }
    const error = await call(stdio, 'get_record', { id: '000-i999' });
    expect(error.isError).toBe(true);
    expect(error.content[0].text).toMatch(/No indicator has the id "000-i999"/);
    expect(stderr).toBe('');
    // Its cite tool names a record by the address the deployment publishes it at (PUBLIC_URL), as GET /{type}s/{id}/cite does there.
    expect((await call(stdio, 'cite', { id: '000-i031', format: 'csl-json' })).content[0].text).toContain(
      `${PUBLIC_URL}/indicators/000-i031`,
    );
    // Its one client's checks have no share of the time to outrun: a long check after another is answered, not refused as busy.
    for (const claim of ['武威1投'.repeat(50), '武威2投'.repeat(50)])
      expect((await call(stdio, 'check_claim', { claim })).isError, claim).toBeFalsy();
  });

  it('answers a line that is no JSON-RPC message as JSON-RPC says, and goes on', async () => {
    const child = spawn('npm', ['run', '--silent', 'mcp'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: inject('databasePath'), DATABASE_AUTO_BUILD: 'false' },
    });
    let out = '';
    const answered = new Promise<string[]>((resolve) => {
      child.stdout.on('data', (chunk) => {
        out += String(chunk);
        const lines = out.split('\n').filter(Boolean);
        if (lines.length >= 5) resolve(lines);
      });
    });
    child.stdin.write(
      'not json\n[{"jsonrpc":"2.0","id":2,"method":"ping"}]\n{"jsonrpc":"2.0","id":1}\n{"jsonrpc":"2.0","id":4,"method":"tools/call"}\n{"jsonrpc":"2.0","id":3,"method":"ping"}\n',
    );
    const lines = (await answered).map((line) => JSON.parse(line));
    child.stdin.end();
    expect(lines).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error/) } },
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.stringMatching(/^Invalid Request/) } },
      // The SDK's stdio transport gives only the error, not the line: no id to answer with (over HTTP it is answered).
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.stringMatching(/^Invalid Request/) } },
      { jsonrpc: '2.0', id: 4, error: { code: -32602, message: expect.stringMatching(/^Invalid params of tools\/call: params: /) } },
      { jsonrpc: '2.0', id: 3, result: {} },
    ]);
  }, 60_000);

  it('answers every request piped in before stdin closed, each on a whole line, then leaves', async () => {
    const child = spawn('npm', ['run', '--silent', 'mcp'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: inject('databasePath'), DATABASE_AUTO_BUILD: 'false' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const requests = [
      { method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'pipe', version: '1' } } },
      { method: 'tools/call', params: { name: 'list_indicators', arguments: { limit: 500 } } },
      { method: 'resources/read', params: { uri: 'ledger://metrics' } },
      { method: 'tools/call', params: { name: 'search', arguments: { q: '张掖', limit: 500 } } },
      { method: 'tools/call', params: { name: 'check_claim', arguments: { claim: '武威市2023年招商引资到位资金429.49亿元' } } },
      // More large answers than Node's default of ten listeners: each waits for the pipe to drain.
      ...Array.from({ length: 11 }, (_, k) => ({
        method: 'tools/call',
        params: { name: 'list_indicators', arguments: { limit: 50, offset: k } },
      })),
    ];
    child.stdin.end(`${requests.map((r, k) => JSON.stringify({ jsonrpc: '2.0', id: k + 1, ...r })).join('\n')}\n`);
    expect(await exited).toBe(0);
    expect(out.endsWith('\n')).toBe(true);
    const answers = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.id).sort((a, b) => a - b)).toEqual(requests.map((_, k) => k + 1));
    for (const answer of answers) {
      expect(answer.error, JSON.stringify(answer.error)).toBeUndefined();
      expect(answer.result.isError, JSON.stringify(answer.result.content)).toBeFalsy();
    }
    // Answers waiting for a reader are not a leak: no warning of one on the log.
    expect(err).not.toMatch(/MaxListenersExceededWarning/);
  }, 60_000);

  it('waits at the end for every request but one the client cancelled, which is never answered', async () => {
    const sent: unknown[] = [];
    const transport = { onmessage: (_: unknown) => {}, send: async (message: unknown) => void sent.push(message) };
    const answering = inFlight(transport as never);
    let settled = false;
    const ask = (id: number) => transport.onmessage({ jsonrpc: '2.0', id, method: 'tools/call', params: {} });
    ask(1);
    ask(2);
    void answering.settled().then(() => {
      settled = true;
    });
    await transport.send({ jsonrpc: '2.0', id: 1, result: {} });
    // A notification and an error with no id answer nothing asked.
    transport.onmessage({ jsonrpc: '2.0', method: 'notifications/progress', params: {} });
    await transport.send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'x' } });
    await new Promise(setImmediate);
    expect(settled).toBe(false);
    transport.onmessage({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 2 } });
    await new Promise(setImmediate);
    expect(settled).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('offers the same resources', async () => {
    const { resources } = await stdio.listResources();
    expect(resources.map((r) => r.uri)).toContain('ledger://sources/002');
    const { contents } = await stdio.readResource({ uri: 'ledger://sources/002' });
    expect((contents[0] as { text: string }).text).toBe(loadSeed().data.articles.get('002'));
  });
});
