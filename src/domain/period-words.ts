/**
 * Period codes in words, in Chinese and English, as pages and claim explanations say them:
 * 2023年第一季度, Q1 2023; 截至2024年2月18日, as of 18 February 2024. The codes themselves are read in
 * src/domain/periods.ts.
 */
import { MONTH_NAMES } from './calendar.ts';
import { periodRange } from './periods.ts';

/** A date YYYY-MM-DD in words: 2023年4月26日, 26 April 2023. */
export function dateWords(date: string, lang: 'zh' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** A period code in words: 2023年第一季度, Q1 2023; from 13 February 2023 onwards; 截至2021年4月22日, as of 22 April 2021 (what held by then, not what ended). */
export function periodWords(period: string | null, lang: 'zh' | 'en'): string {
  if (!period || !periodRange(period)) return lang === 'zh' ? '未注明时间' : 'no period given';
  if (period.includes('/')) {
    const [from, to] = period.split('/');
    if (to === '..') return lang === 'zh' ? `${dateWords(from, lang)}以来` : `from ${dateWords(from, lang)} onwards`;
    if (from === '..') return lang === 'zh' ? `截至${dateWords(to, lang)}` : `as of ${dateWords(to, lang)}`;
    return lang === 'zh' ? `${dateWords(from, lang)}至${dateWords(to, lang)}` : `${dateWords(from, lang)} to ${dateWords(to, lang)}`;
  }
  const year = period.slice(0, 4);
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return lang === 'zh' ? `${year}年第${'一二三四'[Number(quarter[1]) - 1]}季度` : `Q${quarter[1]} ${year}`;
  if (period.length === 7) {
    const month = Number(period.slice(5));
    return lang === 'zh' ? `${year}年${month}月` : `${MONTH_NAMES[month - 1]} ${year}`;
  }
  if (period.length === 10) return dateWords(period, lang);
  return lang === 'zh' ? `${year}年` : year;
}
