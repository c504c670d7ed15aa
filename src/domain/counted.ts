/**
 * What a number counts where the text writes no unit after it: an English noun a word or two after
 * it (629 investment projects), the times an award was won (两获贡献奖), or a rank (居全省第一位).
 * The units are src/domain/units.ts's.
 */
import type { WrittenFigure } from './figure.ts';
import { negationBefore } from './hedges.ts';
import { BREAK_AHEAD } from './sentences.ts';
import { type Unit, unitsOfWritten, type WrittenUnit } from './units.ts';

/** What English counts, named a word or two after its number (629 investment projects, 24 leading enterprises). */
const COUNTED =
  /^ (?:(?!(?:of|for|in|on|at|to|from|by|with|into|the|a|an|and|or)\b)[a-z][a-z-]* ){1,2}(projects|enterprises|companies|firms|households|cases)\b/;

/**
 * Any other plural noun after whole digits, up to three words between (13 strategic agreements): a count
 * of some kind, as 个 is, never money, a share or a measure, unless it is a unit's word; not a word that
 * only ends in s (has, its, business, status), nor a noun of money (funds, revenues) or points (25 points is a difference of shares).
 */
const ANY_COUNTED =
  /^ (?:(?!(?:of|for|in|on|at|to|from|by|with|into|the|a|an|and|or|has|was|is|its|this|as)\b)[a-z][a-z-]* ){0,3}?(?!(?:has|was|is|its|this|does|plus|thus|less|unless|always|perhaps|whereas|points|funds|investments|revenues|incomes|earnings|proceeds|assets|loans|arrears|payments|taxes|fees|costs|profits|sales|exports|imports)\b)([a-z][a-z-]*[^su\W]s)\b/;
const ANY_COUNT = {
  units: [...new Set([...(unitsOfWritten('个')?.units ?? []), 'persons', 'person_times', 'households', 'events'])],
  exponent: 0,
} as WrittenUnit;

/**
 * The units of a count whose noun stands a word or two after the number, no preposition between (not
 * 40 million for the projects); with `anyNoun`, of any plural noun (ANY_COUNTED); null when none does.
 */
export function countedAfter(rest: string, anyNoun = false): WrittenUnit | null {
  const noun = COUNTED.exec(rest)?.[1];
  if (noun) return unitsOfWritten(noun);
  const any = anyNoun ? ANY_COUNTED.exec(rest)?.[1] : undefined;
  // A unit's word after an adjective (465,000 metric tons, 5 calendar days) is that unit.
  return any ? (unitsOfWritten(any) ?? ANY_COUNT) : null;
}

/**
 * A Chinese numeral before 获 and the award it names (两获贡献奖, 一获进步奖: won twice, once) counts
 * the times won, as 两次 does; not 获批 or 获得 (一获批就开工: once approved).
 */
const TIMES_WON = /^获(?![批得取悉益准])[^,;:。!?、]{0,8}?(?:奖|称号|荣誉|表彰)/u;

/** The units of a Chinese numeral that counts the times an award was won (TIMES_WON); null when it does not. */
export const timesWon = (rest: string): WrittenUnit | null => (TIMES_WON.test(rest) ? unitsOfWritten('次') : null);

/**
 * A rank as the articles write one (居全省第一位, 位列第二): an ordinal after 居, 位居, 排名 …, which no other ordinal
 * is; or right after its field, as headlines write one (全省第一): not 全省第一批 or 第一个 (RANK_AFTER).
 */
const RANK_BEFORE = /(?:(?:居(?![民住家室所])|位居|位列|排名|排在|名列)[^,;。]{0,8}|(?:全国|全省|我省|全市|全区|全县)排?)第$/;
/** What may follow a rank's numeral: 位, 名, a break or the end (not a counter: 第一次, 第一批). */
const RANK_AFTER = new RegExp(`^(?:位|名|${BREAK_AHEAD})`);

/** The fields a rank may be among as English names them after it (first in the province), and the Chinese word of each. */
const ENGLISH_FIELDS: Record<string, string> = {
  province: '全省',
  gansu: '全省',
  country: '全国',
  nation: '全国',
  china: '全国',
  city: '全市',
};
const FIELD_AFTER = `\\b(?:in|among|of)\\s+(?:the\\s+(?:whole\\s+|entire\\s+)?|all\\s+|our\\s+)?(${Object.keys(ENGLISH_FIELDS).join('|')})\\b`;

/**
 * The field a rank is among (全国, 全省, 全市 …) as a text up to it names one (居全国第一: 全国; first in the
 * province: 全省, an English rank's figure holding its field), or as a record's label does.
 */
const RANK_FIELD = new RegExp(`全国|全省|我省|全市|全区|全县|${FIELD_AFTER}`, 'g');
export const rankField = (text: string): string | undefined => {
  const field = [...text.matchAll(RANK_FIELD)].at(-1);
  // 我省 (our province), as the province's own reporting writes it, is 全省.
  return field?.[1] ? ENGLISH_FIELDS[field[1]] : field?.[0] === '我省' ? '全省' : field?.[0];
};

/** Whether the number between `before` and `after` is a rank (居全省第二), not an ordinal of something else. */
export const isRank = (before: string, after: string) => before.endsWith('第') && RANK_BEFORE.test(before) && RANK_AFTER.test(after);

const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');
const ORDINAL_WORDS = ORDINALS.join('|');
/**
 * A rank as English writes one, with the field it is among: an ordinal after a verb of ranking (ranked second in
 * the province, came No. 1 in China), or before a superlative right before the field (the third highest in Gansu,
 * the second highest share in the province; not the second largest project in the province, nor the third most populous city);
 * a superlative alone is the first (the highest in the province; not one of the highest, nor the highest in the province's history).
 */
const ENGLISH_RANK = new RegExp(
  `\\b(?:(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|came|com(?:es|ing)|st(?:oo|an)d(?:s|ing)?)\\s+(?:as\\s+)?(?:the\\s+)?(?:no\\.?\\s*|number\\s+)?(${ORDINAL_WORDS}|(\\d{1,3})(?:st|nd|rd|th)?)\\b[^.;:!?]{0,24}?|(?:the\\s+)?(${ORDINAL_WORDS}|(\\d{1,3})(?:st|nd|rd|th))[\\s-]+(?:highest|largest|biggest|best|greatest)\\s+(?:(?:share|proportion|rate|level)\\s+)?|(?<!\\bone\\s+of\\s+)the\\s+(highest|largest|biggest|best|greatest)\\s+(?:(?:share|proportion|rate|level)\\s+)?)${FIELD_AFTER}(?!['’]s\\s+(?:history|records?)\\b)`,
  'g',
);
/**
 * A figure a text writes in words (ranked second, 首位, doubled), at its span: exact and whole unless `more` says
 * otherwise, with no unit written, no range and no negation.
 */
export const wordFigure = (
  at: Pick<WrittenFigure, 'start' | 'end' | 'numberStart' | 'numberEnd'>,
  decimal: string,
  units: Unit[],
  more: Partial<WrittenFigure> = {},
): WrittenFigure => ({
  ...at,
  decimal,
  exponent: 0,
  base: decimal,
  precision: 0,
  unitText: '',
  units,
  qualifier: null,
  negated: false,
  bound: false,
  range: null,
  change: null,
  short: false,
  ...more,
});

/**
 * First place in words, with no numeral (居全省首位, 位列全国首位, 全省居首): rank 1; so is the field's highest at
 * a clause's end (比重全省最高, 居全省之首), not the field's highest thing (全省最高的…, 全省最高峰), nor its highest
 * level as a mark (低于全省最高水平, 打造全省最高水平营商环境) or one compared with (仅次于全省最高, 接近全省最高: rev33).
 */
const FIRST_PLACE =
  /(?:居|位居|位列|排名|名列)(?:全国|全省|我省|全市|全区|全县)(首位)|(?:全国|全省|我省|全市|全区|全县)(?:居|位居)(首位|首)(?![付次批创发届])|(?<!低于|高于|接近|次于|距离?|向|对标|看齐|赶超|不及|逼近|超过|达到)(?:全国|全省|我省|全市|全区|全县)(最高|之首)(?=$|[，。；、,.;:：!！?？）)\s])/gu;

/** The ranks of a text written in words (ranked second in the province, 居全省首位), as figures of the unit rank, each up to its field (rankField reads it). */
export function rankWords(text: string): WrittenFigure[] {
  return [...text.matchAll(ENGLISH_RANK), ...text.matchAll(FIRST_PLACE)].map((m) => {
    const first = /(?:首位?|最高)$/.test(m[0]);
    const word = first ? (m[0].match(/首位|之首|首|最高$/)?.[0] ?? '首') : (m[1] ?? m[3] ?? m[5]);
    const digits = first || m[5] ? '1' : (m[2] ?? m[4]);
    const decimal = digits ?? String(ORDINALS.indexOf(word) + 1);
    const numberStart = (m.index ?? 0) + m[0].indexOf(word);
    const at = { start: numberStart, end: (m.index ?? 0) + m[0].length, numberStart, numberEnd: numberStart + word.length };
    // …not the highest, never ranked second: the rank said not to be (rev32).
    return wordFigure(at, decimal, ['rank'], { negated: negationBefore(text.slice(0, m.index ?? 0), false) >= 0 });
  });
}
