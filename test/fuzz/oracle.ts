/**
 * What an answer must be. Every answer is a 2xx, or a 4xx problem+json whose status is the HTTP
 * status; never a 5xx. A JSON 2xx validates against its operation's documented 200 schema (Ajv,
 * draft 2020-12); CSV and citations come with their own content type; one strong ETag, one body.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type Answer, decoded, type Verdict } from './requests.ts';

/** Only the parts of the OpenAPI document that the generators and the oracle read. */
export type JsonSchema = {
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
export type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; description?: string; schema: JsonSchema };
export type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};
export type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

/** A documented operation; validate gives the schema errors of a 200 body, or null when it matches. */
export type Route = {
  template: string;
  op: Operation;
  params: Parameter[];
  query: Parameter[];
  validate: (body: unknown, options?: { fields?: boolean }) => string | null;
};

/** The GET operations of a document, in its order (which is the order the tests run in). */
export function operationsOf(doc: OpenApi): { template: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === 'get')
      .map(([, op]) => ({ template, op })),
  );
}

/** The operations of a document that read a body (POST /check), in its order. */
export function bodyOperationsOf(doc: OpenApi): { template: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods)
      .filter(([method, op]) => method !== 'get' && op.requestBody)
      .map(([method, op]) => ({ template, method: method.toUpperCase(), op })),
  );
}

/** What a tool call answered, as the SDK's Client gives it. */
export type ToolAnswer = { content?: { type: string; text?: string }[]; structuredContent?: unknown; isError?: boolean };

/**
 * A tool's answer: a text and, on success, structuredContent that is an object; an error says why in
 * its text, and a problem it carries is a 4xx. Never the API's 5xx.
 */
export function toolVerdict(answer: ToolAnswer): string | undefined {
  const text = answer.content?.find((c) => c.type === 'text')?.text;
  if (typeof text !== 'string' || text.trim() === '') return 'a tool result without text';
  if (/The API answered 5\d\d/.test(text)) return 'a tool result from a server error';
  const structured = answer.structuredContent;
  if (structured !== undefined && (typeof structured !== 'object' || structured === null || Array.isArray(structured))) {
    return 'structuredContent that is not an object';
  }
  if (!answer.isError && structured === undefined) return 'a successful tool result without structuredContent';
  if (answer.isError && structured !== undefined) {
    const status = (structured as { status?: unknown }).status;
    if (typeof status !== 'number' || status < 400 || status >= 500) return `a tool error whose problem is not a 4xx (${String(status)})`;
  }
}

const BASE = 'https://fuzz.invalid/openapi.json';

/** The schema with every local $ref pointed into the registered OpenAPI document. */
function rebased(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebased);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${BASE}${v}` : rebased(v)]),
  );
}

/** Media types of /…/cite, by format (the document only says "the media type of the format asked for"). */
const CITATION_TYPES: Record<string, string> = {
  text: 'text/plain',
  'text-zh': 'text/plain',
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  'csl-json': 'application/vnd.citationstyles.csl+json',
  gbt7714: 'text/plain',
};

/**
 * Which representation an Accept header asks for (RFC 9110 §12.5.1): JSON when it ranks JSON above CSV;
 * CSV when it names text/csv and ranks it above JSON (README: "Accept: text/csv" gives CSV). A tie, or
 * CSV reached only through a wildcard (text/*), leaves the server free to choose or to send its default.
 * Where the operation has a page (it documents text/html), HTML when Accept names text/html and ranks it
 * above JSON and CSV (a browser's navigation).
 */
function negotiated(accept: string | undefined, page = false): 'json' | 'csv' | 'html' | 'either' {
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
  const html = quality('text/html');
  if (page && ranges.some((r) => r.type === 'text/html' && r.q > 0) && html > json && html >= csv) return 'html';
  if (csv > json) return ranges.some((r) => r.type === 'text/csv') ? 'csv' : 'either';
  if (json > csv) return 'json';
  return 'either';
}

/**
 * The routes of a document with their compiled validators, and the verdict on an answer. The
 * verdict keeps the ETags it has seen, so one oracle serves every test of the file.
 */
export function createOracle(doc: OpenApi): {
  routes: Route[];
  verdict: Verdict;
  bodyVerdict: (template: string, answer: Pick<Answer, 'status' | 'type' | 'body'>) => string | undefined;
} {
  // Ajv is CommonJS; under Node's ESM its default export is the module, whose `default` is the class.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  // Formats (date) are checked, not ignored with a warning.
  addFormats.default(ajv);
  ajv.addSchema({ $id: BASE, components: doc.components });
  // With fields=, each record holds only the fields asked for: the same schemas, none of a record's
  // fields required (the envelopes, their meta and problems keep theirs).
  const sparseAjv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(sparseAjv);
  sparseAjv.addSchema({ $id: BASE, components: { schemas: sparseRecords(doc.components.schemas) } });
  const problemValidator = ajv.compile({ $ref: `${BASE}#/components/schemas/Problem` });

  const routes: Route[] = operationsOf(doc).map(({ template, op }) => {
    // JSON answers have a JSON schema; others (citations) document one schema per media type.
    const content = op.responses['200']?.content ?? {};
    const schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
    if (!schema) throw new Error(`${op.operationId}: no documented 200 schema`);
    const compiled = ajv.compile(rebased(schema) as object);
    const sparse = sparseAjv.compile(rebased(schema) as object);
    const params = op.parameters ?? [];
    return {
      template,
      op,
      params,
      query: params.filter((p) => p.in === 'query'),
      validate: (body: unknown, { fields = false } = {}) =>
        (fields ? sparse : compiled)(body) ? null : ajv.errorsText((fields ? sparse : compiled).errors),
    };
  });

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

  function problemVerdict({ status, type, body }: Answer): string | undefined {
    if (!/^application\/problem\+json\s*(;|$)/.test(type)) return 'a 4xx that is not application/problem+json';
    let problem: { type?: unknown; title?: unknown; status?: unknown; detail?: unknown };
    try {
      problem = JSON.parse(body);
    } catch {
      return 'a 4xx whose body is not JSON';
    }
    if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || typeof problem.detail !== 'string') {
      return 'a problem without type, title and detail';
    }
    if (problem.status !== status) return `a problem whose status (${String(problem.status)}) is not the HTTP status`;
    if (!problemValidator(problem)) return `a problem that does not match the Problem schema: ${ajv.errorsText(problemValidator.errors)}`;
  }

  /** Strong ETags: one ETag, one body. */
  const bodiesByEtag = new Map<string, string>();

  function successVerdict({ request, url, type, body, headers }: Answer): string | undefined {
    const etag = headers.etag;
    if (typeof etag === 'string') {
      const earlier = bodiesByEtag.get(etag);
      if (earlier !== undefined && earlier !== body) {
        let k = 0;
        while (k < earlier.length && earlier[k] === body[k]) k++;
        const around = (text: string) => JSON.stringify(text.slice(Math.max(0, k - 60), k + 60));
        return `the ETag ${etag} of another answer (${url} differs from it at ${k}: ${around(body)} against ${around(earlier)})`;
      }
      bodiesByEtag.set(etag, body);
    }

    const seen = new URL(url.startsWith('//') ? `http://localhost${url}` : url, 'http://localhost');
    const route = routeFor(seen.pathname);
    if (!route) return `a 2xx for ${seen.pathname}, which is not in the document`;

    const formatPairs = request.pairs.filter((p) => decoded(p.name) === 'format');
    const format = formatPairs.length === 1 && formatPairs[0].value ? decoded(formatPairs[0].value) : formatPairs.length ? null : undefined;
    const formatParam = route.query.find((p) => p.name === 'format');
    // A route that documents text/html is a page too: format=html asks for it (the API's own enum is unchanged).
    const page = route.op.responses['200']?.content?.['text/html'] !== undefined;
    if (format === null || (format !== undefined && !formatParam?.schema.enum?.includes(format) && !(page && format === 'html'))) {
      return 'a 2xx for a format= outside its documented enum';
    }

    if (route.template.endsWith('/cite')) {
      const expected = CITATION_TYPES[format ?? String(formatParam?.schema.default ?? 'text')];
      if (!type.startsWith(expected)) return `a citation whose content type is not ${expected}`;
      if (body.trim() === '') return 'an empty citation';
      if (expected.endsWith('+json')) {
        try {
          JSON.parse(body);
        } catch {
          return 'CSL-JSON that does not parse';
        }
      }
      return;
    }

    // Files (a table's CSV, the zip, the SQLite export, an article's text) come in the one media type their operation documents.
    const documented = Object.keys(route.op.responses['200']?.content ?? {});
    if (!documented.includes('application/json')) {
      if (!documented.includes(type.split(';')[0].trim())) return `a file whose content type is not ${documented.join(' or ')}`;
      return body === '' ? 'an empty file' : undefined;
    }

    const supportsCsv = formatParam?.schema.enum?.includes('csv') ?? false;
    const asked = format !== undefined ? format : negotiated(request.accept, page);
    const wanted = asked === 'html' ? 'html' : !supportsCsv ? 'json' : asked;
    const isCsv = /^text\/csv\s*(;|$)/.test(type);
    const isJson = /^application\/json\s*(;|$)/.test(type);
    const isHtml = /^text\/html\s*(;|$)/.test(type);
    if (wanted === 'csv' && !isCsv) return 'asked for CSV, got another content type';
    if (wanted === 'json' && !isJson) return 'asked for JSON, got another content type';
    if (wanted === 'html' && !isHtml) return 'asked for its page, got another content type';
    if (isHtml) {
      if (!page) return 'a page from an operation that documents none';
      if (!/^<!doctype html><html lang="(en|zh-Hans)">/.test(body) || !body.endsWith('</html>'))
        return 'a page that is not a whole HTML document';
      return;
    }
    if (!isCsv && !isJson) return 'a 2xx that is neither JSON nor CSV';
    if (isCsv) {
      if (!body.startsWith('\ufeff')) return 'CSV without its byte order mark';
      if (!/^attachment; filename="[^"]+\.csv"$/.test(String(headers['content-disposition'] ?? '')))
        return 'CSV without an attachment file name';
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return 'a JSON 2xx whose body does not parse';
    }
    const fields = new URL(url, 'http://x').searchParams.get('fields');
    const errors = route.validate(json, { fields: fields !== null });
    if (fields !== null && !errors) {
      const asked = new Set(fields.split(',').map((f) => f.trim()));
      const records = Array.isArray((json as { data?: unknown }).data) ? (json as { data: object[] }).data : [json as object];
      for (const record of records) {
        const extra = Object.keys(record).filter((key) => !asked.has(key));
        if (extra.length > 0) return `fields=${fields} answered with other fields too: ${extra.join(', ')}`;
      }
    }
    if (errors) return `a body that does not match the documented 200 schema: ${errors}`;
  }

  // Operations that read a body answer JSON that their documented 200 schema holds, or a problem.
  const bodyValidators = new Map(
    bodyOperationsOf(doc).map(({ template, op }) => [
      template,
      ajv.compile(rebased(op.responses['200']?.content?.['application/json']?.schema) as object),
    ]),
  );
  const bodyVerdict = (template: string, answer: Pick<Answer, 'status' | 'type' | 'body'>): string | undefined => {
    if (answer.status >= 400 && answer.status < 500) return problemVerdict(answer as Answer);
    if (answer.status < 200 || answer.status >= 300) return answer.status >= 500 ? 'a server error' : 'neither a 2xx nor a 4xx';
    if (!/^application\/json\s*(;|$)/.test(answer.type)) return 'a 2xx that is not JSON';
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch {
      return 'a JSON 2xx whose body does not parse';
    }
    const validate = bodyValidators.get(template);
    if (!validate) return `a 2xx from ${template}, which documents no body`;
    if (!validate(json)) return `a body that does not match the documented 200 schema: ${ajv.errorsText(validate.errors)}`;
  };

  /**
   * An error a browser asked for, as a page: an operation that documents text/html for this status
   * answers its error page when its page was asked for (format=html, or Accept ranking text/html first).
   */
  function errorPageVerdict(answer: Answer): string | undefined {
    const seen = new URL(answer.url.startsWith('//') ? `http://localhost${answer.url}` : answer.url, 'http://localhost');
    const route = routeFor(seen.pathname);
    if (!route?.op.responses[String(answer.status)]?.content?.['text/html']) return 'an error page from an operation that documents none';
    const format = seen.searchParams.get('format');
    if (format !== 'html' && negotiated(answer.request.accept, true) !== 'html') return 'an error page nobody asked for';
    if (!/^<!doctype html><html lang="(en|zh-Hans)">/.test(answer.body)) return 'an error page that is not a whole HTML document';
    if (!answer.body.includes(`<title>${answer.status} `)) return 'an error page that does not say its status';
  }

  /**
   * A page's form sends its empty fields too (limit=&city=…): a page request with an empty parameter
   * is sent on (303) to the same page without them, every other parameter kept.
   */
  function emptyFieldsVerdict(answer: Answer): string | undefined {
    const seen = new URL(answer.url.startsWith('//') ? `http://localhost${answer.url}` : answer.url, 'http://localhost');
    if (!routeFor(seen.pathname)?.op.responses['200']?.content?.['text/html']) return 'a 303 from an operation that has no page';
    if (seen.searchParams.get('format') !== 'html' && negotiated(answer.request.accept, true) !== 'html') return 'a 303 nobody asked for';
    const given = [...seen.searchParams];
    if (!given.some(([, value]) => value === '')) return 'a 303 for a page request with no empty field';
    const kept = new URLSearchParams(given.filter(([, value]) => value !== '')).toString();
    const expected = `${seen.pathname}${kept ? `?${kept}` : ''}`;
    if (answer.headers.location !== expected) return `a 303 to ${String(answer.headers.location)}, not ${expected}`;
  }

  const verdict: Verdict = (answer) => {
    if (answer.status === 303) return emptyFieldsVerdict(answer);
    if (answer.status >= 400 && answer.status < 500 && /^text\/html\s*(;|$)/.test(answer.type)) return errorPageVerdict(answer);
    if (answer.status >= 400 && answer.status < 500) return problemVerdict(answer);
    if (answer.status < 200 || answer.status >= 300) return answer.status >= 500 ? 'a server error' : 'neither a 2xx nor a 4xx';
    return successVerdict(answer);
  };
  return { routes, verdict, bodyVerdict };
}

/** The component schemas with no field of a record required (List envelopes and Problem keep theirs). */
function sparseRecords(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      if (/List(Input)?$|^Problem/.test(name)) return [name, schema];
      const { required: _, ...rest } = schema;
      return [name, rest];
    }),
  );
}
