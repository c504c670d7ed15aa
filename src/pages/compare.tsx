/**
 * /compare as a page: the chart (server-rendered SVG, every mark linked to its record), the scope
 * compared and, in plain words, the figures of other scopes left out with a link to compare those,
 * the table of the same rows, and the CSV.
 */

import type { z } from 'zod';
import { periodWords } from '../domain/period-words.ts';
import type { Unit } from '../domain/units.ts';
import { groupBy } from '../group.ts';
import type { Indicator } from '../resources/indicators.ts';
import type { comparisonList } from '../routes/compare/index.ts';
import { compareMetric, metricOfScope } from '../routes/compare/query.ts';
import type { ComparisonRow } from '../routes/compare/schema.ts';
import type { ChartRow } from './chart.ts';
import { findingOf, periodsNote } from './compare-finding.ts';
import { Crumbs, DataLinks, Mixed, recordName, Written } from './components.tsx';
import { dataHrefs, href, inLanguage, type Page, type PageContext, selfHref } from './context.ts';
import { citiesBySlug, everyMetric, indicatorsByKey, metricsByKey, offeredComparisons, scopeOf } from './data.ts';
import { QueryForm } from './form.tsx';
import { figure, qualifiedFigure } from './format.ts';
import { bracketed, tagOf } from './i18n.ts';
import { Layout } from './layout.tsx';
import { Paging, Table } from './lists/layout.tsx';
import { nameOf, plannedMark } from './names.ts';
import { UndatedNote } from './undated.tsx';

/** The answer of GET /compare this page draws: its schema's, defined once with the route. */
type Body = z.output<typeof comparisonList>;
type Row = ComparisonRow;
type ScopeCount = NonNullable<Body['meta']['scope']>;

async function comparePage(ctx: PageContext, body: Body) {
  const { t, lang, app } = ctx;
  const metricKey = String(ctx.query.metric);
  const metric = metricsByKey(app, [metricKey]).get(metricKey);
  const metricName = metric ? inLanguage(ctx, metric, 'name') : metricKey;
  const cities = citiesBySlug(app);
  // An area asked both ways (cities=wuwei&within=wuwei) is named once, with the areas within it.
  const asked = [
    ...((ctx.query.cities as string[] | undefined) ?? []).filter((c) => c !== ctx.query.within),
    ...(ctx.query.within ? [String(ctx.query.within)] : []),
  ];
  // within= is the area and every area under it, which its rows are mostly of.
  const within = (name: string) => (lang === 'zh' ? `${name}及其下辖地区` : `${name} and the areas within it`);
  const areaNames = asked
    .map((slug, k) => {
      const name = recordName(ctx, cities.get(slug), slug);
      return ctx.query.within && k === asked.length - 1 ? within(name) : name;
    })
    .join(lang === 'zh' ? '、' : ', ');
  const title = lang === 'zh' ? `${metricName}：${areaNames}比较` : `${metricName}: ${areaNames} compared`;
  const rows = body.data;
  const indicators = new Map(
    indicatorsByKey(
      app,
      rows.map((r) => r.indicator),
    ).map((i) => [i.id, i]),
  );
  const cityName = (r: Row) => inLanguage(ctx, r, 'city_name');
  const planned = (r: { estimated?: boolean }) => plannedMark(r, lang);
  const areaPeriod = (r: ChartRow) => `${inLanguage(ctx, r, 'city_name')} ${periodWords(r.period, lang)}${planned(r)}`;
  // Two figures of one area and period (articles that disagree, or scopes) are told apart by their records, as the chart's axis does.
  const shared = new Set(rows.map(areaPeriod).filter((name, k, all) => all.indexOf(name) !== k));
  const rowName = (r: ChartRow) => (shared.has(areaPeriod(r)) ? `${areaPeriod(r)} (${r.indicator})` : areaPeriod(r));
  const scopeName = (s: ScopeCount | null) => (s?.scope ? inLanguage(ctx, s, 'name') : t.metricExactly);
  // A figure the text hedges (1650余件) keeps its word wherever it is given: bare, it would read as exact.
  const qualified = (r: Row) => qualifiedFigure(r.value_base, r.unit as Unit, r.qualifier, lang);
  const description = rows.map((r) => `${rowName(r)}: ${qualified(r)}`).join(lang === 'zh' ? '；' : '; ');
  // The largest figure and every row that gives it: a tie names them all, and all rows equal say so.
  const most = Math.max(...rows.map((r) => r.value_base));
  const largest = rows.filter((r) => r.value_base === most);
  const hedges = new Set(largest.map((r) => r.qualifier));
  const largestFigure =
    largest[0] &&
    (hedges.size === 1
      ? qualifiedFigure(most, largest[0].unit as Unit, largest[0].qualifier, lang)
      : figure(most, largest[0].unit as Unit, lang));
  // An area with several figures here (of other periods, or counting other sets: 4929 supervision cases, 5527
  // prominent problems) has no one figure to rank: the finding says so instead of naming a largest.
  const several = [...groupBy(rows, cityName)].filter(([, of]) => of.length > 1).map(([name]) => name);
  // A page of the rows (limit=, offset=) is not all of them: its largest may not be the set's, so none is named.
  const partial = body.meta.offset > 0 || body.meta.total > rows.length;
  // The rows shown may be of different periods (year= keeps every period overlapping the year): the page says which, and
  // names no largest (Gansu's 287 projects of 2023 are no more than Jiuquan's 18 of 2021).
  const periods = [...new Set(rows.map((r) => r.period))];
  const periodsSaid = periods.length > 1 ? periodsNote(periods, lang, ctx.query.year !== undefined) : undefined;
  // Undated figures of one article are of its one report; of several, of times no one can tell apart (an id starts with its article's).
  const undatedApart = periods[0] === null && new Set(rows.map((r) => r.indicator.slice(0, 3))).size > 1;
  const finding = findingOf(lang, {
    ranked: rows.length >= 2 && !partial,
    several,
    allSame: largest.length === rows.length,
    apart: periodsSaid ? 'periods' : undatedApart ? 'undated' : null,
    largest: largest.map(rowName),
    largestFigure,
  });
  // The chart's own title says what its bars are, as a screenshot of it alone is shown: the areas that have a bar, where
  // an area asked for has none, and the period all its bars share.
  const barred = [...new Set(rows.map(cityName))];
  const someWithout = body.meta.without.length > 0;
  const barAreas = someWithout ? barred.join(lang === 'zh' ? '、' : ', ') : areaNames;
  const onePeriod = periods.length === 1 && periods[0] ? periodWords(periods[0], lang) : undefined;
  const alone = barred.length === 1 && someWithout;
  // A page of the rows says so in the chart's own title too, as the chart is shown alone (rows 1–2 of 4).
  const [from, to, of] = [body.meta.offset + 1, body.meta.offset + rows.length, body.meta.total];
  const pageOfRows =
    !partial || rows.length === 0 ? '' : lang === 'zh' ? `（第${from}–${to}行，共${of}行）` : ` (rows ${from}–${to} of ${of})`;
  const chartTitle =
    lang === 'zh'
      ? `${metricName}${onePeriod ? `（${onePeriod}）` : ''}：${barAreas}${alone ? '' : '比较'}${pageOfRows}`
      : `${metricName}${onePeriod ? `, ${onePeriod}` : ''}: ${barAreas}${alone ? '' : ' compared'}${pageOfRows}`;
  // ECharts is loaded with the first comparison drawn: every other answer starts and runs without it.
  const chart =
    rows.length > 0
      ? (await import('./chart.ts')).comparisonChart(rows, {
          lang,
          id: 'comparison',
          title: chartTitle,
          description,
          hrefOf: (r) => href(ctx, `/indicators/${r.indicator}`),
          labelOf: rowName,
        })
      : undefined;
  // The rows of each scope left out, so the page can say whose figures they are.
  const leftOut = body.meta.left_out.map((s) => ({
    ...s,
    found: compareMetric(
      app.db,
      {
        metric: metricKey,
        cities: ctx.query.cities as string[] | undefined,
        within: ctx.query.within as string | undefined,
        year: ctx.query.year as number | undefined,
        scope: s.scope,
      },
      { limit: 20, offset: 0 },
    ).rows,
  }));
  // A scope asked for that no figure here has may be a metric of its own (the curation kept it apart): linked, as the API's reason names it.
  const askedScope = body.meta.scope && body.meta.scope.rows === 0 ? body.meta.scope.scope : null;
  const ownMetric = askedScope ? metricOfScope(app.db, metricKey, askedScope) : undefined;
  const own = ownMetric ? metricsByKey(app, [ownMetric]).get(ownMetric) : undefined;
  const ownMetricName = own ? inLanguage(ctx, own, 'name') : undefined;
  const data = dataHrefs(ctx, body.meta);
  return (
    <Layout ctx={ctx} title={title} description={description || title} json={data.json}>
      <Crumbs ctx={ctx} trail={[[t.compare, undefined]]} />
      <h1>{title}</h1>
      {finding ? <p class="finding">{finding}</p> : null}
      <p>
        {t.scopeCompared}
        {t.colon}
        <strong>{scopeName(body.meta.scope)}</strong>
        {metric ? (
          <>
            {' · '}
            <a href={href(ctx, `/metrics/${metric.key}`)}>{t.whatItMeasures}</a>
            {t.colon}
            <span lang={tagOf(lang)}>{lang === 'zh' ? metric.definition_zh : <Mixed text={metric.definition} />}</span>
          </>
        ) : null}
      </p>
      <DataLinks ctx={ctx} json={data.json} csv={data.csv} />
      {partial ? <Paging ctx={ctx} meta={body.meta} links={body.links} /> : null}
      {body.meta.without.length > 0 ? (
        <p class="note without">
          {t.withoutFigures}
          {body.meta.without.map((slug, k) => (
            <span key={slug}>
              {k > 0 ? (lang === 'zh' ? '、' : ', ') : ''}
              <a href={href(ctx, '/indicators', { metric: metricKey, within: slug })}>{recordName(ctx, cities.get(slug), slug)}</a>
            </span>
          ))}
          {lang === 'zh' ? '。' : '.'}
        </p>
      ) : null}
      {chart ? (
        <figure class="chart">
          <figcaption>
            {chartTitle} <small>({t.normalized})</small>
          </figcaption>
          {/* Made by ECharts from the rows above: its text escaped by zrender, the links and titles added here escaped too. */}
          <div class={chart.narrow ? 'chart-svg narrow' : 'chart-svg'} dangerouslySetInnerHTML={{ __html: chart.svg }} />
        </figure>
      ) : body.meta.total > 0 && body.meta.offset >= body.meta.total ? null /* past the last row: the paging says so */ : (
        <p class="note">
          {t.nothingToCompare}
          {ownMetric ? (
            <>
              {lang === 'zh' ? '' : ' '}
              {t.scopeIsMetric}
              <a href={selfHref(ctx, { metric: ownMetric, scope: undefined })}>{ownMetricName ?? ownMetric}</a>
              {lang === 'zh' ? '（' : ' ('}
              <code>{ownMetric}</code>
              {lang === 'zh' ? '）。' : ').'}
            </>
          ) : null}
        </p>
      )}
      {chart && rows.some((r) => r.estimated) ? <p class="note planned">{t.plannedNote}</p> : null}
      {periodsSaid ? <p class="note">{periodsSaid}</p> : null}
      <UndatedNote ctx={ctx} undated={body.meta.undated} path="/indicators" of={undatedOf(body.meta.undated)} />
      {leftOut.length > 0 ? (
        <section class="left-out" aria-labelledby="left-out-heading">
          <h2 id="left-out-heading">{t.leftOut}</h2>
          <p>{lang === 'en' ? <Mixed text={t.leftOutIntro} /> : t.leftOutIntro}</p>
          <ul>
            {leftOut.map((s) => (
              <li key={s.scope ?? 'none'}>
                <strong>{scopeName(s)}</strong>
                {lang === 'zh' ? '：' : ': '}
                {s.found.map((r, k) => (
                  <span key={r.indicator}>
                    {k > 0 ? (lang === 'zh' ? '；' : '; ') : ''}
                    <a href={href(ctx, `/indicators/${r.indicator}`)}>{rowName(r)}</a> {qualified(r)}
                  </span>
                ))}
                {' · '}
                <a href={selfHref(ctx, { scope: s.scope ?? 'none' })} aria-label={`${t.compareThatScope}${t.colon}${scopeName(s)}`}>
                  {t.compareThatScope}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rows.length > 0 ? (
        <Table<Row>
          caption={`${title}${bracketed(t.table, lang)}`}
          rowKey={(r) => r.indicator}
          rows={rows}
          columns={[
            { head: t.area, cell: (r) => <a href={href(ctx, `/cities/${r.city}`)}>{cityName(r)}</a> },
            { head: t.period, cell: (r) => `${periodWords(r.period, lang)}${planned(r)}` },
            { head: t.normalized, numeric: true, cell: (r) => qualified(r) },
            {
              head: t.asWritten,
              numeric: true,
              cell: (r) => {
                const i: Indicator | undefined = indicators.get(r.indicator);
                return i ? <Written indicator={i} /> : null;
              },
            },
            { head: t.qualifier, cell: (r) => nameOf(r.qualifier, lang) },
            {
              head: t.indicators,
              cell: (r) => (
                <a href={href(ctx, `/indicators/${r.indicator}`)}>
                  <code>{r.indicator}</code> {inLanguage(ctx, r, 'label')}
                </a>
              ),
            },
          ]}
        />
      ) : null}
      <QueryForm ctx={ctx} action={ctx.path} known={{ cities: [...cities.keys()], within: [...cities.keys()] }} />
    </Layout>
  );
}

/** /compare with nothing asked yet (a cleared form): the metrics that have figures of more than one area, each a comparison. */
function compareBlank(ctx: PageContext) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const offered = offeredComparisons(app);
  const comparable = [...everyMetric(app).values()].flatMap((m) => {
    const comparison = offered.get(m.key);
    // The scope its link compares, said as the home page says it (page20: out-of-province funds read as all funds).
    const scope = comparison?.scope ? scopeOf(app, comparison.scope) : undefined;
    return comparison ? [{ ...m, ...comparison, scopeName: scope ? inLanguage(ctx, scope, 'name') : undefined }] : [];
  });
  return (
    <Layout ctx={ctx} title={t.compare} description={t.compareIntro}>
      <Crumbs ctx={ctx} trail={[[t.compare, undefined]]} />
      <h1>{t.compare}</h1>
      <p>{t.compareIntro}</p>
      <ul class="comparable">
        {comparable.map((m) => (
          <li key={m.key}>
            <a href={href(ctx, '/compare', { metric: m.key, cities: m.cities.join(','), scope: m.scope })}>{inLanguage(ctx, m, 'name')}</a>{' '}
            <small>({m.cities.map((slug) => recordName(ctx, cities.get(slug), slug)).join(lang === 'zh' ? '、' : ', ')})</small>
            {m.scopeName ? <small> ({m.scopeName})</small> : null}
          </li>
        ))}
      </ul>
      <QueryForm ctx={ctx} action="/compare" known={{ cities: [...cities.keys()], within: [...cities.keys()] }} />
    </Layout>
  );
}

export const comparePageOf: Page<Body> = { render: comparePage, blank: compareBlank };

/** Whose undated figures a comparison counts: the scope's asked for (its link names it), or every scope's (pages14). */
const undatedOf = (undated: Body['meta']['undated']) =>
  undated && new URLSearchParams(undated.link.split('?')[1] ?? '').has('scope') ? 'figures' : 'figures of any scope';
