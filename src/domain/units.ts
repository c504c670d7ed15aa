/**
 * Units: the one place that knows how a unit as written (unit_zh) maps to a
 * normalized unit and a power-of-ten factor. Values are scaled as decimal
 * strings so that 429.49亿元 becomes exactly 42949000000, never 42949000000.000004.
 */
import { readWrittenNumber } from './chinese.ts';

/** The closed list of normalized units (CURATION.md, "Values, units, qualifiers"). */
export const UNITS = [
  'CNY',
  'percent',
  'percentage_points',
  'count',
  'persons',
  'person_times',
  'households',
  'projects',
  'enterprises',
  'cases',
  'events',
  'kW',
  'kWh',
  't',
  'days',
  'working_days',
  'years',
  'minutes',
  'rank',
] as const;
export type Unit = (typeof UNITS)[number];

/** Magnitude words that may stand before the unit, longest first. */
const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
];

/**
 * Units written with a physical prefix of their own, mapped to the
 * normalized unit's power of ten (GW is 10^6 kW).
 */
const PHYSICAL: Record<string, { unit: Unit; exponent: number }> = {
  千瓦: { unit: 'kW', exponent: 0 },
  kW: { unit: 'kW', exponent: 0 },
  MW: { unit: 'kW', exponent: 3 },
  GW: { unit: 'kW', exponent: 6 },
  千瓦时: { unit: 'kWh', exponent: 0 },
  kWh: { unit: 'kWh', exponent: 0 },
  MWh: { unit: 'kWh', exponent: 3 },
  GWh: { unit: 'kWh', exponent: 6 },
  吨: { unit: 't', exponent: 0 },
};

/** Which written counters each normalized unit accepts (after the magnitude word). */
const COUNTERS: Record<Unit, readonly string[]> = {
  CNY: ['元'],
  percent: ['%'],
  percentage_points: ['个百分点', '百分点'],
  count: [
    '个',
    '项',
    '条',
    '部',
    '张',
    '座',
    '类',
    '件',
    '批',
    '支',
    '人',
    '名',
    '家',
    '种',
    '环节',
    '大类',
    '方面',
    '村',
    '处',
    '期',
    '套',
    '块',
    '份',
    '次',
    '县区',
    '',
  ],
  persons: ['人', '名', '余人', '位'],
  person_times: ['人次'],
  households: ['户'],
  projects: ['个', '项', '批', '座'],
  enterprises: ['家', '户', '个'],
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

/**
 * Splits a unit as written into its magnitude and counter and checks the
 * counter fits the normalized unit. Returns the power of ten to apply, or an
 * error message naming what did not fit.
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
    return { error: `unit_zh "${unitZh}" does not fit unit ${unit} (counter "${counter}")` };
  }
  return { unit, exponent };
}

/** Multiplies a decimal string by 10^exponent without floating-point error. */
export function scaleDecimal(decimal: string, exponent: number): string {
  if (!/^\d+(\.\d+)?$/.test(decimal)) throw new Error(`not a plain decimal: ${decimal}`);
  const [whole, fraction = ''] = decimal.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out = digits;
  if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/** The written value of an indicator scaled to its base unit, as a decimal string. */
export function valueBaseOf(valueText: string, unitZh: string, unit: Unit): string | string[] {
  const written = readWrittenNumber(valueText);
  if (written === null) return [`value_text "${valueText}" is not a number as written`];
  const normalized = normalizeMagnitude(unitZh, unit);
  if ('error' in normalized) return [normalized.error];
  return scaleDecimal(written, normalized.exponent);
}
