/**
 * The shape of every curated file in seed/data, as zod schemas. The build
 * parses each file with these before any cross-record check runs.
 */
import { z } from 'zod';
import type { About } from '../src/dataset/about.ts';
import { ISO_DATE } from '../src/domain/calendar.ts';
import { idPattern } from '../src/domain/ids.ts';
import { PERIOD_PATTERN } from '../src/domain/periods.ts';
import { UNITS } from '../src/domain/units.ts';
import {
  AUTHOR_ROLES,
  CITING_TYPES,
  CONFIDENCES,
  EXCLUSION_REASONS,
  INITIATIVE_KINDS,
  LEVELS,
  MEDIA,
  PROJECT_KINDS,
  PROJECT_SECTORS,
  PROJECT_STATUSES,
  QUALIFIERS,
  SCRIPTS,
} from '../src/domain/vocabulary.ts';
import type { Published } from './published.ts';

const id = z.string().regex(/^[0-9a-z][0-9a-z.-]*$/, 'lowercase letters, digits, "-" and "."');
const slug = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'lowercase pinyin, words joined by "-"');
/**
 * A reference to an area or a metric by its key: any text here, so that one that is no key (武威市, Wuwei, a key a letter
 * off) is reported by the checks across files with the key it likely means (seed/verify.ts, rev29), not only its shape.
 */
const reference = z.string().min(1);
const date = z.string().regex(ISO_DATE, 'a date YYYY-MM-DD');
const period = z
  .string()
  .regex(
    PERIOD_PATTERN,
    'is not a period code: write 2023, 2023-Q1, 2023-04, 2023-04-26, or start/end of two days or .. (2023-02-13/2024-02-18, ../2023-10-31)',
  );
const passageId = z.string().regex(idPattern('passage'), 'a passage id such as 000-p001');
/** Text with something in it, as typed: a space at either end is refused, not trimmed away unseen (the file and the database would differ). */
const nonEmpty = z
  .string()
  .min(1)
  .refine((text) => text.trim() === text, 'has a space or line break at its start or end: remove it');

export const sourceRecord = z.strictObject({
  id: z.string().regex(/^\d{3}$/),
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title_zh: nonEmpty,
  title_en: nonEmpty,
  outlet: nonEmpty.nullable(),
  source_line: nonEmpty.nullable(),
  /** Everyone the article names as making it, in its order, with the role it gives; empty when it names no one. */
  authors: z.array(z.strictObject({ name: nonEmpty, role: z.enum(AUTHOR_ROLES) })),
  /** Where it was published, where the text shows it (a web page's navigation); null when the text does not say. */
  medium: z.enum(MEDIA).nullable(),
  published_on: date.nullable(),
  published_at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .nullable(),
  script: z.enum(SCRIPTS),
  note: nonEmpty.nullable(),
  note_zh: nonEmpty.nullable(),
});

export const passageRecord = z.strictObject({
  id: passageId,
  source: z.string().regex(/^\d{3}$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  /** The reviewed Simplified reading: glosses removed, repairs and reading overrides applied, layout breaks inside sentences removed. */
  text_zh_hans: nonEmpty.optional(),
  text_en: nonEmpty,
});

export const repairRecord = z.strictObject({
  id: id,
  source: z.string().regex(/^\d{3}$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  damaged: z.string().min(1),
  repaired: z.string().min(1),
  confidence: z.enum(CONFIDENCES),
  note: nonEmpty.nullable(),
  note_zh: nonEmpty.nullable(),
});

/**
 * A reviewed reading of a character (or run) the automatic Traditional-to-
 * Simplified conversion reads wrongly, because it has more than one
 * Simplified form (著 → 着 in 著力): offsets into the article as received.
 */
export const readingRecord = z.strictObject({
  source: z.string().regex(/^\d{3}$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  reading: z.string().min(1),
  note: nonEmpty,
});

export const cityRecord = z.strictObject({
  slug,
  name_zh: nonEmpty,
  name_en: nonEmpty,
  level: z.enum(LEVELS),
  parent: slug.nullable(),
  code: z
    .string()
    .regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code')
    .nullable(),
});

const metricKey = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, 'dotted lowercase, such as investment.funds_in_place');

export const metricRecord = z.strictObject({
  key: metricKey,
  name_zh: nonEmpty,
  name_en: nonEmpty,
  /** The definition in English. */
  definition: nonEmpty,
  definition_zh: nonEmpty,
  unit: z.enum(UNITS),
});

/**
 * A scope (口径): how a figure narrows what its metric defines, such as to
 * investors from outside the province or to one bureau's work. Comparisons
 * set only figures of the same scope side by side.
 */
export const scopeRecord = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase words joined by "_", such as out_of_province'),
  name_zh: nonEmpty,
  name_en: nonEmpty,
  definition_en: nonEmpty,
  definition_zh: nonEmpty,
});

/**
 * A metric key that was published and then retired: it keeps answering for the
 * live key it was merged into, or for the keys it was split into.
 */
export const metricAliasRecord = z.strictObject({
  alias: metricKey,
  metrics: z.array(metricKey).min(1, 'an alias stands for at least one live metric'),
  /** Where the retired key's name meant a scope (out_of_province_funds_in_place), the scopes its figures now carry. */
  scopes: z.array(z.string()).min(1).nullable().default(null),
  note_en: nonEmpty,
  note_zh: nonEmpty,
});

export const initiativeRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'English, lowercase, hyphenated'),
  city: reference,
  kind: z.enum(INITIATIVE_KINDS),
  name_zh: nonEmpty,
  name_en: nonEmpty,
  description_en: nonEmpty.nullable().optional(),
  /** The description in Chinese, in the article's own words. */
  description_zh: nonEmpty.nullable(),
  /** When it began, only where the text gives the date. */
  started_on: period.nullable(),
  /** The campaign or initiative it belongs to, only where the text says so. */
  part_of: z.string().nullable(),
  evidence: z.array(passageId).min(1, 'every initiative cites at least one passage'),
});

export const indicatorRecord = z.strictObject({
  id: z.string().regex(idPattern('indicator'), 'an indicator id such as 000-i001'),
  city: reference,
  metric: reference,
  /** The scope that narrows the metric for this figure, or null when the figure is the metric exactly. */
  scope: z.string().nullable(),
  label_zh: nonEmpty,
  label_en: nonEmpty,
  value: z.number().nonnegative(),
  value_text: nonEmpty,
  unit_zh: z.string().describe('the unit as written; empty when the text writes none (两获贡献奖)'),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS),
  estimated: z.boolean(),
  period: period.nullable(),
  initiative: z.string().nullable(),
  complaint: z.string().nullable(),
  relates_to: z.string().nullable(),
  /** The indicator that counts the whole this row is part of (其中: 签约项目8项,其中落地开工5项), or null. */
  part_of: z.string().nullable().optional(),
  /** The named project this figure measures (its investment, capacity, output), or null. */
  project: z.string().nullable().optional(),
  evidence: z.array(passageId).min(1, 'every indicator cites at least one passage'),
});

/** A named project: one undertaking the text names, with what the text says happened to it. */
export const projectRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'English, lowercase, hyphenated'),
  city: reference,
  name_zh: nonEmpty,
  name_en: nonEmpty,
  sector: z.enum(PROJECT_SECTORS),
  kind: z.enum(PROJECT_KINDS),
  description_en: nonEmpty.nullable(),
  description_zh: nonEmpty.nullable(),
  events: z.array(
    z.strictObject({
      status: z.enum(PROJECT_STATUSES),
      period: period.nullable(),
      evidence: z.array(passageId).min(1, 'every status event cites the passage that states it'),
    }),
  ),
  initiatives: z.array(z.string()),
  evidence: z.array(passageId).min(1, 'every project cites at least one passage naming it'),
});

/** A record once published and since withdrawn: its URL answers 410 Gone with the reason. */
export const retiredRecord = z.strictObject({
  record_type: z.enum(CITING_TYPES),
  id: nonEmpty,
  reason_en: nonEmpty,
  reason_zh: nonEmpty,
});

export const complaintRecord = z.strictObject({
  id: z.string().regex(idPattern('complaint'), 'a complaint id such as 000-c01'),
  city: reference,
  title_zh: nonEmpty,
  title_en: nonEmpty,
  raised_by_zh: nonEmpty.nullable(),
  raised_by_en: nonEmpty.nullable(),
  problem_zh: nonEmpty,
  problem_en: nonEmpty,
  location_zh: nonEmpty.nullable(),
  location_en: nonEmpty.nullable(),
  reported_on: period.nullable(),
  resolved_on: period.nullable(),
  duration_days: z.number().positive().nullable(),
  households: z.number().int().positive().nullable(),
  amount_cny: z.number().positive().nullable(),
  handling_zh: nonEmpty.nullable(),
  handling_en: nonEmpty.nullable(),
  initiative: z.string().nullable(),
  evidence: z.array(passageId).min(1, 'every complaint cites at least one passage'),
});

export const exclusionRecord = z.strictObject({
  source: z.string().regex(/^\d{3}$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().regex(/^\d+(\.\d+)?$/, 'a digit run'),
  reason: z.enum(EXCLUSION_REASONS),
  note: z.string().nullable().optional(),
  /** The note in Chinese, for a Chinese page: required where the note has Latin letters. */
  note_zh: z.string().nullable().optional(),
});

/** Each file of seed/data and the schema of its rows; the key is the record's id field. */
export const SEED_FILES = {
  sources: { schema: sourceRecord, key: 'id' },
  passages: { schema: passageRecord, key: 'id' },
  repairs: { schema: repairRecord, key: 'id' },
  readings: { schema: readingRecord, key: null },
  cities: { schema: cityRecord, key: 'slug' },
  metrics: { schema: metricRecord, key: 'key' },
  'metric-aliases': { schema: metricAliasRecord, key: 'alias' },
  scopes: { schema: scopeRecord, key: 'key' },
  initiatives: { schema: initiativeRecord, key: 'id' },
  indicators: { schema: indicatorRecord, key: 'id' },
  complaints: { schema: complaintRecord, key: 'id' },
  projects: { schema: projectRecord, key: 'id' },
  retired: { schema: retiredRecord, key: 'id' },
  exclusions: { schema: exclusionRecord, key: null },
} as const;

export type SourceRecord = z.infer<typeof sourceRecord>;
export type PassageRecord = z.infer<typeof passageRecord>;
export type RepairRecord = z.infer<typeof repairRecord>;
export type ReadingRecord = z.infer<typeof readingRecord>;
export type CityRecord = z.infer<typeof cityRecord>;
export type MetricRecord = z.infer<typeof metricRecord>;
export type MetricAliasRecord = z.infer<typeof metricAliasRecord>;
export type ScopeRecord = z.infer<typeof scopeRecord>;
export type InitiativeRecord = z.infer<typeof initiativeRecord>;
export type IndicatorRecord = z.infer<typeof indicatorRecord>;
export type ComplaintRecord = z.infer<typeof complaintRecord>;
export type ProjectRecord = z.infer<typeof projectRecord>;
export type RetiredRecord = z.infer<typeof retiredRecord>;
export type ExclusionRecord = z.infer<typeof exclusionRecord>;

export type SeedData = {
  /** What the dataset says of itself (seed/dataset.json). */
  about: About;
  sources: SourceRecord[];
  passages: PassageRecord[];
  repairs: RepairRecord[];
  readings: ReadingRecord[];
  cities: CityRecord[];
  metrics: MetricRecord[];
  'metric-aliases': MetricAliasRecord[];
  scopes: ScopeRecord[];
  initiatives: InitiativeRecord[];
  indicators: IndicatorRecord[];
  complaints: ComplaintRecord[];
  projects: ProjectRecord[];
  retired: RetiredRecord[];
  /** Every id once published, by kind (data/published.json, seed/published.ts); undefined when the file does not read. */
  published?: Published;
  exclusions: ExclusionRecord[];
  /** Article texts by source id, as received. */
  articles: Map<string, string>;
  /** SHA-256 of each article's bytes as found on disk. */
  digests: Map<string, string>;
};

/**
 * An article's code points, in which passages' offsets count, made once per text (a handful of articles, read by every
 * check and every passage's reading): not to be changed by a caller.
 */
const CODE_POINTS = new Map<string, readonly string[]>();
export function codePointsOf(text: string): readonly string[] {
  let chars = CODE_POINTS.get(text);
  if (!chars) {
    chars = Array.from(text);
    CODE_POINTS.set(text, chars);
  }
  return chars;
}

/** The line of an article (its code points) a code point stands on: a paragraph, as the articles print them. */
export function lineAround(article: readonly string[], at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && article[start - 1] !== '\n') start--;
  let end = at;
  while (end < article.length && article[end] !== '\n') end++;
  return { start, end };
}
