/** Plain text: the article, the quote and where it stands, its translation, the record and the dataset. */
import { type Citation, type Cited, type CitedDataset, editorsOf, makersOf } from './citation.ts';

function articleText(c: Citation): string {
  const { source: s, passage: p } = c;
  const people = [...makersOf(s), ...editorsOf(s).map((name) => `${name} (editor)`)];
  const where = [s.outlet, s.published_on ?? 'date not stated'].filter(Boolean).join(', ');
  const reading =
    p.text_zh_hans.replace(/\s+/g, '') === p.text.replace(/\s+/g, '')
      ? []
      : [`Simplified reading (the dataset’s, repaired): “${p.text_zh_hans}”`];
  return [
    `${people.length > 0 ? `${people.join(', ')}. ` : ''}“${s.title_zh}” [${s.title_en}]. ${where}.`,
    `Quoted: “${p.text}” (article ${s.id}, ${s.file}, code points ${p.start}–${p.end}; SHA-256 ${s.sha256}).`,
    ...reading,
    `Translation: ${p.text_en}`,
    `Record: ${c.recordType} ${c.recordId}, ${c.label}.`,
  ].join('\n');
}

const datasetText = (d: CitedDataset) =>
  `Dataset: ${d.creator}. ${d.title_en} (${d.title_zh}), dataset version ${d.version}, ${d.created}.`;

export const toText = ({ citations, dataset }: Cited) => `${[...citations.map(articleText), datasetText(dataset)].join('\n\n')}\n`;
