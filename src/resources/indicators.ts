/** Indicators: every statistic, one number a row, each with its verbatim evidence. */
import { z } from 'zod';
import { LIMITS } from '../config.ts';
import { indicators } from '../db/schema.ts';
import { condition, oneOf, oneOfOrFamily, oneOfOrNone, periodGiven, periodIs, periodOverlaps } from '../db/sql.ts';
import { PERIOD_PATTERN, periodRange, yearRange } from '../domain/periods.ts';
import { UNITS } from '../domain/units.ts';
import { QUALIFIERS } from '../domain/vocabulary.ts';
import { rangesInOrder, TIME_FILTERS } from './ranges.ts';
import { countOf, defineResource, type Resource, scopeConditions } from './resource.ts';
import {
  aliasesMeta,
  booleanParam,
  commaList,
  dateParam,
  evidenceSchema,
  facetParams,
  isoDate,
  listSchema,
  OPEN_PERIODS,
  pageQuery,
  searchParam,
  totalParam,
  undatedMeta,
  yearParam,
} from './schemas.ts';
import { sortOrder, sortParam } from './sort.ts';

export const indicatorSchema = z
  .object({
    id: z.string().describe('The key: the id of the article that first gave it, i and a number.').meta({ example: '000-i040' }),
    city: z.string().describe('Slug of the narrowest area the text attributes the figure to.'),
    metric: z.string().describe('Key in the controlled vocabulary (/metrics).'),
    scope: z
      .string()
      .nullable()
      .describe(
        'How the figure narrows what its metric defines (口径), a key of /scopes: out_of_province, one_body …; null when it is the metric exactly.',
      ),
    label_zh: z.string().describe('What the figure is, in Chinese.'),
    label_en: z.string().describe('What the figure is, in English.'),
    value: z.number().describe('The number as written, in the unit as written, unit_zh (5.5 for 5.5万人次).'),
    value_text: z.string().describe('The number exactly as it appears in the quote.'),
    unit_zh: z
      .string()
      .min(0)
      .describe('The unit as written, in Simplified (亿元, 万人次, %); empty when the text writes no counter (两获贡献奖).'),
    unit: z.enum(UNITS).describe('Normalized unit.'),
    value_base: z.number().describe('The value in the normalized unit of the unit field (429.49亿元 → 42949000000 CNY).'),
    qualifier: z
      .enum(QUALIFIERS)
      .describe('How the text qualifies the number: exact, more_than (多, 余, 超), at_least (以上), approx (约, 近), less_than.'),
    estimated: z.boolean().describe('True for 预计 and planned figures.'),
    period: z.string().nullable().describe('Period code: 2023, 2023-Q1, 2023-04, 2023-04-26 or start/end (.. for an open end).'),
    period_start: isoDate.nullable().describe('First day of the period; null when it has none or its start is open.'),
    period_end: isoDate.nullable().describe('Last day of the period; null when it has none or its end is open.'),
    initiative: z.string().nullable().describe('The initiative the figure belongs to, where the text ties it to one.'),
    complaint: z.string().nullable().describe('The complaint the figure counts something of, where it belongs to one.'),
    relates_to: z.string().nullable().describe('The indicator this growth, share or rank qualifies.'),
    part_of: z.string().nullable().describe('The indicator counting the whole this figure is part of (其中 …), where the text says so.'),
    project: z.string().nullable().describe('The named project this figure measures (/projects/{id}), if any.'),
    corroborated: z.boolean().describe('True when quotes from more than one article support it.'),
    reported_on: isoDate
      .nullable()
      .describe('The publication date of the earliest article quoting it, where known: places a figure with no period in time.'),
    evidence: z
      .array(evidenceSchema)
      .describe('The passages the figure rests on: the first writes its number, any after it say what it measures.'),
  })
  .meta({ id: 'Indicator' });

export type Indicator = z.output<typeof indicatorSchema>;

/**
 * The quote a figure's number stands in: its first evidence passage, which the build requires to write
 * the number (docs/CURATION.md, "Evidence and offsets"); the passages after it say what it measures.
 */
export const quoteOfFigure = (indicator: Pick<Indicator, 'evidence'>) => indicator.evidence[0];

/** Fields sort= may name; ties are broken by id. */
export const INDICATOR_SORT_FIELDS = [
  'id',
  'city',
  'metric',
  'value',
  'value_base',
  'unit',
  'qualifier',
  'period',
  'period_start',
  'period_end',
] as const;
/** Fields facets= may count. */
export const INDICATOR_FACETS = [
  'city',
  'metric',
  'scope',
  'unit',
  'qualifier',
  'estimated',
  'corroborated',
  'period',
  'initiative',
] as const;

const date = dateParam;

const filterQuery = {
  ...pageQuery,
  total: totalParam,
  metric: commaList(
    'Metric keys, comma-separated (/metrics); a key ending in .* is the whole family (tourism.*); a retired key answers for the keys it now stands for, said in meta.aliases; one that meant a scope (investment.out_of_province_funds_in_place) is named alone, as beside other keys its scope would narrow theirs too (a 400 gives the spelling that says it).',
  ),
  unit: commaList(`Normalized units, comma-separated: ${UNITS.join(', ')}.`, 'CNY', z.enum(UNITS)),
  qualifier: commaList('exact, more_than, at_least, approx, less_than; comma-separated.', 'exact', z.enum(QUALIFIERS)),
  estimated: booleanParam('true: only planned or expected figures; false: only reported ones.'),
  scope: commaList('Scope keys (/scopes), comma-separated; none: figures that are their metric exactly.'),
  initiative: commaList('Initiative ids, comma-separated.'),
  project: commaList('Project ids (/projects), comma-separated: the figures that measure one of these named projects.'),
  complaint: commaList('Complaint ids (/complaints), comma-separated: the figures of these resolved cases.', '001-c01'),
  source: commaList('Source article ids, comma-separated: rows quoting any of them.', '000'),
  corroborated: booleanParam('true: only figures quoted from more than one article.'),
  year: yearParam(`Rows whose period overlaps this year.${OPEN_PERIODS}`),
  from: date.optional().describe(`Rows whose period overlaps [from, to].${OPEN_PERIODS}`),
  to: date.optional().describe(`Rows whose period overlaps [from, to].${OPEN_PERIODS}`),
  undated: booleanParam(
    'true: only figures with no period (the text gives none); false: only dated ones. A time filter leaves undated figures out and counts them in meta.undated.',
  ),
  reported_from: dateParam
    .optional()
    .describe(
      'Figures first reported (the date of the earliest article quoting them) on or after this date; figures of articles whose date is not known are left out.',
    ),
  reported_to: dateParam
    .optional()
    .describe('Figures first reported on or before this date; figures of articles whose date is not known are left out.'),
  period: z
    .string()
    .regex(PERIOD_PATTERN, { error: 'a period code, such as 2023, 2023-Q1, 2023-04 or 2023-02-13/..', abort: true })
    .refine((code) => periodRange(code) !== null, { error: (issue) => `a period that exists (${issue.input} does not)` })
    .optional()
    .describe('Exact period code, such as 2023 or 2023-Q1.'),
  min: z.coerce.number().optional().describe('Lowest value_base, in base units: yuan for CNY, not 亿元 (100亿元 is 10000000000).'),
  max: z.coerce.number().optional().describe('Highest value_base, in base units as min is.'),
  sort: sortParam(INDICATOR_SORT_FIELDS, '-value_base'),
  q: searchParam.optional(),
  ...facetParams(INDICATOR_FACETS, 'city,unit'),
};

const query = rangesInOrder(
  z.strictObject({
    ...filterQuery,
    city: commaList('City slugs, comma-separated.', 'wuwei'),
    within: z.string().max(LIMITS.keyLength).optional().describe('An area and everything under it (zhangye: Zhangye and its counties).'),
  }),
);

type IndicatorQuery = z.output<typeof query>;

const later = (a: string, b?: string) => (b && b > a ? b : a);
const earlier = (a: string, b?: string) => (b && b < a ? b : a);

/** A request's conditions: year= narrows from= and to= to that year. */
function indicatorAsk(q: IndicatorQuery) {
  const year = q.year !== undefined ? yearRange(q.year) : undefined;
  const from = year ? later(year.start, q.from) : q.from;
  const to = year ? earlier(year.end, q.to) : q.to;
  return {
    where: [
      ...scopeConditions(q, 'indicator'),
      q.metric?.length ? oneOfOrFamily('metric', q.metric) : undefined,
      q.unit?.length ? oneOf('unit', q.unit) : undefined,
      q.qualifier?.length ? oneOf('qualifier', q.qualifier) : undefined,
      // Booleans are stored as 0 and 1.
      q.estimated !== undefined ? condition('estimated = ?', q.estimated ? 1 : 0) : undefined,
      q.corroborated !== undefined ? condition('corroborated = ?', q.corroborated ? 1 : 0) : undefined,
      q.scope?.length ? oneOfOrNone('scope', q.scope) : undefined,
      q.initiative?.length ? oneOf('initiative', q.initiative) : undefined,
      q.project?.length ? oneOf('project', q.project) : undefined,
      q.complaint?.length ? oneOf('complaint', q.complaint) : undefined,
      q.period ? periodIs(q.period) : undefined,
      from || to ? periodOverlaps(from, to) : undefined,
      q.undated !== undefined ? periodGiven(!q.undated) : undefined,
      q.reported_from ? condition('reported_on >= ?', q.reported_from) : undefined,
      q.reported_to ? condition('reported_on <= ?', q.reported_to) : undefined,
      q.min !== undefined ? condition('value_base >= ?', q.min) : undefined,
      q.max !== undefined ? condition('value_base <= ?', q.max) : undefined,
    ],
    // One city or one metric: its (column, id) index holds the rows in id order.
    ordered:
      q.city?.length === 1 ? 'indicators_city' : q.metric?.length === 1 && !q.metric[0].endsWith('.*') ? 'indicators_metric' : undefined,
    q: q.q,
    sort: sortOrder(q.sort),
  };
}

export const indicatorResource = defineResource({
  type: 'indicator',
  path: 'indicators',
  describes: 'A statistic an article reports: one number, one row, with the quotes it rests on.',
  titles: { zh: 'label_zh', en: 'label_en' },
  table: indicators,
  key: 'id',
  item: indicatorSchema,
  references: {
    city: 'cities',
    metric: 'metrics',
    scope: 'scopes',
    initiative: 'initiatives',
    complaint: 'complaints',
    relates_to: 'indicators',
    part_of: 'indicators',
    project: 'projects',
  },
  list: listSchema(indicatorSchema, 'Indicator', {
    facets: true,
    boundedTotal: true,
    meta: {
      undated: undatedMeta.describe(
        'With a time filter (year, from, to, period): the figures it left out because the text gives them no period.',
      ),
      aliases: aliasesMeta,
    },
  }),
  query,
  scopedQuery: rangesInOrder(z.strictObject(filterQuery)),
  evidence: 'indicator',
  search: 'indicator',
  ask: indicatorAsk,
  facets: { fields: INDICATOR_FACETS, booleans: ['estimated', 'corroborated'] },
  meta: (db, q, linkTo, options): object => {
    const timed = TIME_FILTERS.some((name) => q[name] !== undefined);
    if (!timed || q.undated !== undefined) return {};
    const undated = { ...q, year: undefined, from: undefined, to: undefined, period: undefined, undated: true, facets: undefined };
    const { total, exact } = countOf(
      db,
      indicatorResource as Resource<Indicator, IndicatorQuery>,
      undated,
      { limit: 1, offset: 0 },
      options,
    );
    return {
      undated: {
        total,
        total_exact: exact,
        link: linkTo({ year: undefined, from: undefined, to: undefined, period: undefined, undated: 'true' }),
      },
    };
  },
  bounded: true,
  operations: {
    list: {
      operationId: 'listIndicators',
      tags: ['indicators'],
      summary: 'Every statistic, one number a row, each with its verbatim evidence',
    },
    get: { operationId: 'getIndicator', tags: ['indicators'], summary: 'One statistic with its evidence' },
    scoped: {
      operationId: 'listCityIndicators',
      tags: ['cities', 'indicators'],
      summary: "One area's statistics, each with its verbatim evidence",
    },
  },
});
