/**
 * One record's page: an indicator (the figure large, what it measures, how it was written and
 * normalized, every quote with its number marked, its sources, the figures around it, and its
 * citation), an initiative, a complaint, a project (what the text says happened to it, and when).
 */
import type { ComponentChildren } from 'preact';
import { indicatorsQuotedWith } from '../db/articles.ts';
import type { EvidenceRow } from '../db/evidence.ts';
import type { Unit } from '../domain/units.ts';
import type { Complaint } from '../resources/complaints.ts';
import { indicatorResource, initiativeResource } from '../resources/index.ts';
import type { Indicator } from '../resources/indicators.ts';
import type { Initiative } from '../resources/initiatives.ts';
import type { Project } from '../resources/projects.ts';
import type { Source } from '../resources/sources.ts';
import { CitationBox } from './citation.tsx';
import {
  areaName,
  Bilingual,
  Circumstances,
  Crumbs,
  DataLinks,
  figureOf,
  Normalized,
  passageHref,
  Quote,
  StatusWords,
  Written,
} from './components.tsx';
import { href, type Page, type PageContext } from './context.ts';
import { citiesBySlug, firstRecords, indicatorsByKey, metricsByKey, recordOf, recordsByKey, sourcesById } from './data.ts';
import { dateWords, periodWords, qualifiedFigure, qualifierWord } from './format.ts';
import { nameOf } from './i18n.ts';
import { Layout } from './layout.tsx';

/** An indicator in a list of figures: its label linked, its value as written and in the reader's terms, its period. */
export function FigureItem({ ctx, indicator, note }: { ctx: PageContext; indicator: Indicator; note?: string }) {
  const normalized = qualifiedFigure(indicator.value_base, indicator.unit as Unit, indicator.qualifier, ctx.lang);
  return (
    <li>
      {note ? <span class="note">{note}: </span> : null}
      <a href={href(ctx, `/indicators/${indicator.id}`)}>{ctx.lang === 'zh' ? indicator.label_zh : indicator.label_en}</a>{' '}
      <Written indicator={indicator} />
      {normalized === `${indicator.value_text}${indicator.unit_zh}` ? ' ' : ` (${normalized}) `}
      <Circumstances ctx={ctx} indicator={indicator} />
    </li>
  );
}

/**
 * The figures of a record (a metric's, a scope's, an initiative's, a project's): how many, the first
 * of them with their areas, and a link to all of them as a table (and whatever else `more` links).
 */
export function FigureSection({
  ctx,
  heading,
  figures,
  filter,
  more,
}: {
  ctx: PageContext;
  heading: string;
  figures: { records: Indicator[]; total: number };
  /** The /indicators filter that lists them all. */
  filter: Record<string, string>;
  more?: ComponentChildren;
}) {
  const { t, app } = ctx;
  const cities = citiesBySlug(app);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">
        {heading} <span class="count">({figures.total})</span>
      </h2>
      <ul class="figures">
        {figures.records.map((i) => (
          <FigureItem key={i.id} ctx={ctx} indicator={i} note={areaName(ctx, cities.get(i.city), i.city)} />
        ))}
      </ul>
      <p>
        {more}
        <a href={href(ctx, '/indicators', filter)}>{figures.total > figures.records.length ? t.allOfThem : t.asTable}</a>
      </p>
    </section>
  );
}

/** Terms and their descriptions. */
const Facts = ({ rows }: { rows: [string, ComponentChildren][] }) => (
  <dl class="facts">
    {rows.map(([term, value]) => (
      <div key={term}>
        <dt>{term}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
);

/** Each quote of a record, with the articles it comes from. */
function Quotes({
  ctx,
  evidence,
  sources,
  mark,
}: {
  ctx: PageContext;
  evidence: EvidenceRow[];
  sources: Map<string, Source>;
  mark?: string;
}) {
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{ctx.t.quotes}</h2>
      {evidence.map((passage) => (
        <Quote key={passage.id} ctx={ctx} passage={passage} source={sources.get(passage.source)} mark={mark} />
      ))}
    </section>
  );
}

function indicatorPage(ctx: PageContext, indicator: Indicator) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const metric = metricsByKey(app, [indicator.metric]).get(indicator.metric);
  const area = areaName(ctx, cities.get(indicator.city), indicator.city);
  const label = lang === 'zh' ? indicator.label_zh : indicator.label_en;
  const named = indicatorsByKey(
    app,
    [indicator.relates_to, indicator.part_of].filter((id): id is string => id !== null),
  );
  const quotedWith = indicatorsByKey(app, indicatorsQuotedWith(app.db, indicator.id));
  const elsewhere = firstRecords<Indicator>(app, indicatorResource, { metric: [indicator.metric] }, 21);
  const sameMeasure = elsewhere.records.filter((i) => i.id !== indicator.id).slice(0, 20);
  const initiative = indicator.initiative ? recordOf<Initiative>(app, initiativeResource, indicator.initiative) : undefined;
  const articleIds = [...new Set(indicator.evidence.map((e) => e.source))];
  const qualifier = qualifierWord(indicator.qualifier, lang);
  const relation = (other: Indicator) =>
    other.id === indicator.relates_to
      ? t.qualifies
      : other.id === indicator.part_of
        ? t.partOf
        : other.relates_to === indicator.id
          ? t.qualifiedBy
          : other.part_of === indicator.id
            ? t.parts
            : undefined;
  const compareAreas = [...new Set([indicator.city, ...sameMeasure.map((i) => i.city)])];
  return (
    <Layout
      ctx={ctx}
      title={`${label}: ${indicator.value_text}${indicator.unit_zh}`}
      description={`${label} — ${indicator.evidence[0]?.text_en ?? ''}`}
      json={`/indicators/${indicator.id}?format=json`}
    >
      <Crumbs
        ctx={ctx}
        trail={[
          [area, href(ctx, `/cities/${indicator.city}`)],
          [t.indicators, href(ctx, `/cities/${indicator.city}/indicators`)],
          [indicator.id, undefined],
        ]}
      />
      <h1>
        <Bilingual ctx={ctx} zh={indicator.label_zh} en={indicator.label_en} />
      </h1>
      <div class="big-figure">
        <p class="value">
          {qualifier ? <span class="qualifier">{qualifier} </span> : null}
          <Written indicator={indicator} />
        </p>
        <p class="in-base">
          <Normalized ctx={ctx} indicator={indicator} /> · <Circumstances ctx={ctx} indicator={indicator} />
        </p>
      </div>
      <DataLinks
        ctx={ctx}
        json={`/indicators/${indicator.id}?format=json`}
        csv={`/indicators?city=${indicator.city}&metric=${encodeURIComponent(indicator.metric)}&format=csv`}
        cite={`/indicators/${indicator.id}/cite`}
      />
      <Facts
        rows={[
          [t.area, <a href={href(ctx, `/cities/${indicator.city}`)}>{area}</a>],
          [
            t.whatItMeasures,
            metric ? (
              <>
                <a href={href(ctx, `/metrics/${metric.key}`)}>
                  <Bilingual ctx={ctx} zh={metric.name_zh} en={metric.name_en} />
                </a>
                <span lang={lang === 'zh' ? 'zh-Hans' : 'en'}>: {lang === 'zh' ? metric.definition_zh : metric.definition}</span>{' '}
                <code>{metric.key}</code>
              </>
            ) : (
              <code>{indicator.metric}</code>
            ),
          ],
          [t.asWritten, <Written indicator={indicator} />],
          [t.unit, <span lang="zh-Hans">{indicator.unit_zh}</span>],
          [
            t.baseValue,
            <>
              <data value={String(indicator.value_base)}>{indicator.value_base.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}</data>{' '}
              <code>{indicator.unit}</code> ({figureOf(ctx, indicator.value_base, indicator.unit)})
            </>,
          ],
          [t.qualifier, nameOf(indicator.qualifier, lang)],
          [t.estimate, nameOf(indicator.estimated ? 'estimated' : 'reported', lang)],
          [
            t.period,
            indicator.period ? (
              <>
                {periodWords(indicator.period, lang)}
                {periodWords(indicator.period, lang) === indicator.period ? null : (
                  <>
                    {' '}
                    <code>{indicator.period}</code>
                  </>
                )}
              </>
            ) : (
              <>
                {periodWords(null, lang)}
                {indicator.reported_on ? ` (${t.reportedOn} ${dateWords(indicator.reported_on, lang)})` : ''}
              </>
            ),
          ],
          ...(initiative
            ? ([
                [
                  t.initiative,
                  <a href={href(ctx, `/initiatives/${initiative.id}`)}>
                    <Bilingual ctx={ctx} zh={initiative.name_zh} en={initiative.name_en} />
                  </a>,
                ],
              ] as [string, ComponentChildren][])
            : []),
        ]}
      />
      <Quotes ctx={ctx} evidence={indicator.evidence} sources={sources} mark={indicator.value_text} />
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t.sources}</h2>
        {indicator.corroborated ? <p class="badge">{t.corroborated}</p> : null}
        <ul>
          {articleIds.map((id) => {
            const source = sources.get(id);
            return (
              <li key={id}>
                <a href={href(ctx, `/sources/${id}`)}>
                  {id}: <cite lang="zh-Hans">{source?.title_zh}</cite>
                </a>
                {source ? (
                  <>
                    {' '}
                    <span lang="en">({source.title_en})</span>
                    {source.outlet ? <span lang="zh-Hans">{` · ${source.outlet}`}</span> : null}
                    {` · ${source.published_on ?? t.dateNotStated}`}
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">{t.relatedRows}</h2>
        {named.length + quotedWith.length > 0 ? (
          <ul class="figures">
            {[...named, ...quotedWith.filter((q) => !named.some((n) => n.id === q.id))].map((other) => (
              <FigureItem key={other.id} ctx={ctx} indicator={other} note={relation(other)} />
            ))}
          </ul>
        ) : null}
        {sameMeasure.length > 0 ? (
          <>
            <h3>{t.sameMeasure}</h3>
            <ul class="figures">
              {sameMeasure.map((other) => (
                <FigureItem key={other.id} ctx={ctx} indicator={other} note={areaName(ctx, cities.get(other.city), other.city)} />
              ))}
            </ul>
            <p>
              <a href={href(ctx, '/compare', { metric: indicator.metric, cities: compareAreas.join(',') })}>{t.compareThese}</a>
              {' · '}
              <a href={href(ctx, '/indicators', { metric: indicator.metric })}>{t.asTable}</a>
            </p>
          </>
        ) : null}
      </section>
      <CitationBox ctx={ctx} type="indicator" record={indicator} />
    </Layout>
  );
}

function initiativePage(ctx: PageContext, initiative: Initiative) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const area = areaName(ctx, cities.get(initiative.city), initiative.city);
  const name = lang === 'zh' ? initiative.name_zh : initiative.name_en;
  const whole = initiative.part_of ? recordOf<Initiative>(app, initiativeResource, initiative.part_of) : undefined;
  const figures = firstRecords<Indicator>(app, indicatorResource, { initiative: [initiative.id] }, 50);
  return (
    <Layout ctx={ctx} title={name} description={initiative.description_en ?? name} json={`/initiatives/${initiative.id}?format=json`}>
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
      <DataLinks ctx={ctx} json={`/initiatives/${initiative.id}?format=json`} cite={`/initiatives/${initiative.id}/cite`} />
      <Facts
        rows={[
          [t.area, <a href={href(ctx, `/cities/${initiative.city}`)}>{area}</a>],
          [t.kind, nameOf(initiative.kind, lang)],
          [
            t.description,
            <>
              {initiative.description_en ? <p lang="en">{initiative.description_en}</p> : null}
              {initiative.description_zh ? <p lang="zh-Hans">{initiative.description_zh}</p> : null}
            </>,
          ],
          ...(initiative.started_on ? ([[t.startedOn, periodWords(initiative.started_on, lang)]] as [string, ComponentChildren][]) : []),
          ...(whole
            ? ([
                [
                  t.partOf,
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
      <CitationBox ctx={ctx} type="initiative" record={initiative} />
    </Layout>
  );
}

function complaintPage(ctx: PageContext, complaint: Complaint) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const area = areaName(ctx, cities.get(complaint.city), complaint.city);
  const title = lang === 'zh' ? complaint.title_zh : complaint.title_en;
  const both = (zh: string | null, en: string | null) =>
    zh || en ? (
      <>
        {en ? <p lang="en">{en}</p> : null}
        {zh ? <p lang="zh-Hans">{zh}</p> : null}
      </>
    ) : null;
  const rows: [string, ComponentChildren][] = [
    [t.area, <a href={href(ctx, `/cities/${complaint.city}`)}>{area}</a>],
    [t.problem, both(complaint.problem_zh, complaint.problem_en)],
    [t.raisedBy, both(complaint.raised_by_zh, complaint.raised_by_en)],
    [t.location, both(complaint.location_zh, complaint.location_en)],
    [t.reportedOn, complaint.reported_on ? periodWords(complaint.reported_on, lang) : null],
    [t.resolvedOn, complaint.resolved_on ? periodWords(complaint.resolved_on, lang) : null],
    [t.duration, complaint.duration_days !== null ? `${complaint.duration_days} ${t.days}` : null],
    [t.households, complaint.households !== null ? String(complaint.households) : null],
    [t.amount, complaint.amount_cny !== null ? figureOf(ctx, complaint.amount_cny, 'CNY') : null],
    [t.handling, both(complaint.handling_zh, complaint.handling_en)],
  ];
  return (
    <Layout ctx={ctx} title={title} description={complaint.problem_en} json={`/complaints/${complaint.id}?format=json`}>
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
      <DataLinks ctx={ctx} json={`/complaints/${complaint.id}?format=json`} cite={`/complaints/${complaint.id}/cite`} />
      <Facts rows={rows.filter(([, value]) => value !== null)} />
      <Quotes ctx={ctx} evidence={complaint.evidence} sources={sources} />
      <CitationBox ctx={ctx} type="complaint" record={complaint} />
    </Layout>
  );
}

function projectPage(ctx: PageContext, project: Project) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const area = areaName(ctx, cities.get(project.city), project.city);
  const name = lang === 'zh' ? project.name_zh : project.name_en;
  const initiatives = recordsByKey<Initiative>(app, initiativeResource, project.initiatives);
  const figures = firstRecords<Indicator>(app, indicatorResource, { project: [project.id] }, 10);
  const passages = new Map(project.evidence.map((e) => [e.id, e]));
  const json = `/projects/${project.id}?format=json`;
  return (
    <Layout ctx={ctx} title={name} description={project.description_en ?? name} json={json}>
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
      <DataLinks ctx={ctx} json={json} cite={`/projects/${project.id}/cite`} />
      <Facts
        rows={[
          [t.area, <a href={href(ctx, `/cities/${project.city}`)}>{area}</a>],
          [t.sector, <a href={href(ctx, '/projects', { sector: project.sector })}>{nameOf(project.sector, lang)}</a>],
          [t.kind, <a href={href(ctx, '/projects', { kind: project.kind })}>{nameOf(project.kind, lang)}</a>],
          ...(project.description_en
            ? ([[t.description, <p lang="en">{project.description_en}</p>]] as [string, ComponentChildren][])
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

export const indicatorRecordPage: Page<Indicator> = { render: indicatorPage };
export const initiativeRecordPage: Page<Initiative> = { render: initiativePage };
export const complaintRecordPage: Page<Complaint> = { render: complaintPage };
export const projectRecordPage: Page<Project> = { render: projectPage };
