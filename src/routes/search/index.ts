/** /search: every record type and passage at once. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SEARCHABLE } from '../../db/search.ts';
import { answerList, exportName, servedRows } from '../../http/lists.ts';
import { errorResponses } from '../../http/problem-schema.ts';
import { columnsOf } from '../../resources/columns.ts';
import { commaList, fieldsParam, listSchema, pageQuery, searchParam } from '../../resources/schemas.ts';
import { servedRecords } from '../../resources/served.ts';
import { RESOURCE_OF, type RecordsOf, search } from './query.ts';
import { hitSchema, type SearchHit } from './schema.ts';

export const hitList = listSchema(hitSchema, 'SearchHit');

/** /search's query string (the MCP search tool takes the same parameters). */
export const searchQuery = z.strictObject({
  ...pageQuery,
  // Required here, so Swagger UI's "Try it out" may fill it in.
  q: searchParam.meta({ example: '張掖' }),
  type: commaList(`Record types to search, comma-separated: ${SEARCHABLE.join(', ')}.`, 'indicator', z.enum(SEARCHABLE)),
  fields: fieldsParam(Object.keys(hitSchema.shape)),
});

const COLUMNS = columnsOf<SearchHit>(Object.keys(hitSchema.shape));

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary: 'One search over indicators, initiatives, complaints, projects, passages, cities and metrics',
        description:
          'Simplified, Traditional and English queries all work, of any length (one Chinese character included): 張掖 finds what 张掖 finds, ' +
          'and a word as Taiwan says it finds the mainland’s word as well as itself (專案 finds 项目 and 专案). ' +
          'Several words must all match. Best matches first: a record whose title holds every word (searched by its name) before ' +
          'the records that only mention them, the shortest such titles first; then the rest by relevance (bm25).',
        querystring: searchQuery,
        response: { 200: hitList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { q, type } = request.query;
      // Hits' titles and passages from their records as the API serves them; an export's are not kept.
      const recordsOf =
        (keep: boolean): RecordsOf =>
        (t, ids) =>
          servedRecords(app.db, app.recordCache, RESOURCE_OF[t], ids, { keep, missing: 'skip' }).map((s) => s.record);
      return answerList(request, reply, request.query, {
        fileName: () => exportName(request, 'search'),
        list: hitList,
        columns: COLUMNS,
        page: (page) => {
          const { rows, total } = search(app.db, recordsOf(true), q, type, page);
          return { items: servedRows(hitSchema, rows), total };
        },
        every: () => search(app.db, recordsOf(false), q, type, { limit: Number.MAX_SAFE_INTEGER, offset: 0 }).rows,
      });
    },
  );
};

export default searchRoutes;
