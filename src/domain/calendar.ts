/**
 * Calendar days as YYYY-MM-DD: a month's last day and whether a date exists, for
 * src/domain/periods.ts to read period codes by; the months' English names.
 */

/** The months' names in English, January first. */
export const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

/** A date as every field and parameter writes one, YYYY-MM-DD (whether it exists: isRealDate). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A month or day of two digits: 04. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1 to 12) of a year: 2024-02-29. */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whether a date YYYY-MM-DD exists (2023-02-30 does not). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
