/** The pages of an initiative, a complaint and a project (what the text says happened to it, and when). */

import type { ComponentChildren } from 'preact';
import { dayWithinWords, periodWords } from '../../domain/period-words.ts';
import type { Complaint } from '../../resources/complaints.ts';
import { complaintResource, indicatorResource, initiativeResource, projectResource } from '../../resources/index.ts';
import type { Indicator } from '../../resources/indicators.ts';
import type { Initiative } from '../../resources/initiatives.ts';
import type { Project } from '../../resources/projects.ts';
import { CitationBox } from '../citation.tsx';
import { Bilingual, Crumbs, DataLinks, figureOf, passageHref, recordName, Texts } from '../components.tsx';
import { href, inLanguage, type Page, type PageContext } from '../context.ts';
import { citiesBySlug, firstRecords, recordOf, recordsByKey, sourcesById } from '../data.ts';
import { grouped } from '../format.ts';
import { Layout } from '../layout.tsx';
import { nameOf } from '../names.ts';
import { Facts, FigureSection, Quotes, TiedSection } from './parts.tsx';
import { StatusWords } from './status.tsx';

function initiativePage(ctx: PageContext, initiative: Initiative) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const area = recordName(ctx, cities.get(initiative.city), initiative.city);
  const name = inLanguage(ctx, initiative, 'name');
  const whole = initiative.part_of ? recordOf<Initiative>(app, initiativeResource, initiative.part_of) : undefined;
  const figures = firstRecords<Indicator>(app, indicatorResource, { initiative: [initiative.id] }, 50);
  // What is tied to it, each way the data ties a record to an initiative, so the campaign leads to its parts (read17).
  const named = <T extends { id: string }>(tied: { records: T[]; total: number }, zh: keyof T, en: keyof T) => ({
    total: tied.total,
    records: tied.records.map((r) => ({ id: r.id, zh: String(r[zh]), en: String(r[en]) })),
  });
  const tied = [
    [
      'parts',
      t.initiativeParts,
      '/initiatives',
      'part_of',
      named(firstRecords<Initiative>(app, initiativeResource, { part_of: [initiative.id] }, 50), 'name_zh', 'name_en'),
    ],
    [
      'complaints',
      t.complaintsUnder,
      '/complaints',
      'initiative',
      named(firstRecords<Complaint>(app, complaintResource, { initiative: [initiative.id] }, 50), 'title_zh', 'title_en'),
    ],
    [
      'projects',
      t.projectsUnder,
      '/projects',
      'initiative',
      named(firstRecords<Project>(app, projectResource, { initiative: [initiative.id] }, 50), 'name_zh', 'name_en'),
    ],
  ] as const;
  return (
    <Layout
      ctx={ctx}
      title={name}
      description={inLanguage(ctx, initiative, 'description') ?? name}
      json={`/initiatives/${initiative.id}?format=json`}
    >
      <Crumbs
        ctx={ctx}
        trail={[
          [area, href(ctx, `/cities/${initiative.city}`)],
          [t.initiatives, href(ctx, `/cities/${initiative.city}/initiatives`)],
          [initiative.id, undefined],
        ]}
      />
      <h1>
        <Bilingual ctx={ctx} zh={initiative.name_zh} en={initiative.name_en} />
      </h1>
      <DataLinks ctx={ctx} json={`/initiatives/${initiative.id}?format=json`} cited />
      <Facts
        rows={[
          [t.area, <a href={href(ctx, `/cities/${initiative.city}`)}>{area}</a>],
          [t.kind, nameOf(initiative.kind, lang)],
          [t.description, <Texts ctx={ctx} zh={initiative.description_zh} en={initiative.description_en} />],
          ...(initiative.started_on ? ([[t.startedOn, periodWords(initiative.started_on, lang)]] as [string, ComponentChildren][]) : []),
          ...(whole
            ? ([
                [
                  t.partOfInitiative,
                  <a href={href(ctx, `/initiatives/${whole.id}`)}>
                    <Bilingual ctx={ctx} zh={whole.name_zh} en={whole.name_en} />
                  </a>,
                ],
              ] as [string, ComponentChildren][])
            : []),
        ]}
      />
      <Quotes ctx={ctx} evidence={initiative.evidence} sources={sources} />
      {figures.records.length > 0 ? (
        <FigureSection ctx={ctx} heading={t.figures} figures={figures} filter={{ initiative: initiative.id }} />
      ) : null}
      {tied.map(([id, heading, path, filter, records]) =>
        records.total > 0 ? (
          <TiedSection key={id} ctx={ctx} id={id} heading={heading} tied={records} list={[path, { [filter]: initiative.id }]} />
        ) : null,
      )}
      <CitationBox ctx={ctx} type="initiative" record={initiative} />
    </Layout>
  );
}

function complaintPage(ctx: PageContext, complaint: Complaint) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const area = recordName(ctx, cities.get(complaint.city), complaint.city);
  const title = inLanguage(ctx, complaint, 'title');
  const both = (zh: string | null, en: string | null) => (zh || en ? <Texts ctx={ctx} zh={zh} en={en} /> : null);
  const figures = firstRecords<Indicator>(app, indicatorResource, { complaint: [complaint.id] }, 50);
  const under = complaint.initiative ? recordOf<Initiative>(app, initiativeResource, complaint.initiative) : undefined;
  const rows: [string, ComponentChildren][] = [
    [t.area, <a href={href(ctx, `/cities/${complaint.city}`)}>{area}</a>],
    [
      t.initiative,
      under ? (
        <a href={href(ctx, `/initiatives/${under.id}`)}>
          <Bilingual ctx={ctx} zh={under.name_zh} en={under.name_en} />
        </a>
      ) : null,
    ],
    [t.problem, both(complaint.problem_zh, complaint.problem_en)],
    [t.raisedBy, both(complaint.raised_by_zh, complaint.raised_by_en)],
    [t.location, both(complaint.location_zh, complaint.location_en)],
    [t.reportedOn, complaint.reported_on ? periodWords(complaint.reported_on, lang) : null],
    // Resolved on some day of it: a span is when, not how long (the time taken is its own row).
    [t.resolvedOn, complaint.resolved_on ? dayWithinWords(complaint.resolved_on, lang) : null],
    [t.duration, complaint.duration_days !== null ? `${complaint.duration_days} ${t.days}` : null],
    [t.households, complaint.households !== null ? grouped(String(complaint.households), lang) : null],
    [t.amount, complaint.amount_cny !== null ? figureOf(ctx, complaint.amount_cny, 'CNY') : null],
    [t.handling, both(complaint.handling_zh, complaint.handling_en)],
  ];
  return (
    <Layout ctx={ctx} title={title} description={inLanguage(ctx, complaint, 'problem')} json={`/complaints/${complaint.id}?format=json`}>
      <Crumbs
        ctx={ctx}
        trail={[
          [area, href(ctx, `/cities/${complaint.city}`)],
          [t.complaints, href(ctx, `/cities/${complaint.city}/complaints`)],
          [complaint.id, undefined],
        ]}
      />
      <h1>
        <Bilingual ctx={ctx} zh={complaint.title_zh} en={complaint.title_en} />
      </h1>
      <DataLinks ctx={ctx} json={`/complaints/${complaint.id}?format=json`} cited />
      <Facts rows={rows.filter(([, value]) => value !== null)} />
      <Quotes ctx={ctx} evidence={complaint.evidence} sources={sources} figures={figures.records} />
      {figures.records.length > 0 ? (
        <FigureSection ctx={ctx} heading={t.figures} figures={figures} filter={{ complaint: complaint.id }} />
      ) : null}
      <CitationBox ctx={ctx} type="complaint" record={complaint} />
    </Layout>
  );
}

function projectPage(ctx: PageContext, project: Project) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const area = recordName(ctx, cities.get(project.city), project.city);
  const name = inLanguage(ctx, project, 'name');
  const initiatives = recordsByKey<Initiative>(app, initiativeResource, project.initiatives);
  const figures = firstRecords<Indicator>(app, indicatorResource, { project: [project.id] }, 10);
  const passages = new Map(project.evidence.map((e) => [e.id, e]));
  const json = `/projects/${project.id}?format=json`;
  return (
    <Layout ctx={ctx} title={name} description={inLanguage(ctx, project, 'description') ?? name} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [area, href(ctx, `/cities/${project.city}`)],
          [t.projects, href(ctx, `/cities/${project.city}/projects`)],
          [project.id, undefined],
        ]}
      />
      <h1>
        <Bilingual ctx={ctx} zh={project.name_zh} en={project.name_en} />
      </h1>
      <DataLinks ctx={ctx} json={json} cited />
      <Facts
        rows={[
          [t.area, <a href={href(ctx, `/cities/${project.city}`)}>{area}</a>],
          [t.sector, <a href={href(ctx, '/projects', { sector: project.sector })}>{nameOf(project.sector, lang)}</a>],
          [t.kind, <a href={href(ctx, '/projects', { kind: project.kind })}>{nameOf(project.kind, lang)}</a>],
          ...(project.description_en || project.description_zh
            ? ([[t.description, <Texts ctx={ctx} zh={project.description_zh} en={project.description_en} />]] as [
                string,
                ComponentChildren,
              ][])
            : []),
          ...(initiatives.length > 0
            ? ([
                [
                  t.initiatives,
                  <ul class="inline-list">
                    {initiatives.map((i) => (
                      <li key={i.id}>
                        <a href={href(ctx, `/initiatives/${i.id}`)}>
                          <Bilingual ctx={ctx} zh={i.name_zh} en={i.name_en} />
                        </a>
                      </li>
                    ))}
                  </ul>,
                ],
              ] as [string, ComponentChildren][])
            : []),
          [t.corroborated, project.corroborated ? t.yes : t.no],
        ]}
      />
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t.events}</h2>
        {project.events.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <ol class="events">
            {project.events.map((event, k) => (
              <li key={`${event.status}-${k}`}>
                <StatusWords ctx={ctx} event={event} /> — {t.statedIn}{' '}
                {event.evidence.map((id, n) => {
                  const passage = passages.get(id);
                  return (
                    <span key={id}>
                      {n > 0 ? ', ' : ''}
                      {passage ? (
                        <a href={passageHref(ctx, passage)}>
                          {t.passage} {id}
                        </a>
                      ) : (
                        <a href={href(ctx, `/passages/${id}`)}>
                          {t.passage} {id}
                        </a>
                      )}
                    </span>
                  );
                })}
              </li>
            ))}
          </ol>
        )}
      </section>
      <Quotes ctx={ctx} evidence={project.evidence} sources={sources} mark={project.name_zh} />
      {figures.records.length > 0 ? (
        <FigureSection ctx={ctx} heading={t.figuresOfProject} figures={figures} filter={{ project: project.id }} />
      ) : null}
      <CitationBox ctx={ctx} type="project" record={project} />
    </Layout>
  );
}

export const initiativeRecordPage: Page<Initiative> = { render: initiativePage };
export const complaintRecordPage: Page<Complaint> = { render: complaintPage };
export const projectRecordPage: Page<Project> = { render: projectPage };
