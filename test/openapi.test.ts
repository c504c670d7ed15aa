/** The public contract: the OpenAPI document validates, and any change to it shows up in review. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SWAGGER_UI_FILES } from '../src/http/swagger-files.ts';
import { RESOURCES } from '../src/resources/index.ts';
import { getJson, useApp } from './helper.ts';

const app = useApp();

type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, { $ref: string }> }>;
};

/** Each GET operation of the document with a URL that answers it 200: its path's examples filled in, its required query given. */
async function exampleGets(): Promise<{ url: string; operation: Operation }[]> {
  const { body } = await getJson(app(), '/openapi.json');
  const firstOf = async (list: string) => {
    // A list that is short and whole takes no paging (/problems): asked for whole.
    const first = await getJson(app(), `${list}?limit=1`);
    const { data } = (first.response.statusCode === 400 ? await getJson(app(), list) : first).body as {
      data: { id?: string; key?: string }[];
    };
    return String(data[0]?.id ?? data[0]?.key);
  };
  // A value each required parameter takes (/compare needs its areas too, which only a refusal says).
  const required: Record<string, string> = { q: '武威', claim: '武威', metric: 'investment.funds_in_place&within=gansu' };
  const gets: { url: string; operation: Operation }[] = [];
  for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, Operation>>)) {
    const operation = operations.get;
    if (!operation) continue;
    let url = path.replace('{slug}', 'wuwei');
    if (url.includes('{id}')) url = url.replace('{id}', await firstOf(path.slice(0, path.indexOf('/{id}'))));
    const query = operation.parameters?.filter((p) => p.in === 'query' && p.required).map(({ name }) => `${name}=${required[name]}`);
    if (query?.length) url += `?${encodeURI(query.join('&'))}`;
    gets.push({ url, operation });
  }
  return gets;
}

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(body))).resolves.toBeDefined();
  });

  it('uses only JSON Schema and OpenAPI keywords in its schemas, and x- for its own (strict validators refuse others)', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    // JSON Schema 2020-12's keywords, and OpenAPI 3.1's (discriminator, xml, externalDocs, example).
    const known = new Set(
      (
        '$ref $id $schema $defs $anchor $comment type enum const title description default examples example deprecated readOnly writeOnly ' +
        'properties additionalProperties patternProperties propertyNames required minProperties maxProperties dependentRequired dependentSchemas ' +
        'items prefixItems contains minContains maxContains minItems maxItems uniqueItems unevaluatedItems unevaluatedProperties ' +
        'anyOf oneOf allOf not if then else minimum maximum exclusiveMinimum exclusiveMaximum multipleOf minLength maxLength pattern format ' +
        'contentMediaType contentEncoding discriminator xml externalDocs'
      ).split(' '),
    );
    const unknown = new Set<string>();
    const walk = (schema: unknown, keyword?: string): void => {
      if (Array.isArray(schema)) {
        for (const s of schema) walk(s);
        return;
      }
      if (typeof schema !== 'object' || schema === null) return;
      for (const [key, value] of Object.entries(schema)) {
        // The names under properties and $defs are the document's own; their values are schemas.
        if (keyword === 'map') walk(value);
        else if (!known.has(key) && !key.startsWith('x-')) unknown.add(key);
        else if (['properties', '$defs', 'patternProperties', 'dependentSchemas'].includes(key)) walk(value, 'map');
        else if (!['enum', 'const', 'example', 'examples', 'default', 'required'].includes(key)) walk(value);
      }
    };
    for (const schema of Object.values(body.components.schemas)) walk(schema);
    expect([...unknown]).toEqual([]);
  });

  it('describes every 200 by what it gives, and the redirect of a retired metric key', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    type Operation = { summary?: string; responses: Record<string, { description: string }> };
    const operations = Object.values(body.paths as Record<string, Record<string, Operation>>).flatMap((p) => Object.values(p));
    const described = operations.filter((o) => o.responses['200']).map((o) => o.responses['200'].description);
    expect(described.length).toBeGreaterThan(40);
    expect(described.filter((d) => d === 'Default Response' || d === '')).toEqual([]);
    expect(body.paths['/indicators'].get.responses['200'].description).toBe(`${body.paths['/indicators'].get.summary}.`);
    expect(body.paths['/metrics/{id}'].get.responses['308'].description).toMatch(/^Permanent Redirect/);
    // POST /check declares the query its page reads, and reads it.
    const posted = body.paths['/check'].post.parameters.map((p: { name: string }) => p.name);
    expect(posted).toEqual(['format', 'lang']);
    const page = await app().inject({
      method: 'POST',
      url: '/check?format=html&lang=zh',
      payload: { text: '武威市2023年接待游客1962.3万人次' },
    });
    expect([page.statusCode, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(page.body).toContain('<html lang="zh-Hans"');
    const redirected = await app().inject({ url: '/metrics/investment.out_of_province_funds_in_place' });
    expect([redirected.statusCode, redirected.headers.location]).toEqual([308, '/metrics/investment.funds_in_place']);
  });

  it('gives every operation an operationId and a tag', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    const operations = Object.values(body.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>).flatMap((p) =>
      Object.values(p),
    );
    const paths = Object.keys(body.paths);
    for (const path of [
      '/',
      '/healthz',
      '/cities',
      '/cities/{slug}',
      '/cities/{slug}/indicators',
      '/cities/{slug}/initiatives',
      '/cities/{slug}/complaints',
      '/indicators',
      '/indicators/{id}',
      '/initiatives',
      '/initiatives/{id}',
      '/complaints',
      '/complaints/{id}',
      '/sources',
      '/sources/{id}',
      '/passages/{id}',
      '/metrics',
    ]) {
      expect(paths).toContain(path);
    }
    for (const op of operations) {
      expect(op.operationId).toBeTruthy();
      expect(op.tags?.length).toBeGreaterThan(0);
    }
  });

  it('declares 429 where the rate limit applies, 503 where load is shed, 414 and 431 everywhere, as problems', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    type Responses = Record<string, { content?: Record<string, unknown> }>;
    for (const [path, methods] of Object.entries(body.paths as Record<string, Record<string, { responses: Responses }>>))
      for (const [method, { responses }] of Object.entries(methods))
        for (const status of ['414', '429', '431', '503']) {
          // Liveness and what a refusal's type names are never limited nor shed; readiness may be shed, but is never limited.
          const never =
            { '/healthz': ['429', '503'], '/problems': ['429', '503'], '/problems/{id}': ['429', '503'], '/readyz': ['429'] }[path] ?? [];
          if (never.includes(status)) expect(responses[status], `${status} of ${method} ${path}`).toBeUndefined();
          else expect(Object.keys(responses[status]?.content ?? {})[0], `${status} of ${method} ${path}`).toBe('application/problem+json');
        }
  });

  it('declares 304 on exactly the operations that answer a matching If-None-Match with one', async () => {
    let declared = 0;
    for (const { url, operation } of await exampleGets()) {
      const first = await app().inject({ url });
      expect(first.statusCode, url).toBe(200);
      const etag = first.headers.etag;
      const again = etag ? await app().inject({ url, headers: { 'if-none-match': String(etag) } }) : undefined;
      const answers304 = again?.statusCode === 304;
      expect('304' in operation.responses, `${url}: answers 304 ${answers304}`).toBe(answers304);
      if (answers304) declared++;
    }
    expect(declared).toBeGreaterThan(30);
  });

  it('declares each header a client acts on where an answer carries it, and sends it where declared', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    const named = (headers: Record<string, { $ref: string }> | undefined) =>
      Object.entries(headers ?? {}).map(([name, { $ref }]) => {
        expect(body.components.headers[$ref.split('/').pop() as string], $ref).toBeDefined();
        return name.toLowerCase();
      });
    let carried = 0;
    for (const { url, operation } of await exampleGets()) {
      const declared = named(operation.responses['200'].headers);
      const csv = operation.parameters?.some((p) => p.name === 'format' && p.schema?.enum?.includes('csv'));
      const sent = new Set<string>();
      for (const asked of csv ? [url, `${url}${url.includes('?') ? '&' : '?'}format=csv`] : [url]) {
        const { headers } = await app().inject({ url: asked });
        for (const name of ['etag', 'link', 'content-disposition', 'accept-ranges'].filter((h) => h in headers)) {
          carried++;
          sent.add(name);
          expect(declared, `${name} of ${asked}`).toContain(name);
        }
      }
      // And what is declared is sent (a Link only where there is another page, which an example's first page may not have).
      for (const name of declared.filter((h) => h !== 'link')) expect([...sent], `${name} declared on ${url}`).toContain(name);
      if ('304' in operation.responses) expect(named(operation.responses['304'].headers), url).toEqual(['etag']);
    }
    expect(carried).toBeGreaterThan(60);
    // A list's next page is in its Link header, declared; so when to ask again, where a 429 or 503 may come.
    expect((await app().inject('/indicators?limit=1')).headers.link).toMatch(/rel="next"/);
    for (const operations of Object.values(body.paths) as Record<string, Operation>[])
      for (const operation of Object.values(operations))
        for (const status of ['429', '503'].filter((s) => s in operation.responses))
          expect(named(operation.responses[status].headers)).toEqual(
            status === '429' ? ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'] : ['retry-after'],
          );
    expect(named(body.paths['/metrics/{id}'].get.responses['308'].headers)).toEqual(['location']);
    // A range of a download carries what the whole does, and says which bytes: each declared on its 206.
    for (const path of ['/downloads/ledger.zip', '/downloads/ledger.sqlite']) {
      const { statusCode, headers } = await app().inject({ url: path, headers: { range: 'bytes=0-9' } });
      expect(statusCode).toBe(206);
      const sent = ['etag', 'content-disposition', 'accept-ranges', 'content-range'].filter((h) => h in headers);
      expect(sent).toHaveLength(4);
      expect(named(body.paths[path].get.responses['206'].headers).sort()).toEqual(sent.sort());
    }
  });

  it('lists text/html for every problem a page route answers as a page, and only there', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    const html = { accept: 'text/html' };
    const refused = [
      await app().inject({ url: '/indicators', headers: { ...html, 'if-match': '"x"' } }),
      await app().inject({ url: `/indicators?q=${'a'.repeat(2100)}`, headers: html }),
      await app().inject({ url: '/indicators?ctiy=1', headers: html }),
    ];
    expect(refused.map((r) => [r.statusCode, r.headers['content-type']])).toEqual(
      [412, 414, 400].map((status) => [status, 'text/html; charset=utf-8']),
    );
    for (const operations of Object.values(body.paths) as Record<string, Operation>[])
      for (const operation of Object.values(operations)) {
        const page = 'text/html' in (operation.responses['200']?.content ?? {});
        for (const [status, response] of Object.entries(operation.responses).filter(([s]) => Number(s) >= 400))
          expect(Object.keys(response.content ?? {}), status).toEqual(
            page && status !== '431' ? ['application/problem+json', 'text/html'] : ['application/problem+json'],
          );
      }
  });

  it('lists text/csv beside JSON wherever format= offers csv', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    let offered = 0;
    for (const operations of Object.values(body.paths) as Record<
      string,
      { parameters?: { name: string; schema?: { enum?: string[] } }[]; responses: Record<string, { content?: Record<string, unknown> }> }
    >[]) {
      for (const operation of Object.values(operations)) {
        const csv = operation.parameters?.find((p) => p.name === 'format')?.schema?.enum?.includes('csv') ?? false;
        if (!csv) continue;
        offered++;
        expect(operation.responses['200']?.content?.['text/csv']).toBeDefined();
      }
    }
    expect(offered).toBeGreaterThan(5);
  });

  it('holds no component schema that nothing refers to (a client would generate a type of it)', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    const text = JSON.stringify(body);
    const unused = Object.keys(body.components.schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    expect(unused).toEqual([]);
  });

  it("gives every path parameter an example, and each GET with its examples filled in answers 200 (Swagger UI's Try it out)", async () => {
    const { body } = await getJson(app(), '/openapi.json');
    type Parameter = { in: string; name: string; example?: string; schema?: { example?: string } };
    let tried = 0;
    for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, { parameters?: Parameter[] }>>)) {
      const get = operations.get;
      const inPath = (get?.parameters ?? []).filter((p) => p.in === 'path');
      if (!get || inPath.length === 0) continue;
      let url = path;
      for (const p of inPath) {
        const example = p.example ?? p.schema?.example;
        expect(example, `${path} {${p.name}}`).toEqual(expect.any(String));
        url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)));
      }
      expect((await app().inject(url)).statusCode, url).toBe(200);
      tried++;
    }
    expect(tried).toBeGreaterThan(10);
  });

  it('gives a search parameter an example that finds something where it is described (a client tries it first)', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    type Parameter = { in: string; name: string; description?: string };
    let tried = 0;
    for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, { parameters?: Parameter[] }>>)) {
      const q = operations.get?.parameters?.find((p) => p.in === 'query' && p.name === 'q');
      const example = q?.description?.match(/For example: ([^.\s]+)\.$/)?.[1];
      if (!example || path.includes('{')) continue;
      const { response, body: found } = await getJson(app(), `${path}?q=${encodeURIComponent(example)}`);
      expect(response.statusCode, path).toBe(200);
      expect(found.meta.total, `${path}?q=${example}`).toBeGreaterThan(0);
      tried++;
    }
    expect(tried).toBeGreaterThan(5);
  });

  it('matches the snapshot of the public contract', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    body.info.version = '<dataset version>';
    await expect(JSON.stringify(body, null, 2)).toMatchFileSnapshot('./__snapshots__/openapi.json');
  });

  it('/docs serves Swagger UI', async () => {
    const response = await app().inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });

  it("serves Swagger UI's files compressed, with an ETag, byte for byte the package's", async () => {
    const url = '/docs/static/swagger-ui-bundle.js';
    const file = readFileSync(join(SWAGGER_UI_FILES, 'swagger-ui-bundle.js'));
    const response = await app().inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(gunzipSync(response.rawPayload).equals(file)).toBe(true);
    const etag = String(response.headers.etag);
    const again = await app().inject({ url, headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    const plain = await app().inject({ url });
    expect(plain.rawPayload.equals(file)).toBe(true);
    const head = await app().inject({ method: 'HEAD', url });
    expect([head.statusCode, head.payload]).toEqual([200, '']);
    expect((await app().inject({ url: '/docs/static/nothing.js' })).statusCode).toBe(404);
    // Each as the type a browser takes it for: answers are nosniff, so a stylesheet that is not text/css is not applied.
    expect((await app().inject({ url: '/docs/static/swagger-ui.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
  });
});

/** A schema's JSON Schema for what it reads or for what it gives, objects' strictness aside (zod's output ones are closed). */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return JSON.parse(
    JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: 'any' }), (key, value) =>
      key === 'additionalProperties' ? undefined : value,
    ),
  );
}

describe('response schemas', () => {
  // Answers are checked by parsing them against their schema (src/resources/served.ts, jsonOf), which
  // gives what encoding would only while a schema reads the same in both directions. The route
  // modules are imported once the app has loaded them: imported ahead of it, they would change the
  // order zod meets the schemas in, and with it the document the snapshot above holds.
  async function responseSchemas(): Promise<[string, z.ZodType][]> {
    const [search, hit, compare, row, conflicts] = await Promise.all([
      import('../src/routes/search/index.ts'),
      import('../src/routes/search/schema.ts'),
      import('../src/routes/compare/index.ts'),
      import('../src/routes/compare/schema.ts'),
      import('../src/routes/conflicts/index.ts'),
    ]);
    return [
      ...RESOURCES.flatMap((r): [string, z.ZodType][] => [
        [r.type, r.item],
        [`${r.type} list`, r.list],
      ]),
      ['search hit', hit.hitSchema],
      ['search list', search.hitList],
      ['comparison row', row.rowSchema],
      ['comparison list', compare.comparisonList],
      ['conflict', conflicts.conflictSchema],
      ['conflict list', conflicts.conflictList],
    ];
  }

  it('have no codec, transform or default', async () => {
    const schemas = await responseSchemas();
    expect(schemas.length).toBe(2 * RESOURCES.length + 6);
    for (const [name, schema] of schemas) expect(jsonSchemaOf(schema, 'output'), name).toEqual(jsonSchemaOf(schema, 'input'));
  });

  it('the check sees a codec, a transform and a default', () => {
    const date = z.codec(z.iso.datetime(), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() });
    for (const field of [date, z.string().transform((s) => s.length), z.string().default('x')]) {
      const schema = z.object({ field });
      expect(jsonSchemaOf(schema, 'output')).not.toEqual(jsonSchemaOf(schema, 'input'));
    }
  });
});
