/** Plain text: the article, the quote and where it stands, its translation, the record and the dataset. */
import { hasOwnReading } from '../domain/chinese.ts';
import { angleBracketed, type Citation, type Cited, type CitedDataset, editorsOf, makersOf } from './citation.ts';

/** A text ended as a sentence: its own full stop kept, never a second (…Co., Ltd. / …Co.). */
const ended = (text: string) => (/[.!?。！？]$/.test(text) ? text : `${text}.`);

function articleText(c: Citation): string {
  const s = c.source;
  const people = [...makersOf(s), ...editorsOf(s).map((name) => `${name} (editor)`)];
  const where = [s.outlet, s.published_on ?? 'date not stated'].filter(Boolean).join(', ');
  return [
    // The title in 《》, as Chinese marks a title: two of them hold quotation marks of their own (打造“磁力场”…).
    `${people.length > 0 ? `${people.join(', ')}. ` : ''}《${s.title_zh}》 [${s.title_en}]. ${where}.`,
    ...c.passages.flatMap((p) => [
      `Quoted: “${p.text}” (article ${s.id}, ${s.file}, code points ${p.start}–${p.end}; SHA-256 ${s.sha256}).`,
      ...(hasOwnReading(p) ? [`Simplified reading (the dataset’s, repaired): “${p.text_zh_hans}”`] : []),
      `Translation: ${p.text_en}`,
    ]),
    `${ended(`Record: ${c.recordType} ${c.recordId}, ${c.label}`)}${c.url ? ` ${angleBracketed(c.url)}` : ''}`,
  ].join('\n');
}

export const datasetText = (d: CitedDataset) =>
  `Dataset: ${d.creator}. ${d.title_en} (${d.title_zh}), dataset version ${d.version}, ${d.created}.${d.url ? ` ${angleBracketed(d.url)}` : ''}`;

export const toText = ({ citations, dataset }: Cited) => `${[...citations.map(articleText), datasetText(dataset)].join('\n\n')}\n`;
