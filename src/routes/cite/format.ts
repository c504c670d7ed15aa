/**
 * Citations of a record: the source article, the verbatim quote and where it
 * stands (code point offsets), as plain text, BibTeX or CSL-JSON.
 */
export type CitedSource = {
  id: string;
  file: string;
  sha256: string;
  title_zh: string;
  title_en: string;
  outlet: string | null;
  authors: { name: string; role: string }[];
  published_on: string | null;
};
export type CitedPassage = { id: string; source: string; start: number; end: number; text: string; text_en: string };
export type Citation = { recordType: string; recordId: string; label: string; source: CitedSource; passage: CitedPassage; version: string };

export const CITATION_FORMATS = ['text', 'bibtex', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_MEDIA_TYPES: Record<CitationFormat, string> = {
  text: 'text/plain; charset=utf-8',
  bibtex: 'application/x-bibtex; charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

const location = (c: Citation) => `article ${c.source.id} (${c.source.file}), code points ${c.passage.start}–${c.passage.end}`;

function asText(c: Citation): string {
  const by = c.source.authors.length > 0 ? `${c.source.authors.map((a) => a.name).join(', ')}. ` : '';
  const date = c.source.published_on ?? 'n.d.';
  const outlet = c.source.outlet ? ` ${c.source.outlet}.` : '';
  return [
    `${by}“${c.source.title_zh}” [${c.source.title_en}].${outlet} ${date}${date.endsWith('.') ? '' : '.'}`,
    `Quoted: “${c.passage.text}” (${location(c)}; SHA-256 ${c.source.sha256}).`,
    `Translation: ${c.passage.text_en}`,
    `Record: ${c.recordType} ${c.recordId}, ${c.label}. Gansu Campaign Ledger, dataset version ${c.version}.`,
  ].join('\n');
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, (ch) => `\\${ch}`);

function asBibtex(c: Citation): string {
  const fields: [string, string | null][] = [
    ['title', `${c.source.title_zh} [${c.source.title_en}]`],
    ['author', c.source.authors.length > 0 ? c.source.authors.map((a) => a.name).join(' and ') : null],
    ['journal', c.source.outlet],
    ['date', c.source.published_on],
    [
      'note',
      `Quoted passage ${c.passage.id}: “${c.passage.text}” (${location(c)}). Record ${c.recordType} ${c.recordId}, Gansu Campaign Ledger ${c.version}.`,
    ],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    .map(([k, v]) => `  ${k} = {${bibEscape(v)}}`)
    .join(',\n');
  return `@article{ledger-${c.recordId}-${c.passage.id},\n${body}\n}\n`;
}

function asCsl(c: Citation): object[] {
  const [y, m, d] = (c.source.published_on ?? '').split('-').map(Number);
  return [
    {
      id: `ledger-${c.recordId}-${c.passage.id}`,
      type: 'article-newspaper',
      title: c.source.title_zh,
      'title-short': c.source.title_en,
      'container-title': c.source.outlet ?? undefined,
      author: c.source.authors.length > 0 ? c.source.authors.map((a) => ({ literal: a.name })) : undefined,
      issued: c.source.published_on ? { 'date-parts': [[y, m, d]] } : undefined,
      note: `Quoted: “${c.passage.text}” (${location(c)}). Translation: ${c.passage.text_en}`,
      language: 'zh',
    },
  ];
}

export function formatCitations(citations: Citation[], format: CitationFormat): string {
  if (format === 'csl-json') return JSON.stringify(citations.flatMap(asCsl), null, 2);
  if (format === 'bibtex') return citations.map(asBibtex).join('\n');
  return citations.map(asText).join('\n\n');
}
