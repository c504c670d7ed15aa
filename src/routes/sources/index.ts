/**
 * /sources and /sources/{id}: the articles, from the resource's definition; /sources/{id}/text: one
 * article's text as received, or its Simplified reading (002 arrived in Traditional, with glosses and
 * damage: the reading is what the curators read, each damaged run replaced by its repair).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { articleText, readingsOf } from '../../db/articles.ts';
import { readingSpans, toSimplifiedReading } from '../../domain/chinese.ts';
import { errorResponses } from '../../http/problem-schema.ts';
import { sourceResource } from '../../resources/index.ts';
import type { Source } from '../../resources/sources.ts';
import { keyParams, recordServed, resourceRoutes } from '../resources.ts';

const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resourceRoutes(sourceResource));
  app.get(
    '/sources/:id/text',
    {
      schema: {
        operationId: 'getSourceText',
        tags: ['sources'],
        summary:
          'One article as received, byte for byte (the text whose code points the evidence offsets count), or its Simplified reading',
        description:
          'UTF-8 plain text. As received (the default) it has the SHA-256 given in /sources/{id}, and a quote is the code points [start, end) of it; in JavaScript, Array.from(text).slice(start, end).join(""). ' +
          'reading=simplified gives the Simplified reading instead: pinyin glosses removed, Traditional converted, each damaged run replaced by its repair (see repairs in /sources/{id}, with their confidence), the characters the converter gets wrong read as reviewed, line breaks inside sentences joined. Offsets do not apply to it.',
        params: keyParams(sourceResource),
        querystring: z.strictObject({
          reading: z
            .enum(['as_received', 'simplified'])
            .default('as_received')
            .describe('as_received: the text byte for byte; simplified: its Simplified reading, repaired.'),
        }),
        produces: ['text/plain'],
        response: { 200: z.string().describe('The article as received, or its Simplified reading.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const source = recordServed(app, sourceResource, request.params.id).record as Source;
      const text = articleText(source);
      return reply
        .type('text/plain; charset=utf-8')
        .send(
          request.query.reading === 'simplified'
            ? toSimplifiedReading(text, 0, readingSpans(source.repairs, readingsOf(app.db, source.id)))
            : text,
        );
    },
  );
};

export default sourceRoutes;
