/**
 * List pages: a table of the rows the JSON answer holds, driven by the same query parameters (the
 * form's fields are the API's), facets as links with counts, pages of the list, and the same rows
 * as JSON and CSV. Indicators, initiatives, complaints and projects (also under /cities/{slug}/),
 * metrics, scopes, areas, articles, passages and conflicts.
 */
import type { ComponentChildren, VNode } from 'preact';
import type { Facets } from '../db/facets.ts';
import type { City } from '../resources/cities.ts';
import type { Complaint } from '../resources/complaints.ts';
import { complaintResource, indicatorResource, initiativeResource, projectResource } from '../resources/index.ts';
import type { Indicator } from '../resources/indicators.ts';
import { INDICATOR_FACETS } from '../resources/indicators.ts';
import type { Initiative } from '../resources/initiatives.ts';
import type { Metric } from '../resources/metrics.ts';
import { PROJECT_FACETS, type Project } from '../resources/projects.ts';
import type { ListQuery, Resource } from '../resources/resource.ts';
import type { Scope } from '../resources/scopes.ts';
import type { Passage, Source } from '../resources/sources.ts';
import {
  areaName,
  Bilingual,
  Crumbs,
  DataLinks,
  latestEvent,
  Marked,
  Normalized,
  passageHref,
  StatusWords,
  Written,
} from './components.tsx';
import { dataHrefs, href, type Page, type PageContext, rawQuery, selfHref } from './context.ts';
import { citiesBySlug, everyMetric, facetsOf, recordsByKey, sourcesById } from './data.ts';
import { fieldsOf, QueryForm } from './form.tsx';
import { periodWords } from './format.ts';
import { nameOf } from './i18n.ts';
import { Layout } from './layout.tsx';

export type ListBody<T> = {
  data: T[];
  meta: { total: number; total_exact?: boolean; limit: number; offset: number; undated?: { total: number; link: string } };
  links: { self: string; next: string | null };
};

type Column<T> = {
  head: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
  wide?: boolean;
  /** The column the rows are for (a passage's text): it takes most of the width. */
  main?: boolean;
};

/** A table of rows with a caption and column heads. */
export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.head} scope="col" class={c.numeric ? 'num' : c.main ? 'main' : c.wide ? 'wide' : undefined}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.head} class={c.numeric ? 'num' : undefined} data-label={c.head}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which rows of how many, and links to the pages before and after. */
export function Paging({
  ctx,
  meta,
  links,
  end = false,
}: {
  ctx: PageContext;
  meta: ListBody<unknown>['meta'];
  links: ListBody<unknown>['links'];
  /** The second, after the rows: not a landmark of its own (a page has one navigation between its pages). */
  end?: boolean;
}) {
  const { t, lang } = ctx;
  const Tag = end ? 'div' : 'nav';
  const first = meta.total === 0 ? 0 : meta.offset + 1;
  const last = Math.min(meta.offset + meta.limit, meta.total);
  const total = `${meta.total_exact === false ? '≥ ' : ''}${meta.total.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}`;
  const previous = meta.offset > 0 ? selfHref(ctx, { limit: meta.limit, offset: Math.max(0, meta.offset - meta.limit) }) : undefined;
  const next = links.next ? selfHref(ctx, { limit: meta.limit, offset: meta.offset + meta.limit }) : undefined;
  return (
    <Tag class="paging" aria-label={end ? undefined : t.pagination}>
      <p>{lang === 'zh' ? `共 ${total} 行，显示第 ${first}–${last} 行` : `Showing ${first}–${last} of ${total} rows`}</p>
      {previous || next ? (
        <p>
          {previous ? (
            <a href={previous} rel="prev">
              ← {t.previous}
            </a>
          ) : null}
          {previous && next ? ' · ' : null}
          {next ? (
            <a href={next} rel="next">
              {t.next} →
            </a>
          ) : null}
        </p>
      ) : null}
    </Tag>
  );
}

/** Facet counts as links that set the filter (or remove it, for a value already chosen). */
function FacetList({
  ctx,
  facets,
  nameOfValue,
}: {
  ctx: PageContext;
  facets: Facets;
  nameOfValue: (field: string, value: string) => string;
}) {
  const { t } = ctx;
  // A field counted but not a filter of this route (a project's corroborated) is counted, not linked.
  const accepted = new Set(fieldsOf(ctx.request).map((f) => f.name));
  const chosen = (field: string) => {
    const value = ctx.query[field];
    return Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  };
  return (
    <section class="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading">{t.facets}</h2>
      {Object.entries(facets.facets).map(([field, values]) => (
        <details key={field} open={values.length <= 8}>
          <summary>
            {nameOfValue('field', field)} <span class="count">({values.length})</span>
          </summary>
          <ul>
            {values.slice(0, 40).map(({ value, count }) => {
              const text = String(value);
              const on = chosen(field).includes(text);
              // Rows with no value cannot be asked for by a filter: counted, not linked.
              if (value === null)
                return (
                  <li key="null">
                    — <span class="count">{count}</span>
                  </li>
                );
              if (!accepted.has(field))
                return (
                  <li key={text}>
                    {nameOfValue(field, text)} <span class="count">{count}</span>
                  </li>
                );
              return (
                <li key={text}>
                  <a href={selfHref(ctx, { [field]: on ? undefined : text })} aria-current={on ? 'true' : undefined}>
                    {nameOfValue(field, text)} <span class="count">{count}</span>
                    {on ? <span class="vh"> ({t.remove})</span> : null}
                  </a>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </section>
  );
}

type ListFrame<T> = {
  ctx: PageContext;
  /** What the list is of (Indicators): with the area of /cities/{slug}/…, the page's title. */
  word: string;
  intro?: ComponentChildren;
  body: ListBody<T>;
  /** Known values of open parameters, offered in the form. */
  known?: Record<string, string[]>;
  facets?: ComponentChildren;
  columns: Column<T>[];
  rowKey: (row: T) => string;
};

/** Whether the request gave any filter (not just a page of the list). */
const filtered = (ctx: PageContext) => rawQuery(ctx.request).some(([name]) => name !== 'limit' && name !== 'offset');

/** A list page: title, facets and the form, the rows as a table, pages, and the same rows as data. */
function ListLayout<T>({ ctx, word, intro, body, known, facets, columns, rowKey }: ListFrame<T>) {
  const { t } = ctx;
  const cities = citiesBySlug(ctx.app);
  const area = scopedArea(ctx, cities);
  const title = area ? `${area.name} · ${word}` : word;
  const data = dataHrefs(ctx, body.meta);
  return (
    <Layout ctx={ctx} title={title} description={`${title} — ${t.tagline}`} json={data.json}>
      <Crumbs
        ctx={ctx}
        trail={
          area
            ? [
                [area.name, href(ctx, `/cities/${area.slug}`)],
                [word, undefined],
              ]
            : [[word, undefined]]
        }
      />
      <h1>{title}</h1>
      {intro}
      <DataLinks ctx={ctx} json={data.json} csv={data.csv} />
      <div class="list-layout">
        <div class="list-main">
          <p class="to-filters">
            <a href="#filters">{t.filters} ↓</a>
          </p>
          <Paging ctx={ctx} meta={body.meta} links={body.links} />
          {body.data.length === 0 ? <p>{t.noRows}</p> : <Table<T> caption={title} rowKey={rowKey} rows={body.data} columns={columns} />}
          <Paging ctx={ctx} meta={body.meta} links={body.links} end />
        </div>
        <section class="list-side" id="filters" aria-label={t.filters}>
          {facets}
          <details class="form-box" open={filtered(ctx)}>
            <summary>{t.filters}</summary>
            <QueryForm ctx={ctx} action={ctx.path} known={{ city: [...cities.keys()], within: [...cities.keys()], ...known }} />
          </details>
        </section>
      </div>
    </Layout>
  );
}

/** The area a list is scoped to, from /cities/{slug}/…, if any. */
function scopedArea(ctx: PageContext, cities: Map<string, City>) {
  const slug = (ctx.request.params as { slug?: string }).slug;
  return slug ? { slug, name: areaName(ctx, cities.get(slug), slug) } : undefined;
}

function indicatorList(ctx: PageContext, body: ListBody<Indicator>) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const metrics = everyMetric(app);
  const area = scopedArea(ctx, cities);
  // Under /cities/{slug}/ the area is the path's: no facet of it.
  const facets = facetsOf(
    app,
    indicatorResource as Resource<object, ListQuery>,
    ctx.query,
    INDICATOR_FACETS.filter((f) => !(area && f === 'city')),
  );
  const initiativeIds = (facets?.facets.initiative ?? []).map((f) => f.value).filter((v): v is string => typeof v === 'string');
  const initiatives = new Map(recordsByKey<Initiative>(app, initiativeResource, initiativeIds).map((i) => [i.id, i]));
  const fieldNames: Record<string, string> = {
    city: t.area,
    metric: t.metric,
    unit: t.unit,
    qualifier: t.qualifier,
    estimated: t.estimate,
    corroborated: t.corroborated,
    period: t.period,
    initiative: t.initiative,
  };
  const nameOfValue = (field: string, value: string) => {
    if (field === 'field') return fieldNames[value] ?? value;
    if (field === 'city') return areaName(ctx, cities.get(value), value);
    if (field === 'metric') return (lang === 'zh' ? metrics.get(value)?.name_zh : metrics.get(value)?.name_en) ?? value;
    if (field === 'qualifier') return nameOf(value, lang);
    const yes = value === 'true' || value === '1';
    if (field === 'estimated') return nameOf(yes ? 'estimated' : 'reported', lang);
    if (field === 'corroborated') return yes ? t.yes : t.no;
    if (field === 'period') return periodWords(value, lang);
    if (field === 'initiative') return (lang === 'zh' ? initiatives.get(value)?.name_zh : initiatives.get(value)?.name_en) ?? value;
    return value;
  };
  const undated = body.meta.undated;
  return (
    <ListLayout<Indicator>
      ctx={ctx}
      word={t.indicators}
      body={body}
      known={{ source: [...sourcesById(app).keys()] }}
      intro={
        undated && undated.total > 0 ? (
          <p class="note">
            {undated.total} {t.undatedLeftOut}:{' '}
            <a href={href(ctx, ctx.path, [...new URLSearchParams(undated.link.split('?')[1] ?? '')])}>{t.seeThem}</a>
          </p>
        ) : undefined
      }
      facets={facets ? <FacetList ctx={ctx} facets={facets} nameOfValue={nameOfValue} /> : null}
      rowKey={(i) => i.id}
      columns={[
        {
          head: t.label,
          cell: (i) => (
            <>
              <a href={href(ctx, `/indicators/${i.id}`)}>{lang === 'zh' ? i.label_zh : i.label_en}</a>
              <br />
              <small>
                <code>{i.id}</code> · {areaName(ctx, cities.get(i.city), i.city)}
              </small>
            </>
          ),
        },
        { head: t.asWritten, cell: (i) => <Written indicator={i} />, numeric: true },
        { head: t.normalized, cell: (i) => <Normalized ctx={ctx} indicator={i} />, numeric: true },
        { head: t.period, cell: (i) => `${periodWords(i.period, lang)}${i.estimated ? ` (${nameOf('estimated', lang)})` : ''}` },
        {
          head: t.quote,
          wide: true,
          cell: (i) => {
            const quote = i.evidence[0];
            return quote ? (
              <span class="row-quote" lang="zh-Hans">
                <Marked text={quote.text_zh_hans} needle={i.value_text} />{' '}
                <a href={`${href(ctx, `/sources/${quote.source}`)}#${quote.id}`} lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
                  {quote.source}
                </a>
              </span>
            ) : null;
          },
        },
      ]}
    />
  );
}

/** Facets of a resource that counts them (none for initiatives and complaints, which have no facet fields). */
function facetsFor(ctx: PageContext, resource: { facets?: { fields: readonly string[] } }) {
  const fields = resource.facets?.fields ?? [];
  const facets = facetsOf(ctx.app, resource as Resource<object, ListQuery>, ctx.query, fields);
  return facets ? <FacetList ctx={ctx} facets={facets} nameOfValue={(_field, value) => nameOf(value, ctx.lang)} /> : null;
}

/** A column linking a record of an area to its area. */
function areaColumn<T extends { city: string }>(ctx: PageContext): Column<T> {
  const cities = citiesBySlug(ctx.app);
  return { head: ctx.t.area, cell: (r) => <a href={href(ctx, `/cities/${r.city}`)}>{areaName(ctx, cities.get(r.city), r.city)}</a> };
}

function initiativeList(ctx: PageContext, body: ListBody<Initiative>) {
  const { t, lang } = ctx;
  return (
    <ListLayout<Initiative>
      ctx={ctx}
      word={t.initiatives}
      body={body}
      facets={facetsFor(ctx, initiativeResource)}
      rowKey={(i) => i.id}
      columns={[
        {
          head: t.label,
          cell: (i) => (
            <a href={href(ctx, `/initiatives/${i.id}`)}>
              <Bilingual ctx={ctx} zh={i.name_zh} en={i.name_en} />
            </a>
          ),
        },
        { head: t.kind, cell: (i) => nameOf(i.kind, lang) },
        areaColumn(ctx),
        { head: t.description, cell: (i) => (i.description_en ? <span lang="en">{i.description_en}</span> : null) },
        { head: t.sources, cell: (i) => [...new Set(i.evidence.map((e) => e.source))].join(', ') },
      ]}
    />
  );
}

function complaintList(ctx: PageContext, body: ListBody<Complaint>) {
  const { t, lang } = ctx;
  return (
    <ListLayout<Complaint>
      ctx={ctx}
      word={t.complaints}
      body={body}
      facets={facetsFor(ctx, complaintResource)}
      rowKey={(c) => c.id}
      columns={[
        {
          head: t.label,
          cell: (c) => (
            <a href={href(ctx, `/complaints/${c.id}`)}>
              <Bilingual ctx={ctx} zh={c.title_zh} en={c.title_en} />
            </a>
          ),
        },
        areaColumn(ctx),
        { head: t.reportedOn, cell: (c) => (c.reported_on ? periodWords(c.reported_on, lang) : '') },
        { head: t.duration, cell: (c) => (c.duration_days !== null ? `${c.duration_days} ${t.days}` : ''), numeric: true },
        { head: t.households, cell: (c) => (c.households !== null ? String(c.households) : ''), numeric: true },
      ]}
    />
  );
}

function metricList(ctx: PageContext, body: ListBody<Metric>) {
  const { t, lang } = ctx;
  return (
    <ListLayout<Metric>
      ctx={ctx}
      word={t.metrics}
      body={body}
      rowKey={(m) => m.key}
      columns={[
        {
          head: t.metric,
          cell: (m) => (
            <>
              <a href={href(ctx, `/metrics/${m.key}`)}>
                <Bilingual ctx={ctx} zh={m.name_zh} en={m.name_en} />
              </a>
              <br />
              <small>
                <code>{m.key}</code>
              </small>
            </>
          ),
        },
        { head: t.definition, cell: (m) => (lang === 'zh' ? <span lang="zh-Hans">{m.definition_zh}</span> : m.definition) },
        { head: t.baseUnit, cell: (m) => <code>{m.unit}</code> },
        { head: t.indicators, numeric: true, cell: (m) => <a href={href(ctx, '/indicators', { metric: m.key })}>{m.records}</a> },
        {
          head: t.compare,
          cell: (m) =>
            m.areas.length > 1 ? (
              <a href={href(ctx, '/compare', { metric: m.key, cities: m.areas.join(',') })}>
                {m.areas.length} {t.areas}
              </a>
            ) : null,
        },
      ]}
    />
  );
}

function projectList(ctx: PageContext, body: ListBody<Project>) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const area = scopedArea(ctx, cities);
  // Under /cities/{slug}/ the area is the path's: no facet of it.
  const facets = facetsOf(
    app,
    projectResource as Resource<object, ListQuery>,
    ctx.query,
    PROJECT_FACETS.filter((f) => !(area && f === 'city')),
  );
  const fieldNames: Record<string, string> = { city: t.area, sector: t.sector, kind: t.kind, corroborated: t.corroborated };
  const nameOfValue = (field: string, value: string) => {
    if (field === 'field') return fieldNames[value] ?? value;
    if (field === 'city') return areaName(ctx, cities.get(value), value);
    if (field === 'corroborated') return value === 'true' || value === '1' ? t.yes : t.no;
    return nameOf(value, lang);
  };
  return (
    <ListLayout<Project>
      ctx={ctx}
      word={t.projects}
      body={body}
      known={{ source: [...sourcesById(app).keys()] }}
      facets={facets ? <FacetList ctx={ctx} facets={facets} nameOfValue={nameOfValue} /> : null}
      rowKey={(p) => p.id}
      columns={[
        {
          head: t.label,
          cell: (p) => (
            <a href={href(ctx, `/projects/${p.id}`)}>
              <Bilingual ctx={ctx} zh={p.name_zh} en={p.name_en} />
            </a>
          ),
        },
        // Under /cities/{slug}/ every row is of the path's area.
        ...(area ? [] : [areaColumn<Project>(ctx)]),
        { head: t.sector, cell: (p) => nameOf(p.sector, lang) },
        { head: t.kind, cell: (p) => nameOf(p.kind, lang) },
        {
          head: t.latestStatus,
          cell: (p) => {
            const latest = latestEvent(p.events);
            return latest ? <StatusWords ctx={ctx} event={latest} /> : null;
          },
        },
        {
          head: t.sources,
          cell: (p) =>
            [...new Set(p.evidence.map((e) => e.source))].map((source, k) => {
              const first = p.evidence.find((e) => e.source === source);
              return (
                <span key={source}>
                  {k > 0 ? ', ' : ''}
                  {first ? <a href={passageHref(ctx, first)}>{source}</a> : source}
                </span>
              );
            }),
        },
      ]}
    />
  );
}

function scopeList(ctx: PageContext, body: ListBody<Scope>) {
  const { t, lang } = ctx;
  return (
    <ListLayout<Scope>
      ctx={ctx}
      word={t.scopes}
      body={body}
      intro={<p>{t.scopesIntro}</p>}
      rowKey={(s) => s.key}
      columns={[
        {
          head: t.scope,
          cell: (s) => (
            <>
              <a href={href(ctx, `/scopes/${s.key}`)}>
                <Bilingual ctx={ctx} zh={s.name_zh} en={s.name_en} />
              </a>
              <br />
              <small>
                <code>{s.key}</code>
              </small>
            </>
          ),
        },
        {
          head: t.definition,
          wide: true,
          cell: (s) => (lang === 'zh' ? <span lang="zh-Hans">{s.definition_zh}</span> : <span lang="en">{s.definition_en}</span>),
        },
        { head: t.indicators, cell: (s) => <a href={href(ctx, '/indicators', { scope: s.key })}>{t.figuresOfScope}</a> },
      ]}
    />
  );
}

function passageList(ctx: PageContext, body: ListBody<Passage>) {
  const { t, app } = ctx;
  return (
    <ListLayout<Passage>
      ctx={ctx}
      word={t.passages}
      body={body}
      intro={<p>{t.passagesIntro}</p>}
      known={{ source: [...sourcesById(app).keys()] }}
      rowKey={(p) => p.id}
      columns={[
        {
          head: t.passage,
          cell: (p) => (
            <a href={href(ctx, `/passages/${p.id}`)}>
              <code>{p.id}</code>
            </a>
          ),
        },
        { head: t.source, cell: (p) => <a href={passageHref(ctx, p)}>{p.source}</a> },
        {
          head: t.quote,
          main: true,
          cell: (p) => (
            <>
              <span class="row-quote" lang="zh-Hans">
                {p.text_zh_hans}
              </span>
              <br />
              <small lang="en">{p.text_en}</small>
            </>
          ),
        },
      ]}
    />
  );
}

/** Areas as a tree: each under its parent, Gansu's first. */
export function AreaTree({ ctx, cities }: { ctx: PageContext; cities: City[] }) {
  const children = (parent: string | null) =>
    cities
      .filter((c) => c.parent === parent)
      .sort((a, b) => (a.slug === 'gansu' ? -1 : b.slug === 'gansu' ? 1 : (a.code ?? '9').localeCompare(b.code ?? '9')));
  const branch = (parent: string | null): VNode | null => {
    const under = children(parent);
    if (under.length === 0) return null;
    return (
      <ul>
        {under.map((c) => (
          <li key={c.slug}>
            <a href={href(ctx, `/cities/${c.slug}`)}>
              <Bilingual ctx={ctx} zh={c.name_zh} en={c.name_en} />
            </a>{' '}
            <small>{nameOf(c.level, ctx.lang)}</small>
            {branch(c.slug)}
          </li>
        ))}
      </ul>
    );
  };
  return <div class="tree">{branch(null)}</div>;
}

function cityList(ctx: PageContext, body: ListBody<City>) {
  const { t } = ctx;
  const data = dataHrefs(ctx, body.meta);
  const filtered = Object.keys(ctx.query).some((k) => k === 'parent' || k === 'level');
  return (
    <Layout ctx={ctx} title={t.areas} description={`${t.areas} — ${t.tagline}`} json={data.json}>
      <Crumbs ctx={ctx} trail={[[t.areas, undefined]]} />
      <h1>{t.areas}</h1>
      <DataLinks ctx={ctx} json={data.json} csv={data.csv} />
      {filtered || body.meta.total > body.data.length ? (
        <Table<City>
          caption={t.areas}
          rowKey={(c) => c.slug}
          rows={body.data}
          columns={[
            {
              head: t.area,
              cell: (c) => (
                <a href={href(ctx, `/cities/${c.slug}`)}>
                  <Bilingual ctx={ctx} zh={c.name_zh} en={c.name_en} />
                </a>
              ),
            },
            { head: t.level, cell: (c) => nameOf(c.level, ctx.lang) },
            { head: t.code, cell: (c) => <code>{c.code ?? ''}</code> },
          ]}
        />
      ) : (
        <AreaTree ctx={ctx} cities={body.data} />
      )}
    </Layout>
  );
}

function sourceList(ctx: PageContext, body: ListBody<Source>) {
  const { t, lang } = ctx;
  const data = dataHrefs(ctx, body.meta);
  return (
    <Layout ctx={ctx} title={t.articles} description={`${t.articles} — ${t.tagline}`} json={data.json}>
      <Crumbs ctx={ctx} trail={[[t.articles, undefined]]} />
      <h1>{t.articles}</h1>
      <DataLinks ctx={ctx} json={data.json} csv={data.csv} />
      <ol class="articles">
        {body.data.map((s) => (
          <li key={s.id}>
            <h2>
              <a href={href(ctx, `/sources/${s.id}`)}>
                <span lang="zh-Hans">{s.title_zh}</span>
              </a>
            </h2>
            <p lang="en">{s.title_en}</p>
            <p>
              {s.id} · {s.outlet ? <span lang="zh-Hans">{s.outlet}</span> : null} · {t.published}: {s.published_on ?? t.dateNotStated} ·{' '}
              {nameOf(s.script, lang)} · {s.length.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} {t.codePoints}
            </p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

type Conflict = { metric: string; city: string; period: string; indicators: Indicator[] };

function conflictList(ctx: PageContext, body: { data: Conflict[]; meta: { total: number } }) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  return (
    <Layout ctx={ctx} title={t.conflicts} description={t.conflictsIntro} json="/conflicts?format=json">
      <Crumbs ctx={ctx} trail={[[t.conflicts, undefined]]} />
      <h1>{t.conflicts}</h1>
      <p>{t.conflictsIntro}</p>
      <DataLinks ctx={ctx} json="/conflicts?format=json" />
      {body.data.length === 0 ? <p class="note">{t.noConflicts}</p> : null}
      {body.data.map((c) => (
        <section key={`${c.metric}-${c.city}-${c.period}`}>
          <h2>
            {areaName(ctx, cities.get(c.city), c.city)} · <code>{c.metric}</code> · {periodWords(c.period, lang)}
          </h2>
          <ul class="figures">
            {c.indicators.map((i) => (
              <li key={i.id}>
                <a href={href(ctx, `/indicators/${i.id}`)}>{i.id}</a> <Written indicator={i} /> (
                <Normalized ctx={ctx} indicator={i} />) — {[...new Set(i.evidence.map((e) => e.source))].join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

export const indicatorListPage: Page<ListBody<Indicator>> = { render: indicatorList };
export const initiativeListPage: Page<ListBody<Initiative>> = { render: initiativeList };
export const complaintListPage: Page<ListBody<Complaint>> = { render: complaintList };
export const metricListPage: Page<ListBody<Metric>> = { render: metricList };
export const cityListPage: Page<ListBody<City>> = { render: cityList };
export const sourceListPage: Page<ListBody<Source>> = { render: sourceList };
export const projectListPage: Page<ListBody<Project>> = { render: projectList };
export const scopeListPage: Page<ListBody<Scope>> = { render: scopeList };
export const passageListPage: Page<ListBody<Passage>> = { render: passageList };
export const conflictListPage: Page<{ data: Conflict[]; meta: { total: number } }> = { render: conflictList };
