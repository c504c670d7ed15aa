/**
 * CSL-JSON, as Zotero, citeproc and pandoc read it (valid against the CSL data schema). An article
 * taken from a web page is a webpage (Zotero: Web Page), any other article-newspaper, as the BibTeX
 * and RIS entries type them, so a reference manager files it alike from every format; its people
 * by role (author, editor), each name one literal: a
 * Chinese name is not split into family and given names the article does not mark. The English
 * title and the quote are the note; CSL has no translated-title variable, and the short title is
 * not a translation. The dataset is a dataset item with its version.
 */
import { scriptLanguage } from '../domain/vocabulary.ts';
import {
  type Citation,
  type Cited,
  type CitedDataset,
  citationKey,
  datasetKey,
  datasetLines,
  dateParts,
  editorsOf,
  makersOf,
  quoteLines,
} from './citation.ts';

const people = (list: string[]) => (list.length > 0 ? list.map((literal) => ({ literal })) : undefined);
const issued = (date: string | null | undefined) => (date ? { 'date-parts': [dateParts(date)] } : undefined);

const articleItem = (c: Citation, d: CitedDataset) => ({
  id: citationKey(c),
  type: c.source.medium === 'web' ? 'webpage' : 'article-newspaper',
  title: c.source.title_zh,
  author: people(makersOf(c.source)),
  editor: people(editorsOf(c.source)),
  'container-title': c.source.outlet ?? undefined,
  issued: issued(c.source.published_on),
  accessed: issued(c.source.accessed_on),
  page: c.source.page,
  URL: c.source.url,
  language: scriptLanguage(c.source.script),
  note: quoteLines(c, d).join('\n'),
});

const datasetItem = (d: CitedDataset) => ({
  id: datasetKey(d),
  type: 'dataset',
  title: d.title_en,
  author: [{ literal: d.creator }],
  version: d.version,
  URL: d.url,
  issued: issued(d.created),
  language: 'en',
  note: datasetLines(d).join('\n'),
});

export const toCslJson = ({ citations, dataset }: Cited) =>
  `${JSON.stringify([...citations.map((c) => articleItem(c, dataset)), datasetItem(dataset)], null, 2)}\n`;
