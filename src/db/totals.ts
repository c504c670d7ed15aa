/**
 * How a list counts its total. Counting every match costs as much as the matches, and a page needs
 * none of them, so lists that grow with the data (indicators, comparisons) count up to a bound: past
 * it, `total` says how many were counted and `exact` is false (like Elasticsearch's
 * `track_total_hits`), unless exact totals are asked for. On the curated data every total is exact.
 */

import { DEFAULTS } from '../config.ts';

/** Rows counted for a total before it is given as a lower bound. */
const TOTAL_COUNTED_UP_TO = DEFAULTS.totalCountedUpTo;

/** `exactTotal`: count every match. `countUpTo`: the bound, TOTAL_COUNTED_UP_TO unless configured. */
export type PageOptions = { exactTotal?: boolean; countUpTo?: number };
export type Page = { limit: number; offset: number };
export type Total = { total: number; exact: boolean };

/** How many rows the total counts: at least one past the page, so a next page is known; -1, all. */
export function countLimit(page: Page, { exactTotal = false, countUpTo = TOTAL_COUNTED_UP_TO }: PageOptions): number {
  return exactTotal ? -1 : Math.max(countUpTo, page.offset + page.limit) + 1;
}

/**
 * Whether to count every match, with a plain count(*): when asked to, or when the table holds fewer
 * rows than the limit, so no count can reach it and a plain count (cheaper than one that stops at a
 * limit, which counts in a subquery) gives the same total.
 */
export function countsEvery(tableRows: number, page: Page, options: PageOptions): boolean {
  return options.exactTotal === true || tableRows < countLimit(page, options);
}

/** A count made with `countLimit(page, options)` (or of every match), as a total: exact unless it reached the limit. */
export function totalOf(counted: number, page: Page, options: PageOptions): Total {
  return { total: counted, exact: options.exactTotal === true || counted < countLimit(page, options) };
}

/**
 * The total a page itself gives: a page short of its limit ends the set, unless it is empty past the
 * start, which says nothing of where the set ends. Undefined when it must be counted.
 */
export function totalFromPage(rows: number, page: Page): Total | undefined {
  return rows < page.limit && (rows > 0 || page.offset === 0) ? { total: page.offset + rows, exact: true } : undefined;
}
