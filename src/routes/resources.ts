/**
 * The routes every record resource gets from its definition (src/resources/): its list, one record
 * by key, and its list under /cities/{slug}/. The route folders call these; only what a resource
 * has beyond them is written there.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vocabulary, withdrawn } from '../db/vocabulary.ts';
import { articleRange, idSpelledOut } from '../domain/ids.ts';
import { CACHE_CONTROL } from '../http/cache.ts';
import { gone, notFound } from '../http/errors.ts';
import { answerList, answerRecord, exportName, type ListSource, linkWith } from '../http/lists.ts';
import { errorResponses, recordErrorResponses } from '../http/problem-schema.ts';
import { nearIds, suggestions } from '../http/suggest.ts';
import type { ListQuery, Resource, Retired } from '../resources/resource.ts';
import { keysBetween, pageOf } from '../resources/resource.ts';
import { citySlugParams, idParams } from '../resources/schemas.ts';
import { everyServed, type Served, servedRecords } from '../resources/served.ts';

type AnyResource = Resource<object, ListQuery>;

/**
 * A record route's path parameter, with its record schema's example key: Swagger UI's "Try it out"
 * starts from a record that exists rather than an empty field.
 */
export function keyParams(resource: AnyResource) {
  const key = resource.item instanceof z.ZodObject ? (resource.item.shape as Record<string, z.ZodType>)[resource.key] : undefined;
  const example = key?.meta()?.example;
  return typeof example === 'string' ? z.object({ id: idParams.shape.id.meta({ example }) }) : idParams;
}

/** A resource's list as a list source: pages of its records' bytes, or every record for an export. */
function recordList(
  app: FastifyInstance,
  request: FastifyRequest,
  resource: AnyResource,
  query: ListQuery,
  fileName: string,
): ListSource<object> {
  const { db, recordCache } = app;
  return {
    fileName: () => exportName(request, fileName),
    list: resource.list,
    columns: resource.csv,
    page: (page, options) => {
      const counting = resource.bounded ? options : { exactTotal: true };
      const found = pageOf(db, resource, query, page, counting);
      return {
        items: servedRecords(db, recordCache, resource, found.keys),
        total: found.total,
        exact: resource.bounded ? found.exact : undefined,
        facets: found.facets,
        meta: resource.meta?.(db, query, (changes) => linkWith(request, changes), counting),
      };
    },
    every: () => everyServed(db, recordCache, resource, { ...query, facets: undefined }, { keep: false }).map((s) => s.record),
  };
}

/** The record with this key and its JSON, or a 410 saying why it was withdrawn, or a 404 naming it. */
export function recordServed(app: FastifyInstance, resource: AnyResource, key: string): Served<object> {
  if (key === '') throw notFound(resource.type, key);
  const [found] = servedRecords(app.db, app.recordCache, resource, [key], { missing: 'skip' });
  if (found) return found;
  const withdrawal = withdrawn(app.db, resource.type, key);
  if (withdrawal) throw gone(resource.type, key, withdrawal);
  // An area, metric, article, initiative or project mistyped: the closest, as a filter's 400 gives them.
  if (resource.vocabulary) throw notFound(resource.type, key, suggestions(key, vocabulary(app.db, resource.vocabulary)));
  // Its article's records of the type it names, read once: the id written short or in capitals (000-i31,
  // 0-I031) where there is one, else those one slip away (000-i0311 for 000-i031).
  const range = articleRange(key);
  const ids = range ? keysBetween(app.db, resource, ...range) : [];
  const spelled = idSpelledOut(key);
  if (spelled !== undefined && ids.includes(spelled)) throw notFound(resource.type, key, [spelled]);
  throw notFound(resource.type, key, [...new Set([...nearIds(key, ids), ...(spelled ? nearIds(spelled, ids) : [])])].slice(0, 3));
}

/**
 * A retired key (a metric's) still answers for what it now stands for: a permanent redirect to the one
 * key it became, or, split into several, a 410 naming them (as a filter, it stands for all of them).
 */
function answerRetired(reply: FastifyReply, url: string, resource: AnyResource, key: string, retired: Retired) {
  const [only, ...others] = retired.became;
  if (others.length === 0) {
    const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    // Kept as the data's answers are: another dataset could give the key back.
    return reply.header('cache-control', CACHE_CONTROL).redirect(`/${resource.path}/${encodeURIComponent(only)}${search}`, 308);
  }
  throw gone(resource.type, key, {
    reason_en: `It was split into ${retired.became.join(', ')}: ${retired.note_en}`,
    reason_zh: `已拆分为${retired.became.join('、')}：${retired.note_zh}`,
  });
}

/** What a retired key answers (answerRetired), declared on the record route of a resource that has them. */
const RETIRED = {
  308: z.null().describe('Permanent Redirect: a retired metric key, to the one key it became (Location), the query kept.'),
};

/** GET /{path} and GET /{path}/{key}, as the resource declares them. */
export function resourceRoutes(resource: AnyResource): FastifyPluginAsyncZod {
  return async (app) => {
    const { list, get } = resource.operations;
    if (list) {
      app.get(
        `/${resource.path}`,
        { schema: { ...list, querystring: resource.query, response: { 200: resource.list, ...errorResponses } } },
        async (request, reply) =>
          answerList(request, reply, request.query, recordList(app, request, resource, request.query, resource.path)),
      );
    }
    if (get) {
      const param = resource.key === 'slug' ? 'slug' : 'id';
      app.get(
        `/${resource.path}/:${param}`,
        {
          schema: {
            ...get,
            params: param === 'slug' ? citySlugParams : keyParams(resource),
            querystring: resource.recordQuery,
            response: { 200: resource.item, ...recordErrorResponses, ...(resource.retired ? RETIRED : {}) },
          },
        },
        async (request, reply) => {
          const key = (request.params as Record<string, string>)[param];
          const retired = resource.retired?.(app.db, key);
          if (retired) return answerRetired(reply, request.url, resource, key, retired);
          const { fields } = request.query as { fields?: string[] };
          return answerRecord(request, reply, recordServed(app, resource, key), fields);
        },
      );
    }
  };
}

/** GET /cities/{slug}/{path}: the resource's list narrowed to one area, after checking the area exists. */
export function scopedListRoute(app: FastifyInstance, resource: AnyResource, cities: AnyResource): void {
  const { scoped } = resource.operations;
  if (!scoped || !resource.scopedQuery) return;
  app.get(
    `/cities/:slug/${resource.path}`,
    {
      schema: {
        ...scoped,
        params: citySlugParams,
        querystring: resource.scopedQuery,
        response: { 200: resource.list, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { slug } = request.params as { slug: string };
      recordServed(app, cities, slug);
      const query = { ...(request.query as ListQuery), city: [slug], within: undefined };
      return answerList(request, reply, query, recordList(app, request, resource, query, `${slug}-${resource.path}`));
    },
  );
}
