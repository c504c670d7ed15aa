/**
 * The pages, in process: the same URLs answer HTML to a browser and JSON to a program, each
 * representation cached and tagged on its own; errors a browser reads are pages with the same
 * status; every reflected value is escaped; and what a page shows is what its JSON twin says.
 * (test/pages-browser.test.ts drives them in Chromium: journeys, accessibility, script injection.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.ts';
import { CITATION_FORMATS } from '../src/citations/index.ts';
import { DEFAULTS, LIMITS } from '../src/config.ts';
import { dateWords } from '../src/domain/period-words.ts';
import { unitName } from '../src/domain/units.ts';
import { STATIC_DIR } from '../src/pages/assets.ts';
import { comparisonChart } from '../src/pages/chart.ts';
import { safePath } from '../src/pages/context.ts';
import { CORRECTION_CHARACTERS, LISTED_WRONGS } from '../src/pages/errors.tsx';
import { hintZh } from '../src/pages/hints-zh.ts';
import { scriptSafe } from '../src/pages/layout.tsx';
import { nameOf } from '../src/pages/names.ts';
import { detailZh } from '../src/pages/problems-zh.ts';
import { PAGE_NAMES } from '../src/pages/record-types.ts';
import { RESOURCES } from '../src/resources/index.ts';
import { useApp, withApp } from './helper.ts';
import { copyOfTestDatabase, scratchDirectory } from './process.ts';
import { reflectedPlaces } from './reflected.ts';

const app = useApp({ rateLimitMax: 0 });

/** What Chromium sends when a reader follows a link. */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** Text as preact-render-to-string writes it into an element or attribute. */
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** A page with the marks of Chinese inside English taken out, to find English text whole. */
const unmarked = (body: string) => body.replace(/<span lang="zh-Hans">([^<]*)<\/span>/g, '$1');

/** /compare's chart of rows made up for a test, in English, each point linking its indicator. */
const drawComparison = (rows: Parameters<typeof comparisonChart>[0]) =>
  comparisonChart(rows, {
    lang: 'en',
    id: 'comparison',
    title: 't',
    description: 'd',
    hrefOf: (r) => `/indicators/${r.indicator}`,
    labelOf: (r) => r.city,
  });

async function page(url: string, headers: Record<string, string> = {}) {
  const response = await app().inject({ url, headers: { accept: BROWSER, 'accept-language': 'en-GB,en;q=0.9', ...headers } });
  return { response, body: response.body };
}

/** The text of a page's citation box of a format, its language marks taken off (an English page marks its Chinese). */
const citeBox = (body: string, format: string) =>
  new RegExp(`<pre id="cite-${format}">([\\s\\S]*?)</pre>`).exec(body)?.[1].replace(/<\/?span[^>]*>/g, '');

async function json<T = Record<string, unknown>>(url: string): Promise<T> {
  const response = await app().inject({ url, headers: { accept: 'application/json' } });
  expect(response.statusCode, url).toBe(200);
  return response.json() as T;
}

type Evidence = { id: string; source: string; start: number; end: number; text: string; text_zh_hans: string; text_en: string };
type Indicator = {
  id: string;
  city: string;
  metric: string;
  label_en: string;
  value_text: string;
  value_base: number;
  unit_zh: string;
  evidence: Evidence[];
};

describe('one URL, two representations', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a browser navigating', { accept: BROWSER }, /^text\/html/],
    ['curl (no Accept)', {}, /^application\/json/],
    ['fetch and SDKs (*/*)', { accept: '*/*' }, /^application\/json/],
    ["Swagger UI's Try it out", { accept: 'application/json' }, /^application\/json/],
    ['text/html ranked below JSON', { accept: 'text/html;q=0.5, application/json' }, /^application\/json/],
    ['text/html only through text/*', { accept: 'text/*' }, /^application\/json/],
    ['text/html and JSON ranked alike (a tie is JSON)', { accept: 'text/html, application/json' }, /^application\/json/],
    ['a spreadsheet', { accept: 'text/csv' }, /^text\/csv/],
    ['text/html and CSV ranked alike (a tie is the page)', { accept: 'text/html, text/csv' }, /^text\/html/],
    ['CSV with a weight that is no number (none)', { accept: 'text/csv;q=abc' }, /^application\/json/],
    ['CSV ranked below application/*', { accept: 'text/csv;q=0.5, application/*;q=0.9' }, /^application\/json/],
    ['CSV weighted Q=0.1, JSON q=0.9', { accept: 'text/csv;Q=0.1, application/json;q=0.9' }, /^application\/json/],
  ];
  for (const [who, headers, type] of cases) {
    it(`answers ${who} with ${type.source.slice(1).replace('\\', '')}`, async () => {
      const response = await app().inject({ url: '/cities/wuwei/indicators', headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(type);
    });
  }

  it('lets format= override Accept: html for a program, json and csv for a browser', async () => {
    const asked = async (format: string, accept: string) =>
      String((await app().inject({ url: `/cities/wuwei/indicators?format=${format}`, headers: { accept } })).headers['content-type']);
    expect(await asked('html', 'application/json')).toMatch(/^text\/html/);
    expect(await asked('json', BROWSER)).toMatch(/^application\/json/);
    expect(await asked('csv', BROWSER)).toMatch(/^text\/csv/);
  });

  it('gives every JSON link a page writes, a record’s and the home page’s too, as JSON to the browser that follows it', async () => {
    const pages = ['/', '/cities/wuwei', '/indicators/000-i031', '/complaints/000-c01', '/sources/000', '/indicators?city=wuwei'];
    for (const url of pages) {
      const links = [...(await page(url)).body.matchAll(/href="([^"]*format=json[^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
      expect(links.length, url).toBeGreaterThan(0);
      for (const link of new Set(links)) {
        const followed = await page(link);
        expect(followed.response.statusCode, `${url} → ${link}`).toBe(200);
        expect(followed.response.headers['content-type'], link).toMatch(/^application\/json/);
      }
    }
  });

  it('keeps format=json in the links of a JSON list a browser asked for with it, so following them stays JSON', async () => {
    const { response, body } = await page('/indicators?format=json&limit=1');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const next = JSON.parse(body).links.next as string;
    expect(next).toContain('format=json');
    expect((await page(next)).response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('keeps format=html in the links and forms of a page a script asked for with it, so following them stays HTML', async () => {
    const script = (url: string) => app().inject({ url, headers: { accept: 'application/json' } });
    const pages = [
      '/',
      '/cities/wuwei',
      '/indicators?city=wuwei&facets=unit',
      '/indicators/000-i031',
      '/sources/000',
      '/check',
      '/nothing-here',
    ];
    // One link of each shape (path without its last segment, and the names of its parameters): a list page links many rows alike.
    const shapes = new Map<string, string>();
    for (const url of pages) {
      const asked = await script(`${url}${url.includes('?') ? '&' : '?'}format=html&lang=zh`);
      expect(asked.headers['content-type'], url).toMatch(/^text\/html/);
      // Every GET form sends format=html and lang= along.
      for (const form of asked.body.match(/<form [^>]*method="get"[\s\S]*?<\/form>/g) ?? []) {
        expect(form, url).toContain('<input type="hidden" name="format" value="html"/>');
        expect(form, url).toContain('<input type="hidden" name="lang" value="zh"/>');
      }
      for (const [, link] of asked.body.matchAll(/href="(\/[^/"#][^"#]*)/g)) {
        const target = new URL(link.replaceAll('&amp;', '&'), 'http://x');
        if (target.pathname.startsWith('/static/')) continue;
        const shape = `${target.pathname.replace(/\/[^/]*$/, '/*')}?${[...target.searchParams.keys()].sort().join()}`;
        if (!shapes.has(shape)) shapes.set(shape, `${target.pathname}${target.search}`);
      }
    }
    expect(shapes.size).toBeGreaterThan(20);
    for (const link of shapes.values()) {
      const params = new URL(link, 'http://x').searchParams;
      if (params.get('format') === 'html') {
        const followed = await script(link);
        expect(followed.headers['content-type'], link).toMatch(/^text\/html/);
        // In the language the link names (the language switch names the other).
        expect(followed.body.includes(`<html lang="${params.get('lang') === 'zh' ? 'zh-Hans' : 'en'}">`), link).toBe(true);
      } else if (!params.has('format')) {
        // A link without it goes where a script gets no page: a file, the API's documents, a citation.
        const browsed = await page(link);
        expect(String(browsed.response.headers['content-type']), link).not.toMatch(/^text\/html/);
      }
    }
    // The page a browser gets at the same address has links without format=html: another answer, another ETag.
    const [browsed, scripted] = [await page('/cities'), await script('/cities?format=html')];
    expect(browsed.body).not.toContain('format=html');
    expect(scripted.body).toContain('href="/cities/wuwei?format=html"');
    expect(scripted.headers.etag).not.toBe(browsed.response.headers.etag);
  });

  it('keeps JSON for routes that have no page, and refuses format=html there', async () => {
    for (const url of ['/healthz', '/indicators/000-i031/cite', '/sources/000/text'])
      expect(String((await page(url)).response.headers['content-type']), url).not.toMatch(/^text\/html/);
    const refused = await app().inject({ url: '/healthz?format=html', headers: { accept: BROWSER } });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('gives a program the same JSON, with the same ETag, whatever its Accept-Language', async () => {
    const asked = (language: string) =>
      app().inject({ url: '/cities/wuwei/indicators', headers: { accept: 'application/json', 'accept-language': language } });
    const [en, zh] = [await asked('en-GB'), await asked('zh-CN')];
    expect(zh.body).toBe(en.body);
    expect(zh.headers.etag).toBe(en.headers.etag);
    expect(en.headers.vary).toBe('Accept, Accept-Encoding');
  });

  it('never changes a JSON answer for lang=, which only pages read', async () => {
    for (const url of [
      '/cities/wuwei/indicators?year=2023',
      '/indicators/002-i011',
      '/compare?metric=investment.funds_in_place&cities=wuwei,gansu',
      '/',
    ]) {
      const plain = await app().inject({ url });
      const separator = url.includes('?') ? '&' : '?';
      const withLang = await app().inject({ url: `${url}${separator}lang=zh` });
      expect(withLang.statusCode, url).toBe(200);
      expect(withLang.body, url).toBe(plain.body);
    }
  });

  it('gives each representation and each language its own ETag, and Vary names what chose it', async () => {
    const url = '/cities/wuwei/indicators';
    const jsonAnswer = await app().inject({ url });
    const csvAnswer = await app().inject({ url, headers: { accept: 'text/csv' } });
    const en = await page(url, { 'accept-language': 'en' });
    const zh = await page(url, { 'accept-language': 'zh-CN,zh;q=0.9' });
    const etags = [jsonAnswer, csvAnswer, en.response, zh.response].map((r) => r.headers.etag);
    expect(new Set(etags).size).toBe(4);
    expect(en.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(zh.body).toMatch(/^<!doctype html><html lang="zh-Hans">/);
    // A language refused (q=0) is never chosen, wherever it stands; the first the pages speak is.
    for (const refused of ['zh;q=0', 'zh;q=0, en', 'fr, zh;q=0', 'zh-CN;q=0, en;q=0.5'])
      expect((await page(url, { 'accept-language': refused })).body, refused).toMatch(/^<!doctype html><html lang="en">/);
    expect((await page(url, { 'accept-language': 'en;q=0, zh;q=0.1' })).body).toMatch(/^<!doctype html><html lang="zh-Hans">/);
    // Weight ranks before place, and a weight is read in any case (Q=), as in Accept.
    for (const [asked, tag] of [
      ['en;q=0.5, zh', 'zh-Hans'],
      ['zh;Q=0.1, en;q=0.9', 'en'],
      ['en;Q=0, zh;q=0.2', 'zh-Hans'],
    ])
      expect((await page(url, { 'accept-language': asked })).response.headers['content-language'], asked).toBe(tag);
    expect(jsonAnswer.headers.vary).toBe('Accept, Accept-Encoding');
    expect(en.response.headers.vary).toBe('Accept, Accept-Encoding, Accept-Language');
    // lang= chose the language: Accept-Language plays no part.
    expect((await page(`${url}?lang=zh`)).response.headers.vary).toBe('Accept, Accept-Encoding');
    const conditional = await page(url, { 'accept-language': 'zh-CN', 'if-none-match': String(zh.response.headers.etag) });
    expect(conditional.response.statusCode).toBe(304);
    const otherLanguage = await page(url, { 'accept-language': 'en', 'if-none-match': String(zh.response.headers.etag) });
    expect(otherLanguage.response.statusCode).toBe(200);
  });

  it('serves a cached page in the language each request asks for', async () => {
    const url = '/cities/jiuquan';
    const before = app().answerCache.size;
    // Made, then made and kept, then served from the cache: each language its own answer.
    for (let round = 0; round < 3; round++) {
      for (const [asked, tag] of [
        ['zh', 'zh-Hans'],
        ['en', 'en'],
      ]) {
        const { body, response } = await page(url, { 'accept-language': asked });
        expect(body).toContain(`<html lang="${tag}">`);
        // Said in the header too, for caches and tools that do not read the document.
        expect(response.headers['content-language'], `round ${round}`).toBe(tag);
      }
      if (round === 1) expect(app().answerCache.size).toBe(before + 2);
    }
    // Error pages and the blank form say theirs.
    for (const [url, tag] of [
      ['/cities/nowhere?lang=zh', 'zh-Hans'],
      ['/indicators?limit=x&lang=en', 'en'],
      ['/check?lang=zh', 'zh-Hans'],
    ]) {
      const { body, response } = await page(url);
      expect(body, url).toContain(`<html lang="${tag}">`);
      expect(response.headers['content-language'], url).toBe(tag);
    }
  });

  it('makes the same bytes for requests that share an answer, whose one ETag stands for them all', async () => {
    for (const urls of [
      ['/cities', '/cities?offset=0', '/cities?limit=50'],
      [
        '/indicators?city=wuwei,zhangye&unit=CNY',
        '/indicators?unit=CNY&city=wuwei%2Czhangye',
        '/indicators?city=wuwei,zhangye&unit=CNY&offset=0',
      ],
      ['/indicators?min=1e6', '/indicators?min=1000000'],
    ]) {
      const pages = await Promise.all(urls.map((url) => page(url)));
      for (const [k, { response, body }] of pages.entries()) {
        expect(response.statusCode, urls[k]).toBe(200);
        expect(response.headers.etag, urls[k]).toBe(pages[0].response.headers.etag);
        expect(body, urls[k]).toBe(pages[0].body);
      }
    }
  });

  it('sends a GET form’s empty fields to the address without them', async () => {
    const { response } = await page('/indicators?city=&unit=CNY&metric=');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/indicators?unit=CNY');
    // A page asked for by format=html (no Accept: curl, a script) stays a page, in the language asked for.
    const asked = await app().inject('/projects?limit=&format=html&lang=zh&q=');
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe('/projects?format=html&lang=zh');
    // A field of blanks (a space typed in the search box) is as empty as none.
    const blank = await page('/search?q=%20%20&lang=en');
    expect(blank.response.statusCode).toBe(303);
    expect(blank.response.headers.location).toBe('/search?lang=en');
  });
});

describe('error pages', () => {
  it('answer a browser with a page of the same status, and a program with the problem', async () => {
    for (const [url, status] of [
      ['/cities/atlantis', 404],
      ['/indicators/999-i999', 404],
      ['/no-such-page', 404],
      ['/indicators?unit=dollars', 400],
    ] as const) {
      const browser = await page(url);
      expect(browser.response.statusCode, url).toBe(status);
      expect(browser.response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(browser.body, url).toContain(`<title>${status} `);
      const program = await app().inject({ url });
      expect(program.statusCode, url).toBe(status);
      expect(program.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(browser.body, url).toContain(html(program.json().detail));
      // One URL, two representations of the error: a cache must neither store it nor hand one to the other.
      for (const answer of [browser.response, program]) {
        expect(answer.headers['cache-control'], url).toBe('no-store');
        expect(answer.headers.vary, url).toBe('Accept, Accept-Encoding, Accept-Language');
      }
    }
  });

  it('say what is wrong, what is allowed, and link the closest values', async () => {
    const problem = (await app().inject('/indicators?year=2023&city=wuwie')).json() as {
      invalid_params: { name: string; suggestions?: string[] }[];
    };
    const suggested = await page('/indicators?year=2023&city=wuwie');
    expect(problem.invalid_params.map((p) => p.name)).toEqual(['city']);
    expect(problem.invalid_params[0].suggestions).toContain('wuwei');
    expect(suggested.body).toContain('href="/indicators?year=2023&amp;city=wuwei"');
    // A format the route has not is a 400 said as the reader asked: a page to a browser, a problem to a program.
    // So is a path the router refuses before any hook (not UTF-8, a key too long).
    for (const url of ['/indicators?format=xml', '/indicators/000-i031?format=csv', '/cities/%ED%A0%80', `/cities/${'a'.repeat(300)}`]) {
      const browser = await page(url);
      expect([browser.response.statusCode, browser.response.headers['content-type']], url).toEqual([400, 'text/html; charset=utf-8']);
      expect((await app().inject(url)).headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
    // A wrong item of a list is corrected in its list, the other items kept: an area or a type is not lost.
    const list = await page('/compare?metric=investment.funds_in_place&cities=wuwei,%20zhangyee');
    expect(list.body).toContain('href="/compare?metric=investment.funds_in_place&amp;cities=wuwei%2Czhangye"');
    // The form to try again holds what was given, the refused item too, to correct it there.
    expect(list.body).toContain('id="f-cities" name="cities" type="text" value="wuwei, zhangyee"');
    // The form is named once to the eye: by its legend on an error page, by its box's summary on a list (not both);
    // there its group keeps a legend a screen reader reads and the page does not show.
    expect(list.body).toContain('<legend>Filter</legend>');
    const listed = (await page('/indicators')).body;
    expect(listed).not.toContain('<legend>');
    expect(listed).toContain('<legend class="vh">Filter</legend>');
    expect(listed.match(/<fieldset/g)?.length).toBe(listed.match(/<legend/g)?.length);
    // …marked invalid, and described by what is wrong with it, for a screen reader in the form.
    expect(list.body).toMatch(/<li id="wrong-cities"/);
    expect(list.body).toMatch(/id="f-cities"[^>]*aria-describedby="wrong-cities f-cities-hint" aria-invalid="true"/);
    expect(list.body).not.toMatch(/id="f-metric"[^>]*aria-invalid/);
    // The list a reason sends the reader to is a link, in either language.
    const unknown = (await page('/indicators?metric=nothing')).body;
    expect(unknown).toContain('no metric &quot;nothing&quot;; see <a href="/metrics">/metrics</a>');
    expect((await page('/indicators?metric=nothing', { 'accept-language': 'zh-CN' })).body).toContain(
      '全部见 <a href="/metrics">/metrics</a>',
    );
    // A select keeps a value given that is none of its options, so Apply does not quietly widen the query.
    const unit = (await page('/indicators?unit=USD')).body;
    expect(unit).toContain('<option value>—</option><option value="USD" selected>USD</option>');
    // The language switch keeps what was refused, so the reader can correct it in the other language.
    expect(list.body).toContain(
      'class="lang-switch" href="/compare?metric=investment.funds_in_place&amp;cities=wuwei%2C+zhangyee&amp;lang=zh"',
    );
    const types = await page('/search?q=%E6%B0%B4&type=indicator,projct');
    expect(types.body).toContain('href="/search?q=%E6%B0%B4&amp;type=indicator%2Cproject"');
    // The formats the page's route answers in, and no other: a record has no CSV.
    expect(suggested.body).toContain('format: json, csv, html (html: this page)');
    expect((await page('/sources/001?view=glossed')).body).toContain('format: json, html (html: this page)');
    // A record's address not found: no query to mend, but the list it is one of.
    const record = (await page('/cities/wuwie')).body;
    expect(record).toContain('<a href="/cities">See them all: <code>/cities</code></a>');
    expect(record).not.toContain('<table class="params">');
    // A misspelt parameter's name is renamed, its value and place kept.
    const named = await page('/indicators?year=2023&ctiy=wuwei&unit=CNY');
    expect(named.body).toContain('<a href="/indicators?year=2023&amp;city=wuwei&amp;unit=CNY">city</a>');
    const both = await page('/indicators?city=wuwei&ctiy=zhangye');
    expect(both.body).toContain('<a href="/indicators?city=wuwei%2Czhangye">city</a>');
    // A parameter of one value keeps the one given under its right name.
    expect((await page('/indicators?year=2023&yaer=2024')).body).toContain('<a href="/indicators?year=2023">year</a>');
    // A wrong segment of the path is corrected in the path, the query kept.
    const path = await page('/cities/wuwie/indicators?year=2023');
    expect(path.response.statusCode).toBe(404);
    expect(path.body).toContain('<a href="/cities/wuwei/indicators?year=2023">wuwei</a>');
    // A mistyped route is linked, in the reader's language, lang= kept.
    const route = await page('/cites/wuwei?lang=zh');
    expect(route.body).toContain('没有这个地址：/cites/wuwei；是否要找 /cities/wuwei？');
    // …and where every route is, as the English says (rev37: only the English note under it said so).
    expect((await page('/nothing-here?lang=zh')).body).toContain('全部地址见 <a href="/openapi.json">/openapi.json</a>。</p>');
    // Its description for a search engine or a shared link is in the page's language too.
    expect((await page('/cities/wuwei/indicators?year=abc&lang=zh')).body).toContain(
      '<meta name="description" content="year：以半角阿拉伯数字写的整数，例如 2023（不带“年”等字）（所给：&quot;abc&quot;）"',
    );
    expect(route.body).toContain('<a href="/cities/wuwei?lang=zh">/cities/wuwei</a>');
    const { body } = await page('/indicators?unit=dollars');
    // What the page accepts: each parameter of the route's schema, with its allowed values.
    const openapi = await json<{
      paths: Record<string, { get: { parameters: { name: string; in: string; schema: { anyOf?: unknown } }[] } }>;
    }>('/openapi.json');
    for (const p of openapi.paths['/indicators'].get.parameters.filter(
      (p) => p.in === 'query' && !['limit', 'offset', 'format', 'fields', 'facets', 'facet_limit', 'total'].includes(p.name),
    ))
      expect(body, p.name).toContain(`<code>${p.name}</code>`);
    for (const unit of ['CNY', 'percent', 'person_times']) expect(body).toContain(unit);
    expect(body).toContain('<form class="query-form"');
  });

  it('give each suggestion once, as a link, ask what was meant at most once, and say the reason in the page’s language', async () => {
    const urls = [
      '/cities/wuwie',
      '/indicators?ctiy=wuwei',
      '/indicators?city=wuwie',
      '/indicators?qualifier=bogus',
      '/indicators?unit=yuan',
    ];
    for (const lang of ['en', 'zh']) {
      for (const url of [...urls, '/compare?metric=tourism.*&cities=wuwei']) {
        const [p] = (await app().inject({ url, headers: { accept: 'application/json' } })).json().invalid_params as {
          suggestions: string[];
        }[];
        const { body } = await page(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        const list = body.slice(body.indexOf('<ul class="invalid"'), body.indexOf('</ul>', body.indexOf('<ul class="invalid"')));
        for (const s of p.suggestions) expect(list.split(`>${s}</a>`).length - 1, `${lang} ${url} ${s}`).toBe(1);
        const text = list.replace(/<[^>]+>/g, '');
        expect(text.match(/did you mean|您是否想要|是否想用/gi)?.length ?? 0, `${lang} ${url}`).toBeLessThanOrEqual(1);
        expect(text, `${lang} ${url}`).not.toMatch(/[?？][.。]/);
        // The reason itself is Chinese on a Chinese page: no English words but the API's own, in brackets.
        if (lang === 'zh') expect(text.replace(/\([^)]*\)/g, ''), url).not.toMatch(/[a-z]{2,} [a-z]{2,}/i);
      }
    }
  });

  it('stay small however many items are wrong: a reason said once, corrections linked while they last, compressed', async () => {
    // Fifty wrong items in each of four lists, each offering every allowed value as a link repeating the
    // whole query, made a page of 4.8 MB and a third of a second of CPU.
    const fifty = (stem: string) => Array.from({ length: 50 }, (_, k) => `${stem}${k}`).join(',');
    const lists = `fields=${fifty('fld')}&unit=${fifty('unt')}&facets=${fifty('fct')}&qualifier=${fifty('qlf')}`;
    const url = `/indicators?${lists}&estimated=x&undated=x&total=x&corroborated=x`;
    const problem = (await app().inject(url)).json() as { invalid_params: { suggestions?: string[] }[] };
    expect(problem.invalid_params).toHaveLength(204);
    const suggested = new Set(problem.invalid_params.flatMap((p) => p.suggestions ?? []));
    const { response, body } = await page(url);
    expect(response.statusCode).toBe(400);
    const wrongs = (text: string) =>
      text.slice(text.indexOf('<ul class="invalid"'), text.indexOf('</ul>', text.indexOf('<ul class="invalid"')));
    // A list's items wrong for one reason are one entry (unit = unt0, …, unt49).
    const entries = wrongs(body).split('<li').slice(1);
    expect(entries).toHaveLength(8);
    expect(entries.find((e) => e.includes('<code>unit</code>'))?.match(/<code>unt\d+<\/code>/g)).toHaveLength(50);
    for (const value of suggested) expect(wrongs(body), value).toMatch(new RegExp(`>${value}</a>`));
    expect(body.length).toBeLessThan(200_000);
    // The longest query of the most wrong items, each of its links percent-encoding ( three times over: every
    // value suggested is there, a link while the page's links last (by their characters), then as code.
    const worst = `${url}&q=${'('.repeat(150)}&${['period', 'from', 'to', 'within', 'scope', 'sort', 'metric', 'city'].map((name) => `${name}=${'('.repeat(70)}`).join('&')}`;
    expect(worst.length).toBeLessThanOrEqual(LIMITS.urlLength);
    const most = (await page(worst)).body;
    expect(most.length).toBeLessThan(200_000);
    const hrefs = [...wrongs(most).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    const linked = hrefs.reduce((sum, href) => sum + href.length, 0);
    expect(linked).toBeLessThanOrEqual(CORRECTION_CHARACTERS);
    expect(linked).toBeGreaterThan(CORRECTION_CHARACTERS - Math.max(...hrefs.map((h) => h.length)));
    for (const value of suggested) expect(wrongs(most), value).toMatch(new RegExp(`>${value}</(a|code)>`));
    expect(wrongs(most)).toMatch(/<code>[a-z_]+<\/code><\/span>/);
    // Items refused for one reason but offered other values are entries of their own: each is offered its own.
    const types = wrongs((await page('/search?q=water&type=indicator,projct,xx')).body)
      .split('<li')
      .slice(1);
    expect(types).toHaveLength(2);
    expect(types[0]).toMatch(/<code>projct<\/code>[\s\S]*>project<\/a>/);
    expect(types[1]).toMatch(/<code>xx<\/code>[\s\S]*>initiative<\/a>/);
    // Each correction replaces the list's wrong items, the right ones kept, once.
    expect((await page('/indicators?unit=xx,CNY,yy')).body).toContain('href="/indicators?unit=percent%2CCNY"');
    // Fifty areas misspelt are fifty reasons: the page lists some and says how many more the detail names.
    const areas = (await page(`/indicators?city=${fifty('wuwei')}&metric=watr&scope=xx`)).body;
    expect(wrongs(areas).split('<li').slice(1)).toHaveLength(LISTED_WRONGS);
    expect(areas).toContain(`${52 - LISTED_WRONGS} more not listed here`);
    // Each field the form marks wrong points at an entry listed: every parameter's first is.
    const described = [...areas.matchAll(/aria-describedby="(wrong-[^ "]+)/g)].map((m) => m[1]);
    expect(described).toEqual(expect.arrayContaining(['wrong-city', 'wrong-metric', 'wrong-scope']));
    for (const id of described) expect(areas, id).toContain(`id="${id}"`);
    expect(areas.includes('no city &quot;wuwei49&quot;'), 'the detail names the last').toBe(true);
    // A refusal is compressed for a client that takes it, as a list is, and says it varies with that.
    const zipped = await app().inject({ url, headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept, Accept-Encoding, Accept-Language');
    expect(zipped.rawPayload.length).toBeLessThan(body.length / 5);
  });

  it('say in Chinese, to a Chinese reader, what the API says in English, keeping the English beside it', async () => {
    const missing = (await page('/indicators/999-i999?lang=zh')).body;
    expect(missing).toContain('没有编号为“999-i999”的指标。');
    expect(missing).toContain('No indicator has the id &quot;999-i999&quot;.');
    const unknown = (await page('/indicators?ctiy=1&lang=zh')).body;
    expect(unknown).toContain('此页不接受这个参数');
    const reversed = (await page('/indicators?from=2024-01-01&to=2023-01-01&lang=zh')).body;
    expect(reversed).toContain('to：不早于 from=（2024-01-01）的日期');
    // undated=true beside a time filter would keep nothing: a 400 that says so, not an empty page.
    const nothing = await page('/indicators?undated=true&year=2023&lang=zh');
    expect(nothing.response.statusCode).toBe(400);
    expect(nothing.body).toContain('undated：true 只保留原文未注明时间者，而 year= 正好把它们排除：二者只能给一个');
    // The parameters the page takes, in Chinese too.
    const table = /<table class="params">[\s\S]*?<\/table>/.exec(reversed)?.[0] ?? '';
    expect(table).toContain(html(hintZh('/indicators', 'unit') ?? 'no Chinese help'));
    expect(table).not.toContain('lang="en"');
    // Paging is among them: a wrong limit= is as likely as a wrong unit=.
    expect(table).toContain('<code>每页条数 (limit)</code>');
    // An English reader gets the English alone.
    expect((await page('/indicators/999-i999?lang=en')).body).not.toContain('没有 id');
  });

  it('have Chinese for every problem a reader of the pages is likely to meet', async () => {
    const BAD = [
      '/indicators?limit=0',
      '/indicators?limit=9999',
      '/indicators?offset=-1',
      '/indicators?min=abc',
      '/indicators?min=5&max=1',
      '/indicators?sort=foo',
      '/indicators?q=',
      '/indicators?q=%21%21',
      '/indicators?metric=a&metric=b',
      '/indicators?metric=no.such',
      '/indicators?unit=usd',
      '/indicators?from=2023-02-30',
      '/indicators?period=2023-Q5',
      '/indicators?ctiy=wuwei',
      '/indicators?within=wuwei,zhangye',
      '/compare?metric=tourism.*&cities=wuwei',
      '/compare?metric=investment.funds_in_place',
      '/sources/009',
      '/indicators/000-i999',
      `/indicators/${'a'.repeat(70)}`,
      '/check?claim=',
      `/check?claim=${'a'.repeat(300)}`,
      '/no-such-page',
    ];
    for (const url of BAD) {
      const problem = (await app().inject({ url, headers: { accept: 'application/json' } })).json();
      expect(problem.status, url).toBeGreaterThanOrEqual(400);
      expect(detailZh(problem), `${url}: ${problem.detail}`).toMatch(/[\u4e00-\u9fff]/);
      // One reason a parameter.
      const names = (problem.invalid_params ?? []).map((p: { name: string }) => p.name);
      expect(new Set(names).size, url).toBe(names.length);
    }
  });

  it('say in Chinese why a request was refused for its precondition, its allowance or the load', async () => {
    const failed = (await app().inject({ url: '/cities/wuwei', headers: { 'if-match': '"other"' } })).json();
    expect(detailZh(failed)).toMatch(/^If-Match 所列的 ETag 都不是/);
    await withApp({ rateLimitMax: 2, checkRateLimitMax: 1 }, async (limited) => {
      const post = () =>
        limited.inject({ method: 'POST', url: '/check', payload: { text: '武威' }, headers: { 'content-type': 'application/json' } });
      await post();
      const paragraphs = (await post()).json();
      expect(detailZh(paragraphs)).toMatch(/^此客户端每分钟核对段落超过 1 段；请在 \d+ 秒后重试（上限由 CHECK_RATE_LIMIT_MAX 设定）。$/);
      const requests = (await limited.inject('/cities')).json();
      expect(detailZh(requests)).toMatch(/^此客户端每分钟请求超过 2 次；请在 \d+ (秒|分钟)后重试（上限由 RATE_LIMIT_MAX 设定）。$/);
    });
    expect(
      detailZh({
        detail:
          "Checks of texts, whoever sent them (yours too), have taken their share of the server's time lately; retry in 2 seconds. Checks may take 50% of its time, set by CHECK_CPU_PERCENT.",
      }),
    ).toBe(
      '文本核对（无论由谁提交，包括您的）近来已用尽其时间份额；请在 2 秒后重试（核对至多占用 50% 的时间，由 CHECK_CPU_PERCENT 设定）。',
    );
    expect(detailZh({ detail: 'The server is shedding load; retry in 10 seconds. The limit is set by MAX_EVENT_LOOP_DELAY_MS.' })).toBe(
      '服务器正在减载；请在 10 秒后重试（上限由 MAX_EVENT_LOOP_DELAY_MS 设定）。',
    );
  });

  it('refuse a page language other than zh and en, saying so', async () => {
    const { response, body } = await page('/indicators/000-i031?lang=fr');
    expect(response.statusCode).toBe(400);
    expect(body).toContain('<code>lang</code>');
    expect(body).toMatch(/zh or en/);
  });
});

describe('escaping', () => {
  const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", 'javascript:alert(1)'];
  for (const payload of payloads) {
    it(`never reflects ${payload} unescaped`, async () => {
      for (const url of reflectedPlaces(payload)) {
        const { response, body } = await page(url);
        expect(response.headers['content-type'], url).toMatch(/^text\/html/);
        if (payload.includes('<')) expect(body, url).not.toContain(payload);
        expect(body, url).not.toMatch(/<(script|img|svg)\b[^>]*\bon\w+=/i);
        expect(body, url).not.toMatch(/<script>alert/);
        expect(body, url).not.toMatch(/href="javascript:/i);
      }
    });
  }

  it('sends every page, error pages too, under the document policy: scripts from this origin only', async () => {
    for (const url of ['/indicators/000-i031', '/no-such-page', '/indicators?unit=dollars']) {
      const csp = String((await page(url)).response.headers['content-security-policy']);
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp, url).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('writes no inline script and no event handler into any page (JSON-LD is data, which no browser runs)', async () => {
    for (const url of [
      '/',
      '/indicators/000-i031',
      '/sources/002',
      '/compare?metric=investment.funds_in_place&cities=wuwei,gansu',
      '/search?q=张掖',
    ]) {
      const { body } = await page(url);
      expect(body, url).not.toMatch(/<script(?![^>]*\b(src=|type="application\/ld\+json"))[^>]*>/);
      expect(body, url).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('keeps a pasted paragraph inert in the check page, in the text it marks and in the form', async () => {
    const payload = '<script>alert(1)</script>武威市2023年招商引资到位资金约429亿元</textarea><img src=x onerror=alert(1)>';
    const response = await app().inject({
      method: 'POST',
      url: '/check',
      headers: { accept: BROWSER, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ text: payload }).toString(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('<script>alert');
    expect(response.body).not.toMatch(/<img\b/);
    expect(response.body).toContain(html('</textarea><img'));
  });

  it('never writes a link to another host from a path that starts with two slashes, or a slash and a backslash', async () => {
    const { body } = await page('//evil.example/x');
    expect(body).not.toMatch(/href="\/\/evil/);
    // Browsers read /\evil.example as //evil.example; a client that is not a browser may send it as it is (the
    // request injected here is parsed as a browser's would be, so the function is asked directly).
    expect(safePath('/\\evil.example/x')).toBe('/evil.example/x');
    expect(safePath('\\/\\evil.example')).toBe('/evil.example');
    expect(safePath('/cities/wuwei')).toBe('/cities/wuwei');
  });
});

describe('pages say what their JSON says', () => {
  it('a figure’s scope, on its page, in its list and on its area’s page, in both languages', async () => {
    const { data: scopes } = await json<{ data: { key: string; name_en: string; name_zh: string }[] }>('/scopes?limit=500');
    const { data: figures } = await json<{ data: { id: string; city: string; scope: string | null }[] }>('/indicators?limit=500');
    const scoped = figures.filter((i) => i.scope);
    expect(scoped.length).toBeGreaterThan(10);
    const word = (name: string, lang: string) => (lang === 'zh' ? name : name.charAt(0).toLowerCase() + name.slice(1));
    for (const lang of ['en', 'zh']) {
      for (const figure of [...scoped.slice(0, 12), figures.find((i) => !i.scope)]) {
        if (!figure) continue;
        const scope = scopes.find((s) => s.key === figure.scope);
        const { body } = await page(`/indicators/${figure.id}?lang=${lang}`);
        const row = /<dt>(?:Scope|口径)<\/dt>\s*<dd>(.*?)<\/dd>/s.exec(body)?.[1];
        expect(row, `${figure.id} ${lang}`).toBeDefined();
        if (scope) {
          expect(row).toContain(`href="/scopes/${scope.key}?lang=${lang}"`);
          expect(body).toContain(`class="circumstances">`);
          expect(body, `${figure.id} ${lang}`).toContain(word(lang === 'zh' ? scope.name_zh : scope.name_en, lang));
        } else expect(row).toContain(lang === 'zh' ? '指标本身' : 'the metric exactly');
      }
      const city = scoped[0].city;
      const name = (key: string | null) => scopes.find((s) => s.key === key)?.[lang === 'zh' ? 'name_zh' : 'name_en'] ?? '';
      const list = (await page(`/cities/${city}/indicators?lang=${lang}&limit=500`)).body;
      for (const figure of scoped.filter((i) => i.city === city))
        expect(list, figure.id).toMatch(new RegExp(`${figure.id}</code> · [^<]* · ${name(figure.scope).replace(/[()]/g, '\\$&')}`));
      const cityPage = (await page(`/cities/${city}?lang=${lang}`)).body;
      expect(cityPage).toContain(word(name(scoped[0].scope), lang));
    }
  });

  it('an indicator: the figure, its metric, each quote with the number marked and linked into its article, its citations', async () => {
    const indicator = await json<Indicator>('/indicators/000-i031');
    const metric = await json<{ definition: string; name_en: string }>(`/metrics/${indicator.metric}`);
    const { body } = await page(`/indicators/${indicator.id}`);
    expect(body).toContain(`${indicator.value_text}${indicator.unit_zh}`);
    expect(body).toContain(html(indicator.label_en));
    expect(unmarked(body)).toContain(html(metric.definition));
    expect(indicator.evidence.length).toBeGreaterThan(1);
    for (const e of indicator.evidence) {
      expect(body).toContain(`href="/sources/${e.source}#${e.id}"`);
      expect(body).toContain(html(e.text).replace(indicator.value_text, `<mark>${indicator.value_text}</mark>`));
    }
    for (const format of CITATION_FORMATS) {
      const cited = (await app().inject(`/indicators/${indicator.id}/cite?format=${format}`)).body;
      expect(citeBox(body, format), format).toBe(html(cited));
    }
    // In an English page, the citation's Chinese (authors, title, quote) is marked as Chinese.
    expect(body).toMatch(/<pre id="cite-text">[^<]*<span lang="zh-Hans">/);
  });

  it('a list: the rows of the JSON page in order, its total, the next page, and the same filter as JSON and CSV', async () => {
    const list = await json<{ data: Indicator[]; meta: { total: number; limit: number } }>('/cities/wuwei/indicators');
    const { body } = await page('/cities/wuwei/indicators');
    const shown = [...body.matchAll(/href="\/indicators\/([^"#?]+)"/g)].map((m) => m[1]);
    expect([...new Set(shown)]).toEqual(list.data.map((i) => i.id));
    expect(body).toContain(`Showing 1–${list.meta.limit} of ${list.meta.total} rows`);
    expect(body).toContain(`href="/cities/wuwei/indicators?limit=${list.meta.limit}&amp;offset=${list.meta.limit}" rel="next"`);
    expect(body).toContain('href="/cities/wuwei/indicators?format=csv"');
    expect(body).toContain('href="/cities/wuwei/indicators?limit=50&amp;offset=0&amp;format=json"');
  });

  it('facets: the counts facets= gives, each a link to the filtered list', async () => {
    const counted = await json<{ meta: { facets: { unit: { value: string; count: number }[] } } }>(
      '/indicators?within=zhangye&facets=unit',
    );
    const { body } = await page('/indicators?within=zhangye');
    for (const { value, count } of counted.meta.facets.unit)
      expect(body).toContain(
        `<a href="/indicators?within=zhangye&amp;unit=${value}">${unitName(value, 'en')} <span class="count">${count}</span>`,
      );
    // Scopes by name, and the figures of no narrower scope as scope=none.
    const scoped = await json<{ meta: { facets: { scope: { value: string | null; count: number }[] } } }>(
      '/indicators?within=zhangye&facets=scope',
    );
    const scopes = await json<{ data: { key: string; name_en: string }[] }>('/scopes?limit=500');
    for (const { value, count } of scoped.meta.facets.scope) {
      const name = value === null ? 'the metric exactly (no narrower scope)' : scopes.data.find((s) => s.key === value)?.name_en;
      expect(body).toContain(
        `<a href="/indicators?within=zhangye&amp;scope=${value ?? 'none'}">${name} <span class="count">${count}</span>`,
      );
    }
  });

  it('an area: every figure of it, its parent and its areas within', async () => {
    const city = await json<{ parent: string }>('/cities/zhangye');
    const figures = await json<{ data: Indicator[] }>('/cities/zhangye/indicators?limit=500');
    const children = await json<{ data: { slug: string }[] }>('/cities?parent=zhangye');
    const { body } = await page('/cities/zhangye');
    for (const i of figures.data) expect(body).toContain(`href="/indicators/${i.id}"`);
    for (const c of children.data) expect(body).toContain(`href="/cities/${c.slug}"`);
    expect(body).toContain(`href="/cities/${city.parent}"`);
  });

  it('the article reader: every recorded number linked, every passage anchored, every excluded digit run marked', async () => {
    const source = await json<{ id: string; sha256: string }>('/sources/000');
    const cited = await json<{ data: Indicator[] }>('/indicators?source=000&limit=500');
    const passages = await json<{ data: Evidence[] }>('/passages?source=000&limit=500');
    const excluded = (
      JSON.parse(readFileSync(new URL('../seed/data/exclusions.json', import.meta.url), 'utf8')) as {
        source: string;
        note?: string;
        note_zh?: string;
      }[]
    ).filter((e) => e.source === source.id);
    const whole = (await page('/sources/000')).body;
    const body = whole.slice(whole.indexOf('<article'), whole.indexOf('</article>'));
    for (const i of cited.data) expect(body, i.id).toContain(`href="/indicators/${i.id}"`);
    for (const p of passages.data) expect(body, p.id).toMatch(new RegExp(`id="${p.id}"`));
    expect(body.match(/class="excluded"/g)?.length).toBe(excluded.length);
    // A curator's note partly in English is given in Chinese on a Chinese page, and as written on an English one.
    const caption = excluded.find((e) => e.note?.includes('(photo caption)'));
    expect(caption?.note_zh).toBeTruthy();
    const zh = (await page('/sources/000?lang=zh')).body;
    expect(zh).toContain(html(caption?.note_zh ?? ''));
    expect(zh).not.toContain('photo caption');
    // On an English page its Chinese is marked Chinese, for a screen reader's voice.
    expect(body).toContain(' — <span lang="zh-Hans">2023年8月</span> (photo caption))');
  });

  it('article 002: the verbatim text with its damage, and the Simplified reading with each repair and its confidence', async () => {
    const source = await json<{ repairs: { id: string; damaged: string; repaired: string; confidence: string }[] }>('/sources/002');
    expect(source.repairs.length).toBeGreaterThan(0);
    const verbatim = (await page('/sources/002')).body;
    const reading = (await page('/sources/002?view=simplified')).body;
    for (const r of source.repairs) {
      expect(verbatim).toContain(`<del>${html(r.damaged)}</del>`);
      expect(reading).toContain(`<ins lang="zh-Hans">${html(r.repaired)}</ins>`);
      const confidence = `<span class="confidence">Confidence: ${r.confidence}</span>`;
      expect(reading).toContain(`${r.id} · ${confidence}</a>`);
      expect(verbatim).toContain(`${r.id} → <span lang="zh-Hans">${html(r.repaired)}</span> · ${confidence}</a>`);
    }
    expect(verbatim).toContain('發(fā)');
    expect(reading).not.toContain('(fā)');
    // Each view says which text it is.
    expect(verbatim).toContain('The whole article as received');
    expect(reading).toContain('The whole article in its Simplified reading');
    expect(reading).not.toContain('as received');
    // The note's "see repairs" leads to them.
    expect(verbatim).toContain(`<a href="#repairs-heading">Repairs (${source.repairs.length})</a>`);
    expect(verbatim).toContain('id="repairs-heading"');
    expect((await page('/sources/001')).body).not.toContain('href="#repairs-heading"');
    // Its table's heads are in the page's language, the first too.
    expect((await page('/sources/002?lang=zh')).body).toMatch(/<thead><tr><th scope="col">编号<\/th><th scope="col">[^<a-z]+<\/th>/);
    // Its section headings stay paragraphs of their own in the reading, as in the text received.
    expect(reading).toContain('<p>经济部门齐发力互促共融促发展</p>');
    expect(reading).toContain('<p>县区聚力鼓干劲频出实招促发展</p>');
    expect((await page('/sources/002?view=glossed')).response.statusCode).toBe(400);
    // Both texts as plain text too; an article received in Simplified with nothing repaired has only the one.
    for (const body of [verbatim, reading]) {
      expect(body).toContain('<a href="/sources/002/text" type="text/plain">');
      expect(body).toContain('<a href="/sources/002/text?reading=simplified" type="text/plain">its Simplified reading as plain text</a>');
    }
    expect((await page('/sources/001')).body).not.toContain('/sources/001/text?reading=simplified');
  });

  it('programs get the article as received, whose code points the quotes count', async () => {
    const source = await json<{ id: string; sha256: string }>('/sources/002');
    const text = await app().inject('/sources/002/text');
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(createHash('sha256').update(text.rawPayload).digest('hex')).toBe(source.sha256);
    const chars = Array.from(text.body);
    const passages = (await json<{ data: Evidence[] }>('/passages?source=002&limit=500')).data;
    for (const p of passages) expect(chars.slice(p.start, p.end).join(''), p.id).toBe(p.text);
    // And its Simplified reading, repaired: every quote's reading stands in it as the quote does.
    const reading = await app().inject('/sources/002/text?reading=simplified');
    expect(reading.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reading.body).not.toBe(text.body);
    for (const p of passages) expect(reading.body, p.id).toContain(p.text_zh_hans);
    expect((await app().inject('/sources/002/text?reading=pinyin')).statusCode).toBe(400);
  });

  it('a comparison: a chart for screen readers with every mark a link to its record, the scopes left out and a link to each', async () => {
    const url = '/compare?metric=investment.funds_in_place&cities=wuwei,gansu';
    const answer = await json<{ data: { indicator: string }[]; meta: { left_out: { scope: string | null; name_en: string | null }[] } }>(
      url,
    );
    const { body } = await page(url);
    expect(body).toMatch(/<svg role="group" aria-labelledby="comparison-title comparison-desc"/);
    expect(body).toMatch(/<title id="comparison-title">[^<]+<\/title><desc id="comparison-desc">[^<]+<\/desc>/);
    for (const row of answer.data) expect(body).toMatch(new RegExp(`<a href="/indicators/${row.indicator}" aria-label="[^"]+"><title>`));
    // Two figures of one area and period are named apart by their records, as the axis tells them apart (Ganzhou's two 30万千瓦).
    const twice = (await page('/compare?metric=energy.generation_capacity&cities=ganzhou,sunan')).body;
    const names = [...twice.matchAll(/<a href="\/indicators\/([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    const ganzhou = names.filter(([, name]) => name.startsWith('Ganzhou'));
    expect(ganzhou.length).toBeGreaterThan(1);
    for (const [id, name] of ganzhou) expect(name).toContain(`(${id})`);
    expect(new Set(names.map(([, name]) => name)).size).toBe(names.length);
    for (const [id] of ganzhou) expect(/<desc id="comparison-desc">([^<]+)</.exec(twice)?.[1]).toContain(`(${id})`);
    // Its drawn text (ticks, values) is what the description and the marks' names say: hidden, not read twice.
    const drawn = /<svg[\s\S]*<\/svg>/.exec(body)?.[0] ?? '';
    expect(drawn).toContain('<text aria-hidden="true"');
    expect(drawn).not.toMatch(/<text(?! aria-hidden="true")/);
    // Each search landmark has a name of its own.
    expect(((await page('/?lang=en')).body.match(/<search [^>]*aria-label(ledby)?=/g) ?? []).length).toBe(2);
    expect(answer.meta.left_out.length).toBeGreaterThan(0);
    for (const s of answer.meta.left_out) expect(body).toContain(`scope=${s.scope ?? 'none'}"`);
    // Gansu's figure is of another scope: the page names it where it says what was left out.
    const gansu = await json<{ data: { indicator: string }[] }>(`${url}&scope=out_of_province`);
    expect(body).toContain(`href="/indicators/${gansu.data[0].indicator}"`);
    // The value axis names its unit; its labels give magnitudes.
    const svg = body.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg).toMatch(/>yuan<\/text>/);
    expect((await page(`${url}&lang=zh`)).body.match(/<svg[\s\S]*?<\/svg>/)?.[0]).toMatch(/>元<\/text>/);
    // Figures of different periods side by side are said to be, with the periods named; a year's are one period here.
    const growth = '/compare?metric=investment.funds_in_place.growth&cities=wuwei,jiuquan';
    expect((await page(growth)).body).toMatch(
      /<p class="note">These figures are of different periods \((Q1 2021, 2023|2023, Q1 2021)\), so mind them side by side\. year= keeps/,
    );
    expect((await page(`${growth}&lang=zh`)).body).toMatch(/这些数据所属的时间不同（(2021年第一季度、2023年|2023年、2021年第一季度)）/);
    expect((await page(`${growth}&year=2023`)).body).not.toContain('different periods');
    // One figure an area, each of its own period: a bar each, named by area and period (not lines of single points).
    const started = (await page('/compare?metric=projects.started&cities=jiuquan,jiuquan-etdz,sunan')).body;
    expect(started).toContain('class="chart-svg narrow"');
    expect(started).toMatch(/aria-label="Jiuquan[^"]*: 360 projects"/);
    expect(started).not.toMatch(/<path[^>]*clip-path/);
    // A year keeps every period overlapping it: the note names them, and does not offer year= again.
    const overlapsUrl = '/compare?metric=supervision.opinions_received&cities=wuwei,zhangye&year=2023';
    const opinions = await json<{ data: { period: string }[] }>(overlapsUrl);
    expect(new Set(opinions.data.map((r) => r.period)).size).toBeGreaterThan(1);
    const overlapping = (await page(overlapsUrl)).body;
    expect(overlapping).toContain('These figures are of different periods (');
    expect(overlapping).not.toContain('year= keeps');
    // An area named with no row compared is said to be, linked to what it and its areas have of the metric.
    const three = '/compare?metric=investment.funds_in_place&cities=wuwei,zhangye,jiuquan';
    const { without } = (await json<{ meta: { without: string[] } }>(three)).meta;
    expect(without.length).toBeGreaterThan(0);
    const note = (await page(three)).body.match(/<p class="note without">[\s\S]*?<\/p>/)?.[0] ?? '';
    for (const slug of without) expect(note).toContain(`href="/indicators?metric=investment.funds_in_place&amp;within=${slug}"`);
    expect((await page(growth)).body).not.toContain('class="note without"');
    // With a year, the area's link lists what it has of any year: the year is what left it out.
    const dated = (await page(`${growth}&year=2023`)).body.match(/<p class="note without">[\s\S]*?<\/p>/)?.[0] ?? '';
    expect(dated).toContain('href="/indicators?metric=investment.funds_in_place.growth&amp;within=jiuquan"');
    // One figure left out is one, in English; of a scope asked for, left out by the time filter; of every scope, said so.
    const one = (await page('/compare?metric=investment.signed_amount&cities=zhangye&year=2023&scope=one_body')).body;
    expect(one).toMatch(/<p class="note">1 figure with no period was left out by the time filter: <a href="[^"]+">see it<\/a><\/p>/);
    const any = (await page('/compare?metric=investment.signed_amount&cities=zhangye&year=2023')).body;
    expect(any).toMatch(
      /<p class="note">1 figure of this metric with no period, of any scope, is not in a comparison by year: <a href="[^"]+">see it<\/a><\/p>/,
    );
  });

  it('a comparison marks a planned or expected figure in its chart, its table and its marks’ names, and titles within= as the areas', async () => {
    const url = '/compare?metric=projects.started&within=gansu';
    const rows = (await json<{ data: { indicator: string; estimated: boolean }[] }>(url)).data;
    expect(rows.some((r) => r.estimated)).toBe(true);
    expect(rows.some((r) => !r.estimated)).toBe(true);
    for (const [lang, planned] of [
      ['en', '(planned or expected)'],
      // Full-width brackets in Chinese text, as the Chinese around them.
      ['zh', '（预计或计划数）'],
    ] as const) {
      const body = (await page(`${url}&lang=${lang}`)).body;
      const table = body.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
      const marks = [...body.matchAll(/<a href="\/indicators\/([^"?]+)[^"]*" aria-label="([^"]+)"><title>[^<]*<\/title>(<path[^>]*>)/g)];
      expect(marks.length, lang).toBe(rows.length);
      for (const r of rows) {
        const row = table.split('<tr').find((tr) => tr.includes(`/indicators/${r.indicator}`)) ?? '';
        expect(row.includes(planned), `${lang} ${r.indicator} row`).toBe(r.estimated);
        const [, , name, path] = marks.find((m) => m[1] === r.indicator) ?? [];
        expect(name.includes(planned), `${lang} ${r.indicator} mark`).toBe(r.estimated);
        // Hollow, with a dashed outline: the plan is drawn apart from the outcomes beside it.
        expect(/stroke-dasharray/.test(path), `${lang} ${r.indicator} outline`).toBe(r.estimated);
      }
      expect(body.includes('class="note planned"'), lang).toBe(true);
      expect(body).toMatch(
        lang === 'en' ? /<h1>[^<]*Gansu Province and the areas within it compared<\/h1>/ : /<h1>[^<]*甘肃省及其下辖地区比较<\/h1>/,
      );
    }
    // On its axis, an area, its period and the plan each stand on a line of their own: a narrow slot breaks no date.
    const axis = (await page('/compare?metric=projects.total_investment&cities=jiuquan,jiuquan-etdz&lang=zh')).body;
    expect(axis).toMatch(/>2021年3月16日<\/text>/);
    expect(axis).toMatch(/>（预计或计划数）<\/text>/);
    // So the table's caption, and an article's note on a number that is no statistic.
    expect(axis).toMatch(/<caption>[^<]*比较（表格）<\/caption>/);
    expect((await page('/sources/000?lang=zh')).body).toMatch(/role="tooltip"[^>]*>（非统计数字：/);
    // A comparison of outcomes alone says nothing of plans.
    expect((await page('/compare?metric=investment.funds_in_place&cities=wuwei,gansu')).body).not.toContain('class="note planned"');
  });

  it('a comparison keeps a hedged figure’s word (1650余件: more than 1,650) on its bar, its mark’s name, its description and its table', async () => {
    const url = '/compare?metric=problems.resolved&cities=wuwei,gansu';
    const rows = (await json<{ data: { indicator: string; qualifier: string; value_base: number }[] }>(url)).data;
    const hedged = rows.filter((r) => r.qualifier === 'more_than');
    expect(hedged.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.qualifier === 'exact')).toBe(true);
    for (const [lang, word] of [
      ['en', 'more than '],
      ['zh', '超过'],
    ] as const) {
      const body = (await page(`${url}&lang=${lang}`)).body;
      const table = body.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
      const description = /<meta name="description" content="([^"]*)"/.exec(body)?.[1] ?? '';
      for (const r of rows) {
        const n = lang === 'en' ? r.value_base.toLocaleString('en') : String(r.value_base);
        const said = r.qualifier === 'more_than' ? word : '';
        const name =
          [...body.matchAll(/href="\/indicators\/([^"?]+)[^"]*" aria-label="([^"]+)"/g)].find((m) => m[1] === r.indicator)?.[2] ?? '';
        expect(name, `${lang} ${r.indicator}`).toMatch(new RegExp(`[:：] ?${said}${n}`));
        expect(body, `${lang} ${r.indicator} bar`).toContain(`>${said}${n}</text>`);
        expect(description, `${lang} ${r.indicator}`).toMatch(new RegExp(`[:：] ?${said}${n}`));
        const row = table.split('<tr').find((tr) => tr.includes(`/indicators/${r.indicator}`)) ?? '';
        expect(row, `${lang} ${r.indicator} row`).toMatch(new RegExp(`data-label="[^"]*">${said}${n}`));
      }
    }
  });

  it('a comparison’s chart is titled by its bars: the areas that have one and the period they share, as a screenshot of it is read alone', async () => {
    const url = '/compare?metric=investment.funds_in_place&cities=wuwei,zhangye,jiuquan,lanzhou';
    const answer = await json<{ data: { city: string; period: string; city_name_en: string }[]; meta: { without: string[] } }>(url);
    expect(answer.meta.without.length).toBeGreaterThan(0);
    expect(new Set(answer.data.map((r) => r.period)).size).toBe(1);
    const { body } = await page(url);
    const caption = /<figcaption>([^<]*) <small>/.exec(body)?.[1] ?? '';
    expect(caption).toContain(`, ${answer.data[0].period}: `);
    for (const r of answer.data) expect(caption).toContain(r.city_name_en);
    for (const slug of answer.meta.without) expect(caption).not.toContain((await json<{ name_en: string }>(`/cities/${slug}`)).name_en);
    expect(body).toContain(`<title id="comparison-title">${caption}</title>`);
    // The page's heading still says what was asked.
    expect(body).toMatch(/<h1>[^<]*Lanzhou[^<]*<\/h1>/);
    // A page of the rows says which of them its bars are; the whole set says nothing of rows.
    const paged = await json<{ meta: { total: number } }>('/compare?metric=projects.total_investment&within=gansu&limit=2');
    expect(paged.meta.total).toBeGreaterThan(2);
    const pagedCaption = /<figcaption>([^<]*) <small>/.exec(
      (await page('/compare?metric=projects.total_investment&within=gansu&limit=2')).body,
    )?.[1];
    expect(pagedCaption).toMatch(new RegExp(` \\(rows 1–2 of ${paged.meta.total}\\)$`));
    expect(caption).not.toContain('rows');
    // An area asked both ways is named once, with the areas within it.
    const twice = (await page('/compare?metric=investment.funds_in_place.growth&cities=wuwei&within=wuwei')).body;
    expect(twice).toMatch(/<h1>[^<]*: Wuwei and the areas within it compared<\/h1>/);
  });

  it('a comparison is drawn the same, byte for byte, each time it is made: its ETag stands for one answer', async () => {
    await withApp({ rateLimitMax: 0, answerCacheBytes: 0 }, async (uncached) => {
      // Bars for one period, and for areas of one figure each of its own period.
      for (const url of [
        '/compare?metric=investment.funds_in_place&cities=wuwei,gansu',
        '/compare?metric=projects.started&cities=jiuquan,jiuquan-etdz,sunan',
      ]) {
        const draw = () => uncached.inject({ url, headers: { accept: BROWSER } });
        const first = await draw();
        const second = await draw();
        expect(first.body, url).toMatch(/class="comparison-cls-0"/);
        expect(first.body, url).not.toMatch(/\bzr\d/);
        expect(second.body, url).toBe(first.body);
      }
    });
    // Lines, each series clipped, for areas of several periods each (no comparison of the curated data has them).
    const rows = ['wuwei', 'zhangye'].flatMap((city, c) =>
      ['2021', '2022', '2023'].map((period, k) => ({
        city,
        city_name_zh: city,
        city_name_en: city,
        period,
        period_start: `${period}-01-01`,
        value_base: 100 * (c + 1) + k,
        unit: 'count',
        indicator: `${c}-${k}`,
      })),
    );
    const draw = () => drawComparison(rows);
    const lines = draw();
    expect(lines.kind).toBe('lines');
    expect(lines.svg).toMatch(/clip-path="url\(#comparison-c0\)"/);
    expect(lines.svg).not.toMatch(/\bzr\d/);
    expect(draw().svg).toBe(lines.svg);
  });

  it('marks article 002’s words as received, found only in them, as Traditional on either page (phone13)', async () => {
    const q = encodeURIComponent('上??禈虻绕髽I(yè)');
    const zh = (await page(`/search?q=${q}&lang=zh`)).body;
    expect(zh).toMatch(/<p class="hit-elsewhere">检索词见于：<span lang="zh-Hant">民樂縣/);
    const en = (await page(`/search?q=${q}&lang=en`)).body;
    expect(en).toMatch(/<p class="hit-elsewhere">Found in: <span lang="zh-Hant">民樂縣成立招商指揮部<\/span>/);
    // A Simplified line stays Simplified.
    expect((await page('/search?q=%E5%BC%A0%E6%8E%96&lang=en')).body).toMatch(
      /<p class="hit-elsewhere">Found in: [^<]*<mark><span lang="zh-Hans">/,
    );
  });

  it("a Chinese hint speaks of the list's own records (rev36: projects' corroborated spoke of figures, 数字)", async () => {
    const hint = (await page('/projects?lang=zh')).body.match(/id="f-corroborated-hint"[^>]*>([^<]*)</)?.[1];
    expect(hint).toContain('项目');
    expect(hint).not.toContain('数字');
  });

  it('tells a Chinese reader what the English hints tell (page20: min did not warn against 亿, total said no bound)', async () => {
    const zh = (await page('/indicators?year=x&lang=zh')).body;
    const hintOf = (name: string) =>
      zh.match(new RegExp(`<th scope="row"><code>[^<]*\\(${name}\\)</code></th><td[^>]*>([\\s\\S]*?)</td>`))?.[1] ?? '';
    expect(hintOf('min')).toContain('不是亿元（100亿元即 10000000000）');
    expect(hintOf('total')).toContain(`第 ${DEFAULTS.totalCountedUpTo.toLocaleString('en')} 行之后一行`);
    expect(hintOf('facet_limit')).toContain(`默认 ${DEFAULTS.facetValues}`);
  });

  it('links the routes a missing address has under it (ui18)', async () => {
    // /downloads listed its files as text; a file's link takes no lang=, and the missing address itself is no link.
    const files = (await json<{ resources: { name: string }[] }>('/datapackage.json')).resources.map((r) => `/downloads/${r.name}.csv`);
    for (const lang of ['en', 'zh']) {
      const downloads = (await page(`/downloads?lang=${lang}`)).body;
      for (const file of files) expect(downloads, `${file} ${lang}`).toContain(`<a href="${file}">${file}</a>`);
      expect(downloads).not.toContain('<a href="/downloads?');
      // …and the description of every route its detail points to, at a sentence's start too; each once, the English
      // note under a Chinese detail linking nothing again (page20: a screen reader's list of links had each twice).
      expect(downloads).toContain(lang === 'en' ? 'See <a href="/openapi.json">/openapi.json</a>' : '见 <a href="/openapi.json">');
      for (const file of files) expect(downloads.split(`<a href="${file}">`).length, `${file} ${lang}`).toBe(2);
    }
  });

  it('titles a search of nothing searchable as such, not as a mistaken address (zh12)', async () => {
    const nothing = await page(`/search?q=${encodeURIComponent('。')}&lang=en`);
    expect(nothing.response.statusCode).toBe(400);
    expect(nothing.body).toContain('<title>400 Nothing to search for · ');
    expect((await page(`/indicators?q=${encodeURIComponent('%')}&lang=zh`)).body).toContain(
      '<h1>没有可搜索的内容 <span class="status">(400)</span></h1>',
    );
    // The English table of what a page accepts lists a parameter's values once (ui18: its meaning listed them, then again).
    const units = (await page('/indicators?year=x&lang=en')).body.match(
      /<th scope="row"><code>unit<\/code><\/th><td[^>]*>([\s\S]*?)<\/td>/,
    )?.[1];
    expect(units?.match(/percentage_points/g)).toHaveLength(1);
    // …but lists them where its meaning names one only in its example (rev36: facets had lost city).
    const facets = (await page('/indicators?year=x&lang=en')).body.match(
      /<th scope="row"><code>facets<\/code><\/th><td[^>]*>([\s\S]*?)<\/td>/,
    )?.[1];
    expect(facets).toMatch(/\bcity, metric, /);
    // The meaning keeps its list where a clause for programs (in meta.facets) stood before it (page20: it took city
    // with it), and a form's hint loses the example with its list, not leaving "For example." bare.
    expect(facets).not.toMatch(/set, metric/);
    for (const url of ['/indicators?year=x&lang=en', '/projects?limit=x&lang=en']) {
      const hint = (await page(url)).body.match(/id="f-facets-hint"[^>]*>([^<]*)</)?.[1];
      expect(hint, url).toBe('Fields to count values of over the whole filtered set.');
    }
    // A Chinese hint that names every value gives them once (rev36: qualifier's were given twice).
    const qualifier = (await page('/indicators?year=x&lang=zh')).body.match(/\(qualifier\)<\/code><\/th><td[^>]*>([\s\S]*?)<\/td>/)?.[1];
    expect(qualifier?.match(/more_than/g)).toHaveLength(1);
    // Words past the bound are too many, not nothing (search18).
    const long = await page(`/search?q=${encodeURIComponent('武'.repeat(201))}&lang=en`);
    expect(long.response.statusCode).toBe(400);
    expect(long.body).toContain('<title>400 Search words too long · ');
    expect((await page(`/search?q=${encodeURIComponent('武'.repeat(201))}&lang=zh`)).body).toContain('<h1>检索词过长');
    // Another parameter wrong beside it is an address's mistake.
    expect((await page(`/search?q=${encodeURIComponent('。')}&limit=0&lang=en`)).body).toContain('<title>400 The address has a mistake · ');
  });

  it('search: Traditional and Simplified alike, one character too, the match marked', async () => {
    const hits = await json<{ data: { type: string; id: string }[]; meta: { total: number } }>('/search?q=張掖');
    const traditional = (await page('/search?q=張掖')).body;
    const simplified = (await page('/search?q=张掖')).body;
    expect(traditional).toContain('<mark>张掖</mark>');
    for (const hit of hits.data.filter((h) => h.type === 'indicator')) expect(traditional).toContain(`href="/indicators/${hit.id}"`);
    expect(traditional).toContain(`of ${hits.meta.total} results`);
    expect(simplified).toContain(`of ${hits.meta.total} results`);
    expect((await page('/search?q=掖')).body).toContain('<mark>掖</mark>');
    // A hit whose match is its area's name alone says so, marked: the reader sees why it came up.
    const elsewhere = (await json<{ data: { elsewhere: string | null }[] }>('/search?q=張掖&limit=500')).data.filter((h) => h.elsewhere);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect((await page('/search?q=張掖&limit=500')).body.match(/<p class="hit-elsewhere">Found in: <mark>/g)).toHaveLength(
      elsewhere.length,
    );
    // Nothing found says what is searched, and where the rest of each article is: 季季红 is in 000's lead, quoted by no record.
    expect((await app().inject('/sources/000/text')).body).toContain('季季红');
    expect((await json<{ meta: { total: number } }>('/search?q=季季红')).meta.total).toBe(0);
    for (const lang of ['en', 'zh'])
      expect((await page(`/search?q=季季红&lang=${lang}`)).body).toMatch(/<p>(Nothing found|没有找到结果)[^<]*<a href="\/sources[?"]/);
    // A page past the last of the hits found is no search that found nothing.
    expect((await page('/search?q=武威&offset=400')).body).not.toContain('Nothing found');
    // The heading says what was asked for in the script it was typed in, on a page of either language.
    expect(traditional).toContain('<h1>Results for “<bdi lang="zh-Hant">張掖</bdi>”</h1>');
    expect((await page('/search?q=張掖&lang=zh')).body).toMatch(/<h1>“<bdi lang="zh-Hant">張掖<\/bdi>”[^<]+<\/h1>/);
    expect((await page('/search?q=wuwei&lang=zh')).body).toMatch(/<h1>“<bdi lang="en">wuwei<\/bdi>”/);
    // A passage's hit links once, named by its id and article, not twice, the second time by its id alone.
    const passages = (await page(`/search?type=passage&q=${encodeURIComponent('营商环境')}`)).body;
    const hit = /<li><p class="hit-head">[\s\S]*?<\/li>/.exec(passages)?.[0] ?? '';
    expect(hit.match(/<a href=/g)).toHaveLength(1);
    // …by its article's headline in the reader's language, and an English reader is given the passage's translation.
    const [, source, id] = /<a href="\/sources\/(\d{3})#(\d{3}-p\d{3})">/.exec(hit) ?? [];
    const [article, passage] = [
      await json<{ title_en: string; title_zh: string }>(`/sources/${source}`),
      await json<{ text_en: string }>(`/passages/${id}`),
    ];
    expect(hit).toContain(`<a href="/sources/${source}#${id}">${id} · <span lang="en">${html(article.title_en)}</span></a>`);
    expect(hit).toContain('<p class="hit-passage" lang="en"><span class="label">English translation: </span>');
    expect(hit.replace(/<[^>]+>/g, '')).toContain(html(passage.text_en));
    const zh =
      /<li><p class="hit-head">[\s\S]*?<\/li>/.exec(
        (await page(`/search?type=passage&q=${encodeURIComponent('营商环境')}&lang=zh`)).body,
      )?.[0] ?? '';
    expect(zh).toContain(`${id} · <span lang="zh-Hans">${html(article.title_zh)}</span></a>`);
    expect(zh).not.toContain('英文译文');
  });

  it('never quotes a Simplified reading as the article’s words: it is labelled so on city and search pages', async () => {
    const zhangye = (await page('/cities/zhangye?lang=zh')).body;
    const cards = zhangye.split('class="figure-quote"').slice(1);
    expect(cards.length).toBeGreaterThan(0);
    // Zhangye's figures stand in 002, received in Traditional: each card says its text is the reading.
    for (const card of cards) expect(card.slice(0, 80)).toMatch(/^><span class="label">简体读本：<\/span><span lang="zh-Hans">/);
    // A Simplified article's words are quoted as they stand, line breaks and all (000-p014 has a heading's).
    const wuwei = (await page('/cities/wuwei?lang=zh')).body;
    expect(wuwei).not.toContain('简体读本');
    // A quote that opens with its own quotation mark is set in corner brackets, not in a second “.
    expect(wuwei).toContain('「“三抓三促”行动开展以来');
    expect(wuwei).not.toContain('““');
    expect((await page('/indicators/000-i029?lang=zh')).body).not.toContain('简体读本');
    // So in a list's quote column.
    const rows = (await page('/cities/zhangye/indicators?lang=en')).body.split('class="row-quote"').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.slice(0, 80)).toMatch(/^ lang="zh-Hans"><span class="label" lang="en">Simplified reading: <\/span>/);
    // …and a Simplified article's quote is its words, with no label.
    const own = (await page('/cities/wuwei/indicators?lang=en')).body.split('class="row-quote"').slice(1);
    expect(own.length).toBeGreaterThan(0);
    for (const row of own) expect(row.slice(0, 80)).not.toContain('Simplified reading');
    const hits = (await page(`/search?lang=zh&q=${encodeURIComponent('高臺縣')}`)).body;
    expect(hits).toContain('<p class="hit-passage"><span class="label">简体读本：</span><span lang="zh-Hans"><mark>高台县</mark>');
    // A translation matched by an English term is English, though it quotes a figure's Chinese (5.04亿元): no label, no zh tag.
    // The Chinese asked for, in an English heading, is marked Chinese.
    expect((await page(`/search?lang=en&q=${encodeURIComponent('武威')}`)).body).toMatch(
      /<h1>[^<]*“<bdi lang="zh-Hans">武威<\/bdi>”<\/h1>/,
    );
    const english = (await page('/search?lang=en&type=passage&limit=50&q=zhangye')).body;
    const quoting = english
      .split('<p class="hit-passage">')
      .slice(1)
      .find((hit) => hit.includes('5.04亿元'));
    expect(quoting).toMatch(/^<span lang="en">With the 504 million yuan/);
  });

  it('writes numbers for each language and marks Chinese inside an English page as Chinese', async () => {
    const en = (await page('/indicators/000-i031?lang=en')).body;
    // Chinese inside English sentences too (a definition, a translation, the home page), for a screen reader's voice.
    expect(en).toMatch(/\(<span lang="zh-Hans">到位资金<\/span>\)/);
    expect((await page('/cities/wuwei?lang=en')).body).toContain('(<span lang="zh-Hans">429.49亿元</span>)');
    expect((await page('/?lang=en')).body).toContain('province-wide <span lang="zh-Hans">三抓三促</span> (Three Grasps');
    // …in the metrics' definitions, the initiatives' descriptions and an error page's list of parameters too.
    expect((await page('/metrics?lang=en')).body).toMatch(/\(<span lang="zh-Hans">[^<]+<\/span>\)/);
    expect((await page('/initiatives?lang=en')).body).toMatch(/<span lang="en">[^<]*<span lang="zh-Hans">/);
    expect((await page('/indicators?year=abc&lang=en')).body).toMatch(/<td lang="en">Text search [^<]*<span lang="zh-Hans">张掖<\/span>/);
    const zh = (await page('/indicators/000-i031?lang=zh')).body;
    expect(en).toContain('42.949 billion yuan');
    expect(zh).toContain('429.49亿元');
    expect(en).toMatch(/<blockquote lang="zh-Hans"/);
    expect(zh).toMatch(/<p class="translation" lang="en">/);
    // Every link of a page whose language lang= chose keeps it.
    expect(zh).toContain('href="/cities/wuwei?lang=zh"');
    // lang= takes a language tag as Accept-Language does: zh-TW and zh-Hant read Chinese (its links say zh), en-GB English.
    for (const tag of ['zh-TW', 'zh-Hant']) {
      const tagged = await page(`/indicators/000-i031?lang=${tag}`);
      expect(tagged.response.statusCode, tag).toBe(200);
      expect(tagged.body, tag).toContain('<html lang="zh-Hans"');
      expect(tagged.body, tag).toContain('href="/cities/wuwei?lang=zh"');
    }
    expect((await page('/indicators/000-i031?lang=en-GB', { 'accept-language': 'zh' })).body).toContain('<html lang="en"');
    expect((await page('/indicators/000-i031?lang=zh_TW')).response.statusCode).toBe(400);
    // Every page tells a Traditional reader that its Simplified pages read their script as well.
    expect(zh).toContain('<p>页面用简体；搜索与核对也读繁体（張掖即张掖）。</p>');
  });
});

describe('what a reader found wanting, mended', () => {
  it('names the other articles that report an area’s figure, each linked at its passage, not its passages counted as if they were', async () => {
    const indicators = await json<{ data: Indicator[] }>('/cities/wuwei/indicators?limit=500');
    const two = indicators.data.find((i) => new Set(i.evidence.map((e) => e.source)).size > 1);
    const other = two?.evidence.find((e) => e.source !== two.evidence[0].source);
    if (!two || !other) throw new Error('no figure of Wuwei is reported by two articles');
    const link = `<a href="/sources/${other.source}#${other.id}" aria-label="Article ${other.source}, passage ${other.id}">${other.source}</a>`;
    const { body } = await page('/cities/wuwei');
    expect(body).toContain(link);
    expect(body).not.toMatch(/<\/a> \+\d/);
    // The list of indicators names them too.
    expect((await page(`/indicators?metric=${two.metric}`)).body).toContain(link);
  });

  it('lists the first 200 of an area’s figures where it has more, saying how many and linking the table of them all', async () => {
    // Wuwei's figures four times over, under ids of their own: more than the page lists.
    const databasePath = copyOfTestDatabase(scratchDirectory(), 'many.db', (db) => {
      for (const prefix of ['za', 'zb', 'zc', 'zd'])
        db.exec(
          `create temp table clone as select * from indicators where city = 'wuwei'; update clone set id = '${prefix}' || id; ` +
            'insert into indicators select * from clone; drop table clone;',
        );
    });
    await withApp({ databasePath }, async (app) => {
      const { body } = await app.inject({ url: '/cities/wuwei', headers: { accept: 'text/html' } });
      const total = (await app.inject('/cities/wuwei/indicators?limit=1&total=exact')).json().meta.total;
      expect(total).toBeGreaterThan(200);
      expect(body.match(/class="figure-card"/g)?.length).toBe(200);
      expect(body).toContain(`The first 200 of ${total} are shown here: <a href="/cities/wuwei/indicators">`);
    });
    // An area with fewer has every one, and no such words.
    const { body } = await page('/cities/wuwei');
    const own = (await json<{ meta: { total: number } }>('/cities/wuwei/indicators?limit=1&total=exact')).meta.total;
    expect(body.match(/class="figure-card"/g)?.length).toBe(own);
    expect(body).not.toContain('are shown here');
  });

  it('draws every area once on the home page, Gansu first, each within its parent', async () => {
    const body = (await page('/')).body;
    const tree = /<div class="tree">(.*?)<\/div>/s.exec(body)?.[1] ?? '';
    const cities = (await json<{ data: { slug: string; parent: string | null }[] }>('/cities?limit=500')).data;
    const links = [...tree.matchAll(/href="\/cities\/([^"?]+)"/g)].map((m) => m[1]);
    expect([...links].sort()).toEqual(cities.map((c) => c.slug).sort());
    expect(links[0]).toBe('gansu');
    // A child's item is inside its parent's: after the parent's link, before the parent's item closes.
    for (const c of cities.filter((c) => c.parent)) {
      const parentAt = tree.indexOf(`href="/cities/${c.parent}"`);
      const at = tree.indexOf(`href="/cities/${c.slug}"`);
      const before = tree.slice(parentAt, at);
      const depth = (before.match(/<li/g)?.length ?? 0) - (before.match(/<\/li>/g)?.length ?? 0);
      expect(at > parentAt && depth >= 1, c.slug).toBe(true);
    }
  });

  it('suggests at most 200 known areas in a form, the rest typed', async () => {
    const databasePath = copyOfTestDatabase(scratchDirectory(), 'areas.db', (db) => {
      const insert = db.prepare("insert into cities (slug, name_zh, name_en, level, parent) values (?, ?, ?, 'county', 'gansu')");
      for (let k = 0; k < 250; k++) insert.run(`county-${k}`, `县${k}`, `County ${k}`);
    });
    await withApp({ databasePath }, async (app) => {
      const { body } = await app.inject({ url: '/indicators', headers: { accept: 'text/html' } });
      const options = /<datalist id="f-city-list">(.*?)<\/datalist>/s.exec(body)?.[1].match(/<option /g)?.length;
      expect(options).toBe(200);
      // An area past them is still a value the form takes.
      expect((await app.inject({ url: '/indicators?city=county-249', headers: { accept: 'text/html' } })).statusCode).toBe(200);
    });
  });

  it('lists what a claim says of two figures on the check page, with links to both, in the page’s language', async () => {
    const claim = encodeURIComponent('张掖市招商局签约金额234.48亿元，高于武威市2023年新引进省外项目签约额486.79亿元');
    const zh = (await page(`/check?claim=${claim}&lang=zh`)).body;
    expect(zh).toContain('<span lang="zh-Hans">高于</span>（数字 <a href="#figure-1">1</a>、<a href="#figure-2">2</a>）：');
    expect(zh).toMatch(/<title>[^<]*比较“高于”：不符/);
    const en = (await page(`/check?claim=${claim}&lang=en`)).body;
    expect(en).toContain('<span lang="zh-Hans">高于</span> (figures <a href="#figure-1">1</a>, <a href="#figure-2">2</a>): ');
    // One the records leave open is listed as not judged, saying why, and its badge apart from not found.
    const open = encodeURIComponent('武威市2023年接待游客1962.3万人次，旅游综合收入123.1亿元，前者高于后者');
    const unjudged = (await page(`/check?claim=${open}&lang=en`)).body;
    expect(unjudged).toContain('<span class="badge v-unjudged">not judged</span> <span lang="zh-Hans">前者高于后者</span>');
    expect(unjudged).toMatch(/<title>[^<]*comparison “前者高于后者”: not judged/);
    expect((await page(`/check?claim=${open}&lang=zh`)).body).toContain('<span class="badge v-unjudged">未判断</span>');
  });

  it('links every record an explanation names on the check page, a not-found one’s too, in either language (read17)', async () => {
    const claim = encodeURIComponent('Zhangye signed 234.48 billion yuan of deals in 2023');
    const answer = await json<{ figures: { verdict: string; explanation_en: string; explanation_zh: string }[] }>(`/check?claim=${claim}`);
    expect(answer.figures[0].verdict).toBe('not_found');
    for (const lang of ['en', 'zh'] as const) {
      const named = answer.figures[0][`explanation_${lang}`].match(/\d{3}-i\d{3}/g) ?? [];
      expect(named.length, lang).toBeGreaterThan(0);
      const body = (await page(`/check?claim=${claim}&lang=${lang}`)).body;
      for (const id of named) expect(body, `${lang} ${id}`).toContain(`<a href="/indicators/${id}?lang=${lang}">${id}</a>`);
    }
    // A path the explanation writes is linked whole, not around its id.
    const supported = (await page(`/check?claim=${encodeURIComponent('武威市2023年招商引资到位资金429.49亿元')}&lang=en`)).body;
    expect(supported).toContain('<a href="/indicators/000-i031?lang=en">/indicators/000-i031</a>');
  });

  it('links from the home page only comparisons of figures of one period, which the comparison itself ranks', async () => {
    const home = (await page('/?lang=en')).body;
    const section = /<section aria-labelledby="comparisons-heading">([\s\S]*?)<\/section>/.exec(home)?.[1] ?? '';
    const links = [...section.matchAll(/href="(\/compare\?[^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const rows = (await json<{ data: { period: string | null }[] }>(link.replace(/&(?:format|lang)=[^&]*/g, ''))).data;
      expect(new Set(rows.map((r) => r.period)).size, link).toBe(1);
      expect(rows[0].period, link).not.toBeNull();
    }
  });

  it('says where the text writes no unit after a figure’s number, rather than leaving the unit row empty', async () => {
    const unwritten = (await json<{ data: { id: string }[] }>('/indicators?limit=500&fields=id,unit_zh')).data.filter(
      (r) => (r as { unit_zh?: string }).unit_zh === '',
    );
    expect(unwritten.length).toBeGreaterThan(0);
    for (const { id } of unwritten) {
      const { body } = await page(`/indicators/${id}?lang=en`);
      expect(body, id).toMatch(/<dt>Unit<\/dt><dd>none written after the number<\/dd>/);
      expect(body, id).not.toContain('<span lang="zh-Hans"></span>');
    }
  });

  it('names every area that gives a comparison’s largest figure, says when all give the same, and names none where an area gives several or none gives its period', async () => {
    const branches = new Set<string>();
    for (const query of [
      'metric=problems.resolution_time&cities=lingtai,tianzhu',
      'metric=problems.resolved&within=gansu',
      'metric=investment.funds_in_place&within=zhangye',
      'metric=projects.count&cities=gansu,jiuquan&scope=province_listed_major_projects',
      // Two figures with no period from two articles (Gansu's seminars, Wuwei's) are not ranked either; from one, they are.
      'metric=study.seminars&cities=gansu,wuwei',
    ]) {
      const rows = (
        await json<{ data: { value_base: number; city_name_en: string; period: string | null; indicator: string }[] }>(
          `/compare?${query}&limit=500`,
        )
      ).data;
      expect(rows.length, query).toBeGreaterThan(1);
      const finding = /<p class="finding">([^<]*)<\/p>/.exec((await page(`/compare?${query}&lang=en`)).body)?.[1] ?? '';
      const names = rows.map((r) => r.city_name_en);
      const several = [...new Set(names.filter((n, k) => names.indexOf(n) !== k))];
      const most = Math.max(...rows.map((r) => r.value_base));
      const largest = rows.filter((r) => r.value_base === most);
      if (several.length > 0) {
        branches.add('several');
        expect(finding, query).toMatch(/more than one figure here .* so none is called the largest\.$/);
        for (const name of several) expect(finding, query).toContain(name);
      } else if (largest.length === rows.length) {
        branches.add('same');
        expect(finding, query).toMatch(/^All the same: /);
      } else if (new Set(rows.map((r) => r.period)).size > 1) {
        // Figures of different periods are not ranked (287 projects of 2023 against 18 of 2021).
        branches.add('periods');
        expect(finding, query).toBe('These figures are of different periods (below), so none is called the largest.');
      } else if (rows[0].period === null && new Set(rows.map((r) => r.indicator.slice(0, 3))).size > 1) {
        branches.add('undated');
        expect(finding, query).toMatch(
          /^None of these figures gives its period and they come from different articles, .* none is called the largest\.$/,
        );
      } else {
        branches.add('largest');
        expect(finding, query).toMatch(/^Largest: /);
        for (const r of rows) expect(finding.includes(r.city_name_en), `${query} ${r.city_name_en}`).toBe(r.value_base === most);
      }
    }
    expect(branches).toEqual(new Set(['several', 'same', 'periods', 'undated', 'largest']));
  });

  it('says how many values a facet has beyond those it links, and links the JSON that has them all', async () => {
    const every = (await json<{ meta: { facets: Record<string, unknown[]> } }>('/indicators?facets=metric&limit=1')).meta.facets.metric;
    expect(every.length).toBeGreaterThan(40);
    const { body } = await page('/indicators?lang=en');
    const panel = /<summary>Metric<span class="count">[^<]*<\/span><\/summary>(.*?)<\/details>/s.exec(body)?.[1] ?? '';
    expect(panel.match(/<li>/g)?.length).toBe(40);
    const note = /<p class="note">(\d+) more not shown: <a href="([^"]+)"/.exec(panel);
    expect(Number(note?.[1])).toBe(every.length - 40);
    const linked = (await app().inject(String(note?.[2]).replaceAll('&amp;', '&'))).json();
    expect(linked.meta.facets.metric).toEqual(every);
  });

  it('writes a base value again in a reader’s words only where that says more: a magnitude, Chinese, or a unit code that is no word, so no code stands unread', async () => {
    const baseValue = async (id: string, lang: string) => {
      const { body } = await page(`/indicators/${id}?lang=${lang}`);
      const row = /<dt>(?:Base value|基本单位数值)<\/dt>\s*<dd>(.*?)<\/dd>/s.exec(body)?.[1] ?? '';
      return row.replace(/<[^>]+>/g, '');
    };
    const [percent] = (await json<{ data: Indicator[] }>('/indicators?unit=percent&limit=1')).data;
    const [millions] = (await json<{ data: Indicator[] }>('/indicators?unit=CNY&min=10000000&limit=1')).data;
    if (!percent || !millions) throw new Error('no percentage, or no sum of ten million yuan or more');
    expect(await baseValue(percent.id, 'en')).toBe(`${percent.value_base} percent`);
    expect(await baseValue(millions.id, 'en')).toMatch(/^[\d,.]+ CNY \([\d.]+ (million|billion) yuan\)$/);
    const [count] = (await json<{ data: Indicator[] }>('/indicators?unit=count&limit=1')).data;
    const [persons] = (await json<{ data: Indicator[] }>('/indicators?unit=persons&max=9999&limit=1')).data;
    if (!count || !persons) throw new Error('no count, or no number of people under ten thousand');
    expect(await baseValue(percent.id, 'zh')).toBe(`${percent.value_base} percent (百分比)`);
    expect(await baseValue(count.id, 'zh')).toBe(`${count.value_base.toLocaleString('zh-CN')} count (个数)`);
    expect(await baseValue(count.id, 'en')).toBe(`${count.value_base.toLocaleString('en-US')} count`);
    // Every unit the data has reads in Chinese on a Chinese page.
    const all = (await json<{ data: (Indicator & { unit: string })[] }>('/indicators?limit=500')).data;
    for (const unit of new Set(all.map((i) => i.unit))) {
      const one = all.find((i) => i.unit === unit) as Indicator & { unit: string };
      expect(await baseValue(one.id, 'zh'), unit).toMatch(/\(.*\p{Script=Han}.*\)$/u);
    }
    expect(await baseValue(persons.id, 'zh')).toMatch(/^[\d,]+ persons \(\d+人\)$/);
    expect(await baseValue(persons.id, 'en')).toMatch(/^[\d,]+ persons$/);
    // A unit whose code is no English word (percentage_points, person_times) is said in words beside it.
    for (const unit of new Set(all.map((i) => i.unit))) {
      const one = all.find((i) => i.unit === unit) as Indicator & { unit: string };
      const read = await baseValue(one.id, 'en');
      if (unit.includes('_')) expect(read, unit).toMatch(/\(.+\)$/);
    }
    const [points] = (await json<{ data: Indicator[] }>('/indicators?unit=percentage_points&limit=1')).data;
    expect(await baseValue(points.id, 'en')).toBe(`${points.value_base} percentage_points (percentage points)`);
    // One of a unit in the singular (1 working day), as an explanation of /check says it.
    const [day] = (await json<{ data: Indicator[] }>('/indicators?unit=working_days&max=1&limit=1')).data;
    expect(await baseValue(day.id, 'en')).toBe('1 working_days (working day)');
  });

  it('gives an English reader each quote of an area’s figures with its translation beside the Chinese', async () => {
    const indicators = (await json<{ data: Indicator[] }>('/cities/zhangye/indicators?limit=500')).data;
    const [en, zh] = [(await page('/cities/zhangye?lang=en')).body, (await page('/cities/zhangye?lang=zh')).body];
    for (const i of indicators) {
      const quote = i.evidence.find((e) => e.text_zh_hans.includes(i.value_text)) ?? i.evidence[0];
      expect(unmarked(en), i.id).toContain(`<span class="figure-translation">${html(quote.text_en)}</span>`);
    }
    expect(zh).not.toContain('figure-translation');
  });

  it('gives an article’s note and its repairs’ notes in the reader’s language', async () => {
    type Note = { note: string | null; note_zh: string | null };
    const source = await json<Note & { repairs: Note[] }>('/sources/002');
    expect(source.note_zh).toBeTruthy();
    expect(source.repairs.length).toBeGreaterThan(0);
    const [zh, en] = [(await page('/sources/002?lang=zh')).body, (await page('/sources/002?lang=en')).body];
    for (const n of [source, ...source.repairs]) {
      expect(zh).toContain(html(n.note_zh ?? 'no Chinese note'));
      // The Chinese in an English note is marked as Chinese (unmarked: its words as written).
      expect(unmarked(en)).toContain(html(n.note ?? 'no note'));
      expect(en).not.toContain(html(n.note_zh ?? ''));
    }
    expect(en).toContain('After <span lang="zh-Hans">重獎</span>, ');
  });

  it('describes a project in the reader’s language first, the other beside it', async () => {
    const projects = (
      await json<{ data: { id: string; description_zh: string | null; description_en: string | null }[] }>('/projects?limit=500')
    ).data;
    expect(projects.every((p) => (p.description_zh === null) === (p.description_en === null))).toBe(true);
    for (const p of projects.filter((p) => p.description_zh).slice(0, 5)) {
      const [zh, en] = [`<p lang="zh-Hans">${html(p.description_zh ?? '')}</p>`, `<p lang="en">${html(p.description_en ?? '')}</p>`];
      expect(unmarked((await page(`/projects/${p.id}?lang=zh`)).body), p.id).toContain(`${zh}${en}`);
      expect(unmarked((await page(`/projects/${p.id}?lang=en`)).body), p.id).toContain(`${en}${zh}`);
    }
  });

  it('leads from an area with no record of its own to the records that name it', async () => {
    for (const slug of ['gangu', 'wuwei']) {
      let own = 0;
      for (const type of ['indicators', 'initiatives', 'complaints', 'projects'])
        own += (await json<{ meta: { total: number } }>(`/${type}?city=${slug}&limit=1`)).meta.total;
      const { body } = await page(`/cities/${slug}`);
      expect(body.includes('No record is filed under this area'), slug).toBe(own === 0);
      if (own > 0) continue;
      const link = body.match(/No record is filed under this area[^<]*<a href="([^"]+)">/)?.[1].replaceAll('&amp;', '&') ?? '';
      // The search it links finds records of other areas that name it (Gansu's complaint about 华能甘谷).
      const hits = await json<{ data: { type: string }[] }>(link.replace('lang=en', 'format=json'));
      expect(hits.data.filter((h) => h.type !== 'city' && h.type !== 'passage').length, slug).toBeGreaterThan(0);
    }
  });

  it('says a figure once in the reader’s tips where its reader’s form adds nothing, and names levels as levels', async () => {
    const reader = (await page('/sources/002')).body;
    expect(reader).toContain('56项');
    expect(reader).not.toContain('56项 (56)');
    expect((await page('/cities/beijing')).body).toContain('provincial-level');
  });

  it('shows a figure as its article writes it, hedge and all, and marks its number only where it stands', async () => {
    // The value and unit recorded are 80 and 万人次; the article writes 80多万人次.
    const { body } = await page('/indicators/000-i015');
    expect(body).toContain('<span class="written" lang="zh-Hans">80多万人次</span>');
    expect(body).not.toContain('<span class="written" lang="zh-Hans">80万人次</span>');
    // Its title says it so too, and the Chinese figure gives its hedge once (not 超过 80多万人次).
    expect(body).toMatch(/<title>[^<]*\(80多万人次\)/);
    const zh = (await page('/indicators/000-i015', { 'accept-language': 'zh-CN' })).body;
    expect(zh).toContain('<p class="value"><span class="written" lang="zh-Hans">80多万人次</span></p>');
    // 千万千瓦: the first 千 is the figure's, the second the unit's (千瓦).
    const quote = await json<Indicator>('/indicators/002-i056');
    expect(quote.value_text).toBe('千');
    const marked = (await page('/indicators/002-i056')).body.match(/<blockquote[\s\S]*?<\/blockquote>/)?.[0] ?? '';
    expect(marked.match(/<mark>/g)).toHaveLength(1);
    // Its hedge (级, about) stands before it as Chinese writes it, with no space.
    expect((await page('/indicators/002-i056', { 'accept-language': 'zh-CN' })).body).toContain(
      '<span class="qualifier">约</span><span class="written"',
    );
    // A rank's 第一 is a figure; the article reader links 一获进步奖's 一, not 唯一's.
    expect((await page('/indicators/000-i026')).body.match(/<blockquote[\s\S]*?<\/blockquote>/)?.[0]).toContain('<mark>一</mark>');
    expect((await page('/sources/001')).body).not.toContain('唯<a href="/indicators/001-i074"');
  });

  it('paging past the end says so and leads back to the last page that has rows', async () => {
    const { body } = await page('/indicators?limit=50&offset=300');
    const total = (await json<{ meta: { total: number } }>('/indicators?limit=1')).meta.total;
    expect(body).toContain(`${total} rows; this page is past the last of them`);
    // …once, and not that nothing matches, on a list or a comparison: rows do, only not on this page.
    expect(body.split('this page is past the last of them').length - 1).toBe(1);
    // A page with rows has its paging above and below them.
    expect((await page('/indicators?limit=50')).body.split('class="paging"').length - 1).toBe(2);
    // One navigation landmark between pages where there are others to go to; a list on one page has its count alone.
    expect((await page('/indicators?limit=50')).body.match(/<nav class="paging" aria-label="Pages">/g)).toHaveLength(1);
    expect((await page('/complaints')).body).toContain('<div class="paging"><p>Showing 1–');
    // …and an area's measures are sections found by their headings, none a landmark of its own (fifty-odd would be).
    expect((await page('/cities/wuwei')).body).toMatch(/<section class="metric-group"><h3 id="m-/);
    expect(body).not.toContain('No rows match.');
    const compared = (await page('/compare?metric=projects.total_investment&within=gansu&limit=2&offset=10')).body;
    expect(compared).toContain('past the last of them');
    expect(compared).not.toContain('There is nothing to compare.');
    // Nothing matched: said once, not as a page of nothing.
    const none = (await page('/indicators?city=wuwei&year=2019')).body;
    expect(none).toContain('No rows match.');
    expect(none).not.toContain('0–0');
    expect(body).toContain(`offset=${Math.floor((total - 1) / 50) * 50}`);
    expect(body).not.toMatch(/Showing 301–/);
    // A filter that matches nothing is no page past the end.
    expect((await page('/indicators?min=1e20')).body).not.toContain('past the last');
  });

  it('an article names who made it and when, with no empty separators', async () => {
    const source = await json<{ authors: { name: string }[] }>('/sources/004');
    const article = (await page('/sources/004')).body;
    for (const a of source.authors) expect(article).toContain(a.name);
    expect(article).toMatch(/Published: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/);
    // So does a quote's footer, a figure's list of articles and the home page: in words, in the page's language.
    for (const [path, words] of [
      ['/indicators/001-i030', /Published: \d{1,2} [A-Z][a-z]+ \d{4}/],
      ['/indicators/001-i030?lang=zh', /发布时间：\d{4}年\d{1,2}月\d{1,2}日/],
      ['/?lang=en', /<small>\d{1,2} [A-Z][a-z]+ \d{4}/],
    ] as const) {
      const body = (await page(path)).body;
      expect(body, path).toMatch(words);
      expect(body, path).not.toMatch(/(Published: |发布时间：|<small>| · )\d{4}-\d{2}-\d{2}/);
    }
    // A byline of three, joined as each language lists names.
    const names = (await json<{ authors: { name: string }[] }>('/sources/000')).authors.map((a) => a.name);
    expect(names).toHaveLength(3);
    // Each name marked Chinese on an English page (the roles English), none on a Chinese one.
    expect((await page('/sources/000')).body).toContain(names.map((n) => `<span lang="zh-Hans">${n}</span>`).join(', '));
    expect((await page('/sources/000?lang=zh')).body).toContain(`<p>${names.join('、')} · `);
    expect((await page('/sources/004')).body).toMatch(
      /<span lang="zh-Hans">[^<]+<\/span> \(reporter\), <span lang="zh-Hans">[^<]+<\/span> \(editor\)/,
    );
    expect((await page('/sources')).body).not.toMatch(/·\s*·/);
  });

  it('a figure is written once where the reader’s terms are the text’s, and its qualifier once', async () => {
    const zh = (await page('/cities/wuwei?lang=zh')).body;
    expect(zh).not.toMatch(/429\.49亿元<\/span> <span class="sep">=<\/span> <span class="normalized">429\.49亿元/);
    const en = (await page('/cities/wuwei')).body;
    expect(en).not.toMatch(/no period given; more than/);
    expect((await page('/indicators/000-i031')).body).toMatch(/<title>[^<]*: 42\.949 billion yuan \(429\.49亿元\)/);
  });

  it('two bars of one area and period in a chart name their records; an excluded digit run can take focus', async () => {
    const compared = await json<{ data: { city: string; period: string | null; indicator: string }[] }>(
      '/compare?metric=problems.resolved&cities=gansu,wuwei',
    );
    const seen = new Map<string, number>();
    for (const r of compared.data) seen.set(`${r.city} ${r.period}`, (seen.get(`${r.city} ${r.period}`) ?? 0) + 1);
    const twice = compared.data.filter((r) => (seen.get(`${r.city} ${r.period}`) ?? 0) > 1);
    expect(twice.length).toBeGreaterThan(1);
    const chart = (await page('/compare?metric=problems.resolved&cities=gansu,wuwei')).body;
    for (const r of twice) expect(chart).toContain(`>${r.indicator}</text>`);
    // …and is described by its note, which a screen reader does not read into the sentence at each digit run.
    const reader = (await page('/sources/000')).body;
    const excluded = [
      ...reader.matchAll(
        /<span class="excluded" role="term" tabindex="0" aria-describedby="(tip-\d+)">[^<]+<span class="tip" id="([^"]+)" role="tooltip"[^>]*aria-hidden="true">/g,
      ),
    ];
    expect(excluded.length).toBeGreaterThan(0);
    for (const m of excluded) expect(m[2]).toBe(m[1]);
    expect(reader.match(/class="excluded"/g)?.length).toBe(excluded.length + 1); // and the legend's sample
  });
  it('writes a figure in its article’s tooltip as the article writes it, its hedge included (5000余场次)', async () => {
    const { data } = await json<{ data: Indicator[] }>('/indicators?source=000&qualifier=more_than&limit=500');
    const reader = (await page('/sources/000?lang=en')).body;
    const tips = [...reader.matchAll(/role="tooltip"[^>]*>(.*?)<\/span><\/span>/g)].map((m) => m[1].replace(/<\/?span[^>]*>/g, ''));
    // Its Chinese marked as Chinese in an English page, and its link named by what it measures, not its digits alone.
    expect(reader).toMatch(/role="tooltip" lang="en"[^>]*>[^<]*<span lang="zh-Hans">/);
    for (const i of data) expect(reader).toContain(`aria-label="${i.value_text}: ${html(i.label_en)}"`);
    let hedged = 0;
    for (const i of data) {
      const written = new RegExp(`${i.value_text}[余多]${i.unit_zh}`).exec(i.evidence[0].text_zh_hans)?.[0];
      if (!written) continue;
      hedged++;
      expect(
        tips.some((tip) => tip.includes(`: ${written} (`)),
        i.id,
      ).toBe(true);
    }
    expect(hedged).toBeGreaterThan(0);
  });
  it('offers to compare only areas with a figure the comparison sets side by side: every area of the link has one', async () => {
    const { data } = await json<{ data: { id: string }[] }>('/indicators?limit=500&fields=id');
    let links = 0;
    for (const { id } of data) {
      const link = /<a href="(\/compare\?[^"]+)">Compare these/.exec((await page(`/indicators/${id}?lang=en`)).body)?.[1];
      if (!link) continue;
      links++;
      const answer = await json<{ data: unknown[]; meta: { without: string[] } }>(
        link.replaceAll('&amp;', '&').replace('lang=en', 'format=json'),
      );
      expect(answer.meta.without, `${id}: ${link}`).toEqual([]);
      expect(answer.data.length, `${id}: ${link}`).toBeGreaterThan(1);
    }
    expect(links).toBeGreaterThan(20);
    // A metric's page offering a comparison of one scope says which, and how many figures it sets side by side (pages14).
    const metric = (await page('/metrics/investment.funds_in_place?lang=en')).body;
    const [, href, scope, count] =
      /<a href="(\/compare\?[^"]+)">Compare these<\/a> \(scope <code>([\w]+)<\/code>, (\d+) figures\)/.exec(metric) ?? [];
    const compared = await json<{ data: unknown[]; meta: { scope: { scope: string } } }>(
      href.replaceAll('&amp;', '&').replace('lang=en', 'format=json'),
    );
    expect([compared.meta.scope.scope, compared.data.length]).toEqual([scope, Number(count)]);
  });
  it('links each list row’s articles in order, initiatives’ as projects’', async () => {
    for (const list of ['/initiatives', '/projects']) {
      const body = (await page(`${list}?lang=zh&limit=100`)).body;
      const cells = [...body.matchAll(/<td data-label="来源文章">(.*?)<\/td>/g)].map((m) => m[1]);
      expect(cells.length, list).toBeGreaterThan(0);
      for (const cell of cells) {
        const linked = [...cell.matchAll(/<a href="\/sources\/(\d{3})\?lang=zh#\1-p\d+"[^>]*>\1<\/a>/g)].map((m) => m[1]);
        expect(linked.length, `${list}: ${cell}`).toBeGreaterThan(0);
        expect(linked, `${list}: ${cell}`).toEqual([...linked].sort());
      }
    }
  });
});

describe('what is tied to an initiative', () => {
  type Named = {
    id: string;
    name_en?: string;
    title_en?: string;
    initiative?: string | null;
    part_of?: string | null;
    initiatives?: string[];
  };
  it('is linked from its page, every way the data ties it: initiatives within it, complaints under it, projects tied to it (read17)', async () => {
    const all = async (path: string) => (await json<{ data: Named[] }>(`${path}?limit=500`)).data;
    const [initiatives, complaints, projects] = [await all('/initiatives'), await all('/complaints'), await all('/projects')];
    const tiedTo = (id: string) =>
      [
        ['parts', '/initiatives', initiatives.filter((r) => r.part_of === id)],
        ['complaints', '/complaints', complaints.filter((r) => r.initiative === id)],
        ['projects', '/projects', projects.filter((r) => r.initiatives?.includes(id))],
      ] as const;
    let seen = 0;
    for (const { id } of initiatives) {
      const body = (await page(`/initiatives/${id}?lang=en`)).body;
      for (const [section, path, records] of tiedTo(id)) {
        const part = body.match(new RegExp(`<section aria-labelledby="${section}-heading">[\\s\\S]*?</section>`))?.[0];
        if (records.length === 0) {
          expect(part, `${id} ${section}`).toBeUndefined();
          continue;
        }
        seen += 1;
        const linked = [...(part ?? '').matchAll(new RegExp(`<a href="${path}/([^"?]+)\\?lang=en">`, 'g'))].map((m) => m[1]);
        expect(linked.sort(), `${id} ${section}`).toEqual(records.map((r) => r.id).sort());
      }
    }
    // The campaign has parts and complaints, and some initiative has projects: each kind of section was read.
    expect(seen).toBeGreaterThanOrEqual(3);
    // The list a section offers is the same set, by the filter the API gives (projects' initiative= too).
    const tied = await json<{ data: Named[] }>('/projects?initiative=ganzhou-three-lists');
    expect(tied.data.map((r) => r.id).sort()).toEqual(
      tiedTo('ganzhou-three-lists')[2][2]
        .map((r) => r.id)
        .sort(),
    );
    expect(tied.data.length).toBeGreaterThan(0);
  });

  it('is named on a complaint’s page, linked', async () => {
    for (const complaint of (await json<{ data: Named[] }>('/complaints')).data) {
      const body = (await page(`/complaints/${complaint.id}?lang=en`)).body;
      if (complaint.initiative)
        expect(body, complaint.id).toMatch(new RegExp(`<dt>Initiative</dt><dd><a href="/initiatives/${complaint.initiative}\\?lang=en">`));
      else expect(body, complaint.id).not.toContain('<dt>Initiative</dt>');
    }
  });
});

describe('the filter form in Chinese', () => {
  const FORMS = [
    '/indicators',
    '/cities/wuwei/indicators',
    '/initiatives',
    '/cities/zhangye/initiatives',
    '/complaints',
    '/projects',
    '/cities/zhangye/projects',
    '/passages',
    '/metrics',
    '/search?q=武威',
    '/compare?metric=investment.funds_in_place&cities=wuwei,gansu',
  ];

  it('helps every field in Chinese on a Chinese page, and in the API’s English on an English one', async () => {
    let fields = 0;
    for (const url of FORMS) {
      const at = `${url}${url.includes('?') ? '&' : '?'}`;
      const zh = (await page(`${at}lang=zh`)).body;
      const hints = [...zh.matchAll(/<small id="f-([\w-]+)-hint" class="hint"( lang="en")?>([^<]*)<\/small>/g)];
      expect(hints.length, `${url}: a form with its help`).toBeGreaterThan(0);
      const english = hints.filter((h) => h[2]).map((h) => h[1]);
      expect(english, `${url}: fields with English help only`).toEqual([]);
      for (const [, , , text] of hints) expect(text, url).toMatch(/[\u4e00-\u9fff]/);
      fields += hints.length;
      const en = (await page(`${at}lang=en`)).body;
      expect([...en.matchAll(/class="hint" lang="en">/g)].length, url).toBe(hints.length);
    }
    expect(fields).toBeGreaterThan(50);
  });

  it('helps a reader in words of the page, not the JSON’s fields a page never shows (read17), and keeps the rest of each hint', async () => {
    let kept = 0;
    for (const url of [...FORMS, '/cities/wuwei/indicators?year=abc']) {
      const at = `${url}${url.includes('?') ? '&' : '?'}`;
      for (const lang of ['zh', 'en']) {
        const body = (await page(`${at}lang=${lang}`)).body;
        const hints = [...body.matchAll(/<small id="f-[\w-]+-hint" class="hint"[^>]*>([\s\S]*?)<\/small>/g)].map((m) => m[1]);
        for (const hint of hints) {
          expect(hint, `${url} ${lang}`).not.toMatch(/\bmeta\./);
          // What is left reads as sentences: no mark left doubled or leading, and a period's open end kept (2023-02-13/..).
          expect(hint, `${url} ${lang}`).not.toMatch(/(?<![/.])[.。]\s*[.。,，;；](?![./])|^[,，;；]/u);
          if (hint.includes('2023-02-13/')) expect(hint, `${url} ${lang}`).toMatch(/2023-02-13\/\.\. .*\.\.\/2024-02-18/u);
        }
        kept += hints.filter((h) => /retired key answers as the key it became|按其现在所指的代码/.test(h)).length;
      }
    }
    // The metric's hint keeps what a reader can act on, without the field that says it.
    expect(kept).toBeGreaterThan(1);
  });

  it('names every field in Chinese, and total= by how far it counts, not as a qualifier', async () => {
    // An error page's form shows every parameter of its route.
    const zh = (await page('/cities/wuwei/indicators?year=abc&lang=zh')).body;
    const labels = [...zh.matchAll(/<label for="f-([\w-]+)">([^<]*)<\/label>/g)];
    expect(labels.map((l) => l[1])).toEqual(expect.arrayContaining(['limit', 'offset', 'total', 'facets', 'fields']));
    for (const [, name, label] of labels) expect(label, name).toMatch(/[\u4e00-\u9fff]/);
    // A phone offers digits for a whole number, digits and a point for a decimal.
    expect(zh).toMatch(/id="f-year"[^>]*inputmode="numeric"/);
    expect(zh).toMatch(/id="f-min"[^>]*inputmode="decimal"/);
    expect(zh).toContain('<option value="exact">逐行全部计数</option>');
    // facets= offers fields, named as the form names them.
    expect(zh).toContain('<option value="qualifier">限定 (qualifier)</option>');
    expect((await page('/cities/wuwei/indicators?year=abc&lang=en')).body).toContain(
      '<option value="bounded">count up to about 10,000</option>',
    );
  });
});

describe('the filter form in English', () => {
  it('names every field and unit in English words on an English page, the parameter beside a word that is not its name', async () => {
    // An error page's form shows every parameter of its route.
    const en = (await page('/cities/wuwei/indicators?year=abc&lang=en')).body;
    const labels = Object.fromEntries([...en.matchAll(/<label for="f-([\w-]+)">([^<]*)<\/label>/g)].map((l) => [l[1], l[2]]));
    expect(Object.keys(labels)).toEqual(expect.arrayContaining(['year', 'from', 'reported_from', 'min', 'max', 'sort', 'q', 'limit']));
    for (const [name, label] of Object.entries(labels)) expect(label, name).not.toBe(name);
    expect(labels).toMatchObject({ year: 'Year', reported_from: 'Reported from', min: 'Lowest value (min)', q: 'Search (q)' });
    const list = (await page('/cities/wuwei/indicators?year=2023&lang=en')).body;
    expect(list).toContain('<option value="percentage_points">percentage points</option>');
    expect(list).toContain('<option value="person_times">person-times</option>');
    expect(list).toMatch(/unit=person_times[^"]*">person-times <span class="count">/);
    expect(list).not.toMatch(/>(percentage_points|person_times)\b/);
  });
});

describe('what a Chinese reader found wanting, mended', () => {
  it('names a select’s options in Chinese, and gives an excluded number’s reason without the curators’ English notes', async () => {
    const zh = { 'accept-language': 'zh-CN' };
    const search = (await page('/search?q=%E5%BC%A0%E6%8E%96', zh)).body;
    expect(search).toContain('<option value="indicator">指标</option>');
    const list = (await page('/indicators', zh)).body;
    expect(list).toContain('<option value="person_times">人次</option>');
    expect(list).toContain('<option value="true">是</option>');
    // The note of figures a year left out, on a comparison as on a list, with a Chinese colon.
    const compared = (await page('/compare?metric=investment.funds_in_place&within=gansu&scope=out_of_province&year=2023', zh)).body;
    expect(compared).toMatch(/<p class="note">2 条未注明时间的数据因时间筛选被排除：<a href="\/indicators\?[^"]*undated=true/);
    // An area typed by its name is said to be that area, whose code the parameter takes, in Chinese (pages14: 没有“武威”这个地区).
    const named = (await page(`/compare?metric=investment.funds_in_place&cities=${encodeURIComponent('武威')}`, zh)).body;
    expect(named).toContain('“武威”即地区 wuwei：cities= 请用其代码 wuwei');
    // With no scope asked, those of every scope, which the scope compared may leave out anyway, are said to be so (pages14).
    const anyScope = (await page('/compare?metric=investment.funds_in_place&cities=wuwei,zhangye,jiuquan&year=2023', zh)).body;
    expect(anyScope).toMatch(
      /<p class="note">1 条未注明时间的该度量数据（不论口径）不在按年份的比较中：<a href="\/indicators\?[^"]*undated=true/,
    );
    // 发布时间: 2024/02/18 (publication date line) is 001's; a Chinese page says it is a date, in Chinese.
    const reader = (await page('/sources/001', zh)).body;
    expect(reader).not.toContain('publication date line');
    expect((await page('/sources/001')).body).toContain('publication date line');
  });

  it('shows each figure beside the quote that holds its number, with the number marked', async () => {
    const url = '/cities/wuwei/indicators?limit=500';
    const list = await json<{ data: Indicator[] }>(url);
    // Among them figures whose record also cites a passage standing earlier in the article.
    expect(list.data.filter((i) => i.evidence.some((e) => e.start < i.evidence[0].start)).length).toBeGreaterThan(0);
    const rows = (await page(url)).body.split('<tr');
    for (const i of list.data) {
      const row = rows.find((r) => r.includes(`href="/indicators/${i.id}"`)) ?? '';
      expect(row, i.id).toContain(`#${i.evidence[0].id}"`);
      expect(row, i.id).toContain(`<mark>${i.value_text}</mark>`);
    }
  });

  it('says a case resolved within a span of days resolved between them, not over them; a day as the day', async () => {
    const cases = (await json<{ data: { id: string; resolved_on: string | null }[] }>('/complaints?limit=100')).data;
    const span = cases.find((c) => c.resolved_on?.includes('/'));
    const day = cases.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.resolved_on ?? ''));
    if (!span?.resolved_on || !day) throw new Error('a case resolved within a span, and one on a day');
    const [from, to] = span.resolved_on.split('/');
    const resolved = async (id: string, lang: string) =>
      /<dt>(?:Resolved|解决时间)<\/dt><dd>([^<]*)<\/dd>/.exec((await page(`/complaints/${id}?lang=${lang}`)).body)?.[1];
    expect(await resolved(span.id, 'en')).toBe(`between ${dateWords(from, 'en')} and ${dateWords(to, 'en')}`);
    expect(await resolved(span.id, 'zh')).toBe(`${dateWords(from, 'zh')}至${dateWords(to, 'zh')}之间`);
    expect(await resolved(day.id, 'en')).toBe(dateWords(day.resolved_on ?? '', 'en'));
  });

  it('puts the reader’s language first in a record’s two-language texts, and names units and descriptions in Chinese', async () => {
    const complaint = await json<{ problem_zh: string; problem_en: string }>('/complaints/000-c01');
    for (const [lang, first, second] of [
      ['zh', complaint.problem_zh, complaint.problem_en],
      ['en', complaint.problem_en, complaint.problem_zh],
    ] as const) {
      const body = (await page(`/complaints/000-c01?lang=${lang}`)).body;
      expect(body.indexOf(html(first)), lang).toBeGreaterThan(0);
      expect(body.indexOf(html(first)), lang).toBeLessThan(body.indexOf(html(second)));
    }
    const initiatives = await json<{ data: { description_zh: string | null }[] }>('/initiatives?limit=500');
    const described = initiatives.data.filter((i) => i.description_zh);
    expect(described.length).toBeGreaterThan(0);
    const listed = (await page('/initiatives?limit=500&lang=zh')).body;
    for (const i of described) expect(listed).toContain(html(i.description_zh as string));
    // The unit facet names units in Chinese: 人次, not person_times.
    const facets = (await page('/indicators?lang=zh')).body;
    expect(facets).toMatch(/unit=person_times[^>]*>人次/);
  });

  it('names the rows a facet has no value for, and links the undated to undated=true', async () => {
    const undated = (await json<{ meta: { total: number } }>('/indicators?undated=true&limit=1')).meta.total;
    expect(undated).toBeGreaterThan(0);
    const body = (await page('/indicators?lang=zh')).body;
    expect(body).toContain(`<a href="/indicators?undated=true&amp;lang=zh">未注明时间 <span class="count">${undated}</span></a>`);
    expect(body).toMatch(/<li>无 <span class="count">\d+<\/span><\/li>/);
    expect(body).not.toMatch(/<li>— <span class="count">/);
    // Chosen, the undated and the metric exactly link to the list without them, as a chosen value does.
    const chosen = (await page('/indicators?undated=true&scope=none,out_of_province&lang=en')).body;
    expect(chosen).toContain('<a href="/indicators?scope=none%2Cout_of_province&amp;lang=en" aria-current="true">no period given');
    expect(chosen).toContain(
      '<a href="/indicators?undated=true&amp;scope=out_of_province&amp;lang=en" aria-current="true">the metric exactly',
    );
    // A search counts results, a list rows.
    const found = (await page('/search?q=张掖&lang=zh')).body;
    expect(found).toMatch(/共 \d+ 条结果，显示第 1–\d+ 条/);
    expect((await page('/search?q=张掖')).body).toMatch(/Showing 1–\d+ of \d+ results/);
  });

  it('names the site by the dataset’s own title in either language, as its data package does (arch15)', async () => {
    const { title } = (await app().inject('/datapackage.json')).json() as { title: string };
    for (const lang of ['zh', 'en']) {
      const site = /<title>[^<]* · ([^<]+)<\/title>/.exec((await page(`/?lang=${lang}`)).body)?.[1];
      expect(site, lang).toBeTruthy();
      expect(title, lang).toContain(String(site));
    }
  });

  it('shows a Chinese reader the Chinese text first, open, then GB/T 7714, and an English reader the plain text', async () => {
    const citationOf = async (lang: string) => {
      const body = (await page(`/indicators/000-i031?lang=${lang}`)).body;
      return body.slice(body.indexOf('<section class="citation"'));
    };
    // The Chinese text carries the quote and where it stands, which a GB/T 7714 reference has no place for (pages14).
    expect(await citationOf('zh')).toMatch(
      /^<section class="citation"[^>]*><h2[^>]*>[^<]*<\/h2><details open><summary>纯文本（中文）<\/summary><pre id="cite-text-zh">[^<]*引文：“[^<]*<\/pre>.*?<details><summary>GB\/T 7714<\/summary>/s,
    );
    expect(await citationOf('en')).toMatch(
      /^<section class="citation"[^>]*><h2[^>]*>[^<]*<\/h2><details open><summary>Plain text<\/summary><pre id="cite-text">/,
    );
    // A record page's "Cite" beside JSON leads to that box (whose formats link their files), not to a raw text file.
    for (const path of [
      '/indicators/000-i031',
      '/initiatives/attract-big-strong-leading',
      '/complaints/000-c01',
      '/projects/banqiao-beitan-100mw-wind-farm',
    ]) {
      const body = (await page(`${path}?lang=zh`)).body;
      expect(body, path).toMatch(/ · <a href="#cite-heading">引用<\/a><\/p>/);
      expect(body, path).toContain('<h2 id="cite-heading">');
      expect(body, path).toContain(`<a href="${path}/cite?format=text">`);
    }
  });

  it('offers no empty filter form on a list with nothing to filter by', async () => {
    const scopes = (await page('/scopes?lang=zh')).body;
    expect(scopes).toContain('<table');
    expect(scopes).not.toContain('class="query-form"');
    expect(scopes).not.toContain('href="#filters"');
    expect((await page('/indicators?lang=zh')).body).toContain('class="query-form"');
    // A list without facets has its form above the rows and no column beside them.
    const initiatives = (await page('/initiatives?lang=zh')).body;
    expect(initiatives).toContain('<section class="filters-above" id="filters"');
    expect(initiatives).toContain('class="list-layout alone"');
    expect(initiatives).not.toContain('class="list-side"');
  });
});

describe('a cleared form', () => {
  it('is a page that asks again, for /compare and /search, and a 400 saying what is required to a program', async () => {
    for (const [url, word] of [
      ['/compare', /Choose a metric and some areas/],
      ['/search?lang=zh', /一个字也可以/],
    ] as const) {
      const { response, body } = await page(url);
      expect(response.statusCode, url).toBe(200);
      expect(body, url).toMatch(word);
      expect(body, url).toMatch(/<form /);
    }
    // Each comparable metric is a comparison that answers.
    const links = [...(await page('/compare')).body.matchAll(/href="(\/compare\?metric=[^"]+)"/g)].map((m) =>
      m[1].replaceAll('&amp;', '&'),
    );
    expect(links.length).toBeGreaterThan(3);
    expect((await page(links[0])).response.statusCode).toBe(200);
    // A comparison of one scope says which, as its link asks for it (page20: out-of-province funds read as all funds).
    const blank = (await page('/compare?lang=en')).body;
    for (const [, scope, after] of blank.matchAll(
      /href="\/compare\?[^"]*scope=([a-z_]+)[^"]*">[^<]*<\/a>\s*<small>[^<]*<\/small>\s*<small>([^<]*)/g,
    )) {
      const named = (await json<{ name_en: string }>(`/scopes/${scope}`)).name_en;
      expect(after, scope).toBe(` (${named})`);
    }
    expect(blank).toMatch(/scope=out_of_province[^"]*">[^<]*<\/a>\s*<small>[^<]*<\/small>\s*<small> \(/);
    const program = await app().inject({ url: '/compare', headers: { accept: 'application/json' } });
    expect(program.statusCode).toBe(400);
    expect(program.json().invalid_params).toContainEqual(expect.objectContaining({ name: 'metric', reason: 'required' }));
  });
});

describe('/check', () => {
  const paragraph = '武威市2023年招商引资到位资金约429亿元，实施项目629个。甘肃2023年省外招商引资到位资金5961.26亿元。';
  const post = (headers: Record<string, string>, payload: string) =>
    app().inject({
      method: 'POST',
      url: '/check?lang=en',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload,
    });

  it('is a form to a browser that asks with nothing, and still a 400 to a program', async () => {
    const { response, body } = await page('/check');
    expect(response.statusCode).toBe(200);
    // The same URL answers two representations, the page in the reader's language: caches must know.
    expect(response.headers.vary).toBe('Accept, Accept-Encoding, Accept-Language');
    expect(response.headers['cache-control']).toMatch(/^public, max-age=/);
    expect(body).toMatch(/<form class="check-form" method="post" action="\/check">/);
    expect(body).toMatch(/<textarea id="check-text" name="text"/);
    const program = await app().inject({ url: '/check', headers: { accept: 'application/json' } });
    expect(program.statusCode).toBe(400);
    expect(program.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('marks each figure of a posted paragraph with the verdict the JSON gives it, in order, linked to its explanation', async () => {
    const form = new URLSearchParams({ text: paragraph }).toString();
    const asJson = (await post({ accept: 'application/json' }, form)).json() as {
      results: { start: number; end: number; text: string; verdict: string; matches: { indicator: { id: string } }[] }[];
    };
    expect(asJson.results.length).toBeGreaterThan(1);
    const response = await post({ accept: BROWSER }, form);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const marked = [...response.body.matchAll(/<a href="#figure-(\d+)" class="verdict v-(\w+)"><mark>([^<]*)<\/mark>/g)];
    expect(marked.map((m) => [Number(m[1]), m[2], m[3]])).toEqual(asJson.results.map((r, k) => [k + 1, r.verdict, r.text]));
    for (const r of asJson.results.filter((r) => r.matches.length > 0))
      expect(response.body).toContain(`href="/indicators/${r.matches[0].indicator.id}?lang=en"`);
    // Each verdict, hidden for a screen reader, in the page's language inside the Chinese text.
    expect(response.body).toMatch(/<p class="checked-text" lang="zh-Hans">/);
    const said = [...response.body.matchAll(/<span class="vh" lang="([^"]+)">/g)].map((m) => m[1]);
    expect(said).toEqual(asJson.results.map(() => 'en'));
    // The title says what came back, so the page after Check is not read as the empty form again.
    const title = /<title>([^<]*)<\/title>/.exec(response.body)?.[1] ?? '';
    expect(title).toMatch(new RegExp(`^${asJson.results.length} figures checked: `));
    for (const verdict of new Set(asJson.results.map((r) => r.verdict)))
      expect(title, verdict).toContain(`${asJson.results.filter((r) => r.verdict === verdict).length} ${verdict.replace('_', ' ')}`);
    // The text stays in the form, to change and check again.
    expect(response.body).toContain(`${paragraph}</textarea>`);
    // The switch to Chinese posts the text again: followed, it gives the same figures, in Chinese, the text kept.
    const action = response.body.match(/<form class="lang-switch-form" method="post" action="([^"]+)">/)?.[1];
    expect(action).toBe('/check?lang=zh');
    expect(response.body).toContain(`<input type="hidden" name="text" value="${html(paragraph)}"/>`);
    const zh = await app().inject({
      method: 'POST',
      url: action as string,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER },
      payload: form,
    });
    expect(zh.body).toContain('<html lang="zh-Hans">');
    expect(zh.body).toContain(`${paragraph}</textarea>`);
    expect([...zh.body.matchAll(/<a href="#figure-\d+" class="verdict v-(\w+)">/g)].map((m) => m[1])).toEqual(
      asJson.results.map((r) => r.verdict),
    );
    // A page not made from a posted text keeps the link.
    expect((await page('/check')).body).toContain('<a class="lang-switch" href="/check?lang=zh"');
  });

  it('checks one claim of a link the same way, and says why a paragraph is refused', async () => {
    const claim = '甘肃2023年省外招商引资到位资金5961.26亿元';
    const { verdict } = await json<{ verdict: string }>(`/check?claim=${encodeURIComponent(claim)}`);
    const { body } = await page(`/check?claim=${encodeURIComponent(claim)}`);
    expect(body).toContain(`class="verdict v-${verdict}"`);
    // In Chinese the badge says the word the explanation under it begins with (属实, 未找到 …).
    for (const said of [claim, '武威市2023年招商引资到位资金428.49亿元', '甘肃省粮食产量1200万吨']) {
      const answer = await json<{ verdict: string; explanation_zh: string }>(`/check?claim=${encodeURIComponent(said)}`);
      const zh = (await page(`/check?claim=${encodeURIComponent(said)}&lang=zh`)).body;
      expect(zh, said).toContain(`<span class="badge v-${answer.verdict}">${answer.explanation_zh.split('：')[0]}</span>`);
    }
    const empty = await post({ accept: BROWSER }, 'text=');
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toMatch(/^text\/html/);
    // The form again, with the reason tied to the box.
    expect(empty.body).toMatch(/<p id="check-problem"[^>]*><strong lang="en">The text was not checked: <\/strong>give some text/);
    expect(empty.body).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*aria-describedby="check-problem"/);
    // Its title says so first, as a screen reader reads it on load, where a checked text's says what was found.
    expect(empty.body).toContain('<title>400 The text was not checked · ');
    expect(body).toMatch(/<title>1 figure checked: /);
  });

  it('reads a textarea’s CRLF line breaks as the reader typed them, so a full box is within the limit', async () => {
    // 2,000 characters in nine lines, as the box counts them; a browser sends each break as CRLF.
    const lines = [...Array(8)].map(() => '武'.repeat(224));
    const typed = [...lines, '武'.repeat(2000 - 8 * 225)].join('\n');
    expect([...typed].length).toBe(2000);
    const sent = new URLSearchParams({ text: typed.replaceAll('\n', '\r\n') }).toString();
    const response = await post({ accept: 'application/json' }, sent);
    expect(response.statusCode).toBe(200);
    expect((response.json() as { text: string }).text).toBe(typed);
    // POSTed answers are never cached.
    expect(response.headers.etag).toBeUndefined();
    const browser = await post({ accept: BROWSER }, sent);
    expect(browser.statusCode).toBe(200);
    expect(browser.headers['cache-control']).toBeUndefined();
  });

  it('answers a form too large for the limit with a page of the same status', async () => {
    const response = await post({ accept: BROWSER }, `text=${'%E6%AD%A6'.repeat(12_000)}`);
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    // …said in the characters the form counts, not the body's bytes (check12), and without the field's name.
    expect(response.body).toMatch(
      /<p id="check-problem"[^>]*><strong[^>]*>[^<]*<\/strong>The text is far longer than the 2,000 characters a check takes;[^<]*<\/p>/,
    );
    // The box takes any length, so a browser sends what was pasted rather than cutting it at 2,000 without a word (phone13):
    // an article is refused whole, kept in the box to split.
    const form = (await page('/check?lang=en')).body;
    expect(form).toMatch(/<textarea id="check-text" name="text" rows="6" required(?![^>]*maxlength)/);
    const article = (await app().inject('/sources/000/text')).body;
    expect([...article].length).toBeGreaterThan(2000);
    const refused = await post({ accept: BROWSER }, new URLSearchParams({ text: article }).toString());
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(`(it has ${[...article.replaceAll('\r\n', '\n')].length})`);
    expect(refused.body).toContain(`${html(article.slice(0, 40))}`);
    const long = await app().inject({
      method: 'POST',
      url: '/check?lang=zh',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER },
      payload: `text=${'%E6%AD%A6'.repeat(2001)}`,
    });
    expect(long.statusCode).toBe(400);
    expect(long.body).toMatch(
      /<p id="check-problem"[^>]*><strong lang="zh-Hans">未能核对此文本：<\/strong>至多 2000 个字符（这段文字有 2001 个） <small/,
    );
  });
});

describe('the home page', () => {
  it('cites the dataset as every record’s citation does: plain text, and GB/T 7714-2015 and the Chinese text for a Chinese reader', async () => {
    const text = (await app().inject({ url: '/indicators/000-i031/cite?format=text' })).body.trimEnd().split('\n').at(-1) ?? '';
    const zh = (await app().inject({ url: '/indicators/000-i031/cite?format=text-zh' })).body.trimEnd().split('\n').at(-1) ?? '';
    const gbt = (await app().inject({ url: '/indicators/000-i031/cite?format=gbt7714' })).body.trimEnd().split('\n').at(-1) ?? '';
    const cites = async (lang: string) =>
      [...(await page(`/?lang=${lang}`)).body.matchAll(/<pre class="cite-dataset"[^>]*>(.*?)<\/pre>/g)].map((m) =>
        m[1].replace(/<\/?span[^>]*>/g, ''),
      );
    const dataset = text.replace(/^Dataset: /, '');
    expect(await cites('en')).toEqual([html(dataset)]);
    expect(await cites('zh')).toEqual([html(gbt.replace(/^\[\d+\] /, '')), html(zh.replace(/^数据集：/, ''))]);
    // …and links the Chinese text's file beside the others.
    expect((await page('/?lang=zh')).body).toContain('href="/cite?format=text-zh"');
  });

  it('says in its footer, in both languages, that the curated data is under the licence the package states, not the code alone', async () => {
    const { licenses } = await json<{ licenses: { name: string }[] }>('/datapackage.json');
    const footer = async (lang: string) => (await page(`/?lang=${lang}`)).body.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '';
    expect(await footer('en')).toMatch(new RegExp(`Code and curated data \\([^)]*\\) under the ${licenses[0].name} licence`));
    expect(await footer('zh')).toMatch(new RegExp(`代码与整理的数据（[^）]*）采用 ${licenses[0].name} 许可`));
  });

  it('offers first the comparisons whose areas report the same period', async () => {
    const { body } = await page('/');
    const first = body.match(/href="\/compare\?metric=([^&]+)&amp;cities=([^&"]+)/);
    expect(first).not.toBeNull();
    const [metric, cities] = [decodeURIComponent(first?.[1] ?? ''), decodeURIComponent(first?.[2] ?? '').split(',')];
    const rows = (await json<{ data: { city: string; period: string | null }[] }>(`/compare?metric=${metric}&cities=${cities.join(',')}`))
      .data;
    const periods = cities.map((c) => new Set(rows.filter((r) => r.city === c).map((r) => r.period)));
    expect([...periods[0]].some((p) => p !== null && periods.every((set) => set.has(p)))).toBe(true);
  });

  it('names the articles in the reader’s language', async () => {
    const sources = (await json<{ data: { id: string; title_zh: string; title_en: string }[] }>('/sources')).data;
    const [en, zh] = [(await page('/?lang=en')).body, (await page('/?lang=zh')).body];
    for (const s of sources) {
      expect(en, s.id).toContain(`${s.id}: ${html(s.title_en)}</a>`);
      expect(zh, s.id).toContain(`${s.id}: <span lang="zh-Hans">${html(s.title_zh)}</span>`);
    }
    // An article whose date is not known says that it is its date that is not stated (read17).
    const undated = sources.filter((s) => (s as { published_on?: string | null }).published_on == null);
    expect(undated.length).toBeGreaterThan(0);
    for (const s of undated) {
      expect(en, s.id).toMatch(new RegExp(`${s.id}: [^<]*</a> <small>Published: not stated</small>`));
      expect(zh, s.id).toMatch(new RegExp(`${s.id}: <span lang="zh-Hans">[^<]*</span></a> <small>发布时间：未注明</small>`));
    }
  });

  it('counts, links, navigates to and offers the CSV of every record type the resources define, in the page’s words', async () => {
    const meta = await json<{ counts: Record<string, number> }>('/');
    for (const lang of ['en', 'zh'] as const) {
      const body = (await page(`/?lang=${lang}`)).body;
      const nav = body.match(/<nav [^>]*class="main"[\s\S]*?<\/nav>|<header[\s\S]*?<\/header>/)?.[0] ?? '';
      // The figures counted first, as the page is about them.
      expect([...body.matchAll(/<li><a href="\/(\w+)\?lang=\w+"><strong>/g)].map((m) => m[1])[0], lang).toBe('indicators');
      for (const resource of RESOURCES) {
        // Every type named: no resource falls back to its path, and every badge has a name in both languages.
        expect(PAGE_NAMES[resource.path], resource.path).toBeDefined();
        if (lang === 'zh') expect(nameOf(resource.type, lang), resource.type).toMatch(/\p{Script=Han}/u);
        const names = PAGE_NAMES[resource.path];
        const link = `href="/${resource.path}${lang === 'zh' ? '?lang=zh' : '?lang=en'}"`;
        if (names.counted !== undefined) expect(body, resource.path).toContain(`<a ${link}><strong>${meta.counts[resource.path]}</strong>`);
        expect(nav.includes(link), resource.path).toBe(names.nav);
        const csv = `href="/downloads/${resource.path}.csv" type="text/csv">`;
        const csvName = body.slice(body.indexOf(csv) + csv.length).split('<')[0];
        expect(body, resource.path).toContain(csv);
        // …named in the page's language, not by its file's name.
        if (lang === 'zh') expect(csvName, resource.path).toMatch(/^\p{Script=Han}+$/u);
        else expect(csvName, resource.path).toMatch(/^[A-Z]/);
      }
    }
  });

  it('writes JSON-LD that no text in it can break out of', () => {
    const hostile = JSON.stringify({ name: '</script><script>alert(1)</script><!--' });
    const safe = scriptSafe(hostile);
    expect(safe).not.toContain('<');
    expect(JSON.parse(safe)).toEqual(JSON.parse(hostile));
  });

  it('embeds the schema.org Dataset that / gives for application/ld+json, and links every download it lists', async () => {
    const ld = await app().inject({ url: '/', headers: { accept: 'application/ld+json' } });
    const { body } = await page('/');
    const embedded = body.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1];
    expect(embedded).toBeDefined();
    expect(JSON.parse(embedded as string)).toEqual(ld.json());
    for (const download of (ld.json() as { distribution: { contentUrl: string }[] }).distribution)
      expect(body, download.contentUrl).toContain(`href="${download.contentUrl}"`);
  });
});

type ProjectEvent = { status: string; period: string | null; evidence: string[] };
type Project = {
  id: string;
  city: string;
  name_zh: string;
  name_en: string;
  events: ProjectEvent[];
  evidence: Evidence[];
  corroborated: boolean;
};

describe('projects, scopes and passages', () => {
  it('say on a year’s list of projects how many it left out for having no dated event, and link to them', async () => {
    const { meta } = await json<{ meta: { undated: { total: number; link: string } } }>('/projects?year=2024&limit=1');
    expect(meta.undated.total).toBeGreaterThan(0);
    for (const [lang, words] of [
      ['en', 'projects none of whose events the text dates were left out by the year'],
      ['zh', '个项目的各项进展均未注明时间，因时间筛选被排除'],
    ]) {
      const { body } = await page(`/projects?year=2024&lang=${lang}`);
      expect(body, lang).toContain(`${meta.undated.total} ${words}`);
      expect(body, lang).toContain(`href="/projects?undated=true&amp;lang=${lang}"`);
    }
  });

  it('says a count of the undated that stopped at the bound is at least that many, as the list says its total', async () => {
    await withApp({ rateLimitMax: 0, totalCountedUpTo: 3 }, async (bounded) => {
      const url = '/indicators?year=2023&limit=2';
      const { meta } = (await bounded.inject({ url, headers: { accept: 'application/json' } })).json();
      expect(meta.undated).toMatchObject({ total_exact: false });
      const { body } = await bounded.inject({ url, headers: { accept: BROWSER, 'accept-language': 'en' } });
      expect(body).toContain(`<p class="note">≥ ${meta.undated.total} figures with no period`);
      // And the list's own total, bounded the same.
      expect(meta.total_exact).toBe(false);
      expect(body).toContain(`Showing 1–2 of ≥ ${meta.total} rows`);
    });
    // Counted whole, a note says the number alone.
    const { meta } = await json<{ meta: { undated: { total: number } } }>('/indicators?year=2023&limit=2');
    expect((await page('/indicators?year=2023&limit=2')).body).toContain(`<p class="note">${meta.undated.total} figures with no period`);
  });

  it('the project list: every row of its JSON linked by name, the sector and corroborated facets as links that count true', async () => {
    for (const url of ['/projects', '/cities/wuwei/projects']) {
      const list = await json<{ data: Project[]; meta: { total: number } }>(url);
      expect(list.data.length, url).toBeGreaterThan(0);
      const { response, body } = await page(url);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const shown = [...body.matchAll(/href="\/projects\/([^"#?]+)"/g)].map((m) => m[1]);
      expect([...new Set(shown)], url).toEqual(list.data.map((p) => p.id));
      expect(body).toContain(html(list.data[0].name_en));
      expect(body).toContain(`of ${list.meta.total} rows`);
    }
    const counted = await json<{
      meta: { facets: { sector: { value: string; count: number }[]; corroborated: { value: boolean; count: number }[] } };
    }>('/projects?facets=sector,corroborated');
    const { body } = await page('/projects');
    for (const { value, count } of counted.meta.facets.sector)
      expect(body).toContain(`<a href="/projects?sector=${value}">${html(nameOf(value, 'en'))} <span class="count">${count}</span>`);
    // Corroborated is a filter too: each value counted links to the projects it counts.
    expect(counted.meta.facets.corroborated.length).toBeGreaterThan(0);
    for (const { value, count } of counted.meta.facets.corroborated) {
      expect(body).toContain(`<a href="/projects?corroborated=${value}">`);
      const filtered = await json<{ data: Project[]; meta: { total: number } }>(`/projects?corroborated=${value}&limit=500`);
      expect(filtered.meta.total).toBe(count);
      expect(filtered.data.every((p) => p.corroborated === value)).toBe(true);
    }
    // A project the text gives no event says so in its status cell, which is never empty.
    const all = await json<{ data: Project[] }>('/projects?limit=500');
    const statusless = all.data.filter((p) => p.events.length === 0).length;
    expect(statusless).toBeGreaterThan(0);
    const every = (await page('/projects?limit=500')).body;
    expect(every.match(/<td data-label="Latest status"><span class="note">not stated<\/span><\/td>/g)).toHaveLength(statusless);
    expect(body).not.toContain('<td data-label="Latest status"></td>');
    // Nor is any cell of the complaints' list.
    expect((await page('/complaints?lang=en')).body).not.toMatch(/<td data-label="[^"]*"><\/td>/);
  });

  it("a quote shows the article's line break inside a Chinese word as nothing, and marks a name across it (ui18)", async () => {
    const projects = (await json<{ data: Project[] }>('/projects?limit=500')).data;
    const broken = projects.filter((p) =>
      p.evidence.some((e) => !e.text.includes(p.name_zh) && e.text.replace(/\s+/g, '').includes(p.name_zh)),
    );
    expect(broken.length).toBeGreaterThan(0);
    for (const p of broken) {
      const quotes = (await page(`/projects/${p.id}?lang=zh`)).body.match(/<blockquote[\s\S]*?<\/blockquote>/g) ?? [];
      expect(quotes.join(''), p.id).toContain(`<mark>${p.name_zh}</mark>`);
      // HTML would show the break as a space: 民勤苏 武沙漠景区, 核 发.
      for (const quote of quotes) expect(quote, p.id).not.toMatch(/\p{Script=Han}\s*\n\s*\p{Script=Han}/u);
    }
    const complaint = (await page('/complaints/000-c01?lang=zh')).body.match(/<blockquote[\s\S]*?<\/blockquote>/g) ?? [];
    expect(complaint.join('')).toContain('核发了不动产权证书');
  });

  it('a project: its events in order with their status and passages, its quotes, figures and citation box', async () => {
    const list = await json<{ data: Project[] }>('/projects?limit=500');
    const project = list.data.find((p) => p.events.length > 1) ?? list.data.find((p) => p.events.length > 0);
    if (!project) throw new Error('no project has an event');
    const { body } = await page(`/projects/${project.id}`);
    expect(body).toContain(html(project.name_en));
    const events = body.slice(body.indexOf('<ol class="events">'), body.indexOf('</ol>', body.indexOf('<ol class="events">')));
    expect(events.match(/<li>/g)?.length).toBe(project.events.length);
    for (const [k, event] of project.events.entries()) {
      const item = events.split('<li>')[k + 1];
      expect(item).toContain(nameOf(event.status, 'en'));
      expect(item).toContain(nameOf(event.status, 'zh'));
      for (const id of event.evidence) {
        const passage = project.evidence.find((e) => e.id === id);
        expect(item).toContain(`href="/sources/${passage?.source}#${id}"`);
      }
    }
    for (const e of project.evidence) expect(body).toContain(`cite="/sources/${e.source}#${e.id}"`);
    const cited = (await app().inject(`/projects/${project.id}/cite?format=text`)).body;
    expect(citeBox(body, 'text')).toBe(html(cited));
    expect(body).toContain(`href="/projects/${project.id}/cite?format=text"`);

    const figures = await json<{ data: (Indicator & { project: string | null })[] }>('/indicators?limit=500');
    const measured = figures.data.find((i) => i.project !== null);
    if (!measured?.project) throw new Error('no figure measures a project');
    expect((await page(`/projects/${measured.project}`)).body).toContain(`href="/indicators/${measured.id}"`);
  });

  it('a project’s name is marked in 002’s verbatim Traditional words wherever it is in the Simplified reading', async () => {
    const projects = (await json<{ data: Project[] }>('/projects?limit=500')).data.filter((p) =>
      p.evidence.some((e) => e.source === '002'),
    );
    let marked = 0;
    for (const project of projects) {
      const { body } = await page(`/projects/${project.id}?lang=zh`);
      const verbatim = [...body.matchAll(/<blockquote lang="zh-Hant"[^>]*>(.*?)<\/blockquote>/g)].flatMap(
        (m) => m[1].match(/<mark>[^<]*/g) ?? [],
      );
      const reading = [...body.matchAll(/<p class="reading">(.*?)<\/p>/g)].flatMap((m) => m[1].match(/<mark>[^<]*/g) ?? []);
      expect(verbatim.length, project.id).toBe(reading.length);
      marked += verbatim.length;
    }
    expect(marked).toBeGreaterThanOrEqual(11);
    const wind = (await page('/projects/banqiao-beitan-100mw-wind-farm?lang=zh')).body;
    expect(wind).toContain('<mark>板橋北灘10萬千瓦風電場</mark>');
    // A gloss inside the name is inside the mark: 發(fā)電, as the article writes it.
    expect((await page('/projects/cssc-300mw-photovoltaic-power?lang=zh')).body).toContain('<mark>中船30萬千瓦光伏發(fā)電</mark>');
  });

  it('a complaint links each of its figures and marks each one’s number in its quotes', async () => {
    const figures = (await json<{ data: (Indicator & { complaint: string | null; value_text: string })[] }>('/indicators?limit=500')).data;
    const counted = figures.filter((i) => i.complaint !== null);
    expect(counted.length).toBeGreaterThanOrEqual(14);
    for (const complaint of new Set(counted.map((i) => i.complaint))) {
      const mine = counted.filter((i) => i.complaint === complaint);
      const { body } = await page(`/complaints/${complaint}`);
      const section = body.slice(body.indexOf('id="figures-heading"'), body.indexOf('</section>', body.indexOf('id="figures-heading"')));
      expect(section.match(/href="\/indicators\/[^"]+"/g), String(complaint)).toEqual(mine.map((i) => `href="/indicators/${i.id}"`));
      // …and the same figures as a table.
      expect(section, String(complaint)).toContain(`href="/indicators?complaint=${complaint}"`);
      const quotes = body.slice(body.indexOf('id="quotes-heading"'), body.indexOf('</section>', body.indexOf('id="quotes-heading"')));
      for (const i of mine) expect(quotes, i.id).toContain(`<mark>${i.value_text}</mark>`);
    }
  });

  it('an area links its projects, with their latest status, and its list of them', async () => {
    const projects = await json<{ data: Project[] }>('/cities/zhangye/projects');
    expect(projects.data.length).toBeGreaterThan(0);
    const { body } = await page('/cities/zhangye');
    for (const p of projects.data) expect(body).toContain(`href="/projects/${p.id}"`);
    expect(body).toContain('href="/cities/zhangye/projects"');
  });

  it('scopes and passages: pages for a browser, varying on Accept, each linking where it should', async () => {
    const scopes = await json<{ data: { key: string; name_en: string }[] }>('/scopes');
    const passages = await json<{ data: Evidence[] }>('/passages?source=002');
    const scope = scopes.data[0];
    const pages: [string, string[]][] = [
      ['/scopes', scopes.data.map((s) => `href="/scopes/${s.key}"`)],
      [`/scopes/${scope.key}`, [`href="/indicators?scope=${scope.key}"`, html(scope.name_en)]],
      ['/passages?source=002', passages.data.map((p) => `href="/sources/${p.source}#${p.id}"`)],
    ];
    for (const [url, links] of pages) {
      const { response, body } = await page(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(String(response.headers.vary), url).toMatch(/\bAccept\b/);
      for (const link of links) expect(body, url).toContain(link);
    }
    expect(passages.data.length).toBeGreaterThan(0);
    expect((await page('/passages?source=002')).body).toContain(
      `<span class="row-quote" lang="zh-Hans">${html(passages.data[0].text_zh_hans)}`,
    );
  });

  it('leaves the JSON of these URLs to programs', async () => {
    const project = (await json<{ data: Project[] }>('/projects?limit=1')).data[0];
    const scope = (await json<{ data: { key: string }[] }>('/scopes?limit=1')).data[0];
    for (const url of [
      '/projects',
      `/projects/${project.id}`,
      '/cities/zhangye/projects',
      '/scopes',
      `/scopes/${scope.key}`,
      '/passages',
    ]) {
      for (const headers of [{}, { accept: '*/*' }, { accept: 'application/json' }]) {
        const response = await app().inject({ url, headers });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type'], url).toMatch(/^application\/json/);
        expect(() => response.json(), url).not.toThrow();
      }
    }
  });
});

describe('static files', () => {
  it('are named by their content hash and kept for a year; an older name is answered with the file as it is now', async () => {
    const { body } = await page('/');
    const linked = [...body.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]);
    expect(linked.length).toBe(3);
    for (const path of linked) {
      const [, name, hash, ext] = /^\/static\/(.+)\.([0-9a-f]{12})(\.\w+)$/.exec(path) ?? [];
      // The stylesheet is its directory's parts in their names' order, a blank line between two (src/pages/static/ledger/).
      const parts = name === 'ledger' && ext === '.css' ? readdirSync(join(STATIC_DIR, name)).sort() : [];
      const bytes =
        parts.length > 0
          ? Buffer.from(parts.map((part) => readFileSync(join(STATIC_DIR, name, part), 'utf8')).join('\n'))
          : readFileSync(join(STATIC_DIR, `${name}${ext}`));
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 12), path).toBe(hash);
      const response = await app().inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.equals(bytes)).toBe(true);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    // A name of other content (a page kept from before an upgrade) is answered with the file as it is now,
    // never kept nor tagged, however often asked; a file there is none of is not found.
    for (const path of linked) {
      const stale = path.replace(/\.[0-9a-f]{12}\./, '.000000000000.');
      const current = await app().inject(path);
      for (let asked = 0; asked < 3; asked++) {
        const response = await app().inject(stale);
        expect(response.statusCode, stale).toBe(200);
        expect(response.rawPayload.equals(current.rawPayload)).toBe(true);
        expect(response.headers['content-type']).toBe(current.headers['content-type']);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers.etag).toBeUndefined();
      }
    }
    for (const path of ['/static/nothing.000000000000.css', '/static/ledger.css', '/static/ledger.00000000000.css'])
      expect((await app().inject(path)).statusCode, path).toBe(404);
  });
});

describe('what the third mutation round found no test reading', () => {
  it('a comparison names its largest figure, and only where there are two or more', async () => {
    // Areas of one figure each (where an area gives several, none is named: the test above).
    const url = '/compare?metric=investment.funds_in_place&within=zhangye';
    const rows = (await json<{ data: { city: string; city_name_en: string; value_base: number }[] }>(url)).data;
    expect(new Set(rows.map((r) => r.city)).size).toBe(rows.length);
    const largest = [...rows].sort((a, b) => b.value_base - a.value_base)[0];
    const smallest = [...rows].sort((a, b) => a.value_base - b.value_base)[0];
    expect(largest.value_base).toBeGreaterThan(smallest.value_base);
    const finding = /<p class="finding">([^<]*)<\/p>/.exec((await page(url)).body)?.[1] ?? '';
    expect(finding).toMatch(new RegExp(`^Largest: ${largest.city_name_en} `));
    expect(finding).not.toContain(smallest.city_name_en);
    expect((await page('/compare?metric=investment.funds_in_place&cities=wuwei')).body).not.toContain('class="finding"');
  });

  it('marks the Chinese in an English search hit’s “found in” and in a check’s explanation, for a screen reader’s voice', async () => {
    const search = (await page(`/search?q=${encodeURIComponent('张掖')}&lang=en`)).body;
    expect(search).toContain(
      '<p class="hit-elsewhere">Found in: <mark><span lang="zh-Hans">张掖</span></mark><span lang="zh-Hans">市</span> Zhangye</p>',
    );
    const checked = (await page(`/check?claim=${encodeURIComponent('武威市2023年到位资金429.49亿元')}&lang=en`)).body;
    const explanation = /<p lang="en">(Supported: [\s\S]*?)<\/p>/.exec(checked)?.[1] ?? '';
    expect(explanation).toContain('<span lang="zh-Hans">429.49亿元</span>');
    // No Chinese left outside a span marked Chinese.
    expect(explanation.replace(/<span lang="zh-Hans">[^<]*<\/span>/g, '')).not.toMatch(/\p{Script=Han}/u);
  });

  it('says of a record page’s CSV link that it is every figure of the area and measure, not the record', async () => {
    const link = /<a href="([^"]*format=csv)" type="text\/csv">CSV<\/a>([^<·]*)/;
    const [, href, said] = link.exec((await page('/indicators/000-i031?lang=en')).body) ?? [];
    expect(said.trim()).toBe('(every figure of this area and measure)');
    expect(link.exec((await page('/indicators/000-i031?lang=zh')).body)?.[2].trim()).toBe('（该地区此度量的全部数据）');
    // What it says it is: the rows of the record's area and metric, the record among them.
    const rows = (await app().inject(href.replaceAll('&amp;', '&'))).body.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.some((r) => r.startsWith('000-i031,'))).toBe(true);
  });

  it('shows no empty count where a filter leaves no row, only the chosen value that can be removed', async () => {
    const none = (await page('/indicators?city=wuwei&year=2021&lang=en')).body;
    const facets = /<section class="facets"[\s\S]*?<\/section>/.exec(none)?.[0] ?? '';
    expect(facets.match(/<details/g)).toHaveLength(1);
    expect(facets).toContain('<a href="/indicators?year=2021&amp;lang=en" aria-current="true">Wuwei <span class="count">0</span>');
    // With no value chosen either, no section of counts at all.
    expect((await page('/indicators?q=qqqzzz&lang=en')).body).not.toContain('<section class="facets"');
    // A set with rows counts every field that has a value.
    expect(
      (await page('/indicators?city=wuwei&lang=en')).body.match(/<section class="facets"[\s\S]*?<\/section>/)?.[0].match(/<details/g)
        ?.length,
    ).toBeGreaterThan(3);
  });

  it('titles a view of a list by its query and page, so tabs and the history tell views apart', async () => {
    const title = async (url: string) => /<title>([^<]*)<\/title>/.exec((await page(url)).body)?.[1];
    expect(await title('/indicators?lang=en')).toBe('Indicators · Gansu Campaign Ledger');
    expect(await title('/indicators?within=zhangye&unit=CNY&lang=en')).toBe(
      'Indicators (unit=CNY; within=zhangye) · Gansu Campaign Ledger',
    );
    expect(await title('/indicators?offset=50&lang=zh')).toMatch(/^指标（第51行起） · /);
    // A page at or past the end shows no row to start from.
    const { total } = (await json<{ meta: { total: number } }>('/indicators?limit=1')).meta;
    expect(await title(`/indicators?offset=${total - 1}&lang=en`)).toBe(`Indicators (rows from ${total}) · Gansu Campaign Ledger`);
    expect(await title(`/indicators?offset=${total}&lang=en`)).toBe('Indicators (past the last row) · Gansu Campaign Ledger');
    expect(await title('/indicators?offset=10000&lang=zh')).toMatch(/^指标（最后一行之后） · /);
    // The heading stays the list's name.
    expect((await page('/indicators?within=zhangye&unit=CNY&lang=en')).body).toContain('<h1>Indicators</h1>');
    // What the query gave is seen as text: no bidi control to reverse the site's name after it, a long value cut,
    // and what shapes the answer without choosing rows left out.
    expect(await title(`/indicators?q=${encodeURIComponent('\u202Eevil')}&lang=en`)).toBe('Indicators (q=evil) · Gansu Campaign Ledger');
    expect(await title(`/indicators?q=${'a'.repeat(60)}&facets=city&lang=en`)).toBe(
      `Indicators (q=${'a'.repeat(40)}…) · Gansu Campaign Ledger`,
    );
  });

  it('keeps a page size the reader chose in its facet links and its form, and adds none not chosen', async () => {
    const chosen = (await page('/indicators?within=zhangye&unit=CNY&limit=3&lang=en')).body;
    const facets = [...chosen.matchAll(/<a href="(\/indicators\?[^"]*city=[^"]*)"/g)].map((m) => m[1]);
    expect(facets.length).toBeGreaterThan(1);
    for (const link of facets) expect(link).toContain('limit=3&amp;');
    expect(chosen).toContain('<input type="hidden" name="limit" value="3"/>');
    const unchosen = (await page('/indicators?within=zhangye&unit=CNY&lang=en')).body;
    expect(unchosen).not.toContain('name="limit"');
    for (const [, link] of unchosen.matchAll(/<a href="(\/indicators\?[^"]*city=[^"]*)"/g)) expect(link).not.toContain('limit=');
  });

  it('says of a quote cited for what a figure measures that it does not write the number, and of no quote that does', async () => {
    for (const [id, lang, note, context] of [
      ['000-i021', 'en', 'This passage does not write the number', 1],
      ['002-i060', 'zh', '此段不含该数字', 2],
      ['000-i031', 'en', 'This passage does not write the number', 0],
    ] as const) {
      const { body } = await page(`/indicators/${id}?lang=${lang}`);
      // Each quote and what stands just before it: a mark in the quote, or the note before it, never both, never neither.
      const parts = body.split('<figure class="quote">');
      const noted = parts.slice(0, -1).map((before) => /<p class="note">([^<]*)<\/p>$/.exec(before)?.[1].includes(note) ?? false);
      const marked = parts.slice(1).map((quote) => quote.slice(0, quote.indexOf('</blockquote>')).includes('<mark>'));
      expect(marked.length, id).toBeGreaterThan(1);
      expect(noted.filter(Boolean).length, id).toBe(context);
      expect(
        marked.map((m, k) => m !== noted[k]),
        id,
      ).not.toContain(false);
    }
  });

  it('a page of a comparison says which rows of how many it shows, links the next, and names no largest of the page', async () => {
    const url = '/compare?metric=projects.started&within=gansu&sort=value_base';
    const all = (await json<{ data: { value_base: number; period: string | null }[] }>(url)).data;
    expect(all.length).toBeGreaterThan(2);
    const body = (await page(`${url}&limit=2`)).body;
    expect(body).toContain(`<p>Showing 1–2 of ${all.length} rows</p>`);
    expect(body).toMatch(/<a href="\/compare\?[^"]*limit=2&amp;offset=2[^"]*" rel="next">/);
    // The smaller two, sorted up: their larger is not the set's largest.
    expect(body).not.toContain('class="finding"');
    // Every row on one page: no paging line, and the finding.
    const whole = (await page(url)).body;
    expect(whole).not.toContain('class="paging"');
    expect(whole).toContain(
      new Set(all.map((r) => r.period)).size > 1
        ? '<p class="finding">These figures are of different periods'
        : '<p class="finding">Largest: ',
    );
  });

  it('a chart puts its periods in time order, whatever order its rows come in', () => {
    const rows = ['2023', '2021', '2022'].flatMap((period) =>
      ['wuwei', 'zhangye'].map((city, c) => ({
        city,
        city_name_zh: city,
        city_name_en: city,
        period,
        period_start: `${period}-01-01`,
        value_base: 100 * (c + 1) + Number(period),
        unit: 'count',
        indicator: `${city}-${period}`,
      })),
    );
    const { svg, kind } = drawComparison(rows);
    expect(kind).toBe('lines');
    const at = ['2021', '2022', '2023'].map((p) => svg.indexOf(`>${p}</text>`));
    expect(at.every((k) => k >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('search numbers its hits from the page’s first, links an area’s hit to its page, and marks each term alone', async () => {
    expect((await page(`/search?q=${encodeURIComponent('张掖')}`)).body).toContain('<ol class="hits" start="1">');
    expect((await page(`/search?q=${encodeURIComponent('张掖')}&offset=10&limit=10`)).body).toContain('<ol class="hits" start="11">');
    expect((await page(`/search?q=${encodeURIComponent('武威')}&type=city`)).body).toContain('href="/cities/wuwei"');
    const marked = (await page(`/search?q=${encodeURIComponent('招商')}&type=passage`)).body;
    expect(marked.match(/<mark>招商<\/mark>/g)?.length).toBeGreaterThan(3);
    expect(marked).not.toMatch(/&lt;\/?mark>/);
  });

  it('an indicator’s page names how a related figure relates, once each', async () => {
    const body = (await page('/indicators/000-i023')).body;
    const { relates_to } = await json<{ relates_to: string }>('/indicators/000-i023');
    expect(body).toMatch(new RegExp(`Qualifies: </span>[\\s\\S]{0,200}href="/indicators/${relates_to}"`));
    const linked = [...body.matchAll(/href="\/indicators\/(\d{3}-i\d{3})"/g)].map((m) => m[1]);
    expect(linked).toEqual([...new Set(linked)]);
  });

  it('a yes-or-no facet and a qualifier are named for what they mean', async () => {
    const body = (await page('/indicators?facets=estimated,qualifier')).body;
    expect(body).toContain('estimated=false">reported');
    expect(body).toContain('estimated=true">planned or expected');
    expect(body).toContain('qualifier=more_than">more than');
    expect(body).toContain('qualifier=at_least">at least');
    expect(body).toContain('qualifier=approx">about');
  });

  it('names each kind of problem in Chinese for a Chinese reader, the API’s English title beside it', async () => {
    const { data } = await json<{ data: { id: string; status: number; title: string }[] }>('/problems');
    const list = (await page('/problems?lang=zh')).body;
    for (const kind of data) {
      const row = list.split('<tr').find((tr) => tr.includes(`href="/problems/${kind.id}?lang=zh"`)) ?? '';
      expect(row, kind.id).toMatch(
        new RegExp(`<td[^>]*>${kind.status} \\p{Script=Han}+（<span lang="en">${kind.title}</span>）</td>`, 'u'),
      );
    }
    const one = (await page('/problems/not-found?lang=zh')).body;
    expect(one).toContain('<title>未找到（not-found） · ');
    expect(one).toContain('<h1>未找到（<span lang="en">Not Found</span>） <code>not-found</code></h1>');
    // In English, the API's title alone.
    expect((await page('/problems/not-found?lang=en')).body).toContain('<h1><span lang="en">Not Found</span> <code>not-found</code></h1>');
  });

  it('an error page is titled for its status, and names each wrong parameter’s first item once', async () => {
    const refused = await app().inject({ method: 'DELETE', url: '/cities', headers: { accept: BROWSER } });
    expect(refused.statusCode).toBe(405);
    expect(refused.body).toContain('<h1>Something is wrong');
    const ids = [...(await page('/indicators?city=wuwie,zhangyee')).body.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('wrong-city');
    expect(ids).toEqual([...new Set(ids)]);
    // The form to mend the query, as given, comes before the long reference of what the page accepts.
    const reversed = (await page('/indicators?from=2023-01-01&to=2022-01-01')).body;
    expect(reversed).toMatch(/<input[^>]*name="to"[^>]*value="2022-01-01"/);
    expect(reversed.indexOf('class="query-form"')).toBeGreaterThan(0);
    expect(reversed.indexOf('class="query-form"')).toBeLessThan(reversed.indexOf('id="allowed-heading"'));
  });

  it('describes a record in the page’s language, and titles a figure without saying it twice', async () => {
    const figure = await json<Indicator & { unit: string }>('/indicators/000-i033');
    expect(figure.unit).toBe('percent');
    const zh = (await page('/indicators/000-i033?lang=zh')).body;
    expect(zh.match(/<meta name="description" content="([^"]*)"/)?.[1]).toContain(figure.evidence[0].text_zh_hans.slice(0, 12));
    const complaint = await json<{ problem_zh: string }>('/complaints/000-c01');
    expect((await page('/complaints/000-c01?lang=zh')).body.match(/<meta name="description" content="([^"]*)"/)?.[1]).toBe(
      complaint.problem_zh,
    );
    const description = async (url: string) => (await page(`${url}?lang=zh`)).body.match(/<meta name="description" content="([^"]*)"/)?.[1];
    const passage = await json<{ text_zh_hans: string }>('/passages/002-p016');
    expect(await description('/passages/002-p016')).toBe(passage.text_zh_hans);
    const metric = await json<{ definition_zh: string }>('/metrics/investment.funds_in_place');
    expect(await description('/metrics/investment.funds_in_place')).toBe(metric.definition_zh);
    const scope = await json<{ definition_zh: string }>('/scopes/out_of_province');
    expect(await description('/scopes/out_of_province')).toBe(scope.definition_zh);
    const source = await json<{ title_zh: string }>('/sources/000');
    expect(await description('/sources/000')).toMatch(new RegExp(`^${source.title_zh} — `));
    // A percentage reads the same in words and as written: once.
    const title = (await page('/indicators/000-i033?lang=en')).body.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
    expect(title).toMatch(/: 46\.75% · /);
    // A figure whose words differ from its writing gives both.
    expect((await page('/indicators/000-i031?lang=en')).body.match(/<title>([^<]*)<\/title>/)?.[1]).toMatch(/: .+ \(.+\) · /);
  });

  it('a withdrawn record’s page says it was withdrawn and why, in the reader’s language, and links its list, not a form', async () => {
    const retired = loadSeed().data.retired[0];
    const url = `/${retired.record_type}s/${retired.id}`;
    const problem = (await app().inject({ url, headers: { accept: 'application/json' } })).json();
    expect(problem.status).toBe(410);
    for (const [lang, heading, reason] of [
      ['en', 'No longer in the dataset', retired.reason_en],
      ['zh', '已不在数据集中', retired.reason_zh],
    ] as const) {
      const { response, body } = await page(`${url}?lang=${lang}`);
      expect(response.statusCode).toBe(410);
      expect(body).toContain(`<h1>${heading} <span class="status">(410)</span></h1>`);
      // The reason as the data gives it in that language (its first words: it quotes, and is escaped).
      expect(body.match(/<p class="problem-detail">[^<]*/)?.[0]).toContain(reason.slice(0, 24));
      expect(body).toContain(`href="/${retired.record_type}s?lang=${lang}"`);
      expect(body).not.toContain('id="allowed-heading"');
      expect(body).not.toContain('class="query-form"');
    }
  });

  it('/check marks a Traditional claim as Traditional, and counts no figure in the plural', async () => {
    const claim = '張掖市到位資金300億元';
    expect((await page(`/check?claim=${encodeURIComponent(claim)}`)).body).toContain(`<span lang="zh-Hant">${claim}`);
    const none = await app().inject({
      method: 'POST',
      url: '/check',
      payload: `text=${encodeURIComponent('这里没有数字。')}`,
      headers: { accept: BROWSER, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(none.body).toContain('0 figures checked');
  });

  it('a metric held by one area offers no comparison, and links its one record as a table', async () => {
    const metric = await json<{ areas: unknown[] }>('/metrics/agency_service.enterprises_served');
    expect(metric.areas).toHaveLength(1);
    const body = (await page('/metrics/agency_service.enterprises_served')).body;
    expect(body).not.toContain('href="/compare');
    expect(body).toContain('see as a table, filter and download');
  });

  it('lists the province first among the areas, and an area’s measures by how many figures it has', async () => {
    expect(/href="\/cities\/([a-z-]+)"/.exec((await page('/cities')).body)?.[1]).toBe('gansu');
    const figures = (await json<{ data: { metric: string }[] }>('/cities/wuwei/indicators?limit=500')).data;
    const count = new Map<string, number>();
    for (const f of figures) count.set(f.metric, (count.get(f.metric) ?? 0) + 1);
    const shown = [...(await page('/cities/wuwei')).body.matchAll(/<h3 id="m-([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(shown)).toEqual(new Set(count.keys()));
    const sizes = shown.map((m) => count.get(m) ?? 0);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBeGreaterThan(1);
  });
});

describe('an article in Traditional script', () => {
  it('is marked so on the home page in the page’s language, in the words of the article list', async () => {
    const hant = (await json<{ data: { id: string; script: string }[] }>('/sources')).data.filter((s) => s.script === 'Hant');
    expect(hant.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh']) {
      const word = lang === 'en' ? 'Traditional' : '繁体';
      expect((await page(`/sources?lang=${lang}`)).body, lang).toContain(word);
      const home = (await page(`/?lang=${lang}`)).body;
      for (const s of hant)
        expect(home, `${lang} ${s.id}`).toMatch(new RegExp(`href="/sources/${s.id}[^"]*">[\\s\\S]*?<small>[^<]* · ${word}</small>`));
    }
  });
});

describe('a complaint’s households', () => {
  it('are grouped by thousands in English, as its title writes them, in the list and on its page', async () => {
    const { data } = await json<{ data: { id: string; households: number | null }[] }>('/complaints?limit=500');
    const large = data.filter((c) => (c.households ?? 0) >= 1000);
    expect(large.length).toBeGreaterThan(0);
    const list = (await page('/complaints?limit=500')).body;
    for (const c of large) {
      const written = (c.households ?? 0).toLocaleString('en-US');
      expect(list, c.id).toContain(`>${written}<`);
      expect((await page(`/complaints/${c.id}`)).body, c.id).toContain(`>${written}<`);
    }
  });
});

describe('a form’s hints', () => {
  it('say of a select, which sends one value, nothing of commas, and of a text field what the API says', async () => {
    for (const lang of ['en', 'zh']) {
      // An error page's form offers fields= as a select: its hint drops the list, and the word that led to it.
      for (const url of ['/search', '/indicators', '/initiatives', '/projects', '/cities/wuwei?fields=bogus']) {
        const { body } = await page(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        const selects = [...body.matchAll(/<select id="f-([a-z_]+)"/g)].map((m) => m[1]);
        expect(selects.length, url).toBeGreaterThan(0);
        for (const name of selects) {
          const hint = body.match(new RegExp(`id="f-${name}-hint"[^>]*>([\\s\\S]*?)</small>`))?.[1] ?? '';
          expect(hint, `${lang} ${url} ${name}`).not.toMatch(/comma-separated|逗号分隔|For example|例如|。。|among[.。]/);
          // Nor the raw values the options name otherwise (city where the option says area).
          const select = body.slice(
            body.indexOf(`<select id="f-${name}"`),
            body.indexOf('</select>', body.indexOf(`<select id="f-${name}"`)),
          );
          const values = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
          // (true: and false: say what a yes or a no keeps, which is no list.)
          const named = values.filter((v) => !['true', 'false'].includes(v) && hint.split(/[\s,、，（）()：:.。]+/).includes(v));
          expect(named, `${lang} ${url} ${name}`).toHaveLength(0);
        }
      }
      const city = (await page(`/indicators?lang=${lang}`)).body.match(/id="f-city-hint"[^>]*>([\s\S]*?)<\/small>/)?.[1] ?? '';
      expect(city, lang).toMatch(/comma-separated|逗号分隔/);
    }
    // The fields a list sorts by, which are its own, named in Chinese as in English.
    for (const url of ['/indicators', '/projects']) {
      const sortHint = async (lang: string) =>
        (await page(`${url}?lang=${lang}`)).body.match(/id="f-sort-hint"[^>]*>([\s\S]*?)<\/small>/)?.[1] ?? '';
      const fields = /among ([^;]+);/.exec(await sortHint('en'))?.[1].split(', ') ?? [];
      expect(fields.length, url).toBeGreaterThan(2);
      expect(await sortHint('zh'), url).toContain(`（可选：${fields.join(', ')}）`);
    }
  });
});

describe('a filter that leaves no rows', () => {
  it('still shows its chosen value in the counts, as a link that removes it', async () => {
    const qualifiers = ['exact', 'more_than', 'at_least', 'approx', 'less_than'];
    let url: string | undefined;
    for (const q of qualifiers) {
      const candidate = `/cities/wuwei/indicators?qualifier=${q}&year=2023`;
      if ((await json<{ meta: { total: number } }>(candidate)).meta.total === 0) url = candidate;
    }
    if (!url) throw new Error('no qualifier leaves Wuwei no 2023 row');
    const { body } = await page(url);
    const facets = body.slice(body.indexOf('class="facets"'), body.indexOf('</section>', body.indexOf('class="facets"')));
    const chosen = facets.match(/<a href="([^"]*)" aria-current="true">[^<]*<span class="count">0<\/span>/);
    expect(chosen, url).not.toBeNull();
    // Following it takes the filter off and keeps the rest.
    const removed = new URL((chosen?.[1] ?? '').replaceAll('&amp;', '&'), 'http://ledger');
    expect(removed.searchParams.has('qualifier')).toBe(false);
    expect(removed.searchParams.get('year')).toBe('2023');
  });

  it('names no value for a filter that has rows under another name (scope=none, a family), and removes one value of a list alone', async () => {
    const zeroes = (body: string) => {
      const facets = body.slice(body.indexOf('class="facets"'), body.indexOf('</section>', body.indexOf('class="facets"')));
      return [...facets.matchAll(/<a href="([^"]*)" aria-current="true">[^<]*<span class="count">0<\/span>/g)].map((m) => m[1]);
    };
    for (const url of ['/indicators?scope=none', '/indicators?metric=tourism.*']) {
      expect((await json<{ meta: { total: number } }>(url)).meta.total, url).toBeGreaterThan(0);
      expect(zeroes((await page(url)).body), url).toEqual([]);
    }
    const qualifiers = ['exact', 'more_than', 'at_least', 'approx', 'less_than'];
    const counts = await Promise.all(
      qualifiers.map(async (q) => (await json<{ meta: { total: number } }>(`/cities/wuwei/indicators?qualifier=${q}`)).meta.total),
    );
    const some = qualifiers[counts.findIndex((n) => n > 0)];
    const none = qualifiers[counts.indexOf(0)];
    const [link] = zeroes((await page(`/cities/wuwei/indicators?qualifier=${some},${none}`)).body);
    expect(new URL(link.replaceAll('&amp;', '&'), 'http://ledger').searchParams.get('qualifier')).toBe(some);
  });
});

describe('the comparisons the pages offer', () => {
  it('each show every area they name, two or more, in one scope: on /compare, /metrics and a metric’s page', async () => {
    const links = new Set<string>();
    for (const url of ['/compare', '/metrics?limit=500', '/metrics/investment.funds_in_place']) {
      for (const m of (await page(url)).body.matchAll(/href="(\/compare\?metric=[^"]+)"/g)) links.add(m[1].replaceAll('&amp;', '&'));
    }
    expect(links.size).toBeGreaterThan(5);
    let scoped = 0;
    for (const link of links) {
      const asked = new URL(link, 'http://ledger').searchParams;
      const { data, meta } = await json<{ data: { city: string }[]; meta: { without?: string[] } }>(link);
      const shown = new Set(data.map((row) => row.city));
      expect(shown.size, link).toBeGreaterThanOrEqual(2);
      expect(meta.without ?? [], link).toEqual([]);
      expect([...shown].sort(), link).toEqual((asked.get('cities') ?? '').split(',').sort());
      if (asked.has('scope')) scoped++;
    }
    // Out-of-province funds in place are Gansu's, Linze's and Shandan's: offered in their scope, not beside Wuwei's one bar.
    expect(scoped).toBeGreaterThan(0);
  });
});

describe('a passage page', () => {
  it('lists the records quoting it by type, then id', async () => {
    const body = (await page('/passages/002-p003')).body;
    const section = body.slice(body.indexOf('id="quoting-heading"'));
    const quoting = [...section.matchAll(/href="\/(indicator|initiative|project|complaint)s\/([^"?]+)"/g)].map((m) => [m[1], m[2]]);
    expect(new Set(quoting.map(([type]) => type)).size).toBeGreaterThan(1);
    const inOrder = [...quoting].sort(([t1, i1], [t2, i2]) => (t1 === t2 ? (i1 < i2 ? -1 : 1) : t1 < t2 ? -1 : 1));
    expect(quoting).toEqual(inOrder);
  });

  it('says under its heading what the list is, and names each record quoting it by its label, in the page’s language', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const body = (await page(`/passages/002-p003?lang=${lang}`)).body;
      const heading = body.match(/<h2 id="quoting-heading">([^<]*)<\/h2>/)?.[1] ?? '';
      expect(heading, lang).toMatch(lang === 'en' ? /^Records quoting this passage$/ : /^引用本段的记录$/);
      const section = body.slice(body.indexOf('id="quoting-heading"'), body.indexOf('</section>', body.indexOf('id="quoting-heading"')));
      const indicators = [...section.matchAll(/href="\/indicators\/([^"?]+)[?"]/g)].map((m) => m[1]);
      expect(indicators.length, lang).toBeGreaterThan(0);
      for (const id of indicators) {
        const label = (await json<{ label_en: string; label_zh: string }>(`/indicators/${id}`))[`label_${lang}`];
        expect(section, `${lang} ${id}`).toContain(html(label));
      }
    }
  });
});

describe('what the fourth mutation round found no test reading', () => {
  it('lets every crawler read every page', async () => {
    const response = await app().inject('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body.split('\n')).toEqual(['User-agent: *', 'Allow: /', '']);
  });

  it('frames a page with a switch to its own address in the other language, and the navigation marks where the reader is', async () => {
    for (const [lang, other] of [
      ['en', 'zh-Hans'],
      ['zh', 'en'],
    ] as const) {
      const { body } = await page(`/cities?lang=${lang}`);
      // The default page size is no part of the address: the other language's page is /cities, as this one is.
      expect(body, lang).toContain(
        `<a class="lang-switch" href="/cities?lang=${lang === 'en' ? 'zh' : 'en'}" lang="${other}" hreflang="${other}"`,
      );
      const nav = body.slice(body.indexOf('<nav aria-label='), body.indexOf('</nav>', body.indexOf('<nav aria-label=')));
      expect(nav.match(/<a [^>]*aria-current="page"[^>]*>/g), lang).toEqual([`<a href="/cities?lang=${lang}" aria-current="page">`]);
    }
  });

  it('lets the search box take no more than the API reads', async () => {
    const { body } = await page('/');
    expect(body).toMatch(new RegExp(`<input id="site-q" name="q" type="search" [^>]*maxlength="${LIMITS.queryLength}"`));
    expect((await app().inject(`/search?q=${'a'.repeat(LIMITS.queryLength + 1)}`)).statusCode).toBe(400);
    expect((await app().inject(`/search?q=${'a'.repeat(LIMITS.queryLength)}`)).statusCode).toBe(200);
  });

  it('echoes what a request gave without its bidirectional controls, isolated, on pages search engines are told not to keep', async () => {
    const override = '\u202Edetcartnoc :tcidrev';
    const search = (await page(`/search?q=${encodeURIComponent(override)}`)).body;
    expect(search).toContain('<h1>Results for “<bdi lang="en">detcartnoc :tcidrev</bdi>”</h1>');
    expect(search).toContain('<title>Results for “detcartnoc :tcidrev”');
    const refused = await page(`/cities/${encodeURIComponent(`wuwei${override}`)}`);
    expect(refused.response.statusCode).toBe(404);
    expect(refused.body).toContain('No city has the slug &quot;wuweidetcartnoc :tcidrev&quot;.</p>');
    // Anywhere on the page: the echoed path, its detail and its description alike; a form's field keeps the query as
    // given (its own text, reordering nothing outside it).
    const outsideFields = (body: string) => body.replace(/ value="[^"]*"/g, '');
    expect(outsideFields(refused.body)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(outsideFields(search)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // The check page shows the text it checked so too, its figures' marks where they were.
    const checked = (await page(`/check?claim=${encodeURIComponent(`${override} 武威市2023年招商引资到位资金429.49亿元`)}`)).body;
    expect(outsideFields(checked.replace(/<textarea[\s\S]*?<\/textarea>/g, ''))).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(checked).toContain('<mark>429.49亿元</mark><sup aria-hidden="true">1</sup>');
    // A page titled with whatever a link gives is for its reader, not for search engines to keep; the form alone is.
    const noindex = '<meta name="robots" content="noindex"/>';
    expect(search).toContain(noindex);
    expect((await page(`/check?claim=${encodeURIComponent('武威到位资金429.49亿元')}`)).body).toContain(noindex);
    expect((await page('/check')).body).not.toContain(noindex);
    expect((await page('/cities/wuwei')).body).not.toContain(noindex);
  });

  it('names a refused control character by its code point, and offers the query without it to apply again', async () => {
    const refused = await page(`/search?q=${encodeURIComponent('ab\u0000c\u202Ed')}`);
    expect(refused.response.statusCode).toBe(400);
    // Listed, it is seen and reorders nothing after it (the reason follows it in its line).
    expect(refused.body).toContain('<code>ab[U+0000]c[U+202E]d</code>');
    // In the field, a NUL would be U+FFFD, and applying the form would search for it.
    expect(refused.body).toContain('name="q" type="text" value="abc\u202Ed"');
    expect(refused.body).not.toContain('\u0000');
  });

  it('says how long a complaint took in days, in each language', async () => {
    const { data } = await json<{ data: { id: string; duration_days: number | null }[] }>('/complaints?limit=500');
    const timed = data.filter((c) => c.duration_days !== null);
    expect(timed.length).toBeGreaterThan(0);
    const [en, zh] = [(await page('/complaints?limit=500&lang=en')).body, (await page('/complaints?limit=500&lang=zh')).body];
    for (const c of timed) {
      expect(en, c.id).toContain(`>${c.duration_days} days<`);
      expect(zh, c.id).toContain(`>${c.duration_days} 天<`);
    }
  });

  it('quotes a complaint’s passages word for word, a number two of its figures share marked once', async () => {
    const figures = (await json<{ data: { complaint: string | null; value_text: string; unit_zh: string }[] }>('/indicators?limit=500'))
      .data;
    const counted = figures.filter((i) => i.complaint !== null);
    const shared = counted.filter((i, k) =>
      counted.some((o, j) => j !== k && o.complaint === i.complaint && o.value_text === i.value_text && o.unit_zh === i.unit_zh),
    );
    expect(shared.length).toBeGreaterThan(0);
    for (const id of new Set(shared.map((i) => i.complaint as string))) {
      const complaint = await json<{ evidence: Evidence[] }>(`/complaints/${id}`);
      const { body } = await page(`/complaints/${id}`);
      const quoted = [...body.matchAll(/<blockquote [^>]*><p>([\s\S]*?)<\/p><\/blockquote>/g)].map((m) => m[1]);
      expect(
        quoted.map((q) => q.replace(/<\/?mark>/g, '')),
        id,
      ).toEqual(complaint.evidence.map((e) => html(e.text)));
      for (const i of shared.filter((s) => s.complaint === id))
        expect(quoted.join('').match(new RegExp(`<mark>${i.value_text}</mark>`, 'g'))?.length, i.value_text).toBeGreaterThan(0);
      expect(quoted.join(''), id).not.toContain('</mark><mark>');
    }
  });

  it('switches an error page’s language keeping what was refused, to correct it, but no empty field nor the format', async () => {
    // The format is the switch's own to say (format=html where a script asked for pages); a refused one is not carried.
    const refused = (await page('/indicators?format=xml&ctiy=wuwei')).body;
    expect(refused).toContain('<a class="lang-switch" href="/indicators?ctiy=wuwei&amp;lang=zh"');
    // An empty field is no part of an address (a page's own would have been sent to the address without it).
    const wrongLanguage = await page('/indicators?lang=fr&unit=&ctiy=wuwei');
    expect(wrongLanguage.response.statusCode).toBe(400);
    expect(wrongLanguage.body).toContain('<a class="lang-switch" href="/indicators?ctiy=wuwei&amp;lang=zh"');
  });

  it('says under each quote of a record where it stands in its article, from its first code point to its last', async () => {
    const indicator = await json<Indicator>('/indicators/000-i031');
    const { body } = await page('/indicators/000-i031');
    for (const e of indicator.evidence) expect(body, e.id).toContain(` · Passage ${e.id}, ${e.start}–${e.end}</figcaption>`);
    // …and its article by the title in 《》, and in English on an English page (page20: only the Chinese, slanted).
    const source = await json<{ title_zh: string; title_en: string }>('/sources/000');
    const cited = `<cite lang="zh-Hans">《${source.title_zh}》</cite>`;
    const english = source.title_en.replaceAll('"', '&quot;');
    expect(body).toContain(`${cited}<span lang="en"> (${english})</span>`);
    const zh = (await page('/indicators/000-i031?lang=zh')).body;
    expect(zh).toContain(cited);
    expect(zh).not.toContain(`${cited}<span lang="en">`);
  });

  it('a list says which rows it shows up to its last, links the pages before and after as such, and opens its form when filtered', async () => {
    const { total } = (await json<{ meta: { total: number } }>('/indicators?city=wuwei&limit=1')).meta;
    expect(total).toBeGreaterThan(10);
    const last = (await page(`/indicators?city=wuwei&limit=${total - 1}&offset=${total - 1}`)).body;
    expect(last).toContain(`Showing ${total}–${total} of ${total} rows`);
    expect((await page('/indicators')).body).toMatch(/<details class="form-box">/);
    const middle = (await page('/indicators?city=wuwei&limit=5&offset=5')).body;
    expect(middle).toMatch(/<a href="\/indicators\?city=wuwei&amp;limit=5&amp;offset=0" rel="prev">← Previous<\/a>/);
    expect(middle).toMatch(/<a href="\/indicators\?city=wuwei&amp;limit=5&amp;offset=10" rel="next">Next →<\/a>/);
    expect(middle).toMatch(/<details class="form-box" open(="")?>/);
    // What chose and ordered the rows is said under the heading and in the caption, not in the form alone: a shared
    // link's page of four rows, or of none, must not read as all an area has. A page of the list alone says nothing.
    const asked = ['metric=tourism.*', 'year=2023', 'sort=-value_base'];
    const chosen = (await page(`/cities/wuwei/indicators?${asked.join('&')}&limit=5`)).body;
    const said = asked.map((a) => `<code>${a.replace('&', '&amp;')}</code>`);
    expect(chosen).toMatch(
      new RegExp(
        `</h1><p class="list-asked">Rows chosen and ordered by: <span>${said.join('</span><span>; ')}</span> · <a href="/cities/wuwei/indicators">`.replaceAll(
          '*',
          '\\*',
        ),
      ),
    );
    expect(chosen).toMatch(/<caption>[^<]*\(metric=tourism\.\*; year=2023; sort=-value_base\)<\/caption>/);
    expect((await page('/cities/wuwei/indicators?year=1999&lang=zh')).body).toContain(
      '本页的筛选与排序：<span><code>year=1999</code></span>',
    );
    expect((await page('/cities/wuwei/indicators?limit=5')).body).not.toContain('list-asked');
  });

  it('labels every cell a phone shows as a line of a card: each but a row’s first, in every table that becomes cards', async () => {
    const pages = ['/sources/002', '/sources/002?view=simplified', '/problems', '/indicators?limit=20', '/metrics', '/scopes', '/projects'];
    let cells = 0;
    for (const url of pages)
      for (const lang of ['en', 'zh']) {
        const body = (await page(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`)).body;
        for (const [wrap] of body.matchAll(/<div class="table-wrap">[\s\S]*?<\/table>/g))
          for (const [, row] of wrap
            .matchAll(/<tbody>[\s\S]*?<\/tbody>/g)
            .next()
            .value?.[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g) ?? []) {
            const later = [...row.matchAll(/<(td|th)\b([^>]*)>/g)].slice(1).filter(([, tag]) => tag === 'td');
            for (const [cell] of later) {
              expect(cell, `${url} ${lang}`).toMatch(/ data-label="[^"]+"/);
              cells++;
            }
          }
      }
    expect(cells).toBeGreaterThan(100);
  });

  it('titles an area’s list with the area, and asks of a mistyped path in the page’s own punctuation', async () => {
    const wuwei = await json<{ name_en: string; name_zh: string }>('/cities/wuwei');
    const scoped = (await page('/cities/wuwei/indicators')).body;
    expect(scoped).toContain(`<h1>${wuwei.name_en} · Indicators</h1>`);
    expect(scoped).toContain(`<title>${wuwei.name_en} · Indicators · `);
    const near = ((await app().inject('/cites')).json() as { did_you_mean: string }).did_you_mean;
    expect(near).toBe('/cities');
    expect((await page('/cites?lang=zh')).body).toContain(`您是否想要 <a href="${near}?lang=zh">${near}</a>？</p>`);
    expect((await page('/cites?lang=en')).body).toContain(`Did you mean <a href="${near}?lang=en">${near}</a>?</p>`);
  });

  it('names a wrong parameter in the page’s language: its Chinese name with the API’s beside it, or the API’s alone', async () => {
    const named = async (lang: string) =>
      (await page(`/indicators?city=wuwie&lang=${lang}`)).body.match(/<li id="wrong-city"><code>([^<]*)<\/code>/)?.[1];
    expect(await named('en')).toBe('city');
    expect(await named('zh')).toMatch(/^\p{Script=Han}+ \(city\)$/u);
  });

  it('anchors a passage that runs over a line break once, where it starts: no id twice on an article’s page', async () => {
    const passages = (await json<{ data: { id: string; text: string }[] }>('/passages?source=000&limit=500')).data;
    const broken = passages.filter((p) => p.text.includes('\n'));
    expect(broken.length).toBeGreaterThan(0);
    const { body } = await page('/sources/000');
    const ids = [...body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
    for (const p of broken) expect(ids, p.id).toContain(p.id);
  });

  it('marks an article’s text as the script it is shown in: Traditional as received, Simplified as read', async () => {
    const article = (view: string) =>
      page(`/sources/002?view=${view}`).then(({ body }) => body.match(/<article id="article-text"[^>]*>/)?.[0]);
    expect(await article('verbatim')).toContain('lang="zh-Hant"');
    expect(await article('simplified')).toContain('lang="zh-Hans"');
  });

  it('links from a figure’s page the CSV of its area’s figures of its measure', async () => {
    const indicator = await json<Indicator>('/indicators/000-i031');
    const link = `/indicators?city=${indicator.city}&metric=${encodeURIComponent(indicator.metric)}&format=csv`;
    expect((await page('/indicators/000-i031')).body).toContain(`<a href="${html(link)}" type="text/csv">`);
    const csv = await page(link);
    expect(csv.response.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain(indicator.id);
  });

  it('gives an undated figure’s period as none, with the day it was reported', async () => {
    const undated = (await json<{ data: { id: string; reported_on: string | null }[] }>('/indicators?undated=true&limit=500')).data;
    const reported = undated.find((i) => i.reported_on !== null);
    if (!reported?.reported_on) throw new Error('no undated figure has a report date');
    const { body } = await page(`/indicators/${reported.id}`);
    const period = body.match(/<dt>Period<\/dt><dd>([^<]*)<\/dd>/)?.[1];
    expect(period).toMatch(new RegExp(`^[^()]+ \\(Reported [^)]*${reported.reported_on.slice(0, 4)}\\)$`));
  });

  it('badges a figure more than one article reports, and no other', async () => {
    for (const corroborated of [true, false]) {
      const [figure] = (await json<{ data: { id: string }[] }>(`/indicators?corroborated=${corroborated}&limit=1`)).data;
      const { body } = await page(`/indicators/${figure.id}`);
      expect(body.includes('<p class="badge">Corroborated by more than one article</p>'), figure.id).toBe(corroborated);
    }
  });

  it('gives a Chinese reader a figure in base units only where they read otherwise than as written (page20)', async () => {
    const inBase = async (id: string) =>
      ((await page(`/indicators/${id}?lang=zh`)).body.match(/<p class="in-base">([\s\S]*?)<\/p>/)?.[1] ?? '').replace(/<[^>]+>/g, '');
    expect(await inBase('000-i031')).not.toContain('429.49亿元');
    expect(await inBase('004-i004')).toContain('360个项目 · ');
    expect(await inBase('000-i004')).toContain('超过5000次 · ');
  });

  it('says a figure’s period and scope apart, and escapes the chart’s links as its SVG must', async () => {
    const figures = (await json<{ data: { id: string; period: string | null; scope: string | null }[] }>('/indicators?limit=500')).data;
    const scoped = figures.find((i) => i.period !== null && i.scope !== null);
    if (!scoped?.scope) throw new Error('no figure has both a period and a scope');
    const scope = await json<{ name_en: string }>(`/scopes/${scoped.scope}`);
    const { body } = await page(`/indicators/${scoped.id}`);
    const inner = body.match(/<p class="in-base">[\s\S]*?<span class="circumstances">(.*?)<\/span>/)?.[1] ?? '';
    const said = inner.replace(/<[^>]+>/g, '');
    expect(said.split('; ').at(1)).toBe(scope.name_en.charAt(0).toLowerCase() + scope.name_en.slice(1));
    // …the scope linked to what it means, wherever a figure is listed (a city's page too: read17).
    expect(inner).toMatch(new RegExp(`<a href="/scopes/${scoped.scope}(\\?lang=en)?">`));
    const city = (await page(`/cities/${(await json<{ city: string }>(`/indicators/${scoped.id}`)).city}?lang=zh`)).body;
    expect(city).toMatch(new RegExp(`<span class="circumstances">[^<]*<a href="/scopes/${scoped.scope}\\?lang=zh">[^<]+口径</a>`));
    const row = {
      city: 'a',
      city_name_zh: 'a',
      city_name_en: 'A',
      period: '2023',
      period_start: '2023-01-01',
      value_base: 1,
      unit: 'count',
      indicator: 'x',
    };
    const chart = comparisonChart([row, { ...row, city: 'b', indicator: 'y' }], {
      lang: 'en',
      id: 'c',
      title: 't',
      description: 'd',
      hrefOf: (r) => `/indicators/${r.indicator}?format=html&lang=en`,
      labelOf: (r) => r.city,
    });
    expect(chart.svg).toContain('<a href="/indicators/x?format=html&amp;lang=en"');
    expect(chart.svg).not.toContain('&lang');
    // Two periods of each area are bars side by side; three, lines.
    const periods = (n: number) =>
      ['a', 'b'].flatMap((city) =>
        ['2021', '2022', '2023']
          .slice(0, n)
          .map((period) => ({ ...row, city, period, period_start: `${period}-01-01`, indicator: city + period })),
      );
    expect(drawComparison(periods(2)).kind).toBe('grouped');
    expect(drawComparison(periods(3)).kind).toBe('lines');
  });

  it('links the list with the areas within an area where it holds more than the area’s own, counted, saying when none is its own', async () => {
    let linked = 0;
    let unlinked = 0;
    for (const area of ['lanzhou', 'zhangye', 'tianzhu', 'wuwei']) {
      const { body } = await page(`/cities/${area}`);
      for (const path of ['indicators', 'initiatives', 'complaints', 'projects']) {
        const total = async (url: string) =>
          (await json<{ meta: { total: number } }>(`${url}${url.includes('?') ? '&' : '?'}limit=1`)).meta.total;
        const [own, within] = [await total(`/cities/${area}/${path}`), await total(`/${path}?within=${area}`)];
        // Named with its records, as a list of links reads it out of context: four such links a page.
        const named = { indicators: 'Indicators', initiatives: 'Initiatives', complaints: 'Complaints', projects: 'Projects' }[path];
        const link = `<a href="/${path}?within=${area}" aria-label="${named}: the list with the areas within it">the list with the areas within it</a><span class="count"> (${within})</span>`;
        expect(body.includes(link), `${area} ${path}: ${own} of ${within}`).toBe(within > own);
        if (within > own) expect(body.includes(`None of its own; ${link}`), `${area} ${path}`).toBe(own === 0);
        // None at all is said under its heading, not left an empty list (page20).
        const section = body.slice(body.indexOf(`<h2 id="${path === 'indicators' ? 'figures' : path}-heading">`));
        const none = section.slice(0, section.indexOf('</section>')).includes('<p class="none">None recorded.</p>');
        expect(none, `${area} ${path}: ${own} of ${within}`).toBe(within === 0);
        within > own ? linked++ : unlinked++;
      }
    }
    // Lanzhou's projects are all its districts'; its initiatives none at all.
    expect([linked, unlinked].every((n) => n > 2)).toBe(true);
    expect((await page('/cities/lanzhou')).body).toContain('None of its own; <a href="/projects?within=lanzhou" ');
  });

  it('links all of a scope’s figures as such where its page lists only the first of them', async () => {
    const { meta } = await json<{ meta: { total: number } }>('/indicators?scope=one_programme&limit=1');
    const { body } = await page('/scopes/one_programme');
    const listed = body.slice(body.indexOf('id="figures-heading"')).match(/<ul class="figures">([\s\S]*?)<\/ul>/)?.[1] ?? '';
    expect(listed.match(/<li>/g)?.length).toBeLessThan(meta.total);
    expect(body).toContain('<a href="/indicators?scope=one_programme">all of them</a>');
  });

  it('names each article that reports an area’s figure once under its quote, the quote’s own first', async () => {
    const indicators = await json<{ data: Indicator[] }>('/cities/wuwei/indicators?limit=500');
    const several = indicators.data.filter((i) => new Set(i.evidence.map((e) => e.source)).size > 1);
    expect(several.length).toBeGreaterThan(0);
    const { body } = await page('/cities/wuwei');
    for (const i of several) {
      const at = body.indexOf(`<a href="/indicators/${i.id}">`);
      const card = body.slice(at, body.indexOf('</li>', at));
      const linked = [...card.matchAll(/href="\/sources\/(\d+)#/g)].map((m) => m[1]);
      expect(new Set(linked).size, i.id).toBe(linked.length);
      expect([...linked].sort(), i.id).toEqual([...new Set(i.evidence.map((e) => e.source))].sort());
    }
  });
});

describe('a comparison of a scope kept as a metric of its own', () => {
  it('links that metric where the scope asked for has no figure, in each language, and says nothing of it elsewhere', async () => {
    // The curation keeps out-of-province growth apart: its key is the metric's with the scope written in.
    const metrics = (await json<{ data: { key: string }[] }>('/metrics?limit=500')).data.map((m) => m.key);
    const own = metrics.find(
      (key) => key !== 'investment.funds_in_place.growth' && key.replace('out_of_province_', '') === 'investment.funds_in_place.growth',
    );
    expect(own).toBeDefined();
    const url = '/compare?metric=investment.funds_in_place.growth&within=gansu&scope=out_of_province';
    expect((await json<{ meta: { scope: { rows: number } } }>(url)).meta.scope.rows).toBe(0);
    const linked = `<a href="/compare?within=gansu&amp;metric=${own}&amp;lang=`;
    for (const lang of ['en', 'zh']) {
      const { body } = await page(`${url}&lang=${lang}`);
      expect(body, lang).toContain(`${linked}${lang}">`);
      expect(body, lang).toContain(`<code>${own}</code>`);
    }
    // Its link compares figures: the metric has them for these areas.
    expect((await json<{ data: unknown[] }>(`/compare?within=gansu&metric=${own}`)).data.length).toBeGreaterThan(0);
    // A scope with no figure here and no metric of its own is only said to have nothing.
    const { body } = await page('/compare?metric=investment.funds_in_place&cities=wuwei&year=2023&scope=out_of_province&lang=en');
    expect(body).toContain('There is nothing to compare.');
    expect(body).not.toContain('a metric of their own');
  });
});
