/**
 * The SQL for /search: one search over every record type's index (src/db/search.ts), best matches
 * first: a record whose titles hold every term before the rest, the shortest titles first, then by
 * bm25 in each type's own index; a term of Han characters is read
 * from the pairs' short posting lists, so a rare phrase costs what its matches cost. A hit's titles
 * and passage are read off its record.
 */
import { getTableName } from 'drizzle-orm';
import type { EvidenceRow } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { matchExpression, SEARCHABLE, type Searchable, searchedTexts, searchTable } from '../../db/search.ts';
import { row, rows } from '../../db/statements.ts';
import { totalFromPage } from '../../db/totals.ts';
import { toSimplifiedInPlace } from '../../domain/chinese.ts';
import { searchTerms, termRuns } from '../../domain/chinese-search.ts';
import { groupBy } from '../../group.ts';
import { RESOURCES } from '../../resources/index.ts';
import { type Indicator, quoteOfFigure } from '../../resources/indicators.ts';
import type { ListQuery, Resource } from '../../resources/resource.ts';
import { evidenceSchema } from '../../resources/schemas.ts';
import { escapeHtml, markRuns } from './highlight.ts';
import type { SearchHit } from './schema.ts';

/** A record's title in a language, from its resource's title fields (a passage has none). */
export function titleOf(type: Searchable, record: Record<string, unknown>, lang: 'zh' | 'en'): string | null {
  const field = RESOURCE_OF[type].titles?.[lang];
  return field ? ((record[field] as string | null) ?? null) : null;
}

/** The resource of each searchable record type. */
export const RESOURCE_OF = Object.fromEntries(
  SEARCHABLE.map((type) => {
    const resource = RESOURCES.find((r) => r.type === type);
    if (!resource) throw new Error(`no resource for the searchable type ${type}`);
    return [type, resource as Resource<object, ListQuery>];
  }),
) as Record<Searchable, Resource<object, ListQuery>>;

/** Each type's table and key, from its resource. */
const TYPES = Object.fromEntries(
  SEARCHABLE.map((type) => [type, { table: getTableName(RESOURCE_OF[type].table), key: RESOURCE_OF[type].key }]),
) as Record<Searchable, { table: string; key: string }>;

/**
 * One type's matches: its name, its record's key, the length of its titles where they hold every term
 * (else null), and the match's rank, with its parameters: the query's expression over titles (for a
 * type with titles), then over whole documents.
 */
function matchesOf(type: Searchable, expression: string, inTitles: string): { sql: string; params: string[] } {
  const { table, key } = TYPES[type];
  const index = searchTable(type);
  const titles = RESOURCE_OF[type].titles;
  const titled = titles
    ? `case when ${index}.rowid in (select rowid from ${index} where ${index} match ?)
        then length(${table}.${titles.zh}) + length(${table}.${titles.en}) end`
    : 'null';
  return {
    sql: `select '${type}' as type, ${table}.${key} as id, ${titled} as titled, ${index}.rank as rank
    from ${index} cross join ${table} on ${table}.rowid = ${index}.rowid where ${index} match ?`,
    params: titles ? [inTitles, expression] : [expression],
  };
}

/**
 * The records of one type with these keys, as the API serves them (the route reads them through
 * the record cache): a hit's titles and passages are read off its record, not queried again.
 */
export type RecordsOf = (type: Searchable, ids: readonly string[]) => readonly object[];

/** A passage as a hit shows it: the evidence fields (evidenceSchema's) of a passage record, or of a record's evidence. */
const EVIDENCE_FIELDS = Object.keys(evidenceSchema.shape) as (keyof EvidenceRow)[];
const evidenceOf = (passage: EvidenceRow): EvidenceRow =>
  Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, passage[field]])) as EvidenceRow;

/** Titles and passages of the hits, from their records, a type at a time. */
function detailsOf(hits: { type: Searchable; id: string }[], recordsOf: RecordsOf) {
  const titles = new Map<string, { zh: string | null; en: string | null }>();
  const passages = new Map<string, readonly EvidenceRow[]>();
  const records = new Map<string, { type: Searchable; record: Record<string, unknown> }>();
  for (const [type, ofType] of groupBy(hits, (hit) => hit.type)) {
    const ids = ofType.map((hit) => hit.id);
    const { key } = TYPES[type];
    for (const record of recordsOf(type, ids) as Record<string, unknown>[]) {
      const id = `${type}:${record[key]}`;
      records.set(id, { type, record });
      titles.set(id, { zh: titleOf(type, record, 'zh'), en: titleOf(type, record, 'en') });
      if (type === 'passage') passages.set(id, [record as EvidenceRow]);
      // A figure's hit shows the passage that gives its number, whatever other passage the terms are in.
      else if (type === 'indicator') passages.set(id, [quoteOfFigure(record as Pick<Indicator, 'evidence' | 'value_text'>)]);
      else if (Array.isArray(record.evidence)) passages.set(id, record.evidence as EvidenceRow[]);
    }
  }
  // What else a record's search document holds (seed/write.ts), read only for a hit whose titles and passage hold no
  // term: its area's names (张掖 finds Zhangye's records), its own fields, every passage it cites.
  const elsewhereOf = (id: string): string[] => {
    const { type, record } = records.get(id) ?? {};
    if (!type || !record) return [];
    const slug = type === 'city' ? undefined : (record.city as string | undefined);
    const area = slug ? (recordsOf('city', [slug])[0] as { name_zh: string; name_en: string } | undefined) : undefined;
    // …and a quote as received, where a term is only in that (article 002's damaged runs, copied from a record's page).
    const quotes = type === 'passage' ? [record as EvidenceRow] : Array.isArray(record.evidence) ? (record.evidence as EvidenceRow[]) : [];
    const cited = quotes.flatMap((e) => (type === 'passage' ? [e.text] : [e.text_zh_hans, e.text_en, e.text]));
    return [...(area ? [`${area.name_zh} ${area.name_en}`] : []), ...searchedTexts(type, record), ...cited];
  };
  return { titles, passages, elsewhereOf };
}

/**
 * The first text with a term in it, its matches marked and the rest escaped, or null. With `traditional`, a text in
 * Traditional script is also read in its Simplified one, a character for a character (toSimplifiedInPlace: a quote as
 * received, 確?!叭ト佟…), and marked where it stands: only where nothing else was (the converter is costly).
 */
function markedIn(texts: readonly string[], terms: string[], { traditional = false } = {}): string | null {
  for (const text of texts) {
    let marks = termRuns(text, terms);
    const simplified = traditional && marks.length === 0 ? toSimplifiedInPlace(text) : text;
    if (simplified !== text) marks = termRuns(simplified, terms);
    if (marks.length > 0) return markRuns(text, marks);
  }
  return null;
}

/**
 * The passage's Simplified reading (or, for English terms, its translation) with every occurrence
 * of the query's terms marked <mark>…</mark> and the rest escaped, or null when no term occurs.
 */
const markTerms = (passage: EvidenceRow, terms: string[]): string | null => markedIn([passage.text_zh_hans, passage.text_en], terms);

/** A page of hits over the given record types (all when none), best first, and the total. */
export function search(
  db: Db,
  recordsOf: RecordsOf,
  query: string,
  types: readonly Searchable[] | undefined,
  page: { limit: number; offset: number },
) {
  const chosen = types?.length ? SEARCHABLE.filter((t) => types.includes(t)) : SEARCHABLE;
  const expression = matchExpression(query);
  const params = chosen.map(() => expression);
  const inTitles = matchExpression(query, { titles: true });
  const matches = chosen.map((type) => matchesOf(type, expression, inTitles));
  // A record named by the query first (its titles hold every term, the shortest titles first: most of
  // such a title is the query), then every other match, best first.
  const found = rows<{ type: Searchable; id: string }>(
    db,
    `select type, id from (${matches.map((m) => m.sql).join(' union all ')})
      order by titled is null, titled, rank, type, id limit ? offset ?`,
    [...matches.flatMap((m) => m.params), page.limit, page.offset],
  );
  // A page short of its limit ends the set and gives the total, as lists do; else every type's
  // count in one statement: a statement's own cost is most of what counting a short posting list costs.
  const counted = () => {
    const counts = chosen.map((type) => `(select count(*) from ${searchTable(type)} where ${searchTable(type)} match ?)`);
    return row<{ n: number }>(db, `select ${counts.join(' + ')} as n`, params)?.n ?? 0;
  };
  const total = totalFromPage(found.length, page)?.total ?? counted();
  const details = detailsOf(found, recordsOf);
  const terms = searchTerms(query);
  const hits: SearchHit[] = found.map(({ type, id }) => {
    const title = details.titles.get(`${type}:${id}`);
    const passages = details.passages.get(`${type}:${id}`) ?? [];
    let passage: SearchHit['passage'] = null;
    for (const p of passages) {
      const marked = markTerms(p, terms);
      if (marked !== null) {
        passage = { ...evidenceOf(p), highlight: marked };
        break;
      }
    }
    if (passage === null && passages.length > 0) passage = { ...evidenceOf(passages[0]), highlight: escapeHtml(passages[0].text_zh_hans) };
    const url = `/${RESOURCE_OF[type].path}/${encodeURIComponent(id)}`;
    // Where neither the titles nor the passage shown hold a term, the text that does: why the record came up.
    const shown = [title?.zh, title?.en].some((t) => t && termRuns(t, terms).length > 0) || passage?.highlight.includes('<mark>');
    const elsewhere = shown ? null : markedIn(details.elsewhereOf(`${type}:${id}`), terms, { traditional: true });
    return { type, id, url, title_zh: title?.zh ?? null, title_en: title?.en ?? null, passage, elsewhere };
  });
  return { rows: hits, total };
}
