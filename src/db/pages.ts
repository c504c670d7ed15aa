/**
 * A page of a list: the keys of its records, in order, and the total of the filtered set. This is
 * where the speed of lists lives, the same for every record type; nothing else needs to know it.
 *
 * The plan is chosen from what the request asks, never from SQLite's own account of its plan:
 * - position: nothing but a page, in key order. Records are written in key order, so rowid order is
 *   key order (seed/indexes.ts checks it) and a page starts at rowid offset + 1: a deep page costs
 *   what the first does.
 * - text: a search in key order, other filters allowed. The search index yields its matches in rowid
 *   order; each is joined to its row and filtered until the page is full.
 * - ordered: key order, with one value of a column that an index holds in (column, key) order: that
 *   index, named, gives the page in order without a sort.
 * - sorted: an order asked for; an index on the first sort field gives it where one exists.
 * - any other filter in key order: the matches are counted (up to the bound) first. Many matches are
 *   dense in the table, so walking it in rowid order finds a page after reading about
 *   (offset + limit) × rows / matches rows; few are found by their index and sorted.
 * Totals: exact when the page ends the set, else counted up to `countLimit` (src/db/totals.ts).
 */
import { once } from './once.ts';
import type { Db } from './open.ts';
import { matchExpression, matches, type Searchable, searchTable } from './search.ts';
import { all, type Condition, quote } from './sql.ts';
import { column, row } from './statements.ts';
import { countLimit, countsEvery, type Page, type PageOptions, type Total, totalFromPage, totalOf } from './totals.ts';

/** The table a list reads: its name, its key column and its search index, if it has one. */
type ListTable = { table: string; key: string; search?: Searchable };

/** What a request asks of a list. */
export type ListAsk = {
  /** Conditions of the filters, q excepted. */
  where: readonly (Condition | undefined)[];
  /** An index holding, in key order, the rows of a column's one asked-for value: key order without a sort. */
  ordered?: string;
  q?: string;
  /**
   * nullIsLatest: a null sorts after every value (an open end), where SQLite sorts it before;
   * missingLast: the rows with none come last whichever way the rest sorts (no period at all).
   */
  sort: readonly { column: string; descending: boolean; nullIsLatest?: boolean; missingLast?: boolean }[];
  /** The set's total, when the caller has counted the same conditions with the same bound: not counted again. */
  counted?: Total;
};

export type Plan = 'position' | 'text' | 'ordered' | 'sorted' | 'walk' | 'index';

/** Rows of a table, counted once per database: a served database never changes. */
export const rowCount = (db: Db, table: string): number =>
  once(db, `rows:${table}`, () => row<{ n: number }>(db, `select count(*) as n from ${quote(table)}`, [])?.n ?? 0);

/**
 * The keys of a page, in order, the total of the set (exact or a lower bound), and the plan that found them.
 * `totalOnly`: the total the page would have been given, counted as it would have been, and no keys.
 */
export function listPage(
  db: Db,
  list: ListTable,
  ask: ListAsk,
  page: Page,
  options: PageOptions = {},
  { totalOnly = false } = {},
): { keys: string[]; plan: Plan } & Total {
  const table = quote(list.table);
  const key = quote(list.key);
  const text = ask.q !== undefined && list.search !== undefined && ask.sort.length === 0;
  const searched = ask.q !== undefined && list.search !== undefined && !text ? matches(list.search, ask.q) : undefined;
  const where = all([...ask.where, searched]);
  const tableRows = rowCount(db, list.table);
  const countEvery = countsEvery(tableRows, page, options);
  const limit = countLimit(page, options);

  // Each plan: the FROM clause, the order, and the WHERE it adds to.
  let from = table;
  let order = `${table}.${key}`;
  let plan: Plan;
  let filter = where;
  if (text && list.search) {
    const index = searchTable(list.search);
    // CROSS JOIN keeps the search index outside: SQLite never reorders it.
    from = `${index} cross join ${table} on ${table}.rowid = ${index}.rowid`;
    order = `${index}.rowid`;
    filter = all([{ sql: `${index} match ?`, params: [matchExpression(ask.q as string)] }, where]);
    plan = 'text';
  } else if (ask.sort.length > 0) {
    // A null after every value is a term of its own (column is null, then the column), not NULLS LAST,
    // so an index on the same expressions, one for each direction, gives the order (indicators_period_end_sort…).
    const term = (s: ListAsk['sort'][number]) => {
      const column = `${table}.${quote(s.column)}`;
      const desc = s.descending ? ' desc' : '';
      if (s.missingLast) return `${column} is null`;
      return s.nullIsLatest ? `${column} is null${desc}, ${column}${desc}` : `${column}${desc}`;
    };
    order = [...ask.sort.map(term), `${table}.${key}`].join(', ');
    plan = 'sorted';
  } else if (where === undefined) {
    plan = 'position';
  } else if (ask.ordered) {
    from = `${table} indexed by ${quote(ask.ordered)}`;
    plan = 'ordered';
  } else {
    plan = 'index';
  }

  const whereSql = filter ? ` where ${filter.sql}` : '';
  const whereParams = filter?.params ?? [];
  // A search with no other filter is counted in its index alone, without reading a row.
  const counted = plan === 'text' && where === undefined && list.search ? searchTable(list.search) : from;
  const count = (): Total => {
    const n = countEvery
      ? row<{ n: number }>(db, `select count(*) as n from ${counted}${whereSql}`, whereParams)?.n
      : row<{ n: number }>(db, `select count(*) as n from (select 1 from ${counted}${whereSql} limit ?)`, [...whereParams, limit])?.n;
    return totalOf(n ?? 0, page, options);
  };

  if (totalOnly) {
    // What the page would have said: the table's rows with no filter, else the caller's count or this
    // one (a page of rows ends the set only where the count would have found as many).
    return { keys: [], plan, ...(plan === 'position' ? { total: tableRows, exact: true } : (ask.counted ?? count())) };
  }
  if (plan === 'position') {
    const keys = column<string>(db, `select ${key} from ${table} where rowid > ? order by rowid limit ?`, [page.offset, page.limit]);
    return { keys, plan, total: tableRows, exact: true };
  }
  let total: Total | undefined = ask.counted;
  if (plan === 'index') {
    total ??= count();
    if (walkIsCheaper(page, total, tableRows)) {
      from = `${table} not indexed`;
      order = `${table}.rowid`;
      plan = 'walk';
    }
  }
  const keys = column<string>(db, `select ${table}.${key} from ${from}${whereSql} order by ${order} limit ? offset ?`, [
    ...whereParams,
    page.limit,
    page.offset,
  ]);
  total ??= totalFromPage(keys.length, page) ?? count();
  return { keys, plan, ...total };
}

/**
 * Whether walking the table in rowid order beats sorting the matches: the walk reads about
 * (offset + limit) × rows / matches rows, the sort at least as many as were counted. Only a count
 * that reached its bound is weighed: below it, the sort is of a few thousand keys at most.
 */
function walkIsCheaper(page: Page, counted: Total, rows: number): boolean {
  return !counted.exact && counted.total > 0 && ((page.offset + page.limit) * rows) / counted.total < counted.total;
}
