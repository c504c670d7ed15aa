/**
 * BibTeX, as biblatex reads it and Zotero's BibTeX translator imports it. An article taken from a
 * web page is @online (Zotero: Web Page); one whose medium the text does not give is @article
 * marked entrysubtype = newspaper, biblatex's newspaper article (Zotero's importer has no newspaper
 * type for BibTeX; RIS and CSL-JSON carry it). People are joined with "and", one name each, so a
 * byline of three is three authors and an editor is an editor. Both date and year are given,
 * for biblatex and for BibTeX styles and importers that read only year. The English title is a
 * note, never the title; BibTeX and its importers collapse a field's whitespace, so a quote's line
 * breaks are written as spaces and the note says so. The dataset is a @dataset entry with its version,
 * its English title, a proper name, braced whole so no style or importer changes its case (the
 * articles' Chinese titles have none to change).
 */
import { scriptLanguage } from '../domain/vocabulary.ts';
import {
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

/** LaTeX's special characters written so that a field stays balanced and prints what it holds. */
const ESCAPES: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  _: '\\_',
  $: '\\$',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

const latex = (value: string) => value.replace(/[\\{}%#&_$~^]/g, (ch) => ESCAPES[ch]);

/** Names joined as BibTeX joins them; a name with a space in it is braced so it stays one name. */
const names = (list: string[]) => list.map((n) => (/\s/.test(n) ? `{${latex(n)}}` : latex(n))).join(' and ');

function entry(type: string, key: string, fields: [string, string | null | undefined][]): string {
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null && f[1] !== undefined && f[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

function articleEntry(c: Citation, d: CitedDataset): string {
  const s = c.source;
  const web = s.medium === 'web';
  return entry(web ? 'online' : 'article', citationKey(c), [
    ['author', names(makersOf(s))],
    ['editor', names(editorsOf(s))],
    ['title', latex(s.title_zh)],
    // The site once: biblatex's organization of an @online entry (a journaltitle beside it printed the site twice in
    // pandoc and citeproc), a newspaper's journaltitle.
    ...((web
      ? [['organization', s.outlet && latex(s.outlet)]]
      : [
          ['entrysubtype', 'newspaper'],
          ['journaltitle', s.outlet && latex(s.outlet)],
        ]) as [string, string | null][]),
    ['date', s.published_on],
    ['year', s.published_on?.slice(0, 4)],
    ['url', s.url],
    ['urldate', s.accessed_on],
    ['language', scriptLanguage(s.script)],
    ['note', latex(quoteLines(c, d, 'spaces').join(' '))],
  ]);
}

const datasetEntry = (d: CitedDataset) =>
  entry('dataset', datasetKey(d), [
    ['author', `{${latex(d.creator)}}`],
    // A proper name: braced whole, or an importer that sentence-cases titles (Better BibTeX) makes it "Gansu campaign ledger".
    ['title', `{${latex(d.title_en)}}`],
    ['version', d.version],
    ['url', d.url],
    ['date', d.created],
    ['year', d.created.slice(0, 4)],
    ['language', 'en'],
    ['note', latex(datasetLines(d).join(' '))],
  ]);

export const toBibtex = ({ citations, dataset }: Cited) =>
  [...citations.map((c) => articleEntry(c, dataset)), datasetEntry(dataset)].join('\n');
