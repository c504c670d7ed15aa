/** The articles and what is read of them, as tables (re-exported by ./schema.ts, whose migrations they are part of). */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
// One namespace: the closed lists are many, and each column names the one it takes.
import * as vocabulary from '../domain/vocabulary.ts';

/** The articles, byte for byte as received. */
export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  file: text('file').notNull(),
  sha256: text('sha256').notNull(),
  title_zh: text('title_zh').notNull(),
  title_en: text('title_en').notNull(),
  outlet: text('outlet'),
  source_line: text('source_line'),
  /** The people the article names as making it, with their roles: a JSON array of { name, role }. */
  authors: text('authors', { mode: 'json' }).$type<{ name: string; role: (typeof vocabulary.AUTHOR_ROLES)[number] }[]>().notNull(),
  medium: text('medium', { enum: vocabulary.MEDIA }),
  published_on: text('published_on'),
  published_at: text('published_at'),
  script: text('script', { enum: vocabulary.SCRIPTS }).notNull(),
  note: text('note'),
  note_zh: text('note_zh'),
  length: integer('length').notNull(),
});

/** Verbatim spans of an article, in code point offsets [start, end). */
export const passages = sqliteTable(
  'passages',
  {
    id: text('id').primaryKey(),
    source: text('source')
      .notNull()
      .references(() => sources.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    text_zh_hans: text('text_zh_hans').notNull(),
    text_en: text('text_en').notNull(),
  },
  (t) => [index('passages_source').on(t.source, t.start)],
);

/** Known damage in an article and what the context says it was. */
export const repairs = sqliteTable('repairs', {
  id: text('id').primaryKey(),
  source: text('source')
    .notNull()
    .references(() => sources.id),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  damaged: text('damaged').notNull(),
  repaired: text('repaired').notNull(),
  confidence: text('confidence', { enum: vocabulary.CONFIDENCES }).notNull(),
  note: text('note'),
  note_zh: text('note_zh'),
});

/**
 * A reviewed reading of a character the automatic Traditional-to-Simplified conversion reads
 * wrongly, because it has more than one Simplified form (著 → 着 in 著力).
 */
export const readings = sqliteTable('readings', {
  source: text('source')
    .notNull()
    .references(() => sources.id),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  text: text('text').notNull(),
  reading: text('reading').notNull(),
  note: text('note').notNull(),
});

/** Digit runs of an article that are not statistics, each with its reason. */
export const exclusions = sqliteTable('exclusions', {
  source: text('source').notNull(),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  text: text('text').notNull(),
  reason: text('reason').notNull(),
  note: text('note'),
  note_zh: text('note_zh'),
});
