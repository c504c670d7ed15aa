/**
 * Periods: the one place that turns a period code (2023, 2023-Q1, 2023-04,
 * 2023-04-26, 2023-02-13/2024-02-18, 2023-02-13/..) into the first and last
 * day it covers, and decides whether two periods overlap.
 */

export const PERIOD_PATTERN = /^(\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?|(\d{4}-\d{2}-\d{2}|\.\.)\/(\d{4}-\d{2}-\d{2}|\.\.))$/;

export type PeriodRange = { start: string | null; end: string | null };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The first and last day of a period code, or null when the code is malformed. */
export function periodRange(code: string): PeriodRange | null {
  if (!PERIOD_PATTERN.test(code)) return null;
  if (code.includes('/')) {
    const [from, to] = code.split('/');
    const start = from === '..' ? null : from;
    const end = to === '..' ? null : to;
    if ((start && !isRealDate(start)) || (end && !isRealDate(end))) return null;
    if (start && end && start > end) return null;
    if (!start && !end) return null;
    return { start, end };
  }
  const year = Number(code.slice(0, 4));
  if (code.length === 4) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const quarter = /-Q([1-4])$/.exec(code);
  if (quarter) {
    const q = Number(quarter[1]);
    return { start: `${year}-${pad(q * 3 - 2)}-01`, end: lastDayOfMonth(year, q * 3) };
  }
  if (code.length === 7) {
    const month = Number(code.slice(5, 7));
    if (month < 1 || month > 12) return null;
    return { start: `${code}-01`, end: lastDayOfMonth(year, month) };
  }
  return isRealDate(code) ? { start: code, end: code } : null;
}

/**
 * Whether a record's period overlaps the window [from, to]; an open end on
 * either side reaches as far as it needs to.
 */
export function periodOverlaps(record: PeriodRange, from: string | null, to: string | null): boolean {
  if (record.start === null && record.end === null) return false;
  const startsBeforeWindowEnds = to === null || record.start === null || record.start <= to;
  const endsAfterWindowStarts = from === null || record.end === null || record.end >= from;
  return startsBeforeWindowEnds && endsAfterWindowStarts;
}
