/**
 * Period codes in words, in Chinese and English, as pages and claim explanations say them:
 * 2023年第一季度, Q1 2023; 截至2024年2月18日, as of 18 February 2024. The codes themselves are read in
 * src/domain/periods.ts.
 */
import { MONTH_NAMES } from './calendar.ts';
import { periodParts } from './periods.ts';

/** A date YYYY-MM-DD in words: 2023年4月26日, 26 April 2023. */
export function dateWords(date: string, lang: 'zh' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** A period code in words: 2023年第一季度, Q1 2023; from 13 February 2023 onwards; 截至2021年4月22日, as of 22 April 2021 (what held by then, not what ended). */
export function periodWords(period: string | null, lang: 'zh' | 'en'): string {
  const parts = period === null ? null : periodParts(period);
  if (!parts) return lang === 'zh' ? '未注明时间' : 'no period given';
  switch (parts.kind) {
    case 'since':
      return lang === 'zh' ? `${dateWords(parts.from, lang)}以来` : `from ${dateWords(parts.from, lang)} onwards`;
    case 'until':
      return lang === 'zh' ? `截至${dateWords(parts.to, lang)}` : `as of ${dateWords(parts.to, lang)}`;
    case 'span':
      return lang === 'zh'
        ? `${dateWords(parts.from, lang)}至${dateWords(parts.to, lang)}`
        : `${dateWords(parts.from, lang)} to ${dateWords(parts.to, lang)}`;
    case 'quarter':
      return lang === 'zh' ? `${parts.year}年第${'一二三四'[parts.quarter - 1]}季度` : `Q${parts.quarter} ${parts.year}`;
    case 'month':
      return lang === 'zh' ? `${parts.year}年${parts.month}月` : `${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
    case 'day':
      return dateWords(parts.date, lang);
    case 'year':
      return lang === 'zh' ? `${parts.year}年` : String(parts.year);
  }
}

/**
 * The period within which one day fell (a case resolved on some day of it): a span is the days it happened between,
 * not a duration (between 1 October 2023 and 5 November 2023, 2023年10月1日至2023年11月5日之间); any other as periodWords.
 */
export function dayWithinWords(period: string, lang: 'zh' | 'en'): string {
  const parts = periodParts(period);
  if (parts?.kind !== 'span') return periodWords(period, lang);
  const [from, to] = [dateWords(parts.from, lang), dateWords(parts.to, lang)];
  return lang === 'zh' ? `${from}至${to}之间` : `between ${from} and ${to}`;
}
