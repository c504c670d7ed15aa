/**
 * Figures, units and periods written for a reader of each language: 429.49亿元 and 42.949 billion
 * yuan, 2023年第一季度 and Q1 2023. The scaling is the domain's (src/domain/units.ts); only the
 * words are chosen here.
 */
import { periodRange } from '../domain/periods.ts';
import { groupThousands, inMagnitude, type Unit } from '../domain/units.ts';
import type { Language } from '../http/negotiation.ts';

/** A plain decimal with its whole part grouped by thousands in English (Chinese writes 万 and 亿 instead). */
export function grouped(decimal: string, lang: Language): string {
  return lang === 'zh' ? decimal : groupThousands(decimal);
}

const ZH_MAGNITUDE: Record<number, string> = { 8: '亿', 4: '万', 0: '' };
const EN_MAGNITUDE: Record<number, string> = { 12: ' trillion', 9: ' billion', 6: ' million', 0: '' };

/** Unit words after a number: Chinese without a space (亿元, 万人次), English after one. */
const UNIT_WORDS: Record<Unit, Record<Language, string>> = {
  CNY: { zh: '元', en: 'yuan' },
  percent: { zh: '%', en: '%' },
  percentage_points: { zh: '个百分点', en: 'percentage points' },
  count: { zh: '', en: '' },
  persons: { zh: '人', en: 'people' },
  person_times: { zh: '人次', en: 'person-times' },
  households: { zh: '户', en: 'households' },
  projects: { zh: '个项目', en: 'projects' },
  enterprises: { zh: '家企业', en: 'enterprises' },
  cases: { zh: '件', en: 'cases' },
  events: { zh: '次', en: 'events' },
  kW: { zh: '千瓦', en: 'kW' },
  kWh: { zh: '千瓦时', en: 'kWh' },
  t: { zh: '吨', en: 'tonnes' },
  days: { zh: '天', en: 'days' },
  working_days: { zh: '个工作日', en: 'working days' },
  years: { zh: '年', en: 'years' },
  minutes: { zh: '分钟', en: 'minutes' },
  rank: { zh: '位', en: '' },
};

export const unitWord = (unit: Unit, lang: Language) => UNIT_WORDS[unit][lang];

/** A number in a unit with its magnitude word: 429.49亿元, 42.949 billion yuan, 50.38%, rank 3. */
export function figure(valueBase: number, unit: Unit, lang: Language): string {
  const { digits, exponent } = inMagnitude(valueBase, unit, lang);
  const sign = valueBase < 0 ? '−' : '';
  const number = `${sign}${grouped(digits, lang)}`;
  if (unit === 'rank') return lang === 'zh' ? `第${number}位` : `rank ${number}`;
  if (unit === 'percent') return `${number}%`;
  if (lang === 'zh') return `${number}${ZH_MAGNITUDE[exponent]}${UNIT_WORDS[unit].zh}`;
  const word = UNIT_WORDS[unit].en;
  return `${number}${EN_MAGNITUDE[exponent]}${word ? ` ${word}` : ''}`;
}

/** A magnitude for an axis: the number and its magnitude word, without the unit (429.49亿, 42.9 billion). */
export function axisFigure(value: number, unit: Unit, lang: Language): string {
  const { digits, exponent } = inMagnitude(value, unit, lang);
  const number = `${value < 0 ? '−' : ''}${grouped(digits, lang)}`;
  if (unit === 'percent') return `${number}%`;
  return lang === 'zh' ? `${number}${ZH_MAGNITUDE[exponent]}` : `${number}${EN_MAGNITUDE[exponent]}`;
}

/** The word a qualifier puts before a figure (约, more than …), or nothing for an exact one. */
export function qualifierWord(qualifier: string, lang: Language): string {
  const words: Record<string, Record<Language, string>> = {
    more_than: { zh: '超过', en: 'more than' },
    at_least: { zh: '至少', en: 'at least' },
    approx: { zh: '约', en: 'about' },
    less_than: { zh: '不到', en: 'less than' },
  };
  return words[qualifier]?.[lang] ?? '';
}

/** A figure with its qualifier: 超过5000人, more than 5,000 people. */
export function qualifiedFigure(valueBase: number, unit: Unit, qualifier: string, lang: Language): string {
  const word = qualifierWord(qualifier, lang);
  const written = figure(valueBase, unit, lang);
  return word ? (lang === 'zh' ? `${word}${written}` : `${word} ${written}`) : written;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date YYYY-MM-DD in words: 2023年4月26日, 26 April 2023. */
export function dateWords(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A period code in words: 2023年第一季度, Q1 2023; from 13 February 2023 onwards. */
export function periodWords(period: string | null, lang: Language): string {
  if (!period || !periodRange(period)) return lang === 'zh' ? '未注明时间' : 'no period given';
  if (period.includes('/')) {
    const [from, to] = period.split('/');
    if (to === '..') return lang === 'zh' ? `${dateWords(from, lang)}以来` : `from ${dateWords(from, lang)} onwards`;
    if (from === '..') return lang === 'zh' ? `截至${dateWords(to, lang)}` : `until ${dateWords(to, lang)}`;
    return lang === 'zh' ? `${dateWords(from, lang)}至${dateWords(to, lang)}` : `${dateWords(from, lang)} to ${dateWords(to, lang)}`;
  }
  const year = period.slice(0, 4);
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return lang === 'zh' ? `${year}年第${'一二三四'[Number(quarter[1]) - 1]}季度` : `Q${quarter[1]} ${year}`;
  if (period.length === 7) {
    const month = Number(period.slice(5));
    return lang === 'zh' ? `${year}年${month}月` : `${MONTHS[month - 1]} ${year}`;
  }
  if (period.length === 10) return dateWords(period, lang);
  return lang === 'zh' ? `${year}年` : year;
}

/** Who made an article, as it names them: 金奉乾、院振东 (names of a byline), 王晶晶 (reporter), 赵满同 (editor). */
export function authorsWords(authors: readonly { name: string; role: string }[], lang: Language): string {
  const roles = { reporter: { zh: '记者', en: 'reporter' }, editor: { zh: '编辑', en: 'editor' } } as Record<
    string,
    Record<Language, string>
  >;
  return authors.map((a) => (roles[a.role] ? `${a.name} (${roles[a.role][lang]})` : a.name)).join(lang === 'zh' ? '、' : ', ');
}

/** When an article was published, as far as it says: 7 April 2023, 09:44; 2021年4月22日. */
export function publishedWords(source: { published_at?: string | null; published_on?: string | null }, lang: Language): string | null {
  const at = source.published_at;
  if (at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at))
    return `${dateWords(at.slice(0, 10), lang)}${lang === 'zh' ? ' ' : ', '}${at.slice(11, 16)}`;
  const on = source.published_on;
  return on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? dateWords(on, lang) : (on ?? null);
}
