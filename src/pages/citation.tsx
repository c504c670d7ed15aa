/**
 * A record's citation in every format the API gives (CITATION_FORMATS, so a new format shows here
 * too), each selectable text with a copy button that the page's script reveals.
 */

import { CITATION_FORMATS, type CitationFormat, formatCitations } from '../citations/index.ts';
import { citationsOf, type Quoting } from '../routes/cite/index.ts';
import { Mixed } from './components.tsx';
import type { PageContext } from './context.ts';

/** Each format by the name its readers know it by. */
const FORMAT_NAMES: Record<CitationFormat, { zh: string; en: string }> = {
  text: { zh: '纯文本（英文）', en: 'Plain text' },
  'text-zh': { zh: '纯文本（中文）', en: 'Plain text (Chinese)' },
  bibtex: { zh: 'BibTeX（biblatex）', en: 'BibTeX (biblatex)' },
  ris: { zh: 'RIS（Zotero、EndNote）', en: 'RIS (Zotero, EndNote)' },
  'csl-json': { zh: 'CSL-JSON', en: 'CSL-JSON' },
  gbt7714: { zh: 'GB/T 7714', en: 'GB/T 7714' },
};

export function CitationBox({ ctx, type, record }: { ctx: PageContext; type: string; record: Quoting }) {
  const { t, lang } = ctx;
  const cited = citationsOf(ctx.app, type, record);
  if (!cited) return null;
  const path = `/${type}s/${record.id}/cite`;
  // A Chinese reader is shown first the Chinese text, with the quote and where it stands, then the standard Chinese
  // references follow (GB/T 7714, which has no place for a quote: pages14); an English reader the English text first.
  const first: CitationFormat[] = lang === 'zh' ? ['text-zh', 'gbt7714'] : ['text'];
  const formats = [...first, ...CITATION_FORMATS.filter((f) => !first.includes(f))];
  return (
    <section class="citation" aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t.citation}</h2>
      {formats.map((format, k) => (
        <details key={format} open={k === 0}>
          <summary>{FORMAT_NAMES[format][lang]}</summary>
          {/* The Chinese in an English page's citation (authors, titles, quotes) marked as Chinese, for a screen reader's voice. */}
          <pre id={`cite-${format}`}>
            {lang === 'en' ? <Mixed text={formatCitations(cited, format)} /> : formatCitations(cited, format)}
          </pre>
          <p class="cite-actions">
            <button type="button" class="copy" data-copy={`cite-${format}`} data-done={t.copied} hidden>
              {t.copy} {FORMAT_NAMES[format][lang]}
            </button>{' '}
            <a href={`${path}?format=${format}`}>{`${path}?format=${format}`}</a>
          </p>
        </details>
      ))}
    </section>
  );
}
