/** /cite (the dataset), and /indicators/{id}/cite, /initiatives/{id}/cite, /complaints/{id}/cite, /projects/{id}/cite. */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CITATION_EXTENSIONS,
  CITATION_FORMATS,
  CITATION_MEDIA_TYPES,
  type Citation,
  type CitationFormat,
  type Cited,
  type CitedDataset,
  type CitedPassage,
  formatCitations,
} from '../../citations/index.ts';
import { publicLink } from '../../config.ts';
import { ProblemError } from '../../http/errors.ts';
import { namedInAccept } from '../../http/negotiation.ts';
import { errorResponses, recordErrorResponses } from '../../http/problem-schema.ts';
import { RESOURCES, sourceResource } from '../../resources/index.ts';
import { getRecord, type Resource } from '../../resources/resource.ts';
import { keyParams, recordServed } from '../resources.ts';

/** A record that quotes articles: its id and its evidence passages. */
export type Quoting = { id: string; evidence: CitedPassage[] };

/**
 * The citable resources: those whose records quote articles, a citation labelling one by its titles in English and Chinese
 * (contrib14: a hand-kept list had left a new type out).
 */
const CITABLE: Resource[] = RESOURCES.filter((r) => r.evidence !== undefined && r.titles !== undefined);

/** The dataset a citation names, or null when the database was built without its description. */
export function citedDataset(app: FastifyInstance): CitedDataset | null {
  const { version, about } = app.datasetMeta;
  const url = publicLink(app.publicUrl, '/');
  return about && { title_en: about.title_en, title_zh: about.title_zh, creator: about.creator, version, created: about.created, url };
}

/** A record's citations, one per quoted passage, and the dataset; null when the dataset cannot be cited (the record pages show them too). */
export function citationsOf(app: FastifyInstance, type: string, record: Quoting): Cited | null {
  const resource = CITABLE.find((r) => r.type === type);
  if (!resource?.titles) throw new Error(`${type} records are not citable`);
  const field = (name: string) => String((record as Record<string, unknown>)[name]);
  const [label, label_zh] = [field(resource.titles.en), field(resource.titles.zh)];
  const dataset = citedDataset(app);
  if (!dataset) return null;
  const url = publicLink(app.publicUrl, `/${resource.path}/${encodeURIComponent(record.id)}`);
  // One citation per article, in the order first quoted, with every passage of it the record quotes.
  const citations = new Map<string, Citation>();
  for (const passage of record.evidence) {
    const known = citations.get(passage.source);
    if (known) {
      known.passages.push(passage);
      continue;
    }
    const source = getRecord(app.db, sourceResource, passage.source);
    if (!source) throw new Error(`passage ${passage.id} cites unknown source ${passage.source}`);
    citations.set(passage.source, {
      recordType: type,
      recordId: record.id,
      label,
      label_zh,
      source,
      passages: [passage],
      url,
    });
  }
  return { citations: [...citations.values()], dataset };
}

const mediaTypeOf = (format: CitationFormat) => CITATION_MEDIA_TYPES[format].split(';')[0];
/** The media types citations come in, and the format each stands for (text/plain: text, the first of the two in it). */
const CITATION_TYPES = [...new Set(CITATION_FORMATS.map(mediaTypeOf))];
const FORMAT_OF_TYPE = new Map(CITATION_TYPES.map((type) => [type, CITATION_FORMATS.find((f) => mediaTypeOf(f) === type)]));

/** The citation's query string (the MCP cite tool takes the same parameters). */
export const citeQuery = z.strictObject({
  format: z
    .enum(CITATION_FORMATS)
    .default('text')
    .describe('text, text-zh (the same in Chinese), bibtex, ris, csl-json or gbt7714 (GB/T 7714-2015).'),
});

/** Without format=, a media type Accept names chooses the format, before validation, so the answer cache keys it as format= would. */
function formatFromAccept(request: FastifyRequest, _reply: unknown, done: () => void) {
  const query = request.query as Record<string, unknown>;
  const named = query.format === undefined ? namedInAccept(request.headers.accept, CITATION_TYPES) : undefined;
  if (named) query.format = FORMAT_OF_TYPE.get(named);
  done();
}

/** A citation sent inline, so a browser still shows it, but saved under a name with its format's extension (000-i031.bib), not "cite". */
const sendCitation = (reply: FastifyReply, cited: Cited, format: CitationFormat, name: string) =>
  reply
    .type(CITATION_MEDIA_TYPES[format])
    .header('content-disposition', `inline; filename="${name}.${CITATION_EXTENSIONS[format]}"`)
    .send(formatCitations(cited, format));

const FORMATS_SAID =
  'text is plain text; text-zh is the same plain text in Chinese, without the translation; bibtex is BibTeX (biblatex, pandoc; Zotero’s BibTeX importer skips the dataset’s @dataset entry: take ris or csl-json into Zotero); ris is RIS (Zotero, EndNote); csl-json is CSL-JSON (Zotero, citeproc, pandoc); gbt7714 is the GB/T 7714-2015 reference list';

const citeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cite',
    {
      schema: {
        operationId: 'citeDataset',
        tags: ['dataset'],
        summary: 'Cite the dataset alone: its title, its makers and the version this server holds',
        description: `The dataset as one reference, for a work that uses it as a whole (a record's /cite gives its article and quote with it). ${FORMATS_SAID} (the dataset [DS]). Without format=, an Accept header naming one of the media types this operation produces chooses its format (text/plain: text); format= wins over Accept.`,
        produces: CITATION_TYPES,
        querystring: citeQuery,
        response: { 200: z.string().describe('The citation, in the media type of the format asked for.'), ...errorResponses },
      },
      preValidation: formatFromAccept,
    },
    async (request, reply) => {
      const dataset = citedDataset(app);
      if (!dataset) throw new ProblemError('not-built', 'This database was built without its description; it cannot be cited.');
      return sendCitation(reply, { citations: [], dataset }, request.query.format, `gansu-campaign-ledger-${dataset.version}`);
    },
  );
  for (const resource of CITABLE) {
    const { type, path } = resource;
    app.get(
      `/${path}/:id/cite`,
      {
        schema: {
          operationId: `cite${type[0].toUpperCase()}${type.slice(1)}`,
          tags: [path],
          summary: `Cite one ${type}: its source article, the verbatim quote and where it stands`,
          description: `The article of each quoted passage, with the quote, and the dataset version (GET /cite cites the dataset alone). ${FORMATS_SAID} (an online article [EB/OL], an article of unstated medium [Z], the dataset [DS]). Without format=, an Accept header naming one of the media types this operation produces chooses its format (text/plain: text); format= wins over Accept.`,
          params: keyParams(resource),
          produces: CITATION_TYPES,
          querystring: citeQuery,
          response: { 200: z.string().describe('The citation, in the media type of the format asked for.'), ...recordErrorResponses },
        },
        preValidation: formatFromAccept,
      },
      async (request, reply) => {
        const record = recordServed(app, resource, request.params.id).record as Quoting;
        const cited = citationsOf(app, type, record);
        if (!cited) throw new ProblemError('not-built', 'This database was built without its description; it cannot be cited.');
        return sendCitation(reply, cited, request.query.format, record.id);
      },
    );
  }
};

export default citeRoutes;
