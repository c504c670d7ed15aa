/** /sources and /sources/{id}: the articles, from the resource's definition; /sources/{id}/text: one article's text as received. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { articleText } from '../../db/articles.ts';
import { sourceResource } from '../../resources/index.ts';
import { errorResponses, idParams } from '../../resources/schemas.ts';
import { recordServed, resourceRoutes } from '../resources.ts';

const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resourceRoutes(sourceResource));
  app.get(
    '/sources/:id/text',
    {
      schema: {
        operationId: 'getSourceText',
        tags: ['sources'],
        summary: 'One article as received, byte for byte: the text whose code points the evidence offsets count',
        description:
          'UTF-8 plain text with the SHA-256 given in /sources/{id}. A quote is the code points [start, end) of this text; in JavaScript, Array.from(text).slice(start, end).join("").',
        params: idParams,
        querystring: z.strictObject({}),
        produces: ['text/plain'],
        response: { 200: z.string().describe('The article as received.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const source = recordServed(app, sourceResource, request.params.id).record as { id: string; file: string; sha256: string };
      return reply.type('text/plain; charset=utf-8').send(articleText(source));
    },
  );
};

export default sourceRoutes;
