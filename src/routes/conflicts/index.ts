/** /conflicts: where articles disagree. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorSchema } from '../indicators/schema.ts';
import { errorResponses } from '../schemas.ts';
import { listConflicts } from './query.ts';

const conflictSchema = z
  .object({
    metric: z.string(),
    city: z.string(),
    period: z.string(),
    indicators: z.array(indicatorSchema).describe('Every row of this metric, city and period; their values differ.'),
  })
  .meta({ id: 'Conflict' });

const conflictRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/conflicts',
    {
      schema: {
        operationId: 'listConflicts',
        tags: ['indicators'],
        summary: 'The same metric, city and period reported differently by different sources',
        querystring: z.strictObject({}),
        response: { 200: z.object({ data: z.array(conflictSchema), meta: z.object({ total: z.number().int() }) }), ...errorResponses },
      },
    },
    async () => {
      const conflicts = listConflicts(app.db);
      return { data: conflicts, meta: { total: conflicts.length } };
    },
  );
};

export default conflictRoutes;
