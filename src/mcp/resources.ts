/**
 * The MCP server's resources: each article as received (ledger://sources/000 …), with its record,
 * and the vocabularies of metrics, areas and scopes (ledger://metrics, ledger://cities, ledger://scopes). An article is served only if its bytes still have
 * the SHA-256 the database recorded for it: the quotes' offsets point into exactly those bytes.
 */
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { App } from '../app.ts';
import { articleText } from '../db/articles.ts';
import { ask } from './ask.ts';

type SourceRecord = { id: string; file: string; sha256: string; title_zh: string; title_en: string };

export function registerResources(server: McpServer, app: App): void {
  server.registerResource(
    'article',
    new ResourceTemplate('ledger://sources/{id}', {
      list: async () => {
        const { json } = await ask(app, '/sources?limit=500');
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
      const answer = await ask(app, `/sources/${encodeURIComponent(String(id))}`);
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

  // The vocabularies a tool's arguments take (metric=, city= and within=, scope=), for a client that has no GET.
  const vocabularies: [string, string, string, string][] = [
    ['metrics', 'The metric vocabulary', 'Every measure the indicators use: key, names, definitions and base unit (/metrics).', '/metrics'],
    [
      'cities',
      'The areas',
      'Every area (province, prefectures, counties, districts, zones): slug, names in Chinese and English, level and the area above it (/cities).',
      '/cities',
    ],
    ['scopes', 'The scopes (口径)', 'Every scope a figure may be narrowed to: key, names and definitions (/scopes).', '/scopes'],
  ];
  for (const [name, title, description, path] of vocabularies)
    server.registerResource(name, `ledger://${name}`, { title, description, mimeType: 'application/json' }, async (uri) => {
      const answer = await ask(app, `${path}?limit=500`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: answer.body }] };
    });
}
