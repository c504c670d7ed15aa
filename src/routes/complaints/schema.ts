/** The resolved-complaint resource as the API shows it. */
import { z } from 'zod';
import { type CsvColumn, evidenceColumns } from '../csv.ts';
import { commaList, evidenceSchema, listSchema, pageQuery, searchParam } from '../schemas.ts';

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

export const complaintList = listSchema(complaintSchema, 'Complaint');

export const complaintQuery = z.strictObject({
  ...pageQuery,
  initiative: commaList('Initiative ids, comma-separated.'),
  source: commaList('Source article ids, comma-separated.'),
  q: searchParam.optional(),
});

export const allComplaintsQuery = z.strictObject({
  ...complaintQuery.shape,
  city: commaList('City slugs, comma-separated.'),
  within: z.string().max(64).optional().describe('An area and everything under it.'),
});

type ComplaintOut = z.output<typeof complaintSchema>;

export const COMPLAINT_COLUMNS: CsvColumn<ComplaintOut>[] = [
  ...(
    [
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
    ] as const
  ).map((key): CsvColumn<ComplaintOut> => [key, (r) => r[key]]),
  ...evidenceColumns<ComplaintOut>(),
];
