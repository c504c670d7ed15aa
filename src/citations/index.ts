/** The citation formats /{type}s/{id}/cite writes, with their media types. */
import { toBibtex } from './bibtex.ts';
import type { Cited } from './citation.ts';
import { toCslJson } from './csl.ts';
import { toGbt7714 } from './gbt7714.ts';
import { toRis } from './ris.ts';
import { toText } from './text.ts';
import { toTextZh } from './text-zh.ts';

export type { Citation, Cited, CitedDataset, CitedPassage, CitedSource } from './citation.ts';

export const CITATION_FORMATS = ['text', 'text-zh', 'bibtex', 'ris', 'csl-json', 'gbt7714'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_MEDIA_TYPES: Record<CitationFormat, string> = {
  text: 'text/plain; charset=utf-8',
  'text-zh': 'text/plain; charset=utf-8',
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  gbt7714: 'text/plain; charset=utf-8',
};

/**
 * The file extension a citation is saved with, so a reference manager recognises the file:
 * GB/T 7714 and the Chinese text are plain text like the default, and are told apart so the two never share a name.
 */
export const CITATION_EXTENSIONS: Record<CitationFormat, string> = {
  text: 'txt',
  'text-zh': 'zh.txt',
  bibtex: 'bib',
  ris: 'ris',
  'csl-json': 'json',
  gbt7714: 'gbt7714.txt',
};

const WRITERS: Record<CitationFormat, (cited: Cited) => string> = {
  text: toText,
  'text-zh': toTextZh,
  bibtex: toBibtex,
  ris: toRis,
  'csl-json': toCslJson,
  gbt7714: toGbt7714,
};

export const formatCitations = (cited: Cited, format: CitationFormat): string => WRITERS[format](cited);
