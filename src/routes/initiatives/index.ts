/** /initiatives and /initiatives/{id}. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/errors.ts';
import { answerRecords } from '../records.ts';
import { errorResponses, idParams } from '../schemas.ts';
import { initiativeSource } from './answer.ts';
import { getInitiative } from './query.ts';
import { allInitiativesQuery, INITIATIVE_COLUMNS, initiativeList, initiativeSchema } from './schema.ts';

const initiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives',
    {
      schema: {
        operationId: 'listInitiatives',
        tags: ['initiatives'],
        summary: 'Named campaigns, mechanisms, policy documents, service brands and programmes',
        querystring: allInitiativesQuery,
        response: { 200: initiativeList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { limit, offset, format, ...filters } = request.query;
      return answerRecords(request, reply, request.query, 'initiatives', initiativeSource(app.db, filters), INITIATIVE_COLUMNS);
    },
  );
  app.get(
    '/initiatives/:id',
    {
      schema: {
        operationId: 'getInitiative',
        tags: ['initiatives'],
        summary: 'One initiative with its evidence',
        params: idParams,
        response: { 200: initiativeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const initiative = getInitiative(app.db, request.params.id);
      if (!initiative) throw notFound('initiative', request.params.id);
      return initiative;
    },
  );
};

export default initiativeRoutes;
