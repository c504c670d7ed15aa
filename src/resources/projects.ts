/** Projects: every undertaking the articles name, with what the text says happened to it. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { EvidenceRow } from '../db/evidence.ts';
import { once } from '../db/once.ts';
import type { Db } from '../db/open.ts';
import { projectEvents, projects } from '../db/schema.ts';
import { condition, JSON_VALUES, oneOf, periodGiven, yearOverlaps } from '../db/sql.ts';
import { PROJECT_KINDS, PROJECT_SECTORS, PROJECT_STATUSES } from '../domain/vocabulary.ts';
import { citingResource } from './citing.ts';
import { countOf } from './resource.ts';
import { booleanParam, commaList, facetParams, undatedMeta, yearParam } from './schemas.ts';
import { sortParam } from './sort.ts';

const eventSchema = z
  .object({
    status: z
      .enum(PROJECT_STATUSES)
      .describe(
        'signed 签约, started 开工, resumed 复工, under_way 推进/在建, completed 建成, in_operation 投产/运营/并网, planned 谋划/储备.',
      ),
    period: z.string().nullable().describe('When, as a period code, only where the text gives it.'),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    evidence: z.array(z.string()).describe('Ids of the passages (among the project’s evidence) that state it.'),
  })
  .meta({ id: 'ProjectEvent' });

const fields = z.object({
  id: z.string().describe('The key: a slug of its English name.').meta({ example: 'zhangye-national-maize-seed-industrial-park' }),
  city: z.string().describe('The narrowest area the text gives for it.'),
  name_zh: z.string().describe('As the text names it, in Simplified.'),
  name_en: z.string().describe('Its name in English.'),
  sector: z.enum(PROJECT_SECTORS).describe('The sector it belongs to.'),
  kind: z.enum(PROJECT_KINDS).describe('What sort of undertaking it is.'),
  description_en: z.string().nullable().describe('What the text says of it, and no more.'),
  description_zh: z.string().nullable().describe('The same in Chinese, in the text’s own words where it has them.'),
  initiatives: z.array(z.string()).describe('Initiatives the text ties it to.'),
  corroborated: z.boolean().describe('True when more than one article names it.'),
  events: z.array(eventSchema).describe('What the text says happened to it, in the text’s order.'),
});

export type Project = z.output<typeof fields> & { evidence: EvidenceRow[] };

const PROJECT_SORT_FIELDS = ['id', 'city', 'sector', 'kind', 'name_zh'] as const;
export const PROJECT_FACETS = ['city', 'sector', 'kind', 'corroborated'] as const;

/** The status events of projects with these ids, in their order, as drizzle maps them (evidence a list); prepared once per database. */
const eventsOf = (db: Db) =>
  once(db, 'load:project_events', () => {
    const { project, status, period, period_start, period_end, evidence } = projectEvents;
    const query = db
      .select({ project, status, period, period_start, period_end, evidence })
      .from(projectEvents)
      .where(sql`${project} in (select value from json_each(${sql.placeholder('ids')}))`)
      .orderBy(project, projectEvents.position)
      .prepare();
    return (ids: readonly string[]) => query.all({ ids: JSON.stringify(ids) });
  });

/** Projects by id: their rows and evidence, and their events. */
function loadProjects(db: Db, ids: readonly string[], tableRows: (keys: readonly string[]) => Record<string, unknown>[]): Project[] {
  const events = new Map<string, z.output<typeof eventSchema>[]>(ids.map((id) => [id, []]));
  for (const { project, ...event } of eventsOf(db)(ids)) events.get(project)?.push(event);
  return tableRows(ids).map((p) => ({ ...(p as Omit<Project, 'events'>), events: events.get(String(p.id)) ?? [] }));
}

export const projectResource = citingResource({
  type: 'project',
  vocabulary: 'project',
  table: projects,
  fields,
  name: 'Project',
  describes: 'A named project (a plant, park, line, road …) and what the text says happened to it, with the quotes it rests on.',
  titles: { zh: 'name_zh', en: 'name_en' },
  references: { city: 'cities' },
  filters: {
    sector: commaList(`Sectors, comma-separated: ${PROJECT_SECTORS.join(', ')}.`, 'energy', z.enum(PROJECT_SECTORS)),
    kind: commaList(`Kinds, comma-separated: ${PROJECT_KINDS.join(', ')}.`, 'plant', z.enum(PROJECT_KINDS)),
    status: commaList(
      `Projects with a status event of these kinds: ${PROJECT_STATUSES.join(', ')}.`,
      'completed',
      z.enum(PROJECT_STATUSES),
    ),
    year: yearParam(
      'Projects with a status event whose period overlaps this year. Projects none of whose events the text dates are left out, and counted in meta.undated.',
    ),
    undated: booleanParam(
      'true: only projects none of whose events the text dates (those with no event among them); false: only those with a dated event.',
    ),
    corroborated: booleanParam('true: only projects more than one article names; false: those one article names.'),
    initiative: commaList('Initiative ids, comma-separated: the projects the text ties to one of these (ganzhou-three-lists).'),
    sort: sortParam(PROJECT_SORT_FIELDS, 'city'),
    ...facetParams(PROJECT_FACETS, 'sector,city'),
  },
  where: (q) => [
    q.sector?.length ? oneOf('sector', q.sector) : undefined,
    q.kind?.length ? oneOf('kind', q.kind) : undefined,
    q.status?.length ? eventsWhere(oneOf('status', q.status)) : undefined,
    q.year !== undefined ? eventsWhere(yearOverlaps(q.year)) : undefined,
    q.undated !== undefined ? eventsWhere(periodGiven(true), { none: q.undated }) : undefined,
    // Booleans are stored as 0 and 1.
    q.corroborated !== undefined ? condition('corroborated = ?', q.corroborated ? 1 : 0) : undefined,
    // A project is tied to a few initiatives at most, held as a JSON list.
    q.initiative?.length
      ? condition(`exists (select 1 from json_each("initiatives") where value in ${JSON_VALUES})`, JSON.stringify(q.initiative))
      : undefined,
  ],
  facets: { fields: PROJECT_FACETS, booleans: ['corroborated'] },
  load: loadProjects,
  listMeta: {
    shape: {
      undated: undatedMeta.describe('With year=: the projects it left out because the text dates none of their events.'),
    },
    // As a list of figures counts those its time filter leaves out (src/resources/indicators.ts).
    count: (db, query, linkTo, options): object => {
      const q = query as { year?: number; undated?: boolean };
      if (q.year === undefined || q.undated !== undefined) return {};
      const { total, exact } = countOf(
        db,
        projectResource,
        { ...query, year: undefined, undated: true, facets: undefined },
        { limit: 1, offset: 0 },
        options,
      );
      return { undated: { total, total_exact: exact, link: linkTo({ year: undefined, undated: 'true' }) } };
    },
  },
  operations: {
    list: { operationId: 'listProjects', tags: ['projects'], summary: 'Named projects, with what the text says happened to each and when' },
    get: { operationId: 'getProject', tags: ['projects'], summary: 'One named project with its status events and evidence' },
    scoped: { operationId: 'listCityProjects', tags: ['cities', 'projects'], summary: "One area's named projects" },
  },
});

/** Projects with a status event meeting the condition, or with `none`, those with no such event. */
function eventsWhere(c: { sql: string; params: unknown[] }, { none = false } = {}) {
  return { sql: `id ${none ? 'not in' : 'in'} (select project from project_events where ${c.sql})`, params: c.params };
}
