/** The endpoints answer the documented shapes on the real data. */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { loadSeed } from '../seed/load.ts';
import { ArticleChangedError, articleText } from '../src/db/articles.ts';
import { schemaVersion } from '../src/db/version.ts';
import { nearestPath } from '../src/http/suggest.ts';
import { RESOURCES } from '../src/resources/index.ts';
import { getJson, useApp, withApp } from './helper.ts';

const app = useApp();

const { data: seed } = loadSeed();
const wuweiSeed = seed.indicators.filter((i) => i.city === 'wuwei');

describe('GET /cities/wuwei/indicators', () => {
  it('answers every Wuwei indicator with its evidence, in pages', async () => {
    const { response, body } = await getJson(app(), '/cities/wuwei/indicators?limit=500');
    expect(response.statusCode).toBe(200);
    expect(body.meta).toEqual({ total: wuweiSeed.length, total_exact: true, limit: 500, offset: 0 });
    expect(body.data.map((i: { id: string }) => i.id)).toEqual(wuweiSeed.map((i) => i.id).sort());
    expect(body.links.next).toBeNull();
    for (const indicator of body.data) {
      expect(indicator.city).toBe('wuwei');
      expect(indicator.evidence.length).toBeGreaterThan(0);
      expect(indicator.evidence.some((e: { text: string }) => e.text.includes(indicator.value_text))).toBe(true);
    }
  });

  it('reports 2023 investment funds in place with the quote and its offsets', async () => {
    const { body } = await getJson(app(), '/cities/wuwei/indicators?metric=investment.funds_in_place&period=2023');
    const funds = body.data.find((i: { value_text: string }) => i.value_text === '429.49');
    expect(funds).toMatchObject({
      unit_zh: '亿元',
      unit: 'CNY',
      value: 429.49,
      value_base: 42949000000,
      qualifier: 'exact',
      period: '2023',
    });
    expect(funds.period_start).toBe('2023-01-01');
    expect(funds.period_end).toBe('2023-12-31');
    // Two articles say it: each quote is the article's own code points at its offsets, and says the number with its unit.
    expect(funds.evidence.map((e: { source: string }) => e.source).sort()).toEqual(['000', '003']);
    for (const e of funds.evidence) {
      const text = Array.from(seed.articles.get(e.source) ?? '');
      expect(text.length, e.source).toBeGreaterThan(e.end);
      expect(text.slice(e.start, e.end).join('')).toBe(e.text);
      expect(e.text).toContain('429.49亿元');
    }
  });

  it('pages with limit and offset, and links the next page', async () => {
    const first = await getJson(app(), '/cities/wuwei/indicators?limit=2');
    expect(first.body.data).toHaveLength(2);
    expect(first.body.links.next).toBe('/cities/wuwei/indicators?limit=2&offset=2');
    const second = await getJson(app(), first.body.links.next);
    expect(second.body.meta.offset).toBe(2);
    expect(second.body.data[0].id > first.body.data[1].id).toBe(true);
  });
});

describe('totals counted up to a bound', () => {
  // A bound of 3 rows stands for the 10,000 of a real deployment: the curated data has fewer.
  const bounded = useApp({ totalCountedUpTo: 3 });
  const everyCny = seed.indicators.filter((i) => i.unit === 'CNY').length;

  it('gives a lower bound past it, says so, and still links the next page', async () => {
    expect(everyCny).toBeGreaterThan(6);
    // Counted to one past the page (5 rows), the bound being lower.
    const { body } = await getJson(bounded(), '/indicators?unit=CNY&limit=5');
    expect(body.meta).toEqual({ total: 6, total_exact: false, limit: 5, offset: 0 });
    expect(body.links.next).toBe('/indicators?unit=CNY&limit=5&offset=5');
    // Past the bound, the count reaches one row beyond the page, so the last page has no next link.
    const last = await getJson(bounded(), `/indicators?unit=CNY&limit=5&offset=${everyCny - 3}`);
    expect(last.body.meta).toMatchObject({ total: everyCny, total_exact: true });
    expect(last.body.data).toHaveLength(3);
    expect(last.body.links.next).toBeNull();
  });

  it('counts every row with total=exact, and the unfiltered list always', async () => {
    const exact = await getJson(bounded(), '/indicators?unit=CNY&limit=5&total=exact');
    expect(exact.body.meta).toEqual({ total: everyCny, total_exact: true, limit: 5, offset: 0 });
    const all = await getJson(bounded(), '/indicators?limit=5');
    expect(all.body.meta).toEqual({ total: seed.indicators.length, total_exact: true, limit: 5, offset: 0 });
    const wrong = await getJson(bounded(), '/indicators?total=all');
    expect(wrong.response.statusCode).toBe(400);
  });

  it('counts a comparison the same way', async () => {
    // problems.resolved rows with no scope, anywhere in Gansu: the ones /compare puts side by side by default.
    const rows = seed.indicators.filter((i) => i.metric === 'problems.resolved' && i.scope === null).length;
    // More than the bound of 3 this app counts up to.
    expect(rows).toBeGreaterThan(3);
    const url = '/compare?metric=problems.resolved&within=gansu&limit=2';
    const counted = (await getJson(bounded(), url)).body.meta;
    expect(counted).toMatchObject({ total: 4, total_exact: false, limit: 2, offset: 0 });
    // The scope compared is counted as the total is.
    expect(counted.scope).toMatchObject({ scope: null, rows: 4, rows_exact: false });
    const exact = (await getJson(bounded(), `${url}&total=exact`)).body.meta;
    expect(exact).toMatchObject({
      total: rows,
      total_exact: true,
      limit: 2,
      offset: 0,
    });
    expect(exact.scope).toMatchObject({ scope: null, rows, rows_exact: true });
    expect((await getJson(app(), url)).body.meta).toMatchObject({ total: rows, total_exact: true, limit: 2, offset: 0 });
  });

  it('counts what a time filter leaves out (meta.undated) as it counts the total', async () => {
    const undatedFigures = seed.indicators.filter((i) => i.period === null).length;
    const undatedProjects = seed.projects.filter((p) => p.events.every((e) => e.period === null)).length;
    // A comparison counts those of the metric (of every scope, when none is asked for).
    const undatedCapacities = seed.indicators.filter((i) => i.metric === 'energy.generation_capacity' && i.period === null).length;
    expect(undatedFigures).toBeGreaterThan(3);
    expect(undatedProjects).toBeGreaterThan(3);
    expect(undatedCapacities).toBeGreaterThan(3);
    for (const [path, every] of [
      ['/indicators?year=2023&limit=1', undatedFigures],
      ['/projects?year=2023&limit=1', undatedProjects],
      ['/compare?metric=energy.generation_capacity&within=gansu&year=2023&limit=1', undatedCapacities],
    ] as const) {
      // As its link's list counts them (a page of one), and every one of them with total=exact.
      const bound = (await getJson(bounded(), path)).body.meta.undated;
      const listed = (await getJson(bounded(), `${bound.link}&limit=1`)).body.meta;
      expect(bound, path).toMatchObject({ total: listed.total, total_exact: listed.total_exact ?? true });
      if (listed.total_exact === false) expect(bound.total, path).toBeLessThan(every);
      const whole = (await getJson(app(), path)).body.meta.undated;
      expect(whole, path).toMatchObject({ total: every, total_exact: true });
    }
    const exact = (await getJson(bounded(), '/indicators?year=2023&limit=1&total=exact')).body.meta.undated;
    expect(exact).toMatchObject({ total: undatedFigures, total_exact: true });
    // Asked for by undated= itself, none is left out to count.
    expect((await getJson(app(), '/projects?year=2023&undated=false&limit=1')).body.meta.undated).toBeUndefined();
  });

  it('under the bound, as on the curated data, every total is exact', async () => {
    const { body } = await getJson(app(), '/indicators?unit=CNY&limit=5');
    expect(body.meta).toEqual({ total: everyCny, total_exact: true, limit: 5, offset: 0 });
  });
});

describe('resources', () => {
  it('gives every resource that declares them its area lists and its whole table’s facet counts (both derived from RESOURCES)', async () => {
    const scoped = RESOURCES.filter((r) => r.operations.scoped).map((r) => r.path);
    expect(scoped.length).toBeGreaterThan(1);
    for (const path of scoped) expect((await app().inject(`/cities/wuwei/${path}`)).statusCode, path).toBe(200);
    const faceted = RESOURCES.filter((r) => r.facets);
    expect(faceted.length).toBeGreaterThan(1);
    for (const { path, facets, table } of faceted) {
      const fields = facets?.fields ?? [];
      // Unfiltered, the counts are read from those the build stored.
      const { response, body } = await getJson(app(), `/${path}?limit=1&facets=${fields.join(',')}`);
      expect(response.statusCode, path).toBe(200);
      expect(Object.keys(body.meta.facets).sort(), path).toEqual([...fields].sort());
      // Read from the counts the build stored for each of them, not counted anew.
      const storedFields = app().db.$client.prepare('select field from facet_counts where "table" = ?').all(getTableName(table)) as {
        field: string;
      }[];
      expect(storedFields.map((r) => r.field).sort(), path).toEqual([...fields].sort());
    }
  });

  it('counts an unfiltered facet now where the database holds no stored counts for it (one built before the field had them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'facets-'));
    const path = join(dir, 'ledger.db');
    copyFileSync(inject('databasePath'), path);
    const sqlite = new Database(path);
    sqlite.prepare('delete from facet_counts where "table" = ?').run('projects');
    sqlite.close();
    const url = '/projects?limit=1&facets=city,sector,kind,corroborated';
    const stored = (await getJson(app(), url)).body.meta;
    await withApp({ databasePath: path }, async (older) => {
      const { response, body } = await getJson(older, url);
      expect(response.statusCode).toBe(200);
      expect(body.meta.facets).toEqual(stored.facets);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('an article file changed under the running server (seed/ pulled before the restart) is a 503 saying to restart, not a 500', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    const path = join(dir, 'ledger.db');
    copyFileSync(inject('databasePath'), path);
    const sqlite = new Database(path);
    // The database records another article than the file on disk: as the file changed after the build.
    sqlite.prepare("update sources set sha256 = ? where id = '001'").run('0'.repeat(64));
    // And one the pull deleted.
    sqlite.prepare("update sources set file = 'gone.txt' where id = '003'").run();
    sqlite.close();
    await withApp({ databasePath: path }, async (pulled) => {
      for (const url of ['/sources/001/text', '/sources/001?format=html']) {
        const { response } = await getJson(pulled, url);
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['retry-after'], url).toBe('10');
      }
      const { body } = await getJson(pulled, '/sources/001/text');
      expect(body.type).toBe('/problems/not-ready');
      expect(body.detail).toMatch(
        /^The article 001 on disk is not the one the database was built from; this instance serves it once restarted\.$/,
      );
      expect((await getJson(pulled, '/sources/000/text')).response.statusCode).toBe(200);
      const gone = await getJson(pulled, '/sources/003/text');
      expect([gone.response.statusCode, gone.body.detail]).toEqual([
        503,
        'The article 003 is no longer on disk; this instance serves it once restarted.',
      ]);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('an article changed on disk after it was read is refused as one never read is (ops13: it had been served as read)', () => {
    const seedDir = mkdtempSync(join(tmpdir(), 'seed-'));
    mkdirSync(join(seedDir, 'sources'));
    const file = join(seedDir, 'sources', 'a.txt');
    writeFileSync(file, '武威市到位资金429.49亿元');
    const source = { id: '009', file: 'a.txt', sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
    expect(articleText(source, seedDir)).toBe('武威市到位资金429.49亿元');
    appendFileSync(file, '。');
    expect(() => articleText(source, seedDir)).toThrow(ArticleChangedError);
    rmSync(seedDir, { recursive: true, force: true });
    expect(() => articleText(source, seedDir)).toThrow(/article 009 is no longer on disk/);
  });

  it('/ describes the dataset with its version and counts', async () => {
    const { body } = await getJson(app(), '/');
    expect(body.version).toMatch(/^[0-9a-f]{16}$/);
    // In the words the data package describes it with, curated in seed/dataset.json.
    const curated = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'seed', 'dataset.json'), 'utf8'));
    expect(body.description).toBe(curated.description_en);
    // The schema it was built with: the migrations this code applies.
    expect(body.schema_version).toBe(schemaVersion());
    expect(body.counts).toEqual({
      sources: seed.sources.length,
      passages: seed.passages.length,
      cities: seed.cities.length,
      metrics: seed.metrics.length,
      scopes: seed.scopes.length,
      initiatives: seed.initiatives.length,
      indicators: seed.indicators.length,
      complaints: seed.complaints.length,
      projects: seed.projects.length,
    });
    // Every list the dataset links to answers.
    for (const link of Object.values(body.links as Record<string, string>)) {
      if (link === '/mcp' || link === '/check') continue;
      expect((await app().inject({ method: 'GET', url: link === '/search' ? '/search?q=wuwei' : link })).statusCode, link).toBe(200);
    }
    // Its example is a list of figures, each with the quotes it rests on.
    const example = (await getJson(app(), body.links.example)).body;
    expect(example.data.length).toBeGreaterThan(0);
    for (const figure of example.data) expect(figure.evidence.length, figure.id).toBeGreaterThan(0);
  });

  it('/healthz answers ok with the version', async () => {
    const { response, body } = await getJson(app(), '/healthz');
    expect(response.statusCode).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('/cities/{slug} answers the area with its parent and code', async () => {
    const { body } = await getJson(app(), '/cities/liangzhou');
    expect(body).toEqual({
      slug: 'liangzhou',
      name_zh: '凉州区',
      name_en: 'Liangzhou District',
      level: 'district',
      parent: 'wuwei',
      code: '620602',
    });
  });

  it('/indicators/{id}, /initiatives/{id}, /complaints/{id} embed evidence', async () => {
    for (const [path, id] of [
      ['indicators', seed.indicators[0].id],
      ['initiatives', seed.initiatives[0].id],
      ['complaints', seed.complaints[0].id],
    ]) {
      const { response, body } = await getJson(app(), `/${path}/${id}`);
      expect(response.statusCode, path).toBe(200);
      expect(body.id).toBe(id);
      expect(Object.keys(body.evidence[0]).sort()).toEqual(['end', 'id', 'source', 'start', 'text', 'text_en', 'text_zh_hans']);
    }
  });

  it('/sources lists the articles with file names and SHA-256', async () => {
    const { body } = await getJson(app(), '/sources');
    expect(body.data.map((s: { file: string; sha256: string }) => [s.file, s.sha256])).toEqual(seed.sources.map((s) => [s.file, s.sha256]));
    // 002's known damage, each run where it stands, in the order it stands in the article.
    const starts = body.data.find((s: { id: string }) => s.id === '002').repairs.map((r: { start: number }) => r.start);
    expect(starts).toHaveLength(3);
    expect(starts).toEqual([...new Set(starts)].sort((a, b) => (a as number) - (b as number)));
  });

  it('/sources/{id} names each author with the role the article gives, as a list', async () => {
    expect((await getJson(app(), '/sources/004')).body).toMatchObject({
      authors: [
        { name: '郭军', role: 'reporter' },
        { name: '赵满同', role: 'editor' },
      ],
      medium: 'web',
    });
    expect((await getJson(app(), '/sources/000')).body.authors.map((a: { name: string }) => a.name)).toEqual([
      '金奉乾',
      '院振东',
      '王丽霞',
    ]);
    expect((await getJson(app(), '/sources/001')).body).toMatchObject({ authors: [], medium: 'web' });
  });

  it('/passages/{id} of a damaged span carries the repair and its confidence', async () => {
    const damaged = seed.passages.find((p) => p.source === '002' && p.text.includes('上??禈虻绕髽I(yè)'));
    if (!damaged) throw new Error('no passage holds the 上海康桥 damage');
    const { body } = await getJson(app(), `/passages/${damaged.id}`);
    expect(body.text).toBe(damaged.text);
    expect(body.text_zh_hans).toContain('上海康桥等企业');
    expect(body.text_zh_hans).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
    expect(body.repairs).toEqual([
      expect.objectContaining({ damaged: '上??禈虻绕髽I(yè)', repaired: '上海康桥等企业', confidence: 'medium' }),
    ]);
  });

  it('/metrics lists the vocabulary with a definition and base unit', async () => {
    const { body } = await getJson(app(), '/metrics?limit=500');
    expect(body.meta.total).toBe(seed.metrics.length);
    expect(body.data.find((m: { key: string }) => m.key === 'investment.funds_in_place')).toMatchObject({ unit: 'CNY' });
    // Each with where it is used: its figures, their areas and the periods the text gives them, as curated.
    for (const m of body.data as { key: string; records: number; areas: string[]; periods: string[] }[]) {
      const figures = seed.indicators.filter((i) => i.metric === m.key);
      expect([m.records, m.areas, m.periods], m.key).toEqual([
        figures.length,
        [...new Set(figures.map((i) => i.city))].sort(),
        [...new Set(figures.flatMap((i) => (i.period === null ? [] : [i.period])))].sort(),
      ]);
    }
  });
});

describe('errors', () => {
  it('an unknown slug is a 404 problem+json naming it', async () => {
    const { response, body } = await getJson(app(), '/cities/atlantis/indicators');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 404, title: 'Not Found', detail: 'No city has the slug "atlantis".' });
    expect(body.invalid_params).toEqual([{ name: 'slug', in: 'path', reason: 'unknown' }]);
  });

  it('a mistyped slug or key is a 404 that suggests the closest, and a unit is found by its word', async () => {
    const city = await getJson(app(), '/cities/wuwie');
    expect(city.response.statusCode).toBe(404);
    expect(city.body.detail).toBe('No city has the slug "wuwie"; did you mean wuwei?');
    expect(city.body.invalid_params[0].suggestions).toEqual(['wuwei']);
    // So does every record type whose keys are a vocabulary (its definition names it), not only areas.
    for (const [path, near] of [
      ['/initiatives/bank-tax-interactio', 'bank-tax-interaction'],
      ['/projects/banqiao-beitan-100mw-wind-farn', 'banqiao-beitan-100mw-wind-farm'],
      ['/metrics/agency_service.enterprises_serve', 'agency_service.enterprises_served'],
      ['/scopes/one_progrme', 'one_programme'],
    ]) {
      const { response, body } = await getJson(app(), path);
      expect(response.statusCode, path).toBe(404);
      expect(body.invalid_params[0].suggestions, path).toContain(near);
    }
    const zh = await app().inject({ url: '/cities/wuwie?lang=zh', headers: { accept: 'text/html' } });
    expect(zh.body).toContain('没有代码为“wuwie”的地区；是否要找 wuwei？');
    // What is wrong names the path's part in Chinese, its API name beside it.
    expect(zh.body).toContain('<code>代码 (slug)</code>');
    for (const [url, near] of [
      ['/indicators?unit=yuan', 'CNY'],
      ['/indicators?unit=CNY,people', 'persons'],
      ['/indicators?unit=CNY,,yuan', 'CNY'],
      // As the articles write units, a magnitude before them: the code is of the unit alone.
      ['/indicators?unit=%E4%BA%BF%E5%85%83', 'CNY'],
      ['/indicators?unit=%E4%B8%87%E4%BA%BF%E5%85%83', 'CNY'],
      ['/indicators?unit=%E4%B8%87%E4%BA%BA%E6%AC%A1', 'person_times'],
    ]) {
      const { body } = await getJson(app(), url);
      expect(body.invalid_params[0].suggestions, url).toEqual([near]);
    }
    // A value two slips from a slug of five letters is another place, not a typo of it: wuhan is no sunan.
    const far = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuhan');
    expect(far.body.invalid_params[0]).toMatchObject({ reason: 'no city "wuhan"; see /cities', suggestions: [] });
    const farZh = await app().inject({ url: '/indicators?city=wuhan&lang=zh', headers: { accept: 'text/html' } });
    expect(farZh.body).toContain('没有“wuhan”这个地区；全部见 /cities');
    expect((await getJson(app(), '/indicators?ctiy=wuwei')).body.invalid_params[0].suggestions).toEqual(['city']);
    // Suggested: a record's id with a digit too many (as its number), a project by its Chinese name,
    // a metric's neighbours by their words (never a family of a key that is none), two letters swapped.
    for (const [url, suggested] of [
      ['/indicators/000-i0031', ['000-i031']],
      [`/indicators?project=${encodeURIComponent('皇城抽水蓄能电站')}`, ['huangcheng-pumped-storage-power-station']],
      [
        '/indicators?metric=investment.signed',
        ['investment.signed_agreements', 'investment.signed_amount', 'investment.signed_amount.growth'],
      ],
      ['/indicators?city=uwwei', ['wuwei']],
      // The nearest first: one slip before two.
      ['/indicators?city=lanzhox', ['lanzhou', 'ganzhou']],
      // Three at most, the nearest of them.
      [
        '/indicators?metric=drinking_water.households_affectex',
        ['drinking_water.households_affected', 'drinking_water.households_resolved', 'drinking_water.villages_affected'],
      ],
      // An autonomous area by its name without the ending the domain drops (肃南 of 肃南裕固族自治县), whatever ending it is given.
      [`/indicators?city=${encodeURIComponent('天祝裕固族自治县')}`, ['tianzhu']],
      [`/indicators?city=${encodeURIComponent('临夏自治州')}`, ['linxia']],
      [`/indicators?city=${encodeURIComponent('新疆自治区')}`, ['xinjiang']],
      [`/indicators?city=${encodeURIComponent('肃南裕固族县')}`, ['sunan']],
      [`/indicators?city=${encodeURIComponent('澳门特区')}`, ['aomen']],
      // A key's start of four characters or more suggests the keys it begins.
      ['/indicators?metric=tax.', ['tax.relief']],
      // Not suggested: one character matches too much, and two slips in five letters are another word.
      [`/indicators?city=${encodeURIComponent('州')}`, []],
      ['/indicators?city=a', []],
      ['/indicators?city=uwuei', []],
    ] as [string, string[]][]) {
      const { body } = await getJson(app(), url);
      expect(body.invalid_params[0].suggestions ?? [], url).toEqual(suggested);
    }
    // The few scopes are named where none is near, for a client that cannot read /scopes.
    const scope = await getJson(app(), '/indicators?scope=outside');
    expect(scope.body.invalid_params[0].reason).toMatch(/^no scope "outside"; one of out_of_province, .*, or none$/);
  });

  it('an unknown id is a 404 of the same shape', async () => {
    const { response, body } = await getJson(app(), '/indicators/999-i999');
    expect(response.statusCode).toBe(404);
    expect(body.type).toMatch(/not-found$/);
    expect(body.invalid_params[0].suggestions).toBeUndefined();
    // An id written short or in capitals suggests the one it stands for, where it exists.
    // An id one slip away from its article's (a digit too many) suggests the ids it is a slip of; a slug or
    // key mistyped, the closest; an article's number as a spreadsheet reads it (4 for 004), the article.
    // As filters, the same slips are a 400 with the same suggestions.
    for (const [url, status, near] of [
      ['/indicators/000-i31', 404, ['000-i031']],
      ['/indicators/0-I031', 404, ['000-i031']],
      ['/passages/2-p16', 404, ['002-p016']],
      ['/complaints/000-c1', 404, ['000-c01']],
      ['/indicators/000-i0311', 404, ['000-i011', '000-i031']],
      ['/passages/002-p0166', 404, ['002-p016']],
      ['/indicators/000-i032x', 404, ['000-i032']],
      // Of many one slip away, the first three.
      ['/indicators/000-i01x', 404, ['000-i010', '000-i011', '000-i012']],
      ['/scopes/out_of_provinc', 404, ['out_of_province']],
      ['/sources/4', 404, ['004']],
      ['/indicators?source=4', 400, ['004']],
      ['/indicators?unit=cny', 400, ['CNY']],
      ['/indicators?unit=Kwh', 400, ['kWh']],
    ] as const) {
      const refused = await getJson(app(), url);
      expect(refused.response.statusCode, url).toBe(status);
      expect(refused.body.invalid_params[0].suggestions, url).toEqual(near);
    }
  });

  it('a number too large to be one (1e400) is refused as any other that is not a number, in both languages', async () => {
    const { response, body } = await getJson(app(), '/indicators?min=1e400');
    expect(response.statusCode).toBe(400);
    expect(body.invalid_params).toEqual([{ name: 'min', in: 'query', reason: 'a decimal number, such as 1000000 or 1e6', value: '1e400' }]);
    const moved = await app().inject({ method: 'DELETE', url: '/indicators?lang=zh', headers: { accept: 'text/html' } });
    expect(moved.statusCode).toBe(405);
    expect(moved.body).toContain('/indicators 不接受 DELETE 请求；可用的方法：GET, HEAD, OPTIONS。');
    // A folder a wildcard route serves (Swagger UI's /docs/) allows the GET that answers it.
    const docs = await app().inject({ method: 'PUT', url: '/docs/' });
    expect([docs.statusCode, docs.headers.allow]).toEqual([405, 'GET, HEAD, OPTIONS']);
  });

  it('a number below or past its bounds is told the bound, once', async () => {
    for (const [url, reason] of [
      ['/indicators?limit=-1', 'limit: at least 1 (given "-1")'],
      ['/indicators?offset=-5', 'offset: at least 0 (given "-5")'],
      ['/indicators?offset=99999999999999999999', 'offset: at most 1000000 (given "99999999999999999999")'],
      // Read strictly, before the bound: nothing is no 0, and a fraction no whole number.
      ['/indicators?offset=', 'offset: a whole number in decimal digits (given "")'],
      ['/indicators?limit=1.5', 'limit: a whole number in decimal digits (given "1.5")'],
    ]) {
      const { response, body } = await getJson(app(), url);
      expect(response.statusCode, url).toBe(400);
      expect(body.detail, url).toBe(reason);
    }
  });

  it('a refused value is repeated as given: a list item alone, a long one not at all', async () => {
    const cases: [string, string | undefined][] = [
      ['/indicators?limit=abc', 'abc'],
      ['/indicators?sort=id,foo', 'foo'],
      ['/indicators?sort=id,id', 'id,id'],
      ['/indicators?offset=-5', '-5'],
      [`/search?q=${'a'.repeat(199)}&limit=0`, '0'],
      [`/search?q=${'武'.repeat(201)}`, undefined],
      // As long as the bound, repeated; a character more, not.
      [`/indicators?unit=${'a'.repeat(200)}`, 'a'.repeat(200)],
      [`/indicators?unit=${'a'.repeat(201)}`, undefined],
      // Characters are counted, not UTF-16 units: 150 of them above the BMP are repeated.
      [`/indicators?unit=${'𝟘'.repeat(150)}`, '𝟘'.repeat(150)],
    ];
    for (const [url, value] of cases) {
      const { response, body } = await getJson(app(), encodeURI(url));
      expect(response.statusCode, url).toBe(400);
      expect(body.invalid_params[0].value, url).toBe(value);
    }
    // Each value once for its reason, and each of a parameter's reasons told.
    expect((await getJson(app(), '/indicators?fields=nope,nada,nope')).body.detail).toMatch(/\(given "nope", "nada"\)$/);
    const reasons = (await getJson(app(), '/indicators?city=wuwie,lanzhox')).body.detail;
    for (const told of ['city: no city "wuwie"', 'city: no city "lanzhox"']) expect(reasons).toContain(told);
    // A reason that names the value already does not repeat it in the detail.
    expect((await getJson(app(), '/indicators?from=2023-13-01')).body.detail).toBe('from: a date that exists (2023-13-01 does not)');
  });

  it('a limit over 500 is a 400 naming the parameter', async () => {
    const { response, body } = await getJson(app(), '/indicators?limit=501');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body.invalid_params[0].name).toBe('limit');
  });

  it('an unknown query parameter is a 400 naming it and the nearest names the endpoint takes; a value outside an enumeration lists them', async () => {
    const { response, body } = await getJson(app(), '/indicators?ctiy=wuwei');
    expect(response.statusCode).toBe(400);
    expect(body.invalid_params).toEqual([
      {
        name: 'ctiy',
        in: 'query',
        reason: 'unknown parameter for this endpoint; did you mean city?',
        value: 'wuwei',
        suggestions: ['city'],
      },
    ]);
    // Other APIs' paging names are this one's offset and limit (pages14: page=999 had named nothing).
    for (const [name, meant] of [
      ['page', 'offset'],
      ['per_page', 'limit'],
      ['pageSize', 'limit'],
    ]) {
      const paged = await getJson(app(), `/indicators?${name}=2`);
      expect(paged.body.invalid_params[0], name).toMatchObject({ name, suggestions: [meant] });
    }
    const far = await getJson(app(), '/indicators?zzzzzzzz=1');
    expect(far.body.invalid_params).toEqual([{ name: 'zzzzzzzz', in: 'query', reason: 'unknown parameter for this endpoint', value: '1' }]);
    const value = await getJson(app(), '/indicators?qualifier=aproxx');
    expect(value.body.invalid_params[0]).toMatchObject({ name: 'qualifier', reason: expect.stringMatching(/^one of exact, /) });
    expect(value.body.invalid_params[0].suggestions).toContain('approx');
    // The plural /compare takes, asked of a list that takes the singular, and the other way.
    const plural = await getJson(app(), '/indicators?cities=wuwei');
    expect(plural.body.invalid_params[0].suggestions).toEqual(['city']);
    const singular = await getJson(app(), '/compare?metric=investment.funds_in_place&city=wuwei');
    expect(singular.body.invalid_params[0].suggestions).toEqual(['cities']);
  });

  it('a metric named by the dotted part after its family is suggested whole', async () => {
    const { body } = await getJson(app(), '/indicators?metric=funds_in_place');
    expect(body.invalid_params[0].suggestions[0]).toBe('investment.funds_in_place');
    // A word of one part that no metric's name says finds the keys that have it.
    const word = await getJson(app(), '/indicators?metric=negotiated');
    const keys = word.body.invalid_params[0].suggestions as string[];
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.split(/[._]/)).toContain('negotiated');
  });

  it('an unknown route is a 404 problem', async () => {
    const { response, body } = await getJson(app(), '/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(body.status).toBe(404);
    expect(body.did_you_mean).toBeUndefined();
  });

  it('a path that only begins routes (/downloads) names the routes under it, each of which answers', async () => {
    const { response, body } = await getJson(app(), '/downloads');
    expect(response.statusCode).toBe(404);
    const named = body.detail.match(/The routes under it: (.+?)\. See /)?.[1].split(', ') ?? [];
    const spec = Object.keys((await getJson(app(), '/openapi.json')).body.paths).filter(
      (p) => p.startsWith('/downloads/') && !p.includes('{'),
    );
    expect(spec.length).toBeGreaterThan(0);
    for (const path of spec) expect(named, path).toContain(path);
    for (const path of named) expect((await app().inject(path)).statusCode, path).toBe(200);
    expect((await getJson(app(), '/nothing-here')).body.detail).not.toContain('routes under it');
    // Addresses a reader can ask for: no route with a parameter in it, and for a reading method only.
    expect((await getJson(app(), '/static')).body.detail).not.toMatch(/:file|routes under it/);
    expect((await app().inject({ method: 'POST', url: '/downloads' })).json().detail).not.toContain('routes under it');
    // A Chinese reader's page says it in Chinese.
    const zh = await app().inject({ url: '/downloads?lang=zh', headers: { accept: 'text/html' } });
    expect(zh.body).toContain(`其下的地址：${named.join('、')}。`);
  });

  it('a mistyped path is given the route nearest it, its parameters kept', async () => {
    const cases: [string, string | undefined][] = [
      ['/cites/wuwei', '/cities/wuwei'],
      ['/city/wuwei/indicators', '/cities/wuwei/indicators'],
      ['/indicator/000-i001', '/indicators/000-i001'],
      ['/Sources/002/text', '/sources/002/text'],
      ['/check/', '/check'],
      // Words readers guess for a segment, and a prefix other APIs have.
      ['/indicators/000-i031/citation', '/indicators/000-i031/cite'],
      ['/swagger.json', '/openapi.json'],
      ['/swagger', '/docs'],
      ['/api/swagger.json', '/openapi.json'],
      ['/api/indicators', '/indicators'],
      ['/api/v1/cities/wuwei', '/cities/wuwei'],
      ['/v2/indicator/000-i001', '/indicators/000-i001'],
      // A route that answers GET only to refuse it is still the one meant (rev33).
      ['/mcp/', '/mcp'],
      // Nothing near; an empty segment only where the route has one (/docs/ is Swagger UI's).
      ['/docs/x', undefined],
      ['/citiesandtowns', undefined],
      // A parameter is never filled by nothing (nor by a dot segment: below).
      ['/indicators//cit', undefined],
    ];
    for (const [path, near] of cases) {
      const { response, body } = await getJson(app(), path);
      expect(response.statusCode, path).toBe(404);
      expect(body.did_you_mean, path).toBe(near);
      if (near) expect(body.detail, path).toBe(`No resource at GET ${path}; did you mean ${near}? See /openapi.json for the routes.`);
      if (near) expect((await app().inject(near)).statusCode, near).not.toBe(404);
    }
    // HEAD answers as GET would, without the body: the same length, in JSON and on the translated page alike.
    for (const [path, accept] of [
      ['/cites/wuwei', 'application/json'],
      ['/downloads?lang=zh', 'text/html'],
    ]) {
      const [get, head] = await Promise.all(
        ['GET', 'HEAD'].map((method) => app().inject({ method: method as 'GET', url: path, headers: { accept } })),
      );
      expect([head.statusCode, head.payload, head.headers['content-length']], path).toEqual([404, '', get.headers['content-length']]);
    }
    // Another method is named the route that takes it: a client whose base URL ends in a slash (sec17), never a route of
    // another method (POST /chek is /check's).
    for (const [path, near] of [
      ['/check/', '/check'],
      ['/mcp/', '/mcp'],
      ['/chek', '/check'],
    ]) {
      const response = await app().inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json' }, payload: '{}' });
      expect(response.statusCode, path).toBe(404);
      expect(response.json().did_you_mean, path).toBe(near);
      expect(response.json().detail, path).toBe(`No resource at POST ${path}; did you mean ${near}? See /openapi.json for the routes.`);
    }
    // A trailing slash that reads as an empty key (/cities/ is the city "") names the route without it.
    for (const [path, near, detail] of [
      ['/cities/', '/cities', 'No city has the slug ""; did you mean /cities?'],
      ['/indicators/', '/indicators', 'No indicator has the id ""; did you mean /indicators?'],
    ]) {
      const { response, body } = await getJson(app(), path);
      expect(response.statusCode, path).toBe(404);
      expect(body.did_you_mean, path).toBe(near);
      expect(body.detail, path).toBe(detail);
    }
    // A dot segment, which a browser would resolve (/cities/.. is /), fills no parameter; light-my-request
    // resolves it before routing, as a browser does, so the function is asked directly.
    for (const dots of ['..', '%2e%2e', '%2E.', '.']) expect(nearestPath(`/cites/${dots}`, ['/cities/:slug']), dots).toBeUndefined();
    expect(nearestPath('/cites/wuwei', ['/cities/:slug'])).toBe('/cities/wuwei');
  });
});
