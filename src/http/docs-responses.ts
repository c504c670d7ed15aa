/**
 * What the OpenAPI document says of answers beyond their bodies' schemas: the headers a client acts on
 * (an ETag to revalidate with, a Link to the next page, a file's name, when to ask again), and the
 * shape of a CSL-JSON citation. Transforms of the document src/http/docs.ts builds.
 */

/** The parts of an OpenAPI 3.1 document its transforms (here and in docs.ts) read and write. */
export type Parameter = {
  name: string;
  in?: string;
  description?: string;
  required?: boolean;
  schema?: { type?: string; enum?: unknown[]; pattern?: string; examples?: unknown[] };
};
type Response = { description?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> };
export type Operation = { summary?: string; parameters?: Parameter[]; responses?: Record<string, Response> };
export type Document = {
  paths?: Record<string, Record<string, Operation | undefined>>;
  components?: Record<string, Record<string, unknown> | undefined>;
};

/** Every operation of the document, with its path. */
export function* operationsOf<O>(document: { paths?: Record<string, Record<string, O | undefined>> }): Generator<[string, O]> {
  for (const [path, operations] of Object.entries(document.paths ?? {}))
    for (const operation of Object.values(operations)) if (operation) yield [path, operation];
}

/** The headers declared once, as components, and referred to by each answer that carries them. */
const HEADERS: Record<string, { description: string; schema: object }> = {
  ETag: {
    description:
      'The entity tag of this representation (weak, W/, when compressed): give it in If-None-Match to revalidate (304 while unchanged), or in If-Match.',
    schema: { type: 'string' },
  },
  Link: {
    description:
      'RFC 8288 links to the next and the previous page (rel="next", rel="prev"), the same as links.next and links.prev; absent where there is neither.',
    schema: { type: 'string' },
  },
  'Content-Disposition': {
    description: 'The file name to save a CSV, a citation or a download under (attachment, or inline for a citation).',
    schema: { type: 'string' },
  },
  Location: { description: 'Where the record is now: the same query on its current key.', schema: { type: 'string' } },
  'Accept-Ranges': { description: 'bytes: a Range of the file may be asked for, to resume a download.', schema: { type: 'string' } },
  'Content-Range': {
    description: 'The bytes sent and the file’s length (bytes 0-99/1234), or, for a range past the end, the length alone (bytes */1234).',
    schema: { type: 'string' },
  },
  'Retry-After': { description: 'Seconds to wait before asking again.', schema: { type: 'integer', minimum: 0 } },
  // Sent on a 429 of the rate limit only (not on one of a pipeline too deep), as @fastify/rate-limit names them.
  'X-RateLimit-Limit': {
    description: 'Of the rate limit: the requests a client may make in its window.',
    schema: { type: 'integer', minimum: 0 },
  },
  'X-RateLimit-Remaining': {
    description: 'Of the rate limit: the requests left in the window (0).',
    schema: { type: 'integer', minimum: 0 },
  },
  'X-RateLimit-Reset': {
    description: 'Of the rate limit: seconds until the window starts again.',
    schema: { type: 'integer', minimum: 0 },
  },
};

const refer = (...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name.replaceAll('-', '')}` }]));

/** The headers of each answer a client acts on, by the rules that set them (src/http/cache.ts, lists.ts, downloads). */
export function withHeaders(document: Document): Document {
  document.components ??= {};
  document.components.headers = Object.fromEntries(Object.entries(HEADERS).map(([name, header]) => [name.replaceAll('-', ''), header]));
  for (const [path, operation] of operationsOf(document)) {
    const responses = operation.responses ?? {};
    const add = (status: string, ...names: string[]) => {
      const response = responses[status];
      if (response) response.headers = { ...response.headers, ...refer(...names) };
    };
    const ok = responses['200'];
    if (responses['304']) {
      add('200', 'ETag');
      add('304', 'ETag');
    }
    if (operation.parameters?.some((p) => p.in === 'query' && p.name === 'offset')) add('200', 'Link');
    // A file: a CSV, a citation, a download (not the downloads' manifest, which is JSON to read, named by nothing).
    const file = path.endsWith('/cite') || (path.startsWith('/downloads/') && !path.endsWith('.json'));
    if (ok?.content?.['text/csv'] || file) add('200', 'Content-Disposition');
    if (responses['206']) {
      add('200', 'Accept-Ranges');
      // A range of the file is tagged and named as the whole is: If-Range gives its ETag back to resume.
      add('206', 'ETag', 'Content-Disposition', 'Accept-Ranges', 'Content-Range');
      add('416', 'Content-Range');
    }
    add('308', 'Location');
    add('429', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset');
    add('503', 'Retry-After');
  }
  return document;
}

/** A CSL-JSON citation is a JSON array of CSL items, not a string as the other formats are. */
export function withCslJson(document: Document): Document {
  for (const [, operation] of operationsOf(document)) {
    const content = operation.responses?.['200']?.content;
    if (content?.['application/vnd.citationstyles.csl+json'])
      content['application/vnd.citationstyles.csl+json'] = {
        schema: {
          type: 'array',
          items: {
            type: 'object',
            description: 'A CSL item: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html',
            properties: {
              id: { type: 'string' },
              type: { type: 'string', description: 'The CSL type: article-newspaper or webpage for an article, dataset for the dataset.' },
              title: { type: 'string' },
              note: { type: 'string', description: 'For an article’s item, the quote and where it stands in the article.' },
            },
            required: ['id', 'type', 'title'],
            additionalProperties: true,
          },
          description:
            'The citation as CSL-JSON items (format=csl-json): one for each quoted passage (its article, with the quote in a note), then the dataset.',
        },
      };
  }
  return document;
}
