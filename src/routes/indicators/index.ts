/** /indicators and /indicators/{id}. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/errors.ts';
import { errorResponses, idParams } from '../schemas.ts';
import { answerIndicators } from './answer.ts';
import { getIndicator } from './query.ts';
import { indicatorList, indicatorQuery, indicatorSchema } from './schema.ts';

const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators',
    {
      schema: {
        operationId: 'listIndicators',
        tags: ['indicators'],
        summary: 'Every statistic, one number a row, each with its verbatim evidence',
        querystring: indicatorQuery,
        response: { 200: indicatorList, ...errorResponses },
      },
    },
    async (request, reply) => answerIndicators(app.db, request, reply, request.query, {}, 'indicators'),
  );

  app.get(
    '/indicators/:id',
    {
      schema: {
        operationId: 'getIndicator',
        tags: ['indicators'],
        summary: 'One statistic with its evidence',
        params: idParams,
        response: { 200: indicatorSchema, ...errorResponses },
      },
    },
    async (request) => {
      const indicator = getIndicator(app.db, request.params.id);
      if (!indicator) throw notFound('indicator', request.params.id);
      return indicator;
    },
  );
};

export default indicatorRoutes;
