/** /cities, /cities/{slug} and the lists scoped to one city. */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS } from '../../domain/vocabulary.ts';
import { notFound } from '../../plugins/errors.ts';
import { complaintSource } from '../complaints/answer.ts';
import { COMPLAINT_COLUMNS, complaintList, complaintQuery } from '../complaints/schema.ts';
import { answerList, type CsvColumn } from '../csv.ts';
import { answerIndicators } from '../indicators/answer.ts';
import { cityIndicatorQuery, indicatorList } from '../indicators/schema.ts';
import { initiativeSource } from '../initiatives/answer.ts';
import { INITIATIVE_COLUMNS, initiativeList, initiativeQuery } from '../initiatives/schema.ts';
import { answerRecords } from '../records.ts';
import { citySlugParams, errorResponses, listSchema, pageQuery } from '../schemas.ts';
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

const CITY_COLUMNS: CsvColumn<z.output<typeof citySchema>>[] = (['slug', 'name_zh', 'name_en', 'level', 'parent', 'code'] as const).map(
  (key): CsvColumn<z.output<typeof citySchema>> => [key, (r) => r[key]],
);

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
    async (request, reply) => answerList(request, reply, request.query, 'cities', (page) => listCities(app.db, page), CITY_COLUMNS),
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
    async (request, reply) => {
      const city = requireCity(request.params.slug);
      return answerIndicators(app.db, request, reply, request.query, { city: [city.slug], within: undefined }, `${city.slug}-indicators`);
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
    async (request, reply) => {
      const city = requireCity(request.params.slug);
      const { limit, offset, format, ...filters } = request.query;
      const source = initiativeSource(app.db, { ...filters, city: [city.slug] });
      return answerRecords(request, reply, request.query, `${city.slug}-initiatives`, source, INITIATIVE_COLUMNS);
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
    async (request, reply) => {
      const city = requireCity(request.params.slug);
      const { limit, offset, format, ...filters } = request.query;
      const source = complaintSource(app.db, { ...filters, city: [city.slug] });
      return answerRecords(request, reply, request.query, `${city.slug}-complaints`, source, COMPLAINT_COLUMNS);
    },
  );
};

export default cityRoutes;
