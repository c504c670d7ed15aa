/** Every table of the ledger. Generated migrations in migrations/ come from this file (npm run db:generate) and are never edited by hand. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { UNITS } from '../domain/units.ts';
// One namespace: the closed lists are many, and each column names the one it takes.
import * as vocabulary from '../domain/vocabulary.ts';
import { passages } from './schema-articles.ts';

// The articles' own tables (sources, passages, repairs, readings, exclusions), in a file of their own.
export * from './schema-articles.ts';

export const cities = sqliteTable(
  'cities',
  {
    slug: text('slug').primaryKey(),
    name_zh: text('name_zh').notNull(),
    name_en: text('name_en').notNull(),
    level: text('level', { enum: vocabulary.LEVELS }).notNull(),
    parent: text('parent'),
    code: text('code'),
  },
  (t) => [index('cities_parent').on(t.parent)],
);

/** Each area with itself and every area above it, so `within` is one indexed join. */
export const cityAncestors = sqliteTable(
  'city_ancestors',
  {
    ancestor: text('ancestor').notNull(),
    city: text('city').notNull(),
    depth: integer('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ancestor, t.city] }), index('city_ancestors_city').on(t.city)],
);

/** The controlled vocabulary of measures. */
export const metrics = sqliteTable('metrics', {
  key: text('key').primaryKey(),
  name_zh: text('name_zh').notNull(),
  name_en: text('name_en').notNull(),
  definition: text('definition').notNull(),
  definition_zh: text('definition_zh').notNull(),
  unit: text('unit', { enum: UNITS }).notNull(),
});

/** Metric keys once published and since retired, and the live keys each now stands for (a JSON array). */
export const metricAliases = sqliteTable('metric_aliases', {
  alias: text('alias').primaryKey(),
  metrics: text('metrics', { mode: 'json' }).$type<string[]>().notNull(),
  /** The scopes the retired key's figures now carry, where its name meant them; null where it meant no scope. */
  scopes: text('scopes', { mode: 'json' }).$type<string[]>(),
  note_en: text('note_en').notNull(),
  note_zh: text('note_zh').notNull(),
});

/** Scopes (口径): how a figure narrows what its metric defines. */
export const scopes = sqliteTable('scopes', {
  key: text('key').primaryKey(),
  name_zh: text('name_zh').notNull(),
  name_en: text('name_en').notNull(),
  definition_en: text('definition_en').notNull(),
  definition_zh: text('definition_zh').notNull(),
});

/** Records once published and since withdrawn: their URLs answer 410 with the reason. */
export const retired = sqliteTable(
  'retired',
  {
    record_type: text('record_type').notNull(),
    id: text('id').notNull(),
    reason_en: text('reason_en').notNull(),
    reason_zh: text('reason_zh').notNull(),
  },
  (t) => [primaryKey({ columns: [t.record_type, t.id] })],
);

export const initiatives = sqliteTable(
  'initiatives',
  {
    id: text('id').primaryKey(),
    city: text('city')
      .notNull()
      .references(() => cities.slug),
    kind: text('kind', { enum: vocabulary.INITIATIVE_KINDS }).notNull(),
    name_zh: text('name_zh').notNull(),
    name_en: text('name_en').notNull(),
    description_en: text('description_en'),
    description_zh: text('description_zh'),
    started_on: text('started_on'),
    part_of: text('part_of'),
  },
  (t) => [index('initiatives_city').on(t.city), index('initiatives_kind').on(t.kind)],
);

/** Named projects: a plant, park, line, road, station or other undertaking the articles name. */
export const projects = sqliteTable(
  'projects',
  {
    id: text('id').primaryKey(),
    city: text('city')
      .notNull()
      .references(() => cities.slug),
    name_zh: text('name_zh').notNull(),
    name_en: text('name_en').notNull(),
    sector: text('sector', { enum: vocabulary.PROJECT_SECTORS }).notNull(),
    kind: text('kind', { enum: vocabulary.PROJECT_KINDS }).notNull(),
    description_en: text('description_en'),
    description_zh: text('description_zh'),
    initiatives: text('initiatives', { mode: 'json' }).$type<string[]>().notNull(),
    corroborated: integer('corroborated', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('projects_city').on(t.city, t.id), index('projects_sector').on(t.sector), index('projects_kind').on(t.kind)],
);

/** What the text says happened to a project, in its order, each with its period and the passages that say it. */
export const projectEvents = sqliteTable(
  'project_events',
  {
    project: text('project')
      .notNull()
      .references(() => projects.id),
    position: integer('position').notNull(),
    status: text('status', { enum: vocabulary.PROJECT_STATUSES }).notNull(),
    period: text('period'),
    period_start: text('period_start'),
    period_end: text('period_end'),
    evidence: text('evidence', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.project, t.position] }), index('project_events_status').on(t.status, t.project)],
);

export const complaints = sqliteTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    city: text('city')
      .notNull()
      .references(() => cities.slug),
    title_zh: text('title_zh').notNull(),
    title_en: text('title_en').notNull(),
    raised_by_zh: text('raised_by_zh'),
    raised_by_en: text('raised_by_en'),
    problem_zh: text('problem_zh').notNull(),
    problem_en: text('problem_en').notNull(),
    location_zh: text('location_zh'),
    location_en: text('location_en'),
    reported_on: text('reported_on'),
    resolved_on: text('resolved_on'),
    duration_days: real('duration_days'),
    households: integer('households'),
    amount_cny: real('amount_cny'),
    handling_zh: text('handling_zh'),
    handling_en: text('handling_en'),
    initiative: text('initiative'),
  },
  (t) => [index('complaints_city').on(t.city)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    id: text('id').primaryKey(),
    city: text('city')
      .notNull()
      .references(() => cities.slug),
    metric: text('metric')
      .notNull()
      .references(() => metrics.key),
    scope: text('scope').references(() => scopes.key),
    label_zh: text('label_zh').notNull(),
    label_en: text('label_en').notNull(),
    value: real('value').notNull(),
    value_text: text('value_text').notNull(),
    unit_zh: text('unit_zh').notNull(),
    unit: text('unit', { enum: UNITS }).notNull(),
    value_base: real('value_base').notNull(),
    qualifier: text('qualifier', { enum: vocabulary.QUALIFIERS }).notNull(),
    estimated: integer('estimated', { mode: 'boolean' }).notNull(),
    period: text('period'),
    period_start: text('period_start'),
    period_end: text('period_end'),
    initiative: text('initiative'),
    complaint: text('complaint'),
    relates_to: text('relates_to'),
    part_of: text('part_of'),
    project: text('project'),
    corroborated: integer('corroborated', { mode: 'boolean' }).notNull(),
    reported_on: text('reported_on'),
  },
  (t) => [
    index('indicators_city').on(t.city, t.id),
    index('indicators_metric').on(t.metric, t.id),
    // /compare: one metric of one scope across cities, read in its order (city, period_start, id);
    // period_end last so a year filter and the total are answered from the index alone.
    index('indicators_metric_city').on(t.metric, t.scope, t.city, t.period_start, t.id, t.period_end),
    index('indicators_unit_value').on(t.unit, t.value_base),
    // complaint=: a case's few figures (a complaint's page lists them).
    index('indicators_complaint').on(t.complaint),
    // sort=value_base and min/max without a unit: the page in index order, the total counted in the index.
    index('indicators_value_base').on(t.value_base, t.id),
    index('indicators_period').on(t.period_start, t.period_end),
    // A year or date range: the overlapping periods first in this order (periodOverlaps in src/db/sql.ts).
    index('indicators_period_end').on(t.period_end, t.period_start),
    // sort=period, period_start and period_end in time, a figure with no period last either way (PERIOD_SORTS): one
    // index a direction. The first two hold sort=period's whole order; period_start's ties are few, sorted as read.
    index('indicators_period_sort').on(
      sql`(${t.period} is null)`,
      t.period_start,
      sql`(${t.period_end} is null)`,
      t.period_end,
      t.period,
      t.id,
    ),
    index('indicators_period_sort_desc').on(
      sql`(${t.period} is null)`,
      sql`${t.period_start} desc`,
      sql`(${t.period_end} is null) desc`,
      sql`${t.period_end} desc`,
      sql`${t.period} desc`,
      t.id,
    ),
    index('indicators_period_end_sort').on(sql`(${t.period} is null)`, sql`(${t.period_end} is null)`, t.period_end, t.id),
    index('indicators_period_end_sort_desc').on(
      sql`(${t.period} is null)`,
      sql`(${t.period_end} is null) desc`,
      sql`${t.period_end} desc`,
      t.id,
    ),
    index('indicators_initiative').on(t.initiative),
    index('indicators_project').on(t.project),
    index('indicators_reported_on').on(t.reported_on),
  ],
);

/** Which passages each record rests on, in the order the curator gave. */
export const evidence = sqliteTable(
  'evidence',
  {
    record_type: text('record_type', { enum: vocabulary.CITING_TYPES }).notNull(),
    record_id: text('record_id').notNull(),
    passage: text('passage')
      .notNull()
      .references(() => passages.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.record_type, t.record_id, t.passage] }), index('evidence_passage').on(t.passage)],
);

/** One row per key: dataset version (content hash of seed/ and the documents the zip carries), schema version, title. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
