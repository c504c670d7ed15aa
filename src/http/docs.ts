/** The OpenAPI 3.1 document at /openapi.json and Swagger UI at /docs. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { DATASET_TITLE } from '../config.ts';
import { answersNotModified } from './cache.ts';
import { type Document, operationsOf, type Parameter, withCslJson, withHeaders } from './docs-responses.ts';
import { LANGUAGE_TAG_PATTERN } from './negotiation.ts';
import { PROBLEM_KINDS } from './problem-types.ts';
import { rateLimited } from './safety.ts';
import { SWAGGER_UI_FILES, swaggerFilesAsBytes } from './swagger-files.ts';

const zodToJsonConfig = { target: 'draft-2020-12' as const };

/** A route whose format= offers csv answers text/csv too (format=csv, or Accept: text/csv above JSON): listed beside its JSON. */
function withCsv(document: Document): Document {
  for (const [, operation] of operationsOf(document)) {
    const format = operation.parameters?.find((p) => p.name === 'format');
    const ok = operation.responses?.['200']?.content;
    if (!ok || !format?.schema?.enum?.includes('csv')) continue;
    ok['text/csv'] = {
      schema: {
        type: 'string',
        description:
          'Every row of the filtered set (not one page) as CSV, RFC 4180, UTF-8 with a BOM, for format=csv or Accept: text/csv above application/json.',
      },
    };
  }
  return document;
}

/** The routes with a page, by their path as Fastify declares it: whether a form POSTs to it, and its own parameters. */
type PageRoutes = Readonly<Record<string, { post?: boolean; params?: Record<string, readonly string[]> }>>;

/**
 * The routes with a page (src/pages/registry.ts, given by the app) answer text/html too: a page for
 * a 200, an error page for every problem but a 431, which Node's parser answers before any route
 * (src/http/client-errors.ts). Listed beside their JSON, which does not change, with format= and
 * lang= (a form's POST reads them from its query too).
 */
function withPages(document: Document, pages: PageRoutes): Document {
  const html = (status: string) => ({
    schema: {
      type: 'string',
      description:
        status === '200'
          ? 'The same answer as a page for browsers: given for Accept: text/html above application/json, or format=html; lang=zh|en chooses its language (else Accept-Language).'
          : 'The same problem as a page for browsers, with the same status.',
    },
  });
  for (const [route, page] of Object.entries(pages)) {
    const path = route.replace(/:(\w+)/g, '{$1}');
    for (const method of page.post ? ['get', 'post'] : ['get']) {
      const operation = document.paths?.[path]?.[method];
      if (!operation) continue;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (status === '431' || !response.content) continue;
        response.content['text/html'] = html(status);
      }
      operation.parameters = [...pageParameters(operation.parameters ?? [], page.params ?? {})];
    }
  }
  return document;
}

/** A page route's query as a browser may send it: format= offers html (and json, where the API's has no format=), and lang= the page's language. */
function* pageParameters(parameters: Parameter[], own: Record<string, readonly string[]>): Generator<Parameter> {
  let format = false;
  for (const p of parameters) {
    if (p.in === 'query' && p.name === 'format' && p.schema?.enum) {
      format = true;
      const description = `${p.description ?? ''} html: this answer as a page for browsers (same as Accept: text/html).`.trim();
      yield { ...p, description, schema: { ...p.schema, enum: [...p.schema.enum, 'html'] } };
    } else yield p;
  }
  const pageOnly = 'The page’s own parameter: the JSON answer is the same with it or without it.';
  for (const [name, values] of Object.entries(own))
    yield {
      name,
      in: 'query',
      required: false,
      description: `What the page shows: ${values.join(' or ')}. ${pageOnly}`,
      schema: { type: 'string', enum: [...values] },
    };
  if (!format)
    yield {
      name: 'format',
      in: 'query',
      required: false,
      description: `html: this answer as a page for browsers; json: as JSON, whatever Accept says. ${pageOnly}`,
      schema: { type: 'string', enum: ['json', 'html'] },
    };
  yield {
    name: 'lang',
    in: 'query',
    required: false,
    description: `The language of the page, a language tag whose primary language is zh (Chinese: zh, zh-TW, zh-Hant …) or en (English: en, en-GB …); without it, the first of Accept-Language’s that the pages speak. ${pageOnly}`,
    schema: { type: 'string', pattern: LANGUAGE_TAG_PATTERN, examples: ['zh', 'en'] },
  };
}

const NOT_MODIFIED =
  'Not Modified: the answer is the one whose ETag If-None-Match names (or W/ of it, as compressed answers are tagged); no body (RFC 9110 §15.4.5).';

const PROBLEM_DESCRIPTIONS: Record<string, string> = {
  400: 'A parameter is missing, unknown or out of its range: a problem naming each (invalid_params).',
  404: 'No such record or resource.',
  410: 'A record once published and since withdrawn, with the reason in both languages.',
  413: 'A request body larger than the route takes.',
  414: 'A request target (path and query) longer than the server reads.',
  412: 'If-Match names no current representation (strong comparison: a W/ tag never matches; * matches any).',
  416: 'A Range past the file’s end; Content-Range gives its length.',
  431: 'A request line and headers larger than the server reads.',
  429: 'More requests a minute from this client than RATE_LIMIT_MAX allows (paragraphs checked: CHECK_RATE_LIMIT_MAX), Retry-After saying when to ask again; or more requests sent ahead on one connection than it holds answers for (HTTP/1.1 pipelining), which then closes.',
  503: 'The server is shedding load, stopping or not ready, or (for a check of a text) checks have taken their share of its time (CHECK_CPU_PERCENT); Retry-After says when to ask again.',
};

type RouteTransform = ReturnType<typeof createJsonSchemaTransform>;

/**
 * What a route's own settings say it can answer beyond its schema: 304 and 412 where it tags its
 * answers (src/http/cache.ts); 429 unless the rate limit passes it over, 503 unless it is never shed
 * (src/http/safety.ts, shedding.ts); 414 and 431, which every request can meet before its route.
 */
function withRouteStatuses(transform: RouteTransform): RouteTransform {
  return (input) => {
    const output = transform(input);
    const { route } = input as Parameters<RouteTransform>[0] & { route?: { method: string | string[]; config?: FastifyContextConfig } };
    const response = (output.schema as { response?: Record<string, unknown> } | undefined)?.response;
    if (!route || !response) return output;
    const config = route.config ?? {};
    const tagged = Boolean(response['200']) && [route.method].flat().includes('GET') && answersNotModified(config);
    if (tagged) response['304'] = { type: 'null', description: NOT_MODIFIED };
    const problem = response['400'];
    if (!problem) return output;
    const refusals = ['414', '431'];
    if (tagged) refusals.push('412');
    if (rateLimited(config)) refusals.push('429');
    if (!config.neverShed) refusals.push('503');
    for (const status of refusals) response[status] ??= problem;
    return output;
  };
}

/** The types a problem of a status may carry, each an address that says what it means. */
function typesOf(status: string): string {
  const types = Object.entries(PROBLEM_KINDS)
    .filter(([, kind]) => String(kind.status) === status)
    .map(([name]) => `/problems/${name}`);
  if (types.length === 0) return '';
  return ` Its type${types.length > 1 ? ', one of' : ''}: ${types.join(', ')} (GET it for what the kind means).`;
}

/** A 200 described by what the operation gives (its summary), where Fastify's swagger would say "Default Response". */
function withAnswersDescribed(document: Document): Document {
  for (const [, operation] of operationsOf(document)) {
    const ok = operation.responses?.['200'];
    if (ok && operation.summary && (!ok.description || ok.description === 'Default Response')) ok.description = `${operation.summary}.`;
  }
  return document;
}

/** Every error is an RFC 9457 problem, sent as application/problem+json whatever the route's answers are. */
function withProblems(document: Document): Document {
  for (const [, operation] of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (Number(status) < 400 || !response.content) continue;
      const [declared] = Object.values(response.content) as { schema?: unknown }[];
      response.content = { 'application/problem+json': { schema: declared?.schema } };
      response.description = `${PROBLEM_DESCRIPTIONS[status] ?? 'An RFC 9457 problem.'}${typesOf(status)}`;
    }
  }
  return document;
}

/**
 * Without the input copies of schemas no request takes (ProblemInput, IndicatorListInput …): the zod
 * provider derives one for every schema it registers, and a generated client would carry two types of each.
 * The schemas left are sorted by name.
 */
function withoutUnusedInputs(document: Document): Document {
  const schemas = document.components?.schemas ?? {};
  for (let removed = true; removed; ) {
    const text = JSON.stringify(document);
    const unused = Object.keys(schemas).filter((name) => name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`));
    for (const name of unused) delete schemas[name];
    removed = unused.length > 0;
  }
  // In the order of their names, not of the modules that first defined them: moving a schema between
  // modules, or importing them in another order, leaves the document's bytes as they were.
  if (document.components?.schemas)
    document.components.schemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return document;
}

export default fp(
  async function docs(app: FastifyInstance, options: { version: string; pages: PageRoutes; publicUrl?: string }) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        // Where the API is published, when the deployment says (PUBLIC_URL), then the server the document came from (a
        // copy of the deployment elsewhere, whose Swagger UI then tries itself); unset, paths resolve against the document.
        ...(options.publicUrl
          ? {
              servers: [
                { url: options.publicUrl, description: 'Where the API is published' },
                { url: '/', description: 'This server' },
              ],
            }
          : {}),
        info: {
          title: DATASET_TITLE.en,
          version: options.version,
          description:
            'A read-only REST API over a hand-verified dataset drawn from Chinese government reporting on Gansu province: ' +
            'the 三抓三促 (Three Grasps, Three Promotes) campaign launched on 2023-02-13 and the investment-promotion drives ' +
            'of Wuwei, Zhangye and Jiuquan. Every indicator, initiative, complaint and project embeds its evidence: the verbatim quote ' +
            'with code point offsets into the archived article, its Simplified reading and an English translation. ' +
            'Errors are RFC 9457 application/problem+json. The code and the curated data (records, translations, structure) are MIT-licensed; the quoted articles belong to their publishers (see /sources). ' +
            'The same URLs are web pages in a browser: a route that lists text/html answers it when Accept ranks text/html above application/json ' +
            '(a browser navigating), or for format=html; lang=zh or lang=en chooses the page’s language (else Accept-Language). ' +
            'JSON stays the answer for every other client, and lang and format=html never change it.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        tags: [
          { name: 'dataset', description: 'What this is and whether it is up' },
          { name: 'cities', description: 'Administrative areas, with GB/T 2260 codes' },
          { name: 'indicators', description: 'Statistics: one number, one row, each with its quote' },
          { name: 'initiatives', description: 'Campaigns, mechanisms, policy documents, service brands, programmes' },
          { name: 'complaints', description: 'Concrete cases raised by residents or firms and resolved' },
          { name: 'projects', description: 'Named projects and what the text says happened to each' },
          { name: 'sources', description: 'The articles and their passages' },
          { name: 'metrics', description: 'The controlled vocabulary of measures' },
          { name: 'search', description: 'Full-text search in Simplified, Traditional or English' },
          { name: 'check', description: 'Claims checked against the records, with the evidence' },
          {
            name: 'downloads',
            description:
              'The data to take home: a Frictionless data package, each table as CSV, a zip, the SQLite file; schema.org metadata at / with Accept: application/ld+json',
          },
        ],
      },
      transform: withRouteStatuses(createJsonSchemaTransform({ zodToJsonConfig })),
      transformObject: (input) =>
        withoutUnusedInputs(
          withHeaders(
            withCslJson(
              withCsv(
                withPages(
                  withProblems(withAnswersDescribed(createJsonSchemaTransformObject({ zodToJsonConfig })(input) as Document)),
                  options.pages,
                ),
              ),
            ),
          ),
        ) as never,
    });
    swaggerFilesAsBytes(app, '/docs');
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { validatorUrl: null } as object,
      baseDir: SWAGGER_UI_FILES,
      logo: { type: 'image/svg+xml', content: readFileSync(join(SWAGGER_UI_FILES, 'logo.svg')) },
      uiHooks: {
        // Its own redirect of static/index.html rewrites the address as sent, which a query or a percent-encoded letter
        // (index%2Ehtml) keeps from matching its pattern: sent to the same address, forever. The route decides here.
        onRequest: (request, reply, done) =>
          request.routeOptions.url === '/docs/static/index.html' ? void reply.redirect('/docs/') : done(),
      },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'docs' },
);
