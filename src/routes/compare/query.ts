/**
 * The SQL for /compare: one metric's rows for some areas, through the indicator lists' page plans
 * (src/db/pages.ts). The areas asked for (cities=, and every area under within=) become one list,
 * so the (metric, city, period_start, id, period_end) index answers the page in its order and the
 * total, one range of it per area.
 */
import type { Db } from '../../db/open.ts';
import { listPage } from '../../db/pages.ts';
import { JSON_VALUES, oneOf, periodOverlaps } from '../../db/sql.ts';
import { column, rows } from '../../db/statements.ts';
import type { Page, PageOptions, Total } from '../../db/totals.ts';
import type { Unit } from '../../domain/units.ts';

export type ComparisonQuery = { metric: string; cities?: string[]; within?: string; year?: number };

export type ComparisonRow = {
  city: string;
  city_name_zh: string;
  city_name_en: string;
  period: string | null;
  period_start: string | null;
  period_end: string | null;
  value_base: number;
  unit: Unit;
  qualifier: string;
  estimated: boolean;
  indicator: string;
  label_en: string;
};

const ROWS = `select indicators.city, cities.name_zh as city_name_zh, cities.name_en as city_name_en, indicators.period,
    indicators.period_start, indicators.period_end, indicators.value_base, indicators.unit, indicators.qualifier,
    indicators.estimated, indicators.id as indicator, indicators.label_en
  from indicators join cities on cities.slug = indicators.city
  where indicators.id in ${JSON_VALUES}`;

/** The areas compared: those named, and every area under `within` (itself included). */
function areasOf(db: Db, q: ComparisonQuery): string[] {
  const under = q.within ? column<string>(db, 'select city from city_ancestors where ancestor = ? order by city', [q.within]) : [];
  return [...new Set([...(q.cities ?? []), ...under])].sort();
}

/** A page of a comparison, in (city, period start, id) order, and its total. */
export function compareMetric(db: Db, q: ComparisonQuery, page: Page, options: PageOptions = {}): { rows: ComparisonRow[] } & Total {
  const areas = areasOf(db, q);
  if (areas.length === 0) return { rows: [], total: 0, exact: true };
  const found = listPage(
    db,
    { table: 'indicators', key: 'id' },
    {
      where: [
        oneOf('metric', [q.metric]),
        oneOf('city', areas),
        q.year !== undefined ? periodOverlaps(`${q.year}-01-01`, `${q.year}-12-31`) : undefined,
      ],
      sort: [
        { column: 'city', descending: false },
        { column: 'period_start', descending: false },
      ],
    },
    page,
    options,
  );
  const byId = new Map(
    rows<ComparisonRow>(db, ROWS, [JSON.stringify(found.keys)]).map((r) => [r.indicator, { ...r, estimated: Boolean(r.estimated) }]),
  );
  return { rows: found.keys.map((id) => byId.get(id) as ComparisonRow), total: found.total, exact: found.exact };
}
