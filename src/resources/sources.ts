/** Sources: the five articles, byte for byte, with their known damage; passages: the spans quoted. */
import { z } from 'zod';
import type { Db } from '../db/open.ts';
import { passages, sources } from '../db/schema.ts';
import { JSON_VALUES, oneOf } from '../db/sql.ts';
import { rows } from '../db/statements.ts';
import { AUTHOR_ROLES, CONFIDENCES, MEDIA, SCRIPTS } from '../domain/vocabulary.ts';
import { defineResource } from './resource.ts';
import { commaList, evidenceSchema, isoDate, listSchema, pageQuery, searchParam } from './schemas.ts';

const repairSchema = z
  .object({
    id: z.string(),
    start: z.number().int().nonnegative().describe('Code point offset of the damaged run in the article.'),
    end: z.number().int().nonnegative(),
    damaged: z.string().describe('The text as received.'),
    repaired: z.string().describe('What the context says it was (Simplified).'),
    confidence: z.enum(CONFIDENCES),
    note: z.string().nullable().describe('Why the repair reads so.'),
    note_zh: z.string().nullable().describe('The same in Chinese.'),
  })
  .meta({ id: 'Repair' });

type Repair = z.output<typeof repairSchema>;

const authorSchema = z
  .object({
    name: z.string().describe('As the article prints it, spaces inside a Chinese name removed (郭 军 → 郭军).'),
    role: z.enum(AUTHOR_ROLES).describe('What the article calls them: a byline (author), 记者 (reporter), 编辑 (editor).'),
  })
  .meta({ id: 'Author' });

const sourceSchema = z
  .object({
    id: z.string().describe('The key: three digits.').meta({ example: '000' }),
    file: z.string().describe('File name as received.'),
    sha256: z.string().describe('SHA-256 of the file bytes; checked at every build.'),
    title_zh: z
      .string()
      .describe('The headline as printed; for 002, printed in Traditional script with pinyin glosses, its Simplified reading.'),
    title_en: z.string().describe('The headline in English (a translation, not a title of the article).'),
    outlet: z.string().nullable().describe('The site or paper it appeared in, where the text names it.'),
    source_line: z.string().nullable().describe('Its 来源 (source) line as printed, where it has one.'),
    authors: z
      .array(authorSchema)
      .describe('Everyone the article names as making it, in its order, with the role it gives them; empty when it names no one.'),
    medium: z
      .enum(MEDIA)
      .nullable()
      .describe(
        'web when the text carries a web page’s navigation (中国张掖网 >> …, 发布时间); print when it shows print; null when it does not say.',
      ),
    published_on: isoDate.nullable().describe('Publication date, null where the text does not state it.'),
    published_at: z.string().nullable().describe('Publication date and time as printed (local time, no zone), where the text gives it.'),
    script: z.enum(SCRIPTS).describe('The script it arrived in: Hans (Simplified) or Hant (Traditional).'),
    length: z.number().int().nonnegative().describe('Length in code points.').meta({ 'x-unit': 'code points' }),
    note: z.string().nullable().describe('What a reader of the article should know: what it leaves unstated, how it was printed.'),
    note_zh: z.string().nullable().describe('The same in Chinese.'),
    repairs: z.array(repairSchema),
  })
  .meta({ id: 'Source' });

export type Source = z.output<typeof sourceSchema>;

const passageSchema = evidenceSchema
  .extend({ repairs: z.array(repairSchema).describe('Known damage inside this span, with its repair and confidence.') })
  .meta({ id: 'Passage' });

export type Passage = z.output<typeof passageSchema>;

const REPAIR_COLUMNS = 'id, source, start, "end", damaged, repaired, confidence, note, note_zh';

/** Known damage of these articles, by article, in order. */
function repairsOf(db: Db, ids: readonly string[]): Map<string, (Repair & { source: string })[]> {
  const bySource = new Map<string, (Repair & { source: string })[]>(ids.map((id) => [id, []]));
  for (const r of rows<Repair & { source: string }>(
    db,
    `select ${REPAIR_COLUMNS} from repairs where source in ${JSON_VALUES} order by source, start`,
    [JSON.stringify(ids)],
  )) {
    bySource.get(r.source)?.push(r);
  }
  return bySource;
}

const withoutSource = ({ source: _, ...repair }: Repair & { source: string }): Repair => repair;

export const sourceResource = defineResource({
  type: 'source',
  vocabulary: 'source',
  path: 'sources',
  describes: 'An article: its file (byte for byte as received, SHA-256 checked), headline, byline, outlet, date and known damage.',
  table: sources,
  key: 'id',
  item: sourceSchema,
  list: listSchema(sourceSchema, 'Source'),
  query: z.strictObject(pageQuery),
  ask: () => ({ where: [], sort: [] }),
  load: (db, ids, tableRows) => {
    const repairs = repairsOf(db, ids);
    return tableRows(ids).map((s) => ({
      ...(s as Omit<Source, 'repairs'>),
      repairs: (repairs.get(String(s.id)) ?? []).map(withoutSource),
    }));
  },
  operations: {
    list: { operationId: 'listSources', tags: ['sources'], summary: 'The five articles, with their SHA-256 and known damage' },
    get: { operationId: 'getSource', tags: ['sources'], summary: 'One article' },
  },
});

const passageQuery = z.strictObject({
  ...pageQuery,
  source: commaList('Article ids, comma-separated: their passages, in the order they stand in the article.', '002'),
  q: searchParam.optional(),
});

export const passageResource = defineResource({
  type: 'passage',
  path: 'passages',
  describes:
    'A verbatim span of an article that records rest on, at code point offsets, with its Simplified reading and English translation.',
  table: passages,
  key: 'id',
  item: passageSchema,
  list: listSchema(passageSchema, 'Passage'),
  query: passageQuery,
  references: { source: 'sources' },
  search: 'passage',
  // In reading order: by article, then by where each stands (the (source, start) index).
  ask: (q: z.output<typeof passageQuery>) => ({
    where: [q.source?.length ? oneOf('source', q.source) : undefined],
    q: q.q,
    sort: [
      { column: 'source', descending: false },
      { column: 'start', descending: false },
    ],
  }),
  load: (db, ids) => {
    const found = rows<Omit<Passage, 'repairs'>>(
      db,
      `select id, source, start, "end", text, text_zh_hans, text_en from passages where id in ${JSON_VALUES}`,
      [JSON.stringify(ids)],
    );
    const repairs = repairsOf(db, [...new Set(found.map((p) => p.source))]);
    return found.map((p) => ({
      ...p,
      repairs: (repairs.get(p.source) ?? []).filter((r) => r.start < p.end && r.end > p.start).map(withoutSource),
    }));
  },
  operations: {
    list: {
      operationId: 'listPassages',
      tags: ['sources'],
      summary: 'The verbatim spans the records quote, article by article, in reading order',
    },
    get: { operationId: 'getPassage', tags: ['sources'], summary: 'One verbatim span, its Simplified reading and English translation' },
  },
});
