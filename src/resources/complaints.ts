/** Complaints: concrete problems raised by residents or firms, and resolved. */
import { z } from 'zod';
import type { EvidenceRow } from '../db/evidence.ts';
import { complaints } from '../db/schema.ts';
import { oneOf } from '../db/sql.ts';
import { citingResource } from './citing.ts';
import { commaList } from './schemas.ts';

const fields = z.object({
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
});

/** A complaint as the API shows it: its fields and the passages it rests on. */
export type Complaint = z.output<typeof fields> & { evidence: EvidenceRow[] };

export const complaintResource = citingResource({
  type: 'complaint',
  table: complaints,
  fields,
  name: 'Complaint',
  filters: { initiative: commaList('Initiative ids, comma-separated.') },
  where: (q) => [q.initiative?.length ? oneOf('initiative', q.initiative) : undefined],
  operations: {
    list: { operationId: 'listComplaints', tags: ['complaints'], summary: 'Concrete problems raised by residents or firms and resolved' },
    get: { operationId: 'getComplaint', tags: ['complaints'], summary: 'One resolved complaint with its evidence' },
    scoped: { operationId: 'listCityComplaints', tags: ['cities', 'complaints'], summary: "One area's resolved complaint cases" },
  },
});
