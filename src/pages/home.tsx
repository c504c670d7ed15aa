/**
 * The home page: what this is, what it holds, the areas, a search, comparisons worth seeing (found
 * in the data: measures reported for several areas in one scope), downloads, how to cite, and the API.
 */

import { gbtDataset } from '../citations/gbt7714.ts';
import { datasetText } from '../citations/text.ts';
import { datasetTextZh } from '../citations/text-zh.ts';
import { LIMITS } from '../config.ts';
import { DOWNLOADS, tableDownload } from '../dataset/about.ts';
import { MANIFEST_PATH } from '../dataset/files.ts';
import { TABLES } from '../dataset/tables.ts';
import type { City } from '../resources/cities.ts';
import { cityResource } from '../resources/index.ts';
import { citedDataset } from '../routes/cite/index.ts';
import { Mixed, recordName } from './components.tsx';
import { href, inLanguage, type Page, type PageContext } from './context.ts';
import { everyMetric, everyRecord, type ScopeComparison, scopeComparisons, sourcesById } from './data.ts';
import { numberWords, publishedWords } from './format.ts';
import { KeptFields, Layout } from './layout.tsx';
import { AreaTree } from './lists/reference.tsx';
import { nameOf } from './names.ts';
import { countedLists, tableName } from './record-types.ts';

type Dataset = {
  title: string;
  description: string;
  version: string;
  counts: Record<string, number>;
  links: Record<string, string>;
  /** The schema.org Dataset that / gives for Accept: application/ld+json, embedded for search engines. */
  jsonLd: string | null;
};

type Comparison = { metric: string; name: string; cities: string[]; scope: string | null; scopeName: string | null };

/** The areas of a comparison's rows that share a period, the period most areas have; none for rows with no period. */
function areasOfOnePeriod(rows: { city: string; period: string | null }[]): string[] {
  const byPeriod = new Map<string, Set<string>>();
  for (const r of rows) if (r.period) byPeriod.set(r.period, (byPeriod.get(r.period) ?? new Set()).add(r.city));
  return [...byPeriod.values()].reduce<string[]>((best, cities) => (cities.size > best.length ? [...cities] : best), []);
}

/**
 * Up to `wanted` measures with figures for two areas or more in one scope and one period, the most
 * widely reported first; none of different periods or of figures without one.
 */
function comparisonsWorthSeeing(ctx: PageContext, wanted: number): Comparison[] {
  const found: Comparison[] = [];
  const metrics = [...everyMetric(ctx.app).values()]
    .filter((m) => m.areas.length >= 2)
    .sort((a, b) => b.areas.length - a.areas.length || b.records - a.records || a.key.localeCompare(b.key));
  const page = { limit: 50, offset: 0 };
  // Only areas of one period: figures of different years or days (287 projects of 2023 beside 18 of 2021) are no
  // comparison the page itself would rank, nor undated sets (77 pooled projects, five stations).
  for (const m of metrics) {
    if (found.length >= wanted) return found;
    // The first scope, the default first, with two areas (iterator helpers such as find need Node 22).
    let good: ScopeComparison | undefined;
    for (const tried of scopeComparisons(ctx.app, m.key, m.areas, page)) {
      if (areasOfOnePeriod(tried.comparison.rows).length < 2) continue;
      good = tried;
      break;
    }
    const scope = good?.comparison.scope;
    if (!good || !scope) continue;
    found.push({
      metric: m.key,
      name: inLanguage(ctx, m, 'name'),
      cities: areasOfOnePeriod(good.comparison.rows).sort(),
      scope: good.asked ?? null,
      scopeName: scope.scope ? inLanguage(ctx, scope, 'name') : null,
    });
  }
  return found;
}

function homePage(ctx: PageContext, dataset: Dataset) {
  const { t, lang, app } = ctx;
  const cited = citedDataset(app);
  const cities = everyRecord<City>(app, cityResource);
  const byslug = new Map(cities.map((c) => [c.slug, c]));
  const sources = [...sourcesById(app).values()];
  const comparisons = comparisonsWorthSeeing(ctx, 4);
  const counted = countedLists(t);
  return (
    <Layout ctx={ctx} title={lang === 'zh' ? '首页' : 'Home'} description={t.tagline} json="/?format=json" jsonLd={dataset.jsonLd}>
      <div class="hero">
        <h1>{t.site}</h1>
        <p class="lede">{t.tagline}</p>
        <p>
          <Mixed text={t.tagline2} />
        </p>
        {/* Named by its label, apart from the header's search landmark on the same page. */}
        <search aria-labelledby="home-q-label">
          <form class="big-search" action="/search" method="get">
            <label for="home-q" id="home-q-label">
              {t.searchLabel}
            </label>
            <div class="row">
              <input id="home-q" name="q" type="search" placeholder={t.searchPlaceholder} maxLength={LIMITS.queryLength} />
              <KeptFields ctx={ctx} />
              <button type="submit">{t.search}</button>
            </div>
          </form>
        </search>
        <p>
          <a href={href(ctx, '/check')}>{t.checkTitle}</a> · <a href={href(ctx, '/conflicts')}>{t.conflicts}</a>
        </p>
      </div>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t.counts}</h2>
        <ul class="counts">
          {counted.map(({ path, list }) => (
            <li key={path}>
              <a href={href(ctx, `/${path}`)}>
                <strong>{numberWords(dataset.counts[path] ?? 0, lang)}</strong> {list}
              </a>
            </li>
          ))}
        </ul>
        <ul class="articles-brief">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={href(ctx, `/sources/${s.id}`)}>
                {s.id}: {ctx.lang === 'zh' ? <span lang="zh-Hans">{s.title_zh}</span> : s.title_en}
              </a>{' '}
              <small>
                {/* What is not stated is said to be the date (read17: a bare 'not stated' read as the article's). */}
                {publishedWords(s, ctx.lang) ?? `${t.published}${t.colon}${t.dateNotStated}`}
                {/* The script named as /sources names it, in the page's language. */}
                {s.script === 'Hant' ? <> · {nameOf('Hant', lang)}</> : null}
              </small>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="comparisons-heading">
        <h2 id="comparisons-heading">{t.comparisonsWorthSeeing}</h2>
        <ul>
          {comparisons.map((c) => (
            <li key={`${c.metric}-${c.scope}`}>
              <a href={href(ctx, '/compare', { metric: c.metric, cities: c.cities.join(','), scope: c.scope ?? undefined })}>
                {c.name}
                {t.colon}
                {c.cities.map((slug) => recordName(ctx, byslug.get(slug), slug)).join(lang === 'zh' ? '、' : ', ')}
              </a>
              {c.scopeName ? <small> ({c.scopeName})</small> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t.areaHierarchy}</h2>
        <AreaTree ctx={ctx} cities={cities} />
      </section>
      {/* A table's CSV by the name its records go by on the pages (the file is tables' own name: indicators.csv). */}
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t.downloads}</h2>
        <ul>
          {(
            [
              [DOWNLOADS.package, t.dataPackage],
              [DOWNLOADS.zip, t.zipAll],
              [DOWNLOADS.sqlite, t.sqliteFile],
            ] as const
          ).map(([download, name]) => (
            <li key={download.path}>
              <a href={download.path} type={download.mediaType}>
                {name}
              </a>{' '}
              <code>{download.path}</code>
            </li>
          ))}
          <li>
            {t.csvOf}
            {t.colon}
            {TABLES.map((table, k) => (
              <span key={table.path}>
                {k > 0 ? ' · ' : ''}
                <a href={tableDownload(table).path} type="text/csv">
                  {tableName(table.path, t)}
                </a>
              </span>
            ))}
            <small>{t.csvInExcel}</small>
          </li>
          <li>
            {t.checksums}
            {t.colon}
            <a href={MANIFEST_PATH} type="application/json">
              <code>{MANIFEST_PATH}</code>
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">{t.howToCite}</h2>
        <p>
          {t.datasetCitation}
          {t.colon.trim()}
        </p>
        {/* As the citations of every record write it: GB/T 7714-2015 and the Chinese text for a Chinese reader, plain
            text for an English one. */}
        {cited && lang === 'zh' ? (
          <>
            <pre class="cite-dataset" lang="zh-Hans">
              {gbtDataset(cited)}
            </pre>
            <pre class="cite-dataset" lang="zh-Hans">
              {datasetTextZh(cited).replace(/^数据集：/, '')}
            </pre>
          </>
        ) : (
          // English (with 三抓三促 in it): under lang=zh its ’ would be set as a full-width mark.
          <pre class="cite-dataset" lang="en">
            <Mixed text={cited ? datasetText(cited).replace(/^Dataset: /, '') : `${dataset.title}, dataset version ${dataset.version}.`} />
          </pre>
        )}
        <p>
          {t.citeDatasetFiles}
          {(
            [
              // What each is for: Zotero's BibTeX importer skips a @dataset entry, and GB/T 7714 is a reference line to paste.
              ['ris', 'RIS (Zotero, EndNote)'],
              ['csl-json', 'CSL-JSON (Zotero, pandoc)'],
              ['bibtex', 'BibTeX (biblatex)'],
              ['gbt7714', 'GB/T 7714'],
              // With the quote's words in Chinese for a record; for the dataset alone, its line in Chinese.
              ['text-zh', lang === 'zh' ? '纯文本（中文）' : 'Plain text (Chinese)'],
            ] as const
          ).map(([format, name], k) => (
            <>
              {k > 0 ? ' · ' : ''}
              <a href={`/cite?format=${format}`}>{name}</a>
            </>
          ))}
        </p>
        <p>{t.citeEachRecord}</p>
      </section>
      <section aria-labelledby="api-heading">
        <h2 id="api-heading">{t.forProgrammers}</h2>
        <p>{t.forProgrammersText}</p>
        {/* The local address of a fresh install (README); the script puts this page's own origin in its place. */}
        <pre>
          {['/cities/wuwei/indicators?metric=investment.funds_in_place', '/cities/wuwei/indicators?format=csv'].map((path) => (
            <>
              {"curl '"}
              <span data-origin="">http://127.0.0.1:3000</span>
              {`${path}'\n`}
            </>
          ))}
        </pre>
        <p>
          <a href="/docs">{t.apiDocs}</a> · <a href="/openapi.json">OpenAPI 3.1</a>
        </p>
      </section>
    </Layout>
  );
}

export const homePageOf: Page<Dataset> = { render: homePage };
