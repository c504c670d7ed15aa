/**
 * The GET form of a list page, made from the route's own query schema: its fields are the API's
 * parameters, so every view the form makes is a permalink and a program's URL alike. A closed list
 * (units, qualifiers, true/false) is a select; areas and articles come with their known values.
 */
import type { FastifyRequest } from 'fastify';
import { unitName } from '../domain/units.ts';
import { canonicalQuery } from '../http/lists.ts';
import { routeShape } from '../http/route-schema.ts';
import { CONTROL_CHARACTERS } from '../resources/schemas.ts';
import { Mixed } from './components.tsx';
import { chosenLimit, givenQuery, href, type PageContext } from './context.ts';
import { hintZh } from './hints-zh.ts';
import { KeptFields } from './layout.tsx';
import { nameOf } from './names.ts';

type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { format?: string } } }[];
};
type Schema = { _zod: { def: Def }; description?: string };

/** Parameters a page's form leaves to the URL: paging, representation and the shape of the JSON. */
const NOT_IN_FORM = new Set(['limit', 'offset', 'format', 'fields', 'facets', 'facet_limit', 'total']);
const DATES = new Set(['from', 'to', 'reported_from', 'reported_to']);

/**
 * Known values a field suggests at most (every area and article of the dataset): in a database of
 * every county, ten thousand areas twice over made a list's page a megabyte; one of them is typed.
 */
const SUGGESTED = 200;

export type Field = { name: string; description: string; options?: string[]; kind: 'text' | 'number' | 'integer' | 'date'; list?: boolean };

/**
 * A parameter's description for a reader of the pages: without the sentences that name what only a program reads (meta.aliases,
 * meta.undated: fields of the JSON, which a page never shows; read17), in either language.
 */
const forReaders = (text: string): string =>
  text
    // A sentence that is all of it, with its full stop (not a period's open end, 2023-02-13/..)…
    .replace(/(?<=^|[.。])\s*[^,，;；.。]*\bmeta\.[a-z_]+[^,，;；.。]*[.。]/gu, '')
    // …or the clause that names one (", said in meta.aliases", "，其数目见 meta.undated"), with the mark before it…
    .replace(/[,，;；]?[^,，;；.。]*\bmeta\.[a-z_]+[^,，;；.。:：]*/gu, '')
    // …or after it, where it began its sentence.
    .replace(/(^|[.。]\s*)[,，;；]\s*/gu, '$1')
    .trim();

/** What a query parameter's schema says about it: its description and, for a closed list, its values. */
function fieldOf(name: string, schema: Schema): Field {
  let description = '';
  let options: string[] | undefined;
  let kind: Field['kind'] = DATES.has(name) ? 'date' : 'text';
  let list = false;
  const visit = (s: Schema | undefined) => {
    if (!s) return;
    if (!description && s.description) description = s.description;
    const def = s._zod.def;
    if (def.type === 'enum' && def.entries) options ??= Object.values(def.entries);
    // A whole number (year, limit) asks a phone for digits alone; a decimal (min, max) for a point too.
    if (def.type === 'number') kind = def.checks?.some((c) => c._zod.def.format === 'safeint') ? 'integer' : 'number';
    if (def.type === 'array') {
      list = true;
      visit(def.element);
    }
    visit(def.innerType);
    visit(def.in);
    visit(def.out);
  };
  visit(schema);
  return { name, description: forReaders(description), options, kind, list };
}

/** The formats a page's route answers in: its own format= (json, csv for a list), and html, the page. */
export function formatsOf(request: FastifyRequest): string[] {
  const own = routeShape<Schema>(request).format;
  return [...new Set([...(own ? (fieldOf('format', own).options ?? []) : []), 'json', 'html'])];
}

/** total=: how far a list counts its rows (as far as this server counts them), not a qualifier's 'exact'. */
function totalName(ctx: PageContext, option: string): string | undefined {
  const upTo = ctx.app.totalCountedUpTo;
  if (option === 'bounded') return ctx.lang === 'zh' ? `数到约${upTo}行为止` : `count up to about ${upTo.toLocaleString('en-US')}`;
  if (option === 'exact') return ctx.lang === 'zh' ? '逐行全部计数' : 'count every row';
  return undefined;
}

/** An option of a select as the reader's language names it (是, 人次, 指标); its value stays the API's. */
function optionName(ctx: PageContext, field: string, option: string): string {
  if (option === 'true' || option === 'false') return option === 'true' ? ctx.t.yes : ctx.t.no;
  if (field === 'total') return totalName(ctx, option) ?? option;
  // facets= and fields= name fields: as the form names them (地区 city).
  if (field === 'facets' || field === 'fields') return fieldLabel(ctx, option);
  return field === 'unit' ? unitName(option, ctx.lang) : nameOf(option, ctx.lang);
}

/** The fields of a route's query string, in its schema's order: those a form shows, or (`all`) every one but format=. */
export function fieldsOf(request: FastifyRequest, { all = false } = {}): Field[] {
  return Object.entries(routeShape<Schema>(request))
    .filter(([name]) => (all ? name !== 'format' : !NOT_IN_FORM.has(name)))
    .map(([name, schema]) => fieldOf(name, schema));
}

/**
 * The names of the parameters in each language, beside the API's own, which a label always shows where
 * it is not the English word itself (最小值 min, Lowest value min; Year): the form's fields are the API's.
 */
// biome-ignore format: a table
const FIELD_NAMES: Record<string, readonly [zh: string, en: string]> = {
  q: ['搜索', 'Search'],
  city: ['地区', 'Area'],
  cities: ['地区', 'Areas'],
  within: ['包含下辖地区', 'Within an area'],
  metric: ['度量', 'Metric'],
  unit: ['单位', 'Unit'],
  qualifier: ['限定', 'Qualifier'],
  estimated: ['预计数', 'Estimated'],
  initiative: ['举措', 'Initiative'],
  part_of: ['所属举措', 'Part of'],
  project: ['项目', 'Project'],
  complaint: ['诉求', 'Complaint'],
  sector: ['行业', 'Sector'],
  status: ['进展', 'Status'],
  source: ['来源文章', 'Article'],
  corroborated: ['多篇互证', 'Corroborated'],
  year: ['年份', 'Year'],
  from: ['起始日期', 'From'],
  to: ['截止日期', 'To'],
  undated: ['未注明时间', 'Undated'],
  reported_from: ['报道日期起', 'Reported from'],
  reported_to: ['报道日期止', 'Reported to'],
  period: ['时间代码', 'Period code'],
  min: ['最小值', 'Lowest value'],
  max: ['最大值', 'Highest value'],
  sort: ['排序', 'Sort'],
  kind: ['类型', 'Kind'],
  scope: ['口径', 'Scope'],
  type: ['记录类型', 'Record type'],
  parent: ['上级地区', 'Parent area'],
  level: ['层级', 'Level'],
  limit: ['每页条数', 'Rows per page'],
  offset: ['起始位置', 'Start at row'],
  total: ['总数', 'Total'],
  facets: ['分类计数', 'Facet counts'],
  facet_limit: ['分类计数上限', 'Facet values shown'],
  fields: ['字段', 'Fields'],
  // A record's address, as a 404 names it (src/http/errors.ts).
  slug: ['代码', 'Slug'],
  id: ['编号', 'ID'],
};

/** A parameter as a form labels it, its name beside a word that is not it: 年份 (year), Lowest value (min), Year. */
export function fieldLabel(ctx: PageContext, name: string): string {
  const word = FIELD_NAMES[name]?.[ctx.lang === 'zh' ? 0 : 1];
  if (!word) return name;
  return word.toLowerCase().replaceAll(' ', '_') === name ? word : `${word} (${name})`;
}

/**
 * A parameter's hint beside a select, which sends one value, named as its options name it: without
 * the API's "comma-separated" list of raw values (city, where the options say area) or its example.
 */
function oneChoice(hint: string, options: readonly string[]): string {
  // A list after a colon that names two options or more (planned, signed …; exact 确数、more_than 超过 …) is the raw values.
  const namesOptions = (list: string) => options.filter((o) => list.split(/[\s,、，（）()]+/).includes(o)).length >= 2;
  const said = hint
    .replace(/[,;] comma-separated/, '')
    .replace(/[，；]?逗号分隔/, '')
    // The example first: its list names options too, which would leave a bare "For example." (page20).
    .replace(/\s*For example: [^.]*\.$/, '')
    .replace(/[，,]?\s*例如[：\s][^。]*。$/, '。')
    .replace(/(?:,?\s+among)?[:：]\s*([^.。]*)([.。]?)/g, (whole, list: string, end: string) => (namesOptions(list) ? end : whole))
    .replace(/[，,]?。+/g, '。');
  // A hint that only listed the raw values, or is a word naming the field again (Sectors., 限定。), says nothing the select does not.
  const word = /^(?:[A-Za-z]+|\p{Script=Han}{1,4})[。.]$/u.test(said);
  return said === `${options.join(', ')}.` || word ? '' : said;
}

/** A parameter's meaning for a Chinese reader (src/pages/hints-zh.ts), or undefined where the API's English stands. */
export function fieldHelp(ctx: PageContext, field: Pick<Field, 'name' | 'description'>): string | undefined {
  if (ctx.lang !== 'zh') return undefined;
  const help = hintZh(ctx.request.routeOptions.url, field.name);
  // The fields a list sorts by are its own: named as the API's description names them, as the English hint does.
  const sortable = field.name === 'sort' ? /among ([^;]+);/.exec(field.description)?.[1] : undefined;
  const said = help && forReaders(help);
  return said && sortable ? said.replace('排序字段，', `排序字段（可选：${sortable}），`) : said;
}

/**
 * The value a field shows: what the request gave, as the API read it (a list as a comma list), so requests sharing
 * an answer share a page. As given on an error page, but for its control characters: refused, and a NUL would be
 * U+FFFD in the field, so that applying the form asked another query; without them it asks the one meant.
 */
function givenValue(request: FastifyRequest, name: string, asGiven: boolean): string {
  const value = (asGiven ? givenQuery(request) : canonicalQuery(request)).find(([given]) => given === name)?.[1] ?? '';
  return asGiven ? value.replace(CONTROL_CHARACTERS, '') : value;
}

/** A GET form over a page's parameters, filled in with what this request gave. */
export function QueryForm({
  ctx,
  action,
  known = {},
  fields = fieldsOf(ctx.request),
  invalid = [],
  legend = true,
  asGiven = false,
}: {
  ctx: PageContext;
  action: string;
  /** Fill the fields with the query as given, not as the API read it: an error page's, to correct what was refused. */
  asGiven?: boolean;
  /** Known values of open parameters (areas, articles), offered as suggestions. */
  known?: Record<string, string[]>;
  fields?: Field[];
  /** Fields an error page found wrong: each is marked invalid and described by its reason (li#wrong-{name}). */
  invalid?: readonly string[];
  /** Whether the fields' legend ('Filters') is shown: not inside a box whose summary already says so. */
  legend?: boolean;
}) {
  const { t } = ctx;
  const { limit } = chosenLimit(ctx);
  return (
    <form class="query-form" method="get" action={action}>
      <fieldset>
        {/* Inside a box whose summary says so, the group is still named for a screen reader, but not shown twice. */}
        <legend class={legend ? undefined : 'vh'}>{t.filters}</legend>
        <div class="fields">
          {fields.map((field) => {
            const id = `f-${field.name}`;
            const value = givenValue(ctx.request, field.name, asGiven);
            const help = fieldHelp(ctx, field);
            const selectHint = field.options ? oneChoice(help ?? field.description, field.options) : undefined;
            const hint = (field.options ? selectHint : help || field.description) ? `${id}-hint` : undefined;
            const wrong = invalid.includes(field.name);
            const described = [wrong ? `wrong-${field.name}` : undefined, hint].filter(Boolean).join(' ') || undefined;
            const list = known[field.name] ? `${id}-list` : undefined;
            return (
              <div class="field" key={field.name}>
                <label for={id}>{fieldLabel(ctx, field.name)}</label>
                {field.options ? (
                  <select id={id} name={field.name} aria-describedby={described} aria-invalid={wrong ? 'true' : undefined}>
                    <option value="">—</option>
                    {/* A value given that is none of the options (unit=USD, unit=CNY,yuan) is kept as given, as a text field keeps it. */}
                    {value && !field.options.includes(value) ? (
                      <option value={value} selected>
                        {value}
                      </option>
                    ) : null}
                    {field.options.map((option) => (
                      <option key={option} value={option} selected={option === value}>
                        {optionName(ctx, field.name, option)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={id}
                    name={field.name}
                    type={field.kind === 'date' ? 'date' : 'text'}
                    inputMode={field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined}
                    value={value}
                    list={list}
                    aria-describedby={described}
                    aria-invalid={wrong ? 'true' : undefined}
                  />
                )}
                {list ? (
                  <datalist id={list}>
                    {known[field.name].slice(0, SUGGESTED).map((v) => (
                      <option key={v} value={v} />
                    ))}
                  </datalist>
                ) : null}
                {hint ? (
                  <small id={hint} class="hint" lang={help ? undefined : 'en'}>
                    {selectHint ?? help ?? <Mixed text={field.description ?? ''} />}
                  </small>
                ) : null}
              </div>
            );
          })}
        </div>
        <KeptFields ctx={ctx} />
        {limit !== undefined && !fields.some((f) => f.name === 'limit') ? <input type="hidden" name="limit" value={limit} /> : null}
        <p class="form-actions">
          <button type="submit">{t.apply}</button> <a href={href(ctx, action)}>{t.clear}</a>
        </p>
      </fieldset>
    </form>
  );
}
