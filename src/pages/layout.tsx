/**
 * The frame of every page: a document in the reader's language, a skip link, the site's navigation
 * and search, the switch to the other language (the same page), and a footer with this page's JSON.
 * One stylesheet and one deferred script, both static files: no inline script, no web fonts.
 */
import type { ComponentChildren } from 'preact';
import { LIMITS } from '../config.ts';
import { href, type PageContext, pageQueryOf } from './context.ts';
import { tagOf } from './i18n.ts';
import { recordLists } from './record-types.ts';

/** Said at the foot of every Chinese page (the English page's is written out below): the pages write Simplified, and read Traditional too. */
const SCRIPT_NOTE = '页面用简体；搜索与核对也读繁体（張掖即张掖）。';

type LayoutProps = {
  ctx: PageContext;
  title: string;
  description: string;
  /** The same page as JSON, or none (an error page). */
  json?: string;
  /** Metadata for search engines, as JSON-LD (the home page's schema.org Dataset). */
  jsonLd?: string | null;
  /** A page made from a posted text (/check): the switch posts it again, in the other language, so nothing pasted is lost. */
  posted?: { action: string; name: string; text: string };
  /** The query the switch keeps, where it is not what the API read: an error page keeps what was refused, to correct it. */
  given?: [string, string][];
  /** A page titled with any text a request gives (a search, a checked claim): not for search engines to keep. */
  noindex?: boolean;
  children: ComponentChildren;
};

/** JSON as the text of a script element: every < escaped, so nothing in it can close the element or open a comment. */
export const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/** The same page in the other language: its path and query as the API read them (or as given), lang= switched. */
function otherLanguageHref(ctx: PageContext, query: [string, string][] = pageQueryOf(ctx)): string {
  return href({ ...ctx, lang: ctx.lang === 'zh' ? 'en' : 'zh', langGiven: true }, ctx.path, query);
}

/** The hidden fields of a GET form that keep what the request gave beside its query: format=html and lang=, as `href` does for links. */
export function KeptFields({ ctx }: { ctx: Pick<PageContext, 'lang' | 'langGiven' | 'formatGiven'> }) {
  return (
    <>
      {ctx.formatGiven ? <input type="hidden" name="format" value="html" /> : null}
      {ctx.langGiven ? <input type="hidden" name="lang" value={ctx.lang} /> : null}
    </>
  );
}

function SearchForm({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <search class="site-search" aria-label={t.search}>
      <form action="/search" method="get">
        <label for="site-q" class="vh">
          {t.searchLabel}
        </label>
        <input id="site-q" name="q" type="search" placeholder={t.searchPlaceholder} maxLength={LIMITS.queryLength} />
        <KeptFields ctx={ctx} />
        <button type="submit">{t.search}</button>
      </form>
    </search>
  );
}

export function Layout({ ctx, title, description, json, jsonLd, posted, given, noindex, children }: LayoutProps) {
  const { t, lang } = ctx;
  const other = lang === 'zh' ? 'en' : 'zh';
  const nav: [string, string][] = [
    ...recordLists(t)
      .filter((list) => list.nav)
      .map(({ path, list }): [string, string] => [`/${path}`, list]),
    ['/check', t.check],
  ];
  return (
    <html lang={tagOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.site}`}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="stylesheet" href={ctx.asset('ledger.css')} />
        <link rel="icon" href={ctx.asset('favicon.svg')} type="image/svg+xml" />
        {json ? <link rel="alternate" type="application/json" href={json} /> : null}
        <script src={ctx.asset('ledger.js')} defer />
        {jsonLd ? (
          // A data block, not a script: the CSP does not run it. `<` escaped, so no text in it can close the element.
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafe(jsonLd) }} />
        ) : null}
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href={href(ctx, '/')}>
              {t.site}
            </a>
            {posted ? (
              <form class="lang-switch-form" method="post" action={otherLanguageHref({ ...ctx, path: posted.action })}>
                <input type="hidden" name={posted.name} value={posted.text} />
                <button type="submit" class="lang-switch" lang={tagOf(other)} title={t.otherLanguageLabel}>
                  {t.otherLanguage}
                </button>
              </form>
            ) : (
              <a
                class="lang-switch"
                href={otherLanguageHref(ctx, given)}
                lang={tagOf(other)}
                hreflang={tagOf(other)}
                title={t.otherLanguageLabel}
              >
                {t.otherLanguage}
              </a>
            )}
          </div>
          <nav aria-label={t.mainNav}>
            <ul>
              {nav.map(([path, name]) => (
                <li key={path}>
                  <a href={href(ctx, path)} aria-current={ctx.path === path ? 'page' : undefined}>
                    {name}
                  </a>
                </li>
              ))}
            </ul>
            <SearchForm ctx={ctx} />
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">
          <p>
            {json ? (
              <>
                <a href={json}>{t.thisAsJson}</a>
                {' · '}
              </>
            ) : null}
            <a href="/docs">{t.apiDocs}</a>
            {' · '}
            <a href="/openapi.json">OpenAPI</a>
            {' · '}
            {t.datasetVersion} <code>{ctx.app.datasetMeta.version}</code>
          </p>
          <p>
            {ctx.lang === 'en' ? (
              <>
                Search and claim checks read Traditional as Simplified (<span lang="zh-Hant">張掖</span> is <span lang="zh-Hans">张掖</span>
                ).
              </>
            ) : (
              SCRIPT_NOTE
            )}
          </p>
          <p>{t.licence}</p>
        </footer>
      </body>
    </html>
  );
}
