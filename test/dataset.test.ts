/**
 * The dataset as a whole: every number of every article accounted for,
 * corroboration and conflicts between articles, names in both languages, and
 * the datasheet's counts in step with what the API serves.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { describe, expect, inject, it } from 'vitest';
import { loadSeed } from '../seed/load.ts';
import { coverage } from '../seed/verify.ts';
import { DEFAULT_SEED_DIR } from '../src/db/version.ts';
import { toSimplified } from '../src/domain/chinese.ts';
import { periodRange } from '../src/domain/periods.ts';
import { getJson, useApp, withApp } from './helper.ts';

const { data: seed } = loadSeed();
const sourceOf = new Map(seed.passages.map((p) => [p.id, p.source]));
const app = useApp();

/** The seed as loadSeed reads it after `change` edits the rows of one file of a copy of seed/. */
function seedCopyWith(file: string, change: (rows: Record<string, unknown>[]) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-seed-'));
  try {
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const path = join(dir, 'data', `${file}.json`);
    const rows = JSON.parse(readFileSync(path, 'utf8'));
    change(rows);
    writeFileSync(path, JSON.stringify(rows));
    return loadSeed(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('coverage', () => {
  it('accounts for every digit run of every article', () => {
    const report = coverage(seed);
    const table = [...report.perSource].map(
      ([source, c]) => `${source}: ${c.covered} covered, ${c.excluded} excluded, ${c.uncovered} uncovered`,
    );
    console.log(`digit runs per article\n${table.join('\n')}`);
    expect(report.uncovered).toEqual([]);
    expect([...report.perSource.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
    for (const counts of report.perSource.values()) expect(counts.covered).toBeGreaterThan(0);
  });

  it('loads with no problem, and an exclusion without a closed reason is one', () => {
    expect(loadSeed().problems).toEqual([]);
    const changed = seedCopyWith('exclusions', (rows) => {
      rows[0].reason = 'looks like a year';
    });
    expect(changed.problems).toContainEqual(expect.objectContaining({ file: 'data/exclusions.json', field: 'reason' }));
    expect(changed.data.exclusions).toHaveLength(seed.exclusions.length - 1);
  });
});

describe('records', () => {
  it('every record has Simplified and English names, every passage an English text', () => {
    const han = /\p{Script=Han}/u;
    for (const i of seed.indicators) expect(han.test(i.label_zh) && i.label_en.length > 0, i.id).toBe(true);
    for (const i of seed.initiatives) expect(han.test(i.name_zh) && i.name_en.length > 0, i.id).toBe(true);
    for (const c of seed.complaints) expect(han.test(c.title_zh) && c.title_en.length > 0, c.id).toBe(true);
    for (const c of seed.cities) expect(han.test(c.name_zh) && c.name_en.length > 0, c.slug).toBe(true);
    for (const p of seed.passages) expect(p.text_en.trim().length, p.id).toBeGreaterThan(0);
  });

  it('an article’s source line is its 来源 line as printed (in Simplified, 002’s), its notes in a note of their own', () => {
    const given = seed.sources.filter((s) => s.source_line !== null);
    expect(given.length).toBeGreaterThan(1);
    for (const source of given) {
      const printed = /[来來]源\s*[:：]\s*([^\s|]+)/.exec(seed.articles.get(source.id) ?? '')?.[1] ?? '';
      expect(toSimplified(printed), source.id).toBe(source.source_line);
    }
  });

  it('a description that names its articles, (001) and (003), names the same ones in both languages', () => {
    const articles = (text?: string | null) => [...new Set((text ?? '').match(/\(00\d\)/g) ?? [])].sort();
    const named = seed.initiatives.filter((i) => articles(i.description_zh).length > 0);
    expect(named.length).toBeGreaterThan(0);
    for (const i of named) expect(articles(i.description_en), i.id).toEqual(articles(i.description_zh));
    // Every article a description names is one of its evidence's.
    for (const i of named)
      for (const a of articles(i.description_zh))
        expect(
          i.evidence.map((e) => e.slice(0, 3)),
          i.id,
        ).toContain(a.slice(1, 4));
  });

  it('every period is a real period, and a campaign-to-date period starts at the launch the data gives the campaign', () => {
    const launch = seed.initiatives.find((i) => i.id === 'three-grasps-three-promotes')?.started_on;
    expect(launch).toBe('2023-02-13');
    let sinceLaunch = 0;
    for (const i of seed.indicators) {
      if (i.period === null) continue;
      expect(periodRange(i.period), i.id).not.toBeNull();
      // A range with a start is the campaign's to date, unless it is a resolved case's own dates.
      if (i.period.includes('/') && !i.period.startsWith('..') && i.complaint === null) {
        expect(i.period.slice(0, 10), i.id).toBe(launch);
        sinceLaunch++;
      }
    }
    expect(sinceLaunch).toBeGreaterThan(10);
  });

  it('city slugs are lowercase pinyin, a slug of another form is a problem, and Gansu codes sit under 62', () => {
    for (const c of seed.cities) {
      expect(c.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      if (c.code && (c.parent === 'gansu' || c.slug === 'gansu')) expect(c.code.startsWith('62'), c.slug).toBe(true);
    }
    for (const slug of ['Wuwei', 'wu wei', '武威', 'wuwei-']) {
      const changed = seedCopyWith('cities', (rows) => {
        rows[0].slug = slug;
      });
      expect(changed.problems, slug).toContainEqual(expect.objectContaining({ file: 'data/cities.json', field: 'slug' }));
    }
  });
});

describe('corroboration and conflicts', () => {
  const corroborated = seed.indicators.filter((i) => new Set(i.evidence.map((e) => sourceOf.get(e))).size > 1);

  it('a fact reported by two articles is one record with evidence from both', async () => {
    expect(corroborated.length).toBeGreaterThan(0);
    const { body } = await getJson(app(), '/indicators?corroborated=true&limit=500');
    expect(body.data.map((i: { id: string }) => i.id).sort()).toEqual(corroborated.map((i) => i.id).sort());
    for (const i of body.data) expect(new Set(i.evidence.map((e: { source: string }) => e.source)).size).toBeGreaterThan(1);
    const funds = corroborated.find((i) => i.value_text === '429.49');
    expect(funds && new Set(funds.evidence.map((e) => sourceOf.get(e)))).toEqual(new Set(['000', '003']));
  });

  it('/conflicts lists every metric, city and period that different articles report differently', async () => {
    // An independent reading of the same rule over the seed files.
    const groups = new Map<string, typeof seed.indicators>();
    for (const i of seed.indicators) {
      if (i.period === null) continue;
      const key = `${i.metric}|${i.city}|${i.period}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    const expected = [...groups]
      .filter(([, rows]) =>
        rows.some((a) =>
          rows.some((b) => {
            const sa = new Set(a.evidence.map((e) => sourceOf.get(e)));
            return a.value !== b.value && b.evidence.every((e) => !sa.has(sourceOf.get(e)));
          }),
        ),
      )
      .map(([key]) => key)
      .sort();
    const { body } = await getJson(app(), '/conflicts');
    const served = body.data.map((c: { metric: string; city: string; period: string }) => `${c.metric}|${c.city}|${c.period}`).sort();
    console.log(`conflicts: ${served.length ? served.join(', ') : 'none'}`);
    expect(served).toEqual(expected);
    expect(body.meta.total).toBe(expected.length);
  });

  /**
   * An app over a copy of the database in which 001 reports these figures otherwise (this version has no conflict),
   * or, `agreeing`, reports them as they are.
   */
  async function withConflicts(originals: string[], test: (conflicted: FastifyInstance) => Promise<void>, { agreeing = false } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-conflict-'));
    try {
      const path = join(dir, 'ledger.db');
      copyFileSync(inject('databasePath'), path);
      const db = new Database(path);
      originals.forEach((id, k) => {
        const copy = `x-i00${k + 1}`;
        const value = agreeing ? 'value, value_text, unit_zh, unit, value_base' : "1, '1', unit_zh, unit, 1e8";
        db.prepare(`insert into indicators select ?, city, metric, scope, label_zh, label_en, ${value}, qualifier,
          estimated, period, period_start, period_end, null, null, null, null, null, 0, null from indicators where id = ?`).run(copy, id);
        db.prepare("insert into evidence values ('indicator', ?, '001-p001', 0)").run(copy);
      });
      db.close();
      await withApp({ databasePath: path }, test);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('/conflicts as CSV gives every indicator in conflict, one row each, in the columns of /indicators', async () => {
    await withConflicts(['000-i031'], async (conflicted) => {
      const json = (await getJson(conflicted, '/conflicts')).body;
      expect(json.data.map((c: { indicators: { id: string }[] }) => c.indicators.map((i) => i.id))).toEqual([['000-i031', 'x-i001']]);
      const csv = await conflicted.inject({ url: '/conflicts', headers: { accept: 'text/csv' } });
      expect(csv.headers['content-disposition']).toBe('attachment; filename="conflicts.csv"');
      const [header, ...rows] = parse(csv.body, { bom: true }) as string[][];
      const [indicatorHeader] = parse((await conflicted.inject({ url: '/indicators?format=csv&limit=1' })).body, { bom: true, to: 1 });
      expect(header).toEqual(indicatorHeader);
      expect(rows.map((r) => [r[0], r[header.indexOf('metric')], r[header.indexOf('value')]])).toEqual([
        ['000-i031', 'investment.funds_in_place', '429.49'],
        ['x-i001', 'investment.funds_in_place', '1'],
      ]);
      // The page of the same list shows each conflict's figures.
      const page = await conflicted.inject({ url: '/conflicts', headers: { accept: 'text/html' } });
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('/indicators/000-i031');
      const narrowed = await conflicted.inject({ url: '/conflicts?format=csv&fields=metric,period' });
      // Named for its fields, as every list's narrowed export is: never saved over the whole set's file.
      expect(narrowed.headers['content-disposition']).toBe('attachment; filename="conflicts-fields-metric+period.csv"');
      const sparse = parse(narrowed.body, { bom: true });
      expect(sparse).toEqual([['metric', 'period'], ...rows.map((r) => [r[header.indexOf('metric')], r[header.indexOf('period')]])]);
    });
  });

  it('/conflicts leaves out a figure another article reports alike', async () => {
    await withConflicts(
      ['000-i031'],
      async (conflicted) => {
        expect((await getJson(conflicted, '/conflicts')).body).toMatchObject({ data: [], meta: { total: 0 } });
        // The copy is there, of the same metric, area and period, from another article.
        const same = (await getJson(conflicted, '/indicators?metric=investment.funds_in_place&city=wuwei&period=2023')).body.data;
        expect(same.map((i: { id: string }) => i.id)).toEqual(['000-i031', 'x-i001']);
      },
      { agreeing: true },
    );
  });

  it('/conflicts is paged as every list is: limit, offset, links and a Link header', async () => {
    // Two figures of 000 with a period, of two metrics, each reported otherwise by 001.
    const dated = seed.indicators.filter((i) => i.id.startsWith('000-') && i.period !== null);
    const second = dated.find((i) => i.metric !== 'investment.funds_in_place');
    expect(second).toBeDefined();
    await withConflicts(['000-i031', String(second?.id)], async (conflicted) => {
      const all = (await getJson(conflicted, '/conflicts')).body;
      expect(all.meta).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(all.links).toEqual({ self: '/conflicts?limit=50&offset=0', prev: null, next: null });
      const first = await conflicted.inject({ url: '/conflicts?limit=1' });
      const firstBody = first.json();
      expect(firstBody.data).toEqual(all.data.slice(0, 1));
      expect(firstBody.meta).toMatchObject({ total: 2, limit: 1, offset: 0 });
      expect(firstBody.links).toEqual({ self: '/conflicts?limit=1&offset=0', prev: null, next: '/conflicts?limit=1&offset=1' });
      expect(first.headers.link).toBe('</conflicts?limit=1&offset=1>; rel="next"');
      const last = await conflicted.inject({ url: firstBody.links.next });
      expect(last.json().data).toEqual(all.data.slice(1));
      expect(last.json().links.next).toBeNull();
      expect(last.headers.link).toBe('</conflicts?limit=1&offset=0>; rel="prev"');
      // Past the end, the page before is the last one with rows.
      expect((await getJson(conflicted, '/conflicts?limit=1&offset=9')).body.links.prev).toBe('/conflicts?limit=1&offset=1');
    });
  });
});

describe('the datasheet', () => {
  it("states the counts the API's / serves", async () => {
    const sheet = readFileSync(new URL('../docs/DATASHEET.md', import.meta.url), 'utf8');
    const { body } = await getJson(app(), '/');
    for (const [type, n] of Object.entries(body.counts as Record<string, number>)) {
      const row = new RegExp(`^\\|\\s*${type}\\s*\\|\\s*(\\d+)\\s*\\|`, 'm').exec(sheet);
      expect(row?.[1], `datasheet count of ${type}`).toBe(String(n));
    }
  });

  it('states the indicators by unit and qualifier, the estimated and the undated, as the data has them (cur15: these had gone stale unseen)', () => {
    const sheet = readFileSync(new URL('../docs/DATASHEET.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const tally = (key: (i: (typeof seed.indicators)[number]) => string) => {
      const counts: Record<string, number> = {};
      for (const i of seed.indicators) counts[key(i)] = (counts[key(i)] ?? 0) + 1;
      return counts;
    };
    const listed = (heading: string, upTo: string) => {
      const text = sheet.slice(
        sheet.indexOf(`**${heading}:**`) + heading.length + 5,
        sheet.indexOf(upTo, sheet.indexOf(`**${heading}:**`)),
      );
      return Object.fromEntries([...text.matchAll(/([A-Za-z_]+) (\d+)/g)].map((m) => [m[1], Number(m[2])]));
    };
    expect(listed('Indicators by unit', '**Qualifiers')).toEqual(tally((i) => i.unit));
    expect(listed('Qualifiers', ';')).toEqual(tally((i) => i.qualifier));
    expect(sheet).toContain(`; ${seed.indicators.filter((i) => i.estimated).length} are estimated`);
    expect(sheet).toContain(
      `**${seed.indicators.filter((i) => i.period === null).length} of ${seed.indicators.length} indicators have no period**`,
    );
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`The curated data has ${seed.indicators.length} indicators`);
  });

  it('names every withdrawn id, which no CSV holds, so a team comparing versions can tell it from one dropped (take12)', () => {
    const sheet = readFileSync(new URL('../docs/DATASHEET.md', import.meta.url), 'utf8');
    expect(seed.retired.length).toBeGreaterThan(0);
    for (const { id } of seed.retired) expect(sheet, id).toContain(`\`${id}\``);
  });

  it('states the projects by sector and by kind of status event, their events and the indicators linked to them (take17: these had gone stale unseen)', () => {
    const sheet = readFileSync(new URL('../docs/DATASHEET.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const projects = sheet.slice(sheet.indexOf('**Projects:**'), sheet.indexOf('**Is any information missing?**'));
    const words = (key: string) =>
      key.replaceAll('_', ' ').replace('culture tourism', 'culture and tourism').replace('commerce logistics', 'commerce and logistics');
    const bySector: Record<string, number> = {};
    for (const p of seed.projects) bySector[p.sector] = (bySector[p.sector] ?? 0) + 1;
    for (const [sector, n] of Object.entries(bySector))
      expect(projects, sector).toMatch(new RegExp(`(?:[,:]|by sector) ${words(sector)} ${n}[,;]`));
    const events = seed.projects.flatMap((p) => p.events);
    expect(projects).toContain(
      `${seed.projects.filter((p) => p.events.length > 0).length} have at least one status event, ${events.length} events in all`,
    );
    for (const status of new Set(events.map((e) => e.status))) {
      const n = seed.projects.filter((p) => p.events.some((e) => e.status === status)).length;
      expect(projects, status).toMatch(new RegExp(`[,:] ${words(status)} ${n}[,;]`));
    }
    expect(projects).toContain(
      `${seed.indicators.filter((i) => (i.project ?? null) !== null).length} indicators measure one named project`,
    );
  });

  it('states the per-article counts of indicators', () => {
    const sheet = readFileSync(new URL('../docs/DATASHEET.md', import.meta.url), 'utf8');
    for (const s of seed.sources) {
      const n = seed.indicators.filter((i) => i.evidence.some((e) => sourceOf.get(e) === s.id)).length;
      const row = new RegExp(`^\\|\\s*${s.id}\\s*\\|[^|]*\\|\\s*(\\d+)\\s*\\|`, 'm').exec(sheet);
      expect(row?.[1], `datasheet indicators quoting ${s.id}`).toBe(String(n));
    }
  });
});
