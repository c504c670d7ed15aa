/** The SQL for /search: one full-text search over every record type and passage. */
import { type SQL, sql } from 'drizzle-orm';
import { type EvidenceRow, evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { jsonValues, preparedSql } from '../../db/prepared.ts';
import type { SearchRecordType } from '../../db/search.ts';
import { toMatchExpression, toSearchForm } from '../../domain/chinese.ts';

export type SearchHit = {
  type: SearchRecordType;
  id: string;
  title_zh: string | null;
  title_en: string | null;
  passage: (EvidenceRow & { highlight: string }) | null;
};

/** Each type's titles, for ids bound as one JSON array. */
const TITLES: Record<SearchRecordType, SQL> = {
  indicator: sql`select id, label_zh as zh, label_en as en from indicators where id in `,
  initiative: sql`select id, name_zh as zh, name_en as en from initiatives where id in `,
  complaint: sql`select id, title_zh as zh, title_en as en from complaints where id in `,
  passage: sql`select id, null as zh, null as en from passages where id in `,
  city: sql`select slug as id, name_zh as zh, name_en as en from cities where slug in `,
};

const ids = () => jsonValues(sql.placeholder('ids'));

/** Titles and passages of the hits, a few statements per record type on the page rather than a few per hit. */
function detailsOf(db: Db, rows: { type: SearchRecordType; id: string }[]) {
  const titles = new Map<string, { zh: string | null; en: string | null }>();
  const passages = new Map<string, EvidenceRow[]>();
  const byType = new Map<SearchRecordType, string[]>();
  for (const { type, id } of rows) byType.set(type, [...(byType.get(type) ?? []), id]);
  for (const [type, list] of byType) {
    const values = { ids: JSON.stringify(list) };
    for (const t of preparedSql(db, `search titles|${type}`, () => sql`${TITLES[type]}${ids()}`).all<{
      id: string;
      zh: string | null;
      en: string | null;
    }>(values))
      titles.set(`${type}:${t.id}`, t);
    if (type === 'passage') {
      for (const p of preparedSql(
        db,
        'search passages',
        () => sql`select id, source, start, "end", text, text_zh_hans, text_en from passages where id in ${ids()}`,
      ).all<EvidenceRow>(values))
        passages.set(`passage:${p.id}`, [p]);
    } else if (type !== 'city') {
      for (const [id, evidence] of evidenceFor(db, type, list)) passages.set(`${type}:${id}`, evidence);
    }
  }
  return { titles, passages };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * For one query, a function that marks every occurrence of its terms in a
 * passage's Simplified reading (or, for English terms, its translation) with
 * <mark>…</mark>, or returns null when no term occurs in either. The terms
 * are folded once, for every passage of a page.
 */
function highlighter(query: string): (passage: EvidenceRow) => string | null {
  const terms = query
    .split(/\s+/)
    .map((t) => toSearchForm(t).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((t) => t !== '');
  return (passage) => markTerms(passage, terms);
}

function markTerms(passage: EvidenceRow, terms: string[]): string | null {
  for (const text of [passage.text_zh_hans, passage.text_en]) {
    const folded = text.toLowerCase();
    const marks: [number, number][] = [];
    for (const term of terms) {
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) marks.push([at, at + term.length]);
    }
    if (marks.length === 0) continue;
    marks.sort((a, b) => a[0] - b[0]);
    let out = '';
    let cursor = 0;
    for (const [start, end] of marks) {
      if (start < cursor) continue;
      out += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
      cursor = end;
    }
    return out + escapeHtml(text.slice(cursor));
  }
  return null;
}

export function search(db: Db, query: string, types: SearchRecordType[] | undefined, page: { limit: number; offset: number }) {
  const values = { q: toMatchExpression(query) ?? '""', types: JSON.stringify(types ?? []), ...page };
  // One statement text for every request (the record types are bound as one JSON array), compiled once.
  const typeFilter = types?.length ? sql`and record_type in ${jsonValues(sql.placeholder('types'))}` : sql``;
  const shape = types?.length ? 'typed' : 'all';
  const matching = sql`from search where search match ${sql.placeholder('q')} ${typeFilter}`;
  const total = preparedSql(db, `search total|${shape}`, () => sql`select count(*) as n ${matching}`).get<{ n: number }>(values)?.n ?? 0;
  const rows = preparedSql(
    db,
    `search page|${shape}`,
    () =>
      sql`select record_type as type, record_id as id ${matching}
          order by rank, record_type, record_id limit ${sql.placeholder('limit')} offset ${sql.placeholder('offset')}`,
  ).all<{ type: SearchRecordType; id: string }>(values);
  const details = detailsOf(db, rows);
  const mark = highlighter(query);
  const hits: SearchHit[] = rows.map(({ type, id }) => {
    const title = details.titles.get(`${type}:${id}`);
    const passages = details.passages.get(`${type}:${id}`) ?? [];
    let passage: SearchHit['passage'] = null;
    for (const p of passages) {
      const marked = mark(p);
      if (marked !== null) {
        passage = { ...p, highlight: marked };
        break;
      }
    }
    if (passage === null && passages.length > 0) passage = { ...passages[0], highlight: escapeHtml(passages[0].text_zh_hans) };
    return { type, id, title_zh: title?.zh ?? null, title_en: title?.en ?? null, passage };
  });
  return { rows: hits, total };
}
