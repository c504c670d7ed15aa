/** /conflicts: where articles disagree. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pick, sendItems, servedRows } from '../../http/lists.ts';
import { representation } from '../../http/negotiation.ts';
import { servedRecords } from '../../http/records.ts';
import { indicatorResource } from '../../resources/index.ts';
import { indicatorSchema } from '../../resources/indicators.ts';
import { errorResponses, fieldsParam } from '../../resources/schemas.ts';
import { conflictGroups } from './query.ts';

const conflictSchema = z
  .object({
    metric: z.string(),
    city: z.string(),
    period: z.string(),
    indicators: z.array(indicatorSchema).describe('Every row of this metric, city and period; their values differ.'),
  })
  .meta({ id: 'Conflict' });

const conflictList = z.object({ data: z.array(conflictSchema), meta: z.object({ total: z.number().int() }) });

const conflictRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/conflicts',
    {
      schema: {
        operationId: 'listConflicts',
        tags: ['indicators'],
        summary: 'The same metric, city and period reported differently by different sources',
        querystring: z.strictObject({ fields: fieldsParam(Object.keys(conflictSchema.shape)) }),
        response: { 200: conflictList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fields } = request.query;
      const groups = conflictGroups(app.db);
      const conflicts = groups.map(({ ids, ...group }) => ({
        ...group,
        indicators: servedRecords(app.db, app.recordCache, indicatorResource, ids).map((i) => i.record),
      }));
      if (representation(request) === 'html') return reply.sendPage({ data: conflicts, meta: { total: conflicts.length } });
      const items = servedRows(conflictSchema, conflicts).map((c) =>
        fields ? { ...c, bytes: Buffer.from(JSON.stringify(pick(c.record, fields))) } : c,
      );
      return sendItems(reply, conflictList, items, { meta: { total: conflicts.length } });
    },
  );
};

export default conflictRoutes;
