/**
 * An indicator's page: the figure large, what it measures, how it was written and normalized, every
 * quote with its number marked, its sources, the figures around it, and its citation.
 */

import type { ComponentChildren } from 'preact';
import { indicatorsQuotedWith } from '../../db/articles.ts';
import { qualifierWord } from '../../domain/hedges.ts';
import { dateWords, periodWords } from '../../domain/period-words.ts';
import { type Unit, unitName, unitWord } from '../../domain/units.ts';
import { indicatorResource, initiativeResource } from '../../resources/index.ts';
import { type Indicator, quoteOfFigure } from '../../resources/indicators.ts';
import type { Initiative } from '../../resources/initiatives.ts';
import { CitationBox } from '../citation.tsx';
import { Bilingual, Crumbs, DataLinks, Mixed, Normalized, recordName, Written, writtenOf } from '../components.tsx';
import { href, inLanguage, type Page, type PageContext } from '../context.ts';
import { citiesBySlug, firstRecords, indicatorsByKey, metricsByKey, recordOf, scopeOf, sourcesById } from '../data.ts';
import { baseGloss, numberWords, publishedWords, qualifiedFigure } from '../format.ts';
import { bracketed, tagOf } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { nameOf } from '../names.ts';
import { Circumstances, Facts, FigureItem, Quotes } from './parts.tsx';

function indicatorPage(ctx: PageContext, indicator: Indicator) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const metric = metricsByKey(app, [indicator.metric]).get(indicator.metric);
  const scope = indicator.scope ? scopeOf(app, indicator.scope) : undefined;
  const area = recordName(ctx, cities.get(indicator.city), indicator.city);
  const label = inLanguage(ctx, indicator, 'label');
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
  const { text: written, hedged } = writtenOf(indicator);
  const inWords = qualifiedFigure(indicator.value_base, indicator.unit as Unit, indicator.qualifier, lang);
  const gloss = baseGloss(indicator.value_base, indicator.unit as Unit, lang);
  const unitCalled =
    lang === 'en' && indicator.value_base === 1 ? unitWord(indicator.unit as Unit, 'en', true) : unitName(indicator.unit, lang);
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
  // A comparison sets side by side figures of one scope (the metric exactly, or this record's): only the areas with one.
  const compareAreas = [...new Set([indicator.city, ...sameMeasure.filter((i) => i.scope === indicator.scope).map((i) => i.city)])];
  const quote = quoteOfFigure(indicator);
  return (
    <Layout
      ctx={ctx}
      title={`${label}${ctx.t.colon}${lang === 'en' && inWords !== written ? `${inWords} (${written})` : written}`}
      description={`${label} — ${(lang === 'zh' ? quote?.text_zh_hans : quote?.text_en) ?? ''}`}
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
      {/* Large, the figure in the reader's terms: as written in Chinese, in words in English (beside it as written). */}
      <div class="big-figure">
        {lang === 'en' ? (
          <>
            <p class="value">{inWords}</p>
            <p class="in-base">
              <Written indicator={indicator} /> · <Circumstances ctx={ctx} indicator={indicator} />
            </p>
          </>
        ) : (
          <>
            <p class="value">
              {/* Chinese writes no space after 约 or 超过. */}
              {qualifier && !hedged ? <span class="qualifier">{lang === 'zh' ? qualifier : `${qualifier} `}</span> : null}
              <Written indicator={indicator} />
            </p>
            <p class="in-base">
              {/* In base units where they read otherwise than as written, not the same figure twice (page20). */}
              {inWords === `${qualifier && !hedged ? qualifier : ''}${written}` ? null : (
                <>
                  <Normalized ctx={ctx} indicator={indicator} />
                  {' · '}
                </>
              )}
              <Circumstances ctx={ctx} indicator={indicator} />
            </p>
          </>
        )}
      </div>
      <DataLinks
        ctx={ctx}
        json={`/indicators/${indicator.id}?format=json`}
        csv={`/indicators?city=${indicator.city}&metric=${encodeURIComponent(indicator.metric)}&format=csv`}
        csvOf={t.csvOfMeasure}
        cited
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
                <span lang={tagOf(lang)}>
                  {t.colon}
                  {lang === 'zh' ? metric.definition_zh : <Mixed text={metric.definition} />}
                </span>{' '}
                <code>{metric.key}</code>
              </>
            ) : (
              <code>{indicator.metric}</code>
            ),
          ],
          [
            t.scope,
            scope ? (
              <a href={href(ctx, `/scopes/${scope.key}`)}>
                <Bilingual ctx={ctx} zh={scope.name_zh} en={scope.name_en} />
              </a>
            ) : (
              t.metricExactly
            ),
          ],
          [t.asWritten, <Written indicator={indicator} />],
          // The text may write no unit word after the number (对6县区, 两获): said, not a blank.
          [t.unit, indicator.unit_zh ? <span lang="zh-Hans">{indicator.unit_zh}</span> : t.noUnitWritten],
          [
            t.baseValue,
            <>
              <data value={String(indicator.value_base)}>{numberWords(indicator.value_base, lang)}</data> <code>{indicator.unit}</code>
              {/* The unit's code is the API's; beside it, what a reader calls a code that is no word (percentage_points, CNY), where the gloss does not say it. */}
              {gloss ? ` (${gloss})` : /[_A-Z]/.test(indicator.unit) ? ` (${unitCalled})` : null}
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
                {indicator.reported_on ? bracketed(`${t.reportedOn} ${dateWords(indicator.reported_on, lang)}`, lang) : ''}
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
      <Quotes ctx={ctx} evidence={indicator.evidence} sources={sources} mark={indicator.value_text} unit={indicator.unit_zh} />
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t.sources}</h2>
        {indicator.corroborated ? <p class="badge">{t.corroborated}</p> : null}
        <ul>
          {articleIds.map((id) => {
            const source = sources.get(id);
            return (
              <li key={id}>
                <a href={href(ctx, `/sources/${id}`)}>
                  {id}
                  {ctx.t.colon}
                  <cite lang="zh-Hans">{source?.title_zh}</cite>
                </a>
                {source ? (
                  <>
                    {' '}
                    <span lang="en">({source.title_en})</span>
                    {source.outlet ? <span lang="zh-Hans">{` · ${source.outlet}`}</span> : null}
                    {` · ${publishedWords(source, ctx.lang) ?? t.dateNotStated}`}
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
                <FigureItem key={other.id} ctx={ctx} indicator={other} note={recordName(ctx, cities.get(other.city), other.city)} />
              ))}
            </ul>
            <p>
              {compareAreas.length > 1 ? (
                <>
                  <a
                    href={href(ctx, '/compare', {
                      metric: indicator.metric,
                      cities: compareAreas.join(','),
                      scope: indicator.scope ?? undefined,
                    })}
                  >
                    {t.compareThese}
                  </a>
                  {' · '}
                </>
              ) : null}
              <a href={href(ctx, '/indicators', { metric: indicator.metric })}>{t.asTable}</a>
            </p>
          </>
        ) : null}
      </section>
      <CitationBox ctx={ctx} type="indicator" record={indicator} />
    </Layout>
  );
}

export const indicatorRecordPage: Page<Indicator> = { render: indicatorPage };
