/** Where lists of initiatives come from, for /initiatives and /cities/{slug}/initiatives. */
import type { Db } from '../../db/open.ts';
import type { RecordSource } from '../records.ts';
import { type InitiativeFilters, initiativePage, initiativesById } from './query.ts';
import { initiativeList, initiativeSchema } from './schema.ts';

export function initiativeSource(db: Db, filters: InitiativeFilters): RecordSource<ReturnType<typeof initiativesById>[number]> {
  return {
    type: 'initiative',
    page: (page) => initiativePage(db, filters, page),
    load: (ids) => initiativesById(db, ids),
    schema: initiativeSchema,
    list: initiativeList,
  };
}
