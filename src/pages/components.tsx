/** Parts several pages share: a quote with its number marked, a figure, links to the data, crumbs and pages of a list. */

import type { EvidenceRow } from '../db/evidence.ts';
import { toSimplified } from '../domain/chinese.ts';
import type { Unit } from '../domain/units.ts';
import { scriptLanguage } from '../domain/vocabulary.ts';
import { figurePlaces } from '../domain/written.ts';
import { type Indicator, quoteOfFigure } from '../resources/indicators.ts';
import type { Source } from '../resources/sources.ts';
import { href, inLanguage, type PageContext } from './context.ts';
import { figure, publishedWords, qualifiedFigure } from './format.ts';
import { bracketed, tagOf } from './i18n.ts';
import { Marked, type MarkedFigure } from './marked.tsx';

/** The link to a passage's place in its article. */
export const passageHref = (ctx: PageContext, passage: Pick<EvidenceRow, 'id' | 'source'>) =>
  `${href(ctx, `/sources/${passage.source}`)}#${passage.id}`;

/**
 * A passage's article as its bare number (000), linked to the passage, with a name that says so out of
 * context ('Article 000, passage 000-p018'), as a screen reader's list of links reads it.
 */
export const SourceLink = ({ ctx, passage }: { ctx: PageContext; passage: Pick<EvidenceRow, 'id' | 'source'> }) => (
  <a
    href={passageHref(ctx, passage)}
    aria-label={`${ctx.t.article} ${passage.source}${ctx.lang === 'zh' ? `，${ctx.t.passage}` : `, ${ctx.t.passage.toLowerCase()}`} ${passage.id}`}
  >
    {passage.source}
  </a>
);

/**
 * The other articles that report a figure too, each linked at its first passage there (another passage
 * of the article shown is on the record's page): ", 003" after the quote's own source.
 */
export function OtherSources({ ctx, indicator, shown }: { ctx: PageContext; indicator: Pick<Indicator, 'evidence'>; shown: string }) {
  return (
    <>
      {indicator.evidence
        .filter((e, k, all) => e.source !== shown && all.findIndex((o) => o.source === e.source) === k)
        .map((e) => (
          <span key={e.source}>
            {ctx.lang === 'zh' ? '、' : ', '}
            <SourceLink ctx={ctx} passage={e} />
          </span>
        ))}
    </>
  );
}

/** The label of a Chinese text that is the dataset's Simplified reading of the article's words (002's), not a quote of them. */
export function ReadingLabel({ ctx, lang }: { ctx: PageContext; lang?: string }) {
  return (
    <span class="label" lang={lang}>
      {ctx.t.reading}
      {ctx.t.colon}
    </span>
  );
}

/**
 * A quote as the article has it, `mark` marked in it (the figure's number), linked to its place in the
 * article; its Simplified reading where that differs, and its English translation.
 */
export function Quote({
  ctx,
  passage,
  source,
  mark,
  unit,
  figures,
}: {
  ctx: PageContext;
  passage: EvidenceRow;
  source?: Source;
  mark?: string;
  /** The unit as written of the figure whose number `mark` is: only where it stands is it marked. */
  unit?: string;
  /** Figures whose numbers are marked where each stands (a complaint's). */
  figures?: MarkedFigure[];
}) {
  const { t } = ctx;
  const reading = isReading(passage);
  return (
    <figure class="quote">
      <blockquote lang={scriptLanguage(source?.script)} cite={passageHref(ctx, passage)}>
        <p>
          <Marked text={passage.text} needle={mark} unit={unit} figures={figures} />
        </p>
      </blockquote>
      {reading ? (
        <p class="reading">
          <ReadingLabel ctx={ctx} />
          <span lang="zh-Hans">
            <Marked text={passage.text_zh_hans} needle={mark} unit={unit} figures={figures} />
          </span>
        </p>
      ) : null}
      <p class="translation" lang="en">
        <Mixed text={passage.text_en} />
      </p>
      <figcaption>
        <a href={passageHref(ctx, passage)}>
          {t.inTheArticle} {passage.source}
        </a>
        {source ? (
          <>
            {' · '}
            <cite lang="zh-Hans">《{source.title_zh}》</cite>
            {/* …and in English on an English page, as the home page and /sources give it (page20). */}
            {ctx.lang === 'en' ? <span lang="en">{` (${source.title_en})`}</span> : null}
            {source.outlet ? <span lang="zh-Hans">{` · ${source.outlet}`}</span> : null}
            {` · ${t.published}${t.colon}${publishedWords(source, ctx.lang) ?? t.dateNotStated}`}
          </>
        ) : null}
        {` · ${t.passage} ${passage.id}, ${passage.start}–${passage.end}`}
      </figcaption>
    </figure>
  );
}

/**
 * Whether a passage's Simplified text is a reading of it (converted, glosses out, repaired), not its
 * words: then it is shown as 简体读本, never in quotation marks as if the article wrote it.
 */
export const isReading = (passage: { text: string; text_zh_hans: string }) =>
  passage.text_zh_hans.replace(/\s+/g, '') !== passage.text.replace(/\s+/g, '');

/**
 * An indicator's value as its article writes it, hedges and all (80多万人次, 120亿元以上), from the
 * passage its number stands in; its value and unit as recorded where no passage has them together.
 */
export const Written = ({ indicator }: { indicator: Pick<Indicator, 'value_text' | 'unit_zh' | 'evidence'> }) => (
  <span class="written" lang="zh-Hans">
    {writtenOf(indicator).text}
  </span>
);

/** The phrase Written shows, and whether it carries its own hedge (80多万人次: no 超过 before it then). */
export function writtenOf(indicator: Pick<Indicator, 'value_text' | 'unit_zh' | 'evidence'>): { text: string; hedged: boolean } {
  const recorded = `${indicator.value_text}${indicator.unit_zh}`;
  const quote = quoteOfFigure(indicator)?.text_zh_hans ?? '';
  const [place] = figurePlaces(quote, indicator.value_text, indicator.unit_zh);
  const text = place && place.end > place.numberEnd ? quote.slice(place.start, place.end) : recorded;
  return { text, hedged: text !== recorded };
}

/** An indicator's value in base units for the reader (超过5000人, more than 5,000 people). */
export const Normalized = ({ ctx, indicator }: { ctx: PageContext; indicator: Pick<Indicator, 'value_base' | 'unit' | 'qualifier'> }) => (
  <span class="normalized">{qualifiedFigure(indicator.value_base, indicator.unit as Unit, indicator.qualifier, ctx.lang)}</span>
);

/** A record's names in both languages: the reader's first, the other beside it in its own language. */
export function Bilingual({ ctx, zh, en }: { ctx: PageContext; zh: string | null; en: string | null }) {
  const [first, second] = ctx.lang === 'zh' ? [zh, en] : [en, zh];
  const secondLang = ctx.lang === 'zh' ? 'en' : 'zh';
  return (
    <>
      {first ?? second}
      {first && second && first !== second ? (
        <span class="other-lang" lang={tagOf(secondLang)}>
          {' '}
          {second}
        </span>
      ) : null}
    </>
  );
}

/** How many, after a heading or a facet's name: 项目（15）, Projects (15). */
export const Count = ({ ctx, n }: { ctx: PageContext; n: number }) => (
  <span class="count">{ctx.lang === 'zh' ? `（${n}）` : ` (${n})`}</span>
);

/** A text in both languages as paragraphs, the reader's first (the other, where there is one, after it). */
export function Texts({ ctx, zh, en }: { ctx: PageContext; zh: string | null | undefined; en: string | null | undefined }) {
  const both = [
    ['zh-Hans', zh],
    ['en', en],
  ] as const;
  const ordered = ctx.lang === 'zh' ? both : [both[1], both[0]];
  return <>{ordered.map(([lang, text]) => (text ? <p lang={lang}>{lang === 'en' ? <Mixed text={text} /> : text}</p> : null))}</>;
}

/** The language tag of a text someone typed or pasted: Chinese in its script when it has Han characters, else English. */
export const tagOfText = (text: string) => (/\p{Script=Han}/u.test(text) ? (toSimplified(text) === text ? 'zh-Hans' : 'zh-Hant') : 'en');

/** A run of Chinese in English text: Han characters, the CJK punctuation between them, and a number glued before (429.49亿元). */
const HAN_RUN = /((?:\d[\d,.]*)?\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\d.%]*\p{Script=Han})?)/u;

/**
 * English text with its Chinese runs marked as Chinese (到位资金 in a definition, 429.49亿元 in a
 * translation), so a screen reader reads each in its own voice (WCAG 3.1.2). `chinese` where the text is known to be in
 * Traditional script (article 002 as received): its script is not read run by run, which would cost the converter.
 */
export function Mixed({ text, chinese = 'zh-Hans' }: { text: string; chinese?: 'zh-Hans' | 'zh-Hant' }) {
  const parts = text.split(HAN_RUN);
  if (parts.length === 1) return <>{text}</>;
  return <>{parts.map((part, k) => (k % 2 === 1 ? <span lang={chinese}>{part}</span> : part))}</>;
}

/** The name of a record (an area, a metric, a scope, an initiative) in the reader's language; its key where it has none. */
export const recordName = (ctx: PageContext, record: { name_zh: string; name_en: string } | undefined, key: string) =>
  record ? inLanguage(ctx, record, 'name') : key;

/**
 * Links to the same data for programs, and on a record's page to its citation box below (every format,
 * each with its file's address), not to the plain-text file a phone shows unstyled.
 */
export function DataLinks({
  ctx,
  json,
  csv,
  csvOf,
  cited,
}: {
  ctx: PageContext;
  json: string;
  csv?: string;
  csvOf?: string;
  cited?: boolean;
}) {
  const { t } = ctx;
  return (
    <p class="data-links">
      <a href={json} type="application/json">
        {t.json}
      </a>
      {csv ? (
        <>
          {' · '}
          <a href={csv} type="text/csv">
            {t.csv}
          </a>
          {csvOf ? bracketed(csvOf, ctx.lang) : null}
        </>
      ) : null}
      {cited ? (
        <>
          {' · '}
          <a href="#cite-heading">{t.cite}</a>
        </>
      ) : null}
    </p>
  );
}

/** Where a page stands: home, then each step up to it. */
export function Crumbs({ ctx, trail }: { ctx: PageContext; trail: [string, string | undefined][] }) {
  return (
    <nav class="crumbs" aria-label={ctx.lang === 'zh' ? '位置' : 'Breadcrumb'}>
      <ol>
        <li>
          <a href={href(ctx, '/')}>{ctx.t.home}</a>
        </li>
        {trail.map(([name, link]) => (
          <li key={name}>{link ? <a href={link}>{name}</a> : <span aria-current="page">{name}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

/** A figure in a unit, for tables and charts. */
export const figureOf = (ctx: PageContext, valueBase: number, unit: string) => figure(valueBase, unit as Unit, ctx.lang);
