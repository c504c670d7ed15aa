/**
 * Plain text in Chinese, for a reader who pastes a citation into Chinese copy: the article, the
 * quote and where it stands, the record and the dataset, as text.ts gives them in English. GB/T
 * 7714 is the reference list Chinese journals require, and has no place for a quote; this is the
 * citation a Chinese reporter can trace back to the figure (pages14). The English title and
 * translation are left to the English text: nothing here is translated.
 */
import { hasOwnReading } from '../domain/chinese.ts';
import { angleBracketed, type Citation, type Cited, type CitedDataset, editorsOf, makersOf } from './citation.ts';

/** A record type's Chinese name, as the pages name it. */
const TYPE_ZH: Record<string, string> = { indicator: '指标', initiative: '举措', complaint: '诉求', project: '项目' };

const withUrl = (text: string, url?: string) => (url ? `${text} ${angleBracketed(url)}` : text);

function articleText(c: Citation): string {
  const s = c.source;
  const makers = makersOf(s).join('、');
  const editors = editorsOf(s).join('、');
  const people = [makers, editors && `编辑：${editors}`].filter(Boolean).join('；');
  const where = [s.outlet, s.published_on ?? '发布日期未注明'].filter(Boolean).join('，');
  return [
    `${people ? `${people}。` : ''}《${s.title_zh}》。${where}。`,
    ...c.passages.flatMap((p) => [
      `引文：“${p.text}”（原文${s.id}，${s.file}，第${p.start}–${p.end}码位；SHA-256 ${s.sha256}）`,
      ...(hasOwnReading(p) ? [`简体读法（本数据集修复后的读法，非原文）：“${p.text_zh_hans}”`] : []),
    ]),
    withUrl(`记录：${TYPE_ZH[c.recordType] ?? c.recordType} ${c.recordId}，${c.label_zh}。`, c.url),
  ].join('\n');
}

/** The dataset: its Chinese title first; its makers are named as they name themselves, in English. */
export const datasetTextZh = (d: CitedDataset) =>
  withUrl(`数据集：《${d.title_zh}》（${d.title_en}），${d.creator}，数据集版本 ${d.version}，${d.created}。`, d.url);

export const toTextZh = ({ citations, dataset }: Cited) => `${[...citations.map(articleText), datasetTextZh(dataset)].join('\n\n')}\n`;
