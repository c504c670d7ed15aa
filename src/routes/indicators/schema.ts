/** The indicator resource as the API shows it, and its list filters. */
import { z } from 'zod';
import { PERIOD_PATTERN } from '../../domain/periods.ts';
import { UNITS } from '../../domain/units.ts';
import { QUALIFIERS } from '../../domain/vocabulary.ts';
import { booleanParam, commaList, evidenceSchema, listSchema, pageQuery, searchParam, totalParam } from '../schemas.ts';
import { FACET_VALUES, INDICATOR_FACETS, INDICATOR_SORT_FIELDS } from './query.ts';

export const indicatorSchema = z
  .object({
    id: z.string().meta({ example: '000-i040' }),
    city: z.string().describe('Slug of the narrowest area the text attributes the figure to.'),
    metric: z.string().describe('Key in the controlled vocabulary (/metrics).'),
    label_zh: z.string(),
    label_en: z.string(),
    value: z.number().describe('The number as written (5.5 for 5.5万人次).'),
    value_text: z.string().describe('The number exactly as it appears in the quote.'),
    unit_zh: z.string().describe('The unit as written, in Simplified (亿元, 万人次, %).'),
    unit: z.enum(UNITS).describe('Normalized unit.'),
    value_base: z.number().describe('The value in the normalized unit (429.49亿元 → 42949000000 CNY).'),
    qualifier: z.enum(QUALIFIERS),
    estimated: z.boolean().describe('True for 预计 and planned figures.'),
    period: z.string().nullable().describe('Period code: 2023, 2023-Q1, 2023-04, 2023-04-26 or start/end (.. for an open end).'),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    initiative: z.string().nullable(),
    complaint: z.string().nullable(),
    relates_to: z.string().nullable().describe('The indicator this growth, share or rank qualifies.'),
    corroborated: z.boolean().describe('True when quotes from more than one article support it.'),
    evidence: z.array(evidenceSchema),
  })
  .meta({ id: 'Indicator' });

export const indicatorList = listSchema(indicatorSchema, 'Indicator', { facets: true, boundedTotal: true });

const sortField = z
  .string()
  .regex(
    new RegExp(`^-?(${Object.keys(INDICATOR_SORT_FIELDS).join('|')})$`),
    `a field among ${Object.keys(INDICATOR_SORT_FIELDS).join(', ')}, with - for descending`,
  );
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const indicatorFilterQuery = {
  ...pageQuery,
  total: totalParam,
  metric: commaList('Metric keys, comma-separated.', 'investment.funds_in_place'),
  unit: commaList(`Normalized units, comma-separated: ${UNITS.join(', ')}.`, 'CNY', z.enum(UNITS)),
  qualifier: commaList('exact, more_than, at_least, approx, less_than; comma-separated.', 'exact', z.enum(QUALIFIERS)),
  estimated: booleanParam('true: only planned or expected figures; false: only reported ones.'),
  initiative: commaList('Initiative ids, comma-separated.'),
  source: commaList('Source article ids, comma-separated: rows quoting any of them.', '000'),
  corroborated: booleanParam('true: only figures quoted from more than one article.'),
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('Rows whose period overlaps this year.'),
  from: date.optional().describe('Rows whose period overlaps [from, to].'),
  to: date.optional().describe('Rows whose period overlaps [from, to].'),
  period: z.string().regex(PERIOD_PATTERN, 'a period code').optional().describe('Exact period code, such as 2023 or 2023-Q1.'),
  min: z.coerce.number().optional().describe('Lowest value_base.'),
  max: z.coerce.number().optional().describe('Highest value_base.'),
  sort: commaList('Fields to sort by, - for descending; ties are broken by id.', '-value_base', sortField),
  q: searchParam.optional(),
  facets: commaList(
    `Fields to count values of over the whole filtered set, in meta.facets: ${Object.keys(INDICATOR_FACETS).join(', ')}.`,
    'city,unit',
    z.enum(Object.keys(INDICATOR_FACETS) as [keyof typeof INDICATOR_FACETS]),
  ),
  facet_limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe(`Values given per facet field, most frequent first (default ${FACET_VALUES}); meta.facets_omitted counts those left out.`),
};

export const indicatorQuery = z.strictObject({
  ...indicatorFilterQuery,
  city: commaList('City slugs, comma-separated.', 'wuwei'),
  within: z
    .string()
    .max(64)
    .optional()
    .describe('An area and everything under it (zhangye: Zhangye and its counties).')
    .meta({ example: 'wuwei' }),
});

export const cityIndicatorQuery = z.strictObject(indicatorFilterQuery);

type Parsed = z.output<typeof indicatorQuery>;

/** Query parameters → the filters and sort the query layer takes. */
export function filtersOf(q: Omit<Parsed, 'limit' | 'offset'> & Partial<Pick<Parsed, 'city' | 'within'>>) {
  const from = q.year !== undefined ? maxDate(`${q.year}-01-01`, q.from) : q.from;
  const to = q.year !== undefined ? minDate(`${q.year}-12-31`, q.to) : q.to;
  return {
    filters: {
      city: q.city,
      within: q.within,
      metric: q.metric,
      unit: q.unit,
      qualifier: q.qualifier,
      estimated: q.estimated,
      initiative: q.initiative,
      source: q.source,
      corroborated: q.corroborated,
      from,
      to,
      period: q.period,
      min: q.min,
      max: q.max,
      q: q.q,
    },
    facets: q.facets ?? [],
    sort: (q.sort ?? []).map((s: string) => ({
      field: s.replace(/^-/, '') as keyof typeof INDICATOR_SORT_FIELDS,
      descending: s.startsWith('-'),
    })),
  };
}

const maxDate = (a: string, b?: string) => (b && b > a ? b : a);
const minDate = (a: string, b?: string) => (b && b < a ? b : a);
