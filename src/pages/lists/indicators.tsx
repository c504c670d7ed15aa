/**
 * The list of indicators (also under /cities/{slug}/indicators): each figure as written and
 * normalized, its period and its quote with the number marked, and every facet the API counts.
 */

import { periodWords } from '../../domain/period-words.ts';
import { unitName } from '../../domain/units.ts';
import { indicatorResource, initiativeResource, scopeResource } from '../../resources/index.ts';
import { INDICATOR_FACETS, type Indicator, quoteOfFigure } from '../../resources/indicators.ts';
import type { Initiative } from '../../resources/initiatives.ts';
import type { ListQuery, Resource } from '../../resources/resource.ts';
import type { Scope } from '../../resources/scopes.ts';
import { isReading, Normalized, OtherSources, ReadingLabel, recordName, SourceLink, Written } from '../components.tsx';
import { href, inLanguage, type Page, type PageContext } from '../context.ts';
import { citiesBySlug, everyMetric, everyRecord, facetsOf, recordsByKey, sourcesById } from '../data.ts';
import { tagOf } from '../i18n.ts';
import { Marked } from '../marked.tsx';
import { nameOf, plannedMark } from '../names.ts';
import { UndatedNote } from '../undated.tsx';
import { FacetList } from './facets.tsx';
import { type ListBody, ListLayout, scopedArea } from './layout.tsx';

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
  const scopes = new Map(everyRecord<Scope>(app, scopeResource as Resource<object, ListQuery>).map((s) => [s.key, s]));
  const fieldNames: Record<string, string> = {
    city: t.area,
    metric: t.metric,
    scope: t.scope,
    unit: t.unit,
    qualifier: t.qualifier,
    estimated: t.estimate,
    corroborated: t.corroborated,
    period: t.period,
    initiative: t.initiative,
  };
  const nameOfValue = (field: string, value: string) => {
    if (field === 'field') return fieldNames[value] ?? value;
    if (field === 'city') return recordName(ctx, cities.get(value), value);
    if (field === 'metric') return recordName(ctx, metrics.get(value), value);
    if (field === 'scope') return recordName(ctx, scopes.get(value), value);
    if (field === 'qualifier') return nameOf(value, lang);
    if (field === 'unit') return unitName(value, lang);
    const yes = value === 'true' || value === '1';
    if (field === 'estimated') return nameOf(yes ? 'estimated' : 'reported', lang);
    if (field === 'corroborated') return yes ? t.yes : t.no;
    if (field === 'period') return periodWords(value, lang);
    if (field === 'initiative') return recordName(ctx, initiatives.get(value), value);
    return value;
  };
  return (
    <ListLayout<Indicator>
      ctx={ctx}
      word={t.indicators}
      body={body}
      known={{ source: [...sourcesById(app).keys()] }}
      intro={<UndatedNote ctx={ctx} undated={body.meta.undated} path={ctx.path} />}
      facets={facets ? <FacetList ctx={ctx} facets={facets} nameOfValue={nameOfValue} /> : null}
      rowKey={(i) => i.id}
      columns={[
        {
          head: t.label,
          cell: (i) => (
            <>
              <a href={href(ctx, `/indicators/${i.id}`)}>{inLanguage(ctx, i, 'label')}</a>
              <br />
              <small>
                <code>{i.id}</code> · {recordName(ctx, cities.get(i.city), i.city)}
                {i.scope ? ` · ${nameOfValue('scope', i.scope)}` : null}
              </small>
            </>
          ),
        },
        { head: t.asWritten, cell: (i) => <Written indicator={i} />, numeric: true },
        { head: t.normalized, cell: (i) => <Normalized ctx={ctx} indicator={i} />, numeric: true },
        { head: t.period, cell: (i) => `${periodWords(i.period, lang)}${plannedMark(i, lang)}` },
        {
          head: t.quote,
          wide: true,
          cell: (i) => {
            const quote = quoteOfFigure(i);
            return quote ? (
              <span class="row-quote" lang="zh-Hans">
                {/* 002's is a reading of its words, said so (not quoted as them). */}
                {isReading(quote) ? <ReadingLabel ctx={ctx} lang={tagOf(lang)} /> : null}
                <Marked text={quote.text_zh_hans} needle={i.value_text} unit={i.unit_zh} />{' '}
                <span lang={tagOf(lang)}>
                  <SourceLink ctx={ctx} passage={quote} />
                </span>
                <OtherSources ctx={ctx} indicator={i} shown={quote.source} />
              </span>
            ) : null;
          },
        },
      ]}
    />
  );
}

export const indicatorListPage: Page<ListBody<Indicator>> = { render: indicatorList };
