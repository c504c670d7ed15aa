/**
 * The order of periods in a list: how the database sorts records by their period (sort=period,
 * period_start, period_end), in time, as src/domain/periods.ts reads a period code.
 */

/**
 * The columns a period sorts by: in time, its first day then its last (2023-Q1 before 2023, 2023-11
 * before 2024), the code last. An open start is the earliest, as a null sorts first; an open end
 * (2023-02-13/.., still running) the latest; a figure with no period after every dated one, either way.
 */
const PERIOD_ORDER = [
  { column: 'period', nullIsLatest: false, missingLast: true },
  { column: 'period_start', nullIsLatest: false },
  { column: 'period_end', nullIsLatest: true },
  { column: 'period', nullIsLatest: false },
] as const;

/**
 * Each period field sort= may name, in time as PERIOD_ORDER is: by its first day an open start is
 * the earliest, by its last day an open end (still running) the latest, and a figure with no period
 * after every dated one, either way (an index of each field and direction serves it: src/db/schema.ts).
 */
export const PERIOD_SORTS: Readonly<Record<string, readonly { column: string; nullIsLatest: boolean; missingLast?: boolean }[]>> = {
  period: PERIOD_ORDER,
  period_start: [PERIOD_ORDER[0], PERIOD_ORDER[1]],
  period_end: [PERIOD_ORDER[0], PERIOD_ORDER[2]],
};
