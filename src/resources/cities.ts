/** Cities: every administrative area the articles mention, with its parent and GB/T 2260 code. */
import { z } from 'zod';
import { cities } from '../db/schema.ts';
import { oneOf } from '../db/sql.ts';
import { LEVELS } from '../domain/vocabulary.ts';
import { defineResource } from './resource.ts';
import { commaList, listSchema, pageQuery } from './schemas.ts';

const citySchema = z
  .object({
    slug: z.string().describe('The key: lowercase pinyin.').meta({ example: 'wuwei' }),
    name_zh: z.string().describe('Its name in Chinese, with its level suffix (市, 县, 区).').meta({ example: '武威市' }),
    name_en: z.string().describe('Its name in English.').meta({ example: 'Wuwei' }),
    level: z.enum(LEVELS).describe('Its administrative level (a county-level city is county).'),
    parent: z.string().nullable().describe('The slug of the area it belongs to; null for a province.'),
    code: z.string().nullable().describe('GB/T 2260 six-digit code, null where the area has none.'),
  })
  .meta({ id: 'City' });

export type City = z.output<typeof citySchema>;

const query = z.strictObject({
  ...pageQuery,
  parent: commaList('Areas directly under these (zhangye: its counties and districts), comma-separated.'),
  level: commaList(`Levels, comma-separated: ${LEVELS.join(', ')}.`, undefined, z.enum(LEVELS)),
});

export const cityResource = defineResource({
  type: 'city',
  vocabulary: 'city',
  path: 'cities',
  describes:
    'An administrative area the articles name as a place or inside a name (甘谷县 of 华能甘谷发电有限公司), or the parent that keeps the tree whole (天水市, which no article names), with its parent and GB/T 2260 code.',
  titles: { zh: 'name_zh', en: 'name_en' },
  table: cities,
  key: 'slug',
  item: citySchema,
  list: listSchema(citySchema, 'City'),
  query,
  references: { parent: 'cities' },
  ask: (q: z.output<typeof query>) => ({
    where: [q.parent?.length ? oneOf('parent', q.parent) : undefined, q.level?.length ? oneOf('level', q.level) : undefined],
    sort: [],
  }),
  operations: {
    list: { operationId: 'listCities', tags: ['cities'], summary: 'Every administrative area the articles mention' },
    get: { operationId: 'getCity', tags: ['cities'], summary: 'One administrative area' },
  },
});
