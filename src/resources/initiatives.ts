/** Initiatives: campaigns, mechanisms, policy documents, service brands and programmes. */
import { z } from 'zod';
import { initiatives } from '../db/schema.ts';
import { citedFrom, inArea, oneOf } from '../db/sql.ts';
import { INITIATIVE_KINDS } from '../domain/vocabulary.ts';
import { evidenceColumns, fieldColumns } from '../http/csv.ts';
import { defineResource } from './resource.ts';
import { commaList, evidenceSchema, listSchema, pageQuery, searchParam } from './schemas.ts';

export const initiativeSchema = z
  .object({
    id: z.string().meta({ example: 'three-grasps-three-promotes' }),
    city: z.string().describe('The area whose initiative it is (gansu for province-wide ones).'),
    kind: z.enum(INITIATIVE_KINDS),
    name_zh: z.string(),
    name_en: z.string(),
    description_en: z.string().nullable(),
    evidence: z.array(evidenceSchema),
  })
  .meta({ id: 'Initiative' });

export type Initiative = z.output<typeof initiativeSchema>;

const scopedQuery = z.strictObject({
  ...pageQuery,
  kind: commaList('campaign, mechanism, policy_document, service_brand, programme; comma-separated.', 'campaign', z.enum(INITIATIVE_KINDS)),
  source: commaList('Source article ids, comma-separated.'),
  q: searchParam.optional(),
});

const query = z.strictObject({
  ...scopedQuery.shape,
  city: commaList('City slugs, comma-separated.'),
  within: z.string().max(64).optional().describe('An area and everything under it.'),
});

export const initiativeResource = defineResource({
  type: 'initiative',
  path: 'initiatives',
  table: initiatives,
  key: 'id',
  item: initiativeSchema,
  list: listSchema(initiativeSchema, 'Initiative'),
  query,
  scopedQuery,
  evidence: 'initiative',
  search: 'initiative',
  ask: (q: z.output<typeof query>) => ({
    where: [
      q.city?.length ? oneOf('city', q.city) : undefined,
      q.within ? inArea('city', q.within) : undefined,
      q.source?.length ? citedFrom('id', 'initiative', q.source) : undefined,
      q.kind?.length ? oneOf('kind', q.kind) : undefined,
    ],
    q: q.q,
    sort: [],
  }),
  csv: [...fieldColumns<Initiative>(['id', 'city', 'kind', 'name_zh', 'name_en', 'description_en']), ...evidenceColumns<Initiative>()],
  operations: {
    list: {
      operationId: 'listInitiatives',
      tags: ['initiatives'],
      summary: 'Named campaigns, mechanisms, policy documents, service brands and programmes',
    },
    get: { operationId: 'getInitiative', tags: ['initiatives'], summary: 'One initiative with its evidence' },
    scoped: {
      operationId: 'listCityInitiatives',
      tags: ['cities', 'initiatives'],
      summary: "One area's campaigns, mechanisms, policy documents and programmes",
    },
  },
});
