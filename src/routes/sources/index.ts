/** /sources, /sources/{id}, /passages/{id} and /metrics. */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNITS } from '../../domain/units.ts';
import { notFound } from '../../plugins/errors.ts';
import { answerList, type CsvColumn } from '../csv.ts';
import { errorResponses, evidenceSchema, idParams, listSchema, pageQuery } from '../schemas.ts';
import { getPassage, getSource, listMetrics, listSources } from './query.ts';

const repairSchema = z
  .object({
    id: z.string(),
    start: z.number().int().describe('Code point offset of the damaged run in the article.'),
    end: z.number().int(),
    damaged: z.string().describe('The text as received.'),
    repaired: z.string().describe('What the context says it was (Simplified).'),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().nullable(),
  })
  .meta({ id: 'Repair' });

const sourceSchema = z
  .object({
    id: z.string().meta({ example: '000' }),
    file: z.string().describe('File name as received.'),
    sha256: z.string().describe('SHA-256 of the file bytes; checked at every build.'),
    title_zh: z.string(),
    title_en: z.string(),
    outlet: z.string().nullable(),
    source_line: z.string().nullable(),
    authors: z.string().nullable(),
    published_on: z.string().nullable().describe('Publication date, null where the text does not state it.'),
    published_at: z.string().nullable(),
    script: z.enum(['Hans', 'Hant']),
    length: z.number().int().describe('Length in code points.'),
    note: z.string().nullable(),
    repairs: z.array(repairSchema),
  })
  .meta({ id: 'Source' });

const passageSchema = evidenceSchema
  .extend({ repairs: z.array(repairSchema).describe('Known damage inside this span, with its repair and confidence.') })
  .meta({ id: 'Passage' });

const metricSchema = z
  .object({
    key: z.string().meta({ example: 'investment.funds_in_place' }),
    name_zh: z.string(),
    name_en: z.string(),
    definition: z.string(),
    unit: z.enum(UNITS).describe('The base unit every value_base of this metric is in.'),
  })
  .meta({ id: 'Metric' });

const pageOnly = z.strictObject(pageQuery);

type SourceOut = z.output<typeof sourceSchema>;
const SOURCE_COLUMNS: CsvColumn<SourceOut>[] = [
  ...(
    [
      'id',
      'file',
      'sha256',
      'title_zh',
      'title_en',
      'outlet',
      'source_line',
      'authors',
      'published_on',
      'published_at',
      'script',
      'length',
      'note',
    ] as const
  ).map((key): CsvColumn<SourceOut> => [key, (r) => r[key]]),
  ['repairs', (r) => r.repairs.map((x) => `${x.start}-${x.end} ${x.damaged} → ${x.repaired} (${x.confidence})`).join(' | ')],
];
type MetricOut = z.output<typeof metricSchema>;
const METRIC_COLUMNS: CsvColumn<MetricOut>[] = (['key', 'name_zh', 'name_en', 'definition', 'unit'] as const).map(
  (key): CsvColumn<MetricOut> => [key, (r) => r[key]],
);

const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        operationId: 'listSources',
        tags: ['sources'],
        summary: 'The five articles, with their SHA-256 and known damage',
        querystring: pageOnly,
        response: { 200: listSchema(sourceSchema, 'Source'), ...errorResponses },
      },
    },
    async (request, reply) => answerList(request, reply, request.query, 'sources', (page) => listSources(app.db, page), SOURCE_COLUMNS),
  );
  app.get(
    '/sources/:id',
    {
      schema: {
        operationId: 'getSource',
        tags: ['sources'],
        summary: 'One article',
        params: idParams,
        response: { 200: sourceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const source = getSource(app.db, request.params.id);
      if (!source) throw notFound('source', request.params.id);
      return source;
    },
  );
  app.get(
    '/passages/:id',
    {
      schema: {
        operationId: 'getPassage',
        tags: ['sources'],
        summary: 'One verbatim span, its Simplified reading and English translation',
        params: idParams,
        response: { 200: passageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const passage = getPassage(app.db, request.params.id);
      if (!passage) throw notFound('passage', request.params.id);
      return passage;
    },
  );
  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'listMetrics',
        tags: ['metrics'],
        summary: 'The controlled vocabulary of measures, with definitions and base units',
        querystring: pageOnly,
        response: { 200: listSchema(metricSchema, 'Metric'), ...errorResponses },
      },
    },
    async (request, reply) => answerList(request, reply, request.query, 'metrics', (page) => listMetrics(app.db, page), METRIC_COLUMNS),
  );
};

export default sourceRoutes;
