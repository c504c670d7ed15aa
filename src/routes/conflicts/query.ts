/**
 * Conflicts: the same metric, city and period reported with different values by different
 * sources. Each side keeps its own row and evidence.
 */
import type { Db } from '../../db/open.ts';
import { rows } from '../../db/statements.ts';

type ConflictGroup = { metric: string; city: string; period: string; ids: string[] };

// Pairs of rows that agree on what was measured and disagree on the number, quoted from different
// articles. Rows with no period are never compared: without one there is no telling whether they
// describe the same thing.
const CONFLICTS = `select i.metric, i.city, i.period, group_concat(distinct i.id) as ids
  from indicators i
  where i.period is not null
    and exists (
      select 1 from indicators j
      where j.metric = i.metric and j.city = i.city and j.period = i.period and j.id <> i.id
        and j.value_base <> i.value_base
        and exists (
          select 1 from evidence ei join passages pi on pi.id = ei.passage
          where ei.record_type = 'indicator' and ei.record_id = i.id
            and not exists (
              select 1 from evidence ej join passages pj on pj.id = ej.passage
              where ej.record_type = 'indicator' and ej.record_id = j.id and pj.source = pi.source)))
  group by i.metric, i.city, i.period
  order by i.metric, i.city, i.period`;

export function conflictGroups(db: Db): ConflictGroup[] {
  return rows<{ metric: string; city: string; period: string; ids: string }>(db, CONFLICTS, []).map((g) => ({
    ...g,
    ids: g.ids.split(',').sort(),
  }));
}
