/** Complaints: concrete problems raised by residents or firms, and resolved. */
import { z } from 'zod';
import type { EvidenceRow } from '../db/evidence.ts';
import { complaints } from '../db/schema.ts';
import { oneOf } from '../db/sql.ts';
import { citingResource } from './citing.ts';
import { commaList } from './schemas.ts';

const fields = z.object({
  id: z.string().describe('The key: the article id, c and a number.').meta({ example: '000-c01' }),
  city: z.string().describe('The narrowest area the case belongs to.'),
  title_zh: z.string().describe('The case in a line, in Chinese.'),
  title_en: z.string().describe('The case in a line, in English.'),
  raised_by_zh: z.string().nullable().describe('Who raised the problem, where the text says.'),
  raised_by_en: z.string().nullable().describe('Who raised it, in English, where the text says.'),
  problem_zh: z.string().describe('The problem, in the article’s words.'),
  problem_en: z.string().describe('The problem, in English.'),
  location_zh: z.string().nullable().describe('Where, as the text names it, where it does.'),
  location_en: z.string().nullable().describe('Where, in English.'),
  reported_on: z.string().nullable().describe('Period code of the report (2023-10, 2023-04-26), null if unknown.'),
  resolved_on: z.string().nullable().describe('Period code of the resolution, null if unknown.'),
  duration_days: z.number().nullable().describe('How long the resolution took, only where the text says.').meta({ 'x-unit': 'days' }),
  households: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('Households involved, only where the text says.')
    .meta({ 'x-unit': 'households' }),
  amount_cny: z.number().nullable().describe('Money involved, in yuan, only where the text says.').meta({ 'x-unit': 'CNY' }),
  handling_zh: z.string().nullable().describe('How it was handled, in the article’s words.'),
  handling_en: z.string().nullable().describe('How it was handled, in English.'),
  initiative: z.string().nullable().describe('The initiative under which it was resolved, where the text says.'),
});

/** A complaint as the API shows it: its fields and the passages it rests on. */
export type Complaint = z.output<typeof fields> & { evidence: EvidenceRow[] };

export const complaintResource = citingResource({
  type: 'complaint',
  table: complaints,
  fields,
  name: 'Complaint',
  describes: 'A concrete problem raised by residents or firms and how it was resolved, with the quotes it rests on.',
  titles: { zh: 'title_zh', en: 'title_en' },
  references: { city: 'cities', initiative: 'initiatives' },
  filters: { initiative: commaList('Initiative ids, comma-separated.') },
  where: (q) => [q.initiative?.length ? oneOf('initiative', q.initiative) : undefined],
  operations: {
    list: { operationId: 'listComplaints', tags: ['complaints'], summary: 'Concrete problems raised by residents or firms and resolved' },
    get: { operationId: 'getComplaint', tags: ['complaints'], summary: 'One resolved complaint with its evidence' },
    scoped: { operationId: 'listCityComplaints', tags: ['cities', 'complaints'], summary: "One area's resolved complaint cases" },
  },
});
