/**
 * The article reader's text: the article as paragraphs, each recorded number a link to its record,
 * each excluded digit run, repair and reviewed reading marked where it stands.
 */
import type { ComponentChildren } from 'preact';
import type { Exclusion, Reading } from '../../db/articles.ts';
import { isLayoutBreak, stripGlosses, toSimplified } from '../../domain/chinese.ts';
import type { Unit } from '../../domain/units.ts';
import { figurePlaces } from '../../domain/written.ts';
import type { Indicator } from '../../resources/indicators.ts';
import type { Passage, Source } from '../../resources/sources.ts';
import { Mixed, writtenOf } from '../components.tsx';
import { href, inLanguage, type PageContext } from '../context.ts';
import { qualifiedFigure } from '../format.ts';
import { tagOf } from '../i18n.ts';
import { nameOf } from '../names.ts';

type Repair = Source['repairs'][number];
type Span = { start: number; end: number };

/** What stands at a place in the text: a recorded number, an excluded digit run, a repair, a reviewed reading. */
export type Leaf =
  | (Span & { kind: 'figure'; indicators: Indicator[] })
  | (Span & { kind: 'excluded'; exclusion: Exclusion })
  | (Span & { kind: 'repair'; repair: Repair })
  | (Span & { kind: 'reading'; reading: Reading });

/**
 * Where each indicator's number stands in the article: where src/domain/written.ts finds it in each
 * of its passages from this article, in code points. Where one run could be several figures' (two
 * records of one number), the figures whose unit as written follows it most fully keep it.
 */
export function figureRuns(indicators: Indicator[], sourceId: string): Leaf[] {
  const byRun = new Map<string, { start: number; end: number; candidates: { indicator: Indicator; fit: number }[] }>();
  for (const indicator of indicators) {
    for (const passage of indicator.evidence.filter((e) => e.source === sourceId)) {
      for (const place of figurePlaces(passage.text, indicator.value_text, indicator.unit_zh)) {
        const start = passage.start + Array.from(passage.text.slice(0, place.numberStart)).length;
        const end = start + Array.from(passage.text.slice(place.numberStart, place.numberEnd)).length;
        const key = `${start}:${end}`;
        const run = byRun.get(key) ?? { start, end, candidates: [] };
        if (!run.candidates.some((c) => c.indicator.id === indicator.id)) run.candidates.push({ indicator, fit: place.fit });
        byRun.set(key, run);
      }
    }
  }
  return [...byRun.values()].map((run) => {
    const best = Math.max(...run.candidates.map((c) => c.fit));
    return {
      kind: 'figure',
      start: run.start,
      end: run.end,
      indicators: run.candidates.filter((c) => c.fit === best).map((c) => c.indicator),
    };
  });
}

/** The article's paragraphs as code point ranges: its non-blank lines, or in a reading, lines joined across layout breaks. */
export function paragraphsOf(chars: string[], joinLayoutBreaks: boolean): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      if (chars.slice(start, i).join('').trim() !== '') lines.push({ start, end: i });
      start = i + 1;
    }
  }
  if (!joinLayoutBreaks) return lines;
  const text = (span: Span) => chars.slice(span.start, span.end).join('');
  const joined: Span[] = [];
  lines.forEach((line, k) => {
    const previous = joined.at(-1);
    if (previous && isLayoutBreak(text(lines[k - 1]), text(line))) previous.end = line.end;
    else joined.push({ ...line });
  });
  return joined;
}

export type Reader = {
  ctx: PageContext;
  chars: string[];
  passages: Passage[];
  leaves: Leaf[];
  simplified: boolean;
  /** The language tag of the article's text as shown (zh-Hans; zh-Hant for a Traditional original). */
  textLang: string;
  /** Passages whose anchor has been written (each once, where the passage starts). */
  anchored: Set<string>;
};

/** A figure's label and value, as its tooltip and description say them. */
function figureWords(ctx: PageContext, i: Indicator): string {
  const label = inLanguage(ctx, i, 'label');
  // As the article writes it, hedge and all (5000余场次): the tooltip stands on that very figure.
  const { text: written } = writtenOf(i);
  const normalized = qualifiedFigure(i.value_base, i.unit as Unit, i.qualifier, ctx.lang);
  // Said once where the reader's figure says nothing more (75次, not 75次 (75次); 56项, not 56项 (56)).
  return `${label}${ctx.t.colon}${written}${normalized === written || normalized === i.value_text ? '' : ` (${normalized})`}`;
}

function LeafView({ reader, leaf, text }: { reader: Reader; leaf: Leaf; text: string }) {
  const { ctx, simplified, textLang } = reader;
  const { t, lang } = ctx;
  if (leaf.kind === 'figure') {
    const [first, ...others] = leaf.indicators;
    const tip = `tip-${leaf.start}`;
    const shown = simplified ? toSimplified(text) : text;
    // Its name (aria-label) is in the page's language, inside the article's: a screen reader voices it so (lang). The
    // digits shown keep the article's language (their glyphs), which the name replaces when read.
    const named = lang === 'en' ? 'en' : undefined;
    return (
      <span class="fig">
        {/* Named by its digits and what it measures: a screen reader's list of links is not a column of bare numbers. */}
        <a
          href={href(ctx, `/indicators/${first.id}`)}
          lang={named}
          aria-label={`${shown}${t.colon}${inLanguage(ctx, first, 'label')}`}
          aria-describedby={tip}
        >
          {named ? <span lang={textLang}>{shown}</span> : shown}
        </a>
        {others.map((o, k) => (
          <sup key={o.id}>
            <a href={href(ctx, `/indicators/${o.id}`)} lang={named} aria-label={figureWords(ctx, o)}>
              {k + 2}
            </a>
          </sup>
        ))}
        <span class="tip" id={tip} role="tooltip" lang={tagOf(lang)} aria-hidden="true">
          {lang === 'en' ? (
            <Mixed text={leaf.indicators.map((i) => figureWords(ctx, i)).join(' / ')} />
          ) : (
            leaf.indicators.map((i) => figureWords(ctx, i)).join(' / ')
          )}
        </span>
      </span>
    );
  }
  if (leaf.kind === 'excluded') {
    const { reason, note, note_zh } = leaf.exclusion;
    // A note with English words in it (2023年8月 (photo caption)) has a Chinese one beside it (seed/verify.ts).
    const shown = (lang === 'zh' ? (note_zh ?? note) : note) ?? '';
    const tip = `tip-${leaf.start}`;
    return (
      // Focusable, so a keyboard or a tap shows why, as a pointer's hover does. A screen reader reads
      // the sentence through and says why on focus, as for a figure: the note is its description, and
      // the digits its name (a bare span that takes focus has none; a term is named by its content).
      // biome-ignore lint/a11y/useSemanticElements: <dfn> would say the term is defined here; these are the article's digits.
      <span class="excluded" role="term" tabindex={0} aria-describedby={tip}>
        {text}
        <span class="tip" id={tip} role="tooltip" lang={tagOf(lang)} aria-hidden="true">
          {`${lang === 'zh' ? '（' : ' ('}${t.notAStatistic}${t.colon}${nameOf(reason, lang)}`}
          {shown ? <> — {lang === 'en' ? <Mixed text={shown} /> : shown}</> : null}
          {lang === 'zh' ? '）' : ')'}
        </span>
      </span>
    );
  }
  if (leaf.kind === 'repair') {
    const { repair } = leaf;
    // Kept on one line: Chinese breaks between any two characters, and 可|信度 read as two words.
    const words = <span class="confidence">{`${t.confidence}${t.colon}${nameOf(repair.confidence, lang)}`}</span>;
    // The note stands off the text by its margin, not a space: a space would be copied with the quote.
    return simplified ? (
      <span class="repair" id={`${repair.id}-text`}>
        <ins lang="zh-Hans">{repair.repaired}</ins>
        <a class="repair-note" href={`#${repair.id}`} lang={tagOf(lang)}>
          {`${repair.id} · `}
          {words}
        </a>
      </span>
    ) : (
      <span class="damaged" id={`${repair.id}-text`}>
        <del>{text}</del>
        <a class="repair-note" href={`#${repair.id}`} lang={tagOf(lang)}>
          {`${repair.id} → `}
          <span lang="zh-Hans">{repair.repaired}</span>
          {' · '}
          {words}
        </a>
      </span>
    );
  }
  return <>{simplified ? leaf.reading.reading : text}</>;
}

/** One paragraph: its text in chunks by the passages covering it, each chunk's figures, exclusions and repairs marked. */
export function Paragraph({ reader, span }: { reader: Reader; span: Span }) {
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
