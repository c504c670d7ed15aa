/** Metrics: the controlled vocabulary of measures, with definitions and base units. */
import { z } from 'zod';
import { metrics } from '../db/schema.ts';
import { UNITS } from '../domain/units.ts';
import { defineResource } from './resource.ts';
import { listSchema, pageQuery } from './schemas.ts';

export const metricSchema = z
  .object({
    key: z.string().describe('The key: a dotted name, area first.').meta({ example: 'investment.funds_in_place' }),
    name_zh: z.string().describe('Its name in Chinese.'),
    name_en: z.string().describe('Its name in English.'),
    definition: z.string().describe('What it measures, in English.'),
    definition_zh: z.string().describe('What it measures, in Chinese.'),
    unit: z.enum(UNITS).describe('The base unit every value_base of this metric is in.'),
  })
  .meta({ id: 'Metric' });

export type Metric = z.output<typeof metricSchema>;

export const metricResource = defineResource({
  type: 'metric',
  path: 'metrics',
  describes: 'A key of the controlled vocabulary of what indicators measure, with its definition and base unit.',
  table: metrics,
  key: 'key',
  item: metricSchema,
  list: listSchema(metricSchema, 'Metric'),
  query: z.strictObject(pageQuery),
  ask: () => ({ where: [], sort: [] }),
  operations: {
    list: {
      operationId: 'listMetrics',
      tags: ['metrics'],
      summary: 'The controlled vocabulary of measures, with definitions and base units',
    },
  },
});
