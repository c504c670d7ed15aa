/** One way to answer a list of indicators, for /indicators and /cities/{slug}/indicators: JSON page or CSV export. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/open.ts';
import { type CsvColumn, evidenceColumns, sendCsv, wantsCsv } from '../csv.ts';
import { cachedRecords, recordsById, sendList } from '../records.ts';
import { pageLinks } from '../schemas.ts';
import { type IndicatorFilters, type IndicatorOut, indicatorFacets, indicatorPage, indicatorsById } from './query.ts';
import { filtersOf, indicatorList, indicatorSchema } from './schema.ts';

const COLUMNS: CsvColumn<IndicatorOut>[] = [
  ['id', (r) => r.id],
  ['city', (r) => r.city],
  ['metric', (r) => r.metric],
  ['label_zh', (r) => r.label_zh],
  ['label_en', (r) => r.label_en],
  ['value', (r) => r.value_text],
  ['unit_zh', (r) => r.unit_zh],
  ['value_base', (r) => r.value_base],
  ['unit', (r) => r.unit],
  ['qualifier', (r) => r.qualifier],
  ['estimated', (r) => r.estimated],
  ['period', (r) => r.period],
  ['period_start', (r) => r.period_start],
  ['period_end', (r) => r.period_end],
  ['initiative', (r) => r.initiative],
  ['complaint', (r) => r.complaint],
  ['relates_to', (r) => r.relates_to],
  ['corroborated', (r) => r.corroborated],
  ...evidenceColumns<IndicatorOut>(),
];

type Query = Parameters<typeof filtersOf>[0] & {
  limit: number;
  offset: number;
  format?: 'json' | 'csv';
  total?: 'bounded' | 'exact';
  facet_limit?: number;
};

export function answerIndicators(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  query: Query,
  scope: Partial<IndicatorFilters>,
  fileName: string,
) {
  const { limit, offset, format, total: counting, facet_limit: facetLimit, ...rest } = query;
  const { filters: asked, sort, facets } = filtersOf(rest);
  const filters = { ...asked, ...scope };
  const cache = request.server.recordCache;
  const load = (missing: string[]) => indicatorsById(db, missing);
  if (wantsCsv(request, format)) {
    // Every row, in the page's order: the ids from the same plans as a page, the records from the cache.
    const { ids } = indicatorPage(db, filters, { limit: Number.MAX_SAFE_INTEGER, offset: 0 }, sort, { exactTotal: true });
    return sendCsv(reply, fileName, cachedRecords(cache, 'indicator', ids, load), COLUMNS);
  }
  const page = { limit, offset };
  const { ids, total, exact } = indicatorPage(db, filters, page, sort, {
    exactTotal: counting === 'exact',
    countUpTo: request.server.totalCountedUpTo,
  });
  const records = recordsById(cache, 'indicator', ids, load, indicatorSchema);
  const counted = facets.length > 0 ? indicatorFacets(db, filters, facets, facetLimit) : undefined;
  const meta = {
    total,
    total_exact: exact,
    ...page,
    ...(counted ? { facets: counted.facets } : {}),
    ...(counted && Object.keys(counted.omitted).length > 0 ? { facets_omitted: counted.omitted } : {}),
  };
  return sendList(reply, indicatorList, records, { meta, links: pageLinks(request.url, page, total) });
}
