/** The query API on the real data: filters, search, facets, sorting, CSV, caching and the extra resources. */
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.ts';
import { matchExpression } from '../src/db/search.ts';
import { getJson, useApp, withApp } from './helper.ts';
import { areasUnder } from './oracle.ts';

const { data: seed } = loadSeed();
const app = useApp();

type Row = {
  id: string;
  city: string;
  value_base: number;
  period_start: string | null;
  period_end: string | null;
  unit: string;
  metric: string;
};
const all = async (url: string): Promise<Row[]> => (await getJson(app(), `${url}${url.includes('?') ? '&' : '?'}limit=500`)).body.data;
const zhangyeAreas = new Set(['zhangye', ...seed.cities.filter((c) => c.parent === 'zhangye').map((c) => c.slug)]);
/** The areas a comparison's cities= and within= ask for. */
const areasAsked = (asked: URLSearchParams) =>
  new Set([...(asked.get('cities')?.split(',') ?? []), ...(asked.has('within') ? areasUnder(String(asked.get('within'))) : [])]);

describe('filters', () => {
  it('within=zhangye returns only Zhangye and the areas under it, and all of them', async () => {
    const rows = await all('/indicators?within=zhangye');
    expect(rows.length).toBe(seed.indicators.filter((i) => zhangyeAreas.has(i.city)).length);
    expect(new Set(rows.map((r) => r.city))).toEqual(new Set(seed.indicators.filter((i) => zhangyeAreas.has(i.city)).map((i) => i.city)));
    expect(rows.some((r) => r.city === 'linze')).toBe(true);
  });

  it('complaint= lists each case’s figures, as curated, and suggests a case for one there is none of', async () => {
    expect(seed.complaints.length).toBeGreaterThan(0);
    for (const c of seed.complaints) {
      const rows = await all(`/indicators?complaint=${c.id}`);
      expect(rows.map((r) => r.id).sort(), c.id).toEqual(
        seed.indicators
          .filter((i) => i.complaint === c.id)
          .map((i) => i.id)
          .sort(),
      );
    }
    const two = seed.complaints.slice(0, 2).map((c) => c.id);
    expect((await all(`/indicators?complaint=${two.join(',')}`)).length).toBe(
      seed.indicators.filter((i) => two.includes(i.complaint ?? '')).length,
    );
    const typo = await getJson(app(), '/indicators?complaint=001-c1');
    expect(typo.response.statusCode).toBe(400);
    expect(typo.body.invalid_params[0]).toMatchObject({ name: 'complaint', suggestions: expect.arrayContaining(['001-c01']) });
  });

  it('city takes a comma list, parted as a Chinese keyboard types it too (，or 、)', async () => {
    const rows = await all('/indicators?city=wuwei,jiuquan');
    expect(rows.length).toBe(seed.indicators.filter((i) => i.city === 'wuwei' || i.city === 'jiuquan').length);
    for (const comma of ['，', '、'])
      expect((await all(`/indicators?city=wuwei${encodeURIComponent(comma)}jiuquan`)).length).toBe(rows.length);
  });

  it('sort=-value_base&unit=CNY is ordered, ties broken by id', async () => {
    const rows = await all('/indicators?unit=CNY&sort=-value_base');
    expect(rows.length).toBe(seed.indicators.filter((i) => i.unit === 'CNY').length);
    for (let k = 1; k < rows.length; k++) {
      const [a, b] = [rows[k - 1], rows[k]];
      expect(a.value_base > b.value_base || (a.value_base === b.value_base && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it('sort=period is in time, first day then last, not by the code’s letters; -period the other way', async () => {
    // An open start is the earliest, an open end (still running) the latest.
    const key = (r: Row) => [r.period_start ?? '', r.period_end ?? '9999-12-31'];
    const inTime = (a: Row, b: Row) => {
      const [x, y] = [key(a), key(b)];
      return x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]);
    };
    const rows = await all('/indicators?undated=false&sort=period');
    expect(rows.length).toBe(seed.indicators.filter((i) => i.period !== null).length);
    for (let k = 1; k < rows.length; k++) expect(inTime(rows[k - 1], rows[k]), `${rows[k - 1].id} before ${rows[k].id}`).toBe(true);
    // A figure with no period comes after every dated one, either way.
    for (const order of ['period', '-period']) {
      const every = await all(`/indicators?sort=${order}`);
      const firstUndated = every.findIndex((r) => r.period_start === null && r.period_end === null);
      expect(
        every.slice(firstUndated).every((r) => r.period_start === null && r.period_end === null),
        order,
      ).toBe(true);
    }
    const down = await all('/compare?metric=projects.started&within=gansu&sort=-period');
    for (let k = 1; k < down.length; k++) expect(inTime(down[k], down[k - 1]), `${down[k - 1].id} before ${down[k].id}`).toBe(true);
  });

  it('sort=period_start and period_end order by that day: an open start earliest, an open end latest, no period last', async () => {
    const undated = (r: Row) => r.period_start === null && r.period_end === null;
    const days = {
      period_start: (r: Row) => r.period_start ?? '',
      period_end: (r: Row) => r.period_end ?? '9999-12-31',
    };
    for (const [field, day] of Object.entries(days)) {
      for (const descending of [false, true]) {
        const order = `${descending ? '-' : ''}${field}`;
        const rows = await all(`/indicators?sort=${order}`);
        expect(rows.length).toBe(seed.indicators.length);
        const dated = rows.filter((r) => !undated(r));
        expect(
          rows.slice(0, dated.length).every((r) => !undated(r)),
          order,
        ).toBe(true);
        // Both kinds of open period are among the dated rows here (000's since-the-launch figures, 002's up-to-now).
        expect(
          dated.some((r) => (field === 'period_start' ? r.period_start : r.period_end) === null),
          order,
        ).toBe(true);
        for (let k = 1; k < dated.length; k++) {
          const [a, b] = [day(dated[k - 1]), day(dated[k])];
          expect(descending ? a >= b : a <= b, `${order}: ${dated[k - 1].id} before ${dated[k].id}`).toBe(true);
        }
      }
    }
  });

  it('year selects rows whose period overlaps it, open ends included', async () => {
    const rows = await all('/indicators?year=2024');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.period_start === null || r.period_start <= '2024-12-31', r.id).toBe(true);
      expect(r.period_end === null || r.period_end >= '2024-01-01', r.id).toBe(true);
    }
    expect(rows.some((r) => r.period_end === null)).toBe(true); // since-launch figures of articles with no date
    // 2021 is Jiuquan's article; anything else that reaches into 2021 has an open start (截至… figures).
    const in2021 = await all('/indicators?year=2021');
    const elsewhere = in2021.filter((r) => !r.city.startsWith('jiuquan'));
    expect(in2021.some((r) => r.city === 'jiuquan-etdz')).toBe(true);
    for (const r of elsewhere) expect(r.period_start, r.id).toBeNull();
  });

  it('period matches the code exactly; min and max bound value_base', async () => {
    const q1 = await all('/indicators?period=2021-Q1');
    expect(q1.map((r) => r.id).sort()).toEqual(
      seed.indicators
        .filter((i) => i.period === '2021-Q1')
        .map((i) => i.id)
        .sort(),
    );
    const big = await all('/indicators?unit=CNY&min=100000000000');
    expect(big.length).toBeGreaterThan(0);
    for (const r of big) expect(r.value_base).toBeGreaterThanOrEqual(1e11);
    const band = await all('/indicators?unit=percent&min=50&max=100');
    for (const r of band) expect(r.value_base >= 50 && r.value_base <= 100).toBe(true);
  });

  it('source and corroborated select by evidence', async () => {
    const rows = await all('/indicators?source=004');
    expect(rows.length).toBe(12);
    const both = await all('/indicators?source=003&corroborated=true');
    expect(both.map((r) => r.id)).toContain('000-i031');
  });

  it('the same filters work on initiatives and complaints', async () => {
    const { body: inits } = await getJson(app(), '/initiatives?within=zhangye&limit=500');
    expect(inits.data.length).toBeGreaterThan(0);
    for (const i of inits.data) expect(zhangyeAreas.has(i.city)).toBe(true);
    const { body: complaints } = await getJson(app(), '/complaints?within=lanzhou');
    expect(complaints.data.map((c: { city: string }) => c.city).sort()).toEqual(['anning', 'chengguan']);
    // initiative= selects a complaint by the initiative that resolved it, not by any other column.
    const resolved = seed.complaints.filter((c) => c.initiative);
    expect(resolved.length).toBeGreaterThan(0);
    for (const initiative of new Set(resolved.map((c) => c.initiative))) {
      const { body } = await getJson(app(), `/complaints?initiative=${initiative}&limit=500`);
      expect(body.data.map((c: { id: string }) => c.id).sort(), initiative ?? '').toEqual(
        resolved
          .filter((c) => c.initiative === initiative)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  it('a malformed value is a 400 saying what is allowed', async () => {
    const { response, body } = await getJson(app(), '/indicators?unit=USD');
    expect(response.statusCode).toBe(400);
    expect(body.invalid_params[0].name).toBe('unit');
    expect(body.detail).toMatch(/CNY/);
    const sort = await getJson(app(), '/indicators?sort=colour');
    expect(sort.response.statusCode).toBe(400);
    expect(sort.body.detail).toMatch(/value_base/);
    const year = await getJson(app(), '/indicators?year=twenty');
    expect(year.body.invalid_params[0].name).toBe('year');
    // Two values of a list refused for one reason: each its own entry, the reason said once, naming both.
    const fields = await getJson(app(), '/indicators?fields=nope,id,nada');
    expect(fields.body.invalid_params.map((p: { value: string }) => p.value)).toEqual(['nope', 'nada']);
    expect(fields.body.detail).toBe(`fields: ${fields.body.invalid_params[0].reason} (given "nope", "nada")`);
    expect((await getJson(app(), '/indicators?unit=USD')).body.detail).toMatch(/^unit: one of CNY, .* \(given "USD"\)$/);
    // Each value once, quoted: an empty one and one with a comma are seen for what they are.
    expect((await getJson(app(), '/indicators?unit=USD,USD')).body.detail).toMatch(/\(given "USD"\)$/);
    expect((await getJson(app(), '/indicators?format=')).body.detail).toMatch(/\(given ""\)$/);
    // A Chinese page says it the same way: the reason once, the values named.
    const zh = await app().inject({ url: '/indicators?fields=nope,id,nada&lang=zh', headers: { accept: 'text/html' } });
    expect(zh.statusCode).toBe(400);
    const said = zh.body.match(/fields：[^；<"]*/g) ?? [];
    expect(said.length).toBeGreaterThan(0);
    for (const reason of said) {
      expect(reason.split('evidence').length - 1, reason).toBe(1);
      expect(reason).toMatch(/（所给：&quot;nope&quot;、&quot;nada&quot;）$/);
    }
    // Refused before the schema reads them (a place, a page's parameter), each reason is said once too.
    const place = await getJson(app(), '/indicators?city=wuhan,wuhan');
    expect(place.body.detail).toBe('city: no city "wuhan"; see /cities');
  });
});

describe('search', () => {
  it('a Traditional query answers exactly as its Simplified twin', async () => {
    for (const [hant, hans] of [
      ['張掖', '张掖'],
      ['縣', '县'],
      ['招商引資', '招商引资'],
    ]) {
      const a = await all(`/indicators?q=${encodeURIComponent(hant)}`);
      const b = await all(`/indicators?q=${encodeURIComponent(hans)}`);
      expect(a.length, hans).toBeGreaterThan(0);
      expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
    }
  });

  it('finds a damaged passage of article 002 by its words as received, and marks them where they stand (zh12)', async () => {
    const passages = seed.passages.filter((p) => p.source === '002');
    expect(seed.repairs.length).toBeGreaterThan(0);
    for (const repair of seed.repairs) {
      const passage = passages.find((p) => p.text.includes(repair.damaged));
      expect(passage, repair.id).toBeDefined();
      const { body } = await getJson(app(), `/search?q=${encodeURIComponent(repair.damaged)}&type=passage&limit=500`);
      const hit = body.data.find((h: { id: string }) => h.id === passage?.id);
      expect(hit, repair.id).toBeDefined();
      expect(hit.elsewhere, repair.id).toContain('<mark>');
      // …its repaired reading still finds it.
      const repaired = await getJson(app(), `/search?q=${encodeURIComponent(repair.repaired)}&type=passage&limit=500`);
      expect(
        repaired.body.data.map((h: { id: string }) => h.id),
        repair.id,
      ).toContain(passage?.id);
    }
  });

  it('finds a number only whole: not inside a decimal (zh12)', async () => {
    const total = async (path: string) => (await getJson(app(), path)).body.meta.total as number;
    for (const [whole, decimal] of [
      ['35亿元', '0.35亿元'],
      ['49亿元', '429.49亿元'],
      ['38%', '50.38%'],
      // …nor inside a number English writes with commas (search18: 785 found 1,785 and 400 26,400).
      ['785', '1785'],
      ['400', '26,400'],
    ]) {
      expect(await total(`/search?q=${encodeURIComponent(decimal)}`), decimal).toBeGreaterThan(0);
      expect(await total(`/search?q=${encodeURIComponent(whole)}`), whole).toBe(0);
      expect(await total(`/indicators?q=${encodeURIComponent(whole)}`), whole).toBe(0);
    }
    // 1785 as the Chinese writes it is 1,785 as the English does.
    expect((await getJson(app(), '/search?q=1,785&limit=500')).body.meta.total).toBe(await total('/search?q=1785'));
  });

  it('Hong Kong and Taiwan forms, full-width typing and comma lists find what their plain twins find', async () => {
    const ids = async (q: string) =>
      (await getJson(app(), `/search?q=${encodeURIComponent(q)}&limit=500`)).body.data.map((r: { id: string }) => r.id);
    for (const [typed, plain] of [
      ['環衞', '环卫'], // Hong Kong's 衞 for 衛
      ['著力', '着力'], // Taiwan's 著 for 着
      ['Ｗｕｗｅｉ', 'wuwei'],
      ['４２９．４９', '429.49'],
      // A list typed with commas is its terms, as with spaces: not one phrase running through the comma.
      ['武威，投資', '武威 投资'],
      ['wuwei,investment', 'wuwei investment'],
      ['５，５２７', '5,527'], // a full-width number's comma is the number's, as a half-width one is
      ['5,527', '5527'], // a number's thousands comma is no list
      ['武威/投資', '武威 投资'],
      ['2022，2023', '2022 2023'], // a Chinese comma between half-width digits is a list's
      ['⾦', '金'], // a Kangxi radical, as a copy from a PDF gives it
    ]) {
      const [a, b] = await Promise.all([ids(typed), ids(plain)]);
      expect(b.length, plain).toBeGreaterThan(0);
      expect(a, typed).toEqual(b);
    }
    // Folding 著 to 着 on both sides keeps Simplified 显著 found, and marked where it stands.
    const found = (await getJson(app(), `/search?q=${encodeURIComponent('显著')}`)).body.data;
    expect(found.map((r: { passage: { highlight: string } }) => r.passage.highlight)).toContain(
      '据统计,“三抓三促”行动开展以来,全省排查督办解决各类突出问题5527个,推动抓落实的执行力<mark>显著</mark>增强。',
    );
  });

  it('a term in Taiwan’s words finds what the mainland’s words find, and what its own find', async () => {
    const ids = async (q: string) =>
      (await getJson(app(), `/search?q=${encodeURIComponent(q)}&limit=500`)).body.data.map(
        (r: { type: string; id: string }) => `${r.type}:${r.id}`,
      );
    for (const [taiwan, mainland, own] of [
      ['專案', '项目', '专案'],
      ['網路', '网络', '网路'],
      ['資訊', '信息', '资讯'],
    ]) {
      const [a, b, c] = await Promise.all([ids(taiwan), ids(mainland), ids(own)]);
      expect(b.length, mainland).toBeGreaterThan(0);
      expect([...a].sort(), taiwan).toEqual([...new Set([...b, ...c])].sort());
    }
    // Not a term that reads the same in both scripts: 建立 is the mainland's own word, not Taiwan's for 创建.
    const [built, created] = await Promise.all([ids('建立'), ids('创建')]);
    expect(created.length).toBeGreaterThan(0);
    expect(built.filter((id: string) => created.includes(id))).toEqual([]);
    // Marked in the words the text has.
    const found = (await getJson(app(), `/search?q=${encodeURIComponent('資訊')}&limit=1`)).body.data[0];
    expect(found.passage.highlight).toContain('<mark>信息</mark>');
  });

  it('one- and two-character queries find what a plain substring scan finds', async () => {
    for (const q of ['掖', '武威']) {
      const rows = await all(`/indicators?q=${encodeURIComponent(q)}`);
      const scan = seed.indicators.filter((i) => i.label_zh.includes(q)).map((i) => i.id);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(scan));
    }
  });

  it('English words search the translations, in either number', async () => {
    const rows = await all('/indicators?q=tourism');
    expect(rows.map((r) => r.metric)).toEqual(expect.arrayContaining(['tourism.revenue', 'tourism.visitors']));
    // A word finds the same records in either number: project and projects, activity and activities.
    for (const [one, other] of [
      ['project', 'projects'],
      ['enterprise', 'enterprises'],
      ['activity', 'activities'],
      ['tax', 'taxes'],
      ['fee', 'fees'],
    ]) {
      const [a, b] = await Promise.all([all(`/indicators?q=${one}`), all(`/indicators?q=${other}`)]);
      expect(a.length, one).toBeGreaterThan(0);
      expect(a.map((r) => r.id).sort(), `${one} and ${other}`).toEqual(b.map((r) => r.id).sort());
    }
    const labelled = seed.indicators.filter((i) => /\bprojects?\b/i.test(i.label_en)).map((i) => i.id);
    expect((await all('/indicators?q=projects')).map((r) => r.id)).toEqual(expect.arrayContaining(labelled));
    // A word in parentheses is searched as the word, not taken for a pinyin gloss.
    expect((await all('/indicators?q=(project)')).length).toBe((await all('/indicators?q=project')).length);
    // As pluralize has them, and -es after an s (search18: focus, hero and analyses had found nothing or a verb).
    const found = async (q: string) =>
      (await getJson(app(), `/search?q=${q}&limit=500`)).body.data.map((h: { type: string; id: string }) => `${h.type}:${h.id}`).sort();
    for (const [one, other] of [
      ['focus', 'focuses'],
      ['hero', 'heroes'],
      ['analysis', 'analyses'],
    ]) {
      const [a, b] = await Promise.all([found(one), found(other)]);
      expect(a.length, one).toBeGreaterThan(0);
      expect(a, `${one} and ${other}`).toEqual(b);
    }
    // A possessive is its word, and a joining word is asked for only alone (search18: Gansu's found 4 of Gansu's 117).
    expect((await all("/indicators?q=Zhangye's")).map((r) => r.id)).toEqual((await all('/indicators?q=Zhangye')).map((r) => r.id));
    expect((await all(`/indicators?q=${encodeURIComponent('Three Grasps and Three Promotes')}`)).map((r) => r.id)).toEqual(
      (await all(`/indicators?q=${encodeURIComponent('Three Grasps, Three Promotes')}`)).map((r) => r.id),
    );
    expect((await all('/indicators?q=and')).length).toBeGreaterThan(0);
    // Only forms that begin as the word does (rev35: she had found they, these this, have has); person finds persons.
    for (const [word, not] of [
      ['she', 'they'],
      ['these', 'this'],
      ['have', 'has'],
    ])
      expect(await found(word), word).not.toEqual(expect.arrayContaining(await found(not)));
    expect(await found('person')).toEqual(expect.arrayContaining(await found('persons')));
    // A joining word beside punctuation is the word, not nothing (rev35: "the -" found nothing).
    expect(await found(encodeURIComponent('the -'))).toEqual(await found('the'));
    // A measure named in the article's word and the usual one is found by either (rev35: 饮水困难 had found nothing).
    for (const word of ['饮水困难', '饮水难']) {
      const found = (await all(`/indicators?q=${encodeURIComponent(word)}`)).map((r) => r.metric);
      expect(found, word).toEqual(expect.arrayContaining(['drinking_water.villages_affected', 'drinking_water.households_affected']));
    }
    // A word ending in s that is no plural stays itself: news finds no "new".
    expect(await all('/indicators?q=news')).toEqual([]);
    // A name is no word to stem: anning finds Anning's figures, not every "an".
    const anning = await all('/indicators?q=anning');
    expect(anning.length).toBeGreaterThan(0);
    expect(new Set(anning.map((r) => r.city))).toEqual(new Set(['anning']));
  });

  it('/search returns hits of every type with the match marked', async () => {
    const { body } = await getJson(app(), `/search?q=${encodeURIComponent('張掖')}&limit=500`);
    const types = new Set(body.data.map((h: { type: string }) => h.type));
    expect(types).toEqual(new Set(['city', 'indicator', 'initiative', 'passage', 'project']));
    const hit = body.data.find((h: { type: string }) => h.type === 'passage');
    expect(hit.passage.highlight).toContain('<mark>张掖</mark>');
    // Each hit says where its record is, and the record is there (an area's at /cities, not /citys).
    const metric = (await getJson(app(), '/search?q=funds+in+place&type=metric')).body.data;
    for (const { type, id, url } of [...body.data, ...metric] as { type: string; id: string; url: string }[]) {
      const record = await getJson(app(), url);
      expect(record.response.statusCode, url).toBe(200);
      expect(record.body.id ?? record.body.slug ?? record.body.key, `${type} ${url}`).toBe(id);
    }
    expect(metric.length).toBeGreaterThan(0);
  });

  it('/search says of every hit where its match is: in its titles, its passage, or else (elsewhere) its area or description', async () => {
    // An area's name, a description, another passage a figure cites (武威: 000-i040's second), a metric's definition (arrivals) or key (hotline).
    for (const q of ['张掖', 'Zhangye', '工信局', '武威', 'arrivals', 'hotline', '项目', 'investment']) {
      type Hit = { title_zh: string | null; title_en: string | null; passage: { highlight: string } | null; elsewhere: string | null };
      const hits = (await getJson(app(), `/search?q=${encodeURIComponent(q)}&limit=500`)).body.data as Hit[];
      const said = (text: string | null) => Boolean(text?.toLowerCase().includes(q.toLowerCase()));
      for (const hit of hits) {
        const shown = said(hit.title_zh) || said(hit.title_en) || Boolean(hit.passage?.highlight.includes('<mark>'));
        expect(Boolean(shown || hit.elsewhere?.includes('<mark>')), `${q}: ${JSON.stringify(hit).slice(0, 160)}`).toBe(true);
        if (shown) expect(hit.elsewhere, q).toBeNull();
      }
      if (q === '张掖') expect(hits.some((h) => h.elsewhere?.startsWith('<mark>张掖</mark>市 Zhangye'))).toBe(true);
    }
  });

  it('/search reads a query as the index does, glosses out and accents composed or not, and marks what it matched across what the index skips', async () => {
    type Hit = { id: string; title_zh: string | null; passage: { highlight: string } | null; elsewhere: string | null };
    const hits = async (q: string) => (await getJson(app(), `/search?q=${encodeURIComponent(q)}&limit=500`)).body.data as Hit[];
    const ids = async (q: string) => (await hits(q)).map((h) => h.id);
    // 加快發(fā)展 as article 002 prints it is 加快發展; Zhāngyè as macOS pastes it (decomposed) is Zhāngyè.
    expect((await ids('加快發展')).length).toBeGreaterThan(0);
    expect(await ids('加快發(fā)展')).toEqual(await ids('加快發展'));
    expect((await ids('Zh\u0101ngy\u00e8')).length).toBeGreaterThan(0);
    expect(await ids('Zha\u0304ngye\u0300')).toEqual(await ids('Zh\u0101ngy\u00e8'));
    // The index skips punctuation, so a phrase typed without the text's quotation marks or a figure with its point
    // matches; every hit says where, the mark running over what lies between.
    const expected: [string, RegExp][] = [
      ['三抓三促行动', /三抓三促\P{L}*行动/u],
      ['429.49亿元', /429\.49亿元/],
      ['50.38%', /50\.38/],
      ['1+20+3', /1\+20\+3/],
      ['加快發(fā)展', /加快发展/],
    ];
    for (const [q, written] of expected) {
      const found = await hits(q);
      expect(found.length, q).toBeGreaterThan(0);
      for (const hit of found) {
        const marks = [hit.passage?.highlight, hit.elsewhere].flatMap((text) =>
          [...(text ?? '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]),
        );
        expect(marks.length > 0 || written.test(hit.title_zh ?? ''), `${q}: ${hit.id}`).toBe(true);
        for (const mark of marks) expect(mark, q).toMatch(written);
      }
    }
  });

  it('/search marks a word or a number where the index matched it, whole, not inside another', async () => {
    const marked = async (q: string) =>
      ((await getJson(app(), `/search?q=${encodeURIComponent(q)}&limit=500`)).body.data as { passage: { highlight: string } | null }[])
        .map((h) => h.passage?.highlight ?? '')
        .join('\n');
    // "a" is a word of the translations: marked alone, never in "start" or "was".
    const a = await marked('a');
    expect(a).toMatch(/(^|[^\p{L}])<mark>a<\/mark>([^\p{L}]|$)/u);
    expect(a).not.toMatch(/\p{L}<mark>a<\/mark>|<mark>a<\/mark>\p{L}/u);
    // 2 is a number of its own (2号楼), not a digit of 2023; a Han character is its own token, marked inside a word.
    const two = await marked('2');
    expect(two).toContain('<mark>2</mark>');
    expect(two).not.toMatch(/\d<mark>2<\/mark>|<mark>2<\/mark>\d/);
    expect(await marked('掖')).toContain('张<mark>掖</mark>');
  });

  it('/search shows each hit with the titles of its record and the first passage of it the query is in (a figure’s: the one that gives it)', async () => {
    const TITLES: Record<string, [string, string] | null> = {
      indicator: ['label_zh', 'label_en'],
      initiative: ['name_zh', 'name_en'],
      complaint: ['title_zh', 'title_en'],
      project: ['name_zh', 'name_en'],
      city: ['name_zh', 'name_en'],
      metric: ['name_zh', 'name_en'],
      passage: null,
    };
    const paths: Record<string, string> = { city: 'cities', passage: 'passages', metric: 'metrics' };
    const types = new Set<string>();
    // Between them, hits of every type; and figures (000-i034's 24.75个百分点) whose first passage the query is in gives another.
    for (const q of ['张掖', '群众', '到位资金']) {
      const { body } = await getJson(app(), `/search?q=${encodeURIComponent(q)}&limit=500`);
      for (const hit of body.data) {
        types.add(hit.type);
        const { body: record } = await getJson(app(), `/${paths[hit.type] ?? `${hit.type}s`}/${encodeURIComponent(hit.id)}`);
        const titles = TITLES[hit.type];
        expect([hit.title_zh, hit.title_en], `${hit.type} ${hit.id}`).toEqual(
          titles ? [record[titles[0]], record[titles[1]]] : [null, null],
        );
        const evidence: { text: string; text_zh_hans: string; repairs?: unknown }[] =
          hit.type === 'passage' ? [record] : (record.evidence ?? []);
        const figure = (p: { text: string; text_zh_hans: string }) =>
          p.text.includes(record.value_text) || p.text_zh_hans.includes(record.value_text);
        const cited = hit.type === 'indicator' ? [evidence.find(figure) ?? evidence[0]] : evidence;
        const { repairs, ...expected } = cited.find((p) => p.text_zh_hans.includes(q)) ?? cited[0] ?? {};
        if (cited.length === 0) expect(hit.passage, `${hit.type} ${hit.id}`).toBeNull();
        else {
          const { highlight, ...passage } = hit.passage;
          expect(passage, `${hit.type} ${hit.id}`).toEqual(expected);
          // A figure's hit gives its number wherever a passage of it does (000-i034's 24.75, not the 50.38 before it).
          if (hit.type === 'indicator' && evidence.some(figure)) expect(figure(passage), hit.id).toBe(true);
          expect(highlight.replace(/<\/?mark>/g, '')).toBe(
            passage.text_zh_hans.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
          );
        }
      }
    }
    expect([...types].sort()).toEqual(['city', 'complaint', 'indicator', 'initiative', 'metric', 'passage', 'project']);
  });

  it('/search totals every hit, counted or read off a page that ends them, at every page', async () => {
    const url = `/search?q=${encodeURIComponent('张掖')}`;
    const { body: all } = await getJson(app(), `${url}&limit=500`);
    const every = all.data.length as number;
    expect(every).toBeGreaterThan(10);
    expect(all.meta.total).toBe(every);
    // Full pages (counted), the short last page and an empty page past the end (read off the page).
    for (const [limit, offset] of [
      [5, 0],
      [5, every - 5],
      [7, every - 3],
      [5, every + 5],
    ]) {
      const { body } = await getJson(app(), `${url}&limit=${limit}&offset=${offset}`);
      expect(body.meta.total, `limit=${limit}&offset=${offset}`).toBe(every);
    }
  });

  it('a metric’s key finds the figures of that metric', async () => {
    const key = 'investment.funds_in_place';
    const found = (await all(`/indicators?q=${key}`)).map((r) => r.id);
    const ofMetric = seed.indicators.filter((i) => i.metric === key).map((i) => i.id);
    expect(ofMetric.length).toBeGreaterThan(2);
    expect(found).toEqual(expect.arrayContaining(ofMetric));
  });

  it('FTS5 syntax in a query is text, never an operator', async () => {
    for (const q of ['"NEAR(', 'a OR b', '张掖*', '-张掖', '(张掖']) {
      const { response } = await getJson(app(), `/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
    }
    const { response } = await getJson(app(), `/search?q=${encodeURIComponent('()')}`);
    expect(response.statusCode).toBe(400);
  });
});

describe('facets and pagination', () => {
  it('facets count values over the whole filtered set', async () => {
    const { body } = await getJson(app(), '/indicators?within=zhangye&facets=city,unit&limit=1');
    const byCity = new Map<string, number>();
    for (const i of seed.indicators.filter((x) => zhangyeAreas.has(x.city))) byCity.set(i.city, (byCity.get(i.city) ?? 0) + 1);
    expect(new Map(body.meta.facets.city.map((f: { value: string; count: number }) => [f.value, f.count]))).toEqual(byCity);
    expect(body.meta.facets.unit.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(body.meta.total);
  });

  it('a yes-or-no field counts as true and false, over the whole table or a filtered set', async () => {
    for (const url of [
      '/indicators?facets=estimated,corroborated',
      '/indicators?city=linze&facets=estimated,corroborated',
      '/projects?facets=corroborated',
      '/projects?sector=energy&facets=corroborated',
    ]) {
      const { body } = await getJson(app(), `${url}&limit=1`);
      for (const [field, values] of Object.entries(body.meta.facets as Record<string, { value: unknown; count: number }[]>)) {
        for (const { value } of values) expect(typeof value, `${url} ${field}`).toBe('boolean');
        expect(
          values.reduce((n, f) => n + f.count, 0),
          `${url} ${field}`,
        ).toBe(body.meta.total);
      }
    }
  });

  it('facets over all indicators count every row; facet_limit keeps the most frequent and says how many it left out', async () => {
    const byMetric = new Map<string, number>();
    for (const i of seed.indicators) byMetric.set(i.metric, (byMetric.get(i.metric) ?? 0) + 1);
    const all = await getJson(app(), '/indicators?facets=metric&limit=1');
    expect(new Map(all.body.meta.facets.metric.map((f: { value: string; count: number }) => [f.value, f.count]))).toEqual(byMetric);
    expect(all.body.meta.facets_omitted).toBeUndefined();
    const counts = all.body.meta.facets.metric.map((f: { count: number }) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const url of [
      '/indicators?facets=metric&facet_limit=5&limit=1',
      '/indicators?facets=metric&facet_limit=5&limit=1&estimated=false',
    ]) {
      const { body } = await getJson(app(), url);
      expect(body.meta.facets.metric).toHaveLength(5);
      const distinct = new Set(seed.indicators.filter((i) => !url.includes('estimated') || !i.estimated).map((i) => i.metric)).size;
      expect(body.meta.facets_omitted).toEqual({ metric: distinct - 5 });
    }
    expect((await getJson(app(), '/indicators?facets=metric&facet_limit=0')).response.statusCode).toBe(400);
  });

  it('a page links the pages before and after it, in the body and in an RFC 8288 Link header', async () => {
    const { response, body } = await getJson(app(), '/indicators?limit=10');
    expect(body.links.prev).toBeNull();
    expect(response.headers.link).toBe(`<${body.links.next}>; rel="next"`);
    // A page that starts within the first limit has the first page before it, not one before the start.
    const near = await getJson(app(), '/indicators?limit=10&offset=3');
    expect(near.body.links.prev).toBe('/indicators?limit=10&offset=0');
    expect(near.response.headers.link).toContain('</indicators?limit=10&offset=0>; rel="prev"');
    const middle = await getJson(app(), '/indicators?limit=10&offset=15');
    expect(middle.body.links.prev).toBe('/indicators?limit=10&offset=5');
    expect(middle.response.headers.link).toBe(`<${middle.body.links.next}>; rel="next", <${middle.body.links.prev}>; rel="prev"`);
    const total = body.meta.total;
    const last = await getJson(app(), `/indicators?limit=10&offset=${total - 1}`);
    expect(last.body.links.next).toBeNull();
    expect(last.response.headers.link).toBe(`</indicators?limit=10&offset=${total - 11}>; rel="prev"`);
    // The first page has neither.
    expect((await getJson(app(), `/indicators?limit=${total}`)).response.headers.link).toBeUndefined();
    // Past the end, and just at it, the page before is the last page with rows.
    const atEnd = await getJson(app(), `/indicators?limit=10&offset=${total}`);
    expect(atEnd.body.data).toEqual([]);
    expect(atEnd.body.links.prev).toBe(`/indicators?limit=10&offset=${Math.floor((total - 1) / 10) * 10}`);
    const past = await getJson(app(), `/indicators?limit=10&offset=${total + 100}&total=exact`);
    expect(past.body.links.prev).toBe(`/indicators?total=exact&limit=10&offset=${Math.floor((total - 1) / 10) * 10}`);
  });

  it('reads a value named twice in a list as named once: the same links, the same ETag', async () => {
    const once = await getJson(app(), '/indicators?city=wuwei&limit=1');
    const twice = await getJson(app(), '/indicators?city=wuwei,wuwei&limit=1');
    expect(twice.body.links.self).toBe('/indicators?city=wuwei&limit=1&offset=0');
    expect(twice.body.links.self).toBe(once.body.links.self);
    expect(twice.response.headers.etag).toBe(once.response.headers.etag);
  });
});

describe('CSV', () => {
  it('every row of the filtered set, with a BOM, a header and a file name', async () => {
    const json = await getJson(app(), '/indicators?within=zhangye&limit=5');
    const csv = await app().inject({ url: '/indicators?within=zhangye&limit=5', headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="indicators-within-zhangye.csv"');
    expect(csv.body.startsWith('\uFEFFid,city,metric,')).toBe(true);
    const records = csv.body.slice(1).trim().split('\r\n');
    expect(records.length - 1).toBe(json.body.meta.total);
    const viaFormat = await app().inject('/cities/wuwei/indicators?format=csv');
    expect(viaFormat.headers['content-disposition']).toBe('attachment; filename="wuwei-indicators.csv"');
  });

  it('is named for its filters, so a subset saved from a browser never takes the whole table’s name', async () => {
    const nameOf = async (url: string) => {
      const response = await app().inject(url);
      expect(response.statusCode, url).toBe(200);
      return response.headers['content-disposition'];
    };
    const named = (file: string) => `attachment; filename="${file}.csv"`;
    // The whole table, in any order and whatever page was asked for: its own name, as /downloads/ gives it.
    expect(await nameOf('/downloads/indicators.csv')).toBe(named('indicators'));
    expect(await nameOf('/indicators?format=csv&sort=-value_base&limit=5&offset=10')).toBe(named('indicators'));
    expect(await nameOf('/indicators?format=csv&facets=metric&facet_limit=5&total=exact')).toBe(named('indicators'));
    // Narrowed, by rows or by columns: the filters in the order the API documents them.
    expect(await nameOf('/indicators?city=wuwei&format=csv')).toBe(named('indicators-city-wuwei'));
    expect(await nameOf('/indicators?year=2023&city=wuwei,zhangye&format=csv')).toBe(named('indicators-year-2023-city-wuwei+zhangye'));
    expect(await nameOf('/indicators?q=tourism&format=csv')).toBe(named('indicators-q-tourism'));
    expect(await nameOf('/indicators?fields=id,value&format=csv')).toBe(named('indicators-fields-id+value'));
    expect(await nameOf('/cities/wuwei/indicators?year=2023&format=csv')).toBe(named('wuwei-indicators-year-2023'));
    // A value a file name cannot carry as it is, or too many filters: still not the table's name.
    expect(await nameOf(`/indicators?q=${encodeURIComponent('武威')}&format=csv`)).toBe(named('indicators-filtered'));
    expect(await nameOf('/indicators?metric=tourism.*&format=csv')).toBe(named('indicators-filtered'));
    // Up to 80 characters a name keeps its filters; past them it gives way.
    const asking = (length: number) => `indicators-q-${'a'.repeat(length - 'indicators-q-'.length)}`;
    expect(await nameOf(`/indicators?q=${asking(80).slice(13)}&format=csv`)).toBe(named(asking(80)));
    expect(await nameOf(`/indicators?q=${asking(81).slice(13)}&format=csv`)).toBe(named('indicators-filtered'));
    expect(
      await nameOf('/indicators?within=zhangye&metric=investment.funds_in_place&unit=CNY&qualifier=exact&estimated=false&format=csv'),
    ).toBe(named('indicators-filtered'));
    expect(await nameOf('/projects?city=jiuquan&format=csv')).toBe(named('projects-city-jiuquan'));
    // A comparison and a search are named for what they ask, so two of them never share a name.
    expect(await nameOf('/compare?metric=projects.count&cities=zhangye&format=csv')).toBe(
      named('compare-metric-projects.count-cities-zhangye'),
    );
    expect(await nameOf('/compare?metric=projects.count&cities=gansu&format=csv')).toBe(
      named('compare-metric-projects.count-cities-gansu'),
    );
    expect(await nameOf('/search?q=tourism&format=csv')).toBe(named('search-q-tourism'));
  });
});

describe('HTTP', () => {
  it('ETag carries the dataset version; If-None-Match answers 304', async () => {
    const { body: root } = await getJson(app(), '/');
    const first = await app().inject('/cities/wuwei/indicators');
    expect(first.headers.etag).toMatch(new RegExp(`^"${root.version}-`));
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await app().inject({ url: '/cities/wuwei/indicators', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app().inject('/cities/gansu/indicators');
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('CORS is open for reading, and large answers are compressed', async () => {
    const response = await app().inject({
      url: '/indicators?limit=500',
      headers: { origin: 'https://example.org', 'accept-encoding': 'gzip' },
    });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.rawPayload).toString()).meta.total).toBe(seed.indicators.length);
  });
});

describe('compare, cite', () => {
  it('/compare puts a metric side by side across cities in base units, only figures of one scope', async () => {
    // Gansu's 2023 funds in place count out-of-province investors only; Wuwei's count all: not like with like.
    const gansu = seed.indicators.find((i) => i.id === '001-i076');
    expect(gansu).toMatchObject({ city: 'gansu', metric: 'investment.funds_in_place', scope: 'out_of_province' });
    const { body } = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023');
    expect(body.data.map((r: { city: string; value_base: number }) => [r.city, r.value_base])).toEqual([['wuwei', 42949000000]]);
    expect(body.meta.scope).toMatchObject({ scope: null, rows: 1 });
    // Each row says its number as the article writes it, as its record does.
    expect(body.data[0]).toMatchObject({ indicator: '000-i031', value_text: '429.49', unit_zh: '亿元' });
    expect(body.meta.left_out).toEqual([expect.objectContaining({ scope: 'out_of_province', rows: 1, rows_exact: true })]);
    expect(body.meta.left_out[0].reason_en).toMatch(/scope=out_of_province/);
    // Asked for, the other scope is compared, and the first is the one left out.
    const out = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023&scope=out_of_province');
    expect(out.body.data.map((r: { city: string; value_base: number }) => [r.city, r.value_base])).toEqual([['gansu', 596127000000]]);
    expect(out.body.meta.left_out.map((s: { scope: string | null }) => s.scope)).toEqual([null]);
    // The scope a comparison names is a record of /scopes, with the name the comparison gives it.
    const scope = await getJson(app(), `/scopes/${out.body.meta.scope.scope}`);
    expect(scope.response.statusCode).toBe(200);
    expect(scope.body).toMatchObject({
      key: 'out_of_province',
      name_zh: out.body.meta.scope.name_zh,
      name_en: out.body.meta.scope.name_en,
    });
    // A scope asked for that no row of these areas has is still named, with no row, not null.
    const none = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuwei&year=2023&scope=out_of_province');
    expect(none.body.data).toEqual([]);
    expect(none.body.meta.scope).toEqual({ ...out.body.meta.scope, rows: 0, rows_exact: true });
    expect(none.body.meta.left_out.map((s: { scope: string | null }) => s.scope)).toEqual([null]);
    expect(none.body.meta.left_out[0].reason_zh).toContain(`不同于${out.body.meta.scope.name_zh}（out_of_province；`);
    expect((await getJson(app(), '/scopes?limit=500')).body.data.map((s: { key: string }) => s.key).sort()).toEqual(
      seed.scopes.map((s) => s.key).sort(),
    );
    const sorted = await getJson(app(), '/compare?metric=projects.count&within=gansu&sort=-value_base&limit=3');
    const values = sorted.body.data.map((r: { value_base: number }) => r.value_base);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(sorted.body.data[0].label_zh).toMatch(/\p{Script=Han}/u);
    const unknown = await getJson(app(), '/compare?metric=nothing.here&cities=wuwei');
    expect(unknown.response.statusCode).toBe(400);
    expect(unknown.body.invalid_params[0].name).toBe('metric');
  });

  it('/compare names the areas asked for that have no row compared, whatever the reason', async () => {
    // An area with no figure of the metric, and one with figures of a scope left out only, are both named.
    for (const url of [
      '/compare?metric=investment.funds_in_place&cities=wuwei,zhangye,jiuquan',
      '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023',
      '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023&scope=out_of_province',
      '/compare?metric=projects.count&within=gansu&cities=zhangye,linze&limit=1',
    ]) {
      const { body } = await getJson(app(), url);
      const asked = new URL(url, 'http://x').searchParams;
      // Each area asked for, as a list of the metric's figures of the scope compared (and year) would have it.
      const none: string[] = [];
      for (const city of asked.get('cities')?.split(',') ?? []) {
        const list = new URLSearchParams({ metric: String(asked.get('metric')), city, scope: body.meta.scope.scope ?? 'none', limit: '1' });
        if (asked.get('year')) list.set('year', String(asked.get('year')));
        if ((await getJson(app(), `/indicators?${list}`)).body.meta.total === 0) none.push(city);
      }
      expect(body.meta.without, url).toEqual(none);
    }
    const three = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuwei,zhangye,jiuquan');
    expect(three.body.meta.without.length).toBeGreaterThan(0);
  });

  it('/compare says why each scope was left out and how to compare it, in English and Chinese', async () => {
    const scopes = new Map(seed.scopes.map((s) => [s.key, s]));
    const oop = scopes.get('out_of_province');
    if (!oop) throw new Error('out_of_province is not a scope of the seed');
    // The metric exactly compared: the other scope is named, and asked for by its key.
    const exactly = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023');
    expect(exactly.body.meta.left_out).toMatchObject([
      {
        reason_en: `Its scope is ${oop.name_en}, not the metric exactly: compare it with scope=out_of_province.`,
        reason_zh: `口径为${oop.name_zh}，不同于指标本身；可用 scope=out_of_province 比较。`,
      },
    ]);
    // scope=none asks for the figures that are the metric exactly, even where an area has only another scope's.
    const none = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=gansu&year=2023&scope=none');
    expect(none.body.data).toEqual([]);
    expect(none.body.meta.scope).toEqual({ scope: null, name_zh: null, name_en: null, rows: 0, rows_exact: true });
    expect(none.body.meta.left_out).toMatchObject([
      {
        scope: 'out_of_province',
        reason_en: `Its scope is ${oop.name_en}, not the metric exactly: compare it with scope=out_of_province.`,
        reason_zh: `口径为${oop.name_zh}，不同于指标本身；可用 scope=out_of_province 比较。`,
      },
    ]);
    // A scope asked for that no figure here has, and one whose figures are a metric of their own.
    const missing = await getJson(app(), '/compare?metric=investment.funds_in_place&cities=wuwei&year=2023&scope=out_of_province');
    expect(missing.body.meta.left_out).toMatchObject([
      {
        scope: null,
        reason_en: `Its scope is the metric exactly, not ${oop.name_en} (out_of_province), which no figure here has: compare it with scope=none.`,
        reason_zh: `口径为指标本身，不同于${oop.name_zh}（out_of_province；此处没有该口径的数据）；可用 scope=none 比较。`,
      },
    ]);
    const own = 'investment.out_of_province_funds_in_place.growth';
    expect(seed.metrics.some((m) => m.key === own)).toBe(true);
    const elsewhere = await getJson(app(), '/compare?metric=investment.funds_in_place.growth&within=gansu&scope=out_of_province');
    expect(elsewhere.body.meta.left_out).toMatchObject([
      {
        scope: null,
        reason_en: `Its scope is the metric exactly, not ${oop.name_en} (out_of_province), whose figures are the metric ${own}: compare it with scope=none.`,
        reason_zh: `口径为指标本身，不同于${oop.name_zh}（out_of_province；该口径的数据为指标 ${own}）；可用 scope=none 比较。`,
      },
    ]);
    // Asked by a retired key that meant a scope, the figures of no scope are its metric's, asked by that metric.
    const retired = await getJson(app(), '/compare?metric=investment.out_of_province_funds_in_place&cities=wuwei,gansu&year=2023');
    const [alias] = retired.body.meta.aliases;
    expect(alias).toMatchObject({ alias: 'investment.out_of_province_funds_in_place', scopes: ['out_of_province'] });
    expect(retired.body.meta.left_out).toMatchObject([
      {
        scope: null,
        reason_en: `Its scope is the metric exactly, not ${oop.name_en}: compare it with metric=${alias.metrics[0]}&scope=none.`,
        reason_zh: `口径为指标本身，不同于${oop.name_zh}；可用 metric=${alias.metrics[0]}&scope=none 比较。`,
      },
    ]);
  });

  it('/compare with year= counts the undated figures it leaves out, as its link lists them', async () => {
    for (const url of [
      '/compare?metric=investment.funds_in_place&cities=wuwei,gansu&year=2023',
      '/compare?metric=investment.funds_in_place&within=zhangye&cities=wuwei&year=2023',
      '/compare?metric=investment.funds_in_place&within=zhangye&year=2023&scope=out_of_province',
      '/compare?metric=energy.generation_capacity&within=zhangye&year=2023&scope=none',
      '/compare?metric=investment.funds_in_place&cities=gansu&year=2023',
    ]) {
      const asked = new URL(url, 'http://x').searchParams;
      const areas = areasAsked(asked);
      const scope = asked.get('scope');
      // Of the scope asked for, or of every scope when none was.
      const undated = seed.indicators
        .filter((i) => i.metric === asked.get('metric') && areas.has(i.city) && i.period === null)
        .filter((i) => scope === null || i.scope === (scope === 'none' ? null : scope))
        .map((i) => i.id)
        .sort();
      const { body } = await getJson(app(), url);
      if (undated.length === 0) {
        expect(body.meta.undated, url).toBeUndefined();
        continue;
      }
      expect(body.meta.undated, url).toMatchObject({ total: undated.length, total_exact: true });
      const listed = await getJson(app(), `${body.meta.undated.link}&limit=500`);
      expect(listed.body.data.map((i: { id: string }) => i.id).sort(), url).toEqual(undated);
    }
  });

  it('/compare compares the figures that are the metric exactly where there are any, else the scope most rows have (of a tie, the first key)', async () => {
    const chosen: (string | null)[] = [];
    for (const url of [
      '/compare?metric=projects.total_investment&within=zhangye',
      '/compare?metric=projects.count&cities=gansu,jiayuguan,jiuquan',
      '/compare?metric=projects.count&cities=gansu,jiayuguan,jiuquan,linze',
    ]) {
      const asked = new URL(url, 'http://x').searchParams;
      const areas = areasAsked(asked);
      const figures = seed.indicators.filter((i) => i.metric === asked.get('metric') && areas.has(i.city));
      const counts = new Map<string | null, number>();
      for (const i of figures) counts.set(i.scope, (counts.get(i.scope) ?? 0) + 1);
      // In the order a comparison names them: none first, then by key.
      const present = [...counts.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a < b ? -1 : a > b ? 1 : 0));
      const most = Math.max(...counts.values());
      const expected = counts.has(null) ? null : (present.find((s) => counts.get(s) === most) ?? null);
      const { body } = await getJson(app(), url);
      expect(body.meta.scope, url).toMatchObject({ scope: expected, rows: counts.get(expected) });
      expect(
        body.meta.left_out.map((s: { scope: string | null; rows: number }) => [s.scope, s.rows]),
        url,
      ).toEqual(present.filter((s) => s !== expected).map((s) => [s, counts.get(s)]));
      // Each row as its figure is curated, estimated or not.
      expect(
        body.data.map((r: { indicator: string; estimated: boolean }) => [r.indicator, r.estimated]),
        url,
      ).toEqual(
        figures
          .filter((i) => i.scope === expected)
          .map((i) => [i.id, i.estimated])
          .sort(),
      );
      chosen.push(expected);
    }
    // None, though another scope has more rows; the scope with most rows, though not the first key; the first key of two as many.
    expect(chosen).toEqual([null, 'province_listed_major_projects', 'key_projects']);
  });

  it('/compare lists the rows by area, then by the start of their period', async () => {
    const { body } = await getJson(app(), '/compare?metric=problems.resolved&cities=wuwei,gansu');
    const rows = body.data as { city: string; period_start: string | null; indicator: string }[];
    // An undated row first in its area.
    const key = (r: (typeof rows)[number]) => [r.city, r.period_start ?? '0000', r.indicator].join('|');
    expect(rows.map(key)).toEqual(rows.map(key).sort());
    // Two areas, and two periods of one.
    expect(new Set(rows.map((r) => r.city)).size).toBeGreaterThan(1);
    expect(new Set(rows.filter((r) => r.city === rows[0].city).map((r) => r.period_start)).size).toBeGreaterThan(1);
  });

  it('/indicators/{id}/cite quotes the passage and its location in each format', async () => {
    const indicator = seed.indicators.find((i) => i.value_text === '429.49');
    if (!indicator) throw new Error('429.49 is not in the seed');
    const quote = seed.passages.find((p) => p.id === indicator.evidence[0]);
    const text = await app().inject(`/indicators/${indicator.id}/cite`);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.body).toContain(`“${quote?.text}”`);
    expect(text.body).toContain(`code points ${quote?.start}–${quote?.end}`);
    const bib = await app().inject(`/indicators/${indicator.id}/cite?format=bibtex`);
    expect(bib.body).toMatch(/^@article\{ledger-/);
    const csl = JSON.parse((await app().inject(`/complaints/${seed.complaints[0].id}/cite?format=csl-json`)).body);
    expect(csl[0]).toMatchObject({ type: 'article-newspaper', language: 'zh-Hans' });
  });
});

describe('sparse fields', () => {
  it('fields= keeps only the fields asked for, in JSON and CSV, lists and records alike, and names an unknown one', async () => {
    const list = await getJson(app(), '/indicators?city=wuwei&fields=id,value_base,evidence&limit=3');
    expect(list.body.data).toHaveLength(3);
    for (const record of list.body.data) expect(Object.keys(record)).toEqual(['id', 'value_base', 'evidence']);
    const one = await getJson(app(), '/projects/cssc-300mw-photovoltaic-power?fields=name_zh,events');
    expect(Object.keys(one.body)).toEqual(['name_zh', 'events']);
    const csv = await app().inject('/indicators?city=wuwei&fields=id,value,evidence&format=csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFid,value,evidence_ids,evidence_sources,evidence_spans,evidence_text,evidence_text_zh_hans,evidence_text_en',
    );
    const compare = await getJson(app(), '/compare?metric=projects.count&within=gansu&fields=city,value_base');
    for (const row of compare.body.data) expect(Object.keys(row)).toEqual(['city', 'value_base']);
    const unknown = await getJson(app(), '/indicators?fields=id,nope');
    expect(unknown.response.statusCode).toBe(400);
    expect(unknown.body.invalid_params[0].name).toBe('fields');
  });
});

describe('records as curated', () => {
  it('are corroborated where, and only where, quotes from two articles or more carry them', async () => {
    for (const type of ['indicators', 'projects']) {
      const rows = (await getJson(app(), `/${type}?limit=500&fields=id,corroborated,evidence`)).body.data as {
        id: string;
        corroborated: boolean;
        evidence: { source: string }[];
      }[];
      for (const r of rows) expect(r.corroborated, `${type}/${r.id}`).toBe(new Set(r.evidence.map((e) => e.source)).size > 1);
    }
  });

  it('give their evidence, and a project its events, in the order the seed lists them, in a list and alone', async () => {
    type Curated = { id: string; evidence: string[]; events?: { status: string; evidence: string[] }[] };
    const asServed = (r: { evidence: { id: string }[] }) => r.evidence.map((e) => e.id);
    for (const [type, records] of Object.entries({
      indicators: seed.indicators,
      initiatives: seed.initiatives,
      complaints: seed.complaints,
      projects: seed.projects,
    }) as [string, Curated[]][]) {
      const listed = new Map<string, { evidence: { id: string }[]; events?: unknown[] }>(
        (await getJson(app(), `/${type}?limit=500&fields=id,evidence${type === 'projects' ? ',events' : ''}`)).body.data.map(
          (r: { id: string }) => [r.id, r],
        ),
      );
      expect(listed.size, type).toBe(records.length);
      for (const record of records) {
        const served = listed.get(record.id);
        if (!served) throw new Error(`${type}/${record.id} not listed`);
        expect(asServed(served), `${type}/${record.id}`).toEqual(record.evidence);
        if (record.events)
          expect(
            (served.events as Curated['events'])?.map((e) => [e.status, e.evidence]),
            record.id,
          ).toEqual(record.events.map((e) => [e.status, e.evidence]));
      }
      // Several quotes: the record alone gives them in the same order.
      const several = records.filter((r) => r.evidence.length > 2).slice(0, 3);
      for (const record of several)
        expect(asServed((await getJson(app(), `/${type}/${record.id}`)).body), record.id).toEqual(record.evidence);
    }
  });
});

describe('parameters read strictly', () => {
  it('an empty, hexadecimal, exponent or repeated number, or a date that does not exist, is a 400 saying what is allowed', async () => {
    const cases: [string, string, RegExp][] = [
      ['/indicators?max=', 'max', /a decimal number/],
      ['/indicators?limit=0x1F4', 'limit', /whole number in decimal digits/],
      ['/indicators?limit=%2B5', 'limit', /whole number in decimal digits/],
      ['/indicators?offset=1e2', 'offset', /whole number in decimal digits/],
      ['/indicators?year=2023.0', 'year', /whole number/],
      ['/indicators?from=2023-99-99', 'from', /a date that exists \(2023-99-99 does not\)/],
      ['/indicators?period=2023-13', 'period', /a period that exists \(2023-13 does not\)/],
      ['/indicators?from=2024-01-01&to=2023-01-01', 'to', /on or after from= \(2024-01-01\)/],
      ['/cities/wuwei/indicators?reported_from=2024-01-01&reported_to=2023-01-01', 'reported_to', /on or after reported_from=/],
      ['/indicators?min=1e9&max=5', 'max', /a number at least min= \(1000000000\)/],
      // A page route's format= offers html too, a record's (which has no format= of its own) json and html.
      ['/indicators?format=xml', 'format', /^one of json, csv, html$/],
      ['/indicators?within=wuwei,zhangye', 'within', /^one city: within= takes one, not a list$/],
      ['/sources/000?format=xml', 'format', /^one of json, html$/],
      ['/compare?metric=tourism.*&cities=wuwei', 'metric', /one metric key, not the family tourism\.\*: tourism\./],
      ['/indicators?limit=1&limit=2', 'limit', /given 2 times; give it once/],
      ['/compare?metric=projects.count&within=gansu&year=', 'year', /whole number/],
      ['/indicators?city=', 'city', /^give at least one value$/],
      ['/complaints?initiative=', 'initiative', /^give at least one value$/],
      ['/indicators?undated=true&to=2023-01-01', 'undated', /which to= leaves out/],
      ['/cities/wuwei/indicators?undated=true&from=2023-01-01', 'undated', /which from= leaves out/],
    ];
    for (const [url, name, reason] of cases) {
      const { response, body } = await getJson(app(), url);
      expect(response.statusCode, url).toBe(400);
      expect(body.invalid_params, url).toContainEqual(expect.objectContaining({ name, reason: expect.stringMatching(reason) }));
      // One reason a parameter: a date not in YYYY-MM-DD form is not also called a date that does not exist.
      expect(new Set(body.invalid_params.map((p: { name: string }) => p.name)).size, url).toBe(body.invalid_params.length);
    }
    // Every parameter given twice is named, not only the first.
    const twice = await getJson(app(), '/cities?limit=1&limit=2&offset=1&offset=2');
    expect(twice.body.invalid_params.map((p: { name: string }) => p.name)).toEqual(['limit', 'offset']);
    // Numbers as people write them still work: 1e6 is a million for value bounds.
    expect((await getJson(app(), '/indicators?min=1e6&max=100000000&limit=1')).response.statusCode).toBe(200);
  });
});

describe('a search beside a sort, a page and metric families', () => {
  it('q= finds its matches in id order; sort= orders those matches, all of them and only them', async () => {
    const matches = await all('/indicators?q=investment');
    const ids = matches.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(4);
    expect(ids).toEqual([...ids].sort());
    const first = await getJson(app(), '/indicators?q=investment&limit=3&fields=id');
    expect(first.body.data.map((r: Row) => r.id)).toEqual(ids.slice(0, 3));
    const sorted = await getJson(app(), '/indicators?q=investment&sort=-value_base&limit=4');
    expect(sorted.body.meta.total).toBe(matches.length);
    const byValue = [...matches].sort((a, b) => b.value_base - a.value_base || (a.id < b.id ? -1 : 1));
    expect(sorted.body.data.map((r: Row) => r.id)).toEqual(byValue.slice(0, 4).map((r) => r.id));
  });

  it('an English word of three letters is a word: q=job finds the figures of a metric named with jobs', async () => {
    const metrics = new Set(seed.metrics.filter((m) => /\bjobs?\b/i.test(m.name_en)).map((m) => m.key));
    const said = seed.indicators.filter((i) => metrics.has(i.metric)).map((i) => i.id);
    expect(said.length).toBeGreaterThan(0);
    expect((await all('/indicators?q=job')).map((r) => r.id)).toEqual(expect.arrayContaining(said));
  });

  it('metric= takes keys and families together, each adding its figures', async () => {
    const [both, one, family] = await Promise.all([
      all('/indicators?metric=investment.funds_in_place,tourism.*'),
      all('/indicators?metric=investment.funds_in_place'),
      all('/indicators?metric=tourism.*'),
    ]);
    expect(one.length).toBeGreaterThan(0);
    expect(family.length).toBeGreaterThan(0);
    expect(both.map((r) => r.id).sort()).toEqual([...one, ...family].map((r) => r.id).sort());
  });
});

describe('/search by type, in rank order, marked', () => {
  it('/search type= keeps only hits of those types, in JSON and CSV, and totals only them', async () => {
    const q = encodeURIComponent('张掖');
    const every = (await getJson(app(), `/search?q=${q}&limit=500`)).body;
    for (const types of ['passage', 'city', 'passage,city']) {
      const wanted = types.split(',');
      const { body } = await getJson(app(), `/search?q=${q}&type=${types}&limit=500`);
      const expected = every.data.filter((h: { type: string }) => wanted.includes(h.type));
      expect(expected.length, types).toBeGreaterThan(0);
      expect(body.data.map((h: { type: string; id: string }) => `${h.type}:${h.id}`).sort(), types).toEqual(
        expected.map((h: { type: string; id: string }) => `${h.type}:${h.id}`).sort(),
      );
      expect(body.meta.total, types).toBe(expected.length);
      // A full page: the total is counted, of those types only.
      expect((await getJson(app(), `/search?q=${q}&type=${types}&limit=1`)).body.meta.total, types).toBe(expected.length);
      const csv = (await app().inject(`/search?q=${q}&type=${types}&format=csv`)).body.split('\r\n').filter(Boolean);
      expect(csv.length - 1, types).toBe(expected.length);
    }
  });

  it("/search best matches first: a record whose titles hold the query, the shortest titles first, then the index's rank", async () => {
    const q = '张掖';
    const { body } = await getJson(app(), `/search?q=${encodeURIComponent(q)}&type=indicator&limit=500`);
    const hits = body.data as { id: string; title_zh: string; title_en: string }[];
    // A Chinese term is matched in the Chinese title (张掖, not Zhangye).
    const titled = hits.filter((h) => h.title_zh.includes(q));
    const titleLength = (h: { title_zh: string; title_en: string }) => h.title_zh.length + h.title_en.length;
    expect(titled.length).toBeGreaterThan(5);
    expect(hits.slice(0, titled.length)).toEqual(titled);
    expect(titled.map(titleLength)).toEqual(titled.map(titleLength).sort((a, b) => a - b));
    // The rest in the order of the index's rank.
    const rest = new Set(hits.slice(titled.length).map((h) => h.id));
    const ranked = app()
      .db.$client.prepare(
        'select indicators.id as id from indicator_search cross join indicators on indicators.rowid = indicator_search.rowid where indicator_search match ? order by indicator_search.rank, indicators.id',
      )
      .all(matchExpression(q)) as { id: string }[];
    expect(rest.size).toBeGreaterThan(2);
    expect(hits.slice(titled.length).map((h) => h.id)).toEqual(ranked.map((r) => r.id).filter((id) => rest.has(id)));
  });

  it('/search finds a record by its name before the records that mention it (read17: the campaign came 45th for its name)', async () => {
    const seed = loadSeed();
    const named = [
      ...seed.data.initiatives.map((r) => ({ type: 'initiative', id: r.id, zh: r.name_zh, en: r.name_en })),
      ...seed.data.projects.map((r) => ({ type: 'project', id: r.id, zh: r.name_zh, en: r.name_en })),
      // search18: Sunan Yugur Autonomous County had come 12th of 12 for its name, 民乐县 last of 8.
      ...seed.data.cities.map((r) => ({ type: 'city', id: r.slug, zh: r.name_zh, en: r.name_en })),
    ];
    let first = 0;
    // Two searches a record: more than the rate limit lets one client ask.
    await withApp({ rateLimitMax: 0 }, async (unlimited) => {
      for (const record of named) {
        for (const name of [record.zh, record.en]) {
          const { body } = await getJson(unlimited, `/search?q=${encodeURIComponent(name)}&limit=500`);
          const hits = body.data as { type: string; id: string; title_zh: string | null; title_en: string | null }[];
          const at = hits.findIndex((h) => h.type === record.type && h.id === record.id);
          expect(at, name).toBeGreaterThanOrEqual(0);
          // Only records with titles as short as its own come before it.
          const length = record.zh.length + record.en.length;
          for (const h of hits.slice(0, at))
            expect((h.title_zh ?? '').length + (h.title_en ?? '').length, `${name}: ${h.id}`).toBeLessThanOrEqual(length);
          if (at === 0) first++;
        }
      }
    });
    expect(first / (2 * named.length)).toBeGreaterThan(0.9);
  });

  it('/search the highlight is of the Simplified reading where the term is in it, though the English has it too', async () => {
    const { body } = await getJson(app(), '/search?q=2023&type=passage&limit=500');
    expect(body.data.length).toBeGreaterThan(0);
    for (const hit of body.data) {
      if (!hit.passage.text_zh_hans.includes('2023')) continue;
      expect(hit.passage.highlight.replace(/<\/?mark>/g, ''), hit.id).toBe(
        hit.passage.text_zh_hans.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
      );
    }
  });

  it('/search terms that stand side by side are each marked', async () => {
    const { body } = await getJson(app(), `/search?q=${encodeURIComponent('招商 引资')}&type=passage&limit=500`);
    expect(body.data.map((h: { passage: { highlight: string } }) => h.passage.highlight).join('\n')).toContain(
      '<mark>招商</mark><mark>引资</mark>',
    );
  });
});

type Project = {
  id: string;
  kind: string;
  name_zh: string;
  events: { status: string; period_start: string | null; period_end: string | null }[];
};
describe('projects and initiatives filtered and sorted, and a CSV’s two readings', () => {
  it('/projects filters by status, kind and year, and sorts', async () => {
    const all = (await getJson(app(), '/projects?limit=500')).body.data as Project[];
    const ids = async (url: string) => ((await getJson(app(), url)).body.data as Project[]).map((p) => p.id).sort();
    const completed = all
      .filter((p) => p.events.some((ev) => ev.status === 'completed'))
      .map((p) => p.id)
      .sort();
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.length).toBeLessThan(all.length);
    expect(await ids('/projects?status=completed&limit=500')).toEqual(completed);
    const plants = all
      .filter((p) => p.kind === 'plant')
      .map((p) => p.id)
      .sort();
    expect(plants.length).toBeLessThan(all.length);
    expect(await ids('/projects?kind=plant&limit=500')).toEqual(plants);
    const in2023 = all
      .filter((p) =>
        p.events.some(
          (ev) =>
            (ev.period_start ?? '') <= '2023-12-31' && (ev.period_end ?? '9999') >= '2023-01-01' && (ev.period_start || ev.period_end),
        ),
      )
      .map((p) => p.id)
      .sort();
    expect(in2023.length).toBeGreaterThan(0);
    expect(await ids('/projects?year=2023&limit=500')).toEqual(in2023);
    const byName = (await getJson(app(), '/projects?sort=-name_zh&limit=500')).body.data.map((p: Project) => p.name_zh);
    const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(byName).toEqual([...all.map((p) => p.name_zh)].sort(codePoints).reverse());
  });

  it('/initiatives?kind= keeps only that kind', async () => {
    const all = (await getJson(app(), '/initiatives?limit=500')).body.data as { id: string; kind: string }[];
    const campaigns = all.filter((i) => i.kind === 'campaign').map((i) => i.id);
    expect(campaigns.length).toBeGreaterThan(0);
    expect(campaigns.length).toBeLessThan(all.length);
    expect((await getJson(app(), '/initiatives?kind=campaign&limit=500')).body.data.map((i: { id: string }) => i.id)).toEqual(campaigns);
  });

  it("a CSV's evidence_text is the passage verbatim and evidence_text_zh_hans its Simplified reading", async () => {
    const json = (await getJson(app(), '/cities/zhangye/indicators?limit=1&fields=id,evidence')).body.data[0];
    const [header, cells] = parse((await app().inject('/cities/zhangye/indicators?limit=1&fields=id,evidence&format=csv')).body, {
      bom: true,
    }) as string[][];
    expect(header).toEqual([
      'id',
      'evidence_ids',
      'evidence_sources',
      'evidence_spans',
      'evidence_text',
      'evidence_text_zh_hans',
      'evidence_text_en',
    ]);
    expect(json.evidence[0].text).not.toBe(json.evidence[0].text_zh_hans);
    expect(JSON.parse(cells[4])).toEqual(json.evidence.map((p: { text: string }) => p.text));
    expect(JSON.parse(cells[5])).toEqual(json.evidence.map((p: { text_zh_hans: string }) => p.text_zh_hans));
  });
});
