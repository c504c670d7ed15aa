/**
 * The short text beside a tool's structured result, for a model to read: one line per record, in
 * which every figure stands with its verbatim quote and its record's URL. A record given without
 * its evidence (fields= left it out) is named by id and URL only, never by a figure without a quote.
 */

import type { z } from 'zod';
import { hasOwnReading } from '../domain/chinese.ts';
import { qualifierWord } from '../domain/hedges.ts';
import { groupThousands } from '../domain/magnitudes.ts';
import { dayWithinWords, periodWords } from '../domain/period-words.ts';
import { type Unit, withUnit } from '../domain/units.ts';
import { RESOURCES } from '../resources/index.ts';
import type { ClaimCheck } from '../routes/check/schema.ts';
import { unmarked } from '../routes/search/highlight.ts';
import { argumentsOf } from './inputs.ts';
import { saidOverMcp } from './lists.ts';

type Evidence = { id: string; source: string; start: number; end: number; text: string; text_zh_hans?: string; text_en?: string };
type Row = Record<string, unknown> & { id?: string; evidence?: Evidence[] };
type Page = {
  data: Row[];
  meta: { total: number; total_exact?: boolean; limit: number; offset: number; undated?: { total: number; link: string } };
  links: { next: string | null };
};

/** Where a record of each type is served: its resource's path. */
export const RECORD_PATHS: Record<string, string> = Object.fromEntries(RESOURCES.map((resource) => [resource.type, resource.path]));

const urlOf = (type: string, id: string) => `/${RECORD_PATHS[type]}/${id}`;

/** A quote on one line: the article's own line breaks (its layout) stand as ⏎, so one record stays one line. */
const oneLine = (text: string) => text.replace(/[ \t]*\r?\n[ \t]*/g, '⏎');

/**
 * Each quote verbatim and where it stands; where the dataset's Simplified reading differs (002: Traditional
 * script, pinyin glosses, characters garbled in transmission and repaired), that reading too, named as the
 * dataset's: a model must not take the damage for text, nor miss a name found in the reading alone.
 */
const readingOf = (e: Partial<Evidence>) =>
  e.text !== undefined && e.text_zh_hans !== undefined && hasOwnReading({ text: e.text, text_zh_hans: e.text_zh_hans })
    ? ` [the dataset’s Simplified reading, glosses stripped and known damage repaired: “${oneLine(e.text_zh_hans)}”]`
    : '';
const quotes = (evidence: Evidence[]) =>
  evidence.map((e) => `“${oneLine(e.text)}” (article ${e.source}, code points ${e.start}–${e.end})${readingOf(e)}`).join('; ');

/** What a model must not read an estimated figure as. */
const PLANNED = ' (an estimate or a plan, not an outcome)';

/** The English word a figure's qualifier puts before it, and a space (more than 1650), or nothing. */
function hedgeOf(qualifier: unknown): string {
  const word = qualifierWord(String(qualifier), 'en');
  return word ? `${word} ` : '';
}

/**
 * A figure's period as the line says it: its code, in words where it is open (from 13 February 2023
 * onwards, as of 18 February 2024), and that none is given where the text gives none, so a model does
 * not take an undated figure for the year around it. Nothing where the answer left the field out.
 */
function periodText(row: Row): string {
  if (!('period' in row)) return '';
  const period = row.period as string | null;
  if (!period) return `, ${periodWords(null, 'en')}`;
  return `, period ${period}${period.includes('/') ? ` (${periodWords(period, 'en')})` : ''}`;
}

/**
 * A value in base units as a reader writes it, its digits grouped and its unit in words (42,949,000,000 yuan,
 * 19,623,000 person-times), as check_claim writes it: a run of eleven digits is a factor of ten a model misreads.
 */
const baseWords = (value: unknown, unit: unknown) =>
  withUnit(groupThousands(String(value)), String(unit) as Unit, 'en', Number(value) === 1);

/** One indicator: its figure as written and in base units, with its quotes and URL. */
function indicatorLine(i: Row): string {
  const id = String(i.id ?? '');
  if (!i.evidence?.length || i.value_text === undefined) return `- indicator ${id} — /indicators/${id}`;
  const label = i.label_en ?? i.label_zh ?? '';
  const base = i.value_base !== undefined && i.unit ? ` = ${baseWords(i.value_base, i.unit)}` : '';
  const period = periodText(i);
  // A scope narrows what the metric counts (out_of_province): a model must not read it as the whole.
  const scope = i.scope ? `, scope ${i.scope} (defined in the resource ledger://scopes)` : '';
  const hedge = hedgeOf(i.qualifier);
  const planned = i.estimated === true ? PLANNED : '';
  return `- ${id} · ${label}: ${hedge}${i.value_text}${i.unit_zh ?? ''}${base}${planned}${period}${scope}. Quote: ${quotes(i.evidence)} — /indicators/${id}`;
}

/** A cited record that is no figure (initiative, complaint, project): its names, quotes and URL. */
function recordLine(type: string, r: Row): string {
  const id = String(r.id ?? '');
  const name = [r.name_en ?? r.title_en, r.name_zh ?? r.title_zh].filter(Boolean).join(' / ');
  const quoted = r.evidence?.length ? `. Quote: ${quotes(r.evidence)}` : '';
  // Its name and what happened to it are said whatever fields were asked for: a host handing the model this text alone
  // would otherwise give it nothing it asked for (a project's name and events with fields=name_en,events).
  return `- ${type} ${id}${name ? ` · ${name}` : ''}${whatHappened(type, r)}${quoted} — ${urlOf(type, id)}`;
}

/**
 * Where a project or a complaint is and what the text says happened to it (started 2023; resolved in 5 days), which
 * a host showing a model the text alone would otherwise leave to its reading of the Chinese quote.
 */
function whatHappened(type: string, r: Row): string {
  const area = typeof r.city === 'string' ? `, in ${r.city}` : '';
  if (type === 'project' && Array.isArray(r.events)) {
    const events = (r.events as { status: string; period: string | null }[]).map(
      (e) => `${e.status.replaceAll('_', ' ')} ${e.period ? periodWords(e.period, 'en') : '(no period given)'}`,
    );
    return `${area}; ${events.length ? `status events: ${events.join(', ')}` : 'no status event in the text'}`;
  }
  if (type === 'complaint') {
    const days = typeof r.duration_days === 'number' ? `, in ${r.duration_days} day(s)` : '';
    // Resolved on a day the text dates no closer than a span of them: between its ends, not over it.
    const resolved = r.resolved_on ? `; resolved ${dayWithinWords(String(r.resolved_on), 'en')}${days}` : days ? `; resolved${days}` : '';
    return `${area}${resolved}${r.handling_en ? `; how: ${oneLine(String(r.handling_en)).replace(/\.$/, '')}` : ''}`;
  }
  return area;
}

function passageLine(p: Row & Partial<Evidence>): string {
  if (p.text === undefined) return `- passage ${p.id} — /passages/${p.id}`;
  const english = p.text_en ? ` (in English: ${oneLine(p.text_en)})` : '';
  return `- passage ${p.id}, article ${p.source}, code points ${p.start}–${p.end}: “${oneLine(p.text)}”${readingOf(p)}${english} — /passages/${p.id}`;
}

/** Which rows of how many these are, and how a tool call (not a GET) asks for the next ones. */
function header(page: Page, [one, many]: [string, string]): string {
  const { total, total_exact: exact, offset } = page.meta;
  const of = `of ${exact === false ? 'at least ' : ''}${total} ${total === 1 && exact !== false ? one : many}`;
  const count = page.data.length;
  const rows =
    count === 0
      ? `No rows at offset ${offset}, ${of}`
      : count === 1
        ? `Row ${offset + 1} ${of}`
        : `Rows ${offset + 1}–${offset + count} ${of}`;
  const nextOffset = page.links.next ? new URL(page.links.next, 'http://ledger').searchParams.get('offset') : null;
  const next = nextOffset !== null ? `; for the next, call again with offset ${nextOffset}` : '';
  return `${rows}${next}. Every field is in structuredContent.`;
}

/** What a time filter left out, as the tool call that lists it: a model told of one year's rows only would not know of them. */
const undatedLines = ({ meta: { undated } }: Page, what: string): string[] =>
  undated && undated.total > 0
    ? [`Left out by the time filter: ${undated.total} ${what} the text gives no period: ${asToolCall(undated.link)}`]
    : [];

export const indicatorsText = (page: Page) =>
  [header(page, ['indicator', 'indicators']), ...undatedLines(page, 'figure(s)'), ...page.data.map(indicatorLine)].join('\n');

export const projectsText = (page: Page) =>
  [header(page, ['project', 'projects']), ...undatedLines(page, 'project(s)'), ...page.data.map((r) => recordLine('project', r))].join(
    '\n',
  );

type Hit = {
  type: string;
  id: string;
  url: string;
  title_en: string | null;
  title_zh: string | null;
  passage?: Evidence | null;
  elsewhere?: string | null;
};

export function searchText(page: Page): string {
  const lines = (page.data as unknown as Hit[]).map((hit) => {
    const { url } = hit;
    // Its title says what the record is: five hits may quote one sentence (Wuwei's funds, their growth …); an area's or a metric's, what it is called.
    const title = hit.title_en ?? hit.title_zh;
    // Where neither title nor quote holds the query (张掖 finds Zhangye's records by their area): what does.
    const found = hit.elsewhere ? `; the query is in: ${oneLine(unmarked(hit.elsewhere))}` : '';
    if (!hit.passage) return `- ${hit.type} ${hit.id}${title ? ` (${title})` : ''}${found} — ${url}`;
    return `- ${hit.type} ${hit.id}${title ? ` (${title})` : ''}: ${quotes([hit.passage])}${found} — ${url}`;
  });
  return [header(page, ['match', 'matches']), ...lines].join('\n');
}

/** What the text reads of a comparison's scope and of each scope left out (the answer's meta). */
type Scope = { scope: string | null; name_en: string | null };
type ComparePage = Page & {
  meta: {
    scope?: Scope | null;
    left_out?: (Scope & { areas?: string[]; reason_en: string })[];
    without?: string[];
  };
};

/** A list's link (/indicators?metric=…&undated=true&city=gansu%2Cwuwei) as the tool call that lists it: stdio has no GET. */
function asToolCall(link: string): string {
  const url = new URL(link, 'http://ledger');
  const list = url.pathname.slice(1);
  // The arguments as that tool takes them, typed by its resource's query (a flag a boolean, q a text, a filter a list).
  const resource = RESOURCES.find((r) => r.path === list);
  const shape = (resource?.query as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape ?? {};
  return `list_${list} with ${JSON.stringify(argumentsOf(url.searchParams, shape))}`;
}

/**
 * A comparison: which scope (口径) its rows are of, each row's figure with the quote of the indicator
 * it comes from (fetched beside it), and the rows of the same metric left out as another scope, with
 * why: a model reading the text alone must not take an out-of-province figure for the whole.
 */
export function compareText(page: ComparePage, indicators: Map<string, Row>, year?: number): string {
  const { scope, left_out: leftOut = [] } = page.meta;
  const scopeLine = scope?.scope
    ? `Scope: ${scope.name_en ?? scope.scope} (${scope.scope}): every row is of it, not of the metric as a whole.`
    : 'Scope: the metric exactly.';
  const leftLines = leftOut.map(
    (s) =>
      `Left out: the rows of scope ${s.scope ?? 'none (the metric exactly)'}${s.areas?.length ? `, of ${s.areas.join(', ')}` : ''}. ${saidOverMcp(s.reason_en)}`,
  );
  const { without = [] } = page.meta;
  leftLines.push(...undatedLines(page, 'figure(s)'));
  // A model must not read an area asked for and absent from the rows as filtered out by mistake, nor as zero.
  if (without.length > 0) {
    // An area with rows of a scope left out has a figure, of another scope: a model must not report it has none.
    const elsewhere = leftOut.flatMap((s) =>
      without.filter((city) => s.areas?.includes(city)).map((city) => `${city} has rows of scope ${s.scope ?? 'none'}, left out above`),
    );
    leftLines.push(
      `No row compared for: ${without.join(', ')} (no figure of this metric and scope there${year ? ` overlapping ${year}` : ''}${elsewhere.length ? `; ${elsewhere.join('; ')}` : ''}; list_indicators with metric and within lists what an area and the areas under it have, of any year).`,
    );
  }
  // Rows of different periods stand side by side (year= keeps every period overlapping it): a model must not read them as one period's.
  const periods = [...new Set(page.data.map((row) => (row.period as string | null) ?? 'none given'))];
  const periodLine = periods.length > 1 ? [`Periods differ: ${periods.join(', ')}; these rows are not one period's figures.`] : [];
  const lines = page.data.map((row) => {
    const indicator = indicators.get(String(row.indicator));
    if (!indicator?.evidence?.length) return `- ${row.city} — /indicators/${row.indicator}`;
    const period = periodText(row);
    const planned = row.estimated ? PLANNED : '';
    // Its label tells two rows of one area apart, and its hedge keeps 1650余件 from reading as exactly 1650.
    const label = indicator.label_en ?? indicator.label_zh;
    const hedge = hedgeOf(indicator.qualifier);
    return `- ${row.city}${period} · ${label}: ${hedge}${indicator.value_text}${indicator.unit_zh} = ${baseWords(indicator.value_base, indicator.unit)}${planned}. Quote: ${quotes(indicator.evidence)} — /indicators/${row.indicator}`;
  });
  return [header(page, ['row', 'rows']), scopeLine, ...periodLine, ...lines, ...leftLines].join('\n');
}

/** An area: its slug, its names, its level and the area above it (an area quotes nothing: no figure stands here). */
function areaLine(r: Row): string {
  const slug = String(r.slug ?? '');
  const names = [r.name_en, r.name_zh].filter(Boolean).join(' / ');
  const above = r.parent ? `, under ${r.parent}` : '';
  return `- area ${slug}${names ? ` · ${names}` : ''}${r.level ? `, ${r.level}` : ''}${above} — /cities/${slug}`;
}

/** A metric: its key, names, definition and unit, and how its figures are listed (a metric quotes nothing). */
function metricLine(r: Row): string {
  const key = String(r.key ?? '');
  const names = [r.name_en, r.name_zh].filter(Boolean).join(' / ');
  const definition = r.definition ? ` ${String(r.definition).replace(/\.?$/, '.')}` : '';
  return `- metric ${key}${names ? ` · ${names}` : ''}:${definition} Unit ${r.unit}; its figures: list_indicators with metric ${key} — /metrics/${key}`;
}

export function recordText(type: string, record: Row): string {
  if (type === 'indicator') return indicatorLine(record).slice(2);
  if (type === 'city') return areaLine(record).slice(2);
  if (type === 'metric') return metricLine(record).slice(2);
  if (type === 'passage') return passageLine(record).slice(2);
  return recordLine(type, record).slice(2);
}

/**
 * The verdict, then a line for each figure of a claim of several and each comparison of two, each with its explanation (one with
 * no record compared included: left out, a model read a not-found verdict beside a supported record);
 * of a claim of one figure, a line for each record compared, or the explanation where none was.
 */
export function checkText(answer: ClaimCheck): string {
  const verdict = `Verdict: ${answer.verdict}.`;
  // An explanation pointing to a list (see /cities) says where a client with no GET finds it.
  const explained = (text: string) => oneLine(saidOverMcp(text));
  // …and a line for what it says of two figures (高于, more than), judged or not (its explanation says which).
  const compared = answer.comparisons.map((c) => `- ${c.text}: ${explained(c.explanation_en)}`);
  if (answer.figures.length > 1)
    return [verdict, ...answer.figures.map((f) => `- ${f.text}: ${explained(f.explanation_en)}`), ...compared].join('\n');
  const told = answer.matches.some((m) => m.explanation_en === answer.explanation_en);
  // A figure no record was compared with is named on its own line, as a claim of several figures' are (mcp13).
  const figure = answer.figures[0]?.text;
  if (!told && figure !== undefined && answer.matches.length === 0)
    return [verdict, `- ${figure}: ${explained(answer.explanation_en)}`].join('\n');
  return [
    `${verdict}${told ? '' : ` ${explained(answer.explanation_en)}`}`,
    // Each line begins with the figure, as a claim of several figures' do, then the record compared.
    ...answer.matches.map((m) => `- ${figure ?? ''} (record ${m.indicator.id}): ${explained(m.explanation_en)}`),
  ].join('\n');
}

/** A problem the API answered, as the text of a tool error. */
export const problemText = (problem: { title?: string; status?: number; detail?: string }) =>
  `${problem.title ?? 'Error'} (${problem.status ?? 'error'}): ${saidOverMcp(problem.detail ?? 'no detail')}`;
