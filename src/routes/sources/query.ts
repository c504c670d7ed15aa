/** The SQL for sources, passages, metrics and the dataset's own description. */
import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { cities, complaints, indicators, initiatives, metrics, passages, repairs, sources } from '../../db/schema.ts';

function sourceToApi(s: typeof sources.$inferSelect) {
  return {
    id: s.id,
    file: s.file,
    sha256: s.sha256,
    title_zh: s.titleZh,
    title_en: s.titleEn,
    outlet: s.outlet,
    source_line: s.sourceLine,
    authors: s.authors,
    published_on: s.publishedOn,
    published_at: s.publishedAt,
    script: s.script,
    length: s.length,
    note: s.note,
  };
}

/** Known damage of one article, optionally only what overlaps the span [start, end). */
function repairsOf(db: Db, source: string, span?: { start: number; end: number }) {
  return db
    .select({
      id: repairs.id,
      start: repairs.start,
      end: repairs.end,
      damaged: repairs.damaged,
      repaired: repairs.repaired,
      confidence: repairs.confidence,
      note: repairs.note,
    })
    .from(repairs)
    .where(and(eq(repairs.source, source), span ? and(lt(repairs.start, span.end), gt(repairs.end, span.start)) : undefined))
    .orderBy(asc(repairs.start))
    .all();
}

export function listSources(db: Db, page: { limit: number; offset: number }) {
  const total = db.select({ n: count() }).from(sources).get()?.n ?? 0;
  const rows = db.select().from(sources).orderBy(asc(sources.id)).limit(page.limit).offset(page.offset).all();
  return { rows: rows.map((s) => ({ ...sourceToApi(s), repairs: repairsOf(db, s.id) })), total };
}

export function getSource(db: Db, id: string) {
  const row = db.select().from(sources).where(eq(sources.id, id)).get();
  return row ? { ...sourceToApi(row), repairs: repairsOf(db, row.id) } : undefined;
}

export function getPassage(db: Db, id: string) {
  const p = db.select().from(passages).where(eq(passages.id, id)).get();
  if (!p) return undefined;
  const overlapping = repairsOf(db, p.source, p);
  return {
    id: p.id,
    source: p.source,
    start: p.start,
    end: p.end,
    text: p.text,
    text_zh_hans: p.textZhHans,
    text_en: p.textEn,
    repairs: overlapping,
  };
}

export function listMetrics(db: Db, page: { limit: number; offset: number }) {
  const total = db.select({ n: count() }).from(metrics).get()?.n ?? 0;
  const rows = db.select().from(metrics).orderBy(asc(metrics.key)).limit(page.limit).offset(page.offset).all();
  return {
    rows: rows.map((m) => ({ key: m.key, name_zh: m.nameZh, name_en: m.nameEn, definition: m.definition, unit: m.unit })),
    total,
  };
}

/** Counts of every record type, as the datasheet reports them. */
export function datasetCounts(db: Db) {
  const n = (table: Parameters<ReturnType<Db['select']>['from']>[0]) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return {
    sources: n(sources),
    passages: n(passages),
    cities: n(cities),
    metrics: n(metrics),
    initiatives: n(initiatives),
    indicators: n(indicators),
    complaints: n(complaints),
  };
}

export function getMetric(db: Db, key: string) {
  return db.select().from(metrics).where(eq(metrics.key, key)).get();
}
