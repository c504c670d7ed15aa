/** A list page's facet panel: each field's value counts as links that set or remove its filter. */
import type { Facets } from '../../db/facets.ts';
import { periodWords } from '../../domain/period-words.ts';
import { canonicalQuery } from '../../http/lists.ts';
import { Count } from '../components.tsx';
import { type PageContext, selfHref } from '../context.ts';
import { fieldsOf } from '../form.tsx';

/** The values a facet shows as links, most rows first; the JSON has every one (a page of a thousand links reads as none). */
const FACET_LINKS = 40;

/** Every value of one facet, counted over this page's filter: its JSON, one row and the facet asked for. */
const facetJson = (ctx: PageContext, field: string) => {
  const kept = canonicalQuery(ctx.request).filter(([name]) => !['facets', 'limit', 'offset', 'format'].includes(name));
  return `${ctx.path}?${new URLSearchParams([...kept, ['facets', field], ['limit', '1'], ['format', 'json']]).toString()}`;
};

/** Facet counts as links that set the filter (or remove it, for a value already chosen). */
export function FacetList({
  ctx,
  facets,
  nameOfValue,
}: {
  ctx: PageContext;
  facets: Facets;
  nameOfValue: (field: string, value: string) => string;
}) {
  const { t } = ctx;
  // A field counted but not a filter of this route is counted, not linked.
  const accepted = new Set(fieldsOf(ctx.request).map((f) => f.name));
  const chosen = (field: string) => {
    const value = ctx.query[field];
    return Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  };
  // Removing one chosen value keeps the others of its list (qualifier=exact,less_than less less_than: exact).
  const without = (field: string, value: string) =>
    chosen(field)
      .filter((v) => v !== value)
      .join(',') || undefined;
  // A value chosen that no row of this set has (a filter that leaves none) stays, counted 0, so it can be removed.
  // Not none (the null value's filter, scope=none) nor a family (metric=tourism.*), which name no value of their own.
  const shownOf = (field: string, counted: Facets['facets'][string]) => {
    const absent = accepted.has(field)
      ? chosen(field).filter((v) => v !== 'none' && !v.endsWith('.*') && !counted.some(({ value }) => String(value) === v))
      : [];
    return [...counted.slice(0, FACET_LINKS), ...absent.map((value) => ({ value, count: 0 }))];
  };
  // A field with nothing to show (no row has a value of it) is left out, and the section with none to show.
  const fields = Object.entries(facets.facets)
    .map(([field, counted]) => ({ field, counted, shown: shownOf(field, counted) }))
    .filter(({ shown }) => shown.length > 0);
  if (fields.length === 0) return null;
  return (
    <section class="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading">{t.facets}</h2>
      {fields.map(({ field, counted, shown }) => {
        return (
          <details key={field} open={shown.length <= 8}>
            <summary>
              {nameOfValue('field', field)}
              <Count ctx={ctx} n={counted.length} />
            </summary>
            <ul>
              {shown.map(({ value, count }) => {
                const text = String(value);
                const on = chosen(field).includes(text);
                // Rows with no value cannot be asked for by a filter, but for the undated (undated=true) and the
                // figures of no narrower scope (scope=none).
                if (value === null) {
                  const label = (
                    <>
                      {field === 'period' ? periodWords(null, ctx.lang) : field === 'scope' ? t.metricExactly : t.noValue}{' '}
                      <span class="count">{count}</span>
                    </>
                  );
                  // Chosen already, the link removes it, as a value's link does.
                  const [name, asked] = field === 'period' ? ['undated', 'true'] : field === 'scope' ? ['scope', 'none'] : [];
                  if (name === undefined || asked === undefined || !accepted.has(name)) return <li key="null">{label}</li>;
                  const nullOn = chosen(name).includes(asked);
                  return (
                    <li key="null">
                      <a href={selfHref(ctx, { [name]: nullOn ? without(name, asked) : asked })} aria-current={nullOn ? 'true' : undefined}>
                        {label}
                        {nullOn ? <span class="vh"> ({t.remove})</span> : null}
                      </a>
                    </li>
                  );
                }
                if (!accepted.has(field))
                  return (
                    <li key={text}>
                      {nameOfValue(field, text)} <span class="count">{count}</span>
                    </li>
                  );
                return (
                  <li key={text}>
                    <a href={selfHref(ctx, { [field]: on ? without(field, text) : text })} aria-current={on ? 'true' : undefined}>
                      {nameOfValue(field, text)} <span class="count">{count}</span>
                      {on ? <span class="vh"> ({t.remove})</span> : null}
                    </a>
                  </li>
                );
              })}
            </ul>
            {counted.length > FACET_LINKS ? (
              <p class="note">
                {t.moreValues.replace('{n}', String(counted.length - FACET_LINKS))}
                {ctx.lang === 'zh' ? '' : ' '}
                <a href={facetJson(ctx, field)} type="application/json">
                  {t.allValuesJson}
                </a>
              </p>
            ) : null}
          </details>
        );
      })}
    </section>
  );
}
