/**
 * The SQL for /search: one search over every record type's index (src/db/search.ts), best matches
 * first. Each type's matches are ranked by bm25 in its own index; a term of Han characters is read
 * from the pairs' short posting lists, so a rare phrase costs what its matches cost.
 */
import { type EvidenceRow, evidenceFor } from '../../db/evidence.ts';
import type { Db } from '../../db/open.ts';
import { matchExpression, SEARCHABLE, type Searchable, searchTable } from '../../db/search.ts';
import { JSON_VALUES } from '../../db/sql.ts';
import { row, rows } from '../../db/statements.ts';
import { searchTerms, termRuns } from '../../domain/chinese.ts';

export type SearchHit = {
  type: Searchable;
  id: string;
  title_zh: string | null;
  title_en: string | null;
  passage: (EvidenceRow & { highlight: string }) | null;
};

/** Each type's table, key and titles. */
const TYPES: Record<Searchable, { table: string; key: string; zh: string; en: string }> = {
  indicator: { table: 'indicators', key: 'id', zh: 'label_zh', en: 'label_en' },
  initiative: { table: 'initiatives', key: 'id', zh: 'name_zh', en: 'name_en' },
  complaint: { table: 'complaints', key: 'id', zh: 'title_zh', en: 'title_en' },
  project: { table: 'projects', key: 'id', zh: 'name_zh', en: 'name_en' },
  passage: { table: 'passages', key: 'id', zh: 'null', en: 'null' },
  city: { table: 'cities', key: 'slug', zh: 'name_zh', en: 'name_en' },
  metric: { table: 'metrics', key: 'key', zh: 'name_zh', en: 'name_en' },
};

/** One type's matches: its name, its record's key and the match's rank. */
function matchesOf(type: Searchable): string {
  const { table, key } = TYPES[type];
  const index = searchTable(type);
  return `select '${type}' as type, ${table}.${key} as id, ${index}.rank as rank
    from ${index} cross join ${table} on ${table}.rowid = ${index}.rowid where ${index} match ?`;
}

const PASSAGES = `select id, source, start, "end", text, text_zh_hans, text_en from passages where id in ${JSON_VALUES}`;

/** Titles and passages of the hits: a few statements per record type on the page, not a few per hit. */
function detailsOf(db: Db, hits: { type: Searchable; id: string }[]) {
  const titles = new Map<string, { zh: string | null; en: string | null }>();
  const passages = new Map<string, EvidenceRow[]>();
  const byType = new Map<Searchable, string[]>();
  for (const { type, id } of hits) byType.set(type, [...(byType.get(type) ?? []), id]);
  for (const [type, ids] of byType) {
    const { table, key, zh, en } = TYPES[type];
    const json = JSON.stringify(ids);
    for (const t of rows<{ id: string; zh: string | null; en: string | null }>(
      db,
      `select ${key} as id, ${zh} as zh, ${en} as en from ${table} where ${key} in ${JSON_VALUES}`,
      [json],
    ))
      titles.set(`${type}:${t.id}`, t);
    if (type === 'passage') {
      for (const p of rows<EvidenceRow>(db, PASSAGES, [json])) passages.set(`passage:${p.id}`, [p]);
    } else if (type !== 'city' && type !== 'metric') {
      for (const [id, evidence] of evidenceFor(db, type, ids)) passages.set(`${type}:${id}`, evidence);
    }
  }
  return { titles, passages };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The passage's Simplified reading (or, for English terms, its translation) with every occurrence
 * of the query's terms marked <mark>…</mark> and the rest escaped, or null when no term occurs.
 */
function markTerms(passage: EvidenceRow, terms: string[]): string | null {
  for (const text of [passage.text_zh_hans, passage.text_en]) {
    const marks = termRuns(text, terms);
    if (marks.length === 0) continue;
    let out = '';
    let cursor = 0;
    for (const [start, end] of marks) {
      out += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
      cursor = end;
    }
    return out + escapeHtml(text.slice(cursor));
  }
  return null;
}

/** A page of hits over the given record types (all when none), best first, and the total. */
export function search(db: Db, query: string, types: readonly Searchable[] | undefined, page: { limit: number; offset: number }) {
  const chosen = types?.length ? SEARCHABLE.filter((t) => types.includes(t)) : SEARCHABLE;
  const expression = matchExpression(query);
  const params = chosen.map(() => expression);
  // Every type's count in one statement: a statement's own cost (binding, stepping, resetting) is
  // most of what counting a short posting list costs.
  const counts = chosen.map((type) => `(select count(*) from ${searchTable(type)} where ${searchTable(type)} match ?)`);
  const total = row<{ n: number }>(db, `select ${counts.join(' + ')} as n`, params)?.n ?? 0;
  const found = rows<{ type: Searchable; id: string }>(
    db,
    `select type, id from (${chosen.map(matchesOf).join(' union all ')}) order by rank, type, id limit ? offset ?`,
    [...params, page.limit, page.offset],
  );
  const details = detailsOf(db, found);
  const terms = searchTerms(query);
  const hits: SearchHit[] = found.map(({ type, id }) => {
    const title = details.titles.get(`${type}:${id}`);
    const passages = details.passages.get(`${type}:${id}`) ?? [];
    let passage: SearchHit['passage'] = null;
    for (const p of passages) {
      const marked = markTerms(p, terms);
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
