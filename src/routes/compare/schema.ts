/**
 * A /compare row: the schema the route answers and documents with, and the type its query builds,
 * apart from the route so the query module need not import it.
 */
import { z } from 'zod';
import { UNITS } from '../../domain/units.ts';

export const rowSchema = z
  .object({
    city: z.string(),
    city_name_zh: z.string(),
    city_name_en: z.string(),
    period: z.string().nullable(),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    value_base: z.number(),
    value_text: z.string().describe('The number as the article writes it (429.49), with unit_zh (亿元): what a quote of it says.'),
    unit_zh: z.string(),
    unit: z.enum(UNITS),
    qualifier: z.string(),
    estimated: z.boolean(),
    scope: z.string().nullable().describe('The scope (口径) of the figure; every row of a comparison has the same.'),
    indicator: z.string().describe('The indicator row this value comes from, with its evidence at /indicators/{id}.'),
    label_zh: z.string(),
    label_en: z.string(),
  })
  .meta({ id: 'ComparisonRow' });

export type ComparisonRow = z.output<typeof rowSchema>;
