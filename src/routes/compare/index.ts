/** /compare: one metric side by side across cities, in base units. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNITS } from '../../domain/units.ts';
import { columnsOf } from '../../http/csv.ts';
import { ProblemError } from '../../http/errors.ts';
import { answerList, servedRows } from '../../http/lists.ts';
import { metricResource } from '../../resources/index.ts';
import { getRecord } from '../../resources/resource.ts';
import { commaList, errorResponses, listSchema, pageQuery, totalParam } from '../../resources/schemas.ts';
import { type ComparisonRow, compareMetric } from './query.ts';

const rowSchema = z
  .object({
    city: z.string(),
    city_name_zh: z.string(),
    city_name_en: z.string(),
    period: z.string().nullable(),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    value_base: z.number(),
    unit: z.enum(UNITS),
    qualifier: z.string(),
    estimated: z.boolean(),
    indicator: z.string().describe('The indicator row this value comes from, with its evidence at /indicators/{id}.'),
    label_en: z.string(),
  })
  .meta({ id: 'ComparisonRow' });

const comparisonList = listSchema(rowSchema, 'Comparison', { boundedTotal: true });

const COLUMNS = columnsOf<ComparisonRow>(Object.keys(rowSchema.shape));

const compareRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/compare',
    {
      schema: {
        operationId: 'compareCities',
        tags: ['indicators'],
        summary: "One metric's values side by side across cities, one row per city and period, in base units",
        description:
          'Give cities= or within= (or both). Where two articles report different values for the same city and period, both rows appear (see /conflicts).',
        querystring: z.strictObject({
          ...pageQuery,
          total: totalParam,
          metric: z.string().max(100).describe('The metric key to compare.').meta({ example: 'investment.funds_in_place' }),
          cities: commaList('City slugs, comma-separated.', 'wuwei,gansu'),
          within: z.string().max(64).optional().describe('Every area under this one (itself included).'),
          year: z.coerce.number().int().min(1900).max(2100).optional().describe('Only rows whose period overlaps this year.'),
        }),
        response: { 200: comparisonList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { metric, cities, within, year } = request.query;
      if (!getRecord(app.db, metricResource, metric)) {
        throw new ProblemError(400, 'invalid-parameter', 'Invalid Parameter', `No metric has the key "${metric}"; see /metrics.`, [
          { name: 'metric', in: 'query', reason: 'unknown metric' },
        ]);
      }
      if (!cities && !within) {
        throw new ProblemError(400, 'invalid-parameter', 'Invalid Parameter', 'Give cities= or within= to say which areas to compare.', [
          { name: 'cities', in: 'query', reason: 'cities or within is required' },
        ]);
      }
      const question = { metric, cities, within, year };
      return answerList(request, reply, request.query, {
        fileName: `compare-${metric}`,
        list: comparisonList,
        columns: COLUMNS,
        page: (page, options) => {
          const { rows, total, exact } = compareMetric(app.db, question, page, options);
          return { items: servedRows(rowSchema, rows), total, exact };
        },
        every: () => compareMetric(app.db, question, { limit: Number.MAX_SAFE_INTEGER, offset: 0 }, { exactTotal: true }).rows,
      });
    },
  );
};

export default compareRoutes;
