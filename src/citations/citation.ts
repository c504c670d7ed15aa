/**
 * What a citation says, whatever its format: the article (its people by the role the article gives
 * them, its title as printed, where and when it appeared as far as the text says), the quoted
 * passage and where it stands, and the dataset version the record was read from. Each format
 * (bibtex.ts, ris.ts, csl.ts, gbt7714.ts, text.ts, text-zh.ts) writes these and invents nothing: a field the
 * article does not give is left out, never guessed.
 */
import type { EvidenceRow } from '../db/evidence.ts';
import { hasOwnReading } from '../domain/chinese.ts';
import type { Source } from '../resources/sources.ts';

export type CitedSource = Pick<
  Source,
  'id' | 'file' | 'sha256' | 'title_zh' | 'title_en' | 'outlet' | 'authors' | 'medium' | 'published_on' | 'script'
> & {
  /** Where the article is online, and when it was read there: no source of this dataset records them yet. */
  url?: string;
  accessed_on?: string;
  /** The newspaper page (版次) of a print article. */
  page?: string;
};

/** A quoted passage: the evidence of the record cited. */
export type CitedPassage = EvidenceRow;

export type CitedDataset = {
  title_en: string;
  title_zh: string;
  creator: string;
  version: string;
  created: string;
  /** Where the dataset is published (PUBLIC_URL), when the deployment says; never guessed from a request. */
  url?: string;
};

/** One article a record quotes, with the passages of it the record quotes, in the record's order. */
export type Citation = {
  recordType: string;
  recordId: string;
  /** The record's title in English and in Chinese (its resource's titles). */
  label: string;
  label_zh: string;
  source: CitedSource;
  passages: CitedPassage[];
  /** The record's own address, where the dataset is published (PUBLIC_URL). */
  url?: string;
};

/** A URL inside running text, delimited as RFC 3986 (Appendix C) suggests, so no full stop after it is read as part of it. */
export const angleBracketed = (url: string) => `<${url}>`;

/** What a /cite answer holds: a citation for each article (one entry however many of its passages are quoted), and the dataset. */
export type Cited = { citations: Citation[]; dataset: CitedDataset };

/** Who made the article: its bylines and reporters, in its order. */
export const makersOf = (s: CitedSource) => s.authors.filter((a) => a.role !== 'editor').map((a) => a.name);

/** Who the article says edited it. */
export const editorsOf = (s: CitedSource) => s.authors.filter((a) => a.role === 'editor').map((a) => a.name);

/** [year, month, day] of a YYYY-MM-DD date. */
export const dateParts = (date: string) => date.split('-').map(Number);

export const citationKey = (c: Citation) => `ledger-${c.recordId}-${c.source.id}`;
export const datasetKey = (d: CitedDataset) => `gansu-campaign-ledger-${d.version}`;

/**
 * How a format's note carries a quote's line breaks: kept (CSL-JSON), or as spaces, where a value
 * must stay on one line (RIS) or its readers join the lines anyway (BibTeX collapses whitespace).
 */
type LineBreaks = 'kept' | 'spaces';

/** Text on one line: each run of line breaks, with the blanks around it, one space. */
export const asOneLine = (text: string) => text.replace(/\s*[\r\n]\s*/g, ' ');

/** A translation as a sentence of its own: a clause's ; , or : ends in a full stop, as a text with none does. */
const sentence = (text: string) => {
  const trimmed = text.trimEnd();
  return /[.!?…)”"']$/.test(trimmed) ? trimmed : `${trimmed.replace(/[;,:]$/, '')}.`;
};

/**
 * The quotes and where they stand, as sentences for a format's note: each verbatim text, and where
 * the dataset's Simplified reading differs from it, that reading, marked as the dataset's and not
 * the article's. A quote whose line breaks a format writes as spaces says so, since it is then not
 * verbatim to the character (its offsets and /sources/{id}/text give the exact text).
 */
export function quoteLines(c: Citation, d: CitedDataset, lineBreaks: LineBreaks = 'kept'): string[] {
  const s = c.source;
  const written = (text: string) => (lineBreaks === 'spaces' ? asOneLine(text) : text);
  return [
    `English title: ${s.title_en}.`,
    // The title is the dataset's Simplified reading; an article in Traditional script prints it otherwise (take12).
    ...(s.script === 'Hant' ? ['Title given in its Simplified reading; the article prints it in Traditional script.'] : []),
    ...c.passages.flatMap((p) => [
      `Quoted verbatim${lineBreaks === 'spaces' && /[\r\n]/.test(p.text) ? ', line breaks shown as spaces' : ''} (passage ${p.id}: article ${s.id}, ${s.file}, code points ${p.start}–${p.end}): “${written(p.text)}”`,
      ...(hasOwnReading(p)
        ? [
            `Simplified reading, with glosses stripped and known damage repaired (the dataset’s reading, not the article’s text): “${written(p.text_zh_hans)}”`,
          ]
        : []),
      // A sentence of its own, so that a format joining the lines (BibTeX, RIS) does not run it into the next quote.
      `English: ${sentence(written(p.text_en))}`,
    ]),
    `Cited for ${c.recordType} ${c.recordId} (${c.label}), ${d.title_en}, dataset version ${d.version}${c.url ? `, at ${angleBracketed(c.url)}` : ''}.`,
  ];
}

/** What the dataset entry of every format says besides its title. */
export const datasetLines = (d: CitedDataset) => [
  `${d.title_zh}.`,
  'Hand-verified records of five Chinese government news articles on Gansu, each figure with the verbatim quote it rests on.',
  `Dataset version ${d.version} (a content hash of the curated data).`,
  ...(d.url ? [`Online at ${angleBracketed(d.url)}.`] : []),
];
