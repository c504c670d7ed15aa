/**
 * The zod schemas shared by several resources: the list envelope, evidence, pagination
 * and the kinds of query parameter. One schema validates, serializes and documents.
 */
import { z } from 'zod';
import { DEFAULTS, LIMITS } from '../config.ts';
import { ISO_DATE } from '../domain/calendar.ts';
import { periodRange } from '../domain/periods.ts';

/** A passage a record rests on (defined with the query that fetches it, src/db/evidence.ts). */
export { evidenceSchema } from '../db/evidence.ts';

/**
 * A calendar date, YYYY-MM-DD, as format date for JSON Schema readers (the data package makes it a
 * date field). The pattern is the plain one: the dates come from the seed, whose checks already
 * reject impossible ones, and zod's own ISO pattern (leap years and all) would sit in every schema
 * of the OpenAPI document.
 */
export const isoDate = z.string().regex(ISO_DATE, 'a date YYYY-MM-DD').meta({ format: 'date' });

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(DEFAULTS.pageSize).describe(`Page size, 1 to ${LIMITS.pageSize}.`),
  offset: z.coerce.number().int().min(0).max(LIMITS.offset).default(0).describe('Rows to skip.'),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('csv: every row of the filtered set as UTF-8 CSV with a BOM (same as Accept: text/csv); limit and offset are ignored.'),
};

/** A control character no claim or query has: U+0000–U+001F but tab and line breaks, and U+007F (each, with g). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/**
 * Whether a text has no control character (CONTROL_CHARACTER): no claim or query has one, and a page cannot
 * show one (a NUL becomes U+FFFD in a form's field, which then asks another query).
 */
export const withoutControls = (text: string): boolean => !CONTROL_CHARACTER.test(text);
export const NO_CONTROLS = 'text with no control characters (U+0000 to U+001F but tab and line breaks, U+007F)';

/** Full-text search, the same in Simplified, Traditional and English; any length. */
export const searchParam = z
  .string()
  .trim()
  .min(1, { message: 'give at least one character', abort: true })
  .max(LIMITS.queryLength, `at most ${LIMITS.queryLength} characters`)
  // A Kangxi radical (⾦, from a PDF) is searched as its ideograph (src/domain/chinese.ts toHalfWidth).
  .refine((q) => /[\p{L}\p{N}\u2f00-\u2fd5]/u.test(q), 'give at least one letter, digit or Chinese character')
  .refine(withoutControls, NO_CONTROLS)
  .describe(
    'Text search over labels, names and quoted passages, in Simplified, Traditional or English; 张掖 and 張掖 give the same answer, and a word as Taiwan says it finds the mainland’s too (專案 finds 项目). Terms separated by spaces or commas must all match. For example: 武威.',
  );

const TOTAL_BOUND_WORDS = `one row past ${DEFAULTS.totalCountedUpTo.toLocaleString('en-US')} or past the end of the page, whichever is further`;

export const totalParam = z
  .enum(['bounded', 'exact'])
  .optional()
  .describe(
    `bounded (the default): count matching rows up to ${TOTAL_BOUND_WORDS}, and say in meta.total_exact whether that was all of them. exact: count them all, however many.`,
  );

const facetSchema = z
  .record(
    z.string(),
    z.array(z.object({ value: z.union([z.string(), z.number(), z.boolean(), z.null()]), count: z.number().int().nonnegative() })),
  )
  .describe(
    'For each field asked for in facets=, its values and how many rows of the whole filtered set have each, most frequent first (the first facet_limit of them).',
  );

const facetsOmittedSchema = z
  .record(z.string(), z.number().int().nonnegative())
  .describe('For each facet field with more values than facet_limit, how many values were left out; absent when none were.');

/**
 * A list answer. `boundedTotal`: the total may be a lower bound (indicator lists and comparisons,
 * which a database of every city and year makes too long to count on every page; src/db/totals.ts),
 * said by meta.total_exact.
 */
export function listSchema<T extends z.ZodType, More extends z.ZodRawShape = Record<never, never>>(
  item: T,
  name: string,
  { facets = false, boundedTotal = false, meta: more = {} as More }: { facets?: boolean; boundedTotal?: boolean; meta?: More } = {},
) {
  const total = z.number().int().nonnegative().describe('Rows matched.');
  const page = { limit: z.number().int().nonnegative(), offset: z.number().int().nonnegative() };
  const meta = boundedTotal
    ? z.object({
        total: total.describe(
          `Rows matched; when total_exact is false, at least this many: counting stops ${TOTAL_BOUND_WORDS}. total=exact counts every row.`,
        ),
        total_exact: z.boolean().describe('False when total is a lower bound.'),
        ...page,
      })
    : z.object({ total, ...page });
  return z
    .object({
      data: z.array(item),
      meta: (facets ? meta.extend({ facets: facetSchema.optional(), facets_omitted: facetsOmittedSchema.optional() }) : meta).extend(more),
      links: z.object({
        self: z.string(),
        prev: z
          .string()
          .nullable()
          .describe(
            'The page before; null on the first page. Past the end, the last page with rows (the first page, when no row matched).',
          ),
        next: z.string().nullable().describe('The page after; null on the last page.'),
      }),
    })
    .meta({ id: `${name}List` });
}

export const citySlugParams = z.object({
  slug: z.string().max(LIMITS.keyLength).describe('City slug, lowercase pinyin (wuwei, zhangye, gansu …).').meta({ example: 'wuwei' }),
});

export const idParams = z.object({ id: z.string().max(LIMITS.keyLength) });

/** What parts a list parameter's items: a comma, or as a Chinese keyboard types it, a full-width comma or 、. */
export const LIST_SEPARATOR = /[,，、]/;

/** The items of a comma list as a list parameter reads them: trimmed, empty ones dropped. */
export const commaItems = (value: string): string[] =>
  value
    .split(LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * A comma-separated list parameter: `city=wuwei,zhangye`. Its example goes in its description:
 * Swagger UI's "Try it out" fills in every example it is given, and a list should come back whole,
 * not narrowed by every optional filter at once. `{ prefill: true }` gives it as an example too.
 */
export function commaList<T extends z.ZodType<string, string> = z.ZodString>(
  description: string,
  example?: string,
  item?: T,
  { prefill = false } = {},
) {
  const items = z
    .array((item ?? z.string().max(LIMITS.valueLength)) as T)
    .min(1, 'give at least one value')
    .max(LIMITS.listItems, `at most ${LIMITS.listItems} values`);
  return z
    .string()
    .max(LIMITS.listLength)
    .transform(commaItems)
    .pipe(items)
    .optional()
    .describe(example && !prefill ? `${description} For example: ${example}.` : description)
    .meta(example && prefill ? { example } : {});
}

/** A boolean query parameter: only the words true and false. */
export function booleanParam(description: string) {
  return z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe(description);
}

/**
 * The query strings of a record list: its own filters, then source= and q=, under /cities/{slug}/
 * (`scopedQuery`); the whole list (`query`) adds city= and within=.
 */
export function listQueries<S extends z.ZodRawShape>(own: S) {
  const scopedQuery = z.strictObject({
    ...pageQuery,
    ...own,
    source: commaList('Source article ids, comma-separated.'),
    q: searchParam.optional(),
  });
  const query = z.strictObject({
    ...scopedQuery.shape,
    city: commaList('City slugs, comma-separated.'),
    within: z.string().max(LIMITS.keyLength).optional().describe('An area and everything under it.'),
  });
  return { scopedQuery, query };
}

/** facets= and facet_limit=: value counts of some fields over the whole filtered set. */
export function facetParams<F extends readonly [string, ...string[]]>(fields: F, example: string) {
  return {
    facets: commaList(
      `Fields to count values of over the whole filtered set, in meta.facets: ${fields.join(', ')}.`,
      example,
      z.enum(fields),
    ),
    facet_limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(LIMITS.facetValues)
      .optional()
      .describe(
        `Values given per facet field, most frequent first (default ${DEFAULTS.facetValues}); meta.facets_omitted counts those left out.`,
      ),
  };
}

/** fields=: the top-level fields each record of the answer holds, for JSON and CSV alike. */
export function fieldsParam(fields: readonly string[]) {
  return commaList(
    `The fields each record of the answer holds, comma-separated, among: ${fields.join(', ')}. In CSV, the columns of those fields${fields.includes('evidence') ? ' (evidence: every evidence_ column)' : ''}. A record then holds only those fields, not every field its schema requires.`,
    undefined,
    z.enum(fields as [string, ...string[]]),
  );
}

/** What a time filter does with a period open at one end (the text gives no start, or no end): it overlaps every year on that side. */
export const OPEN_PERIODS =
  ' A period open at one end overlaps every time on that side: 2023-02-13/.. every year from 2023 on, ../2024-02-18 every year up to 2024.';

/** year=: what overlaps one year (src/domain/periods.ts yearRange), 1900 to 2100. */
export const yearParam = (description: string) => z.coerce.number().int().min(1900).max(2100).optional().describe(description);

/** A date YYYY-MM-DD that exists (2023-99-99 and 2023-02-30 do not). */
export const dateParam = z
  .string()
  .regex(ISO_DATE, { error: 'a date YYYY-MM-DD', abort: true })
  .refine((date) => periodRange(date) !== null, { error: (issue) => `a date that exists (${issue.input} does not)` });

/** meta.undated: the records a time filter left out because the text gives them no period (figures; projects none of whose events it dates). */
export const undatedMeta = z
  .object({
    total: z
      .number()
      .int()
      .nonnegative()
      .describe('Records matching every other filter that the text gives no period (a project: none of its events), counted as total is.'),
    total_exact: z.boolean(),
    link: z.string().describe('The list of them.'),
  })
  .optional();

/** meta.aliases: the retired metric keys a request named, and the keys they now stand for. */
export const aliasesMeta = z
  .array(
    z.object({
      alias: z.string(),
      metrics: z.array(z.string()),
      scopes: z.array(z.string()).nullable().describe('Where the retired key meant a scope, the scopes it answers for.'),
      note_en: z.string(),
      note_zh: z.string(),
    }),
  )
  .optional()
  .describe('Retired metric keys the request named: each answered for the keys (and scopes) it now stands for.');
