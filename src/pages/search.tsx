/**
 * /search as a page: hits of every record type, best first, the match marked in each title and
 * passage. Folding is the API's (張掖 finds 张掖; one character is a query): the passage marks come
 * from the answer itself, the title marks from the same terms.
 */
import type { ComponentChildren } from 'preact';
import { searchTerms, termRuns } from '../domain/chinese-search.ts';
import { unescaped, unmarked } from '../routes/search/highlight.ts';
import type { SearchHit } from '../routes/search/schema.ts';
import { Crumbs, DataLinks, isReading, Mixed, passageHref, ReadingLabel, tagOfText } from './components.tsx';
import { dataHrefs, href, type Page, type PageContext } from './context.ts';
import { sourcesById } from './data.ts';
import { QueryForm } from './form.tsx';
import { withoutBidiControls } from './format.ts';
import { tagOf } from './i18n.ts';
import { Layout } from './layout.tsx';
import { type ListBody, Paging } from './lists/layout.tsx';
import { nameOf } from './names.ts';

/** Text with the runs of `terms` marked. */
function MarkedTerms({ text, terms }: { text: string; terms: string[] }) {
  const parts: ComponentChildren[] = [];
  let cursor = 0;
  for (const [start, end] of termRuns(text, terms)) {
    parts.push(text.slice(cursor, start), <mark>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}

/**
 * The API's highlight (escaped text with <mark>…</mark> around each match) as text and marks again,
 * so the page escapes it itself rather than trusting markup.
 */
function Highlight({ html, mixed = false, chinese }: { html: string; mixed?: boolean; chinese?: 'zh-Hans' | 'zh-Hant' }) {
  const parts = html.split(/<mark>(.*?)<\/mark>/s);
  // Mixed: English around Chinese names (<mark>张掖</mark>市 Zhangye), each run read in its own voice.
  const text = (part: string) => (mixed ? <Mixed text={unescaped(part)} chinese={chinese} /> : unescaped(part));
  return <>{parts.map((part, k) => (k % 2 === 1 ? <mark key={k}>{text(part)}</mark> : text(part)))}</>;
}

/** Why a hit came up, its Chinese in the script it is written in: in its own span on a Chinese page, a voice on an English one. */
function Elsewhere({ ctx, html }: { ctx: PageContext; html: string }) {
  const tag = tagOfText(unescaped(html.replace(/<\/?mark>/g, '')));
  const chinese = tag === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  if (ctx.lang === 'en') return <Highlight html={html} mixed chinese={chinese} />;
  return chinese === 'zh-Hant' ? (
    <span lang="zh-Hant">
      <Highlight html={html} />
    </span>
  ) : (
    <Highlight html={html} />
  );
}

/** Where a hit's record is read. */
function hitHref(ctx: PageContext, hit: SearchHit): string {
  if (hit.type === 'passage' && hit.passage) return `${href(ctx, `/sources/${hit.passage.source}`)}#${hit.passage.id}`;
  return href(ctx, hit.url);
}

/** Where a hit's passage stands (its id and article), linked into the article; unlinked, the words of a passage's own hit link. */
function PassagePlace({
  ctx,
  passage,
  title,
  linked,
}: {
  ctx: PageContext;
  passage: { id: string; source: string };
  title?: { title_zh: string; title_en: string };
  linked: boolean;
}) {
  // The article's headline in the reader's language (its English a translation of it).
  const [headline, lang] = title ? (ctx.lang === 'zh' ? [title.title_zh, 'zh-Hans'] : [title.title_en, 'en']) : [];
  const place = (
    <>
      {passage.id}
      {headline ? (
        <>
          {' · '}
          <span lang={lang}>{headline}</span>
        </>
      ) : null}
    </>
  );
  return linked ? <a href={passageHref(ctx, passage)}>{place}</a> : place;
}

function searchPage(ctx: PageContext, body: ListBody<SearchHit>) {
  const { t, lang, app } = ctx;
  const q = String(ctx.query.q ?? '');
  const terms = searchTerms(q);
  const sources = sourcesById(app);
  // As asked, isolated from the page's words around it: a right-to-left query does not reorder them.
  const shown = withoutBidiControls(q);
  const title = lang === 'zh' ? `“${shown}”${t.resultsFor}` : `${t.resultsFor} “${shown}”`;
  const asked = <bdi lang={tagOfText(q)}>{shown}</bdi>;
  const data = dataHrefs(ctx, body.meta);
  return (
    <Layout ctx={ctx} title={title} description={title} json={data.json} noindex>
      <Crumbs ctx={ctx} trail={[[t.search, undefined]]} />
      {/* What was asked for in the language and script it was typed in, for a screen reader's voice and the glyphs' forms. */}
      <h1>
        {lang === 'zh' ? (
          <>
            “{asked}”{t.resultsFor}
          </>
        ) : (
          <>
            {t.resultsFor} “{asked}”
          </>
        )}
      </h1>
      <DataLinks ctx={ctx} json={data.json} csv={data.csv} />
      <QueryForm ctx={ctx} action="/search" />
      <Paging ctx={ctx} meta={body.meta} links={body.links} results />
      {body.meta.total === 0 ? (
        <p>
          {/* Chinese sets no space between sentences, nor before a link. */}
          {lang === 'zh' ? `${t.noResults}${t.onlyQuotedSearched}` : `${t.noResults} ${t.onlyQuotedSearched} `}
          <a href={href(ctx, '/sources')}>{t.articles}</a>
          {lang === 'zh' ? '。' : '.'}
        </p>
      ) : null}
      <ol class="hits" start={body.meta.offset + 1}>
        {body.data.map((hit) => {
          const [first, second] = lang === 'zh' ? [hit.title_zh, hit.title_en] : [hit.title_en, hit.title_zh];
          const firstLang = first === hit.title_zh ? 'zh-Hans' : 'en';
          const source = hit.passage ? sources.get(hit.passage.source) : undefined;
          // The passage's Chinese is shown where a term matched it, else its English (which may quote a figure's
          // Chinese, 5.04亿元): told apart by which of the two texts the highlight is, not by its characters.
          const chinese = hit.passage ? unmarked(hit.passage.highlight) !== hit.passage.text_en : false;
          return (
            <li key={`${hit.type}:${hit.id}`}>
              <p class="hit-head">
                <span class="badge">{nameOf(hit.type, lang)}</span>{' '}
                <a href={hitHref(ctx, hit)}>
                  {first ? (
                    <span lang={firstLang}>
                      <MarkedTerms text={first} terms={terms} />
                    </span>
                  ) : hit.passage ? (
                    <PassagePlace ctx={ctx} passage={hit.passage} title={source} linked={false} />
                  ) : (
                    hit.id
                  )}
                </a>
                {second && second !== first ? (
                  <span class="other-lang" lang={firstLang === 'en' ? 'zh-Hans' : tagOf('en')}>
                    {' '}
                    <MarkedTerms text={second} terms={terms} />
                  </span>
                ) : null}
              </p>
              {hit.passage ? (
                <p class="hit-passage">
                  {/* The Chinese shown is a reading where the article's words are another script's: said so. */}
                  {isReading(hit.passage) && chinese ? <ReadingLabel ctx={ctx} /> : null}
                  <span lang={chinese ? 'zh-Hans' : 'en'}>
                    <Highlight html={hit.passage.highlight} />
                  </span>{' '}
                  {hit.type === 'passage' ? null : <PassagePlace ctx={ctx} passage={hit.passage} title={source} linked />}
                </p>
              ) : null}
              {/* An English reader is given the passage's translation beside the Chinese that matched. */}
              {hit.passage && chinese && lang === 'en' ? (
                <p class="hit-passage" lang="en">
                  <span class="label">{t.translation}: </span>
                  <Mixed text={hit.passage.text_en} />
                </p>
              ) : null}
              {/* Why the record came up where its title and passage do not say: its area's names or its description. */}
              {hit.elsewhere ? (
                <p class="hit-elsewhere">
                  {t.foundIn}
                  {t.colon}
                  {/* Article 002's words as received are Traditional (phone13): said so, once a line (rarely shown). */}
                  <Elsewhere ctx={ctx} html={hit.elsewhere} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Paging ctx={ctx} meta={body.meta} links={body.links} end results />
    </Layout>
  );
}

/** /search with nothing asked yet (a cleared form): the form and what it searches. */
function searchBlank(ctx: PageContext) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.search} description={t.searchIntro}>
      <Crumbs ctx={ctx} trail={[[t.search, undefined]]} />
      <h1>{t.search}</h1>
      <p>{t.searchIntro}</p>
      <QueryForm ctx={ctx} action="/search" />
    </Layout>
  );
}

export const searchPageOf: Page<ListBody<SearchHit>> = { render: searchPage, blank: searchBlank };
