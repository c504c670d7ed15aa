/** /cities, /cities/{slug} and the lists scoped to one city. */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS } from '../../domain/vocabulary.ts';
import { notFound } from '../../plugins/errors.ts';
import { listComplaints } from '../complaints/query.ts';
import { complaintList, complaintQuery } from '../complaints/schema.ts';
import { listIndicators } from '../indicators/query.ts';
import { cityIndicatorQuery, filtersOf, indicatorList } from '../indicators/schema.ts';
import { listInitiatives } from '../initiatives/query.ts';
import { initiativeList, initiativeQuery } from '../initiatives/schema.ts';
import { citySlugParams, errorResponses, listOf, listSchema, pageQuery } from '../schemas.ts';
import { getCity, listCities } from './query.ts';

export const citySchema = z
  .object({
    slug: z.string().meta({ example: 'wuwei' }),
    name_zh: z.string().meta({ example: '武威市' }),
    name_en: z.string().meta({ example: 'Wuwei' }),
    level: z.enum(LEVELS),
    parent: z.string().nullable(),
    code: z.string().nullable().describe('GB/T 2260 six-digit code, null where the area has none.'),
  })
  .meta({ id: 'City' });

const cityRoutes: FastifyPluginAsyncZod = async (app) => {
  const requireCity = (slug: string) => {
    const city = getCity(app.db, slug);
    if (!city) throw notFound('city', slug);
    return city;
  };

  app.get(
    '/cities',
    {
      schema: {
        operationId: 'listCities',
        tags: ['cities'],
        summary: 'Every administrative area the articles mention',
        querystring: z.strictObject(pageQuery),
        response: { 200: listSchema(citySchema, 'City'), ...errorResponses },
      },
    },
    async (request) => {
      const { rows, total } = listCities(app.db, request.query);
      return listOf(rows, total, request.query, request.url);
    },
  );

  app.get(
    '/cities/:slug',
    {
      schema: {
        operationId: 'getCity',
        tags: ['cities'],
        summary: 'One administrative area',
        params: citySlugParams,
        response: { 200: citySchema, ...errorResponses },
      },
    },
    async (request) => requireCity(request.params.slug),
  );

  app.get(
    '/cities/:slug/indicators',
    {
      schema: {
        operationId: 'listCityIndicators',
        tags: ['cities', 'indicators'],
        summary: "One area's statistics, each with its verbatim evidence",
        params: citySlugParams,
        querystring: cityIndicatorQuery,
        response: { 200: indicatorList, ...errorResponses },
      },
    },
    async (request) => {
      const city = requireCity(request.params.slug);
      const { limit, offset, ...query } = request.query;
      const { filters, sort } = filtersOf(query);
      const { rows, total } = listIndicators(app.db, { ...filters, city: [city.slug] }, { limit, offset }, sort);
      return listOf(rows, total, { limit, offset }, request.url);
    },
  );

  app.get(
    '/cities/:slug/initiatives',
    {
      schema: {
        operationId: 'listCityInitiatives',
        tags: ['cities', 'initiatives'],
        summary: "One area's campaigns, mechanisms, policy documents and programmes",
        params: citySlugParams,
        querystring: initiativeQuery,
        response: { 200: initiativeList, ...errorResponses },
      },
    },
    async (request) => {
      const city = requireCity(request.params.slug);
      const { limit, offset, ...filters } = request.query;
      const { rows, total } = listInitiatives(app.db, { ...filters, city: [city.slug] }, { limit, offset });
      return listOf(rows, total, { limit, offset }, request.url);
    },
  );

  app.get(
    '/cities/:slug/complaints',
    {
      schema: {
        operationId: 'listCityComplaints',
        tags: ['cities', 'complaints'],
        summary: "One area's resolved complaint cases",
        params: citySlugParams,
        querystring: complaintQuery,
        response: { 200: complaintList, ...errorResponses },
      },
    },
    async (request) => {
      const city = requireCity(request.params.slug);
      const { limit, offset, ...filters } = request.query;
      const { rows, total } = listComplaints(app.db, { ...filters, city: [city.slug] }, { limit, offset });
      return listOf(rows, total, { limit, offset }, request.url);
    },
  );
};

export default cityRoutes;
