/** The initiative resource as the API shows it. */
import { z } from 'zod';
import { INITIATIVE_KINDS } from '../../domain/vocabulary.ts';
import { type CsvColumn, evidenceColumns } from '../csv.ts';
import { commaList, evidenceSchema, listSchema, pageQuery, searchParam } from '../schemas.ts';

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

export const initiativeList = listSchema(initiativeSchema, 'Initiative');

export const initiativeQuery = z.strictObject({
  ...pageQuery,
  kind: commaList('campaign, mechanism, policy_document, service_brand, programme; comma-separated.', 'campaign', z.enum(INITIATIVE_KINDS)),
  source: commaList('Source article ids, comma-separated.'),
  q: searchParam.optional(),
});

export const allInitiativesQuery = z.strictObject({
  ...initiativeQuery.shape,
  city: commaList('City slugs, comma-separated.'),
  within: z.string().max(64).optional().describe('An area and everything under it.'),
});

type InitiativeOut = z.output<typeof initiativeSchema>;

export const INITIATIVE_COLUMNS: CsvColumn<InitiativeOut>[] = [
  ['id', (r) => r.id],
  ['city', (r) => r.city],
  ['kind', (r) => r.kind],
  ['name_zh', (r) => r.name_zh],
  ['name_en', (r) => r.name_en],
  ['description_en', (r) => r.description_en],
  ...evidenceColumns<InitiativeOut>(),
];
