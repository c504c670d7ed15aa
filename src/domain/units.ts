/**
 * Units: the one place that knows how a unit as written (unit_zh) maps to a
 * normalized unit and a power-of-ten factor. Values are scaled as decimal
 * strings so that 429.49亿元 becomes exactly 42949000000, never 42949000000.000004.
 */

import { scaleDecimal } from './decimals.ts';
import { NUMERAL_POWERS, type NumeralUnit, readWrittenNumber } from './numerals.ts';

/** The closed list of normalized units (docs/CURATION.md, "Values, units and base values"). */
// biome-ignore format: a list
export const UNITS = [
  'CNY', 'percent', 'percentage_points', 'count', 'persons', 'person_times', 'households', 'projects', 'enterprises',
  'market_entities', 'cases', 'events', 'kW', 'kWh', 't', 'days', 'working_days', 'years', 'minutes', 'rank',
] as const;
export type Unit = (typeof UNITS)[number];

/** Each unit's words after a number, Chinese (no space: 万人次) and English (person-times), and its Chinese name alone (项目). */
// biome-ignore format: a table
const UNIT_WORDS: Record<Unit, readonly [zh: string, en: string, nameZh: string]> = {
  CNY: ['元', 'yuan', '元'], percent: ['%', '%', '百分比'], percentage_points: ['个百分点', 'percentage points', '百分点'],
  count: ['', '', '个数'], persons: ['人', 'people', '人'], person_times: ['人次', 'person-times', '人次'],
  households: ['户', 'households', '户'], projects: ['个项目', 'projects', '项目'], enterprises: ['家企业', 'enterprises', '企业'],
  market_entities: ['户经营主体', 'market entities', '经营主体'],
  cases: ['件', 'cases', '件'], events: ['次', 'events', '次'], kW: ['千瓦', 'kW', '千瓦'], kWh: ['千瓦时', 'kWh', '千瓦时'],
  t: ['吨', 'tonnes', '吨'], days: ['天', 'days', '天'], working_days: ['个工作日', 'working days', '工作日'],
  years: ['年', 'years', '年'], minutes: ['分钟', 'minutes', '分钟'], rank: ['位', '', '位次'],
};

/**
 * The unit a claim may write for another, the number kept: a rise of 24.75个百分点 said as 24.75%. Checked
 * in the other, an equal figure is named as the claim's unit slip, not passed over as another measure.
 */
export const CONFUSED_UNIT: Partial<Record<Unit, Unit>> = { percent: 'percentage_points', percentage_points: 'percent' };

/** Shares: a number of one is written as such (%, 个百分点, percent), so a number written with no unit is more likely no share. */
export const SHARES: readonly Unit[] = ['percent', 'percentage_points'];

/** A unit named in an English sentence, not after a number: percent (not %), percentage points, yuan. */
export const unitInWords = (unit: Unit) => (unit === 'percent' ? 'percent' : UNIT_WORDS[unit][1] || unit);

/** The English words after the number one (1 working day, 1 person), where they are not the plural's. */
// biome-ignore format: a table
const ENGLISH_ONE: Partial<Record<Unit, string>> = {
  persons: 'person', person_times: 'person-time', households: 'household', projects: 'project', enterprises: 'enterprise',
  market_entities: 'market entity',
  cases: 'case', events: 'event', t: 'tonne', days: 'day', working_days: 'working day', years: 'year', minutes: 'minute',
  percentage_points: 'percentage point',
};

/** The words a reader of the language writes after a number of this unit (人次, person-times; after one, person-time). */
export const unitWord = (unit: Unit, lang: 'zh' | 'en', one = false) =>
  lang === 'en' && one ? (ENGLISH_ONE[unit] ?? UNIT_WORDS[unit][1]) : UNIT_WORDS[unit][lang === 'zh' ? 0 : 1];

/**
 * A number as written (grouped or not, with its magnitude word or not) and its unit, as each language
 * puts them: 第3位 and rank 3, 68.1%, 429.49亿元 and 42.949 billion yuan. `one`: the number is one (an
 * English unit in the singular). How the number itself is written is the caller's.
 */
export function withUnit(number: string, unit: Unit, lang: 'zh' | 'en', one = false): string {
  if (unit === 'rank') return lang === 'zh' ? `第${number}位` : `rank ${number}`;
  const word = unitWord(unit, lang, one);
  return lang === 'zh' || word === '' || word === '%' ? `${number}${word}` : `${number} ${word}`;
}

/** The words a unit goes by (元, yuan; 人次, person-times), to find it from a word. */
export const unitNames = (unit: string): string[] =>
  [...new Set([...(UNIT_WORDS[unit as Unit] ?? []), ENGLISH_ONE[unit as Unit] ?? ''])].filter(Boolean);

/** A unit's name where it stands alone (a facet, an option): its word in each language (人次, person-times; 百分点, percentage points). */
export const unitName = (unit: string, lang: 'zh' | 'en'): string =>
  !(unit in UNIT_WORDS) ? unit : lang === 'zh' ? UNIT_WORDS[unit as Unit][2] : unitInWords(unit as Unit);

/** Magnitude words that may stand before the unit, longest first, each with its power of ten (千亿: 3 + 8). */
const MAGNITUDE_WORDS: readonly (readonly NumeralUnit[])[] = [['千', '亿'], ['百', '亿'], ['千', '万'], ['百', '万'], ['亿'], ['万']];
export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = MAGNITUDE_WORDS.map((units) => [
  units.join(''),
  units.reduce((power, unit) => power + NUMERAL_POWERS[unit], 0),
]);

/** A unit as written without the magnitude words before it (亿元: 元; 万亿元: 元; 万人次: 人次), which a unit code leaves to the value's base. */
export const withoutMagnitude = (written: string): string => {
  const magnitude = MAGNITUDES.find(([word]) => written.startsWith(word) && written.length > word.length);
  return magnitude ? withoutMagnitude(written.slice(magnitude[0].length)) : written;
};

/** The English words for magnitudes, as English renders 万 and 亿 figures (429亿元: 42.9 billion yuan). */
// biome-ignore format: a table
export const ENGLISH_MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  // 万 and 亿 as translations write them (10782.09 ten thousand yuan, 429.49 hundred million yuan; 429.49 100 million yuan).
  ['ten thousand', 4], ['hundred million', 8], ['100 million', 8], ['10,000', 4], ['10 thousand', 4],
  ['hundred', 2], ['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12],
  ['bn', 9], ['bln', 9], ['mn', 6], ['mln', 6], ['trln', 12],
];

/** A magnitude English abbreviates glued to the digits (19.6m tourist visits), never after a space (5 m) nor before a hyphen (10m-tall); k is left out (a 5k pipeline). */
export const GLUED_MAGNITUDES: ReadonlyArray<readonly [string, number]> = [['m', 6]];

/**
 * Units written with a physical prefix of their own, mapped to the
 * normalized unit's power of ten (GW is 10^6 kW).
 */
const PHYSICAL: Record<string, { unit: Unit; exponent: number }> = {
  千瓦: { unit: 'kW', exponent: 0 },
  kW: { unit: 'kW', exponent: 0 },
  MW: { unit: 'kW', exponent: 3 },
  GW: { unit: 'kW', exponent: 6 },
  // Megawatts and gigawatts as Chinese writes them (300兆瓦 is 30万千瓦).
  兆瓦: { unit: 'kW', exponent: 3 },
  吉瓦: { unit: 'kW', exponent: 6 },
  千瓦时: { unit: 'kWh', exponent: 0 },
  kWh: { unit: 'kWh', exponent: 0 },
  MWh: { unit: 'kWh', exponent: 3 },
  GWh: { unit: 'kWh', exponent: 6 },
  兆瓦时: { unit: 'kWh', exponent: 3 },
  吉瓦时: { unit: 'kWh', exponent: 6 },
  吨: { unit: 't', exponent: 0 },
};

/** Which written counters each normalized unit accepts (after the magnitude word). */
const COUNTERS: Record<Unit, readonly string[]> = {
  CNY: ['元'],
  percent: ['%'],
  percentage_points: ['个百分点', '百分点'],
  count: [...'个 项 条 部 张 座 类 件 批 支 人 名 家 种 环节 大类 方面 村 处 期 套 块 份 次'.split(' '), ''],
  persons: ['人', '名', '余人', '位'],
  person_times: ['人次'],
  households: ['户'],
  projects: ['个', '项', '批', '座'],
  enterprises: ['家', '户', '个'],
  // 经营主体 (firms and individual businesses, 个体工商户) are counted in 户: no enterprises alone.
  market_entities: ['户', '家', '个'],
  cases: ['件', '个', '项', '条', '起'],
  events: ['次', '场', '场次', '期', '轮', '讲', '批', '项'],
  kW: [],
  kWh: [],
  t: [],
  days: ['天', '日'],
  working_days: ['个工作日', '工作日'],
  years: ['年'],
  minutes: ['分钟'],
  rank: ['位', '名'],
};

export type Normalized = { unit: Unit; exponent: number };

/** English unit words and the normalized units each can be (with a power of ten, for physical prefixes). */
const ENGLISH_UNITS: Record<string, { units: Unit[]; exponent: number }> = {
  yuan: { units: ['CNY'], exponent: 0 },
  rmb: { units: ['CNY'], exponent: 0 },
  cny: { units: ['CNY'], exponent: 0 },
  percent: { units: ['percent'], exponent: 0 },
  'per cent': { units: ['percent'], exponent: 0 },
  'percentage points': { units: ['percentage_points'], exponent: 0 },
  'percentage point': { units: ['percentage_points'], exponent: 0 },
  pp: { units: ['percentage_points'], exponent: 0 },
  'pct points': { units: ['percentage_points'], exponent: 0 },
  // The API's own key, pasted with a value.
  percentage_points: { units: ['percentage_points'], exponent: 0 },
  'person-times': { units: ['person_times'], exponent: 0 },
  'person times': { units: ['person_times'], exponent: 0 },
  people: { units: ['persons', 'person_times'], exponent: 0 },
  persons: { units: ['persons', 'person_times'], exponent: 0 },
  households: { units: ['households'], exponent: 0 },
  projects: { units: ['projects'], exponent: 0 },
  enterprises: { units: ['enterprises'], exponent: 0 },
  companies: { units: ['enterprises'], exponent: 0 },
  firms: { units: ['enterprises'], exponent: 0 },
  cases: { units: ['cases'], exponent: 0 },
  tonnes: { units: ['t'], exponent: 0 },
  tons: { units: ['t'], exponent: 0 },
  kilowatts: { units: ['kW'], exponent: 0 },
  megawatts: { units: ['kW'], exponent: 3 },
  gigawatts: { units: ['kW'], exponent: 6 },
  'working days': { units: ['working_days'], exponent: 0 },
  days: { units: ['days', 'working_days'], exponent: 0 },
  years: { units: ['years'], exponent: 0 },
  minutes: { units: ['minutes'], exponent: 0 },
};
// Singular, as an adjective joined by a hyphen writes them: a 300,000-kilowatt plant, a five-day wait.
for (const one of ['tonne', 'ton', 'kilowatt', 'megawatt', 'gigawatt', 'day', 'minute']) ENGLISH_UNITS[one] = ENGLISH_UNITS[`${one}s`];
ENGLISH_UNITS['working-day'] = ENGLISH_UNITS['working days'];
// After one, as ENGLISH_ONE writes it (cut to one working day). Not year or day: "in one year" says when, not a figure.
ENGLISH_UNITS['working day'] = ENGLISH_UNITS['working days'];

/**
 * Currencies the dataset never records (all of its money is yuan): a figure in one is in no unit of
 * the dataset, so it matches no record (a claim of 429.49亿美元 is not 429.49亿元). Named before the
 * number (新台币123.1亿元, as Taiwan writes an amount; 新台币约123亿元), the amount is in it when 元 or
 * no counter follows (新台币123亿人次 counts people).
 */
const OTHER_CURRENCIES_ZH =
  '美元 美金 港元 港币 港纸 欧元 欧罗 英镑 日元 日币 日圆 新台币 台币 韩元 韩币 韩圜 澳门元 澳门币 葡币 澳元 澳币 加元 加币 纽币 新加坡元 新加坡币 新币 星币 马币 越南盾 披索 卢布 卢比 泰铢 法郎'.split(
    ' ',
  );
/** The ISO 4217 codes of such currencies, read before the number (USD 4.2 billion) or after it (4.2 billion USD). */
const CURRENCY_CODES = 'usd hkd twd ntd eur gbp jpy krw sgd aud cad nzd myr mop'.split(' ');
/** Currencies whose name is also an English word (Wuwei won 5 awards): a verb where a noun follows it, unless after a magnitude. */
export const CURRENCY_ALSO_A_WORD: readonly string[] = ['won'];
const OTHER_CURRENCIES: readonly string[] = [
  ...OTHER_CURRENCIES_ZH,
  ...CURRENCY_CODES,
  ...CURRENCY_ALSO_A_WORD,
  ...'u.s. dollars|us dollars|dollars|hong kong dollars|hk dollars|new taiwan dollars|taiwan dollars|nt dollars|singapore dollars|australian dollars|canadian dollars|euros|pounds|yen|ringgit|patacas'.split(
    '|',
  ),
];
const CURRENCY_NAME_BEFORE = new RegExp(`(?:${OTHER_CURRENCIES_ZH.join('|')})\\s*$`);
const CURRENCY_SIGN_BEFORE = new RegExp(`(?:us|hk|a|c|nt)?\\$\\s*$|[€£]\\s*$|\\b(?:${CURRENCY_CODES.join('|')})\\s*$`);
/**
 * Whether a figure is money in such a currency by what stands before its number: a sign with no unit
 * after (US$4.2 billion), or a name with 元 or none (新台币123.1亿元), read in `words`, the words
 * before without the hedge or negation nearest the number (新台币约123亿元).
 */
export const otherCurrencyBefore = (before: string, words: string, unitWord: string): boolean =>
  (CURRENCY_SIGN_BEFORE.test(before) && unitWord === '') || (CURRENCY_NAME_BEFORE.test(words) && (unitWord === '' || unitWord === '元'));
/** Yuan by its code before a number with no unit after (RMB48.679bn, CNY 4.2 billion), as wire copy writes it. */
export const yuanBefore = (before: string, unitWord: string): boolean => unitWord === '' && /\b(?:rmb|cny)\s*$/.test(before);
/** Ways a claim writes yuan that no record does: 300亿人民币 is 300亿元. */
const YUAN_ALSO: readonly string[] = ['人民币'];

/** A unit as a text writes it after a number: the normalized units it can be, and its power of ten. */
export type WrittenUnit = { units: Unit[]; exponent: number };

/** Every way this module knows a unit to be written, lower case, longest first (a reader matches greedily). */
export const WRITTEN_UNITS: readonly string[] = [
  ...new Set([
    ...Object.values(COUNTERS).flat(),
    ...Object.keys(PHYSICAL).map((u) => u.toLowerCase()),
    ...Object.keys(ENGLISH_UNITS),
    ...OTHER_CURRENCIES,
    ...YUAN_ALSO,
    '％',
    '成',
  ]),
]
  .filter((u) => u !== '')
  .sort((a, b) => b.length - a.length);

/**
 * The normalized units a unit written after a number (and after its magnitude word) can be: 个 is
 * a count, projects, enterprises or cases; GW is kW times 10^6; yuan is CNY; US dollars none. Null
 * when the text writes no unit this module knows: the figure's unit is then unknown, not a count.
 */
export function unitsOfWritten(written: string): WrittenUnit | null {
  const lower = written.toLowerCase();
  if (lower === '') return null;
  if (lower === '%' || lower === '％') return { units: ['percent'], exponent: 0 };
  // 成, a tenth: 五成 is 50%, 超五成 more than 50%.
  if (lower === '成') return { units: ['percent'], exponent: 1 };
  const physical = Object.entries(PHYSICAL).find(([u]) => u.toLowerCase() === lower)?.[1];
  if (physical) return { units: [physical.unit], exponent: physical.exponent };
  const english = ENGLISH_UNITS[lower];
  if (english) return english;
  if (OTHER_CURRENCIES.includes(lower)) return { units: [], exponent: 0 };
  if (YUAN_ALSO.includes(lower)) return { units: ['CNY'], exponent: 0 };
  const units = UNITS.filter((u) => COUNTERS[u].includes(written));
  return units.length > 0 ? { units, exponent: 0 } : null;
}

/**
 * Splits a unit as written into its magnitude and counter and checks the counter fits the normalized
 * unit. Returns the power of ten to apply, or an error message naming what did not fit and what would.
 */
export function normalizeMagnitude(unitZh: string, unit: Unit): Normalized | { error: string } {
  const physical = PHYSICAL[unitZh];
  if (physical) {
    return physical.unit === unit ? physical : { error: `unit_zh "${unitZh}" is ${physical.unit}, not ${unit}` };
  }
  let exponent = 0;
  let counter = unitZh;
  for (const [word, power] of MAGNITUDES) {
    if (counter.startsWith(word) && counter !== word) {
      exponent = power;
      counter = counter.slice(word.length);
      break;
    }
  }
  // 万千瓦, 万吨, 亿千瓦时: a magnitude word before a physical unit.
  const inner = PHYSICAL[counter];
  if (inner) {
    return inner.unit === unit
      ? { unit, exponent: exponent + inner.exponent }
      : { error: `unit_zh "${unitZh}" is ${inner.unit}, not ${unit}` };
  }
  if (!COUNTERS[unit].includes(counter)) {
    const taken = COUNTERS[unit].map((c) => c || 'none').join(', ');
    return { error: `unit_zh "${unitZh}" does not fit unit ${unit} (counter "${counter}"; ${unit} takes ${taken})` };
  }
  return { unit, exponent };
}

/** The written value of an indicator scaled to its base unit, as a decimal string. */
export function valueBaseOf(valueText: string, unitZh: string, unit: Unit): string | string[] {
  const written = readWrittenNumber(valueText);
  if (written === null) return [`value_text "${valueText}" is not a number as written`];
  const normalized = normalizeMagnitude(unitZh, unit);
  if ('error' in normalized) return [normalized.error];
  return scaleDecimal(written, normalized.exponent);
}
