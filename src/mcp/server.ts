/**
 * The MCP server: the API's questions as tools, the articles and the metric vocabulary as
 * resources, on the official TypeScript SDK. A tool asks the app the same question over HTTP
 * (app.inject, with the URL a client would use) and answers the parsed JSON as structuredContent,
 * so a tool's structured result is the API's answer by construction; a 4xx is a tool error carrying
 * the problem document. Input schemas are the routes' own query schemas in JSON form (./inputs.ts).
 * One server per connection: the Streamable HTTP route builds one per request (./http.ts), stdio one
 * per process (./stdio.ts).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
// The app as MCP uses it: Fastify's instance with this app's decorations (declared by their plugins), not
// src/app.ts's App, which imports this module.
import type { FastifyInstance as App } from 'fastify';
import { z } from 'zod';
import { DATASET_TITLE, DEFAULTS, LIMITS } from '../config.ts';
import { typeOfId } from '../domain/ids.ts';
import { indicatorResource, projectResource } from '../resources/index.ts';
import { idParams } from '../resources/schemas.ts';
import { checkQuery } from '../routes/check/index.ts';
import { claimCheckSchema } from '../routes/check/schema.ts';
import { citeQuery } from '../routes/cite/index.ts';
import { compareQuery } from '../routes/compare/index.ts';
import { searchQuery } from '../routes/search/index.ts';
import { type Answer, ask } from './ask.ts';
import { toolInput, toolParameter, toQueryString } from './inputs.ts';
import { registerResources } from './resources.ts';
import { checkText, compareText, indicatorsText, problemText, projectsText, RECORD_PATHS, recordText, searchText } from './text.ts';

/**
 * A tool's result: the API's JSON as structuredContent and a short text; an error a tool error with its
 * problem (a 503 says when to ask again), as structuredContent too unless the tool declares its output's
 * schema (`declared`), which clients hold an error's structured content to as well: then in a second text.
 */
async function result(answer: Answer, text: (json: never) => string | Promise<string>, { declared = false } = {}): Promise<CallToolResult> {
  const json = answer.json as Record<string, unknown> | undefined;
  if (answer.status === 200 && json && typeof json === 'object' && !Array.isArray(json)) {
    return { content: [{ type: 'text', text: await text(json as never) }], structuredContent: json };
  }
  if (answer.status >= 400 && json) {
    // A tool's arguments make the API's request target: too many values or too long a text is said in the tool's terms.
    const tooLong =
      answer.status === 414
        ? ' The tool asks the API with its arguments in a URL: give fewer values or a shorter text, or ask in parts.'
        : '';
    const said = { type: 'text' as const, text: `${problemText(json)}${tooLong}` };
    if (declared) return { isError: true, content: [said, { type: 'text', text: JSON.stringify(json) }] };
    return { isError: true, content: [said], structuredContent: json };
  }
  return { isError: true, content: [{ type: 'text', text: `The API answered ${answer.status} to GET ${answer.url}.` }] };
}

/** The record with this id, from the route of its type: the first of the possible types that has it. */
type Found = { type: string; answer: Answer; tried: { type: string; suggestions: string[] }[] };

async function findRecord(app: App, id: string, suffix = '', slugged = ['initiative', 'project']): Promise<Found> {
  // Indicators, passages and complaints say their type in their ids; initiatives, projects (and areas) are slugs, tried in turn.
  const typed = typeOfId(id);
  const types = typed ? [typed] : slugged;
  const tried: Found['tried'] = [];
  let found: Found | undefined;
  for (const type of types) {
    found = { type, answer: await ask(app, `/${RECORD_PATHS[type]}/${encodeURIComponent(id)}${suffix}`), tried };
    if (found.answer.status !== 404) return found;
    const problem = found.answer.json as { invalid_params?: { suggestions?: string[] }[] } | undefined;
    tried.push({ type, suggestions: problem?.invalid_params?.[0]?.suggestions ?? [] });
  }
  return found as Found;
}

/**
 * A tool's arguments with the fields that name each row added to fields= when it is given: the text
 * beside the structured result names every row by its id and URL, whatever fields were asked for.
 */
function withKeys(args: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const fields = args.fields;
  if (!Array.isArray(fields)) return args;
  return { ...args, fields: [...keys.filter((k) => !fields.includes(k)), ...fields] };
}

/**
 * A record's id as a tool takes it, without spaces around it (a model copies " 000-i031" with the space, and no id has
 * one). '.' and '..' are refused: a request's path is resolved as a URL, where /initiatives/.. is the root (encoded
 * or not), and the tool would answer another record.
 */
const recordId = idParams.shape.id
  .trim()
  .min(1)
  .regex(/^(?!\.\.?$)/, 'an id is never . or ..');

/**
 * An id as the texts print its record's path beside it (/indicators/000-i031), as its resource's URI
 * (ledger://indicators/000-i031) or as its URL (http://…/indicators/000-i031): the id, the rest taken off (mcp18).
 */
const RECORD_PATH = new RegExp(`^(?:ledger://|https?://[^/]+/|/)?(?:${Object.values(RECORD_PATHS).join('|')})/(?=[^/]+$)`);
const withoutPath = (id: string) => {
  const bare = id.replace(RECORD_PATH, '');
  // Never . or .. (recordId refuses them as given): resolved as a URL, /projects/.. is the root.
  return bare === '.' || bare === '..' ? id : bare;
};

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const SMALL_PAGE = { limit: DEFAULTS.mcpPageSize };

export function buildMcpServer(app: App): McpServer {
  const server = new McpServer(
    { name: 'gansu-campaign-ledger', title: DATASET_TITLE.en, version: app.datasetMeta.version },
    {
      maxToolInputElements: LIMITS.mcpToolInputElements,
      instructions:
        'A hand-verified dataset of figures from Chinese government reporting on Gansu (the 三抓三促 campaign; Wuwei, Zhangye and Jiuquan). ' +
        'Every figure carries its verbatim quote with offsets into its article: cite the quote, never a figure without it. ' +
        'A figure the dataset does not hold is not found; do not substitute the nearest figure. check_claim checks a sentence.',
    },
  );

  server.registerTool(
    'search',
    {
      title: 'Search',
      description:
        'One search over indicators, initiatives, complaints, projects, passages, cities and metrics, in Simplified, Traditional or English. GET /search.',
      inputSchema: z.strictObject(toolInput(searchQuery.shape, { defaults: SMALL_PAGE })),
      annotations: READ_ONLY,
    },
    async (args) => result(await ask(app, `/search${toQueryString(withKeys(args, ['type', 'id', 'url']))}`), searchText),
  );

  server.registerTool(
    'list_indicators',
    {
      title: 'List indicators',
      description: 'Statistics, one number a row, each with its verbatim evidence, filtered as GET /indicators filters them.',
      inputSchema: z.strictObject(
        toolInput((indicatorResource.query as unknown as z.ZodObject).shape as Record<string, z.ZodType>, { defaults: SMALL_PAGE }),
      ),
      annotations: READ_ONLY,
    },
    async (args) => result(await ask(app, `/indicators${toQueryString(withKeys(args, ['id']))}`), indicatorsText),
  );

  server.registerTool(
    'list_projects',
    {
      title: 'List projects',
      description:
        'Named projects (plants, parks, lines, roads …) with what the text says happened to each (planned, signed, started, under way, completed, in operation), dated as far as it dates it, filtered as GET /projects filters them: by status, area (city, within), year, sector.',
      inputSchema: z.strictObject(
        toolInput((projectResource.query as unknown as z.ZodObject).shape as Record<string, z.ZodType>, { defaults: SMALL_PAGE }),
      ),
      annotations: READ_ONLY,
    },
    async (args) => result(await ask(app, `/projects${toQueryString(withKeys(args, ['id']))}`), projectsText),
  );

  server.registerTool(
    'compare',
    {
      title: 'Compare areas',
      description:
        "One metric's values side by side across areas (cities or within), in base units, one scope (口径) at a time. GET /compare.",
      inputSchema: z.strictObject(toolInput(compareQuery.shape, { defaults: SMALL_PAGE })),
      annotations: READ_ONLY,
    },
    async (args) =>
      result(
        await ask(app, `/compare${toQueryString(withKeys(args, ['indicator', 'city']))}`),
        async (page: { data: { indicator: string }[] }) => {
          // The rows carry no quotes: each row's indicator is asked for, so every figure in the text stands with its quote.
          const indicators = new Map<string, Record<string, unknown>>();
          for (const row of page.data) {
            const answer = await ask(app, `/indicators/${encodeURIComponent(row.indicator)}`);
            if (answer.status === 200) indicators.set(row.indicator, answer.json as Record<string, unknown>);
          }
          return compareText(page as never, indicators as never, (args as { year?: number }).year);
        },
      ),
  );

  server.registerTool(
    'get_record',
    {
      title: 'Get a record',
      description:
        'One indicator (000-i031), initiative, complaint (001-c01), passage (000-p015) or project by its id, with its evidence; an area by its slug (wuwei); or a metric by its key (tourism.revenue), as search gives them.',
      inputSchema: z.strictObject({
        id: recordId.describe(
          'The record id, as lists and search give it (its path, /indicators/000-i031, its ledger:// URI or URL is taken off).',
        ),
      }),
      annotations: READ_ONLY,
    },
    async (args) => {
      const id = withoutPath(args.id);
      const found = await findRecord(app, id, '', ['initiative', 'project', 'city', 'metric']);
      return untypedNotFound(id, found, await result(found.answer, (record: Record<string, unknown>) => recordText(found.type, record)));
    },
  );

  server.registerTool(
    'check_claim',
    {
      title: 'Check a claim',
      description:
        'Checks a claim (a sentence with a figure, an area, a measure and perhaps a year) against the records: supported, rounded, contradicted or not_found, with the evidence; what it says of two figures (higher than, twice) is judged too and can contradict it, or is given as unjudged with why (two units, ranges). GET /check.',
      inputSchema: z.strictObject(toolInput(checkQuery.shape)),
      // Its structured result is GET /check's answer, whose shape no argument changes: declared (as an object, not the
      // API's named schema, which JSON Schema gives as a $ref), so a client knows it before calling.
      outputSchema: z.object(claimCheckSchema.shape),
      annotations: READ_ONLY,
    },
    async (args) => result(await ask(app, `/check${toQueryString(args)}`), checkText, { declared: true }),
  );

  server.registerTool(
    'cite',
    {
      title: 'Cite a record',
      description:
        'A citation of an indicator, initiative, complaint or project: its article, the verbatim quote and where it stands (GB/T 7714, a reference line, has no quote), with the dataset and its version, as text (English), text-zh (the same in Chinese, without the translation), BibTeX (biblatex), RIS, CSL-JSON or GB/T 7714. ' +
        'structuredContent is { id, format, media_type, citation } with the citation exactly as GET /{type}s/{id}/cite answers it.',
      inputSchema: z.strictObject({
        id: recordId.describe('The record id.'),
        format: toolParameter(citeQuery.shape.format),
      }),
      annotations: READ_ONLY,
    },
    async (args) => {
      const { format } = args as { id: string; format: string };
      const id = withoutPath(args.id);
      // A passage's id says what it is: no request is made for what has no citation.
      if (typeOfId(id) === 'passage')
        return {
          isError: true,
          content: [
            {
              type: 'text',
              text: `A passage is not cited on its own: cite a record that quotes it (the search tool finds records by its words), or its article (the resource ledger://sources/${id.slice(0, 3)}).`,
            },
          ],
        };
      const found = await findRecord(app, id, `/cite${toQueryString({ format })}`);
      const { answer } = found;
      if (answer.status === 404 && !typeOfId(id)) {
        // An area or a metric get_record finds has no citation of its own: its figures do.
        const named = await findRecord(app, id, '', ['city', 'metric']);
        if (named.answer.status === 200) {
          const filter = named.type === 'city' ? 'city' : 'metric';
          const text = `${named.type === 'city' ? 'An area' : 'A metric'} is not cited on its own: cite a figure of it, where it has one (list_indicators with ${filter} ${id} lists them, each with its id).`;
          return { isError: true, content: [{ type: 'text', text }] };
        }
      }
      if (answer.status !== 200) return untypedNotFound(id, found, await result(answer, () => ''));
      const citation = { id, format, media_type: answer.type, citation: answer.body };
      return { content: [{ type: 'text', text: answer.body }], structuredContent: citation };
    },
  );

  registerResources(server, app);
  // The tools and resources never change while a server runs, and a stateless server over HTTP has no stream to
  // say so on: it promises no list_changed notification (the SDK promises one wherever a tool is registered).
  server.server.registerCapabilities({ tools: { listChanged: false }, resources: { listChanged: false } });
  return server;
}

/** What a text calls a record type (an area's route is /cities). */
const typeName = (type: string) => (type === 'city' ? 'area' : type);

/**
 * A 404 for an id that says no type (tried as an initiative, a project, an area): what ids look like,
 * and the closest of every type tried, not only of the last (structuredContent is the last one's problem).
 */
function untypedNotFound<T extends { content: unknown[] }>(id: string, { answer, tried }: Found, answered: T): T {
  if (answer.status !== 404 || typeOfId(id)) return answered;
  const names = tried.map((t) => typeName(t.type));
  const near = tried.flatMap((t) => t.suggestions.map((s) => `${s} (${typeName(t.type)})`));
  const either = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
  // An article's id (000) is no record's: its text and record are a resource.
  const article = /^\d{3}$/.test(id) ? `; an article is the resource ledger://sources/${id}` : '';
  const text = `Not Found (404): no ${either} has the id "${id}" (ids without a type in them are tried as each)${near.length > 0 && !article ? `; the closest: ${near.join(', ')}` : ''}${article}; indicators, complaints and passages have ids like 000-i031, 001-c01, 000-p015.`;
  return { ...answered, content: [{ type: 'text', text }] };
}
