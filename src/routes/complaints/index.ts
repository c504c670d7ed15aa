/** /complaints and /complaints/{id}. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/errors.ts';
import { errorResponses, idParams, listOf } from '../schemas.ts';
import { getComplaint, listComplaints } from './query.ts';
import { allComplaintsQuery, complaintList, complaintSchema } from './schema.ts';

const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/complaints',
    {
      schema: {
        operationId: 'listComplaints',
        tags: ['complaints'],
        summary: 'Concrete problems raised by residents or firms and resolved',
        querystring: allComplaintsQuery,
        response: { 200: complaintList, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      const { rows, total } = listComplaints(app.db, filters, { limit, offset });
      return listOf(rows, total, { limit, offset }, request.url);
    },
  );
  app.get(
    '/complaints/:id',
    {
      schema: {
        operationId: 'getComplaint',
        tags: ['complaints'],
        summary: 'One resolved complaint with its evidence',
        params: idParams,
        response: { 200: complaintSchema, ...errorResponses },
      },
    },
    async (request) => {
      const complaint = getComplaint(app.db, request.params.id);
      if (!complaint) throw notFound('complaint', request.params.id);
      return complaint;
    },
  );
};

export default complaintRoutes;
