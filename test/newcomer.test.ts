/**
 * What a newcomer meets: a wrong value is an error that suggests the right one, never an empty
 * answer; measures are findable by words in either script or English; undated figures are counted,
 * not silently dropped; retired keys still answer; small lists a newcomer reaches for exist.
 */
import { describe, expect, it } from 'vitest';
import { getJson, useApp } from './helper.ts';
import { indicatorRows, seed } from './oracle.ts';

const app = useApp();

describe('wrong values must not look like no data', () => {
  it('an unknown value of a closed vocabulary is a 400 naming the parameter and the value, with the closest known values', async () => {
    const cases: [string, string, string, string[]][] = [
      ['/indicators?city=wuwie', 'city', 'wuwie', ['wuwei']],
      ['/indicators?city=武威', 'city', '武威', ['wuwei']],
      ['/indicators?city=Wuwei', 'city', 'Wuwei', ['wuwei']],
      ['/indicators?within=zhangyee', 'within', 'zhangyee', ['zhangye']],
      ['/indicators?within=張掖', 'within', '張掖', ['zhangye']],
      ['/indicators?source=009', 'source', '009', ['000', '001', '002']],
      ['/cities?parent=jiuqaun', 'parent', 'jiuqaun', ['jiuquan']],
      ['/initiatives?part_of=three-grasps', 'part_of', 'three-grasps', ['three-grasps-three-promotes']],
      ['/compare?metric=investment.funds_in_placee&cities=wuwei', 'metric', 'investment.funds_in_placee', ['investment.funds_in_place']],
    ];
    for (const [url, name, value, suggestions] of cases) {
      const { response, body } = await getJson(app(), encodeURI(url));
      expect(response.statusCode, url).toBe(400);
      const refused = body.invalid_params.find((p: { name: string }) => p.name === name);
      expect(refused, url).toMatchObject({ name, value });
      // Best first: the expected ones lead.
      expect(refused.suggestions.slice(0, suggestions.length), url).toEqual(suggestions);
      // A name of one (武威, Wuwei, 張掖) is no misspelling: it says whose name it is and that the code is taken (pages14).
      const named = /^(?:武威|Wuwei|張掖)$/.test(value);
      expect(body.detail, url).toMatch(
        named ? new RegExp(`"${value}" names city ${suggestions[0]}: ${name}= takes its code`) : /did you mean/,
      );
    }
    const tourism = await getJson(app(), '/indicators?metric=tourism');
    expect(tourism.response.statusCode).toBe(400);
    expect(tourism.body.invalid_params[0].suggestions.every((s: string) => s.startsWith('tourism.'))).toBe(true);
    // A family's name alone: the family first where a list takes one, its keys (visitors too) where one key is taken.
    expect(tourism.body.invalid_params[0].suggestions[0]).toBe('tourism.*');
    const one = await getJson(app(), '/compare?metric=tourism&cities=wuwei');
    expect(one.body.invalid_params[0].suggestions).toContain('tourism.visitors');
    expect(one.body.invalid_params[0].suggestions).not.toContain('tourism.*');
  });

  it('a withdrawn record answers 410 Gone with the reason, on its URL, its citation and as a filter; an id never used is a 404', async () => {
    expect(seed.retired.length).toBeGreaterThan(0);
    for (const r of seed.retired) {
      for (const url of [`/${r.record_type}s/${r.id}`, `/${r.record_type}s/${r.id}/cite`]) {
        const { response, body } = await getJson(app(), url);
        expect(response.statusCode, url).toBe(410);
        expect(body.withdrawn, url).toEqual({ reason_en: r.reason_en, reason_zh: r.reason_zh });
        expect(body.detail, url).toContain(r.reason_en);
      }
      const filter = await getJson(app(), `/indicators?${r.record_type}=${r.id}`);
      expect(filter.response.statusCode).toBe(400);
      expect(filter.body.invalid_params[0].reason).toMatch(/was withdrawn/);
    }
    const [first] = seed.retired;
    expect((await getJson(app(), `/${first.record_type}s/${first.id}x`)).response.statusCode).toBe(404);
  });

  it('every endpoint refuses a parameter it does not know, records and the dataset included', async () => {
    for (const url of [
      '/sources/002?foo=bar',
      '/cities/wuwei?pad=1',
      '/indicators/000-i031?x=1',
      '/?x=1',
      '/metrics/tourism.revenue?y=2',
    ]) {
      const { response, body } = await getJson(app(), url);
      expect(response.statusCode, url).toBe(400);
      expect(body.invalid_params[0].reason, url).toMatch(/unknown parameter/);
    }
  });

  it('Swagger UI fills in no optional filter of a list: "Try it out" returns a whole page', async () => {
    const doc = (await getJson(app(), '/openapi.json')).body;
    for (const [path, methods] of Object.entries(doc.paths) as [
      string,
      Record<string, { parameters?: { in: string; required?: boolean; name: string; schema: { example?: unknown }; example?: unknown }[] }>,
    ][]) {
      for (const op of Object.values(methods)) {
        for (const p of op.parameters ?? []) {
          if (p.in !== 'query' || p.required || path === '/compare') continue;
          expect(p.example ?? p.schema.example, `${path} ${p.name}`).toBeUndefined();
        }
      }
    }
  });
});

describe('findable measures', () => {
  it('/metrics?q= finds a measure by words in Simplified, Traditional or English', async () => {
    const keys = async (q: string) =>
      (await getJson(app(), `/metrics?q=${encodeURIComponent(q)}&fields=key`)).body.data.map((m: { key: string }) => m.key);
    const simplified = await keys('旅游');
    expect(simplified.length).toBeGreaterThan(0);
    expect(simplified.every((k: string) => k.startsWith('tourism.'))).toBe(true);
    expect(await keys('旅遊')).toEqual(simplified);
    expect(await keys('tourism')).toEqual(expect.arrayContaining(simplified));
    const search = await getJson(app(), '/search?q=tourism&type=metric');
    expect(search.body.data.map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(simplified));
  });

  it('/metrics/{key} gives the definition in both languages, the unit, how many records use it, and their areas and periods', async () => {
    const key = 'investment.funds_in_place';
    const rows = indicatorRows.filter((i) => i.metric === key);
    const { body } = await getJson(app(), `/metrics/${key}`);
    expect(body).toMatchObject({ key, unit: 'CNY', records: rows.length });
    expect(body.definition_zh).toMatch(/\p{Script=Han}/u);
    expect(body.areas).toEqual([...new Set(rows.map((r) => r.city))].sort());
    expect(body.periods).toEqual([...new Set(rows.flatMap((r) => (r.period ? [r.period] : [])))].sort());
    expect((await getJson(app(), '/metrics/nothing.here')).response.statusCode).toBe(404);
  });

  it('metric=tourism.* is the whole family, and a retired key answers for the keys it stands for, saying so', async () => {
    const family = await getJson(app(), '/indicators?metric=tourism.*&limit=500');
    expect(family.body.data.map((i: { id: string }) => i.id)).toEqual(
      indicatorRows.filter((i) => i.metric.startsWith('tourism.')).map((i) => i.id),
    );
    const alias = seed['metric-aliases'][0];
    const answered = await getJson(app(), `/indicators?metric=${alias.alias}&limit=500`);
    expect(answered.response.statusCode).toBe(200);
    expect(answered.body.meta.aliases).toEqual([expect.objectContaining({ alias: alias.alias, metrics: alias.metrics })]);
    expect(answered.body.data.every((i: { metric: string }) => alias.metrics.includes(i.metric))).toBe(true);
    const metric = await getJson(app(), `/metrics/${alias.metrics[0]}`);
    expect(metric.body.aliases).toContain(alias.alias);
    // Its own address leads to the key it became, keeping the query.
    const moved = await app().inject({ url: `/metrics/${alias.alias}?fields=key` });
    expect(moved.statusCode).toBe(308);
    expect(moved.headers.location).toBe(`/metrics/${alias.metrics[0]}?fields=key`);
    // As long as the data's answers, not a CDN's own guess for a redirect that could be undone.
    expect(moved.headers['cache-control']).toBe('public, max-age=3600, stale-while-revalidate=86400');
  });

  it('a retired key that meant a scope answers for its metric of that scope only, in lists and comparisons', async () => {
    const scoped = seed['metric-aliases'].filter((a) => a.scopes);
    expect(scoped.length).toBeGreaterThan(0);
    for (const alias of scoped) {
      const expected = indicatorRows.filter((i) => i.metric === alias.metrics[0] && alias.scopes?.includes(i.scope ?? ''));
      const { body } = await getJson(app(), `/indicators?metric=${alias.alias}&limit=500`);
      expect(body.data.map((i: { id: string }) => i.id)).toEqual(expected.map((i) => i.id));
      expect(body.meta.aliases).toEqual([expect.objectContaining({ alias: alias.alias, scopes: alias.scopes })]);
      // Another scope is its metric's: asked by the retired key, it is refused with the metric to ask.
      const none = await getJson(app(), `/indicators?metric=${alias.alias}&scope=none`);
      expect(none.response.statusCode).toBe(400);
      expect(none.body.invalid_params[0].reason).toContain(`for other scopes ask metric=${alias.metrics[0]}`);
      // One of its own scopes narrows it.
      const [first] = alias.scopes ?? [];
      const one = await getJson(app(), `/indicators?metric=${alias.alias}&scope=${first}&limit=500`);
      expect(one.body.data.map((i: { id: string }) => i.id)).toEqual(expected.filter((i) => i.scope === first).map((i) => i.id));
    }
    const funds = 'investment.out_of_province_funds_in_place';
    const compared = await getJson(app(), `/compare?metric=${funds}&within=gansu`);
    expect(compared.body.meta.scope.scope).toBe('out_of_province');
    expect(compared.body.data.every((r: { scope: string }) => r.scope === 'out_of_province')).toBe(true);
    expect(compared.body.meta.aliases).toEqual([expect.objectContaining({ alias: funds })]);
    // What it leaves out is its metric's other scopes, asked by that metric.
    expect(compared.body.meta.left_out[0].reason_en).toContain('compare it with metric=investment.funds_in_place&scope=');
    // A comparison is of one scope: an alias of two is asked to name one.
    const two = await getJson(app(), '/compare?metric=investment.projects_started&within=gansu');
    expect(two.response.statusCode).toBe(400);
    expect(two.body.invalid_params[0].suggestions).toEqual(['investment_promotion_projects', 'new_projects']);
    // Beside other metrics it is refused, with the spelling that says what it means.
    const mixed = await getJson(app(), `/indicators?metric=${funds},tourism.visitors`);
    expect(mixed.response.statusCode).toBe(400);
    expect(mixed.body.invalid_params[0].reason).toContain('metric=investment.funds_in_place&scope=out_of_province');
  });

  it('every out-of-province growth is one metric, so a prefecture and the province compare', async () => {
    const key = 'investment.out_of_province_funds_in_place.growth';
    const rows = indicatorRows.filter((i) => i.metric === 'investment.funds_in_place.growth' && i.scope === 'out_of_province');
    expect(rows).toEqual([]);
    const { body } = await getJson(app(), `/compare?metric=${key}&cities=wuwei,gansu`);
    expect(body.data.map((r: { city: string }) => r.city).sort()).toEqual(['gansu', 'wuwei']);
  });
});

describe('time, honestly', () => {
  it("a comparison's year counts the undated figures it leaves out, and links to them", async () => {
    const { body } = await getJson(app(), '/compare?metric=investment.funds_in_place&within=gansu&scope=out_of_province&year=2023');
    const undated = indicatorRows.filter(
      (i) => i.metric === 'investment.funds_in_place' && i.scope === 'out_of_province' && i.period === null,
    );
    expect(undated.length).toBeGreaterThan(0);
    expect(body.meta.undated).toMatchObject({ total: undated.length, total_exact: true });
    const listed = await getJson(app(), `${body.meta.undated.link}&limit=500`);
    expect(listed.body.data.map((i: { id: string }) => i.id).sort()).toEqual(undated.map((i) => i.id).sort());
    // A year with no dated row still links to the undated rows of the scope it counted.
    const none = await getJson(app(), '/compare?metric=investment.funds_in_place&within=gansu&scope=out_of_province&year=2099');
    expect(none.body.meta.undated.total).toBe(undated.length);
    expect((await getJson(app(), none.body.meta.undated.link)).body.meta.total).toBe(undated.length);
    // With no scope asked for, the undated figures of every scope are counted: Zhangye's one signed
    // amount is its investment bureau's, of a scope no dated row has, and is counted nowhere else.
    const zhangye = indicatorRows.filter((i) => i.metric === 'investment.signed_amount' && i.city === 'zhangye' && i.period === null);
    expect(new Set(zhangye.map((i) => i.scope)).has(null)).toBe(false);
    const signed = await getJson(app(), '/compare?metric=investment.signed_amount&cities=wuwei,zhangye&year=2023');
    const wuwei = indicatorRows.filter((i) => i.metric === 'investment.signed_amount' && i.city === 'wuwei' && i.period === null);
    expect(signed.body.meta.undated.total).toBe(zhangye.length + wuwei.length);
    const signedUndated = await getJson(app(), `${signed.body.meta.undated.link}&limit=500`);
    expect(signedUndated.body.data.map((i: { id: string }) => i.id).sort()).toEqual([...zhangye, ...wuwei].map((i) => i.id).sort());
    // Without a year nothing is left out for its period.
    expect(
      (await getJson(app(), '/compare?metric=investment.funds_in_place&within=gansu&scope=out_of_province')).body.meta.undated,
    ).toBeUndefined();
  });

  it('a time filter counts the figures it leaves out for having no period, and links to them', async () => {
    const { body } = await getJson(app(), '/indicators?city=wuwei&year=2023&limit=1');
    const undated = indicatorRows.filter((i) => i.city === 'wuwei' && i.period === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(body.meta.undated).toMatchObject({ total: undated.length, total_exact: true });
    const listed = await getJson(app(), `${body.meta.undated.link}&limit=500`);
    expect(listed.body.data.map((i: { id: string }) => i.id)).toEqual(undated.map((i) => i.id));
    // No time filter, no count: nothing was left out.
    expect((await getJson(app(), '/indicators?city=wuwei&limit=1')).body.meta.undated).toBeUndefined();
  });

  it('a year on projects counts those it leaves out because the text dates none of their events, and links to them', async () => {
    const all = (await getJson(app(), '/projects?limit=500&fields=id,city,events')).body.data as {
      id: string;
      city: string;
      events: { period_start: string | null; period_end: string | null }[];
    }[];
    const undated = all.filter((p) => p.events.every((e) => e.period_start === null && e.period_end === null)).map((p) => p.id);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.length).toBeLessThan(all.length);
    const { body } = await getJson(app(), '/projects?year=2023&limit=1');
    expect(body.meta.undated).toMatchObject({ total: undated.length, total_exact: true });
    const listed = await getJson(app(), `${body.meta.undated.link}&limit=500`);
    expect(listed.body.data.map((p: { id: string }) => p.id).sort()).toEqual([...undated].sort());
    // undated=false keeps the others; undated=true beside year= would keep nothing, and is refused.
    const dated = (await getJson(app(), '/projects?undated=false&limit=500')).body.data.map((p: { id: string }) => p.id);
    expect(dated.sort()).toEqual(
      all
        .map((p) => p.id)
        .filter((id) => !undated.includes(id))
        .sort(),
    );
    expect((await getJson(app(), '/projects?undated=true&year=2023')).response.statusCode).toBe(400);
    // The other filters stay: an area's count is of its own projects.
    const ganzhou = await getJson(app(), '/projects?city=ganzhou&year=2023&limit=1');
    expect(ganzhou.body.meta.undated.total).toBe(all.filter((p) => p.city === 'ganzhou' && undated.includes(p.id)).length);
    expect((await getJson(app(), '/projects?limit=1')).body.meta.undated).toBeUndefined();
  });

  it('every figure carries the date of the earliest article quoting it, where known, and reported_from/to filter on it', async () => {
    const dated = new Map(seed.sources.map((s) => [s.id, s.published_on]));
    const { body } = await getJson(app(), '/indicators?limit=500&fields=id,reported_on,evidence');
    for (const i of body.data) {
      const dates = i.evidence
        .map((e: { source: string }) => dated.get(e.source))
        .filter(Boolean)
        .sort();
      expect(i.reported_on, i.id).toBe(dates[0] ?? null);
    }
    const from = await getJson(app(), '/indicators?reported_from=2024-01-01&reported_to=2024-12-31&limit=500&fields=id,reported_on');
    expect(from.body.data.length).toBeGreaterThan(0);
    for (const i of from.body.data) expect(i.reported_on.startsWith('2024'), i.id).toBe(true);
  });
});

describe('small gaps', () => {
  it("/cities?parent= lists an area's children, level= filters by level", async () => {
    const { body } = await getJson(app(), '/cities?parent=zhangye');
    expect(body.data.map((c: { slug: string }) => c.slug)).toEqual(
      seed.cities
        .filter((c) => c.parent === 'zhangye')
        .map((c) => c.slug)
        .sort(),
    );
    const prefectures = await getJson(app(), '/cities?level=prefecture');
    expect(prefectures.body.data.every((c: { level: string }) => c.level === 'prefecture')).toBe(true);
  });

  it("/passages?source= lists an article's passages in the order they stand in it", async () => {
    const { body } = await getJson(app(), '/passages?source=002&limit=500');
    const expected = seed.passages.filter((p) => p.source === '002').sort((a, b) => a.start - b.start);
    expect(body.data.map((p: { id: string }) => p.id)).toEqual(expected.map((p) => p.id));
  });

  it('initiatives carry a Chinese description, the start date the text gives, and the campaign they belong to', async () => {
    const { body } = await getJson(app(), '/initiatives/three-grasps-three-promotes');
    expect(body.started_on).toBe('2023-02-13');
    expect(body.description_zh).toMatch(/\p{Script=Han}/u);
    // What belongs to the campaign, in one request.
    const parts = await getJson(app(), '/initiatives?part_of=three-grasps-three-promotes&limit=500&fields=id');
    const expected = seed.initiatives.filter((i) => i.part_of === 'three-grasps-three-promotes').map((i) => i.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(parts.body.data.map((i: { id: string }) => i.id)).toEqual(expected.sort());
  });
});
