/**
 * A /compare row: the schema the route answers and documents with, and the type its query builds,
 * apart from the route so the query module need not import it.
 */
import { z } from 'zod';
import { indicatorSchema } from '../../resources/indicators.ts';

/** The figure's own fields are its indicator's, as GET /indicators/{id} defines them. */
const figure = indicatorSchema.shape;

export const rowSchema = z
  .object({
    city: z.string(),
    city_name_zh: z.string(),
    city_name_en: z.string(),
    period: figure.period,
    period_start: figure.period_start,
    period_end: figure.period_end,
    value_base: figure.value_base,
    value_text: z.string().describe('The number as the article writes it (429.49), with unit_zh (亿元): what a quote of it says.'),
    unit_zh: figure.unit_zh,
    unit: figure.unit,
    qualifier: figure.qualifier,
    estimated: figure.estimated,
    scope: figure.scope.describe('The scope (口径) of the figure; every row of a comparison has the same.'),
    indicator: z.string().describe('The indicator row this value comes from, with its evidence at /indicators/{id}.'),
    label_zh: figure.label_zh,
    label_en: figure.label_en,
  })
  .meta({ id: 'ComparisonRow' });

export type ComparisonRow = z.output<typeof rowSchema>;
