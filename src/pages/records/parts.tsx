/** What record pages, and the pages that list figures, are made of: a figure in a list, a section of figures, terms, quotes. */
import { type ComponentChildren, Fragment } from 'preact';
import type { EvidenceRow } from '../../db/evidence.ts';
import { periodWords } from '../../domain/period-words.ts';
import type { Unit } from '../../domain/units.ts';
import { figurePlaces } from '../../domain/written.ts';
import type { Indicator } from '../../resources/indicators.ts';
import type { Source } from '../../resources/sources.ts';
import { Bilingual, Count, Quote, recordName, Written } from '../components.tsx';
import { href, inLanguage, type PageContext } from '../context.ts';
import { citiesBySlug, scopeOf } from '../data.ts';
import { qualifiedFigure } from '../format.ts';
import type { MarkedFigure } from '../marked.tsx';
import { nameOf } from '../names.ts';

/** A figure's scope as words within a sentence (省外口径, out-of-province only): null for the metric exactly. */
function scopeWords(ctx: PageContext, key: string | null): string | null {
  const scope = key ? scopeOf(ctx.app, key) : undefined;
  if (!scope) return null;
  return ctx.lang === 'zh' ? scope.name_zh : scope.name_en.charAt(0).toLowerCase() + scope.name_en.slice(1);
}

/**
 * Period, scope and estimate in words (the qualifier is the figure's own: more than 5,000, 超过5000); the scope linked to
 * what it means (read17: "one body only" on a city page said nothing of which body, or why).
 */
export function Circumstances({ ctx, indicator }: { ctx: PageContext; indicator: Indicator }) {
  const { lang } = ctx;
  const scope = scopeWords(ctx, indicator.scope);
  const parts: ComponentChildren[] = [
    periodWords(indicator.period, lang),
    scope ? <a href={href(ctx, `/scopes/${indicator.scope}`)}>{scope}</a> : null,
    indicator.estimated ? nameOf('estimated', lang) : null,
  ].filter(Boolean);
  const separator = lang === 'zh' ? '，' : '; ';
  return <span class="circumstances">{parts.map((part, k) => (k === 0 ? part : [separator, part]))}</span>;
}

/** An indicator in a list of figures: its label linked, its value as written and in the reader's terms, its period. */
export function FigureItem({ ctx, indicator, note }: { ctx: PageContext; indicator: Indicator; note?: string }) {
  const normalized = qualifiedFigure(indicator.value_base, indicator.unit as Unit, indicator.qualifier, ctx.lang);
  return (
    <li>
      {note ? (
        <span class="note">
          {note}
          {ctx.t.colon}
        </span>
      ) : null}
      <a href={href(ctx, `/indicators/${indicator.id}`)}>{inLanguage(ctx, indicator, 'label')}</a> <Written indicator={indicator} />
      {normalized === `${indicator.value_text}${indicator.unit_zh}` ? ' ' : ` (${normalized}) `}
      <Circumstances ctx={ctx} indicator={indicator} />
    </li>
  );
}

/**
 * The figures of a record (a metric's, a scope's, an initiative's, a complaint's, a project's): how many, the first
 * of them with their areas, and a link to all of them as a table (and whatever else `more` links).
 */
export function FigureSection({
  ctx,
  heading,
  figures,
  filter,
  more,
}: {
  ctx: PageContext;
  heading: string;
  figures: { records: Indicator[]; total: number };
  /** The /indicators filter that lists them all. */
  filter: Record<string, string>;
  more?: ComponentChildren;
}) {
  const { t, app } = ctx;
  const cities = citiesBySlug(app);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">
        {heading}
        <Count ctx={ctx} n={figures.total} />
      </h2>
      <ul class="figures">
        {figures.records.map((i) => (
          <FigureItem key={i.id} ctx={ctx} indicator={i} note={recordName(ctx, cities.get(i.city), i.city)} />
        ))}
      </ul>
      <p>
        {more}
        <a href={href(ctx, '/indicators', filter)}>{figures.total > figures.records.length ? t.allOfThem : t.asTable}</a>
      </p>
    </section>
  );
}

/**
 * The records tied to one (an initiative's parts, complaints and projects), each by its name and linked,
 * with the list that gives them all.
 */
export function TiedSection({
  ctx,
  id,
  heading,
  tied,
  list,
}: {
  ctx: PageContext;
  id: string;
  heading: string;
  tied: { records: { id: string; zh: string; en: string }[]; total: number };
  /** The list's path and the filter that gives them all. */
  list: [string, Record<string, string>];
}) {
  const { t } = ctx;
  const [path, filter] = list;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {heading}
        <Count ctx={ctx} n={tied.total} />
      </h2>
      <ul>
        {tied.records.map((r) => (
          <li key={r.id}>
            <a href={href(ctx, `${path}/${r.id}`)}>
              <Bilingual ctx={ctx} zh={r.zh} en={r.en} />
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={href(ctx, path, filter)}>{tied.total > tied.records.length ? t.allOfThem : t.asTable}</a>
      </p>
    </section>
  );
}

/** Terms and their descriptions. */
export const Facts = ({ rows }: { rows: [string, ComponentChildren][] }) => (
  <dl class="facts">
    {rows.map(([term, value]) => (
      <div key={term}>
        <dt>{term}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
);

/** Whether a passage writes a figure (its number beside its unit), in its words or its Simplified reading. */
const writesFigure = (passage: EvidenceRow, valueText: string, unitZh: string) =>
  figurePlaces(passage.text, valueText, unitZh).length > 0 || figurePlaces(passage.text_zh_hans, valueText, unitZh).length > 0;

/** Each quote of a record, with the articles it comes from. */
export function Quotes({
  ctx,
  evidence,
  sources,
  mark,
  unit,
  figures,
}: {
  ctx: PageContext;
  evidence: EvidenceRow[];
  sources: ReadonlyMap<string, Source>;
  mark?: string;
  /** The unit as written of the figure whose number `mark` is. */
  unit?: string;
  /** Figures whose numbers are marked where each stands. */
  figures?: MarkedFigure[];
}) {
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{ctx.t.quotes}</h2>
      {evidence.map((passage) => (
        <Fragment key={passage.id}>
          {/* A passage cited for what the figure measures, not for its number, says so: no mark is missing. */}
          {mark !== undefined && unit !== undefined && !writesFigure(passage, mark, unit) ? (
            <p class="note">{ctx.t.citedForContext}</p>
          ) : null}
          <Quote ctx={ctx} passage={passage} source={sources.get(passage.source)} mark={mark} unit={unit} figures={figures} />
        </Fragment>
      ))}
    </section>
  );
}
