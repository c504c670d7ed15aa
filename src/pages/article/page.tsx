/**
 * The article reader: the whole article as received, paragraphs kept, with every recorded number a
 * link to its record (its label and value shown on focus and hover), every digit run that is not a
 * statistic marked with the reason, and every quoted passage anchored where its offsets put it, so a
 * record's quote link lands on it. An article with damage or in Traditional script (002) also reads
 * as its Simplified reading (view=simplified), each repair shown with its confidence.
 *
 * Offsets are code points, as the evidence's are: the text is handled as an array of code points
 * (its paragraphs and marks are made in ./reader.tsx).
 */
import { articleText, exclusionsOf, readingsOf } from '../../db/articles.ts';
import { scriptLanguage } from '../../domain/vocabulary.ts';
import { indicatorResource, passageResource } from '../../resources/index.ts';
import type { Indicator } from '../../resources/indicators.ts';
import type { Passage, Source } from '../../resources/sources.ts';
import { Crumbs, DataLinks, Mixed } from '../components.tsx';
import { href, inLanguage, type Page, type PageContext } from '../context.ts';
import { everyRecord } from '../data.ts';
import { authorsWords, numberWords, publishedWords } from '../format.ts';
import { Layout } from '../layout.tsx';
import { nameOf } from '../names.ts';
import { figureRuns, type Leaf, Paragraph, paragraphsOf, type Reader } from './reader.tsx';

function articlePage(ctx: PageContext, source: Source) {
  const { t, lang, app } = ctx;
  const text = articleText(source);
  const chars = Array.from(text);
  const readable = source.script === 'Hant' || source.repairs.length > 0;
  const simplified = readable && ctx.params.view === 'simplified';
  const passages = everyRecord<Passage>(app, passageResource, { source: [source.id] });
  const indicators = everyRecord<Indicator>(app, indicatorResource, { source: [source.id] });
  const leaves: Leaf[] = [
    ...figureRuns(indicators, source.id),
    ...exclusionsOf(app.db, source.id).map(
      (exclusion): Leaf => ({ kind: 'excluded', start: exclusion.start, end: exclusion.end, exclusion }),
    ),
    ...source.repairs.map((repair): Leaf => ({ kind: 'repair', start: repair.start, end: repair.end, repair })),
    ...(simplified
      ? readingsOf(app.db, source.id).map((reading): Leaf => ({ kind: 'reading', start: reading.start, end: reading.end, reading }))
      : []),
  ].sort((a, b) => a.start - b.start);
  const textLang = simplified ? 'zh-Hans' : scriptLanguage(source.script);
  const reader: Reader = { ctx, chars, passages, leaves, simplified, textLang, anchored: new Set() };
  const title = inLanguage(ctx, source, 'title');
  const json = `/sources/${source.id}?format=json`;
  // Which text this view is, then what the reader marks in it.
  const intro = `${simplified ? t.readingWhole : t.receivedWhole}${lang === 'zh' ? '' : ' '}${t.readerIntro}`;
  return (
    <Layout ctx={ctx} title={title} description={`${title} — ${intro}`} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.articles, href(ctx, '/sources')],
          [source.id, undefined],
        ]}
      />
      <header class="article-head">
        <h1 lang="zh-Hans">{source.title_zh}</h1>
        <p class="subtitle" lang="en">
          {source.title_en}
        </p>
        <p>
          {[
            source.outlet ? <span lang="zh-Hans">{source.outlet}</span> : null,
            source.authors.length > 0 ? (
              // The names Chinese, the roles in the page's language.
              lang === 'zh' ? (
                authorsWords(source.authors, lang)
              ) : (
                <Mixed text={authorsWords(source.authors, lang)} />
              )
            ) : null,
            `${t.published}${t.colon}${publishedWords(source, lang) ?? t.dateNotStated}`,
            nameOf(source.script, lang),
            `${numberWords(source.length, lang)} ${t.codePoints}`,
            `${indicators.length} ${t.figuresInArticle}`,
          ]
            .filter(Boolean)
            .map((part, k) => (
              <>
                {k > 0 ? ' · ' : ''}
                {part}
              </>
            ))}
        </p>
        <p class="hash">
          {t.sha256} <code>{source.sha256}</code> · <code>{source.file}</code>
        </p>
        {lang === 'zh' && source.note_zh ? <p>{source.note_zh}</p> : source.note ? <p lang="en">{source.note}</p> : null}
        {source.repairs.length > 0 ? (
          <p>
            <a href="#repairs-heading">
              {t.repairs} ({source.repairs.length})
            </a>
          </p>
        ) : null}
      </header>
      <DataLinks ctx={ctx} json={json} />
      <p>
        <a href={`/sources/${source.id}/text`} type="text/plain">
          {t.articleText}
        </a>
        {readable ? (
          <>
            {' · '}
            <a href={`/sources/${source.id}/text?reading=simplified`} type="text/plain">
              {t.readingText}
            </a>
          </>
        ) : null}
      </p>
      <p>{intro}</p>
      {readable ? (
        <nav class="switch" aria-label={t.readingSwitch}>
          <a href={href(ctx, ctx.path)} aria-current={simplified ? undefined : 'page'}>
            {t.verbatim}
          </a>
          <a href={href(ctx, ctx.path, { view: 'simplified' })} aria-current={simplified ? 'page' : undefined}>
            {t.simplifiedReading}
          </a>
          <span class="switch-note">{simplified ? t.simplifiedNote : t.verbatimNote}</span>
        </nav>
      ) : null}
      <details class="legend">
        <summary>{t.legend}</summary>
        <ul>
          <li>
            <span class="fig">
              <span class="fig-sample">429.49</span>
            </span>{' '}
            {t.legendFigure}
          </li>
          <li>
            <span class="excluded">2023</span> {t.legendExcluded}
          </li>
          <li>
            <span class="passage">……</span> {t.legendPassage}
          </li>
          {source.repairs.length > 0 ? (
            <li>
              <span class="damaged">
                <del>??</del>
              </span>{' '}
              {t.legendRepair}
            </li>
          ) : null}
        </ul>
      </details>
      <article id="article-text" class="article-text" lang={textLang}>
        {paragraphsOf(chars, simplified).map((span) => (
          <Paragraph key={span.start} reader={reader} span={span} />
        ))}
      </article>
      {source.repairs.length > 0 ? (
        <section aria-labelledby="repairs-heading">
          <h2 id="repairs-heading">{t.repairs}</h2>
          <div class="table-wrap">
            <table>
              <caption>{t.repairs}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.idHead}</th>
                  <th scope="col">{t.damaged}</th>
                  <th scope="col">{t.repaired}</th>
                  <th scope="col">{t.confidence}</th>
                  <th scope="col">{t.note}</th>
                </tr>
              </thead>
              <tbody>
                {source.repairs.map((r) => (
                  <tr key={r.id} id={r.id}>
                    <th scope="row">
                      <a href={`#${r.id}-text`}>{r.id}</a>
                    </th>
                    {/* Each cell labelled, as a phone shows a row as a card of labelled lines. */}
                    <td lang={scriptLanguage(source.script)} data-label={t.damaged}>
                      {r.damaged}
                    </td>
                    <td lang="zh-Hans" data-label={t.repaired}>
                      {r.repaired}
                    </td>
                    <td data-label={t.confidence}>{nameOf(r.confidence, lang)}</td>
                    {lang === 'zh' && r.note_zh ? (
                      <td data-label={t.note}>{r.note_zh}</td>
                    ) : (
                      <td lang="en" data-label={t.note}>
                        <Mixed text={r.note ?? ''} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Layout>
  );
}

export const articlePageOf: Page<Source> = { render: articlePage, params: { view: ['verbatim', 'simplified'] } };
