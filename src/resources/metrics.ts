/** Metrics: the controlled vocabulary of measures, with definitions and base units. */
import { z } from 'zod';
import { metrics } from '../db/schema.ts';
import { UNITS } from '../domain/units.ts';
import { fieldColumns } from '../http/csv.ts';
import { defineResource } from './resource.ts';
import { listSchema, pageQuery } from './schemas.ts';

export const metricSchema = z
  .object({
    key: z.string().meta({ example: 'investment.funds_in_place' }),
    name_zh: z.string(),
    name_en: z.string(),
    definition: z.string(),
    unit: z.enum(UNITS).describe('The base unit every value_base of this metric is in.'),
  })
  .meta({ id: 'Metric' });

export type Metric = z.output<typeof metricSchema>;

export const metricResource = defineResource({
  type: 'metric',
  path: 'metrics',
  table: metrics,
  key: 'key',
  item: metricSchema,
  list: listSchema(metricSchema, 'Metric'),
  query: z.strictObject(pageQuery),
  ask: () => ({ where: [], sort: [] }),
  csv: fieldColumns<Metric>(['key', 'name_zh', 'name_en', 'definition', 'unit']),
  operations: {
    list: {
      operationId: 'listMetrics',
      tags: ['metrics'],
      summary: 'The controlled vocabulary of measures, with definitions and base units',
    },
  },
});
