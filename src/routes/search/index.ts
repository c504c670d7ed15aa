/** /search: every record type and passage at once. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerList, type CsvColumn } from '../csv.ts';
import { commaList, errorResponses, evidenceSchema, listSchema, pageQuery, searchParam } from '../schemas.ts';
import { type SearchHit, search } from './query.ts';

const TYPES = ['indicator', 'initiative', 'complaint', 'passage', 'city'] as const;

const hitSchema = z
  .object({
    type: z.enum(TYPES),
    id: z.string().describe('The record id (a slug for cities); fetch it at /{type}s/{id}.'),
    title_zh: z.string().nullable(),
    title_en: z.string().nullable(),
    passage: evidenceSchema
      .extend({
        highlight: z
          .string()
          .describe('The Simplified reading (or English) with each match wrapped in <mark>…</mark>; other text HTML-escaped.'),
      })
      .nullable()
      .describe('The passage the match stands in (null for cities).'),
  })
  .meta({ id: 'SearchHit' });

const COLUMNS: CsvColumn<SearchHit>[] = [
  ['type', (h) => h.type],
  ['id', (h) => h.id],
  ['title_zh', (h) => h.title_zh],
  ['title_en', (h) => h.title_en],
  ['passage_id', (h) => h.passage?.id],
  ['passage_text', (h) => h.passage?.text],
];

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary: 'One search over indicators, initiatives, complaints, passages and cities',
        description:
          'Simplified, Traditional and English queries all work, of any length (one Chinese character included): 張掖 finds what 张掖 finds. ' +
          'Several words must all match. Best matches first.',
        querystring: z.strictObject({
          ...pageQuery,
          q: searchParam,
          type: commaList(`Record types to search, comma-separated: ${TYPES.join(', ')}.`, 'indicator', z.enum(TYPES)),
        }),
        response: { 200: listSchema(hitSchema, 'SearchHit'), ...errorResponses },
      },
    },
    async (request, reply) =>
      answerList(request, reply, request.query, 'search', (page) => search(app.db, request.query.q, request.query.type, page), COLUMNS),
  );
};

export default searchRoutes;
