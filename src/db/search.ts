/**
 * Full-text search. Every record type has an index of its own, `<type>_search` (an FTS5 table with
 * no content of its own: migrations/0001_search_and_facets.sql), holding one document per record under the
 * record's rowid: its names and labels with the Simplified reading and English of every passage it
 * cites, folded as src/domain/chinese-search.ts folds text (`content`), and the pairs of Han characters
 * side by side in it (`pairs`). Records are written in key order, so rowid order is key order and
 * a search's matches stream in the order of a page.
 *
 * A query term of two or more Han characters is matched as the phrase of its pairs, read from the
 * pairs' short posting lists; any other term as the phrase of its tokens. Every term must match, in
 * its own words or in the mainland's for Taiwan's (專案 finds 专案 and 项目).
 */
import { toPairedPhrases } from '../domain/chinese-search.ts';
import { numberForms } from '../domain/measures.ts';
import type { Condition } from './sql.ts';

export const SEARCHABLE = ['indicator', 'initiative', 'complaint', 'project', 'passage', 'city', 'metric'] as const;
export type Searchable = (typeof SEARCHABLE)[number];

export const searchTable = (type: Searchable) => `${type}_search`;

/**
 * The fields of a record its search document holds, in order, besides its area's names and its passages'
 * text (a passage's document is its text alone): seed/write.ts writes them, and a hit whose titles and
 * passage do not hold the query says which of them does (src/routes/search/query.ts), so the two agree.
 */
const SEARCHED_FIELDS: Record<Searchable, readonly string[]> = {
  indicator: ['label_zh', 'label_en', 'metric'],
  initiative: ['name_zh', 'name_en', 'description_en', 'description_zh'],
  complaint: [
    'title_zh',
    'title_en',
    'problem_zh',
    'problem_en',
    'location_zh',
    'location_en',
    'raised_by_zh',
    'raised_by_en',
    'handling_zh',
    'handling_en',
  ],
  project: ['name_zh', 'name_en', 'description_en', 'description_zh'],
  passage: [],
  city: ['name_zh', 'name_en', 'slug'],
  metric: ['key', 'name_zh', 'name_en', 'definition', 'definition_zh'],
};

/** The texts of a record's own fields its search document holds, in their order. */
export const searchedTexts = (type: Searchable, record: object): string[] =>
  SEARCHED_FIELDS[type]
    .map((field) => (record as Record<string, unknown>)[field])
    .filter((v): v is string => typeof v === 'string' && v !== '');

/**
 * The FTS5 expression for a user's query ('""' matches nothing), over a record's whole document or, with
 * `titles`, only its titles. No FTS5 syntax in the input is ever interpreted.
 */
export function matchExpression(query: string, { titles = false } = {}): string {
  const [words, pairColumn] = titles ? ['title', 'title_pairs'] : ['content', 'pairs'];
  // An English word matches the word in either number (project, projects): the index holds words as written.
  const matchOf = ({ pairs, phrase }: { pairs: boolean; phrase: string }) =>
    !pairs && /^[a-z]{3,}$/.test(phrase)
      ? numberForms(phrase).map((form) => `${words} : "${form}"`)
      : [`${pairs ? pairColumn : words} : "${phrase}"`];
  // A term matches in any of its readings (its own words, Taiwan's made the mainland's: src/domain/chinese-search.ts).
  const terms = toPairedPhrases(query).map((readings) => {
    const any = readings.flatMap(matchOf);
    return any.length > 1 ? `(${any.join(' OR ')})` : any[0];
  });
  return terms.length > 0 ? terms.join(' AND ') : '""';
}

/** Records of `type` whose document matches the query. */
export function matches(type: Searchable, query: string): Condition {
  return { sql: `rowid in (select rowid from ${searchTable(type)} where ${searchTable(type)} match ?)`, params: [matchExpression(query)] };
}
