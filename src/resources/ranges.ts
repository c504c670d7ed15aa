/**
 * Checks across the parameters of a list of figures, which no one parameter's schema can make: ranges
 * that run forwards, and no filter beside one that leaves out everything it keeps.
 */
import type { z } from 'zod';

/** The parameters that keep only records of a time (figures, projects' events), and so none the text gives no period. */
export const TIME_FILTERS = ['year', 'from', 'to', 'period'] as const;

/**
 * A query whose ranges run forwards: from= not after to=, reported_from= not after reported_to=, min=
 * not above max= (a reversed range would quietly match what overlaps either end, or nothing); and
 * no undated=true beside a time filter, which leaves out every record undated=true keeps (nothing, quietly).
 */
export function rangesInOrder<T extends z.ZodObject>(query: T): T {
  return query.check((ctx) => {
    const q = ctx.value as Record<string, unknown>;
    for (const [start, end, what] of [
      ['from', 'to', 'a date on or after'],
      ['reported_from', 'reported_to', 'a date on or after'],
      ['min', 'max', 'a number at least'],
    ] as const) {
      const a = q[start];
      const b = q[end];
      if (a !== undefined && b !== undefined && typeof a === typeof b && (a as string | number) > (b as string | number)) {
        ctx.issues.push({ code: 'custom', input: b, path: [end], message: `${what} ${start}= (${a})` });
      }
    }
    const timed = TIME_FILTERS.filter((name) => q[name] !== undefined);
    if (q.undated === true && timed.length > 0)
      ctx.issues.push({
        code: 'custom',
        input: 'true',
        path: ['undated'],
        message: `true keeps only what the text gives no period, which ${timed[0]}= leaves out: give one or the other`,
      });
  }) as T;
}
