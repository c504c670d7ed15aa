/**
 * The MCP server's resources: each article as received (ledger://sources/000 …), with its record,
 * and the vocabularies of metrics, areas and scopes (ledger://metrics, ledger://cities,
 * ledger://scopes). An article is served only if its bytes still have the SHA-256 the database
 * recorded for it: the quotes' offsets point into exactly those bytes.
 */
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { FastifyInstance as App } from 'fastify';
import { LIMITS } from '../config.ts';
import { articleText } from '../db/articles.ts';
import { RESOURCES, sourceResource } from '../resources/index.ts';
import { ask } from './ask.ts';
import { VOCABULARY_RESOURCES } from './lists.ts';

type SourceRecord = { id: string; file: string; sha256: string; title_zh: string; title_en: string };

/**
 * The record types a record resource reads, by their routes' first segment: every resource's but the articles', which
 * ledger://sources/{id} serves as received (contrib14: a hand-kept list had left a new type out).
 */
const RECORD_TYPES: string[] = RESOURCES.filter((r) => r !== sourceResource).map((r) => r.path);

/**
 * A template variable as the URI component it stands for, decoded once: the SDK hands it on as the URI has it, and
 * RFC 6570 expands one percent-encoded, so ledger://cities/%E6%AD%A6%E5%A8%81 names 武威 (and is told wuwei), and
 * 000%2Di031 is 000-i031, as in a path (mcp18). A malformed escape stays as written, for the route to refuse.
 */
function component(value: string | string[]): string {
  const text = String(value);
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function registerResources(server: McpServer, app: App): void {
  server.registerResource(
    'article',
    new ResourceTemplate('ledger://sources/{id}', {
      list: async () => {
        const { json } = await ask(app, `/sources?limit=${LIMITS.pageSize}`);
        const sources = (json as { data: SourceRecord[] }).data;
        return {
          resources: sources.map((s) => ({
            uri: `ledger://sources/${s.id}`,
            name: `source ${s.id}`,
            title: s.title_en,
            description: `${s.title_zh} — the article as received (${s.file}), whose code points the quotes' offsets count.`,
            mimeType: 'text/plain',
          })),
        };
      },
    }),
    {
      title: 'An article',
      description: 'One of the five articles, byte for byte as received, and its record (/sources/{id}).',
      mimeType: 'text/plain',
    },
    async (uri, { id }) => {
      const answer = await ask(app, `/sources/${encodeURIComponent(component(id))}`);
      // Not found is the client's to fix: InvalidParams, as the SDK answers a URI no resource has.
      if (answer.status === 404)
        throw new McpError(ErrorCode.InvalidParams, `Resource ${uri.href} not found: the articles are 000 to 004.`);
      if (answer.status !== 200) throw new Error((answer.json as { detail?: string } | undefined)?.detail ?? `no source ${id}`);
      const source = answer.json as SourceRecord;
      return {
        contents: [
          { uri: uri.href, mimeType: 'text/plain', text: articleText(source) },
          { uri: uri.href, mimeType: 'application/json', text: answer.body },
        ],
      };
    },
  );

  // A record by the URI a client may guess from its path (ledger://indicators/000-i031): served as its route answers,
  // not listed (there are hundreds); one that is none says where records and the resources are.
  server.registerResource(
    'record',
    new ResourceTemplate('ledger://{type}/{id}', { list: undefined }),
    {
      title: 'A record',
      description: `A record by its type and id, as GET /{type}/{id} answers it (ledger://indicators/000-i031): ${RECORD_TYPES.join(', ')}.`,
      mimeType: 'application/json',
    },
    async (uri, { type, id }) => {
      const answer = RECORD_TYPES.includes(component(type))
        ? await ask(app, `/${encodeURIComponent(component(type))}/${encodeURIComponent(component(id))}`)
        : undefined;
      if (answer?.status === 200) return { contents: [{ uri: uri.href, mimeType: 'application/json', text: answer.body }] };
      const said = (answer?.json as { detail?: string } | undefined)?.detail;
      throw new McpError(
        ErrorCode.InvalidParams,
        `Resource ${uri.href} not found${said ? `: ${said.replace(/\.$/, '')}` : ''}${said?.endsWith('?') ? '' : '.'} A record is read as ledger://{type}/{id} (${RECORD_TYPES.join(', ')}), or with the tool get_record; the articles are ledger://sources/000 to 004, the vocabularies ledger://metrics, ledger://cities and ledger://scopes.`,
      );
    },
  );

  // The vocabularies a tool's arguments take (metric=, city= and within=, scope=), each whole: every page of its list.
  for (const { name, title, description } of VOCABULARY_RESOURCES)
    server.registerResource(name, `ledger://${name}`, { title, description, mimeType: 'application/json' }, async (uri) => {
      const data = await wholeList(app, `/${name}`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify({ data, meta: { total: data.length } }) }] };
    });
}

/** Every record of a list, page after page (a resource takes no arguments to ask for the next). */
export async function wholeList(app: App, path: string, pageSize: number = LIMITS.pageSize): Promise<unknown[]> {
  const data: unknown[] = [];
  let next: string | null = `${path}?limit=${pageSize}`;
  while (next) {
    const answer = await ask(app, next);
    if (answer.status !== 200) throw new Error(`GET ${next} answered ${answer.status}`);
    const page = answer.json as { data: unknown[]; links: { next: string | null } };
    data.push(...page.data);
    next = page.links.next;
  }
  return data;
}
