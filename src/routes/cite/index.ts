/** /indicators/{id}/cite, /initiatives/{id}/cite, /complaints/{id}/cite. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../plugins/errors.ts';
import { getComplaint } from '../complaints/query.ts';
import { getIndicator } from '../indicators/query.ts';
import { getInitiative } from '../initiatives/query.ts';
import { errorResponses, idParams } from '../schemas.ts';
import { getSource } from '../sources/query.ts';
import { CITATION_FORMATS, CITATION_MEDIA_TYPES, type Citation, formatCitations } from './format.ts';

const RECORDS = {
  indicators: { type: 'indicator', get: getIndicator, label: (r: { label_en?: string }) => r.label_en ?? '' },
  initiatives: { type: 'initiative', get: getInitiative, label: (r: { name_en?: string }) => r.name_en ?? '' },
  complaints: { type: 'complaint', get: getComplaint, label: (r: { title_en?: string }) => r.title_en ?? '' },
} as const;

const citeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { version } = app.datasetMeta;
  for (const [path, { type, get, label }] of Object.entries(RECORDS)) {
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
          querystring: z.strictObject({ format: z.enum(CITATION_FORMATS).default('text').describe('text, bibtex or csl-json.') }),
          response: { 200: z.string().describe('The citation, in the media type of the format asked for.'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const record = get(app.db, request.params.id);
        if (!record) throw notFound(type, request.params.id);
        const citations: Citation[] = record.evidence.map((passage) => {
          const source = getSource(app.db, passage.source);
          if (!source) throw new Error(`passage ${passage.id} cites unknown source ${passage.source}`);
          return { recordType: type, recordId: record.id, label: label(record as never), source, passage, version };
        });
        return reply.type(CITATION_MEDIA_TYPES[request.query.format]).send(formatCitations(citations, request.query.format));
      },
    );
  }
};

export default citeRoutes;
