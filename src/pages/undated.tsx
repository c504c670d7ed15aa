/** What a time filter left out for having no period, said on the list or comparison it left it out of. */
import { href, type PageContext } from './context.ts';
import { numberWords } from './format.ts';

/** The records a time filter left out for having no period (figures; projects none of whose events is dated), counted, with the page that lists them at `path`. */
export function UndatedNote({
  ctx,
  undated,
  path,
  of = 'figures',
}: {
  ctx: PageContext;
  undated?: { total: number; total_exact?: boolean; link: string };
  path: string;
  /** A comparison's with no scope asked counts those of every scope, which the scope compared may leave out anyway. */
  of?: 'figures' | 'projects' | 'figures of any scope';
}) {
  if (!undated || undated.total === 0) return null;
  const { t } = ctx;
  const [one, many] =
    of === 'projects'
      ? [t.undatedProjectOne, t.undatedProjects]
      : of === 'figures of any scope'
        ? [t.undatedAnyScopeOne, t.undatedAnyScope]
        : [t.undatedLeftOutOne, t.undatedLeftOut];
  // A count that stopped at the list's bound is at least that many, as the list's own total says.
  const bounded = undated.total_exact === false;
  const single = undated.total === 1 && !bounded;
  return (
    <p class="note">
      {numberWords(undated.total, ctx.lang, { atLeast: bounded })} {single ? one : many}
      {ctx.t.colon}
      <a href={href(ctx, path, [...new URLSearchParams(undated.link.split('?')[1] ?? '')])}>{single ? ctx.t.seeIt : ctx.t.seeThem}</a>
    </p>
  );
}
