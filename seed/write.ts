/**
 * Writes a verified seed into a new SQLite file: migrations first, then every row in one
 * transaction, each table in key order, then the search indexes and facet counts
 * (seed/indexes.ts). The caller decides where the file goes.
 */
import { getTableName } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { termsOf } from '../src/dataset/about.ts';
import type { CitingType } from '../src/db/evidence.ts';
import { openDatabase } from '../src/db/open.ts';
import * as t from '../src/db/schema.ts';
import { type Searchable, searchedTexts } from '../src/db/search.ts';
import { MIGRATIONS_DIR } from '../src/db/version.ts';
import { toSearchForm } from '../src/domain/chinese-search.ts';
import { periodRange } from '../src/domain/periods.ts';
import { valueBaseOf } from '../src/domain/units.ts';
import { RESOURCES } from '../src/resources/index.ts';
import { checkKeyOrder, searchWriter, writeFacetCounts, writeMetricUsage } from './indexes.ts';
import { passageReading } from './readings.ts';
import type { SeedData } from './records.ts';

export type BuildMeta = { datasetVersion: string; schemaVersion: string };

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export function writeDatabase(path: string, data: SeedData, meta: BuildMeta): void {
  const db = openDatabase(path, { readonly: false });
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const passageSource = new Map(data.passages.map((p) => [p.id, p.source]));
    const readings = new Map(data.passages.map((p) => [p.id, passageReading(data, p)]));
    const publishedOn = new Map(data.sources.map((s) => [s.id, s.published_on]));
    // Each record's search document: its own text, its area's names, and every passage it cites.
    const text = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');
    // A passage is found by its Simplified reading and its English, and by its words as received where those read otherwise:
    // article 002's damaged runs (上??禈虻绕髽I(yè)), which its record's page shows and a reader copies (zh12).
    const asReceived = (p: { id: string; text: string }) => (toSearchForm(p.text) === toSearchForm(readings.get(p.id) ?? '') ? '' : p.text);
    const passageText = new Map(data.passages.map((p) => [p.id, text(readings.get(p.id), asReceived(p), p.text_en)]));
    const cityNames = new Map(data.cities.map((c) => [c.slug, `${c.name_zh} ${c.name_en}`]));
    // Its titles again, in columns of their own, by which /search puts a record named by the query first
    // (src/routes/search/query.ts); the title fields are its resource's.
    const titleFields = new Map(RESOURCES.map((r) => [r.type, r.titles]));
    const titlesOf = (type: Searchable, record: object) => {
      const titles = titleFields.get(type);
      const field = (name: string | undefined) => (name ? (record as Record<string, unknown>)[name] : undefined) as string | undefined;
      return text(field(titles?.zh), field(titles?.en));
    };
    const cited = (ids: string[]) => ids.map((id) => passageText.get(id) ?? '').join(' ');
    const sourcesOf = (ids: string[]) => new Set(ids.map((e) => passageSource.get(e)));
    const documents: Record<Searchable, [number | bigint, string, string][]> = {
      indicator: [],
      initiative: [],
      complaint: [],
      project: [],
      passage: [],
      city: [],
      metric: [],
    };

    db.transaction((tx) => {
      for (const s of [...data.sources].sort(byKey((s) => s.id))) {
        tx.insert(t.sources)
          .values({ ...s, length: Array.from(data.articles.get(s.id) ?? '').length })
          .run();
      }
      for (const r of [...data.repairs].sort(byKey((r) => r.id))) tx.insert(t.repairs).values(r).run();
      for (const r of data.readings) tx.insert(t.readings).values(r).run();
      for (const p of [...data.passages].sort(byKey((p) => p.id))) {
        const { lastInsertRowid } = tx
          .insert(t.passages)
          .values({ ...p, text_zh_hans: readings.get(p.id) ?? '' })
          .run();
        documents.passage.push([lastInsertRowid, passageText.get(p.id) ?? '', '']);
      }
      const parentOf = new Map(data.cities.map((c) => [c.slug, c.parent]));
      for (const c of [...data.cities].sort(byKey((c) => c.slug))) {
        const { lastInsertRowid } = tx.insert(t.cities).values(c).run();
        documents.city.push([lastInsertRowid, text(...searchedTexts('city', c)), titlesOf('city', c)]);
        let depth = 0;
        for (let up: string | null = c.slug; up; up = parentOf.get(up) ?? null) {
          tx.insert(t.cityAncestors).values({ ancestor: up, city: c.slug, depth: depth++ }).run();
        }
      }
      for (const m of [...data.metrics].sort(byKey((m) => m.key))) {
        const { lastInsertRowid } = tx.insert(t.metrics).values(m).run();
        documents.metric.push([lastInsertRowid, text(...searchedTexts('metric', m)), titlesOf('metric', m)]);
      }
      for (const a of data['metric-aliases']) tx.insert(t.metricAliases).values(a).run();
      for (const c of data.scopes) tx.insert(t.scopes).values(c).run();
      for (const r of data.retired) tx.insert(t.retired).values(r).run();
      const link = (record_type: CitingType, record_id: string, ids: string[]) => {
        ids.forEach((passage, position) => {
          tx.insert(t.evidence).values({ record_type, record_id, passage, position }).run();
        });
      };
      for (const { evidence, ...i } of [...data.initiatives].sort(byKey((i) => i.id))) {
        const { lastInsertRowid } = tx
          .insert(t.initiatives)
          .values({ ...i, description_en: i.description_en ?? null })
          .run();
        link('initiative', i.id, evidence);
        documents.initiative.push([
          lastInsertRowid,
          text(...searchedTexts('initiative', i), cityNames.get(i.city), cited(evidence)),
          titlesOf('initiative', i),
        ]);
      }
      for (const { evidence, ...c } of [...data.complaints].sort(byKey((c) => c.id))) {
        const { lastInsertRowid } = tx.insert(t.complaints).values(c).run();
        link('complaint', c.id, evidence);
        documents.complaint.push([
          lastInsertRowid,
          text(...searchedTexts('complaint', c), cityNames.get(c.city), cited(evidence)),
          titlesOf('complaint', c),
        ]);
      }
      for (const { evidence, events, ...p } of [...data.projects].sort(byKey((p) => p.id))) {
        const { lastInsertRowid } = tx
          .insert(t.projects)
          .values({ ...p, corroborated: sourcesOf(evidence).size > 1 })
          .run();
        link('project', p.id, evidence);
        events.forEach((event, position) => {
          const range = event.period === null ? null : periodRange(event.period);
          tx.insert(t.projectEvents)
            .values({ project: p.id, position, ...event, period_start: range?.start ?? null, period_end: range?.end ?? null })
            .run();
        });
        documents.project.push([
          lastInsertRowid,
          text(...searchedTexts('project', p), cityNames.get(p.city), cited(evidence)),
          titlesOf('project', p),
        ]);
      }
      for (const { evidence, ...r } of [...data.indicators].sort(byKey((i) => i.id))) {
        const base = valueBaseOf(r.value_text, r.unit_zh, r.unit);
        if (Array.isArray(base)) throw new Error(`indicator ${r.id} was not verified: ${base.join('; ')}`);
        const range = r.period === null ? null : periodRange(r.period);
        const { lastInsertRowid } = tx
          .insert(t.indicators)
          .values({
            ...r,
            value_base: Number(base),
            period_start: range?.start ?? null,
            period_end: range?.end ?? null,
            part_of: r.part_of ?? null,
            project: r.project ?? null,
            corroborated: sourcesOf(evidence).size > 1,
            // When it was first reported: the earliest date known of the articles that quote it.
            reported_on:
              [...sourcesOf(evidence)]
                .map((s) => publishedOn.get(s ?? ''))
                .filter((d): d is string => typeof d === 'string')
                .sort()[0] ?? null,
          })
          .run();
        link('indicator', r.id, evidence);
        documents.indicator.push([
          lastInsertRowid,
          text(...searchedTexts('indicator', r), cityNames.get(r.city), cited(evidence)),
          titlesOf('indicator', r),
        ]);
      }
      for (const e of data.exclusions)
        tx.insert(t.exclusions)
          .values({ ...e, note: e.note ?? null, note_zh: e.note_zh ?? null })
          .run();
      for (const [key, value] of Object.entries({
        title: data.about.title_en,
        about: JSON.stringify(data.about),
        dataset_version: meta.datasetVersion,
        schema_version: meta.schemaVersion,
        // A database file passed on alone still says its terms.
        license: termsOf(),
      })) {
        tx.insert(t.meta).values({ key, value }).run();
      }

      const sqlite = db.$client;
      for (const [table, key] of [
        ['sources', 'id'],
        ['passages', 'id'],
        ['cities', 'slug'],
        ['metrics', 'key'],
        ['initiatives', 'id'],
        ['complaints', 'id'],
        ['projects', 'id'],
        ['indicators', 'id'],
      ]) {
        checkKeyOrder(sqlite, table, key);
      }
      for (const [type, docs] of Object.entries(documents) as [Searchable, [number | bigint, string, string][]][]) {
        const write = searchWriter(sqlite, type);
        for (const [rowid, doc, title] of docs) write(rowid, doc, { title });
      }
      // Every list that counts facets reads its whole table's counts from here: each resource that declares them.
      for (const { table, facets } of RESOURCES) if (facets) writeFacetCounts(sqlite, getTableName(table), facets.fields, facets.booleans);
      writeMetricUsage(sqlite);
    });
  } finally {
    db.$client.close();
  }
}
