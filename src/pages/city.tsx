/**
 * An area's page: where it stands (its parent and the areas within it), its figures grouped by what
 * they measure (each as written and in base units, its qualifier and period in words, its quote with
 * the number marked), and its initiatives, complaints and projects.
 */

import { shortNameZh } from '../domain/places.ts';
import type { Unit } from '../domain/units.ts';
import { groupBy } from '../group.ts';
import type { City } from '../resources/cities.ts';
import { complaintResource, indicatorResource, initiativeResource, projectResource } from '../resources/index.ts';
import { type Indicator, quoteOfFigure } from '../resources/indicators.ts';
import type { Project } from '../resources/projects.ts';
import {
  Bilingual,
  Count,
  Crumbs,
  DataLinks,
  isReading,
  Mixed,
  Normalized,
  OtherSources,
  ReadingLabel,
  recordName,
  SourceLink,
  Written,
} from './components.tsx';
import { href, inLanguage, type Page, type PageContext } from './context.ts';
import { citiesBySlug, everyMetric, firstRecords } from './data.ts';
import { qualifiedFigure } from './format.ts';
import { Layout } from './layout.tsx';
import { Marked } from './marked.tsx';
import { nameOf } from './names.ts';
import { Circumstances } from './records/parts.tsx';
import { latestEvent, StatusWords } from './records/status.tsx';

/** How many of an area's projects its page lists; /cities/{slug}/projects has every one. */
const PROJECTS_SHOWN = 12;

/**
 * How many of an area's figures, initiatives and complaints its page lists, in their lists' order:
 * every one of any area in the dataset (at most 64 figures), and a bound on a page of an area with
 * many thousands (a database of every county), whose lists have every one.
 */
const LISTED = 200;

type Named = { id: string; city: string; name_zh?: string; name_en?: string; title_zh?: string; title_en?: string; kind?: string };

/** Whether the reader's figure is the figure as written (429.49亿元 in Chinese): then it is written once. */
const sameAsWritten = (ctx: PageContext, i: Indicator) =>
  qualifiedFigure(i.value_base, i.unit as Unit, i.qualifier, ctx.lang) === `${i.value_text}${i.unit_zh}`;

/** One figure of an area: label linked, value as written and normalized, circumstances, quote with its number marked. */
function FigureCard({ ctx, indicator }: { ctx: PageContext; indicator: Indicator }) {
  const quote = quoteOfFigure(indicator);
  const reading = quote ? isReading(quote) : false;
  // A quote that quotes (““三抓三促”行动…”) is set in corner brackets, not in a second pair of the same marks.
  const marks = quote && /[“”]/.test(quote.text_zh_hans) ? ['「', '」'] : ['“', '”'];
  return (
    <li class="figure-card">
      <p class="figure-line">
        <a href={href(ctx, `/indicators/${indicator.id}`)}>{inLanguage(ctx, indicator, 'label')}</a>
      </p>
      <p class="figure-value">
        <Written indicator={indicator} />{' '}
        {sameAsWritten(ctx, indicator) ? null : (
          <>
            <span class="sep">=</span> <Normalized ctx={ctx} indicator={indicator} />{' '}
          </>
        )}
        · <Circumstances ctx={ctx} indicator={indicator} />
      </p>
      {quote ? (
        <p class="figure-quote">
          {/* A reading of the words (002's Traditional, converted and repaired) is labelled so, not quoted. */}
          {reading ? <ReadingLabel ctx={ctx} /> : null}
          <span lang="zh-Hans">
            {reading ? null : marks[0]}
            <Marked text={quote.text_zh_hans} needle={indicator.value_text} unit={indicator.unit_zh} />
            {reading ? null : marks[1]}
          </span>{' '}
          {ctx.t.source} <SourceLink ctx={ctx} passage={quote} />
          <OtherSources ctx={ctx} indicator={indicator} shown={quote.source} />
          {/* An English reader reads the quote through its translation; the Chinese stays the evidence. */}
          {ctx.lang === 'en' ? (
            <span class="figure-translation">
              <Mixed text={quote.text_en} />
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

/** Where a page lists only the first of an area's records: how many of how many (nothing when it lists them all). */
function FirstShown({ ctx, shown, total }: { ctx: PageContext; shown: number; total: number }) {
  if (shown >= total) return null;
  return <>{ctx.t.firstShown.replace('{shown}', String(shown)).replace('{total}', total.toLocaleString('en'))}</>;
}

/** The same with a link to the list that has every one. */
function ShownOf({ ctx, shown, total, path }: { ctx: PageContext; shown: number; total: number; path: string }) {
  if (shown >= total) return null;
  return (
    <p>
      <FirstShown ctx={ctx} shown={shown} total={total} />
      <a href={href(ctx, path)}>{ctx.t.asTable}</a>
    </p>
  );
}

type Within = { ctx: PageContext; city: City; resource: Parameters<typeof firstRecords>[1]; own: number };

/**
 * Under a list of an area's own records, a link to the list with its areas within too (a county's complaints are its
 * city's too), counted; only where that list holds more (Lanzhou's districts' projects, not an empty list); where both
 * are empty, that there are none.
 */
function WithinToo({ ctx, city, resource, own }: Within) {
  const { total } = firstRecords(ctx.app, resource, { within: [city.slug] }, 0);
  // None at all, said, not a heading over an empty list (page20: Zhangye's complaints, Tianzhu's initiatives).
  if (total <= own) return own === 0 ? <p class="none">{ctx.t.noneRecorded}</p> : null;
  return (
    <p>
      {own === 0 ? `${ctx.t.noneOfItsOwn} ` : null}
      {/* Named with its records too: a screen reader's list of links has one such link a section. */}
      <a
        href={href(ctx, `/${resource.path}`, { within: city.slug })}
        aria-label={`${ctx.t[resource.path as 'indicators' | 'initiatives' | 'complaints' | 'projects']}${ctx.t.colon}${ctx.t.withTheAreasWithin}`}
      >
        {ctx.t.withTheAreasWithin}
      </a>
      <Count ctx={ctx} n={total} />
    </p>
  );
}

function cityPage(ctx: PageContext, city: City) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const name = recordName(ctx, city, city.slug);
  const parent = city.parent ? cities.get(city.parent) : undefined;
  const children = [...cities.values()].filter((c) => c.parent === city.slug);
  const { records: figures, total: figureCount } = firstRecords<Indicator>(app, indicatorResource, { city: [city.slug] }, LISTED);
  const metrics = everyMetric(app);
  const groups = [...groupBy(figures, (f) => f.metric).entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const { records: initiatives, total: initiativeCount } = firstRecords<Named>(app, initiativeResource, { city: [city.slug] }, LISTED);
  const { records: complaints, total: complaintCount } = firstRecords<Named>(app, complaintResource, { city: [city.slug] }, LISTED);
  const projects = firstRecords<Project>(app, projectResource, { city: [city.slug] }, PROJECTS_SHOWN);
  const json = `/cities/${city.slug}?format=json`;
  const shortName = shortNameZh(city);
  const trail: [string, string | undefined][] = [[t.areas, href(ctx, '/cities')]];
  for (let up = parent; up; up = up.parent ? cities.get(up.parent) : undefined)
    trail.splice(1, 0, [recordName(ctx, up, up.slug), href(ctx, `/cities/${up.slug}`)]);
  trail.push([name, undefined]);
  return (
    <Layout ctx={ctx} title={name} description={`${name}: ${figureCount} ${t.figures} — ${t.tagline}`} json={json}>
      <Crumbs ctx={ctx} trail={trail} />
      <h1>
        <Bilingual ctx={ctx} zh={city.name_zh} en={city.name_en} />
      </h1>
      <p class="area-facts">
        {nameOf(city.level, lang)}
        {city.code ? (
          <>
            {' · '}
            {t.code} <code>{city.code}</code>
          </>
        ) : null}
        {parent ? (
          <>
            {' · '}
            {t.parent}
            {t.colon}
            <a href={href(ctx, `/cities/${parent.slug}`)}>{recordName(ctx, parent, parent.slug)}</a>
          </>
        ) : null}
      </p>
      <DataLinks ctx={ctx} json={json} csv={`/cities/${city.slug}/indicators?format=csv`} />
      {/* A record of the province may name the area (华能甘谷 of Gansu's complaint): its page need not end the search. */}
      {figureCount + initiativeCount + complaintCount + projects.total === 0 ? (
        <p class="note">
          {t.noneFiledHere}{' '}
          <a href={href(ctx, '/search', { q: shortName })}>{lang === 'zh' ? `搜索“${shortName}”` : `search for ${shortName}`}</a>
        </p>
      ) : null}
      {children.length > 0 ? (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">{t.children}</h2>
          <ul class="inline-list">
            {children.map((c) => (
              <li key={c.slug}>
                <a href={href(ctx, `/cities/${c.slug}`)}>{recordName(ctx, c, c.slug)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">
          {t.figuresByMetric}
          <Count ctx={ctx} n={figureCount} />
        </h2>
        <p>
          <FirstShown ctx={ctx} shown={figures.length} total={figureCount} />
          <a href={href(ctx, `/cities/${city.slug}/indicators`)}>{t.asTable}</a>
        </p>
        <WithinToo ctx={ctx} city={city} resource={indicatorResource} own={figureCount} />
        {groups.map(([key, rows]) => {
          const metric = metrics.get(key);
          return (
            // Unnamed, no landmark: its heading is the way to it (fifty-odd measures would flood a screen reader's landmarks).
            <section class="metric-group" key={key}>
              <h3 id={`m-${key}`}>
                <a href={href(ctx, `/metrics/${key}`)}>{metric ? inLanguage(ctx, metric, 'name') : key}</a>
              </h3>
              <ul class="figure-cards">
                {rows.map((f) => (
                  <FigureCard key={f.id} ctx={ctx} indicator={f} />
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <section aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading">
          {t.initiatives}
          <Count ctx={ctx} n={initiativeCount} />
        </h2>
        <ShownOf ctx={ctx} shown={initiatives.length} total={initiativeCount} path={`/cities/${city.slug}/initiatives`} />
        <WithinToo ctx={ctx} city={city} resource={initiativeResource} own={initiativeCount} />
        <ul>
          {initiatives.map((i) => (
            <li key={i.id}>
              <a href={href(ctx, `/initiatives/${i.id}`)}>
                <Bilingual ctx={ctx} zh={i.name_zh ?? null} en={i.name_en ?? null} />
              </a>{' '}
              <small>{nameOf(i.kind, lang)}</small>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="complaints-heading">
        <h2 id="complaints-heading">
          {t.complaints}
          <Count ctx={ctx} n={complaintCount} />
        </h2>
        <ShownOf ctx={ctx} shown={complaints.length} total={complaintCount} path={`/cities/${city.slug}/complaints`} />
        <WithinToo ctx={ctx} city={city} resource={complaintResource} own={complaintCount} />
        <ul>
          {complaints.map((c) => (
            <li key={c.id}>
              <a href={href(ctx, `/complaints/${c.id}`)}>
                <Bilingual ctx={ctx} zh={c.title_zh ?? null} en={c.title_en ?? null} />
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">
          {t.projects}
          <Count ctx={ctx} n={projects.total} />
        </h2>
        {projects.total > 0 ? (
          <p>
            <a href={href(ctx, `/cities/${city.slug}/projects`)}>
              {projects.total > projects.records.length ? `${t.moreProjects} (${projects.total})` : t.asTable}
            </a>
          </p>
        ) : null}
        <WithinToo ctx={ctx} city={city} resource={projectResource} own={projects.total} />
        <ul>
          {projects.records.map((p) => {
            const latest = latestEvent(p.events);
            return (
              <li key={p.id}>
                <a href={href(ctx, `/projects/${p.id}`)}>
                  <Bilingual ctx={ctx} zh={p.name_zh} en={p.name_en} />
                </a>
                {latest ? (
                  <>
                    {' '}
                    <small>
                      <StatusWords ctx={ctx} event={latest} />
                    </small>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </Layout>
  );
}

export const cityPageOf: Page<City> = { render: cityPage };
