/** Initiatives: campaigns, mechanisms, policy documents, service brands and programmes. */
import { z } from 'zod';
import type { EvidenceRow } from '../db/evidence.ts';
import { initiatives } from '../db/schema.ts';
import { oneOf } from '../db/sql.ts';
import { INITIATIVE_KINDS } from '../domain/vocabulary.ts';
import { citingResource } from './citing.ts';
import { commaList } from './schemas.ts';

const fields = z.object({
  id: z.string().describe('The key: a slug of its English name.').meta({ example: 'three-grasps-three-promotes' }),
  city: z.string().describe('The area whose initiative it is (gansu for province-wide ones).'),
  kind: z.enum(INITIATIVE_KINDS).describe('What sort of initiative it is.'),
  name_zh: z.string().describe('Its name as the text gives it, in Simplified.'),
  name_en: z.string().describe('Its name in English.'),
  description_en: z.string().nullable().describe('What the text says it is and does, in English.'),
  description_zh: z.string().nullable().describe('The description in Chinese, in the article’s own words.'),
  started_on: z.string().nullable().describe('When it began (a period code), only where the text gives the date.'),
  part_of: z.string().nullable().describe('The campaign or initiative it belongs to, where the text says so.'),
});

/** An initiative as the API shows it: its fields and the passages it rests on. */
export type Initiative = z.output<typeof fields> & { evidence: EvidenceRow[] };

export const initiativeResource = citingResource({
  type: 'initiative',
  vocabulary: 'initiative',
  table: initiatives,
  fields,
  name: 'Initiative',
  describes: 'A named campaign, mechanism, policy document, service brand or programme, with the quotes it rests on.',
  titles: { zh: 'name_zh', en: 'name_en' },
  references: { city: 'cities', part_of: 'initiatives' },
  filters: {
    kind: commaList(
      'campaign, mechanism, policy_document, service_brand, programme; comma-separated.',
      'campaign',
      z.enum(INITIATIVE_KINDS),
    ),
    part_of: commaList('Initiative ids, comma-separated: the initiatives that belong to one of these (three-grasps-three-promotes).'),
  },
  where: (q) => [q.kind?.length ? oneOf('kind', q.kind) : undefined, q.part_of?.length ? oneOf('part_of', q.part_of) : undefined],
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
