/**
 * Every list query shape is answered from an index: SQLite's EXPLAIN QUERY PLAN of the very
 * statements the query functions run (drizzle's toSQL) never reads the indicators table from end
 * to end without one. With no ANALYZE statistics, SQLite plans the same way at 226 rows as at a
 * million, so the test database stands for a large one (bench/ measures one).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/open.ts';
import { indicatorMatchExpression, matchExpression } from '../src/db/search.ts';
import { TOTAL_COUNTED_UP_TO } from '../src/db/totals.ts';
import { toSearchPairs, toSearchPhrases, toSearchTokens } from '../src/domain/chinese.ts';
import { periodOverlaps } from '../src/domain/periods.ts';
import { compareQueries } from '../src/routes/compare/query.ts';
import {
  FACET_VALUES,
  INDICATOR_FACETS,
  INDICATOR_SORT_FIELDS,
  type IndicatorFacet,
  type IndicatorFilters,
  indicatorExportQuery,
  indicatorFacetQuery,
  indicatorFacets,
  indicatorPage,
  indicatorPageQueries,
  indicatorRowsQuery,
  type Sort,
} from '../src/routes/indicators/query.ts';

const db = openDatabase(inject('databasePath'));
afterAll(() => db.$client.close());

type Statement = { toSQL(): { sql: string; params: unknown[] } };

/** The plan's lines, e.g. "SEARCH indicators USING COVERING INDEX indicators_city (city=?)". */
function plan(statement: Statement): string[] {
  const { sql, params } = statement.toSQL();
  const rows = db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/**
 * Lines reading a table from end to end: indicators in rowid order with no index at all, or the
 * evidence of every record of a type (its primary key by record type alone).
 */
const fullScan = (lines: string[]) =>
  lines.filter((line) => /^SCAN indicators\b(?! USING)|^SEARCH evidence USING .*\(record_type=\?\)$/.test(line));

const page = { limit: 50, offset: 0 };

/** The shapes bench/ times, and the other filters that have an index of their own. */
const SHAPES: { name: string; filters: IndicatorFilters; sort?: Sort; offset?: number; index: RegExp }[] = [
  { name: 'no filter', filters: {}, index: /sqlite_autoindex_indicators_1|indicators_/ },
  { name: 'city', filters: { city: ['wuwei'] }, index: /indicators_city/ },
  { name: 'cities', filters: { city: ['wuwei', 'zhangye'] }, index: /indicators_city/ },
  { name: 'within', filters: { within: 'zhangye' }, index: /indicators_city/ },
  { name: 'metric', filters: { metric: ['investment.funds_in_place'] }, index: /indicators_metric/ },
  {
    name: 'metric and city',
    filters: { metric: ['investment.funds_in_place'], city: ['wuwei'] },
    index: /indicators_metric|indicators_city/,
  },
  { name: 'unit', filters: { unit: ['CNY'] }, index: /indicators_unit_value/ },
  { name: 'initiative', filters: { initiative: ['attract-big-strong-leading'] }, index: /indicators_initiative/ },
  // The articles' passages, then the evidence quoting them: the articles' size, not the table's.
  {
    name: 'source',
    filters: { source: ['000'] },
    index: /SEARCH passages USING INDEX passages_source[\s\S]*SEARCH evidence USING INDEX evidence_passage/,
  },
  { name: 'year range', filters: { from: '2023-01-01', to: '2023-12-31' }, index: /indicators_period/ },
  { name: 'from only', filters: { from: '2023-06-01' }, index: /indicators_period/ },
  { name: 'to only', filters: { to: '2021-12-31' }, index: /indicators_period/ },
  { name: 'exact period', filters: { period: '2023' }, index: /indicators_period/ },
  { name: 'open period', filters: { period: '2023-02-13/..' }, index: /indicators_period/ },
  { name: 'min/max', filters: { min: 1e6, max: 1e9 }, index: /indicators_value_base/ },
  { name: 'min/max with unit', filters: { unit: ['CNY'], min: 1e6, max: 1e9 }, index: /indicators_unit_value/ },
  // A search in id order: the search index's matches in rowid order, each row found by its rowid.
  { name: 'q', filters: { q: '张掖' }, index: /SCAN indicator_search VIRTUAL TABLE[\s\S]*INTEGER PRIMARY KEY \(rowid=\?\)/ },
  { name: 'q and city', filters: { q: '张掖', city: ['zhangye'] }, index: /SCAN indicator_search VIRTUAL TABLE/ },
  {
    name: 'q, sort by value_base',
    filters: { q: '张掖' },
    sort: [{ field: 'value_base', descending: true }],
    index: /INTEGER PRIMARY KEY \(rowid=\?\)[\s\S]*SCAN indicator_search VIRTUAL TABLE/,
  },
  { name: 'sort by value_base', filters: {}, sort: [{ field: 'value_base', descending: true }], index: /indicators_value_base/ },
  {
    name: 'unit, sort by value_base',
    filters: { unit: ['CNY'] },
    sort: [{ field: 'value_base', descending: true }],
    index: /indicators_unit_value/,
  },
  {
    name: 'within, sort by value_base',
    filters: { within: 'zhangye' },
    sort: [{ field: 'value_base', descending: false }],
    index: /indicators_/,
  },
  { name: 'sort by city', filters: {}, sort: [{ field: 'city', descending: false }], index: /indicators_city/ },
  { name: 'sort by metric', filters: {}, sort: [{ field: 'metric', descending: true }], index: /indicators_metric/ },
  { name: 'sort by period_start', filters: {}, sort: [{ field: 'period_start', descending: false }], index: /indicators_period/ },
  // No filter, id order: the page starts at a rowid (rowid order is id order, checked at build).
  { name: 'deep page', filters: {}, offset: 200, index: /SEARCH indicators USING INTEGER PRIMARY KEY \(rowid>\?\)/ },
  { name: 'deep page of a filtered set', filters: { city: ['zhangye'] }, offset: 20, index: /indicators_city/ },
];

describe('indicator lists', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: the total and the page come from an index`, () => {
      const queries = indicatorPageQueries(db, shape.filters, { ...page, offset: shape.offset ?? 0 }, shape.sort);
      for (const statement of [queries.total, queries.ids]) {
        const lines = plan(statement);
        expect(fullScan(lines), lines.join('\n')).toEqual([]);
      }
      expect([...plan(queries.total), ...plan(queries.ids)].join('\n')).toMatch(shape.index);
    });
  }

  it('the walk in id order that replaces a sort of many matches reads the table in rowid order, no sort', () => {
    for (const filters of [{ min: 1e6, max: 1e9 }, { unit: ['CNY'] }, { within: 'zhangye', min: 1 }] as IndicatorFilters[]) {
      const walk = indicatorPageQueries(db, filters, page).walk;
      if (!walk) throw new Error(`no walk for ${JSON.stringify(filters)}`);
      const lines = plan(walk);
      expect(lines[0]).toMatch(/^SCAN indicators$/);
      expect(lines.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it("the page's rows are read by primary key, one lookup per id", () => {
    const lines = plan(indicatorRowsQuery(db, ['000-i001', '000-i002']));
    expect(lines[0]).toMatch(/^SEARCH indicators USING INDEX sqlite_autoindex_indicators_1 \(id=\?\)/);
    expect(fullScan(lines)).toEqual([]);
  });

  it('the page is read in index order where the index gives the order: no sort over the filtered set', () => {
    for (const [filters, sort] of [
      [{}, []],
      [{ city: ['wuwei'] }, []],
      [{ metric: ['investment.funds_in_place'] }, []],
      [{}, [{ field: 'value_base', descending: false }]],
    ] as [IndicatorFilters, Sort][]) {
      const lines = plan(indicatorPageQueries(db, filters, page, sort).ids);
      expect(
        lines.filter((line) => /TEMP B-TREE FOR ORDER BY/.test(line)),
        lines.join('\n'),
      ).toEqual([]);
    }
  });

  it('city and metric totals are counted in the index without reading a row', () => {
    for (const filters of [{ city: ['wuwei'] }, { within: 'zhangye' }, { metric: ['investment.funds_in_place'] }, { min: 1, max: 10 }]) {
      expect(plan(indicatorPageQueries(db, filters, page).total).join('\n')).toMatch(/USING COVERING INDEX/);
    }
  });
});

describe('facets and exports', () => {
  const indexed: IndicatorFacet[] = ['city', 'metric', 'unit', 'initiative'];
  for (const field of indexed) {
    it(`facets=${field} counts from an index, over the whole table and over a filtered set`, () => {
      for (const filters of [{}, { within: 'zhangye' }, { metric: ['investment.funds_in_place'] }]) {
        const lines = plan(indicatorFacetQuery(db, filters, field));
        expect(fullScan(lines), lines.join('\n')).toEqual([]);
      }
    });
  }

  it('facets over all indicators are read from the counts written at build, equal to counting them now', () => {
    const fields = Object.keys(INDICATOR_FACETS) as IndicatorFacet[];
    for (const facetLimit of [1, 5, FACET_VALUES]) {
      const { facets, omitted } = indicatorFacets(db, {}, fields, facetLimit);
      for (const field of fields) {
        const counted = indicatorFacetQuery(db, {}, field).all();
        expect(counted.length, field).toBeGreaterThan(1);
        expect(facets[field], field).toEqual(counted.slice(0, facetLimit));
        expect(omitted[field], field).toBe(counted.length > facetLimit ? counted.length - facetLimit : undefined);
      }
    }
    const stored = db.$client.prepare('explain query plan select "values", top, every from indicator_facets where field = ?');
    expect((stored.all('city') as { detail: string }[]).map((r) => r.detail).join('\n')).toMatch(
      /SEARCH indicator_facets USING PRIMARY KEY \(field=\?\)/,
    );
  });

  it('facets over all indicators past the stored first values are read from all of them', () => {
    // A copy whose stored first values of metric are only two, as a database with more values than
    // FACET_VALUES has: asking for five must read them from every value.
    const dir = mkdtempSync(join(tmpdir(), 'ledger-facets-'));
    try {
      const file = join(dir, 'ledger.db');
      copyFileSync(inject('databasePath'), file);
      const writable = new Database(file);
      const every = JSON.parse(writable.prepare("select every from indicator_facets where field = 'metric'").pluck().get() as string);
      writable.prepare("update indicator_facets set top = ? where field = 'metric'").run(JSON.stringify(every.slice(0, 2)));
      writable.close();
      const copy = openDatabase(file);
      const counted = indicatorFacetQuery(db, {}, 'metric').all();
      expect(indicatorFacets(copy, {}, ['metric'], 5)).toEqual({
        facets: { metric: counted.slice(0, 5) },
        omitted: { metric: counted.length - 5 },
      });
      expect(indicatorFacets(copy, {}, ['metric'], 2).facets.metric).toEqual(counted.slice(0, 2));
      copy.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a CSV export of a filtered set reads it from an index', () => {
    for (const filters of [{ city: ['wuwei'], from: '2023-01-01', to: '2023-12-31' }, { within: 'zhangye' }, { min: 1e6 }]) {
      const lines = plan(indicatorExportQuery(db, filters));
      expect(fullScan(lines), lines.join('\n')).toEqual([]);
    }
  });
});

describe('compare', () => {
  for (const q of [
    { metric: 'investment.funds_in_place', cities: ['wuwei', 'gansu'], year: 2023 },
    { metric: 'investment.funds_in_place', within: 'zhangye' },
    { metric: 'investment.funds_in_place', cities: ['wuwei', 'zhangye', 'gansu'] },
  ]) {
    it(`${JSON.stringify(q)}: total and page from the (metric, city) index`, () => {
      const queries = compareQueries(db, q, page);
      for (const statement of [queries.total, queries.rows]) {
        const lines = plan(statement);
        expect(fullScan(lines), lines.join('\n')).toEqual([]);
        expect(lines.join('\n')).toMatch(/indicators_metric_city/);
      }
      // Read in the index's order (city, period_start, id): the first page costs a page, whatever the total.
      const lines = plan(queries.rows);
      expect(
        lines.filter((line) => /TEMP B-TREE/.test(line)),
        lines.join('\n'),
      ).toEqual([]);
    });
  }
});

describe('the index-friendly period filters select what the plain rules say', () => {
  const all = indicatorExportQuery(db, {}).all();
  const ids = (filters: IndicatorFilters) =>
    indicatorExportQuery(db, filters)
      .all()
      .map((r) => r.id);

  it('period=<code> is every row with that code, for every code in the data', () => {
    const codes = [...new Set(all.map((r) => r.period).filter((p): p is string => p !== null))];
    expect(codes.length).toBeGreaterThan(10);
    for (const period of codes) expect(ids({ period }), period).toEqual(all.filter((r) => r.period === period).map((r) => r.id));
  });

  it('from/to is every row whose period overlaps the window, open ends included', () => {
    const dates = [
      '2020-06-30',
      '2021-01-01',
      '2021-03-20',
      '2023-01-01',
      '2023-02-13',
      '2023-06-30',
      '2023-12-31',
      '2024-02-18',
      '2025-01-01',
    ];
    const windows: [string | undefined, string | undefined][] = [];
    for (const from of [undefined, ...dates]) for (const to of [undefined, ...dates]) if (from || to) windows.push([from, to]);
    for (const [from, to] of windows) {
      const expected = all
        .filter((r) => periodOverlaps({ start: r.periodStart, end: r.periodEnd }, from ?? null, to ?? null))
        .map((r) => r.id);
      expect(ids({ from, to }), `${from}..${to}`).toEqual(expected);
    }
  });
});

describe('the indicators-only search index', () => {
  const shared = db.$client.prepare("select record_id from search where search match ? and record_type = 'indicator' order by record_id");
  const own = db.$client.prepare(
    'select i.id from indicator_search s join indicators i on i.rowid = s.rowid where indicator_search match ? order by i.id',
  );
  /** The indicators' own index, pairs and all, finds what the shared index of characters finds. */
  const sameMatches = (q: string) => {
    const expected = shared.pluck().all(matchExpression(q));
    expect(own.pluck().all(indicatorMatchExpression(q)), q).toEqual(expected);
    return expected.length;
  };

  it('finds, for fixed queries in Han, Traditional, English, mixed and none, exactly the indicators the shared index finds', () => {
    const queries = ['武威', '張掖', '招商引资', '项目', 'investment', '市', '亿元', 'gdp', '三抓三促', '"', 'nothing-like-this'];
    queries.push('武威 2023', '招商引资 亿元', '2023年', '張掖市 investment');
    expect(queries.map(sameMatches).filter((n) => n > 0).length).toBeGreaterThan(8);
  });

  it('matches a phrase of Han characters by its pairs exactly where the phrase of its characters matches', () => {
    // The documents' tokens as SQLite's tokenizer reads them, in order (fts5vocab): runs of
    // one-character Han tokens give phrases that occur; a Han character either side of another token
    // gives pairs that occur only across it, which must not match; characters far apart give pairs
    // that mostly do not occur.
    db.$client.exec('create virtual table if not exists temp.indicator_tokens using fts5vocab(main, indicator_search, instance)');
    const text = db.$client.prepare("select doc, term from temp.indicator_tokens where col = 'content' order by doc, offset").all() as {
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
      if (same(k + 2) && han(text[k].term) && !han(text[k + 1].term) && han(text[k + 2].term)) queries.add(text[k].term + text[k + 2].term);
      if (same(k + 9) && han(text[k].term) && han(text[k + 9].term)) queries.add(text[k].term + text[k + 9].term);
    }
    expect(queries.size).toBeGreaterThan(500);
    let found = 0;
    for (const q of queries) if (sameMatches(q) > 0) found++;
    expect(found).toBeGreaterThan(300);
  });

  it('matches by pairs exactly as by characters in made-up text of every kind of character', () => {
    // Documents and queries drawn from Han (Simplified and Traditional), ASCII, spaces and
    // punctuation of every width, letters and digits of other scripts, and characters newer than
    // the tokenizer's Unicode tables (which it reads as parts of tokens).
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
    const characters = (q: string) =>
      toSearchPhrases(q)
        .map((tokens) => `content : "${tokens}"`)
        .join(' AND ') || '""';
    let paired = 0;
    let found = 0;
    for (let k = 0; k < 1500; k++) {
      const q = text(5);
      const expected = find.all(characters(q));
      if (indicatorMatchExpression(q).includes('pairs')) paired++;
      if (expected.length > 0) found++;
      expect(find.all(indicatorMatchExpression(q)), JSON.stringify(q)).toEqual(expected);
    }
    expect(paired).toBeGreaterThan(300);
    expect(found).toBeGreaterThan(700);
    memory.close();
  });

  it('holds each indicator at the rowid of its place in id order, which the position and text plans rely on', () => {
    const ids = db.$client.prepare('select id from indicators order by rowid').pluck().all() as string[];
    expect(ids).toEqual([...ids].sort());
    expect(db.$client.prepare('select min(rowid) as lo, max(rowid) as hi, count(*) as n from indicators').get()).toEqual({
      lo: 1,
      hi: ids.length,
      n: ids.length,
    });
  });
});

describe('statements prepared once per shape', () => {
  // The values to draw from: what the data holds, and some it does not.
  const column = (sql: string) => (db.$client.prepare(sql).pluck().all() as string[]).slice(0, 8);
  const some = <T>(values: T[]) =>
    fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }), { nil: undefined });
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const date = fc.constantFrom('2020-01-01', '2022-12-31', '2023-01-01', '2023-06-30', '2024-12-31');
  const filters = fc.record({
    city: some([...column('select distinct city from indicators'), 'nowhere']),
    within: maybe(fc.constantFrom('gansu', 'zhangye', 'wuwei', 'nowhere')),
    metric: some(column('select distinct metric from indicators')),
    unit: some(column('select distinct unit from indicators')),
    qualifier: some(column('select distinct qualifier from indicators')),
    estimated: maybe(fc.boolean()),
    corroborated: maybe(fc.boolean()),
    initiative: some(column('select distinct initiative from indicators where initiative is not null')),
    source: some(['000', '001', '002', '003', '004']),
    from: maybe(date),
    to: maybe(date),
    period: maybe(fc.constantFrom(...column('select distinct period from indicators where period is not null'), '2023', '../2023-02-13')),
    min: maybe(fc.constantFrom(0, 1, 100, 1e6, 1e9)),
    max: maybe(fc.constantFrom(10, 1e4, 1e8, 1e12)),
    q: maybe(fc.constantFrom('武威', '張掖', '招商引资', '项目', 'investment', '市')),
  }) as fc.Arbitrary<IndicatorFilters>;
  const sort: fc.Arbitrary<Sort> = fc.uniqueArray(
    fc.record({ field: fc.constantFrom(...(Object.keys(INDICATOR_SORT_FIELDS) as Sort[number]['field'][])), descending: fc.boolean() }),
    { maxLength: 2, selector: (s) => s.field },
  );

  it('count full pages: exactly under the bound, asked for or not, and a true lower bound past it', () => {
    const sets: IndicatorFilters[] = [
      {},
      { unit: ['CNY'] },
      { city: ['zhangye'] },
      { within: 'zhangye' },
      { q: '项目' },
      { q: '项目', city: ['zhangye'] },
      { from: '2023-01-01', to: '2023-12-31' },
      { min: 1 },
    ];
    for (const f of sets) {
      const every = indicatorExportQuery(db, f).all().length;
      expect(every, JSON.stringify(f)).toBeGreaterThan(4);
      for (const sort of [[], [{ field: 'value_base', descending: true }]] as Sort[]) {
        const page = { limit: 1, offset: 0 };
        const label = `${JSON.stringify(f)} ${JSON.stringify(sort)}`;
        expect(indicatorPage(db, f, page, sort), label).toMatchObject({ total: every, exact: true });
        expect(indicatorPage(db, f, page, sort, { exactTotal: true }), label).toMatchObject({ total: every, exact: true });
        const bounded = indicatorPage(db, f, page, sort, { countUpTo: 3 });
        // The unfiltered list in id order counts its table once, exactly; every other count stops.
        const unfiltered = Object.keys(f).length === 0 && sort.length === 0;
        expect(bounded, label).toMatchObject(unfiltered ? { total: every, exact: true } : { total: 4, exact: false });
      }
    }
  });

  it('answer as the plain statement of every matching row: the same page, a total exact or a true lower bound, the same facets', () => {
    const countUpTo = fc.constantFrom(1, 5, 20, 100, undefined);
    fc.assert(
      fc.property(
        filters,
        sort,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 80 }),
        countUpTo,
        fc.boolean(),
        fc.constantFrom(1, 3, 10, FACET_VALUES),
        (f, order, limit, offset, upTo, exactTotal, facetLimit) => {
          const page = { limit, offset };
          // Every matching row in order, from one statement with no plan of its own: the reference.
          const every = indicatorExportQuery(db, f, order)
            .all()
            .map((r) => r.id);
          const answer = indicatorPage(db, f, page, order, { countUpTo: upTo, exactTotal });
          expect(answer.ids).toEqual(every.slice(offset, offset + limit));
          if (answer.exact) expect(answer.total).toBe(every.length);
          else {
            // A lower bound that still says whether a next page exists.
            expect(exactTotal).toBe(false);
            expect(answer.total).toBeLessThanOrEqual(every.length);
            expect(answer.total).toBeGreaterThan(Math.max(upTo ?? TOTAL_COUNTED_UP_TO, offset + limit));
          }
          if (exactTotal || upTo === undefined) expect(answer).toEqual({ ...answer, total: every.length, exact: true });
          // The walk in id order, where there is one, gives the page the index plan gives.
          const built = indicatorPageQueries(db, f, page, order);
          if (built.walk) expect(built.walk.all()).toEqual(built.ids.all());
          const fields = Object.keys(INDICATOR_FACETS) as IndicatorFacet[];
          // Facets: the first facetLimit values of the plain count, and how many were left out.
          const counted = Object.fromEntries(fields.map((field) => [field, indicatorFacetQuery(db, f, field).all()]));
          const { facets, omitted } = indicatorFacets(db, f, fields, facetLimit);
          expect(facets).toEqual(Object.fromEntries(fields.map((field) => [field, counted[field].slice(0, facetLimit)])));
          expect(omitted).toEqual(
            Object.fromEntries(
              fields.flatMap((field) => (counted[field].length > facetLimit ? [[field, counted[field].length - facetLimit]] : [])),
            ),
          );
        },
      ),
      { seed: 2026, numRuns: 300 },
    );
  });
});
