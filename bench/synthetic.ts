/**
 * A deterministic synthetic ledger for the scale benchmark: the real schema
 * (the project's migrations, applied with drizzle's migrator), 10,000 areas
 * in a tree (1 province → 99 prefectures → 9,900 counties), 300 metrics,
 * 2,000 initiatives, 500 complaints, and any number of indicators, each with
 * its evidence passage and its search documents.
 *
 * Everything comes from fixed seeds, so the same row count always gives the
 * same file, and the reference tables (areas, metrics, initiatives,
 * complaints, sources) are identical at every row count: a URL means the
 * same thing against the 1k and the 1M database. The indicators of the 1k
 * database are the first 1,000 of the 1M one, and they come 100 to a source
 * article, in order, so an article's rows are the same at both sizes.
 *
 *   tsx bench/synthetic.ts --rows 1000000 --out .bench/synthetic-1000000.db
 *
 * Built files go under .bench/ (git-ignored), never into the repository.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { checkKeyOrder, searchWriter, writeFacetCounts, writeMetricUsage } from '../seed/indexes.ts';
import { openDatabase } from '../src/db/open.ts';
import { MIGRATIONS_DIR, schemaVersion } from '../src/db/version.ts';
import { POINT_TOKEN, toSearchForm, toSearchTokens } from '../src/domain/chinese-search.ts';
import { periodRange } from '../src/domain/periods.ts';
import type { Unit } from '../src/domain/units.ts';
import { INITIATIVE_KINDS, QUALIFIERS } from '../src/domain/vocabulary.ts';
import { INDICATOR_FACETS } from '../src/resources/indicators.ts';
import { PROJECT_FACETS } from '../src/resources/projects.ts';
import { option } from './lib.ts';

export const AREA_COUNT = 10_000;
const PREFECTURES = 99;
const COUNTIES_PER_PREFECTURE = 100;
const METRIC_COUNT = 300;
const INITIATIVE_COUNT = 2_000;
const COMPLAINT_COUNT = 500;
/**
 * Source articles: each carries the indicators of 100 consecutive rows, as a real article carries its
 * figures, so the dataset grows by articles. At 1M rows every source has its 100; at 1k the first ten.
 */
const SOURCE_COUNT = 10_000;
const ROWS_PER_SOURCE = 100;
const sourceId = (s: number) => `s${String(s).padStart(4, '0')}`;

/** mulberry32: a small, fast, seedable PRNG; one stream per kind of thing so each is stable on its own. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** A Zipf(1) sampler over n ranks: rank 0 is the most frequent. */
function zipf(n: number): (random: () => number) => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1);
    cumulative[k] = sum;
  }
  return (random) => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Simplified characters common in Gansu place names; every one is its own search form (checked below). */
const PLACE_CHARS = Array.from(
  '安宁远山河东西南北华阳泉州水川清临武威张掖酒金昌白银天定陇庆兰嘉峪玉门敦煌永登皋靖景泰民乐高台肃甘古浪凉积石康和政夏渭源岷舟曲合作榆中城关红古七里',
);
const SUBJECTS: [string, string][] = [
  ['招商引资到位资金', 'investment funds in place'],
  ['签约项目', 'signed projects'],
  ['固定资产投资', 'fixed-asset investment'],
  ['新增就业', 'new jobs'],
  ['技能培训', 'skills training'],
  ['营业收入', 'operating revenue'],
  ['工业增加值', 'industrial value added'],
  ['农村居民人均可支配收入', 'rural per-capita disposable income'],
  ['社会消费品零售总额', 'retail sales of consumer goods'],
  ['进出口总额', 'total imports and exports'],
  ['光伏装机', 'photovoltaic capacity'],
  ['风电装机', 'wind capacity'],
  ['粮食产量', 'grain output'],
  ['旅游接待人次', 'tourist visits'],
  ['办结群众诉求', 'resident requests resolved'],
  ['新设市场主体', 'new market entities'],
  ['重点项目', 'key projects'],
  ['帮办代办服务企业', 'enterprises served by agency service'],
  ['化解矛盾纠纷', 'disputes resolved'],
  ['调研课题', 'research topics'],
];
const MODIFIERS: [string, string, string][] = [
  ['', '', 'total'],
  ['新增', 'new ', 'new'],
  ['累计', 'cumulative ', 'cumulative'],
  ['一季度', 'first-quarter ', 'q1'],
  ['上半年', 'first-half ', 'h1'],
];
const UNIT_FORMS: Record<string, { unit: Unit; zh: string; factor: number }[]> = {
  money: [
    { unit: 'CNY', zh: '亿元', factor: 1e8 },
    { unit: 'CNY', zh: '万元', factor: 1e4 },
  ],
  count: [
    { unit: 'projects', zh: '个', factor: 1 },
    { unit: 'persons', zh: '人', factor: 1 },
    { unit: 'person_times', zh: '万人次', factor: 1e4 },
    { unit: 'cases', zh: '件', factor: 1 },
    { unit: 'enterprises', zh: '家', factor: 1 },
    { unit: 'events', zh: '场次', factor: 1 },
    { unit: 'kW', zh: '万千瓦', factor: 1e4 },
    { unit: 't', zh: '万吨', factor: 1e4 },
    { unit: 'count', zh: '项', factor: 1 },
  ],
};

export type Area = { slug: string; nameZh: string; nameEn: string; level: 'province' | 'prefecture' | 'county'; parent: string | null };
export type Metric = { key: string; nameZh: string; nameEn: string; unit: Unit; unitZh: string; factor: number };

/** The areas, metrics and reference records: the same at every row count. */
export function referenceData() {
  const random = prng(0x9a45);
  const placeName = () => pick(random, PLACE_CHARS) + pick(random, PLACE_CHARS);
  const areas: Area[] = [{ slug: 'province', nameZh: '陇原省', nameEn: 'Longyuan Province', level: 'province', parent: null }];
  for (let p = 1; p <= PREFECTURES; p++) {
    const slug = `pref-${String(p).padStart(2, '0')}`;
    areas.push({ slug, nameZh: `${placeName()}市`, nameEn: `Prefecture ${p}`, level: 'prefecture', parent: 'province' });
    for (let c = 0; c < COUNTIES_PER_PREFECTURE; c++) {
      areas.push({
        slug: `${slug}-c${String(c).padStart(2, '0')}`,
        nameZh: `${placeName()}县`,
        nameEn: `County ${p}.${c}`,
        level: 'county',
        parent: slug,
      });
    }
  }
  const metrics: Metric[] = [];
  for (let m = 0; m < METRIC_COUNT; m++) {
    const [subjectZh, subjectEn] = SUBJECTS[m % SUBJECTS.length];
    const [modZh, modEn, modKey] = MODIFIERS[Math.floor(m / SUBJECTS.length) % MODIFIERS.length];
    const form = pick(random, /资金|投资|收入|增加值|总额/.test(subjectZh) ? UNIT_FORMS.money : UNIT_FORMS.count);
    metrics.push({
      key: `syn.m${String(m).padStart(3, '0')}.${modKey}`,
      nameZh: `${modZh}${subjectZh}`,
      nameEn: `${modEn}${subjectEn}`.replace(/^./, (ch) => ch.toUpperCase()),
      unit: form.unit,
      unitZh: form.zh,
      factor: form.factor,
    });
  }
  // Rows cluster like the real data: the province and a few prefectures and counties carry most of them.
  // Zipf ranks are shuffled over the counties so the heavy ones are spread across prefectures.
  const prefectures = areas.filter((a) => a.level === 'prefecture');
  const counties = areas.filter((a) => a.level === 'county');
  for (let k = counties.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [counties[k], counties[j]] = [counties[j], counties[k]];
  }
  return { areas, metrics, prefectures, counties };
}

/** Slugs and keys the benchmark's URLs use: the heaviest of each, the same at every row count. */
export function notable() {
  const { counties, prefectures, metrics } = referenceData();
  return {
    province: 'province',
    topPrefecture: prefectures[0].slug,
    topCounty: counties[0].slug,
    topMetric: metrics[0].key,
    initiative: 'syn-n0001',
    // An article whose rows, and the rows of the next article that cite it, are in the 1k database.
    source: sourceId(5),
  };
}

/** toSearchTokens for Simplified text of BMP Han characters, ASCII and punctuation, without the converter or regexes. */
function fastTokens(text: string): string {
  let out = '';
  let space = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x3400 && c <= 0x9fff) {
      out += space ? `${text[k]} ` : ` ${text[k]} `;
      space = true;
    } else if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (!space) out += ' ';
      space = true;
    } else {
      // A decimal point between digits is the index's letter for it (1.0 is 1p0), as toSearchTokens writes it.
      const digit = (j: number) => text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57;
      out += c === 46 && digit(k - 1) && digit(k + 1) ? POINT_TOKEN : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[k];
      space = false;
    }
  }
  return out.trimEnd();
}

export type SyntheticResult = { path: string; rows: number; ms: number };

export function buildSynthetic(target: string, rows: number): SyntheticResult {
  const started = performance.now();
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.building-${process.pid}`;
  rmSync(temporary, { force: true });
  const db = openDatabase(temporary, { readonly: false });
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const sqlite = db.$client;
    // A scratch file rebuilt from scratch on failure: no journal, no fsync.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    sqlite.pragma('temp_store = MEMORY');
    // Secondary indexes of the big tables are dropped for the load and recreated after it from the very
    // statements the migrations stored: building an index from sorted keys is much faster than keeping it
    // up to date row by row, and the finished schema is the migrations' own.
    const deferred = sqlite
      .prepare(
        "select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('indicators', 'evidence', 'passages')",
      )
      .all() as { name: string; sql: string }[];
    for (const { name } of deferred) sqlite.exec(`drop index "${name}"`);
    const { areas, metrics, prefectures, counties } = referenceData();
    for (const ch of PLACE_CHARS) if (toSearchForm(ch) !== ch) throw new Error(`${ch} is not its own search form`);
    const areaBySlug = new Map(areas.map((a) => [a.slug, a]));
    const cityText = (slug: string) => {
      const a = areaBySlug.get(slug);
      return a ? `${a.nameZh} ${a.nameEn}` : '';
    };
    const write = {
      city: searchWriter(sqlite, 'city'),
      initiative: searchWriter(sqlite, 'initiative'),
      complaint: searchWriter(sqlite, 'complaint'),
      passage: searchWriter(sqlite, 'passage'),
      indicator: searchWriter(sqlite, 'indicator'),
    };
    const folded = { folded: true };
    // The synthetic text is Simplified already (checked above), so folding is lower-casing and spacing Han
    // characters: done here in one pass, and checked against the real toSearchTokens on the first documents.
    let checked = 0;
    const tokens = (text: string) => {
      const folded = fastTokens(text);
      if (checked < 2000) {
        checked++;
        const expected = toSearchTokens(text);
        if (folded !== expected) throw new Error(`search folding differs from toSearchTokens:\n${folded}\n${expected}`);
      }
      return folded;
    };

    // A record's titles, folded as its document is: its search writer's options.
    const titled = (titles: string) => ({ ...folded, title: tokens(titles) });

    sqlite.transaction(() => {
      const insertSource = sqlite.prepare(
        "insert into sources (id, file, sha256, title_zh, title_en, outlet, authors, script, length) values (?, ?, ?, ?, ?, ?, '[]', ?, ?)",
      );
      for (let s = 0; s < SOURCE_COUNT; s++) {
        const id = sourceId(s);
        insertSource.run(id, `${id}.txt`, '0'.repeat(64), `陇原省新闻${s}`, `Longyuan news ${s}`, 'synthetic', 'Hans', 1_000_000_000);
      }
      const insertCity = sqlite.prepare('insert into cities (slug, name_zh, name_en, level, parent, code) values (?, ?, ?, ?, ?, ?)');
      const insertAncestor = sqlite.prepare('insert into city_ancestors (ancestor, city, depth) values (?, ?, ?)');
      // In key order, as every table: rowid order is key order (seed/indexes.ts checks it).
      const codes = new Map(areas.map((a, n) => [a.slug, String(900000 + n)]));
      for (const a of [...areas].sort((x, y) => (x.slug < y.slug ? -1 : 1))) {
        const city = insertCity.run(a.slug, a.nameZh, a.nameEn, a.level, a.parent, codes.get(a.slug));
        let depth = 0;
        for (let up: Area | undefined = a; up; up = up.parent ? areaBySlug.get(up.parent) : undefined) {
          insertAncestor.run(up.slug, a.slug, depth++);
        }
        write.city(city.lastInsertRowid, tokens(`${a.nameZh} ${a.nameEn} ${a.slug}`), titled(`${a.nameZh} ${a.nameEn}`));
      }
      const insertMetric = sqlite.prepare(
        'insert into metrics (key, name_zh, name_en, definition, definition_zh, unit) values (?, ?, ?, ?, ?, ?)',
      );
      for (const m of metrics) insertMetric.run(m.key, m.nameZh, m.nameEn, `Synthetic: ${m.nameEn}.`, `合成：${m.nameZh}`, m.unit);

      const random = prng(0x1a7e);
      const insertPassage = sqlite.prepare(
        'insert into passages (id, source, start, "end", text, text_zh_hans, text_en) values (?, ?, ?, ?, ?, ?, ?)',
      );
      const insertEvidence = sqlite.prepare('insert into evidence (record_type, record_id, passage, position) values (?, ?, ?, ?)');
      // Initiatives and complaints cite passages of their own (the p-n… and p-c… ids).
      const insertComplaint = sqlite.prepare(
        'insert into complaints (id, city, title_zh, title_en, problem_zh, problem_en, reported_on, resolved_on, duration_days) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (let n = 1; n <= COMPLAINT_COUNT; n++) {
        const id = `syn-c${String(n).padStart(4, '0')}`;
        const area = pick(random, counties);
        const titleZh = `${area.nameZh}群众反映${pick(random, ['供暖', '道路', '用水', '欠薪', '物业'])}问题`;
        const problemZh = `${titleZh},经协调已解决。`;
        const complaint = insertComplaint.run(
          id,
          area.slug,
          titleZh,
          `Complaint ${n}`,
          problemZh,
          `Problem ${n}`,
          '2023-05-01',
          '2023-05-09',
          8,
        );
        const passage = insertPassage.run(
          `p-${id}`,
          sourceId(3),
          n * 100,
          n * 100 + problemZh.length,
          problemZh,
          problemZh,
          `Complaint ${n} resolved.`,
        );
        insertEvidence.run('complaint', id, `p-${id}`, 0);
        write.passage(passage.lastInsertRowid, tokens(`${problemZh} Complaint ${n} resolved.`), folded);
        write.complaint(
          complaint.lastInsertRowid,
          tokens(`${titleZh} Complaint ${n} ${problemZh} Problem ${n} ${cityText(area.slug)}`),
          titled(`${titleZh} Complaint ${n}`),
        );
      }

      const insertInitiative = sqlite.prepare(
        'insert into initiatives (id, city, kind, name_zh, name_en, description_en) values (?, ?, ?, ?, ?, ?)',
      );
      for (let n = 1; n <= INITIATIVE_COUNT; n++) {
        const id = `syn-n${String(n).padStart(4, '0')}`;
        const area = n <= 100 ? pick(random, prefectures) : pick(random, counties);
        const nameZh = `${area.nameZh}${pick(random, SUBJECTS)[0]}行动`;
        const initiative = insertInitiative.run(
          id,
          area.slug,
          pick(random, INITIATIVE_KINDS),
          nameZh,
          `${area.nameEn} campaign ${n}`,
          null,
        );
        const text = `${area.nameZh}开展${nameZh},推动项目落地见效。`;
        const passage = insertPassage.run(
          `p-${id}`,
          pick(random, [sourceId(0), sourceId(1), sourceId(2)]),
          n * 100,
          n * 100 + text.length,
          text,
          text,
          `${area.nameEn} ran ${n}.`,
        );
        write.passage(passage.lastInsertRowid, tokens(`${text} ${area.nameEn} ran ${n}.`), folded);
        insertEvidence.run('initiative', id, `p-${id}`, 0);
        write.initiative(
          initiative.lastInsertRowid,
          tokens(`${nameZh} ${area.nameEn} campaign ${n} ${cityText(area.slug)} ${text}`),
          titled(`${nameZh} ${area.nameEn} campaign ${n}`),
        );
      }
      // Indicators come in pairs from one sentence, like the articles': a figure and its growth rate.
      const insertIndicator = sqlite.prepare(
        `insert into indicators (id, city, metric, label_zh, label_en, value, value_text, unit_zh, unit, value_base, qualifier,
           estimated, period, period_start, period_end, initiative, complaint, relates_to, corroborated)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const rowRandom = prng(0x5eed);
      const pickPrefecture = zipf(prefectures.length);
      const pickCounty = zipf(counties.length);
      const pickMetric = zipf(metrics.length);
      const periodOf = (r: () => number): string | null => {
        const u = r();
        const year = 2019 + Math.floor(r() * 7);
        if (u < 0.4) return null;
        if (u < 0.75) return String(year);
        if (u < 0.85) return `${year}-Q${1 + Math.floor(r() * 4)}`;
        if (u < 0.93) return `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
        if (u < 0.97)
          return `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
        return pick(r, ['2023-02-13/..', '../2023-12-31', '2023-02-13/2024-02-18', '2023-02-13/2023-04-07']);
      };
      const qualifierOf = (r: () => number) => (r() < 0.85 ? 'exact' : pick(r, QUALIFIERS));
      const id = (n: number) => `syn-i${String(n).padStart(7, '0')}`;
      for (let n = 1; n <= rows; n += 2) {
        const u = rowRandom();
        const area = u < 0.08 ? areas[0] : u < 0.4 ? prefectures[pickPrefecture(rowRandom)] : counties[pickCounty(rowRandom)];
        const metric = metrics[pickMetric(rowRandom)];
        const period = periodOf(rowRandom);
        const range = period === null ? null : periodRange(period);
        const yearZh = period === null ? '' : `${period.slice(0, 4)}年`;
        // Log-uniform from 1 to 100,000, two decimals.
        const value = Math.round(10 ** (rowRandom() * 5) * 100) / 100;
        const valueText = String(value);
        const growth = Math.round(rowRandom() * 6000) / 100;
        const block = Math.floor((n - 1) / ROWS_PER_SOURCE);
        const source = sourceId(block);
        const initiative = rowRandom() < 0.05 ? `syn-n${String(1 + Math.floor(rowRandom() * INITIATIVE_COUNT)).padStart(4, '0')}` : null;
        const passage = `p${String(n).padStart(7, '0')}`;
        const text = `${area.nameZh}${yearZh}${metric.nameZh}${valueText}${metric.unitZh},同比增长${growth}%。`;
        const textEn = `${area.nameEn}: ${metric.nameEn} ${valueText} ${metric.unitZh}${period ? ` in ${period}` : ''}, up ${growth}%.`;
        const start = (((n - 1) % ROWS_PER_SOURCE) >> 1) * 50;
        const written = insertPassage.run(passage, source, start, start + Array.from(text).length, text, text, textEn);
        const qualifier = qualifierOf(rowRandom);
        const estimated = rowRandom() < 0.05 ? 1 : 0;
        // One pair in five is also reported by the article before (one of its passages): corroborated.
        const earlier = (block - 1) * ROWS_PER_SOURCE + 1 + 2 * Math.floor(rowRandom() * (ROWS_PER_SOURCE / 2));
        const second = block > 0 && rowRandom() < 0.2 ? `p${String(earlier).padStart(7, '0')}` : null;
        const labelZh = `${area.nameZh}${yearZh}${metric.nameZh}`;
        const labelEn = `${metric.nameEn}, ${area.nameEn}${period ? `, ${period}` : ''}`;
        const figure = [
          id(n),
          area.slug,
          metric.key,
          labelZh,
          labelEn,
          value,
          valueText,
          metric.unitZh,
          metric.unit,
          value * metric.factor,
        ];
        const common = [qualifier, estimated, period, range?.start ?? null, range?.end ?? null, initiative, null];
        const figureRow = insertIndicator.run(...figure, ...common, null, second ? 1 : 0);
        const passageText = `${text} ${textEn}`;
        const passageTokens = tokens(passageText);
        write.passage(written.lastInsertRowid, passageTokens, folded);
        insertEvidence.run('indicator', id(n), passage, 0);
        if (second) insertEvidence.run('indicator', id(n), second, 1);
        write.indicator(
          figureRow.lastInsertRowid,
          `${tokens(`${labelZh} ${labelEn} ${metric.key} ${cityText(area.slug)}`)} ${passageTokens}`,
          titled(`${labelZh} ${labelEn}`),
        );
        if (n + 1 <= rows) {
          const growthLabelZh = `${labelZh}增长率`;
          const growthRow = insertIndicator.run(
            id(n + 1),
            area.slug,
            metric.key,
            growthLabelZh,
            `Growth of ${labelEn}`,
            growth,
            String(growth),
            '%',
            'percent',
            growth,
            'exact',
            estimated,
            period,
            range?.start ?? null,
            range?.end ?? null,
            initiative,
            null,
            id(n),
            0,
          );
          insertEvidence.run('indicator', id(n + 1), passage, 0);
          const growthDoc = tokens(`${growthLabelZh} Growth of ${labelEn} ${metric.key} ${cityText(area.slug)}`);
          write.indicator(growthRow.lastInsertRowid, `${growthDoc} ${passageTokens}`, titled(`${growthLabelZh} Growth of ${labelEn}`));
        }
      }
      const insertMeta = sqlite.prepare('insert into meta (key, value) values (?, ?)');
      insertMeta.run('title', 'Synthetic ledger');
      insertMeta.run('dataset_version', `synthetic-${rows}`);
      insertMeta.run('schema_version', schemaVersion());
    })();
    for (const { sql } of deferred) sqlite.exec(sql);
    sqlite.transaction(() => {
      for (const [table, key] of [
        ['cities', 'slug'],
        ['passages', 'id'],
        ['initiatives', 'id'],
        ['complaints', 'id'],
        ['indicators', 'id'],
      ]) {
        checkKeyOrder(sqlite, table, key);
      }
      // Every table whose facets are stored, as seed/write.ts stores them: a projects page asks for them too.
      writeFacetCounts(sqlite, 'indicators', INDICATOR_FACETS, ['estimated', 'corroborated']);
      writeFacetCounts(sqlite, 'projects', PROJECT_FACETS, ['corroborated']);
      writeMetricUsage(sqlite);
    })();
    sqlite.pragma('journal_mode = DELETE');
  } catch (error) {
    db.$client.close();
    rmSync(temporary, { force: true });
    throw error;
  }
  db.$client.close();
  renameSync(temporary, target);
  return { path: target, rows, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(option('rows') ?? 1000);
  const out = resolve(option('out') ?? `.bench/synthetic-${rows}.db`);
  const result = buildSynthetic(out, rows);
  // One JSON line for bench/run.ts; readable by a person too.
  console.log(JSON.stringify(result));
}
