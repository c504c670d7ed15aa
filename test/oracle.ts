/**
 * What the lists should answer, worked out from seed/ in plain TypeScript, independently of the
 * SQL: the tests hold the API's pages, totals and facets against it.
 */
import { loadSeed } from '../seed/load.ts';
import type { IndicatorRecord } from '../seed/records.ts';
import { type PeriodRange, periodRange } from '../src/domain/periods.ts';
import { valueBaseOf } from '../src/domain/units.ts';

/**
 * Whether a record's period overlaps the window [from, to], as from= and to= (and year=) select in
 * SQL (periodOverlaps in src/db/sql.ts): an open end on either side reaches as far as it needs to.
 */
export function periodOverlaps(record: PeriodRange, from: string | null, to: string | null): boolean {
  if (record.start === null && record.end === null) return false;
  const startsBeforeWindowEnds = to === null || record.start === null || record.start <= to;
  const endsAfterWindowStarts = from === null || record.end === null || record.end >= from;
  return startsBeforeWindowEnds && endsAfterWindowStarts;
}

export type OracleRow = IndicatorRecord & {
  value_base: number;
  period_start: string | null;
  period_end: string | null;
  corroborated: boolean;
  sources: Set<string>;
  /** The earliest date known of the articles quoting it. */
  reported_on: string | null;
};

export const seed = loadSeed().data;

const passageSource = new Map(seed.passages.map((p) => [p.id, p.source]));
const publishedOn = new Map(seed.sources.map((s) => [s.id, s.published_on]));

export const indicatorRows: OracleRow[] = seed.indicators
  .map((r) => {
    const range = r.period ? periodRange(r.period) : null;
    const sources = new Set(r.evidence.map((e) => passageSource.get(e) ?? '?'));
    return {
      ...r,
      value_base: Number(valueBaseOf(r.value_text, r.unit_zh, r.unit)),
      period_start: range?.start ?? null,
      period_end: range?.end ?? null,
      corroborated: sources.size > 1,
      sources,
      reported_on:
        [...sources]
          .map((s) => publishedOn.get(s))
          .filter((d): d is string => typeof d === 'string')
          .sort()[0] ?? null,
    };
  })
  .sort((a, b) => compare(a.id, b.id));

/** An area and every area under it. */
export function areasUnder(area: string): Set<string> {
  const under = new Set([area]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of seed.cities) {
      if (c.parent && under.has(c.parent) && !under.has(c.slug)) {
        under.add(c.slug);
        grew = true;
      }
    }
  }
  return under;
}

export type OracleFilters = {
  city?: string[];
  within?: string;
  metric?: string[];
  unit?: string[];
  qualifier?: string[];
  estimated?: boolean;
  corroborated?: boolean;
  initiative?: string[];
  project?: string[];
  scope?: string[];
  source?: string[];
  year?: number;
  from?: string;
  to?: string;
  period?: string;
  min?: number;
  max?: number;
  reported_from?: string;
  reported_to?: string;
};

export type OracleSort = { field: keyof OracleRow; descending: boolean }[];

/** SQLite's order: NULL first, numbers by value, text by code point. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [Array.from(String(a)), Array.from(String(b))];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const d = (x[k].codePointAt(0) ?? 0) - (y[k].codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The rows the filters select, in the order asked for, ties by id. */
export function selectRows(f: OracleFilters, sort: OracleSort = [], rows = indicatorRows): OracleRow[] {
  const within = f.within ? areasUnder(f.within) : undefined;
  const from = f.year !== undefined ? [`${f.year}-01-01`, f.from].filter(Boolean).sort().at(-1) : f.from;
  const to = f.year !== undefined ? [`${f.year}-12-31`, f.to].filter(Boolean).sort()[0] : f.to;
  const chosen = rows.filter(
    (r) =>
      (!f.city || f.city.includes(r.city)) &&
      (!within || within.has(r.city)) &&
      (!f.metric || f.metric.includes(r.metric)) &&
      (!f.unit || f.unit.includes(r.unit)) &&
      (!f.qualifier || f.qualifier.includes(r.qualifier)) &&
      (f.estimated === undefined || r.estimated === f.estimated) &&
      (f.corroborated === undefined || r.corroborated === f.corroborated) &&
      (!f.initiative || (r.initiative !== null && f.initiative.includes(r.initiative))) &&
      (!f.project || (r.project != null && f.project.includes(r.project))) &&
      (!f.scope || f.scope.includes(r.scope ?? 'none')) &&
      (!f.source || f.source.some((s) => r.sources.has(s))) &&
      (!(from || to) || periodOverlaps({ start: r.period_start, end: r.period_end }, from ?? null, to ?? null)) &&
      (!f.period || r.period === f.period) &&
      (f.min === undefined || r.value_base >= f.min) &&
      (f.max === undefined || r.value_base <= f.max) &&
      (f.reported_from === undefined || (r.reported_on !== null && r.reported_on >= f.reported_from)) &&
      (f.reported_to === undefined || (r.reported_on !== null && r.reported_on <= f.reported_to)),
  );
  return chosen.sort((a, b) => {
    for (const { field, descending } of sort) {
      const periodic = field === 'period' || field === 'period_start' || field === 'period_end';
      // No period after every dated row, whichever way, by the period or either of its days.
      if (periodic && (a.period === null) !== (b.period === null)) return a.period === null ? 1 : -1;
      // A period sorts in time: its first day, then its last (an open end after every day), then its code.
      for (const key of field === 'period' ? (['period_start', 'period_end', 'period'] as const) : [field]) {
        const open = (r: OracleRow) => (periodic && key === 'period_end' && r.period_end === null ? '9999-12-31' : r[key]);
        const d = compare(open(a), open(b));
        if (d !== 0) return descending ? -d : d;
      }
    }
    return compare(a.id, b.id);
  });
}

/** Each value of a field over the rows and how many rows have it: most frequent first, then by value. */
export function countValues(rows: OracleRow[], field: keyof OracleRow): { value: unknown; count: number }[] {
  const counts = new Map<unknown, number>();
  for (const r of rows) counts.set(r[field], (counts.get(r[field]) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        compare(typeof a.value === 'boolean' ? Number(a.value) : a.value, typeof b.value === 'boolean' ? Number(b.value) : b.value),
    );
}
