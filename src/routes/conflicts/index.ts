/**
 * /conflicts: where articles disagree. As CSV, one row per indicator in conflict, in the columns of
 * /indicators?format=csv, so the same reader takes both; a conflict is the rows sharing metric, city
 * and period. fields= names the conflict's fields: metric, city and period are those columns,
 * indicators every other column of the indicator. A page of conflicts is paged as every list is.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerList, exportName, servedRows } from '../../http/lists.ts';
import { errorResponses } from '../../http/problem-schema.ts';
import { indicatorResource } from '../../resources/index.ts';
import { indicatorSchema } from '../../resources/indicators.ts';
import { fieldsParam, listSchema, pageQuery } from '../../resources/schemas.ts';
import { servedRecords } from '../../resources/served.ts';
import { conflictGroups } from './query.ts';

export const conflictSchema = z
  .object({
    metric: z.string(),
    city: z.string(),
    period: z.string(),
    indicators: z.array(indicatorSchema).describe('Every row of this metric, city and period; their values differ.'),
  })
  .meta({ id: 'Conflict' });

export const conflictList = listSchema(conflictSchema, 'Conflict');

const GROUP = ['metric', 'city', 'period'];

/** The indicator columns of a conflict's fields. */
const csvColumns = (fields: readonly string[] | undefined) =>
  fields
    ? indicatorResource.csv.filter(([header]) => (GROUP.includes(header) ? fields.includes(header) : fields.includes('indicators')))
    : indicatorResource.csv;

const conflictRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/conflicts',
    {
      schema: {
        operationId: 'listConflicts',
        tags: ['indicators'],
        summary: 'The same metric, city and period reported differently by different sources',
        querystring: z.strictObject({
          limit: pageQuery.limit,
          offset: pageQuery.offset,
          format: pageQuery.format.describe(
            'csv: every indicator in conflict, one row each, in the columns of /indicators?format=csv (same as Accept: text/csv); limit and offset are ignored.',
          ),
          fields: fieldsParam(Object.keys(conflictSchema.shape)),
        }),
        response: { 200: conflictList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const groups = conflictGroups(app.db);
      const indicators = (ids: string[], keep = true) =>
        servedRecords(app.db, app.recordCache, indicatorResource, ids, { keep }).map((served) => served.record);
      return answerList(request, reply, request.query, {
        fileName: () => exportName(request, 'conflicts'),
        list: conflictList,
        columns: csvColumns,
        page: ({ limit, offset }) => ({
          items: servedRows(
            conflictSchema,
            groups.slice(offset, offset + limit).map(({ ids, ...group }) => ({ ...group, indicators: indicators(ids) })),
          ),
          total: groups.length,
        }),
        every: () =>
          indicators(
            groups.flatMap((group) => group.ids),
            false,
          ),
      });
    },
  );
};

export default conflictRoutes;
