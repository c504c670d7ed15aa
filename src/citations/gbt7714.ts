/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), the reference standard Chinese researchers must use,
 * written by hand for the few kinds of reference this dataset has, and tested against the
 * standard's own examples (test/citations.test.ts):
 *
 * - a newspaper article [N]: 主要责任者. 题名[N]. 报纸名, 出版日期(版次).
 * - an article on a web page [EB/OL]: 主要责任者. 题名[EB/OL]. 出版者, 出版年(更新或修改日期)[引用日期].
 *   获取和访问路径. (without a publisher, the standard's own form: (更新或修改日期)[引用日期].)
 * - an article whose medium the text does not give [Z], the standard's "other, unspecified" type:
 *   a news article of unknown outlet is not asserted to be a newspaper's.
 * - the dataset [DS]: 主要责任者. 题名: 其他题名信息[DS]. 版本项. 出版年.
 *
 * Parts the article does not give (an outlet, a date, an access date) are left out, never filled.
 * Up to three names are given, then 等 (§8.1.2). GB/T 7714 has no place for a quote: the other
 * formats carry it.
 */
import { type Cited, type CitedDataset, type CitedSource, makersOf } from './citation.ts';

/** §8.1.2: at most three responsible persons, the rest as 等. */
const responsible = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', '));

/** 文献类型标识/文献载体标识 (§4 and appendix B): OL when the reference gives where it is online. */
function typeMark(s: CitedSource): string {
  const type = s.medium === 'print' ? 'N' : s.medium === 'web' ? 'EB' : 'Z';
  return s.medium === 'web' || s.url ? `${type}/OL` : type;
}

/** What follows the title: where and when it appeared, as the type has it. */
function publication(s: CitedSource): string {
  const accessed = s.url && s.accessed_on ? `[${s.accessed_on}]` : '';
  if (s.medium === 'web') {
    const updated = s.published_on ? `(${s.published_on})` : '';
    const publisher = s.outlet ? `${s.outlet}${s.published_on ? `, ${s.published_on.slice(0, 4)}` : ''}` : '';
    return `${publisher}${updated}${accessed}`;
  }
  const outlet = [s.outlet, s.published_on].filter(Boolean).join(', ');
  return `${outlet}${s.page ? `(${s.page})` : ''}${accessed}`;
}

/** One article as a GB/T 7714-2015 reference, without its number. */
export function gbtArticle(s: CitedSource): string {
  const parts = [responsible(makersOf(s)), `${s.title_zh}[${typeMark(s)}]`, publication(s), s.url].filter(Boolean);
  return `${parts.join('. ')}.`;
}

/** The dataset as a GB/T 7714-2015 reference, without its number. */
export const gbtDataset = (d: CitedDataset) =>
  `${d.creator}. ${d.title_en}: ${d.title_zh}[DS]. 版本 ${d.version}. ${d.created.slice(0, 4)}.`;

/** The numbered reference list: each article once, in the order first cited, then the dataset. */
export function toGbt7714({ citations, dataset }: Cited): string {
  const articles = citations.map((c) => c.source);
  return `${[...articles.map(gbtArticle), gbtDataset(dataset)].map((reference, k) => `[${k + 1}] ${reference}`).join('\n')}\n`;
}
