/**
 * The mixed workload: distinct URLs over the curated data, so that no answer is ever served twice
 * (a cache keyed by the request cannot help). Cities, filters, sorts, pages, searches, facets and
 * CSV exports, drawn from the database's own vocabulary with a fixed seed.
 *
 * Two URLs are "the same" when they ask the same thing: parameters are compared sorted, with the
 * defaults (limit=50, offset=0) filled in, and limit/offset ignored for CSV. Every URL generated is
 * different from every other in that sense, not only as a string.
 */
import type Database from 'better-sqlite3';
import { prng } from './synthetic.ts';

type Params = [string, string][];

export type MixedKind = 'city' | 'filter' | 'range' | 'q' | 'search' | 'facets' | 'csv' | 'other';

/** How often each kind of request appears, out of 100. */
export const MIX: Record<MixedKind, number> = { city: 25, filter: 20, range: 10, q: 10, search: 10, facets: 10, csv: 5, other: 10 };

const SORTS = [
  'id',
  '-id',
  'value_base',
  '-value_base',
  'period_start',
  '-period_start',
  'metric',
  'city',
  'value',
  '-period_end',
  'unit,-value_base',
];

export function mixedUrls(sqlite: Database.Database, count: number, seed = 0x31a7): { urls: string[]; kinds: Record<MixedKind, number> } {
  const random = prng(seed);
  const one = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], most: number): T[] => {
    const n = 1 + Math.floor(random() * most);
    return [...new Set(Array.from({ length: n }, () => one(items)))];
  };
  const column = (sql: string) => (sqlite.prepare(sql).raw().all() as unknown[][]).map((r) => String(r[0]));
  const cities = column('select distinct city from indicators order by city');
  const areas = column('select slug from cities order by slug');
  const parents = column('select distinct ancestor from city_ancestors where depth > 0 order by ancestor');
  const metrics = column('select distinct metric from indicators order by metric');
  const units = column('select distinct unit from indicators order by unit');
  const qualifiers = column('select distinct qualifier from indicators order by qualifier');
  const sources = column('select id from sources order by id');
  const initiatives = column('select distinct initiative from indicators where initiative is not null order by initiative');
  const values = column('select value_base from indicators order by value_base').map(Number);
  const texts = column('select label_zh from indicators union all select name_zh from cities union all select name_zh from initiatives');
  const english = column('select label_en from indicators').flatMap((t) => t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const hanRuns = texts.flatMap((t) => t.match(/\p{Script=Han}+/gu) ?? []);
  const term = () => {
    if (random() < 0.15) return one(english);
    const run = Array.from(one(hanRuns));
    const length = Math.min(run.length, one([1, 2, 2, 3, 4]));
    const at = Math.floor(random() * (run.length - length + 1));
    return run.slice(at, at + length).join('');
  };
  const page = (): Params => [
    ['limit', String(one([10, 20, 25, 50, 50, 100, 5 + Math.floor(random() * 95)]))],
    ['offset', String(random() < 0.6 ? 0 : Math.floor(random() * 60))],
  ];
  const sort = (): Params => (random() < 0.5 ? [['sort', one(SORTS)]] : []);
  const filter = (): Params => {
    switch (Math.floor(random() * 9)) {
      case 0:
        return [['city', some(cities, 3).join(',')]];
      case 1:
        return [['within', one(parents)]];
      case 2:
        return [['metric', some(metrics, 2).join(',')]];
      case 3:
        return [['unit', some(units, 2).join(',')]];
      case 4:
        return [['qualifier', one(qualifiers)]];
      case 5:
        return [['source', one(sources)]];
      case 6:
        return [[one(['estimated', 'corroborated']), one(['true', 'false'])]];
      case 7:
        return [['initiative', one(initiatives)]];
      default:
        return [['year', String(one([2021, 2022, 2023, 2024]))]];
    }
  };
  const range = (): Params => {
    if (random() < 0.5) {
      const a = one(values);
      const b = one(values);
      return [
        ['min', String(Math.min(a, b))],
        ['max', String(Math.max(a, b))],
      ];
    }
    const month = () =>
      `2023-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const [from, to] = [month(), month()].sort();
    return [
      ['from', from],
      ['to', to],
    ];
  };
  const make: Record<MixedKind, () => [string, Params]> = {
    city: () => [
      `/cities/${one(cities)}/indicators`,
      [...(random() < 0.3 ? filter().filter(([k]) => k !== 'city' && k !== 'within') : []), ...sort(), ...page()],
    ],
    filter: () => ['/indicators', [...filter(), ...(random() < 0.3 ? filter() : []), ...sort(), ...page()]],
    range: () => ['/indicators', [...range(), ...(random() < 0.3 ? filter() : []), ...sort(), ...page()]],
    q: () => ['/indicators', [['q', term()], ...(random() < 0.3 ? filter() : []), ...page()]],
    search: () => [
      '/search',
      [['q', term()], ...(random() < 0.3 ? [['type', one(['indicator', 'passage', 'initiative'])] as [string, string]] : []), ...page()],
    ],
    facets: () => [
      '/indicators',
      [
        ...(random() < 0.8 ? filter() : []),
        ['facets', some(['city', 'metric', 'unit', 'qualifier', 'period', 'corroborated'], 3).join(',')],
        ...page(),
      ],
    ],
    csv: () => ['/indicators', [...filter(), ...(random() < 0.5 ? filter() : []), ...sort(), ['format', 'csv']]],
    other: () =>
      one([
        (): [string, Params] => [
          '/initiatives',
          [...(random() < 0.5 ? [['within', one(parents)] as [string, string]] : [['q', term()] as [string, string]]), ...page()],
        ],
        (): [string, Params] => ['/complaints', [['within', one(parents)], ...page()]],
        (): [string, Params] => ['/compare', [['metric', one(metrics)], ['within', one([...parents, 'gansu'])], ...page()]],
        (): [string, Params] => [`/cities/${one(areas)}/initiatives`, page()],
      ])(),
  };
  const kinds = Object.keys(MIX) as MixedKind[];
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<MixedKind, number>;
  const seen = new Set<string>();
  const urls: string[] = [];
  for (let attempt = 0; urls.length < count && attempt < count * 20; attempt++) {
    const roll = random() * 100;
    let sum = 0;
    const kind =
      kinds.find((k) => {
        sum += MIX[k];
        return roll < sum;
      }) ?? 'filter';
    const [path, raw] = make[kind]();
    // One value per parameter (the API refuses none, but a repeated one would read as a list).
    const params = new Map<string, string>();
    for (const [k, v] of raw) if (!params.has(k)) params.set(k, v);
    const key = canonical(path, params);
    if (seen.has(key)) continue;
    seen.add(key);
    counts[kind]++;
    urls.push(`${path}?${new URLSearchParams([...params]).toString()}`);
  }
  if (urls.length < count) throw new Error(`only ${urls.length} distinct URLs could be made; asked for ${count}`);
  return { urls, kinds: counts };
}

function canonical(path: string, params: Map<string, string>): string {
  const all = new Map(params);
  if (all.get('format') === 'csv') {
    all.delete('limit');
    all.delete('offset');
  } else {
    if (!all.has('limit')) all.set('limit', '50');
    if (!all.has('offset')) all.set('offset', '0');
  }
  for (const [k, v] of all) if (/^(city|metric|unit|facets|type)$/.test(k)) all.set(k, v.split(',').sort().join(','));
  return `${path}?${[...all]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;
}
