/** Where lists of complaints come from, for /complaints and /cities/{slug}/complaints. */
import type { Db } from '../../db/open.ts';
import type { RecordSource } from '../records.ts';
import { type ComplaintFilters, complaintPage, complaintsById } from './query.ts';
import { complaintList, complaintSchema } from './schema.ts';

export function complaintSource(db: Db, filters: ComplaintFilters): RecordSource<ReturnType<typeof complaintsById>[number]> {
  return {
    type: 'complaint',
    page: (page) => complaintPage(db, filters, page),
    load: (ids) => complaintsById(db, ids),
    schema: complaintSchema,
    list: complaintList,
  };
}
