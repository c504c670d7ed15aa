/** /compare: one metric side by side across cities, in base units. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '../../config.ts';
import { ProblemError } from '../../http/errors.ts';
import { answerList, exportName, servedRows } from '../../http/lists.ts';
import { errorResponses } from '../../http/problem-schema.ts';
import { columnsOf } from '../../resources/columns.ts';
import {
  aliasesMeta,
  commaList,
  fieldsParam,
  listSchema,
  OPEN_PERIODS,
  pageQuery,
  totalParam,
  undatedMeta,
  yearParam,
} from '../../resources/schemas.ts';
import { sortOrder, sortParam } from '../../resources/sort.ts';
import { compareMetric, metricOfScope, noRowsOf, type ScopeCount } from './query.ts';
import { type ComparisonRow, rowSchema } from './schema.ts';

const scopeCount = z.object({
  scope: z.string().nullable().describe('A scope key of /scopes, or null for figures that are the metric exactly.'),
  name_zh: z.string().nullable(),
  name_en: z.string().nullable(),
  rows: z.number().int().nonnegative().describe('Rows of this scope, counted as total is.'),
  rows_exact: z.boolean(),
});

export const comparisonList = listSchema(rowSchema, 'Comparison', {
  boundedTotal: true,
  meta: {
    scope: scopeCount
      .nullable()
      .describe(
        'The scope (口径) compared: only figures of one scope stand side by side. A scope asked for that no row has is given with rows 0; null only when none was asked and the areas have no row of the metric.',
      ),
    left_out: z
      .array(
        scopeCount.extend({
          areas: z.array(z.string()).describe('The areas whose rows these are (slugs, of the areas compared).'),
          reason_en: z.string(),
          reason_zh: z.string(),
        }),
      )
      .describe('Rows of the same metric, areas and year left out because their scope differs, by scope.'),
    undated: undatedMeta.describe(
      'With year=: the figures of the metric and areas it left out because the text gives them no period (of the scope asked for, or of every scope), listed at /indicators.',
    ),
    without: z
      .array(z.string())
      .describe(
        'The areas named in cities= with no row compared (of the scope compared, and year=): none of the metric there, or only of a scope left out. /indicators?metric=…&within=… lists what an area and the areas under it have.',
      ),
    aliases: aliasesMeta,
  },
});

/** Fields sort= may name; ties are broken by indicator id. */
const COMPARE_SORT = ['city', 'value_base', 'period', 'period_start', 'period_end'] as const;

const COLUMNS = columnsOf<ComparisonRow>(Object.keys(rowSchema.shape));

/** /compare's query string (the MCP compare tool takes the same parameters). */
export const compareQuery = z.strictObject({
  ...pageQuery,
  total: totalParam,
  metric: z
    .string()
    .max(LIMITS.valueLength)
    .describe(
      'The metric key to compare. A retired key answers as the key it became, said in meta.aliases; one that meant several scopes (investment.projects_started) wants scope= naming one.',
    )
    .meta({ example: 'investment.funds_in_place' }),
  cities: commaList('City slugs, comma-separated (this, within= or both: one is required).', 'wuwei,zhangye', undefined, { prefill: true }),
  within: z
    .string()
    .max(LIMITS.keyLength)
    .optional()
    .describe(
      'Every area under this one (itself included), compared beside those of cities= (the areas of both, where /indicators keeps those in both); this, cities= or both: one is required.',
    ),
  year: yearParam(`Only rows whose period overlaps this year.${OPEN_PERIODS}`),
  scope: z
    .string()
    .max(LIMITS.keyLength)
    .optional()
    .describe(
      'The scope (口径) to compare, a key of /scopes, or none for figures that are the metric exactly. By default: none where there are such figures, else the scope most rows have (of two with as many, the key first in alphabetical order); meta.left_out names the others and how to ask for each.',
    ),
  sort: sortParam(
    COMPARE_SORT,
    '-value_base',
    'With none, by area, then by period start with a figure of no period first: the order of the index a comparison is read in (a chart draws periods in time, no period last).',
  ),
  fields: fieldsParam(Object.keys(rowSchema.shape)),
});

/** The undated figures a year left out of a comparison, as an /indicators list. */
function undatedLink(q: { metric: string; cities?: string[]; within?: string }, areas: string[], scope: string | null | undefined): string {
  const params = new URLSearchParams({ metric: q.metric, ...(scope !== undefined && { scope: scope ?? 'none' }), undated: 'true' });
  // /indicators takes within= alone as every area under it; with cities= as well the areas are listed.
  if (q.within && !q.cities?.length) params.set('within', q.within);
  else params.set('city', areas.join(','));
  return `/indicators?${params}`;
}

const compareRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/compare',
    {
      schema: {
        operationId: 'compareCities',
        tags: ['indicators'],
        summary: "One metric's values side by side across cities, one row per figure, in base units",
        description:
          'Give cities= or within= (or both). A city has a row for each of its figures of the metric: as a rule one a period, but several where ' +
          'the articles give several of one period or of none (a time limit before and after a reform, two plants’ capacities), told apart ' +
          'by label_zh, label_en and indicator, and where two articles report different values for the same city and period (see /conflicts). ' +
          'Join or pivot on indicator, not on city and period.',
        querystring: compareQuery,
        response: { 200: comparisonList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { metric, cities, within, year, scope, sort } = request.query;
      // An unknown metric was refused before this, with suggestions (src/http/vocabulary.ts).
      if (!cities && !within) {
        throw new ProblemError('invalid-parameter', 'Give cities= or within= to say which areas to compare.', [
          { name: 'cities', in: 'query', reason: 'cities or within is required' },
        ]);
      }
      const question = {
        metric,
        cities,
        within,
        year,
        sort: sortOrder(sort),
        scope: scope === undefined ? undefined : scope === 'none' ? null : scope,
      };
      return answerList(request, reply, request.query, {
        fileName: () => exportName(request, 'compare'),
        list: comparisonList,
        columns: COLUMNS,
        page: (page, options) => {
          const { rows, total, exact, scope: compared, leftOut, undated, without } = compareMetric(app.db, question, page, options);
          const counted = (s: ScopeCount) => ({
            scope: s.scope,
            name_zh: s.name_zh,
            name_en: s.name_en,
            rows: s.rows,
            rows_exact: s.exact,
          });
          // A scope asked for that no figure here has; its figures may be a metric of their own.
          // Each reason names it in its own language, with the key to ask by.
          const scopeElsewhere = (asked: string, named: ScopeCount) => {
            const other = metricOfScope(app.db, metric, asked);
            const en = named.name_en ? `${named.name_en} (${asked})` : asked;
            const zh = `${named.name_zh ?? ''}（${asked}；`;
            return other
              ? { en: `${en}, whose figures are the metric ${other}`, zh: `${zh}该口径的数据为指标 ${other}）` }
              : { en: `${en}, which no figure here has`, zh: `${zh}此处没有该口径的数据）` };
          };
          // What was compared: the scope asked for may have no figure among these areas (then none was).
          const asked = question.scope;
          const missing = !compared && asked !== undefined ? noRowsOf(app.db, asked) : undefined;
          const comparedName = compared
            ? { en: compared.name_en ?? 'the metric exactly', zh: compared.name_zh ?? '指标本身' }
            : asked && missing
              ? scopeElsewhere(asked, missing)
              : { en: 'the metric exactly', zh: '指标本身' };
          // Asked by a retired key that meant a scope, another scope is its metric's, asked by that metric.
          const alias = request.aliases?.find((a) => a.scopes);
          const retry = alias ? `metric=${alias.metrics[0]}&` : '';
          const meta = {
            // The scope asked for, with no row, rather than null (which reads as none compared at all).
            scope: compared ? counted(compared) : missing ? counted(missing) : null,
            left_out: leftOut.map((s) => ({
              ...counted(s),
              areas: s.areas,
              reason_en: `Its scope is ${s.name_en ?? 'the metric exactly'}, not ${comparedName.en}: compare it with ${retry}scope=${s.scope ?? 'none'}.`,
              reason_zh: `口径为${s.name_zh ?? '指标本身'}，不同于${comparedName.zh}；可用 ${retry}scope=${s.scope ?? 'none'} 比较。`,
            })),
            ...(undated && undated.total > 0
              ? {
                  undated: {
                    total: undated.total,
                    total_exact: undated.exact,
                    link: undatedLink(question, undated.areas, undated.scope),
                  },
                }
              : {}),
            without,
          };
          return { items: servedRows(rowSchema, rows), total, exact, meta };
        },
        every: () => compareMetric(app.db, question, { limit: Number.MAX_SAFE_INTEGER, offset: 0 }, { exactTotal: true }).rows,
      });
    },
  );
};

export default compareRoutes;
