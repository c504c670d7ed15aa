/**
 * The article reader: the whole article as received, paragraphs kept, with every recorded number a
 * link to its record (its label and value shown on focus and hover), every digit run that is not a
 * statistic marked with the reason, and every quoted passage anchored where its offsets put it, so a
 * record's quote link lands on it. An article with damage or in Traditional script (002) also reads
 * as its Simplified reading (view=simplified), each repair shown with its confidence.
 *
 * Offsets are code points, as the evidence's are: the text is handled as an array of code points.
 */
import type { ComponentChildren } from 'preact';
import { articleText, type Exclusion, exclusionsOf, type Reading, readingsOf } from '../db/articles.ts';
import { stripGlosses, toSimplified } from '../domain/chinese.ts';
import type { Unit } from '../domain/units.ts';
import { indicatorResource, passageResource } from '../resources/index.ts';
import type { Indicator } from '../resources/indicators.ts';
import type { Passage, Source } from '../resources/sources.ts';
import { Crumbs, DataLinks, scriptTag } from './components.tsx';
import { href, type Page, type PageContext } from './context.ts';
import { everyRecord } from './data.ts';
import { qualifiedFigure } from './format.ts';
import { nameOf } from './i18n.ts';
import { Layout } from './layout.tsx';

type Repair = Source['repairs'][number];
type Span = { start: number; end: number };

/** What stands at a place in the text: a recorded number, an excluded digit run, a repair, a reviewed reading. */
type Leaf =
  | (Span & { kind: 'figure'; indicators: Indicator[] })
  | (Span & { kind: 'excluded'; exclusion: Exclusion })
  | (Span & { kind: 'repair'; repair: Repair })
  | (Span & { kind: 'reading'; reading: Reading });

/** Whether code points [at, end) of `chars` are a whole number, not a piece of one (5 in 50.38). */
function wholeNumber(chars: string[], at: number, end: number): boolean {
  const before = chars[at - 1] ?? '';
  const after = chars[end] ?? '';
  return !/[\d.]/.test(before) && !/\d/.test(after) && !(after === '.' && /\d/.test(chars[end + 1] ?? ''));
}

/**
 * Where each indicator's number stands in the article: each occurrence of its value as written in
 * each of its passages from this article. Where one run could be several figures' (2GW and 2GWh),
 * the figures whose unit as written follows it most fully keep it.
 */
function figureRuns(indicators: Indicator[], sourceId: string): Leaf[] {
  const byRun = new Map<string, { start: number; end: number; candidates: { indicator: Indicator; unitMatch: number }[] }>();
  for (const indicator of indicators) {
    for (const passage of indicator.evidence.filter((e) => e.source === sourceId)) {
      const chars = Array.from(passage.text);
      const needle = Array.from(indicator.value_text);
      const numeric = /^\d/.test(indicator.value_text);
      for (let i = 0; i + needle.length <= chars.length; i++) {
        if (!needle.every((ch, k) => chars[i + k] === ch)) continue;
        if (numeric && !wholeNumber(chars, i, i + needle.length)) continue;
        const following = toSimplified(stripGlosses(chars.slice(i + needle.length, i + needle.length + 8).join('')));
        let unitMatch = 0;
        while (unitMatch < indicator.unit_zh.length && following[unitMatch] === indicator.unit_zh[unitMatch]) unitMatch++;
        // A unit written in full after the number beats one that only begins there (2GW光伏 is GW's, not GWh's).
        if (unitMatch === indicator.unit_zh.length) unitMatch += 1000;
        const start = passage.start + i;
        const key = `${start}:${start + needle.length}`;
        const run = byRun.get(key) ?? { start, end: start + needle.length, candidates: [] };
        if (!run.candidates.some((c) => c.indicator.id === indicator.id)) run.candidates.push({ indicator, unitMatch });
        byRun.set(key, run);
      }
    }
  }
  return [...byRun.values()].map((run) => {
    const best = Math.max(...run.candidates.map((c) => c.unitMatch));
    return {
      kind: 'figure',
      start: run.start,
      end: run.end,
      indicators: run.candidates.filter((c) => c.unitMatch === best).map((c) => c.indicator),
    };
  });
}

/** The article's paragraphs as code point ranges: its non-blank lines, or in a reading, lines joined across layout breaks. */
function paragraphsOf(chars: string[], joinLayoutBreaks: boolean): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      if (chars.slice(start, i).join('').trim() !== '') lines.push({ start, end: i });
      start = i + 1;
    }
  }
  if (!joinLayoutBreaks) return lines;
  // A line ending in a Han character and followed by one starting with a Han character or a digit was broken by the print layout.
  const han = /\p{Script=Han}/u;
  const joined: Span[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const last = previous ? (chars.slice(previous.start, previous.end).join('').trimEnd().at(-1) ?? '') : '';
    const first = chars.slice(line.start, line.end).join('').trimStart()[0] ?? '';
    if (previous && han.test(last) && (han.test(first) || /\d/.test(first))) previous.end = line.end;
    else joined.push({ ...line });
  }
  return joined;
}

type Reader = {
  ctx: PageContext;
  chars: string[];
  passages: Passage[];
  leaves: Leaf[];
  simplified: boolean;
  /** Passages whose anchor has been written (each once, where the passage starts). */
  anchored: Set<string>;
};

/** A figure's label and value, as its tooltip and description say them. */
function figureWords(ctx: PageContext, i: Indicator): string {
  const label = ctx.lang === 'zh' ? i.label_zh : i.label_en;
  return `${label}: ${i.value_text}${i.unit_zh} (${qualifiedFigure(i.value_base, i.unit as Unit, i.qualifier, ctx.lang)})`;
}

function LeafView({ reader, leaf, text }: { reader: Reader; leaf: Leaf; text: string }) {
  const { ctx, simplified } = reader;
  const { t, lang } = ctx;
  if (leaf.kind === 'figure') {
    const [first, ...others] = leaf.indicators;
    const tip = `tip-${leaf.start}`;
    return (
      <span class="fig">
        <a href={href(ctx, `/indicators/${first.id}`)} aria-describedby={tip}>
          {simplified ? toSimplified(text) : text}
        </a>
        {others.map((o, k) => (
          <sup key={o.id}>
            <a href={href(ctx, `/indicators/${o.id}`)} aria-label={figureWords(ctx, o)}>
              {k + 2}
            </a>
          </sup>
        ))}
        <span class="tip" id={tip} role="tooltip" lang={lang === 'zh' ? 'zh-Hans' : 'en'} aria-hidden="true">
          {leaf.indicators.map((i) => figureWords(ctx, i)).join(' / ')}
        </span>
      </span>
    );
  }
  if (leaf.kind === 'excluded') {
    const { reason, note } = leaf.exclusion;
    return (
      <span class="excluded">
        {text}
        <span class="tip" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
          {` (${t.notAStatistic}: ${nameOf(reason, lang)}${note ? ` — ${note}` : ''})`}
        </span>
      </span>
    );
  }
  if (leaf.kind === 'repair') {
    const { repair } = leaf;
    const words = `${t.confidence}: ${nameOf(repair.confidence, lang)}`;
    return simplified ? (
      <span class="repair" id={`${repair.id}-text`}>
        <ins lang="zh-Hans">{repair.repaired}</ins>{' '}
        <a class="repair-note" href={`#${repair.id}`} lang={lang === 'zh' ? 'zh-Hans' : 'en'}>{`${repair.id} · ${words}`}</a>
      </span>
    ) : (
      <span class="damaged" id={`${repair.id}-text`}>
        <del>{text}</del>{' '}
        <a class="repair-note" href={`#${repair.id}`} lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
          {`${repair.id} → `}
          <span lang="zh-Hans">{repair.repaired}</span>
          {` · ${words}`}
        </a>
      </span>
    );
  }
  return <>{simplified ? leaf.reading.reading : text}</>;
}

/** One paragraph: its text in chunks by the passages covering it, each chunk's figures, exclusions and repairs marked. */
function Paragraph({ reader, span }: { reader: Reader; span: Span }) {
  const { chars, passages, leaves, simplified, anchored } = reader;
  const inside = (s: Span) => s.start < span.end && s.end > span.start;
  const mine = passages.filter(inside);
  const myLeaves = leaves.filter(inside);
  const cuts = new Set([span.start, span.end]);
  for (const s of [...mine, ...myLeaves]) for (const at of [s.start, s.end]) if (at > span.start && at < span.end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const atoms = points.slice(0, -1).map((start, k) => ({ start, end: points[k + 1] }));
  const plain = (text: string) => (simplified ? toSimplified(stripGlosses(text)) : text);
  // Consecutive atoms covered by the same passages make one chunk.
  const chunks: { passages: Passage[]; atoms: Span[] }[] = [];
  for (const atom of atoms) {
    const covering = mine.filter((p) => p.start <= atom.start && p.end >= atom.end);
    const last = chunks.at(-1);
    if (last && last.passages.map((p) => p.id).join() === covering.map((p) => p.id).join()) last.atoms.push(atom);
    else chunks.push({ passages: covering, atoms: [atom] });
  }
  return (
    <p>
      {chunks.map((chunk) => {
        const content: ComponentChildren[] = chunk.atoms.map((atom) => {
          const text = chars.slice(atom.start, atom.end).join('');
          const leaf = myLeaves.find((l) => l.start <= atom.start && l.end >= atom.end);
          return leaf ? <LeafView key={atom.start} reader={reader} leaf={leaf} text={text} /> : plain(text);
        });
        if (chunk.passages.length === 0) return content;
        const starting = chunk.passages.filter((p) => !anchored.has(p.id));
        for (const p of starting) anchored.add(p.id);
        const [id, ...more] = starting.map((p) => p.id);
        return (
          <span key={chunk.atoms[0].start} class="passage" id={id} data-passages={chunk.passages.map((p) => p.id).join(' ')}>
            {more.map((m) => (
              <span key={m} id={m} />
            ))}
            {content}
          </span>
        );
      })}
    </p>
  );
}

function articlePage(ctx: PageContext, source: Source) {
  const { t, lang, app } = ctx;
  const text = articleText(source);
  const chars = Array.from(text);
  const readable = source.script === 'Hant' || source.repairs.length > 0;
  const simplified = readable && ctx.params.view === 'simplified';
  const passages = everyRecord<Passage>(app, passageResource, { source: [source.id] });
  const indicators = everyRecord<Indicator>(app, indicatorResource, { source: [source.id] });
  const leaves: Leaf[] = [
    ...figureRuns(indicators, source.id),
    ...exclusionsOf(app.db, source.id).map(
      (exclusion): Leaf => ({ kind: 'excluded', start: exclusion.start, end: exclusion.end, exclusion }),
    ),
    ...source.repairs.map((repair): Leaf => ({ kind: 'repair', start: repair.start, end: repair.end, repair })),
    ...(simplified
      ? readingsOf(app.db, source.id).map((reading): Leaf => ({ kind: 'reading', start: reading.start, end: reading.end, reading }))
      : []),
  ].sort((a, b) => a.start - b.start);
  const reader: Reader = { ctx, chars, passages, leaves, simplified, anchored: new Set() };
  const title = lang === 'zh' ? source.title_zh : source.title_en;
  const json = `/sources/${source.id}?format=json`;
  return (
    <Layout ctx={ctx} title={title} description={`${source.title_en} — ${t.readerIntro}`} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.articles, href(ctx, '/sources')],
          [source.id, undefined],
        ]}
      />
      <header class="article-head">
        <h1 lang="zh-Hans">{source.title_zh}</h1>
        <p class="subtitle" lang="en">
          {source.title_en}
        </p>
        <p>
          {[
            source.outlet ? <span lang="zh-Hans">{source.outlet}</span> : null,
            source.authors ? <span lang="zh-Hans">{source.authors}</span> : null,
            `${t.published}: ${source.published_at ?? source.published_on ?? t.dateNotStated}`,
            nameOf(source.script, lang),
            `${source.length.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} ${t.codePoints}`,
            `${indicators.length} ${t.figuresInArticle}`,
          ]
            .filter(Boolean)
            .map((part, k) => (
              <>
                {k > 0 ? ' · ' : ''}
                {part}
              </>
            ))}
        </p>
        <p class="hash">
          {t.sha256} <code>{source.sha256}</code> · <code>{source.file}</code>
        </p>
        {source.note ? <p lang="en">{source.note}</p> : null}
      </header>
      <DataLinks ctx={ctx} json={json} />
      <p>
        <a href={`/sources/${source.id}/text`} type="text/plain">
          {t.articleText}
        </a>
      </p>
      <p>{t.readerIntro}</p>
      {readable ? (
        <nav class="switch" aria-label={t.readingSwitch}>
          <a href={href(ctx, ctx.path)} aria-current={simplified ? undefined : 'page'}>
            {t.verbatim}
          </a>
          <a href={href(ctx, ctx.path, { view: 'simplified' })} aria-current={simplified ? 'page' : undefined}>
            {t.simplifiedReading}
          </a>
          <span class="switch-note">{simplified ? t.simplifiedNote : t.verbatimNote}</span>
        </nav>
      ) : null}
      <details class="legend">
        <summary>{t.legend}</summary>
        <ul>
          <li>
            <span class="fig">
              <span class="fig-sample">429.49</span>
            </span>{' '}
            {t.legendFigure}
          </li>
          <li>
            <span class="excluded">2023</span> {t.legendExcluded}
          </li>
          <li>
            <span class="passage">……</span> {t.legendPassage}
          </li>
          {source.repairs.length > 0 ? (
            <li>
              <span class="damaged">
                <del>??</del>
              </span>{' '}
              {t.legendRepair}
            </li>
          ) : null}
        </ul>
      </details>
      <article id="article-text" class="article-text" lang={simplified ? 'zh-Hans' : scriptTag(source)}>
        {paragraphsOf(chars, simplified).map((span) => (
          <Paragraph key={span.start} reader={reader} span={span} />
        ))}
      </article>
      {source.repairs.length > 0 ? (
        <section aria-labelledby="repairs-heading">
          <h2 id="repairs-heading">{t.repairs}</h2>
          <div class="table-wrap">
            <table>
              <caption>{t.repairs}</caption>
              <thead>
                <tr>
                  <th scope="col">id</th>
                  <th scope="col">{t.damaged}</th>
                  <th scope="col">{t.repaired}</th>
                  <th scope="col">{t.confidence}</th>
                  <th scope="col">{t.note}</th>
                </tr>
              </thead>
              <tbody>
                {source.repairs.map((r) => (
                  <tr key={r.id} id={r.id}>
                    <th scope="row">
                      <a href={`#${r.id}-text`}>{r.id}</a>
                    </th>
                    <td lang={scriptTag(source)}>{r.damaged}</td>
                    <td lang="zh-Hans">{r.repaired}</td>
                    <td>{nameOf(r.confidence, lang)}</td>
                    <td lang="en">{r.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Layout>
  );
}

export const articlePageOf: Page<Source> = { render: articlePage, params: { view: ['verbatim', 'simplified'] } };
