/** /indicators/{id}/cite, /initiatives/{id}/cite, /complaints/{id}/cite. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complaintResource, indicatorResource, initiativeResource, projectResource, sourceResource } from '../../resources/index.ts';
import { getRecord, type Resource } from '../../resources/resource.ts';
import { idParams, recordErrorResponses } from '../../resources/schemas.ts';
import { recordServed } from '../resources.ts';
import { CITATION_FORMATS, CITATION_MEDIA_TYPES, type Citation, formatCitations } from './format.ts';

type Cited = { id: string; evidence: Citation['passage'][] };

/** Each citable resource and the English name a citation gives its record. */
const CITABLE: [Resource, (record: never) => string][] = [
  [indicatorResource, (r: { label_en: string }) => r.label_en],
  [initiativeResource, (r: { name_en: string }) => r.name_en],
  [complaintResource, (r: { title_en: string }) => r.title_en],
  [projectResource, (r: { name_en: string }) => r.name_en],
];

/** The citation's query string (the MCP cite tool takes the same parameters). */
export const citeQuery = z.strictObject({ format: z.enum(CITATION_FORMATS).default('text').describe('text, bibtex or csl-json.') });

const citeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { version } = app.datasetMeta;
  for (const [resource, label] of CITABLE) {
    const { type, path } = resource;
    app.get(
      `/${path}/:id/cite`,
      {
        schema: {
          operationId: `cite${type[0].toUpperCase()}${type.slice(1)}`,
          tags: [path],
          summary: `Cite one ${type}: its source article, the verbatim quote and where it stands`,
          description:
            'One citation per quoted passage. text is plain text, bibtex is BibTeX, csl-json is CSL-JSON for Zotero and citeproc.',
          params: idParams,
          produces: Object.values(CITATION_MEDIA_TYPES).map((t) => t.split(';')[0]),
          querystring: citeQuery,
          response: { 200: z.string().describe('The citation, in the media type of the format asked for.'), ...recordErrorResponses },
        },
      },
      async (request, reply) => {
        const record = recordServed(app, resource, request.params.id).record as Cited;
        const citations: Citation[] = record.evidence.map((passage) => {
          const source = getRecord(app.db, sourceResource, passage.source);
          if (!source) throw new Error(`passage ${passage.id} cites unknown source ${passage.source}`);
          return { recordType: type, recordId: record.id, label: label(record as never), source, passage, version };
        });
        return reply.type(CITATION_MEDIA_TYPES[request.query.format]).send(formatCitations(citations, request.query.format));
      },
    );
  }
};

export default citeRoutes;
