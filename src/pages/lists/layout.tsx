/**
 * What every list page is made of: the table of rows, the pages before and after, facet counts as
 * links that set the filter, the query form, and the frame that puts them together with the same
 * rows as JSON and CSV.
 */
import type { ComponentChildren } from 'preact';
import { canonicalQuery, previousOffset } from '../../http/lists.ts';
import type { City } from '../../resources/cities.ts';
import type { ListQuery, Resource } from '../../resources/resource.ts';
import { Crumbs, DataLinks, recordName } from '../components.tsx';
import { dataHrefs, href, type PageContext, selfHref } from '../context.ts';
import { citiesBySlug, facetsOf } from '../data.ts';
import { fieldsOf, QueryForm } from '../form.tsx';
import { numberWords, withoutBidiControls } from '../format.ts';
import { bracketed } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { nameOf } from '../names.ts';
import { FacetList } from './facets.tsx';

export type ListBody<T> = {
  data: T[];
  meta: { total: number; total_exact?: boolean; limit: number; offset: number; undated?: { total: number; link: string } };
  links: { self: string; prev: string | null; next: string | null };
};

export type Column<T> = {
  head: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
  wide?: boolean;
  /** The column the rows are for (a passage's text): it takes most of the width. */
  main?: boolean;
};

/** A table of rows with a caption and column heads. */
export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.head} scope="col" class={c.numeric ? 'num' : c.main ? 'main' : c.wide ? 'wide' : undefined}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.head} class={c.numeric ? 'num' : undefined} data-label={c.head}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A page whose offset is at or past the last row counted exactly shows none: it says so rather than where it starts. */
const pastTheEnd = (meta: { offset: number; total: number; total_exact?: boolean }) =>
  meta.offset > 0 && meta.total_exact !== false && meta.offset >= meta.total;

/** Which rows of how many, and links to the pages before and after. */
export function Paging({
  ctx,
  meta,
  links,
  end = false,
  results = false,
}: {
  ctx: PageContext;
  meta: ListBody<unknown>['meta'];
  links: ListBody<unknown>['links'];
  /** The second, after the rows: not a landmark of its own (a page has one navigation between its pages). */
  end?: boolean;
  /** What is counted: rows of a list, or results of a search. */
  results?: boolean;
}) {
  const { t, lang } = ctx;
  // Nothing matched: the table's own line says so, and "0–0 of 0" would say it again, worse.
  if (meta.total === 0 && meta.offset === 0) return null;
  const [zhNoun, zhOne, enNoun] = results ? ['条结果', '条', 'results'] : ['行', '行', 'rows'];
  const past = pastTheEnd(meta);
  const first = meta.total === 0 || past ? 0 : meta.offset + 1;
  const last = past ? 0 : Math.min(meta.offset + meta.limit, meta.total);
  const total = numberWords(meta.total, lang, { atLeast: meta.total_exact === false });
  // The page's own links keep its language and what it shows; where they lead is the API's.
  const before = previousOffset(meta, meta.total);
  const previous = before === null ? undefined : selfHref(ctx, { limit: meta.limit, offset: before });
  const next = links.next ? selfHref(ctx, { limit: meta.limit, offset: meta.offset + meta.limit }) : undefined;
  // A navigation only where there is somewhere to go: a list on one page has its count alone, no landmark.
  const Tag = end || !(previous || next) ? 'div' : 'nav';
  return (
    <Tag class="paging" aria-label={Tag === 'nav' ? t.pagination : undefined}>
      <p>
        {past
          ? lang === 'zh'
            ? `共 ${total} ${zhNoun}；此页在最后一${zhOne}之后`
            : `${total} ${enNoun}; this page is past the last of them`
          : lang === 'zh'
            ? `共 ${total} ${zhNoun}，显示第 ${first}–${last} ${zhOne}`
            : `Showing ${first}–${last} of ${total} ${enNoun}`}
      </p>
      {previous || next ? (
        <p>
          {previous ? (
            <a href={previous} rel="prev">
              ← {t.previous}
            </a>
          ) : null}
          {previous && next ? ' · ' : null}
          {next ? (
            <a href={next} rel="next">
              {t.next} →
            </a>
          ) : null}
        </p>
      ) : null}
    </Tag>
  );
}

type ListFrame<T> = {
  ctx: PageContext;
  /** What the list is of (Indicators): with the area of /cities/{slug}/…, the page's title. */
  word: string;
  intro?: ComponentChildren;
  body: ListBody<T>;
  /** Known values of open parameters, offered in the form. */
  known?: Record<string, string[]>;
  facets?: ComponentChildren;
  columns: Column<T>[];
  rowKey: (row: T) => string;
};

/** Whether the request gave any filter (not just a page of the list). */
const filtered = (ctx: PageContext) => canonicalQuery(ctx.request).length > 0;

/** Parameters that shape an answer without choosing its rows: a list's title leaves them out. */
const NOT_CHOOSING = new Set(['fields', 'facets', 'facet_limit', 'total']);

/** A list page: title, facets and the form, the rows as a table, pages, and the same rows as data. */
export function ListLayout<T>({ ctx, word, intro, body, known, facets, columns, rowKey }: ListFrame<T>) {
  const { t } = ctx;
  const cities = citiesBySlug(ctx.app);
  const area = scopedArea(ctx, cities);
  const title = area ? `${area.name} · ${word}` : word;
  // The document's title says the query and the page too: a tab or the history tells one view of a list from another.
  // Only what chooses the rows, each value as seen: bidi controls out (an override reversed the site's name after it),
  // spaces collapsed, and long ones cut.
  // The page itself says them whole (chosen), the title cut short.
  const chosen = canonicalQuery(ctx.request)
    .filter(([name]) => !NOT_CHOOSING.has(name))
    .map(([name, value]) => [name, withoutBidiControls(value).replace(/\s+/g, ' ')]);
  const asked = chosen.map(([name, seen]) => `${name}=${[...seen].length > 40 ? `${[...seen].slice(0, 40).join('')}…` : seen}`);
  const said = chosen.map(([name, seen]) => `${name}=${seen}`);
  const rows = pastTheEnd(body.meta)
    ? [ctx.t.pastLastRow]
    : body.meta.offset > 0
      ? [ctx.t.rowsFrom.replace('{n}', String(body.meta.offset + 1))]
      : [];
  const separator = ctx.lang === 'zh' ? '；' : '; ';
  const titled = [...asked, ...rows].join(separator);
  const documentTitle = titled ? `${title}${bracketed(titled, ctx.lang)}` : title;
  // The table's caption, and a line under the heading, say what chose and ordered the rows: a shared link's page
  // of four rows, or of none, must not read as all the area has.
  const caption = said.length > 0 ? `${title}${bracketed(said.join(separator), ctx.lang)}` : title;
  const data = dataHrefs(ctx, body.meta);
  const fields = fieldsOf(ctx.request);
  const areas = [...cities.keys()];
  // A list with nothing to filter by (the scopes) has no form, rather than an empty one.
  const form =
    fields.length > 0 ? (
      <details class="form-box" open={filtered(ctx)}>
        <summary>{t.filters}</summary>
        <QueryForm ctx={ctx} action={ctx.path} fields={fields} known={{ city: areas, within: areas, ...known }} legend={false} />
      </details>
    ) : null;
  // Facets take a column beside the rows, the form under them; a list without facets has its form
  // above the rows and the whole width for them.
  const side = Boolean(facets);
  return (
    <Layout ctx={ctx} title={documentTitle} description={`${title} — ${t.tagline}`} json={data.json}>
      <Crumbs
        ctx={ctx}
        trail={
          area
            ? [
                [area.name, href(ctx, `/cities/${area.slug}`)],
                [word, undefined],
              ]
            : [[word, undefined]]
        }
      />
      <h1>{title}</h1>
      {said.length > 0 ? (
        <p class="list-asked">
          {t.listAsked}
          {said.map((a, k) => (
            <span key={a}>
              {k > 0 ? separator : ''}
              <code>{a}</code>
            </span>
          ))}
          {' · '}
          <a href={href(ctx, ctx.path)}>{t.clear}</a>
        </p>
      ) : null}
      {intro}
      <DataLinks ctx={ctx} json={data.json} csv={data.csv} />
      <div class={side ? 'list-layout' : 'list-layout alone'}>
        <div class="list-main">
          {side ? (
            <p class="to-filters">
              <a href="#filters">{t.filters} ↓</a>
            </p>
          ) : form ? (
            <section class="filters-above" id="filters" aria-label={t.filters}>
              {form}
            </section>
          ) : null}
          <Paging ctx={ctx} meta={body.meta} links={body.links} />
          {/* Past the last row the paging line above says so, once: rows do match, only not on this page. */}
          {body.data.length > 0 ? (
            <>
              <Table<T> caption={caption} rowKey={rowKey} rows={body.data} columns={columns} />
              <Paging ctx={ctx} meta={body.meta} links={body.links} end />
            </>
          ) : pastTheEnd(body.meta) ? null : (
            <p>{t.noRows}</p>
          )}
        </div>
        {side ? (
          <section class="list-side" id="filters" aria-label={t.filters}>
            {facets}
            {form}
          </section>
        ) : null}
      </div>
    </Layout>
  );
}

/** The area a list is scoped to, from /cities/{slug}/…, if any. */
export function scopedArea(ctx: PageContext, cities: ReadonlyMap<string, City>) {
  const slug = (ctx.request.params as { slug?: string }).slug;
  return slug ? { slug, name: recordName(ctx, cities.get(slug), slug) } : undefined;
}

/** Facets of a resource that counts them (none for initiatives and complaints, which have no facet fields). */
export function facetsFor(ctx: PageContext, resource: { facets?: { fields: readonly string[] } }) {
  const fields = resource.facets?.fields ?? [];
  const facets = facetsOf(ctx.app, resource as Resource<object, ListQuery>, ctx.query, fields);
  return facets ? <FacetList ctx={ctx} facets={facets} nameOfValue={(_field, value) => nameOf(value, ctx.lang)} /> : null;
}

/** A column linking a record of an area to its area. */
export function areaColumn<T extends { city: string }>(ctx: PageContext): Column<T> {
  const cities = citiesBySlug(ctx.app);
  return { head: ctx.t.area, cell: (r) => <a href={href(ctx, `/cities/${r.city}`)}>{recordName(ctx, cities.get(r.city), r.city)}</a> };
}
