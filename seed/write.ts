/**
 * Writes a verified seed into a new SQLite file: migrations first, then every
 * row in one transaction. The caller decides where the file goes.
 */
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase } from '../src/db/open.ts';
import * as t from '../src/db/schema.ts';
import { indexIndicatorSearch } from '../src/db/search.ts';
import { MIGRATIONS_DIR } from '../src/db/version.ts';
import { toSearchTokens, toSimplifiedReading } from '../src/domain/chinese.ts';
import { periodRange } from '../src/domain/periods.ts';
import { writeIndicatorFacets } from '../src/routes/indicators/query.ts';
import type { SeedData } from './records.ts';
import { valueBaseOf } from './verify.ts';

export type BuildMeta = { datasetVersion: string; schemaVersion: string };

export const DATASET_TITLE = 'Gansu Campaign Ledger';

export function writeDatabase(path: string, data: SeedData, meta: BuildMeta): void {
  const db = openDatabase(path, { readonly: false });
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const passageSource = new Map(data.passages.map((p) => [p.id, p.source]));
    const readings = new Map(
      data.passages.map((p) => [
        p.id,
        toSimplifiedReading(
          p.text,
          p.start,
          data.repairs.filter((r) => r.source === p.source),
        ),
      ]),
    );
    db.transaction((tx) => {
      for (const s of data.sources) {
        tx.insert(t.sources)
          .values({
            id: s.id,
            file: s.file,
            sha256: s.sha256,
            titleZh: s.title_zh,
            titleEn: s.title_en,
            outlet: s.outlet,
            sourceLine: s.source_line,
            authors: s.authors,
            publishedOn: s.published_on,
            publishedAt: s.published_at,
            script: s.script,
            note: s.note,
            length: Array.from(data.articles.get(s.id) ?? '').length,
          })
          .run();
      }
      for (const r of data.repairs) {
        tx.insert(t.repairs).values(r).run();
      }
      for (const p of data.passages) {
        tx.insert(t.passages)
          .values({
            id: p.id,
            source: p.source,
            start: p.start,
            end: p.end,
            text: p.text,
            textZhHans: readings.get(p.id) ?? '',
            textEn: p.text_en,
          })
          .run();
      }
      const parentOf = new Map(data.cities.map((c) => [c.slug, c.parent]));
      for (const c of data.cities) {
        tx.insert(t.cities)
          .values({ slug: c.slug, nameZh: c.name_zh, nameEn: c.name_en, level: c.level, parent: c.parent, code: c.code })
          .run();
        let depth = 0;
        for (let up: string | null = c.slug; up; up = parentOf.get(up) ?? null) {
          tx.insert(t.cityAncestors).values({ ancestor: up, city: c.slug, depth: depth++ }).run();
        }
      }
      for (const m of data.metrics) {
        tx.insert(t.metrics).values({ key: m.key, nameZh: m.name_zh, nameEn: m.name_en, definition: m.definition, unit: m.unit }).run();
      }
      const link = (recordType: 'indicator' | 'initiative' | 'complaint', recordId: string, ids: string[]) => {
        ids.forEach((passage, position) => {
          tx.insert(t.evidence).values({ recordType, recordId, passage, position }).run();
        });
      };
      for (const i of data.initiatives) {
        tx.insert(t.initiatives)
          .values({ id: i.id, city: i.city, kind: i.kind, nameZh: i.name_zh, nameEn: i.name_en, descriptionEn: i.description_en ?? null })
          .run();
        link('initiative', i.id, i.evidence);
      }
      for (const c of data.complaints) {
        tx.insert(t.complaints)
          .values({
            id: c.id,
            city: c.city,
            titleZh: c.title_zh,
            titleEn: c.title_en,
            raisedByZh: c.raised_by_zh,
            raisedByEn: c.raised_by_en,
            problemZh: c.problem_zh,
            problemEn: c.problem_en,
            locationZh: c.location_zh,
            locationEn: c.location_en,
            reportedOn: c.reported_on,
            resolvedOn: c.resolved_on,
            durationDays: c.duration_days,
            households: c.households,
            amountCny: c.amount_cny,
            handlingZh: c.handling_zh,
            handlingEn: c.handling_en,
            initiative: c.initiative,
          })
          .run();
        link('complaint', c.id, c.evidence);
      }
      // In id order, so each indicator's rowid is its place in id order (checked by indexIndicatorSearch).
      for (const r of [...data.indicators].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
        const base = valueBaseOf(r.value_text, r.unit_zh, r.unit);
        if (Array.isArray(base)) throw new Error(`indicator ${r.id} was not verified: ${base.join('; ')}`);
        const range = r.period === null ? null : periodRange(r.period);
        const sourcesCited = new Set(r.evidence.map((e) => passageSource.get(e)));
        tx.insert(t.indicators)
          .values({
            id: r.id,
            city: r.city,
            metric: r.metric,
            labelZh: r.label_zh,
            labelEn: r.label_en,
            value: r.value,
            valueText: r.value_text,
            unitZh: r.unit_zh,
            unit: r.unit,
            valueBase: Number(base),
            qualifier: r.qualifier,
            estimated: r.estimated,
            period: r.period,
            periodStart: range?.start ?? null,
            periodEnd: range?.end ?? null,
            initiative: r.initiative,
            complaint: r.complaint,
            relatesTo: r.relates_to,
            corroborated: sourcesCited.size > 1,
          })
          .run();
        link('indicator', r.id, r.evidence);
      }
      for (const e of data.exclusions) {
        tx.insert(t.exclusions)
          .values({ source: e.source, start: e.start, end: e.end, text: e.text, reason: e.reason, note: e.note ?? null })
          .run();
      }
      indexForSearch(tx, data, readings);
      indexIndicatorSearch(db.$client);
      writeIndicatorFacets(db);
      for (const [key, value] of Object.entries({
        title: DATASET_TITLE,
        dataset_version: meta.datasetVersion,
        schema_version: meta.schemaVersion,
      })) {
        tx.insert(t.meta).values({ key, value }).run();
      }
    });
  } finally {
    db.$client.close();
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof openDatabase>['transaction']>[0]>[0];

/**
 * One search document per record: its names and labels with the Simplified
 * reading and English of every passage it cites; one per passage and city too.
 */
function indexForSearch(tx: Tx, data: SeedData, readings: Map<string, string>) {
  const passageText = new Map(data.passages.map((p) => [p.id, `${readings.get(p.id)} ${p.text_en}`]));
  const cityNames = new Map(data.cities.map((c) => [c.slug, `${c.name_zh} ${c.name_en}`]));
  const cited = (ids: string[]) => ids.map((id) => passageText.get(id) ?? '').join(' ');
  const add = (recordType: string, recordId: string, ...parts: (string | null | undefined)[]) => {
    tx.run(
      sql`insert into search (record_type, record_id, content) values (${recordType}, ${recordId}, ${toSearchTokens(parts.filter(Boolean).join(' '))})`,
    );
  };
  for (const i of data.indicators) add('indicator', i.id, i.label_zh, i.label_en, i.metric, cityNames.get(i.city), cited(i.evidence));
  for (const i of data.initiatives)
    add('initiative', i.id, i.name_zh, i.name_en, i.description_en, cityNames.get(i.city), cited(i.evidence));
  for (const c of data.complaints) {
    add(
      'complaint',
      c.id,
      c.title_zh,
      c.title_en,
      c.problem_zh,
      c.problem_en,
      c.location_zh,
      c.location_en,
      c.raised_by_zh,
      c.raised_by_en,
      c.handling_zh,
      c.handling_en,
      cityNames.get(c.city),
      cited(c.evidence),
    );
  }
  for (const p of data.passages) add('passage', p.id, passageText.get(p.id));
  for (const c of data.cities) add('city', c.slug, c.name_zh, c.name_en, c.slug);
}
