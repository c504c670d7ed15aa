/**
 * /check for people: a form to paste a paragraph into (POSTed, as a paragraph is too long for a
 * URL; /check?claim= links to one claim), and the text it checked with every figure marked by its
 * verdict and numbered, each figure's verdict explained below with the record it was compared with
 * and that record's quote.
 */
import type { ComponentChildren } from 'preact';
import { VERDICTS } from '../domain/claims.ts';
import { typeOfId } from '../domain/ids.ts';
import type { Problem } from '../http/errors.ts';
import { RESOURCES } from '../resources/index.ts';
import { quoteOfFigure } from '../resources/indicators.ts';
import type { FigureCheck, TextCheck } from '../routes/check/schema.ts';
import { Crumbs, Mixed, Quote, recordName, tagOfText } from './components.tsx';
import { href, type Page, type PageContext } from './context.ts';
import { citiesBySlug, sourcesById } from './data.ts';
import { withoutBidiControls } from './format.ts';
import { tagOf } from './i18n.ts';
import { Layout } from './layout.tsx';
import { nameOf } from './names.ts';
import { detailZh } from './problems-zh.ts';
import { FigureItem } from './records/parts.tsx';

/** One claim to try, whose figure the records contradict (the province's funds in place were 5961.27亿元). */
const EXAMPLE = '甘肃2023年省外招商引资到位资金5961.26亿元';

/** A record's id an explanation names (000-i031, 000-c01), with the path it stands in where it stands in one (/indicators/000-i031). */
const NAMED_ID = /(?:\/(?:indicators|complaints|passages)\/)?\b(\d{3}-[icp]\d{2,3})\b/g;
/** Each record type's path, as the resources give it (indicator: indicators). */
const PATHS = new Map<string, string>(RESOURCES.map((resource) => [resource.type, resource.path]));

/** An explanation with every record it names linked, a not-found one's records too (read17), its Chinese in a Chinese voice. */
function Explained({ ctx, text }: { ctx: PageContext; text: string }) {
  const parts: ComponentChildren[] = [];
  let cursor = 0;
  for (const m of text.matchAll(NAMED_ID)) {
    const path = PATHS.get(typeOfId(m[1]) ?? '');
    if (path === undefined) continue;
    const at = m.index ?? 0;
    const before = text.slice(cursor, at);
    parts.push(ctx.lang === 'en' ? <Mixed text={before} /> : before, <a href={href(ctx, `/${path}/${m[1]}`)}>{m[0]}</a>);
    cursor = at + m[0].length;
  }
  const rest = text.slice(cursor);
  parts.push(ctx.lang === 'en' ? <Mixed text={rest} /> : rest);
  return <>{parts}</>;
}

/** The text with each figure marked by its verdict and linked to its explanation below. */
function AnnotatedText({ ctx, text, results }: { ctx: PageContext; text: string; results: FigureCheck[] }) {
  // Cut at the figures' offsets first, then shown without bidi controls (withoutBidiControls): an override in the text
  // would reorder the page's own marks after it.
  const chars = [...text];
  const shown = (from: number, to?: number) => withoutBidiControls(chars.slice(from, to).join(''));
  const parts = [];
  let cursor = 0;
  results.forEach((r, k) => {
    parts.push(shown(cursor, r.start));
    parts.push(
      <a key={`f${k + 1}`} href={`#figure-${k + 1}`} class={`verdict v-${r.verdict}`}>
        <mark>{shown(r.start, r.end)}</mark>
        {/* Seen as a note's number; heard in the words after it, as the number run into the figure would be another (6291). */}
        <sup aria-hidden="true">{k + 1}</sup>
        {/* In the page's language, inside a text that may be in another: a screen reader voices it as such. */}
        <span class="vh" lang={tagOf(ctx.lang)}>
          {ctx.lang === 'zh' ? `（数字${k + 1}：${nameOf(r.verdict, 'zh')}）` : ` (figure ${k + 1}: ${nameOf(r.verdict, 'en')})`}
        </span>
      </a>,
    );
    cursor = r.end;
  });
  parts.push(shown(cursor));
  return (
    <p class="checked-text" lang={tagOfText(text)}>
      {parts}
    </p>
  );
}

/** A reason tied to the box it is about says it without the field's name (text: at most 2000 characters). */
const ofTheBox = (reason: string | undefined) => reason?.replace(/^text[:：]\s*/, '');

function CheckForm({ ctx, text, problem }: { ctx: PageContext; text?: string; problem?: Problem }) {
  const { t } = ctx;
  // The reason in the page's language, with the API's English beside it on a Chinese page; a body past its bytes (413) is
  // said in characters, as the form counts them, and nothing beside.
  const tooLarge = problem?.status === 413;
  const english = problem && !tooLarge ? ofTheBox(problem.detail) : undefined;
  const inPageLanguage = tooLarge ? t.checkTooLarge : problem && ctx.lang === 'zh' ? ofTheBox(detailZh(problem)) : undefined;
  return (
    <form class="check-form" method="post" action={href(ctx, '/check')}>
      <label for="check-text">{t.checkLabel}</label>
      {problem ? (
        <p id="check-problem" class="problem-detail" lang={inPageLanguage ? undefined : 'en'}>
          {/* Said first, as the page's title says it: on a phone the title is not seen (phone13). */}
          <strong lang={tagOf(ctx.lang)}>
            {t.checkRefusedTitle}
            {t.colon}
          </strong>
          {inPageLanguage ?? english}
          {inPageLanguage && english ? (
            <>
              {' '}
              <small lang="en">({english})</small>
            </>
          ) : null}
        </p>
      ) : null}
      <textarea
        id="check-text"
        name="text"
        rows={6}
        // No maxlength: a browser would cut a longer paste there without a word, and check half a figure (phone13); the
        // server refuses it instead, saying how long it is, with the text kept in the box.
        required
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? 'check-problem' : undefined}
      >
        {/* An HTML parser drops the first line break after <textarea>: this one, so the text's own stays. */}
        {`\n${text ?? ''}`}
      </textarea>
      <p>
        <button type="submit">{t.checkButton}</button>
      </p>
    </form>
  );
}

/** Each verdict as the marked text shows it: its colour and its own underline, named. */
function VerdictLegend({ ctx }: { ctx: PageContext }) {
  return (
    <p class="verdict-legend">
      {ctx.t.verdictsLegend}
      {ctx.t.colon}
      {VERDICTS.map((v, k) => (
        <span key={v}>
          {k > 0 ? ' ' : ''}
          <span class={`verdict v-${v}`}>
            <mark>{nameOf(v, ctx.lang)}</mark>
          </span>
        </span>
      ))}
    </p>
  );
}

/** What a check found, in a line: the page's title and the first thing read after its heading. */
function summaryOf(ctx: PageContext, checked: TextCheck): string {
  const n = checked.results.length;
  const counts = VERDICTS.map((v) => [v, checked.results.filter((r) => r.verdict === v).length] as const).filter(([, c]) => c > 0);
  // …and what it says of two figures, where judged (高于: contradicted).
  const compared = checked.comparisons.map((c) => [c.text, nameOf(c.verdict, ctx.lang)] as const);
  if (ctx.lang === 'zh')
    return `核对了${n}个数字${n ? '：' : ''}${counts.map(([v, c]) => `${nameOf(v, 'zh')}${c}个`).join('，')}${compared.map(([w, v]) => `；比较“${w}”：${v}`).join('')}`;
  return `${n} ${n === 1 ? 'figure' : 'figures'} checked${n ? ': ' : ''}${counts.map(([v, c]) => `${c} ${nameOf(v, 'en')}`).join(', ')}${compared.map(([w, v]) => `; comparison “${w}”: ${v}`).join('')}`;
}

function checkPage(ctx: PageContext, checked: TextCheck | null, refused?: { text?: string; problem: Problem }) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const sources = sourcesById(app);
  const summary = checked ? summaryOf(ctx, checked) : undefined;
  return (
    <Layout
      ctx={ctx}
      // A refusal is said first, as an error page says it: a screen reader reads the title on load.
      title={
        refused
          ? `${refused.problem.status} ${t.checkRefusedTitle} · ${t.checkTitle}`
          : summary
            ? `${summary} · ${t.checkTitle}`
            : t.checkTitle
      }
      description={t.checkIntro}
      posted={ctx.request.method === 'POST' && checked ? { action: '/check', name: 'text', text: checked.text } : undefined}
      noindex={checked !== null || refused !== undefined}
    >
      <Crumbs ctx={ctx} trail={[[t.check, undefined]]} />
      <h1>{t.checkTitle}</h1>
      {summary ? (
        <p class="summary">
          <a href="#checked-heading">{summary}</a>
        </p>
      ) : null}
      <p>{t.checkIntro}</p>
      <CheckForm ctx={ctx} text={checked?.text ?? refused?.text} problem={refused?.problem} />
      <p class="note">
        {t.checkExample}
        {t.colon}
        <a href={href(ctx, '/check', { claim: EXAMPLE })} lang="zh-Hans">
          {EXAMPLE}
        </a>
      </p>
      {checked ? (
        <section aria-labelledby="checked-heading">
          <h2 id="checked-heading">{t.checkedText}</h2>
          {checked.results.length === 0 ? (
            <p>{t.noFiguresRead}</p>
          ) : (
            <>
              <VerdictLegend ctx={ctx} />
              <AnnotatedText ctx={ctx} text={checked.text} results={checked.results} />
            </>
          )}
          <ol class="checks">
            {checked.results.map((r, k) => {
              const [best, ...others] = r.matches;
              const quote = best ? quoteOfFigure(best.indicator) : undefined;
              return (
                <li key={`${r.start}-${r.end}`} id={`figure-${k + 1}`}>
                  <h3>
                    {t.figureN} {k + 1}
                    {t.colon}
                    <span lang={tagOfText(r.text)}>{withoutBidiControls(r.text)}</span>{' '}
                    <span class={`badge v-${r.verdict}`}>{nameOf(r.verdict, lang)}</span>
                  </h3>
                  <p class="note">
                    {t.inSentence}
                    {t.colon}
                    <span lang={tagOfText(r.claim)}>{withoutBidiControls(r.claim)}</span>
                  </p>
                  {/* The English explanation quotes the article: its Chinese read in a Chinese voice. */}
                  <p lang={tagOf(lang)}>
                    <Explained ctx={ctx} text={lang === 'en' ? r.explanation_en : r.explanation_zh} />
                  </p>
                  {best ? (
                    <>
                      <h4>{t.comparedWith}</h4>
                      <ul class="figures">
                        <FigureItem
                          ctx={ctx}
                          indicator={best.indicator}
                          note={recordName(ctx, cities.get(best.indicator.city), best.indicator.city)}
                        />
                        {others.map((m) => (
                          <FigureItem
                            key={m.indicator.id}
                            ctx={ctx}
                            indicator={m.indicator}
                            note={`${nameOf(m.verdict, lang)} · ${recordName(ctx, cities.get(m.indicator.city), m.indicator.city)}`}
                          />
                        ))}
                      </ul>
                      {quote ? (
                        <Quote
                          ctx={ctx}
                          passage={quote}
                          source={sources.get(quote.source)}
                          mark={best.indicator.value_text}
                          unit={best.indicator.unit_zh}
                        />
                      ) : null}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {checked.comparisons.length > 0 ? (
            <>
              <h3>{t.figuresCompared}</h3>
              <ul class="checks">
                {checked.comparisons.map((c) => (
                  <li key={`${c.start}-${c.end}`}>
                    <span class={`badge v-${c.verdict}`}>{nameOf(c.verdict, lang)}</span>{' '}
                    <span lang={tagOfText(c.text)}>{withoutBidiControls(c.text)}</span>
                    {lang === 'zh' ? '（' : ' ('}
                    {t.figuresNM} <a href={`#figure-${c.figures[0] + 1}`}>{c.figures[0] + 1}</a>
                    {lang === 'zh' ? '、' : ', '}
                    <a href={`#figure-${c.figures[1] + 1}`}>{c.figures[1] + 1}</a>
                    {lang === 'zh' ? '）' : ')'}
                    {t.colon}
                    <span lang={tagOf(lang)}>
                      <Explained ctx={ctx} text={lang === 'en' ? c.explanation_en : c.explanation_zh} />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <p>{t.forProgramsCheck}</p>
    </Layout>
  );
}

export const checkPageOf: Page<TextCheck> = {
  render: checkPage,
  blank: (ctx) => checkPage(ctx, null),
  post: true,
  // A refused paragraph (empty, or too long) comes back in the form with the reason, to mend and send again.
  refused: (ctx, problem, sent) => {
    const text = (sent as { text?: unknown } | undefined)?.text;
    return checkPage(ctx, null, { text: typeof text === 'string' ? text : undefined, problem });
  },
};
