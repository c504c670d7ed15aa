/** Complaints: concrete problems raised by residents or firms, and resolved. */
import { z } from 'zod';
import { complaints } from '../db/schema.ts';
import { citedFrom, inArea, oneOf } from '../db/sql.ts';
import { evidenceColumns, fieldColumns } from '../http/csv.ts';
import { defineResource } from './resource.ts';
import { commaList, evidenceSchema, listSchema, pageQuery, searchParam } from './schemas.ts';

export const complaintSchema = z
  .object({
    id: z.string().meta({ example: '000-c01' }),
    city: z.string().describe('The narrowest area the case belongs to.'),
    title_zh: z.string(),
    title_en: z.string(),
    raised_by_zh: z.string().nullable().describe('Who raised the problem, where the text says.'),
    raised_by_en: z.string().nullable(),
    problem_zh: z.string(),
    problem_en: z.string(),
    location_zh: z.string().nullable(),
    location_en: z.string().nullable(),
    reported_on: z.string().nullable().describe('Period code of the report (2023-10, 2023-04-26), null if unknown.'),
    resolved_on: z.string().nullable().describe('Period code of the resolution, null if unknown.'),
    duration_days: z.number().nullable().describe('How long the resolution took, only where the text says.'),
    households: z.number().int().nullable().describe('Households involved, only where the text says.'),
    amount_cny: z.number().nullable().describe('Money involved, in yuan, only where the text says.'),
    handling_zh: z.string().nullable(),
    handling_en: z.string().nullable(),
    initiative: z.string().nullable(),
    evidence: z.array(evidenceSchema),
  })
  .meta({ id: 'Complaint' });

export type Complaint = z.output<typeof complaintSchema>;

const scopedQuery = z.strictObject({
  ...pageQuery,
  initiative: commaList('Initiative ids, comma-separated.'),
  source: commaList('Source article ids, comma-separated.'),
  q: searchParam.optional(),
});

const query = z.strictObject({
  ...scopedQuery.shape,
  city: commaList('City slugs, comma-separated.'),
  within: z.string().max(64).optional().describe('An area and everything under it.'),
});

export const complaintResource = defineResource({
  type: 'complaint',
  path: 'complaints',
  table: complaints,
  key: 'id',
  item: complaintSchema,
  list: listSchema(complaintSchema, 'Complaint'),
  query,
  scopedQuery,
  evidence: 'complaint',
  search: 'complaint',
  ask: (q: z.output<typeof query>) => ({
    where: [
      q.city?.length ? oneOf('city', q.city) : undefined,
      q.within ? inArea('city', q.within) : undefined,
      q.source?.length ? citedFrom('id', 'complaint', q.source) : undefined,
      q.initiative?.length ? oneOf('initiative', q.initiative) : undefined,
    ],
    q: q.q,
    sort: [],
  }),
  csv: [
    ...fieldColumns<Complaint>([
      'id',
      'city',
      'title_zh',
      'title_en',
      'raised_by_zh',
      'raised_by_en',
      'problem_zh',
      'problem_en',
      'location_zh',
      'location_en',
      'reported_on',
      'resolved_on',
      'duration_days',
      'households',
      'amount_cny',
      'handling_zh',
      'handling_en',
      'initiative',
    ]),
    ...evidenceColumns<Complaint>(),
  ],
  operations: {
    list: { operationId: 'listComplaints', tags: ['complaints'], summary: 'Concrete problems raised by residents or firms and resolved' },
    get: { operationId: 'getComplaint', tags: ['complaints'], summary: 'One resolved complaint with its evidence' },
    scoped: { operationId: 'listCityComplaints', tags: ['cities', 'complaints'], summary: "One area's resolved complaint cases" },
  },
});
