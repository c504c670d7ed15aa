/** The lists that describe the data: metrics, scopes, areas (as a tree too), articles, passages and conflicts. */

import type { VNode } from 'preact';
import type { z } from 'zod';
import { periodWords } from '../../domain/period-words.ts';
import { unitName } from '../../domain/units.ts';
import { groupBy } from '../../group.ts';
import type { City } from '../../resources/cities.ts';
import type { Metric } from '../../resources/metrics.ts';
import type { Scope } from '../../resources/scopes.ts';
import type { Passage, Source } from '../../resources/sources.ts';
import type { conflictSchema } from '../../routes/conflicts/index.ts';
import { Bilingual, Crumbs, DataLinks, Mixed, Normalized, recordName, SourceLink, Written } from '../components.tsx';
import { dataHrefs, href, type Page, type PageContext } from '../context.ts';
import { citiesBySlug, offeredComparisons, sourcesById } from '../data.ts';
import { numberWords, publishedWords } from '../format.ts';
import { Layout } from '../layout.tsx';
import { nameOf } from '../names.ts';
import { type ListBody, ListLayout, Paging, Table } from './layout.tsx';

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
        {
          head: t.definition,
          cell: (m) => (lang === 'zh' ? <span lang="zh-Hans">{m.definition_zh}</span> : <Mixed text={m.definition} />),
        },
        { head: t.baseUnit, cell: (m) => (ctx.lang === 'zh' ? `${unitName(m.unit, 'zh')}（${m.unit}）` : <code>{m.unit}</code>) },
        { head: t.indicators, numeric: true, cell: (m) => <a href={href(ctx, '/indicators', { metric: m.key })}>{m.records}</a> },
        {
          head: t.compare,
          cell: (m) => {
            const comparison = offeredComparisons(ctx.app).get(m.key);
            return comparison ? (
              <a href={href(ctx, '/compare', { metric: m.key, cities: comparison.cities.join(','), scope: comparison.scope })}>
                {comparison.cities.length} {t.areasCounted}
              </a>
            ) : null;
          },
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
          cell: (s) =>
            lang === 'zh' ? (
              <span lang="zh-Hans">{s.definition_zh}</span>
            ) : (
              <span lang="en">
                <Mixed text={s.definition_en} />
              </span>
            ),
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
        { head: t.source, cell: (p) => <SourceLink ctx={ctx} passage={p} /> },
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
  // Grouped by parent once: asked of every area in turn, a filter of them all is quadratic in their number
  // (docs/PERFORMANCE.md, "What changed for speed").
  const byParent = groupBy(cities, (c) => c.parent);
  const children = (parent: string | null) =>
    [...(byParent.get(parent) ?? [])].sort((a, b) =>
      a.slug === 'gansu' ? -1 : b.slug === 'gansu' ? 1 : (a.code ?? '9').localeCompare(b.code ?? '9'),
    );
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
              {s.id} · {s.outlet ? <span lang="zh-Hans">{s.outlet} · </span> : null}
              {t.published}
              {t.colon}
              {publishedWords(s, lang) ?? t.dateNotStated} · {nameOf(s.script, lang)} · {numberWords(s.length, lang)} {t.codePoints}
            </p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

type Conflict = z.output<typeof conflictSchema>;

function conflictList(ctx: PageContext, body: ListBody<Conflict>) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  return (
    <Layout ctx={ctx} title={t.conflicts} description={t.conflictsIntro} json="/conflicts?format=json">
      <Crumbs ctx={ctx} trail={[[t.conflicts, undefined]]} />
      <h1>{t.conflicts}</h1>
      <p>{t.conflictsIntro}</p>
      <DataLinks ctx={ctx} json="/conflicts?format=json" />
      {body.meta.total === 0 ? <p class="note">{t.noConflicts}</p> : null}
      {body.data.map((c) => (
        <section key={`${c.metric}-${c.city}-${c.period}`}>
          <h2>
            {recordName(ctx, cities.get(c.city), c.city)} · <code>{c.metric}</code> · {periodWords(c.period, lang)}
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
      {body.meta.offset > 0 || body.links.next ? <Paging ctx={ctx} meta={body.meta} links={body.links} /> : null}
    </Layout>
  );
}

export const metricListPage: Page<ListBody<Metric>> = { render: metricList };
export const cityListPage: Page<ListBody<City>> = { render: cityList };
export const sourceListPage: Page<ListBody<Source>> = { render: sourceList };
export const scopeListPage: Page<ListBody<Scope>> = { render: scopeList };
export const passageListPage: Page<ListBody<Passage>> = { render: passageList };
export const conflictListPage: Page<ListBody<Conflict>> = { render: conflictList };
