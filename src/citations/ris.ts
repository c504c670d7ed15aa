/**
 * RIS, for Zotero, EndNote and the reference managers that read it. An article taken from a web page
 * is ELEC (Zotero: Web Page), any other NEWS (newspaper article). Article entries use the tags of
 * the first RIS specification (T1, A1, ED, JF, Y1): every reader takes them, and readers that tell
 * the two specifications apart by their tags (citation.js) read A1 as author in a NEWS entry, where
 * they read the newer AU as its reporter. Each person is one tag; the English title and the quote
 * are one note (N1), never the title; a value ends at its line's end, so a quote's line breaks are
 * written as spaces and the note says so. The first specification has no language tag, and LA (a
 * newer tag) in an article entry makes citation.js read it by the newer one, losing its authors and
 * editors: the article entries carry no language (BibTeX and CSL-JSON do). The dataset is a DATA
 * entry in the newer tags, the only ones with its version (ET).
 */
import {
  asOneLine,
  type Citation,
  type Cited,
  type CitedDataset,
  citationKey,
  datasetKey,
  datasetLines,
  editorsOf,
  makersOf,
  quoteLines,
} from './citation.ts';

function record(tags: [string, string | null | undefined][]): string {
  return `${[...tags, ['ER', '']]
    .filter((t): t is [string, string] => typeof t[1] === 'string')
    // RIS ends a value at the line's end.
    .map(([tag, value]) => `${tag}  - ${asOneLine(value)}`)
    .join('\r\n')}\r\n`;
}

/** A date as RIS writes it: YYYY/MM/DD/. */
const risDate = (date: string | null | undefined) => (date ? `${date.replaceAll('-', '/')}/` : null);

function articleRecord(c: Citation, d: CitedDataset): string {
  const s = c.source;
  return record([
    ['TY', s.medium === 'web' ? 'ELEC' : 'NEWS'],
    ['ID', citationKey(c)],
    ['T1', s.title_zh],
    ...makersOf(s).map((name): [string, string] => ['A1', name]),
    ...editorsOf(s).map((name): [string, string] => ['ED', name]),
    ['JF', s.outlet],
    ['Y1', risDate(s.published_on)],
    ['SP', s.page],
    ['UR', s.url],
    ['N1', quoteLines(c, d, 'spaces').join(' ')],
  ]);
}

const datasetRecord = (d: CitedDataset) =>
  record([
    ['TY', 'DATA'],
    ['ID', datasetKey(d)],
    ['TI', d.title_en],
    // A trailing comma tells a reader the name is not a person's "family, given".
    ['AU', `${d.creator},`],
    ['ET', d.version],
    ['UR', d.url],
    ['PY', d.created.slice(0, 4)],
    ['DA', risDate(d.created)],
    ['LA', 'en'],
    ['N1', datasetLines(d).join(' ')],
  ]);

export const toRis = ({ citations, dataset }: Cited) =>
  [...citations.map((c) => articleRecord(c, dataset)), datasetRecord(dataset)].join('\r\n');
