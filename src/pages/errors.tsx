/**
 * An error as a page, with the status of the problem it stands for: what is wrong (each parameter,
 * why, and the closest values as links to the corrected page), what the page accepts, and the
 * form to try again.
 */
import { type InvalidParam, type Problem, UNKNOWN_PARAMETER } from '../http/errors.ts';
import { reasonsOnce } from '../http/reasons.ts';
import { commaItems } from '../resources/schemas.ts';
import { AllowedParameters } from './allowed-parameters.tsx';
import { href, type PageContext, rawQuery } from './context.ts';
import { fieldLabel, fieldsOf, QueryForm } from './form.tsx';
import { controlsNamed, withoutBidiControls } from './format.ts';
import { Layout } from './layout.tsx';
import { detailZh, reasonZh } from './problems-zh.ts';

/** A parameter's reason without its own "did you mean" (its suggestions follow it as links), in English or Chinese. */
const withoutQuestion = (reason: string) => reason.replace(/; did you mean [^;]*\?$/, '').replace(/；是否想用[^；]*？$/, '');

/**
 * The wrong parameters as the page lists them: a parameter's wrong items refused for one reason, with
 * the same values suggested, together (unit = xx, yy: one of …), where the problem has one entry each.
 */
type Wrong = Omit<InvalidParam, 'value'> & { values: string[] };

/**
 * Entries the page lists, and the characters of the links to a corrected page it makes: each link
 * repeats the query, percent-encoded (up to about 5 KB), so without a bound fifty wrong items of a few
 * lists, each offering every allowed value, made a page of megabytes. Past them the page names the
 * rest, as code; the detail above and the JSON problem say all.
 */
export const LISTED_WRONGS = 30;
export const CORRECTION_CHARACTERS = 100_000;

/** The entries listed: each parameter's first, so each field the form marks wrong points at one, then the rest in order. */
function wrongsOf(params: readonly InvalidParam[]): { listed: Wrong[]; unlisted: number } {
  const wrongs = reasonsOnce(params, (p) => JSON.stringify([p.name, p.in, p.reason, p.suggestions ?? []])).map(
    ({ first: { value: _, ...p }, given }): Wrong => ({ ...p, values: given }),
  );
  const firsts = wrongs.filter((w, k) => wrongs.findIndex((v) => v.name === w.name) === k);
  let more = Math.max(0, LISTED_WRONGS - firsts.length);
  const listed = wrongs.filter((w) => firsts.includes(w) || more-- > 0);
  return { listed, unlisted: wrongs.length - listed.length };
}

/** A parameter's suggested values, each a link to this page with it while the page's links last. */
function Suggestions({ ctx, p, links }: { ctx: PageContext; p: Wrong; links: { left: number } }) {
  return (
    <>
      {(p.suggestions ?? []).map((s, k) => {
        const made = corrected(ctx, p, s);
        const link = made !== undefined && made.length <= links.left ? made : undefined;
        if (link) links.left -= link.length;
        return (
          <span key={s}>
            {k > 0 ? (ctx.lang === 'zh' ? '、' : ', ') : ''}
            {link ? <a href={link}>{s}</a> : <code>{s}</code>}
          </span>
        );
      })}
    </>
  );
}

/**
 * A parameter's reason, with its suggestions: where the reason lists them itself (one of exact, more_than …;
 * a family's metrics), the list in it is the links, said once; else the reason, then "did you mean" them.
 */
function Reason({ ctx, p, links }: { ctx: PageContext; p: Wrong; links: { left: number } }) {
  const { t, lang } = ctx;
  const listed = p.suggestions?.length ? p.suggestions.join(', ') : undefined;
  const zh = lang === 'zh' ? reasonZh(p.reason) : undefined;
  const said = zh ?? p.reason;
  // The whole list, ending the reason or its question (not CNY alone inside "one of CNY, percent …").
  const at = listed ? said.lastIndexOf(listed) : -1;
  if (listed && at >= 0 && /^[?？.。]?$/.test(said.slice(at + listed.length))) {
    return (
      <span lang={zh ? undefined : 'en'}>
        <Pointed ctx={ctx} text={said.slice(0, at)} />
        <Suggestions ctx={ctx} p={p} links={links} />
        {said.slice(at + listed.length)}
      </span>
    );
  }
  return (
    <>
      {zh ? (
        <>
          <Pointed ctx={ctx} text={listed ? withoutQuestion(zh) : zh} /> <small lang="en">({withoutQuestion(p.reason)})</small>
        </>
      ) : (
        <span lang="en">
          <Pointed ctx={ctx} text={listed ? withoutQuestion(p.reason) : p.reason} />
        </span>
      )}
      {listed ? (
        <>
          {t.fullStop}
          {t.didYouMean} <Suggestions ctx={ctx} p={p} links={links} />
          {t.questionMark}
        </>
      ) : null}
    </>
  );
}

/**
 * The same page with one parameter set to a suggested value: in its query, or its segment of the path
 * (/cities/wuwie → wuwei). The wrong items of a comma list are replaced in it by the value, the others
 * kept (cities=wuwei,zhangyee → wuwei,zhangye; unit=CNY,xx,yy → CNY,percent). A misspelt name is
 * renamed, its value kept (ctiy=wuwei → city=wuwei).
 */
function corrected(ctx: PageContext, { name, in: where, values: wrong, reason }: Wrong, value: string): string | undefined {
  if (where === 'query') {
    const query = rawQuery(ctx.request);
    if (reason.startsWith(UNKNOWN_PARAMETER)) {
      // Given under its right name too (city=wuwei&ctiy=zhangye): one list of both where it takes a list, else the right one alone.
      const misspelt = query.find(([n]) => n === name)?.[1] ?? '';
      const right = query.some(([n]) => n === value);
      const list = fieldsOf(ctx.request, { all: true }).find((f) => f.name === value)?.list;
      const joined = (v: string) => (list ? `${v},${misspelt}` : v);
      const renamed = right
        ? query.flatMap(([n, v]): [string, string][] => (n === name ? [] : n === value ? [[n, joined(v)]] : [[n, v]]))
        : query.map(([n, v]): [string, string] => (n === name ? [value, v] : [n, v]));
      return href(ctx, ctx.path, renamed);
    }
    const given = query.filter(([n]) => n === name);
    const items = given.length === 1 ? commaItems(given[0][1]) : [];
    const fixed =
      items.length > 1 && wrong.some((w) => items.includes(w))
        ? [...new Set(items.map((i) => (wrong.includes(i) ? value : i)))].join(',')
        : value;
    return href(ctx, ctx.path, [...query.filter(([n]) => n !== name), [name, fixed]]);
  }
  // The parameter's segment is where the route's pattern has it (/cities/:slug/indicators), whatever the others say.
  const at = (ctx.request.routeOptions.url ?? '').split('/').indexOf(`:${name}`);
  const segments = ctx.path.split('/');
  if (where !== 'path' || at < 0 || at >= segments.length) return undefined;
  segments[at] = encodeURIComponent(value);
  return href(ctx, segments.join('/'), rawQuery(ctx.request));
}

/** A reason's text with the route it points to (see /metrics, /scopes) as a link, in the reader's language. */
function Pointed({ ctx, text, plain = false }: { ctx: PageContext; text: string; plain?: boolean }) {
  // The English note under a Chinese detail links nothing the detail links already (page20: /downloads's routes twice).
  if (plain) return <>{withoutBidiControls(text)}</>;
  // …and each route a missing address has under it (ui18: /downloads listed its files as text); a file's link takes no lang=.
  const parts = withoutBidiControls(text).split(
    /(?<=(?:\b[Ss]ee |见 |The routes under it: (?:\/[\w./-]+, )*|其下的地址：(?:\/[\w./-]+、)*))(\/[a-z][\w./-]*[\w/])/,
  );
  // No line may break before a slash (UAX #14), so Chinese 、 and ： would join the whole list into one run that
  // breaks inside its paths (rev36): a link after either may start a line.
  const link = (part: string, before: string) => (
    <>
      {/[、：]$/.test(before) ? <wbr /> : null}
      <a href={/\.[a-z]+$/.test(part) ? part : href(ctx, part)}>{part}</a>
    </>
  );
  return <>{parts.map((part, k) => (k % 2 === 1 ? link(part, parts[k - 1]) : part))}</>;
}

export function ErrorPage({ ctx, problem, page }: { ctx: PageContext; problem: Problem; page: boolean }) {
  const { t, lang } = ctx;
  const { withdrawn } = problem;
  // Words typed in a search box (q=。) are no mistake of an address: their own title.
  const searched =
    problem.status === 400 && (problem.invalid_params ?? []).length > 0 && problem.invalid_params?.every((p) => p.name === 'q');
  // …and words past the bound are too many, not nothing (search18).
  const searchTitle = problem.invalid_params?.every((p) => p.reason.startsWith('at most')) ? t.longSearchTitle : t.badSearchTitle;
  const title = searched
    ? searchTitle
    : problem.status === 404
      ? t.notFoundTitle
      : problem.status === 400
        ? t.badRequestTitle
        : withdrawn
          ? t.goneTitle
          : t.errorTitle;
  // Every parameter the route takes, paging and the shape of the answer too: the wrong one may be any of them.
  // A record's address not found (/cities/wuwie) or withdrawn: no query to mend, but the list it is one of.
  const route = ctx.request.routeOptions.url ?? '';
  const missing = problem.status === 404 || withdrawn !== undefined;
  const list = missing && route.includes('/:') ? route.slice(0, route.indexOf('/:')) || undefined : undefined;
  const fields = page && !list ? fieldsOf(ctx.request, { all: true }) : [];
  // A withdrawn record's reason is in the data in both languages.
  const inChinese = lang === 'zh' ? (withdrawn?.reason_zh ?? detailZh(problem)) : undefined;
  const { listed, unlisted } = wrongsOf(problem.invalid_params ?? []);
  const links = { left: CORRECTION_CHARACTERS };
  return (
    <Layout
      ctx={ctx}
      title={`${problem.status} ${title}`}
      description={withoutBidiControls(inChinese ?? problem.detail ?? '')}
      given={rawQuery(ctx.request)}
    >
      <h1>
        {title} <span class="status">({problem.status})</span>
      </h1>
      {inChinese ? (
        <p class="problem-detail">
          <Pointed ctx={ctx} text={inChinese} />
        </p>
      ) : null}
      <p class={inChinese ? 'problem-detail note' : 'problem-detail'} lang={lang === 'en' ? undefined : 'en'}>
        <Pointed ctx={ctx} text={problem.detail ?? ''} plain={inChinese !== undefined} />
      </p>
      {problem.request_id ? (
        <p class="note">
          {t.requestId}
          <code>{problem.request_id}</code>
        </p>
      ) : null}
      {problem.did_you_mean ? (
        <p>
          {t.didYouMean} <a href={href(ctx, problem.did_you_mean, rawQuery(ctx.request))}>{problem.did_you_mean}</a>
          {lang === 'zh' ? '？' : '?'}
        </p>
      ) : null}
      {listed.length ? (
        <section aria-labelledby="wrong-heading">
          <h2 id="wrong-heading">{t.whatIsWrong}</h2>
          <ul class="invalid">
            {listed.map((p, k, all) => (
              <li key={`${p.name}-${p.reason}`} id={all.findIndex((q) => q.name === p.name) === k ? `wrong-${p.name}` : undefined}>
                <code>{lang === 'zh' ? fieldLabel(ctx, p.name) : p.name}</code>
                {p.values.length ? (
                  <>
                    {' = '}
                    {p.values.map((v, j) => (
                      <span key={v}>
                        {j > 0 ? (lang === 'zh' ? '、' : ', ') : ''}
                        <code>{controlsNamed(v)}</code>
                      </span>
                    ))}
                  </>
                ) : null}
                {t.colon}
                <Reason ctx={ctx} p={p} links={links} />
              </li>
            ))}
          </ul>
          {unlisted > 0 ? <p>{t.moreWrong.replace('{n}', String(unlisted))}</p> : null}
        </section>
      ) : null}
      {fields.length > 0 ? (
        <>
          {/* The form first, as given with the wrong fields marked: the reference below it is long. */}
          <QueryForm ctx={ctx} action={ctx.path} fields={fields} asGiven invalid={problem.invalid_params?.map((p) => p.name)} />
          <AllowedParameters ctx={ctx} fields={fields} />
        </>
      ) : null}
      {list ? (
        <p>
          <a href={href(ctx, list)}>
            {t.seeAll} <code>{list}</code>
          </a>
        </p>
      ) : null}
      <p>
        {/* What the problem's type names: this kind of problem, and what to do about it. */}
        {problem.type.startsWith('/problems/') ? (
          <>
            <a href={href(ctx, problem.type)}>{t.aboutThisProblem}</a>
            {' · '}
          </>
        ) : null}
        <a href={href(ctx, '/')}>{t.goHome}</a>
      </p>
    </Layout>
  );
}
