/**
 * Periods: the one place that turns a period code (2023, 2023-Q1, 2023-04,
 * 2023-04-26, 2023-02-13/2024-02-18, 2023-02-13/..) into the first and last
 * day it covers, and decides whether two periods overlap. How a text writes a period (2023年以来,
 * Q1 2023) is read in src/domain/written-periods.ts.
 */
import { isRealDate, lastDayOfMonth, pad } from './calendar.ts';

export const PERIOD_PATTERN = /^(\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?|(\d{4}-\d{2}-\d{2}|\.\.)\/(\d{4}-\d{2}-\d{2}|\.\.))$/;

export type PeriodRange = { start: string | null; end: string | null };

/** The first and last day of a year: the days of the period code 2023, and what year=2023 overlaps. */
export const yearRange = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/**
 * What a period code names: a year, a quarter, a month, a day, a span of days (2023-02-13/2024-02-18),
 * the days from one on (since: 2023-02-13/..) or up to one (until: ../2024-02-18, a total as of that day).
 */
export type PeriodParts =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; date: string }
  | { kind: 'span'; from: string; to: string }
  | { kind: 'since'; from: string }
  | { kind: 'until'; to: string };

/** A period code read into its parts, or null when it is malformed (month 13, a day that does not exist, a span the wrong way round). */
export function periodParts(code: string): PeriodParts | null {
  if (!PERIOD_PATTERN.test(code)) return null;
  if (code.includes('/')) {
    const [from, to] = code.split('/').map((date) => (date === '..' ? null : date));
    if ((from && !isRealDate(from)) || (to && !isRealDate(to))) return null;
    if (from && to) return from <= to ? { kind: 'span', from, to } : null;
    return from ? { kind: 'since', from } : to ? { kind: 'until', to } : null;
  }
  const year = Number(code.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(code);
  if (quarter) return { kind: 'quarter', year, quarter: Number(quarter[1]) };
  if (code.length === 7) {
    const month = Number(code.slice(5, 7));
    return month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  if (code.length === 10) return isRealDate(code) ? { kind: 'day', date: code } : null;
  return { kind: 'year', year };
}

/** The first and last day of a period code (null at an open end), or null when the code is malformed. */
export function periodRange(code: string): PeriodRange | null {
  const parts = periodParts(code);
  if (!parts) return null;
  switch (parts.kind) {
    case 'span':
      return { start: parts.from, end: parts.to };
    case 'since':
      return { start: parts.from, end: null };
    case 'until':
      return { start: null, end: parts.to };
    case 'year':
      return yearRange(parts.year);
    case 'quarter':
      return { start: `${parts.year}-${pad(parts.quarter * 3 - 2)}-01`, end: lastDayOfMonth(parts.year, parts.quarter * 3) };
    case 'month':
      return { start: `${parts.year}-${pad(parts.month)}-01`, end: lastDayOfMonth(parts.year, parts.month) };
    case 'day':
      return { start: parts.date, end: parts.date };
  }
}

/**
 * Whether a record of period `record` answers a claim about period `claim`: the same days; or a day,
 * a month or a span within the claim's (an event or a state then: 2023-10 answers a claim of 2023;
 * 2023-02-13/2023-04-07 does too, and 2023-02-13/.. a claim since 2023). A quarter is not its year,
 * nor a year any part of it, nor a span what it only overlaps: a flow over one is not a flow over the
 * other (68.1% in 2021-Q1 is no growth of 2021; the campaign's first year is no Q1 2023).
 */
export function periodAnswers(record: string | null, claim: string): boolean {
  if (record === null) return false;
  const r = periodRange(record);
  const c = periodRange(claim);
  if (!r || !c) return false;
  if (r.start === c.start && r.end === c.end) return true;
  // A total as of a day is what the record says held then: whatever it counts from, it ends that day.
  if (c.start === null) return r.end === c.end;
  const within = (c.start === null || (r.start !== null && c.start <= r.start)) && (c.end === null || (r.end !== null && r.end <= c.end));
  const pointlike = record.length === 10 || (record.length === 7 && !record.includes('Q'));
  return within && (pointlike || record.includes('/'));
}
