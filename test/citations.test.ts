/**
 * Citations as reference managers read them: every format of /{type}/{id}/cite parsed back with
 * citation.js (BibTeX, RIS, CSL-JSON) gives the article's title as printed, each person as one name
 * in the role the article gives, its date, a newspaper or online article's type, and the dataset
 * with its version; CSL-JSON is valid against the CSL data schema; the verbatim quote and, marked,
 * the repaired Simplified reading of 002 are in the note, with where the quote stands in its
 * article; GB/T 7714-2015 matches the standard's own examples. What citation.js reads the same
 * either way (BibTeX's escaped %, RIS's PY and organisation author) is asserted in the text itself.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { gbtArticle } from '../src/citations/gbt7714.ts';
import type { CitedSource } from '../src/citations/index.ts';
import { loadConfig } from '../src/config.ts';
import { getJson, useApp, withApp } from './helper.ts';

const app = useApp();

type Csl = {
  id: string;
  type: string;
  title?: string;
  'title-short'?: string;
  author?: { family?: string; literal?: string; given?: string }[];
  editor?: { family?: string; literal?: string }[];
  issued?: { 'date-parts': number[][] };
  version?: string;
  note?: string;
  genre?: string;
  'container-title'?: string;
  publisher?: string;
};

const cite = async (path: string, format: string) => {
  const response = await app().inject({ url: `${path}/cite?format=${format}` });
  expect(response.statusCode).toBe(200);
  return response.body;
};

/** What citation.js reads from a citation, as CSL-JSON. */
const readBack = async (text: string): Promise<Csl[]> => (await Cite.async(text)).format('data', { format: 'object' }) as Csl[];

/** A person as citation.js gives them: the one name, whichever part it landed in. */
const nameOf = (p: { family?: string; literal?: string; given?: string }) => p.literal ?? [p.family, p.given].filter(Boolean).join('');

describe('the dataset alone (GET /cite)', () => {
  it('is one reference, the dataset of the version served, in every format, named for it, and the home page links it', async () => {
    const { version } = app().datasetMeta;
    for (const format of ['bibtex', 'ris', 'csl-json']) {
      const response = await app().inject({ url: `/cite?format=${format}` });
      expect(response.statusCode, format).toBe(200);
      expect(response.headers['content-disposition'], format).toMatch(
        new RegExp(`^inline; filename="gansu-campaign-ledger-${version}\\.(bib|ris|json)"$`),
      );
      expect(await readBack(response.body), format).toEqual([
        expect.objectContaining({ type: 'dataset', title: 'Gansu Campaign Ledger', version }),
      ]);
    }
    expect((await app().inject({ url: '/cite?format=gbt7714' })).body).toMatch(/^\[1\] [^\n]*Gansu Campaign Ledger[^\n]*\[DS\]/);
    // Without format=, the media type Accept names chooses it, as for a record.
    expect((await app().inject({ url: '/cite', headers: { accept: 'application/x-research-info-systems' } })).body).toMatch(
      /^TY {2}- DATA$/m,
    );
    const home = (await app().inject({ url: '/?format=html' })).body;
    for (const format of ['ris', 'csl-json', 'bibtex', 'gbt7714']) expect(home).toContain(`href="/cite?format=${format}"`);
  });
});

describe('a record', () => {
  it('of every table whose records quote articles is citable (contrib14: a hand-kept list had left a new type out)', async () => {
    const tables = (await getJson(app(), '/datapackage.json')).body.resources as { name: string; schema: { primaryKey: string[] } }[];
    const quoting = [];
    for (const { name, schema } of tables) {
      const [first] = (await getJson(app(), `/${name}?limit=1`)).body.data;
      if (Array.isArray(first.evidence) && first.evidence.length > 0) quoting.push(`/${name}/${first[schema.primaryKey[0]]}`);
    }
    expect(quoting.length).toBeGreaterThanOrEqual(4);
    for (const path of quoting) expect((await app().inject({ url: `${path}/cite?format=ris` })).statusCode, path).toBe(200);
  });
});

describe('a citation of 002 (in Traditional script), read back by citation.js', () => {
  it('says its title is given in its Simplified reading, which the article prints otherwise (take12)', async () => {
    const source = (await getJson(app(), '/sources/002')).body;
    expect(source.script).toBe('Hant');
    for (const format of ['bibtex', 'ris', 'csl-json']) {
      const [article] = await readBack(await cite('/indicators/002-i001', format));
      expect(article.title, format).toBe(source.title_zh);
      expect(article.note, format).toContain('Title given in its Simplified reading; the article prints it in Traditional script.');
    }
  });
});

describe('a citation of 004 (a web page with a reporter and an editor), read back by citation.js', () => {
  it('in BibTeX, RIS and CSL-JSON gives the title as printed, the reporter as the author, the editor as editor, the date, an online article', async () => {
    const source = (await getJson(app(), '/sources/004')).body;
    for (const format of ['bibtex', 'ris', 'csl-json']) {
      const [article, dataset] = await readBack(await cite('/indicators/004-i001', format));
      expect(article.title, format).toBe(source.title_zh);
      expect(article['title-short'], format).toBeUndefined();
      expect(article.author?.map(nameOf), format).toEqual(['郭军']);
      expect(article.editor?.map(nameOf), format).toEqual(['赵满同']);
      expect(article.issued, format).toEqual({ 'date-parts': [[2021, 4, 22]] });
      // The site: biblatex's organization of an @online entry, which citation.js reads as its publisher.
      expect(article['container-title'] ?? article.publisher, format).toBe('中国甘肃网');
      expect(article.type, format).toBe('webpage');
      expect(article.note, format).toContain(`English title: ${source.title_en}`);
      // 004 is in Simplified script: its title is as printed, and no note says otherwise.
      expect(article.note, format).not.toContain('Title given in its Simplified reading');
      expect(JSON.stringify(article), format).not.toMatch(/"(title|title-short)":"High-quality/);
      expect(dataset, format).toMatchObject({ type: 'dataset', title: 'Gansu Campaign Ledger', version: app().datasetMeta.version });
    }
  });

  it('in BibTeX names an online article’s site once, and ends each English translation in its note', async () => {
    const source = (await getJson(app(), '/sources/004')).body;
    const bibtex = await cite('/indicators/004-i001', 'bibtex');
    const article = bibtex.slice(0, bibtex.indexOf('\n}\n'));
    expect(article.split(`{${source.outlet}}`).length - 1).toBe(1);
    // Every passage's English, joined with the next line, ends its sentence before the next begins.
    const initiative = await cite('/initiatives/three-grasps-three-promotes', 'bibtex');
    const englishes = [...initiative.matchAll(/English: (.*?) (?=Quoted verbatim|Cited for)/g)].map((m) => m[1]);
    expect(englishes.length).toBeGreaterThan(0);
    for (const english of englishes) expect(english).toMatch(/[.!?…)”"']$/);
    // A translation that ends a clause (;) ends in a full stop instead, never in both.
    const clause = await cite('/indicators/001-i067', 'bibtex');
    expect(clause).toMatch(/English: /);
    expect(clause).not.toMatch(/[;,:]\./);
  });

  it('in BibTeX has date and year, people joined by "and", and @online', async () => {
    const bibtex = await cite('/indicators/004-i001', 'bibtex');
    expect(bibtex).toMatch(/^@online\{ledger-004-i001-004,\n {2}author = \{郭军\},\n {2}editor = \{赵满同\},/);
    expect(bibtex).toContain('  date = {2021-04-22},\n  year = {2021},');
    expect(bibtex).toMatch(/@dataset\{gansu-campaign-ledger-[0-9a-f]{16},/);
  });
});

describe('BibTeX read by an importer that sentence-cases titles (Zotero’s Better BibTeX)', () => {
  it('keeps the dataset’s English title, a proper name, as written, and the Chinese titles as printed', async () => {
    const bibtex = await cite('/indicators/004-i001', 'bibtex');
    const settings = plugins.config.get('@bibtex').parse;
    const before = settings.sentenceCase;
    settings.sentenceCase = 'always';
    try {
      const [article, dataset] = await readBack(bibtex);
      expect(dataset.title).toBe('Gansu Campaign Ledger');
      expect(article.title).toBe((await getJson(app(), '/sources/004')).body.title_zh);
    } finally {
      settings.sentenceCase = before;
    }
    expect(bibtex).toContain('  title = {{Gansu Campaign Ledger}},');
  });
});

describe('a citation of 000 and 003 (bylines of three, outlet and date not stated)', () => {
  it('gives three authors for each article in every format, a newspaper article, and no date', async () => {
    const bylines = [
      ['金奉乾', '院振东', '王丽霞'],
      ['金奉乾', '张婷', '金赚'],
    ];
    const bibtex = await cite('/indicators/000-i031', 'bibtex');
    expect(bibtex).toContain('author = {金奉乾 and 院振东 and 王丽霞}');
    for (const [format, type] of [
      ['bibtex', 'article-journal'],
      ['ris', 'article-newspaper'],
      ['csl-json', 'article-newspaper'],
    ]) {
      const items = await readBack(await cite('/indicators/000-i031', format));
      expect(items.map((i) => i.type)).toEqual([type, type, 'dataset']);
      expect(
        items.slice(0, 2).map((i) => i.author?.map(nameOf)),
        format,
      ).toEqual(bylines);
      for (const item of items.slice(0, 2)) {
        expect(item.issued, format).toBeUndefined();
        expect(item.editor, format).toBeUndefined();
      }
      // biblatex's newspaper article is @article with entrysubtype = newspaper.
      if (format === 'bibtex') expect(items[0].genre).toBe('newspaper');
    }
  });
});

describe('the quote', () => {
  it('of a passage of 002 is verbatim, with its repaired Simplified reading marked as the dataset’s', async () => {
    const passage = (await getJson(app(), '/passages/002-p016')).body;
    const record = (await getJson(app(), '/indicators?source=002&limit=500')).body.data.find((i: { evidence: { id: string }[] }) =>
      i.evidence.some((e) => e.id === passage.id),
    );
    if (!record) throw new Error('no indicator quotes 002-p016');
    expect(passage.text).not.toBe(passage.text_zh_hans);
    for (const format of ['bibtex', 'ris', 'csl-json', 'text']) {
      const body = await cite(`/indicators/${record.id}`, format);
      const notes = format === 'text' ? body : (await readBack(body)).map((i) => i.note ?? '').join('\n');
      expect(notes, format).toContain(`“${passage.text}”`);
      expect(notes, format).toMatch(
        new RegExp(`Simplified reading[^“]*(dataset’s|repaired)[^“]*“${passage.text_zh_hans.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
      );
    }
  });

  it('of two passages of one article is one entry with both quotes, in every format', async () => {
    const record = (await getJson(app(), '/indicators/000-i028')).body;
    const bySource = new Map<string, { text: string }[]>();
    for (const e of record.evidence as { source: string; text: string }[]) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
    expect(bySource.get('000')?.length).toBe(2);
    for (const format of ['bibtex', 'ris', 'csl-json']) {
      const items = await readBack(await cite('/indicators/000-i028', format));
      expect(
        items.map((i) => i.type === 'dataset'),
        format,
      ).toEqual([...bySource.keys()].map(() => false).concat(true));
      for (const [k, quotes] of [...bySource.values()].entries())
        for (const quote of quotes) expect(items[k].note?.replace(/\s+/g, ''), format).toContain(quote.text.replace(/\s+/g, ''));
    }
  });

  it('with line breaks says, where a format writes them as spaces (RIS, BibTeX), that it does, and keeps them in CSL-JSON', async () => {
    const passage = (await getJson(app(), '/passages/000-p004')).body;
    expect(passage.text).toContain('解剖式课题\n\n336个');
    const flat = passage.text.replace(/\s*\n\s*/g, ' ');
    const said = `Quoted verbatim, line breaks shown as spaces (passage 000-p004: article 000,`;
    for (const format of ['ris', 'bibtex']) {
      const body = await cite('/indicators/000-i006', format);
      expect(body, format).toContain(said);
      const [article] = await readBack(body);
      expect(article.note, format).toContain(said);
      expect(article.note, format).toContain(`“${flat}”`);
    }
    const [article] = await readBack(await cite('/indicators/000-i006', 'csl-json'));
    expect(article.note).toContain(`Quoted verbatim (passage 000-p004: article 000,`);
    expect(article.note).toContain(`“${passage.text}”`);
    // A quote on one line is verbatim in every format, and is not said to have line breaks.
    for (const format of ['ris', 'bibtex', 'csl-json']) {
      const body = await cite('/indicators/004-i001', format);
      expect(body, format).toMatch(/Quoted verbatim \(passage 004-p/);
      expect(body, format).not.toMatch(/line breaks shown as spaces/);
    }
  });

  it('of a Simplified article carries no second reading', async () => {
    const [article] = await readBack(await cite('/indicators/004-i001', 'csl-json'));
    expect(article.note).toMatch(/Quoted verbatim/);
    expect(article.note).not.toMatch(/Simplified reading/);
  });
});

describe('CSL-JSON', () => {
  it('is valid against the CSL data schema for every indicator, initiative, complaint and project', async () => {
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('profiles/csl-data.json', import.meta.url), 'utf8')));
    let checked = 0;
    for (const type of ['indicators', 'initiatives', 'complaints', 'projects']) {
      for (const { id } of (await getJson(app(), `/${type}?limit=500&fields=id`)).body.data as { id: string }[]) {
        const items = JSON.parse(await cite(`/${type}/${id}`, 'csl-json'));
        expect(validate(items), `${type}/${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('GB/T 7714-2015', () => {
  const example = (fields: Partial<CitedSource>): CitedSource => ({
    id: 'x',
    file: 'x.txt',
    sha256: '',
    title_zh: '',
    title_en: '',
    outlet: null,
    authors: [],
    medium: null,
    published_on: null,
    script: 'Hans',
    ...fields,
  });

  it('writes the standard’s own examples of a newspaper article [N] and an online one [EB/OL]', () => {
    expect(
      gbtArticle(
        example({
          authors: [{ name: '丁文祥', role: 'author' }],
          title_zh: '数字革命与竞争国际化',
          medium: 'print',
          outlet: '中国青年报',
          published_on: '2000-11-20',
          page: '15',
        }),
      ),
    ).toBe('丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).');
    expect(
      gbtArticle(
        example({
          authors: [{ name: '萧钰', role: 'author' }],
          title_zh: '出版业信息化迈入快车道',
          medium: 'web',
          published_on: '2001-12-19',
          accessed_on: '2002-04-15',
          url: 'http://www.creader.com/news/20011219/200112190019.html',
        }),
      ),
    ).toBe('萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.');
    // A newspaper's article read online is still [N], marked /OL, with the page and the access date.
    expect(
      gbtArticle(
        example({
          authors: ['傅刚', '赵承', '李佳路'].map((name) => ({ name, role: 'author' as const })),
          title_zh: '大风沙过后的思考',
          medium: 'print',
          outlet: '北京青年报',
          published_on: '2000-04-12',
          page: '14',
          accessed_on: '2005-07-12',
          url: 'http://www.bjyouth.com.cn/Bqb/20000412/GB/4216%5ED0412B1401.htm',
        }),
      ),
    ).toBe(
      '傅刚, 赵承, 李佳路. 大风沙过后的思考[N/OL]. 北京青年报, 2000-04-12(14)[2005-07-12]. http://www.bjyouth.com.cn/Bqb/20000412/GB/4216%5ED0412B1401.htm.',
    );
  });

  it('names three people and then 等, and leaves out an editor', () => {
    const four = ['甲一', '乙二', '丙三', '丁四'].map((name) => ({ name, role: 'author' as const }));
    expect(gbtArticle(example({ authors: [...four, { name: '戊五', role: 'editor' }], title_zh: '题名' }))).toBe(
      '甲一, 乙二, 丙三, 等. 题名[Z].',
    );
  });

  it('lists each article once, online ones [EB/OL] with their site, unstated media [Z], then the dataset [DS] with its version', async () => {
    const { version } = app().datasetMeta;
    const response = await app().inject({ url: '/indicators/000-i031/cite?format=gbt7714' });
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body.split('\n')).toEqual([
      '[1] 金奉乾, 院振东, 王丽霞. 为经济社会高质量发展聚势赋能 ——武威市深入开展“三抓三促”行动综述[Z].',
      '[2] 金奉乾, 张婷, 金赚. 打造“磁力场” 集聚“新动能” ——武威市持续优化营商环境大力推进招商引资工作综述[Z].',
      `[3] The Gansu Campaign Ledger authors. Gansu Campaign Ledger: 甘肃“三抓三促”行动与招商引资数据台账[DS]. 版本 ${version}. 2026.`,
      '',
    ]);
    expect(await cite('/indicators/004-i001', 'gbt7714')).toMatch(
      /^\[1\] 郭军\. 高质量发展势如虹 ——酒泉市招商引资工作纪实\[EB\/OL\]\. 中国甘肃网, 2021\(2021-04-22\)\.\n/,
    );
  });
});

describe('every format', () => {
  it('is shown inline but saved under the record’s id with the format’s extension', async () => {
    const expected: Record<string, string> = {
      text: '000-i031.txt',
      'text-zh': '000-i031.zh.txt',
      bibtex: '000-i031.bib',
      ris: '000-i031.ris',
      'csl-json': '000-i031.json',
      gbt7714: '000-i031.gbt7714.txt',
    };
    for (const [format, file] of Object.entries(expected)) {
      const response = await app().inject({ url: `/indicators/000-i031/cite?format=${format}` });
      expect(response.headers['content-disposition'], format).toBe(`inline; filename="${file}"`);
    }
    const initiative = (await getJson(app(), '/initiatives?limit=1&fields=id')).body.data[0].id;
    const byDefault = await app().inject({ url: `/initiatives/${initiative}/cite` });
    expect(byDefault.headers['content-disposition']).toBe(`inline; filename="${initiative}.txt"`);
  });
});

describe('the format asked for by Accept', () => {
  it('is chosen by a media type Accept names when format= is not given, and is kept apart in the answer cache', async () => {
    const url = '/indicators/000-i031/cite';
    const ask = (accept?: string, query = '') => app().inject({ url: `${url}${query}`, headers: accept ? { accept } : {} });
    // Plain text first, so a cached answer is there to be mistaken for the others.
    const text = await ask();
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    for (const [accept, format] of [
      ['application/x-bibtex', 'bibtex'],
      ['application/x-research-info-systems;q=0.5, application/x-bibtex;q=0.9', 'bibtex'],
      // A tie goes to the format listed first (/openapi.json's order: text, bibtex, ris, …).
      ['application/x-research-info-systems, application/x-bibtex', 'bibtex'],
      ['application/vnd.citationstyles.csl+json, */*;q=0.1', 'csl-json'],
      ['text/html, application/x-research-info-systems;q=0.8', 'ris'],
      ['text/plain', 'text'],
      ['*/*', 'text'],
      ['application/x-bibtex;q=0', 'text'],
    ]) {
      const chosen = await ask(accept);
      const asked = await ask(undefined, `?format=${format}`);
      expect(chosen.statusCode, accept).toBe(200);
      expect(chosen.headers['content-type'], accept).toBe(asked.headers['content-type']);
      expect(chosen.body, accept).toBe(asked.body);
      expect(chosen.headers.etag, accept).toBe(asked.headers.etag);
    }
    expect((await ask('application/x-bibtex')).headers.etag).not.toBe(text.headers.etag);
    // text/plain is the English text, also once the Chinese text (text/plain too) is cached (rev29).
    const zh = await ask(undefined, '?format=text-zh');
    expect(zh.body).toContain('引文：');
    const plain = await ask('text/plain');
    expect([plain.body, plain.headers.etag]).toEqual([text.body, text.headers.etag]);
    expect(zh.headers.etag).not.toBe(text.headers.etag);
    // format= wins over Accept.
    const ris = await ask('application/x-bibtex', '?format=ris');
    expect(ris.headers['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
  });
});

describe('plain text', () => {
  it('names the record in English and ends its line with one full stop, whatever its name ends with', async () => {
    // Every name that ends in a stop of its own (a company's "Co."), and a few that do not.
    const asked: [path: string, name: string][] = [];
    for (const [type, field] of [
      ['indicators', 'label_en'],
      ['initiatives', 'name_en'],
      ['complaints', 'title_en'],
      ['projects', 'name_en'],
    ]) {
      const { data } = (await getJson(app(), `/${type}?limit=500&fields=id,${field}`)).body as { data: Record<string, string>[] };
      const stopped = data.filter((r) => /[.!?。！？]$/.test(r[field]));
      if (type === 'indicators') expect(stopped.length).toBeGreaterThan(0);
      for (const r of [...stopped, ...data.slice(0, 2)]) asked.push([`/${type}/${r.id}`, r[field]]);
    }
    for (const [path, name] of asked) {
      const line = (await cite(path, 'text')).split('\n').find((l) => l.startsWith('Record: '));
      expect(line, path).toContain(`, ${name}`);
      expect(line, path).toMatch(/[^.][.!?。！？]$/);
    }
  });
});

describe('plain text in Chinese', () => {
  it('quotes each passage verbatim with where it stands, names the record in Chinese, and translates nothing', async () => {
    const record = (await getJson(app(), '/indicators/000-i031')).body;
    const sha = new Map(((await getJson(app(), '/sources')).body.data as { id: string; sha256: string }[]).map((s) => [s.id, s.sha256]));
    const text = await cite('/indicators/000-i031', 'text-zh');
    for (const e of record.evidence) {
      expect(text).toContain(`引文：“${e.text}”（原文${e.source}，`);
      expect(text).toContain(`第${e.start}–${e.end}码位；SHA-256 ${sha.get(e.source)}）`);
      expect(text).not.toContain(e.text_en);
    }
    expect(text).toContain(`记录：指标 000-i031，${record.label_zh}。`);
    expect(text.split('\n')[0]).toMatch(/^金奉乾、院振东、王丽霞。《[^》]+》。发布日期未注明。$/);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^数据集：.*数据集版本 ${app().datasetMeta.version}，`));
    // The reporter and the editor, each as the article names them; the outlet and date where it gives them.
    expect((await cite('/indicators/004-i001', 'text-zh')).split('\n')[0]).toMatch(
      /^郭军；编辑：赵满同。《[^》]+》。[^，]+，\d{4}-\d{2}-\d{2}。$/,
    );
    // Each record type by its Chinese name, and its Chinese title.
    for (const [type, name, field] of [
      ['initiatives', '举措', 'name_zh'],
      ['complaints', '诉求', 'title_zh'],
      ['projects', '项目', 'name_zh'],
    ]) {
      const one = (await getJson(app(), `/${type}?limit=1`)).body.data[0];
      expect(await cite(`/${type}/${one.id}`, 'text-zh'), type).toContain(`记录：${name} ${one.id}，${one[field]}。`);
    }
    // A passage of 002 with its repaired Simplified reading, marked as the dataset's.
    const passage = (await getJson(app(), '/passages/002-p016')).body;
    const quoting = (await getJson(app(), '/indicators?source=002&limit=500')).body.data.find((i: { evidence: { id: string }[] }) =>
      i.evidence.some((e) => e.id === passage.id),
    );
    expect(await cite(`/indicators/${quoting.id}`, 'text-zh')).toContain(`“${passage.text}”（原文002，`);
    expect(await cite(`/indicators/${quoting.id}`, 'text-zh')).toContain(
      `简体读法（本数据集修复后的读法，非原文）：“${passage.text_zh_hans}”`,
    );
    expect((await app().inject({ url: '/cite?format=text-zh' })).body).toMatch(/^数据集：《甘肃[^\n]*》（Gansu Campaign Ledger）/);
  });
});

describe('what a reference manager keeps that citation.js reads either way', () => {
  it('escapes LaTeX’s % in BibTeX, which would otherwise cut a note at its first percentage', async () => {
    const bibtex = await cite('/indicators/000-i031', 'bibtex');
    expect(bibtex).toContain('an increase of 50.38\\%.');
    expect(bibtex).not.toMatch(/(^|[^\\])%/m);
  });

  it('names the dataset’s creator as one organisation and dates the dataset, in every format', async () => {
    const { creator, created } = app().datasetMeta.about ?? { creator: '', created: '' };
    expect(creator).not.toBe('');
    for (const format of ['bibtex', 'ris', 'csl-json']) {
      const dataset = (await readBack(await cite('/indicators/000-i031', format))).at(-1);
      expect(dataset?.author?.map(nameOf), format).toEqual([creator]);
      expect(dataset?.issued, format).toEqual({ 'date-parts': [created.split('-').map(Number)] });
    }
    // RIS: a trailing comma keeps an organisation whole where a reader splits "family, given" (Zotero, EndNote); a four-digit year.
    const ris = await cite('/indicators/000-i031', 'ris');
    expect(ris).toContain(`\r\nAU  - ${creator},\r\n`);
    expect(ris).toContain(`\r\nPY  - ${created.slice(0, 4)}\r\n`);
  });

  it('gives an article’s language by its script: 002 in Traditional, the others Simplified', async () => {
    for (const [id, language] of [
      ['002-i040', 'zh-Hant'],
      ['004-i001', 'zh-Hans'],
    ]) {
      expect(JSON.parse(await cite(`/indicators/${id}`, 'csl-json'))[0].language, id).toBe(language);
      expect(await cite(`/indicators/${id}`, 'bibtex'), id).toContain(`  language = {${language}},`);
    }
  });

  it('says in every format where each quote stands in its article, and in plain text the article’s SHA-256', async () => {
    const record = (await getJson(app(), '/indicators/000-i031')).body as { evidence: { source: string; start: number; end: number }[] };
    expect(record.evidence.length).toBeGreaterThan(1);
    const sha = new Map(((await getJson(app(), '/sources')).body.data as { id: string; sha256: string }[]).map((s) => [s.id, s.sha256]));
    for (const format of ['bibtex', 'ris', 'csl-json', 'text']) {
      const text = await cite('/indicators/000-i031', format);
      for (const e of record.evidence) expect(text, format).toContain(`code points ${e.start}–${e.end}`);
    }
    const text = await cite('/indicators/000-i031', 'text');
    for (const e of record.evidence) expect(text).toContain(`code points ${e.start}–${e.end}; SHA-256 ${sha.get(e.source)}).`);
    // An article with no date says so; an editor is named as one.
    expect(text.split('\n')[0]).toMatch(/\]\. date not stated\.$/);
    expect((await cite('/indicators/004-i001', 'text')).split('\n')[0]).toMatch(/^郭军, 赵满同 \(editor\)\. 《/);
    // A title holding quotation marks of its own is set in 《》, so where it ends is plain.
    const titled = (await cite('/indicators/003-i012', 'text')).split('\n')[0];
    expect(titled).toMatch(/\. 《打造“磁力场” 集聚“新动能”[^《》]*》 \[Building /);
  });
});

describe('RIS', () => {
  it('is served as application/x-research-info-systems, a record per article and one for the dataset', async () => {
    const response = await app().inject({ url: '/indicators/000-i031/cite?format=ris' });
    expect(response.headers['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
    expect(response.body.match(/^TY {2}- .*$/gm)).toEqual(['TY  - NEWS', 'TY  - NEWS', 'TY  - DATA']);
    expect(response.body.match(/^A1 {2}- .*$/gm)).toHaveLength(6);
    expect(response.body).toMatch(/^ER {2}- \r$/m);
    // Dates as the specification writes them, YYYY/MM/DD/ (the last slash ends the date's parts).
    const dated = await cite('/indicators/002-i060', 'ris');
    expect(dated).toContain('Y1  - 2023/04/07/\r\n');
    expect(dated).toMatch(/^DA {2}- \d{4}\/\d{2}\/\d{2}\/\r$/m);
  });
});

describe('where the deployment says it is published (PUBLIC_URL)', () => {
  const publicUrl = 'https://ledger.example.org';

  it('citations link the record and the dataset there, in every format a reference manager reads back', async () => {
    await withApp({ publicUrl }, async (published) => {
      const citeThere = async (format: string) => (await published.inject({ url: `/indicators/000-i031/cite?format=${format}` })).body;
      for (const format of ['bibtex', 'ris', 'csl-json']) {
        const items = await readBack(await citeThere(format));
        const dataset = items.at(-1) as Csl & { URL?: string };
        expect(dataset.URL, format).toBe(`${publicUrl}/`);
        for (const article of items.slice(0, -1)) expect(article.note, format).toContain(`at <${publicUrl}/indicators/000-i031>.`);
      }
      const text = await citeThere('text');
      expect(text).toContain(`<${publicUrl}/indicators/000-i031>`);
      // Each record at its own type's address; GB/T 7714 as before (its online entries would need the date the citer read them).
      const initiative = (await getJson(published, '/initiatives?limit=1')).body.data[0].id;
      const ofInitiative = (await published.inject({ url: `/initiatives/${initiative}/cite?format=text` })).body;
      expect(ofInitiative).toContain(`<${publicUrl}/initiatives/${initiative}>`);
      expect(await citeThere('gbt7714')).toBe(await cite('/indicators/000-i031', 'gbt7714'));
      expect(text.trimEnd().endsWith(`<${publicUrl}/>`)).toBe(true);
      // Without it a citation names no address: the server never takes its own from a request's Host.
      expect(await cite('/indicators/000-i031', 'bibtex')).not.toMatch(/https?:\/\/(?!opensource)/);
    });
  });

  it('the schema.org metadata and the OpenAPI document give absolute URLs there, and the answers that change with it are tagged anew', async () => {
    await withApp({ publicUrl }, async (published) => {
      const jsonLd = (await getJson(published, '/', { accept: 'application/ld+json' })).body;
      expect(jsonLd.url).toBe(`${publicUrl}/`);
      expect(jsonLd.distribution.map((d: { contentUrl: string }) => d.contentUrl).every((u: string) => u.startsWith(`${publicUrl}/`))).toBe(
        true,
      );
      expect(jsonLd.isBasedOn[0]['@id']).toBe(`${publicUrl}/sources/000`);
      expect((await getJson(published, '/openapi.json')).body.servers.map((s: { url: string }) => s.url)).toEqual([publicUrl, '/']);
      const url = '/indicators/000-i031/cite';
      expect((await published.inject({ url })).headers.etag).not.toBe((await app().inject({ url })).headers.etag);
    });
    expect((await getJson(app(), '/', { accept: 'application/ld+json' })).body.url).toBe('/');
    expect((await getJson(app(), '/openapi.json')).body.servers).toBeUndefined();
  });

  it('is an http or https origin, written as the URL parser writes it, and nothing a link would lose, leak or break on', () => {
    expect(loadConfig({}).PUBLIC_URL).toBeUndefined();
    for (const [given, written] of [
      ['https://ledger.example.org/', 'https://ledger.example.org'],
      ['HTTPS://Ledger.Example.ORG:443', 'https://ledger.example.org'],
      ['http://10.0.0.5:3000', 'http://10.0.0.5:3000'],
      ['http://[::1]:3000/', 'http://[::1]:3000'],
    ])
      expect(loadConfig({ PUBLIC_URL: given }).PUBLIC_URL, given).toBe(written);
    for (const wrong of [
      '',
      'ledger.example.org',
      'ftp://ledger.example.org',
      'javascript:alert(1)',
      'https://ledger.example.org/data',
      'https://x.org/a/../b',
      'https://ledger.example.org/?a=1',
      'https://x/#top',
      'https://x/?',
      'https://u:p@x/',
      ' https://x.org',
      'https://x.org/a b',
      'https://x.org\nKW  - injected',
      'https:\\\\x.org',
    ])
      expect(() => loadConfig({ PUBLIC_URL: wrong }), wrong).toThrow(/PUBLIC_URL: an http or https origin/);
  });
});
