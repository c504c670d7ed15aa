/**
 * Every list query shape is answered from an index: SQLite's EXPLAIN QUERY PLAN of the very
 * statements a request runs (captured from the connection as the app prepares them) never reads the
 * indicators table from end to end without one, nor every record's evidence. With no ANALYZE
 * statistics, SQLite plans the same way at 226 rows as at a million, so the test database stands
 * for a large one (bench/ measures one). And the pages, totals and facets the plans give are those
 * the plain rules give (test/oracle.ts).
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, buildApp } from '../src/app.ts';
import { type Db, openDatabase } from '../src/db/open.ts';
import { matchExpression } from '../src/db/search.ts';
import { toSearchReadings, toSearchTokens } from '../src/domain/chinese-search.ts';
import { toSearchPairs } from '../src/domain/han-pairs.ts';
import { INDICATOR_FACETS, INDICATOR_SORT_FIELDS } from '../src/resources/indicators.ts';
import { countValues, indicatorRows, type OracleFilters, type OracleSort, selectRows } from './oracle.ts';

type Ran = { sql: string; params: unknown[] };

/** An app over a connection of its own that records every statement it runs, with its values. */
async function recordingApp(options: { totalCountedUpTo?: number } = {}) {
  const db = openDatabase(inject('databasePath'));
  const ran: Ran[] = [];
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'iterate', 'run'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        ran.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  }) as typeof db.$client.prepare;
  const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, answerCacheBytes: 0, recordCacheBytes: 0, ...options });
  return { db, app, ran };
}

let db: Db;
let app: App;
let ran: Ran[];
let bounded: Awaited<ReturnType<typeof recordingApp>>;
let walking: Awaited<ReturnType<typeof recordingApp>>;
beforeAll(async () => {
  ({ db, app, ran } = await recordingApp());
  bounded = await recordingApp({ totalCountedUpTo: 3 });
  // A bound past which a walk reads fewer rows than a sort of what was counted, on 226 rows: 31² > 2 × 226.
  walking = await recordingApp({ totalCountedUpTo: 30 });
});
afterAll(async () => {
  for (const a of [{ db, app }, bounded, walking]) {
    await a.app.close();
    a.db.$client.close();
  }
});

/** The plan of each statement a request ran, e.g. "SEARCH indicators USING COVERING INDEX indicators_city (city=?)". */
async function plansOf(url: string, on = { app, ran }): Promise<{ sql: string; plan: string[] }[]> {
  on.ran.length = 0;
  const response = await on.app.inject(url);
  expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
  return on.ran
    .filter((r) => /^\s*select/i.test(r.sql))
    .map((r) => ({
      sql: r.sql,
      plan: (db.$client.prepare(`explain query plan ${r.sql}`).all(...r.params) as { detail: string }[]).map((l) => l.detail),
    }));
}

/** Lines reading a table from end to end: indicators in rowid order with no index, or every record's evidence. */
const fullScans = (plans: { plan: string[] }[]) =>
  plans.flatMap((p) => p.plan).filter((line) => /^SCAN indicators\b(?! USING)|^SEARCH evidence USING .*\(record_type=\?\)$/.test(line));

/** The shapes bench/ times, and the other filters that have an index of their own. */
const SHAPES: { url: string; index: RegExp }[] = [
  { url: '/indicators', index: /rowid>\?/ },
  { url: '/cities/wuwei/indicators', index: /indicators_city/ },
  { url: '/indicators?city=wuwei,zhangye', index: /indicators_city/ },
  { url: '/indicators?within=zhangye', index: /indicators_city/ },
  { url: '/indicators?metric=investment.funds_in_place', index: /indicators_metric/ },
  { url: '/indicators?metric=investment.funds_in_place&city=wuwei', index: /indicators_metric|indicators_city/ },
  { url: '/indicators?unit=CNY', index: /indicators_unit_value/ },
  { url: '/indicators?initiative=attract-big-strong-leading', index: /indicators_initiative/ },
  { url: '/indicators?project=cssc-300mw-photovoltaic-power', index: /indicators_project/ },
  { url: '/indicators?complaint=001-c01', index: /indicators_complaint/ },
  // The articles' passages, then the evidence quoting them: the articles' size, not the table's.
  {
    url: '/indicators?source=000',
    index: /SEARCH passages USING INDEX passages_source[\s\S]*SEARCH evidence USING INDEX evidence_passage/,
  },
  { url: '/indicators?year=2023', index: /indicators_period/ },
  { url: '/indicators?from=2023-06-01', index: /indicators_period/ },
  { url: '/indicators?to=2021-12-31', index: /indicators_period/ },
  { url: '/indicators?period=2023', index: /indicators_period/ },
  { url: '/indicators?period=2023-02-13/..', index: /indicators_period/ },
  { url: '/indicators?min=1000000&max=1000000000', index: /indicators_value_base/ },
  { url: '/indicators?unit=CNY&min=1000000&max=1000000000', index: /indicators_unit_value/ },
  // A search in id order: the search index's matches in rowid order, each row found by its rowid.
  { url: '/indicators?q=张掖', index: /SCAN indicator_search VIRTUAL TABLE[\s\S]*INTEGER PRIMARY KEY \(rowid=\?\)/ },
  { url: '/indicators?q=张掖&city=zhangye', index: /SCAN indicator_search VIRTUAL TABLE/ },
  { url: '/indicators?q=张掖&sort=-value_base', index: /indicator_search VIRTUAL TABLE/ },
  { url: '/indicators?sort=-value_base', index: /indicators_value_base/ },
  { url: '/indicators?unit=CNY&sort=-value_base', index: /indicators_unit_value/ },
  { url: '/indicators?within=zhangye&sort=value_base', index: /indicators_/ },
  { url: '/indicators?sort=city', index: /indicators_city/ },
  { url: '/indicators?sort=-metric', index: /indicators_metric/ },
  // In time, a figure with no period last: the indexes on those very expressions (src/db/schema.ts).
  { url: '/indicators?sort=period', index: /indicators_period_sort\b/ },
  { url: '/indicators?sort=-period', index: /indicators_period_sort_desc/ },
  { url: '/indicators?sort=period_start', index: /indicators_period_sort\b/ },
  { url: '/indicators?sort=-period_start', index: /indicators_period_sort_desc/ },
  { url: '/indicators?sort=period_end', index: /indicators_period_end_sort\b/ },
  { url: '/indicators?sort=-period_end', index: /indicators_period_end_sort_desc/ },
  // No filter, id order: the page starts at a rowid (rowid order is id order, checked at build).
  { url: '/indicators?offset=200', index: /SEARCH indicators USING INTEGER PRIMARY KEY \(rowid>\?\)/ },
  { url: '/cities/zhangye/indicators?offset=20', index: /indicators_city/ },
  // Exports run the page plans with every row as the page.
  { url: '/indicators?city=wuwei&year=2023&format=csv', index: /indicators_city/ },
  { url: '/indicators?within=zhangye&format=csv', index: /indicators_city/ },
  { url: '/indicators?min=1000000&format=csv', index: /indicators_value_base/ },
  // Comparisons: the (metric, city) index, one range of it per area, read in its order.
  { url: '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023', index: /indicators_metric_city/ },
  { url: '/compare?metric=investment.funds_in_place&within=zhangye', index: /indicators_metric_city/ },
];

describe('what a request runs', () => {
  for (const shape of SHAPES) {
    it(`${shape.url}: the total and the page come from an index`, async () => {
      const plans = await plansOf(shape.url);
      expect(fullScans(plans), JSON.stringify(plans, null, 1)).toEqual([]);
      expect(plans.flatMap((p) => p.plan).join('\n')).toMatch(shape.index);
    });
  }

  it('reads the page in index order where the index gives the order: no sort over the filtered set', async () => {
    for (const url of [
      '/indicators',
      '/cities/wuwei/indicators',
      '/indicators?metric=investment.funds_in_place',
      '/indicators?sort=value_base',
      '/indicators?sort=period',
      '/indicators?sort=-period',
      '/indicators?sort=period_start',
      '/indicators?sort=-period_start',
      '/indicators?sort=period_end',
      '/indicators?sort=-period_end',
    ]) {
      const page = (await plansOf(url)).filter((p) => /limit \? offset \?|limit \?$/.test(p.sql.trim()) && !/count\(\*\)/.test(p.sql));
      expect(page.length, url).toBeGreaterThan(0);
      expect(
        page.flatMap((p) => p.plan).filter((line) => /TEMP B-TREE FOR ORDER BY/.test(line)),
        url,
      ).toEqual([]);
    }
  });

  it('counts city and metric totals in the index without reading a row', async () => {
    for (const url of [
      '/indicators?city=wuwei&limit=1',
      '/indicators?within=zhangye&limit=1',
      '/indicators?metric=investment.funds_in_place&limit=1',
    ]) {
      const counts = (await plansOf(url)).filter((p) => /count\(\*\)/.test(p.sql));
      expect(counts.length, url).toBe(1);
      expect(counts[0].plan.join('\n'), url).toMatch(/USING COVERING INDEX/);
    }
  });

  it('walks the table in rowid order, with no sort, when a count of many matches reached its bound', async () => {
    for (const url of ['/indicators?min=1&limit=2', '/indicators?unit=CNY&limit=2', '/indicators?within=gansu&max=1000000000000&limit=2']) {
      const plans = await plansOf(url, walking);
      const walk = plans.find((p) => /not indexed/.test(p.sql));
      expect(walk, url).toBeDefined();
      expect(walk?.plan[0]).toMatch(/^SCAN indicators$/);
      expect(walk?.plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it("reads each page's records by key, one lookup per key", async () => {
    const plans = await plansOf('/cities/wuwei/indicators?limit=3');
    const records = plans.filter((p) => /from "indicators" where "indicators"\."id" in/i.test(p.sql));
    expect(records.length).toBe(1);
    expect(records[0].plan.join('\n')).toMatch(/SEARCH indicators USING INDEX sqlite_autoindex_indicators_1 \(id=\?\)/);
  });

  it('counts facets from an index over a filtered set, and reads the stored counts over all indicators', async () => {
    for (const url of [
      '/indicators?within=zhangye&facets=city,metric,unit,initiative&limit=1',
      '/indicators?metric=investment.funds_in_place&facets=city&limit=1',
    ]) {
      expect(fullScans(await plansOf(url)), url).toEqual([]);
    }
    const stored = (await plansOf('/indicators?facets=city&limit=1')).filter((p) => /facet_counts/.test(p.sql));
    expect(stored.flatMap((p) => p.plan).join('\n')).toMatch(/SEARCH facet_counts USING PRIMARY KEY/);
  });
});

describe('the pages, totals and facets the plans give are those of the plain rules', () => {
  const values = <K extends keyof (typeof indicatorRows)[number]>(field: K) =>
    [...new Set(indicatorRows.map((r) => r[field]).filter((v) => v != null))].slice(0, 8) as NonNullable<
      (typeof indicatorRows)[number][K]
    >[];
  // Each filter is left out eight times in nine, so a request has two or so and most select rows: with
  // every filter usually set, every run selected nothing and compared an empty page with an empty page.
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary, weight: 1 }) as fc.Arbitrary<T | undefined>;
  const some = <T>(items: T[]) => maybe(fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 }));
  // Days on which periods begin and end and articles were published, so each bound is met exactly too.
  const date = fc.constantFrom(
    '2020-01-01',
    '2021-04-22',
    '2022-12-31',
    '2023-01-01',
    '2023-02-13',
    '2023-04-07',
    '2023-06-30',
    '2023-12-31',
    '2024-02-18',
  );
  const filters: fc.Arbitrary<OracleFilters> = fc
    .record({
      city: some(values('city')),
      within: maybe(fc.constantFrom('gansu', 'zhangye', 'wuwei', 'jiuquan')),
      metric: some(values('metric')),
      unit: some(values('unit')),
      qualifier: some(values('qualifier')),
      estimated: maybe(fc.boolean()),
      corroborated: maybe(fc.boolean()),
      initiative: some(values('initiative')),
      project: some(values('project')),
      scope: some([...values('scope'), 'none']),
      source: some(['000', '001', '002', '003', '004']),
      year: maybe(fc.constantFrom(2021, 2023, 2024)),
      from: maybe(date),
      to: maybe(date),
      period: maybe(fc.constantFrom(...values('period'), '2023', '../2023-02-13')),
      // Values some figures have exactly (1, 17, 42949000000), so each bound is met exactly too.
      min: maybe(fc.constantFrom(0, 1, 17, 100, 1e6, 1e9, 42949000000)),
      max: maybe(fc.constantFrom(1, 10, 17, 1e4, 1e8, 42949000000, 1e12)),
      reported_from: maybe(date),
      reported_to: maybe(date),
    })
    // A reversed range is a 400: each is drawn in order.
    .map((f) => (f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f))
    .map((f) => (f.min !== undefined && f.max !== undefined && f.min > f.max ? { ...f, min: f.max, max: f.min } : f))
    .map((f) =>
      f.reported_from && f.reported_to && f.reported_from > f.reported_to
        ? { ...f, reported_from: f.reported_to, reported_to: f.reported_from }
        : f,
    );
  const sort: fc.Arbitrary<OracleSort> = fc.uniqueArray(
    fc.record({ field: fc.constantFrom(...INDICATOR_SORT_FIELDS), descending: fc.boolean() }),
    { maxLength: 2, selector: (s) => s.field },
  );
  const urlOf = (f: OracleFilters, order: OracleSort, extra: Record<string, string>) => {
    const params = new URLSearchParams(extra);
    for (const [k, v] of Object.entries(f)) if (v !== undefined) params.set(k, Array.isArray(v) ? v.join(',') : String(v));
    if (order.length) params.set('sort', order.map((s) => `${s.descending ? '-' : ''}${s.field}`).join(','));
    return `/indicators?${params}`;
  };

  it('/compare totals the rows of the scope it compares, counted once, exactly or past the bound as a lower bound', async () => {
    const url = '/compare?metric=problems.resolved&within=gansu&limit=2';
    const expected = selectRows({ metric: ['problems.resolved'], within: 'gansu', scope: ['none'] }, []).length;
    // More than the bound of 3 the bounded app counts up to.
    expect(expected).toBeGreaterThan(3);
    const counts = (on: { ran: Ran[] }, from: number) =>
      on.ran.slice(from).filter((r) => /^select count\(\*\)/.test(r.sql) && r.params.includes(null)).length;
    const cases: [{ app: App; ran: Ran[] }, number | undefined][] = [
      [{ app, ran }, undefined],
      [bounded, 3],
    ];
    for (const [on, bound] of cases) {
      const from = on.ran.length;
      const { meta } = (await on.app.inject(url)).json() as { meta: { total: number; total_exact: boolean } };
      if (bound === undefined) expect(meta).toMatchObject({ total: expected, total_exact: true });
      else {
        expect(meta.total_exact).toBe(false);
        expect(meta.total).toBeGreaterThan(bound);
        expect(meta.total).toBeLessThanOrEqual(expected);
      }
      // The figures with no scope are counted to choose the scope; the page does not count them again.
      expect(counts(on, from), url).toBe(1);
    }
  });

  it('for filters, sorts, pages and bounds drawn at random', async () => {
    const runs = 250;
    let selecting = 0;
    await fc.assert(
      fc.asyncProperty(
        filters,
        sort,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 80 }),
        fc.boolean(),
        fc.boolean(),
        async (f, order, limit, offset, useBound, exact) => {
          const expected = selectRows(f, order);
          if (expected.length > 0) selecting++;
          const on = useBound ? bounded : { app, ran };
          const url = urlOf(f, order, {
            limit: String(limit),
            offset: String(offset),
            facets: INDICATOR_FACETS.join(','),
            facet_limit: '3',
            ...(exact ? { total: 'exact' } : {}),
          });
          const body = (await on.app.inject(url)).json();
          expect(
            body.data.map((r: { id: string }) => r.id),
            url,
          ).toEqual(expected.slice(offset, offset + limit).map((r) => r.id));
          if (body.meta.total_exact) expect(body.meta.total, url).toBe(expected.length);
          else {
            // A lower bound that still says whether a next page exists.
            expect(useBound && !exact, url).toBe(true);
            expect(body.meta.total).toBeLessThanOrEqual(expected.length);
            expect(body.meta.total).toBeGreaterThan(Math.max(3, offset + limit));
          }
          for (const field of INDICATOR_FACETS) {
            const counted = countValues(expected, field);
            expect(body.meta.facets[field], `${url} ${field}`).toEqual(counted.slice(0, 3));
            expect(body.meta.facets_omitted?.[field], `${url} ${field}`).toBe(counted.length > 3 ? counted.length - 3 : undefined);
          }
        },
      ),
      { seed: 2026, numRuns: runs },
    );
    // The property holds of pages with rows, not only of empty ones.
    expect(selecting).toBeGreaterThan(runs / 2);
  });

  it('facets over all indicators, read from the counts stored at build, are the counts of the rows', async () => {
    for (const limit of [1, 5, 1000]) {
      const body = (await app.inject(`/indicators?facets=${INDICATOR_FACETS.join(',')}&facet_limit=${limit}&limit=1`)).json();
      for (const field of INDICATOR_FACETS) {
        const counted = countValues(indicatorRows, field);
        expect(counted.length, field).toBeGreaterThan(1);
        expect(body.meta.facets[field], field).toEqual(counted.slice(0, limit));
      }
    }
  });
});

describe('the search indexes', () => {
  const types = ['indicator', 'initiative', 'complaint', 'passage', 'city'];
  /** The phrase of a query's characters, in each of its readings, which reads each character's postings: the reference the pairs must agree with. */
  const characters = (q: string) =>
    toSearchReadings(q)
      .map((readings) => `(${readings.map((tokens) => `content : "${tokens}"`).join(' OR ')})`)
      .join(' AND ') || '""';

  it('match a phrase of Han characters by its pairs exactly where the phrase of its characters matches', () => {
    let found = 0;
    for (const type of types) {
      // The documents' tokens as SQLite's tokenizer reads them, in order (fts5vocab): runs of one-character
      // Han tokens give phrases that occur; a Han character either side of another token gives pairs that
      // occur only across it, which must not match; characters far apart give pairs that mostly do not occur.
      db.$client.exec(`create virtual table if not exists temp.${type}_tokens using fts5vocab(main, ${type}_search, instance)`);
      const text = db.$client.prepare(`select doc, term from temp.${type}_tokens where col = 'content' order by doc, offset`).all() as {
        doc: number;
        term: string;
      }[];
      const han = (t: string | undefined) => t !== undefined && /^\p{Script=Han}$/u.test(t);
      const queries = new Set<string>();
      for (let k = 0; k < text.length; k += 7) {
        const same = (j: number) => text[j]?.doc === text[k].doc;
        for (let length = 2; length <= 5; length++) {
          const run = text.slice(k, k + length);
          if (run.length === length && run.every((t, j) => same(k + j) && han(t.term))) queries.add(run.map((t) => t.term).join(''));
        }
        if (same(k + 2) && han(text[k].term) && !han(text[k + 1].term) && han(text[k + 2].term))
          queries.add(text[k].term + text[k + 2].term);
        if (same(k + 9) && han(text[k].term) && han(text[k + 9].term)) queries.add(text[k].term + text[k + 9].term);
      }
      const find = db.$client.prepare(`select rowid from ${type}_search where ${type}_search match ? order by rowid`).pluck();
      for (const q of queries) {
        const expected = find.all(characters(q));
        if (expected.length > 0) found++;
        expect(find.all(matchExpression(q)), `${type} ${q}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('match by pairs exactly as by characters in made-up text of every kind of character', () => {
    // Han (Simplified and Traditional), ASCII, spaces and punctuation of every width, letters and digits of
    // other scripts, and characters newer than the tokenizer's Unicode tables (which it reads as parts of tokens).
    const han = [...'武威招商引资哈张掖市县委发展張發縣資'];
    const separators = [
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      '\u200b',
      '\u00ad',
      '，',
      '。',
      '、',
      '“',
      '”',
      '（',
      '）',
      '《',
      '》',
      '—',
      '…',
      '·',
      ',',
      '-',
      '%',
      '％',
      '～',
      '【',
      '】',
      '\ufeff',
      '😀',
    ];
    const others = [
      'a',
      'B',
      'gdp',
      '2023',
      '①',
      '２',
      'Ⅻ',
      '²',
      '〇',
      '々',
      'é',
      'e\u0301',
      'α',
      'я',
      'ａ',
      '½',
      '⏸',
      '\u2066',
      '㋿',
      '₽',
      '🤔',
      '\u0378',
      '𠀀',
      '\ue000',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const pick = (items: string[]) => items[Math.floor(random() * items.length)];
    const character = () => {
      const r = random();
      return r < 0.6 ? pick(han) : r < 0.85 ? pick(separators) : pick(others);
    };
    const text = (most: number) => Array.from({ length: 1 + Math.floor(random() * most) }, character).join('');
    const memory = new Database(':memory:');
    memory.exec("create virtual table t using fts5(content, pairs, tokenize = 'unicode61 remove_diacritics 2')");
    const insert = memory.prepare('insert into t (rowid, content, pairs) values (?, ?, ?)');
    memory.transaction(() => {
      for (let k = 1; k <= 1500; k++) {
        const content = toSearchTokens(text(14));
        insert.run(k, content, toSearchPairs(content));
      }
    })();
    const find = memory.prepare('select rowid from t where t match ? order by rowid').pluck();
    let paired = 0;
    let found = 0;
    for (let k = 0; k < 1500; k++) {
      const q = text(5);
      const expected = find.all(characters(q));
      if (matchExpression(q).includes('pairs')) paired++;
      if (expected.length > 0) found++;
      expect(find.all(matchExpression(q)), JSON.stringify(q)).toEqual(expected);
    }
    expect(paired).toBeGreaterThan(300);
    expect(found).toBeGreaterThan(700);
    memory.close();
  });

  it('hold every record at the rowid of its place in key order, which the position and text plans rely on', () => {
    for (const [table, key] of [
      ['indicators', 'id'],
      ['initiatives', 'id'],
      ['complaints', 'id'],
      ['passages', 'id'],
      ['cities', 'slug'],
      ['sources', 'id'],
      ['metrics', 'key'],
    ]) {
      const keys = db.$client.prepare(`select ${key} from ${table} order by rowid`).pluck().all() as string[];
      expect(keys, table).toEqual([...keys].sort());
      expect(db.$client.prepare(`select min(rowid) as lo, max(rowid) as hi from ${table}`).get(), table).toEqual({
        lo: 1,
        hi: keys.length,
      });
    }
  });
});
