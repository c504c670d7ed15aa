/**
 * sort=: the fields of a record a list may be sorted by, - for descending, ties broken by the key;
 * and the order it asks of the database.
 */
import { z } from 'zod';
import { PERIOD_SORTS } from '../domain/period-order.ts';
import { commaList } from './schemas.ts';

export function sortParam(fields: readonly string[], example: string, unsorted = '') {
  const field = z.string().regex(new RegExp(`^-?(${fields.join('|')})$`), `a field among ${fields.join(', ')}, with - for descending`);
  const period = fields.includes('period')
    ? ' (period in time: by its first day, then its last, a period still running last; period_start and period_end by that day, an open start the earliest, an open end the latest; a figure with no period after every dated one, either way)'
    : '';
  return commaList(
    `Fields to sort by, among ${fields.join(', ')}; - before one for descending${period}; ties are broken by id.${unsorted ? ` ${unsorted}` : ''}`,
    example,
    field,
  ).refine((sort) => sort === undefined || new Set(sort.map((s) => s.replace(/^-/, ''))).size === sort.length, 'each field at most once');
}

/** The order sort= asks for; the period fields in time (PERIOD_SORTS), not by their letters or SQLite's nulls. */
export const sortOrder = (sort: readonly string[] | undefined) =>
  (sort ?? []).flatMap((s) => {
    const descending = s.startsWith('-');
    const column = s.slice(descending ? 1 : 0);
    return (PERIOD_SORTS[column] ?? [{ column, nullIsLatest: false }]).map((c) => ({ ...c, descending }));
  });
