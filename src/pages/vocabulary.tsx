/**
 * A metric's page (its definitions, base unit, areas and figures), a scope's (what its figures
 * count, and the first of them) and a passage's (its text and the records quoting it).
 */

import { recordsQuoting } from '../db/articles.ts';
import type { Searchable } from '../db/search.ts';
import { periodWords } from '../domain/period-words.ts';
import { type Unit, unitWord } from '../domain/units.ts';
import { indicatorResource, sourceResource } from '../resources/index.ts';
import type { Indicator } from '../resources/indicators.ts';
import type { Metric } from '../resources/metrics.ts';
import type { Scope } from '../resources/scopes.ts';
import type { Passage, Source } from '../resources/sources.ts';
import { RESOURCE_OF, titleOf } from '../routes/search/query.ts';
import { Bilingual, Crumbs, DataLinks, Quote, recordName, Texts } from './components.tsx';
import { href, inLanguage, type Page, type PageContext } from './context.ts';
import { citiesBySlug, firstRecords, offeredComparisons, recordOf } from './data.ts';
import { Layout } from './layout.tsx';
import { nameOf } from './names.ts';
import { FigureSection } from './records/parts.tsx';

function metricPage(ctx: PageContext, metric: Metric) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const figures = firstRecords<Indicator>(app, indicatorResource, { metric: [metric.key] }, 100);
  const comparison = offeredComparisons(app).get(metric.key);
  const name = inLanguage(ctx, metric, 'name');
  const json = `/metrics/${metric.key}?format=json`;
  return (
    <Layout ctx={ctx} title={name} description={lang === 'zh' ? metric.definition_zh : metric.definition} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.metrics, href(ctx, '/metrics')],
          [metric.key, undefined],
        ]}
      />
      <h1>
        <Bilingual ctx={ctx} zh={metric.name_zh} en={metric.name_en} />
      </h1>
      <p>
        <code>{metric.key}</code>
      </p>
      <DataLinks ctx={ctx} json={json} csv={`/indicators?metric=${encodeURIComponent(metric.key)}&format=csv`} />
      <dl class="facts">
        <div>
          <dt>{t.definition}</dt>
          <dd>
            <Texts ctx={ctx} zh={metric.definition_zh} en={metric.definition} />
          </dd>
        </div>
        <div>
          <dt>{t.baseUnit}</dt>
          <dd>
            <code>{metric.unit}</code> {unitWord(metric.unit as Unit, lang)}
          </dd>
        </div>
        <div>
          <dt>{t.usedFor}</dt>
          <dd>
            {metric.areas.map((slug, k) => (
              <span key={slug}>
                {k > 0 ? ', ' : ''}
                <a href={href(ctx, `/cities/${slug}`)}>{recordName(ctx, cities.get(slug), slug)}</a>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t.periods}</dt>
          <dd>{metric.periods.map((p) => periodWords(p, lang)).join(lang === 'zh' ? '、' : ', ') || periodWords(null, lang)}</dd>
        </div>
        {metric.aliases.length > 0 ? (
          <div>
            <dt>{t.aliases}</dt>
            <dd>
              {metric.aliases.map((a) => (
                <code key={a}>{a} </code>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <FigureSection
        ctx={ctx}
        heading={t.figures}
        figures={{ records: figures.records, total: metric.records }}
        filter={{ metric: metric.key }}
        more={
          comparison ? (
            <>
              <a href={href(ctx, '/compare', { metric: metric.key, cities: comparison.cities.join(','), scope: comparison.scope })}>
                {t.compareThese}
              </a>
              {/* Of one scope, it may set fewer figures side by side than the list shows (pages14): it says which and how many. */}
              {comparison.scope ? (
                <>
                  {lang === 'zh' ? '（口径 ' : ' (scope '}
                  <code>{comparison.scope}</code>
                  {lang === 'zh' ? `，${comparison.figures} 条）` : `, ${comparison.figures} figures)`}
                </>
              ) : null}
              {' · '}
            </>
          ) : null
        }
      />
    </Layout>
  );
}

function scopePage(ctx: PageContext, scope: Scope) {
  const { t, app } = ctx;
  const figures = firstRecords<Indicator>(app, indicatorResource, { scope: [scope.key] }, 10);
  const name = inLanguage(ctx, scope, 'name');
  const json = `/scopes/${scope.key}?format=json`;
  return (
    <Layout ctx={ctx} title={name} description={inLanguage(ctx, scope, 'definition')} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.scopes, href(ctx, '/scopes')],
          [scope.key, undefined],
        ]}
      />
      <h1>
        <Bilingual ctx={ctx} zh={scope.name_zh} en={scope.name_en} />
      </h1>
      <p>
        <code>{scope.key}</code>
      </p>
      <DataLinks ctx={ctx} json={json} csv={`/indicators?scope=${encodeURIComponent(scope.key)}&format=csv`} />
      <dl class="facts">
        <div>
          <dt>{t.definition}</dt>
          <dd>
            <Texts ctx={ctx} zh={scope.definition_zh} en={scope.definition_en} />
          </dd>
        </div>
      </dl>
      <p class="note">{t.scopesIntro}</p>
      <FigureSection ctx={ctx} heading={t.figuresOfScope} figures={figures} filter={{ scope: scope.key }} />
    </Layout>
  );
}

function passagePage(ctx: PageContext, passage: Passage) {
  const { t, lang, app } = ctx;
  const source = recordOf<Source>(app, sourceResource, passage.source);
  const quoting = recordsQuoting(app.db, passage.id);
  const json = `/passages/${passage.id}?format=json`;
  return (
    <Layout ctx={ctx} title={`${t.passage} ${passage.id}`} description={lang === 'zh' ? passage.text_zh_hans : passage.text_en} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.articles, href(ctx, '/sources')],
          [passage.source, href(ctx, `/sources/${passage.source}`)],
          [passage.id, undefined],
        ]}
      />
      <h1>
        {t.passage} {passage.id}
      </h1>
      <DataLinks ctx={ctx} json={json} />
      <Quote ctx={ctx} passage={passage} source={source} />
      {passage.repairs.length > 0 ? (
        <ul>
          {passage.repairs.map((r) => (
            <li key={r.id}>
              <a href={`${href(ctx, `/sources/${passage.source}`)}#${r.id}`}>{r.id}</a>: <span lang="zh-Hant">{r.damaged}</span> →{' '}
              <span lang="zh-Hans">{r.repaired}</span> ({t.confidence}
              {t.colon}
              {nameOf(r.confidence, lang)})
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="quoting-heading">
        <h2 id="quoting-heading">{t.recordsQuotingPassage}</h2>
        <ul>
          {quoting.map((r) => {
            // Its label says which figure or initiative quotes the passage: five may quote one sentence.
            const resource = RESOURCE_OF[r.record_type as Searchable];
            const record = resource && recordOf<Record<string, unknown>>(app, resource, r.record_id);
            const title =
              record && (titleOf(r.record_type as Searchable, record, lang) ?? titleOf(r.record_type as Searchable, record, 'en'));
            return (
              <li key={`${r.record_type}:${r.record_id}`}>
                {nameOf(r.record_type, lang)}
                {t.colon}
                <a href={href(ctx, `/${r.record_type}s/${r.record_id}`)}>{r.record_id}</a>
                {title ? <> · {title}</> : null}
              </li>
            );
          })}
        </ul>
      </section>
    </Layout>
  );
}

export const metricPageOf: Page<Metric> = { render: metricPage };
export const scopePageOf: Page<Scope> = { render: scopePage };
export const passagePageOf: Page<Passage> = { render: passagePage };
