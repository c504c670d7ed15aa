/** /complaints and /complaints/{id}. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/errors.ts';
import { answerRecords } from '../records.ts';
import { errorResponses, idParams } from '../schemas.ts';
import { complaintSource } from './answer.ts';
import { getComplaint } from './query.ts';
import { allComplaintsQuery, COMPLAINT_COLUMNS, complaintList, complaintSchema } from './schema.ts';

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
    async (request, reply) => {
      const { limit, offset, format, ...filters } = request.query;
      return answerRecords(request, reply, request.query, 'complaints', complaintSource(app.db, filters), COMPLAINT_COLUMNS);
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
