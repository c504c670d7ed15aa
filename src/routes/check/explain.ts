/**
 * What a verdict says, in English and Chinese: the recorded figure as the article writes it and in
 * base units, the quote it rests on with where it stands, and what differs (the value, a magnitude
 * word, a hedge). Every recorded figure named here stands beside its quote.
 */

import { someEnd } from '../../domain/bounds.ts';
import { hasOwnReading, textSpan } from '../../domain/chinese.ts';
import { type Figure, hedgeLeftOut, judgedAsBound, judgedAsSome, magnitudeSlip, type Verdict } from '../../domain/claims.ts';
import { compareDecimals, withinHalfUnit } from '../../domain/decimals.ts';
import { type Hedge, qualifierWord } from '../../domain/hedges.ts';
import { groupThousands } from '../../domain/magnitudes.ts';
import { isChange } from '../../domain/measures.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import { normalizeMagnitude, type Unit, unitInWords, unitWord, withUnit } from '../../domain/units.ts';
import { type Indicator, quoteOfFigure } from '../../resources/indicators.ts';
import type { Lexicon, Place } from './lexicon.ts';
import type { Match } from './schema.ts';

/** A record compared that its table no longer holds (the database replaced between two reads): an error, not a match of nothing. */
export const recordGone = (id: string): never => {
  throw new Error(`indicator ${id}, compared a moment ago, is gone from the database`);
};

/** A hedge in words, in a sentence about it: exactly, more than, 约 (an exact figure is 确数, not nothing). */
const hedge = (q: Hedge, lang: 'zh' | 'en') => (q === 'exact' ? (lang === 'zh' ? '确数' : 'exactly') : qualifierWord(q, lang));

/**
 * A value in base units for each reader, its digits grouped in Chinese too (a base value runs to a dozen
 * digits with no 亿 to read it by): 42,949,000,000元, 42,949,000,000 yuan, 68.1%, 第3位, rank 3.
 */
const baseZh = (decimal: string, unit: Unit) => withUnit(unit === 'rank' ? decimal : groupThousands(decimal), unit, 'zh');
const baseEn = (decimal: string, unit: Unit) => withUnit(unit === 'rank' ? decimal : groupThousands(decimal), unit, 'en', decimal === '1');

/** 10 to a power as a plain decimal (1000000, 0.01), and with its digits grouped (1,000,000). */
const tenTo = (exponent: number) => (exponent >= 0 ? `1${'0'.repeat(exponent)}` : `0.${'0'.repeat(-exponent - 1)}1`);
const power = (exponent: number) => groupThousands(tenTo(exponent));

/** The quote a record's figure stands in (a record may cite a passage before the one with its number). */
function quoteOf(indicator: Indicator): { en: string; zh: string } {
  const e = quoteOfFigure(indicator);
  if (!e) return { en: `Record: /indicators/${indicator.id}.`, zh: `记录：/indicators/${indicator.id}。` };
  // Where the article's script or damage differs from the Simplified reading (002), that reading too, named as the dataset's:
  // a reader of either language must not take the damage for text, nor miss a name the reading alone has. Not where they
  // differ only by the article's line breaks (000, 003).
  const own = hasOwnReading(e);
  return {
    en: `Quote, article ${e.source} (code points ${e.start}–${e.end}): “${e.text}”${own ? ` (the dataset’s Simplified reading, glosses stripped and known damage repaired: “${e.text_zh_hans}”)` : ''} — /indicators/${indicator.id}`,
    zh: `原文（文章${e.source}，第${e.start}–${e.end}字符，按码位计）：“${e.text}”${own ? `（数据集的简体读法：“${e.text_zh_hans}”）` : ''}——/indicators/${indicator.id}`,
  };
}

/** A record of an area within the claim's area that has the claimed figure. */
export type Within = { record: { id: string; label_en: string; label_zh: string }; place: Place; of: Place };

/** The sentence that names it: the figure is a county's, claimed for its city. */
export const withinWords = ({ record, place, of }: Within) => ({
  en: ` The claimed figure is record ${record.id}'s (${record.label_en}), of ${place.name_en} (${place.name_zh}), an area within ${of.name_en}.`,
  zh: `声明的数字是记录${record.id}（${record.label_zh}）的数字，属于${of.name_zh}下辖的${place.name_zh}。`,
});

export function explainMatch({
  verdict,
  figure,
  text,
  period,
  borrowed,
  indicator,
  recorded,
  lexicon,
  part,
  within,
  slip,
}: {
  verdict: Exclude<Verdict, 'not_found'>;
  figure: WrittenFigure;
  text: string;
  period: string | null;
  /** Whether the claim's period is another area's, written before the figure (src/domain/figure-periods.ts periodOfAnotherArea). */
  borrowed?: boolean;
  indicator: Indicator;
  recorded: Figure;
  lexicon: Lexicon;
  /** A record of part of the whole the claim speaks of that has the claimed figure, when this one does not. */
  part?: { record: { id: string; label_en: string; label_zh: string }; scope?: { name_en: string; name_zh: string } };
  /** A record of an area within the claim's that has the claimed figure, when this one does not. */
  within?: Within;
  /** The unit the claim wrote where the record has the same number in the unit confused with it (% for 个百分点). */
  slip?: Unit;
}): Match {
  const at = textSpan(text, figure);
  const said = text.slice(at.start, at.end);
  const written = `${indicator.value_text}${indicator.unit_zh}`;
  // The recorded figure in base units where that reads otherwise than as written (not 62.2% twice), and its hedge.
  const aside = (base: string, hedged: string, comma: string) =>
    [base === written ? '' : base, indicator.qualifier === 'exact' ? '' : hedged].filter(Boolean).join(comma);
  const asideEn = aside(baseEn(recorded.base, indicator.unit), hedge(indicator.qualifier, 'en'), ', ');
  const asideZh = aside(baseZh(recorded.base, indicator.unit), hedge(indicator.qualifier, 'zh'), '，');
  const record = `record ${indicator.id} (${indicator.label_en}) gives ${written}${asideEn ? ` (${asideEn})` : ''}`;
  const recordZh = `记录${indicator.id}（${indicator.label_zh}）为${written}${asideZh ? `（${asideZh}）` : ''}`;
  const claimedBase = baseEn(figure.base, indicator.unit);
  const claimedBaseZh = baseZh(figure.base, indicator.unit);
  // The claimed figure as said, and in base units where that reads otherwise (not 46.75% (46.75%)).
  const claimedEn = claimedBase === said ? said : `${said} (${claimedBase})`;
  const claimedZh = claimedBaseZh === said ? `“${said}”` : `“${said}”（${claimedBaseZh}）`;
  let en: string;
  let zh: string;
  const bound = judgedAsBound(figure, recorded) && verdict !== 'rounded' ? (figure.qualifier as Hedge) : null;
  const some = judgedAsSome(figure, recorded);
  // A claim that the value is not the figure (不是429.49亿元): contradicted by a record that gives it, even rounded,
  // and supported by one of the measure that gives another value.
  // Not 5000 of a record of 5000余 (more than 5000) holds, as the record is not that number.
  const notTheNumber = verdict === 'contradicted' || (verdict === 'rounded' && hedgeLeftOut(figure, recorded));
  const shown = figure.negated ? (notTheNumber ? 'supported' : 'contradicted') : verdict;
  if (figure.negated) {
    // The figure without the words that negate it (not 500亿元, not 不是500亿元).
    const figureAlone = text.slice(textSpan(text, { start: figure.numberStart, end: figure.end }).start, at.end);
    const notEn = `${figureAlone}${claimedBase === figureAlone ? '' : ` (${claimedBase})`}`;
    const notZh = `“${figureAlone}”${claimedBaseZh === figureAlone ? '' : `（${claimedBaseZh}）`}`;
    en =
      shown === 'contradicted'
        ? `Contradicted: ${record}; the claim says the figure is not ${notEn}${verdict === 'rounded' ? ', which the record rounds to' : ''}.`
        : `Supported: ${record}, not ${notEn}, as the claim says.`;
    zh =
      shown === 'contradicted'
        ? `不符：${recordZh}；声明称该数字并非${notZh}${verdict === 'rounded' ? '，而记录约为此数' : ''}。`
        : `属实：${recordZh}，并非${notZh}，与声明一致。`;
  } else if (slip) {
    en = `Contradicted: ${record}: the same number, but in ${unitInWords(indicator.unit)}, not ${unitInWords(slip)} as the claimed ${said} says; the claimed unit is wrong.`;
    zh = `不符：${recordZh}：数字相同，但单位是“${unitWord(indicator.unit, 'zh')}”，而非声明“${said}”的“${unitWord(slip, 'zh')}”；声明的单位有误。`;
  } else if (some) {
    const holds = verdict === 'supported';
    const end = someEnd(figure);
    en = `${holds ? 'Supported' : 'Contradicted'}: ${record}, ${holds ? 'within' : 'outside'} the claimed ${said} (from ${claimedBase} to short of ${baseEn(end, indicator.unit)}).`;
    zh = `${holds ? '属实' : '不符'}：${recordZh}，${holds ? '在' : '不在'}声明的“${said}”（${claimedBaseZh}至不足${baseZh(end, indicator.unit)}）之内。`;
  } else if (bound) {
    const holds = verdict === 'supported';
    en = `${holds ? 'Supported' : 'Contradicted'}: ${record}, ${holds ? 'within' : 'outside'} the claim's bound, ${said} (${hedge(bound, 'en')} ${claimedBase}).`;
    zh = `${holds ? '属实' : '不符'}：${recordZh}，${holds ? '在' : '不在'}声明的界限“${said}”（${hedge(bound, 'zh')}${claimedBaseZh}）之内。`;
  } else if (verdict === 'supported') {
    en = `Supported: ${record}, as claimed.`;
    zh = `属实：${recordZh}，与声明一致。`;
  } else if (verdict === 'rounded' && hedgeLeftOut(figure, recorded)) {
    // The record's own number with its hedge left out (4000万 of 4000多万): said, as the claim did not say it.
    en = `Rounded: ${record}; the claimed ${claimedEn} leaves out the record's "${hedge(indicator.qualifier, 'en')}": the record does not give that figure itself.`;
    zh = `约数：${recordZh}；声明的${claimedZh}略去了记录的“${hedge(indicator.qualifier, 'zh')}”：记录并非恰为此数。`;
  } else if (verdict === 'rounded') {
    const coarser = Math.max(figure.precision, recorded.precision);
    const unit = baseEn(tenTo(coarser), indicator.unit);
    const unitZh = baseZh(tenTo(coarser), indicator.unit);
    if (figure.precision >= recorded.precision) {
      en = `Rounded: ${record}; the claimed ${claimedEn} is that figure rounded to the nearest ${unit}.`;
      zh = `约数：${recordZh}；声明的${claimedZh}是该数字取整到${unitZh}的结果。`;
    } else {
      en = `Rounded: ${record}, given only to the nearest ${unit}; the claimed ${claimedEn} rounds to it, and its further digits cannot be checked.`;
      zh = `约数：${recordZh}，只精确到${unitZh}；声明的${claimedZh}取整后与之相符，更细的数位无法核对。`;
    }
  } else {
    en = `Contradicted: ${record}, not ${claimedEn}.`;
    zh = `不符：${recordZh}，而非声明的${claimedZh}。`;
    const apart = figure.base !== recorded.base;
    if (
      figure.qualifier === 'exact' &&
      apart &&
      withinHalfUnit(figure.base, recorded.base, Math.max(figure.precision, recorded.precision))
    ) {
      en += ' The claim says exactly, so it is not read as rounded.';
      zh += '声明为确数，不按约数比较。';
    }
    // A change the other way (下降50.38% against 增长50.38%): said, not left to the reader to see in a minus sign.
    const [claimedSign, recordedSign] = [figure.base, recorded.base].map((b) => compareDecimals(b, '0'));
    if (isChange(indicator.metric) && claimedSign * recordedSign === -1) {
      en += ` The claim gives a ${claimedSign < 0 ? 'fall' : 'rise'} where the record gives a ${recordedSign < 0 ? 'fall' : 'rise'}.`;
      zh += `声明为${claimedSign < 0 ? '下降' : '增长'}，记录为${recordedSign < 0 ? '下降' : '增长'}。`;
    }
    const times = magnitudeSlip(figure.base, recorded.base);
    if (times !== null) {
      // A magnitude word is wrong only where the two write different ones (14.1亿 of 1.41亿, 40 of 4: a digit or the point).
      const recordedMagnitude = normalizeMagnitude(indicator.unit_zh, indicator.unit);
      const words = 'exponent' in recordedMagnitude && recordedMagnitude.exponent !== figure.exponent;
      const factor = times > 0 ? power(times) : `1/${power(-times)}`;
      en += ` The claimed figure is the recorded one times ${factor}: ${words ? 'a magnitude word (万, 亿, million, billion) is wrong' : 'a digit or the decimal point is off'}.`;
      zh += `声明数字是记录的${factor}倍：${words ? '数量级单位（万、亿）有误' : '多或少了一位数，或小数点位置有误'}。`;
    }
  }
  if (
    !bound &&
    !some &&
    figure.qualifier &&
    figure.qualifier !== indicator.qualifier &&
    !(figure.qualifier === 'approx' && verdict === 'rounded')
  ) {
    // Nearly is about that falls short of the number, which a record's more than does not.
    const [claimedEn, claimedZh] = figure.short
      ? ['nearly (short of it)', '接近（不到）']
      : [hedge(figure.qualifier, 'en'), hedge(figure.qualifier, 'zh')];
    en += ` The claim says ${claimedEn}; the record says ${hedge(indicator.qualifier, 'en')}.`;
    zh += `声明为“${claimedZh}”，记录为“${hedge(indicator.qualifier, 'zh')}”。`;
  }
  if (part && !figure.negated) {
    en += ` The claimed figure is record ${part.record.id}'s (${part.record.label_en}; ${part.scope?.name_en}), of a part of the whole the claim speaks of.`;
    zh += `声明的数字是记录${part.record.id}（${part.record.label_zh}；${part.scope?.name_zh}）的数字，只是声明所说整体的一部分。`;
  }
  if (within && !figure.negated) {
    const note = withinWords(within);
    en += note.en;
    zh += note.zh;
  }
  if (borrowed && indicator.period === null) {
    en += ` The record states no period; the claim's period, ${period}, is read from another area's words before the figure.`;
    zh += `该记录未注明时间；声明的时间（${period}）出自该数字之前另一地区的文字。`;
  }
  if (indicator.estimated) {
    en += ' The record is an estimate or a plan (expected, planned, a total investment), not an outcome.';
    zh += '该记录为预计或计划数（预计、计划、总投资），并非实际完成数。';
  }
  const scope = indicator.scope ? lexicon.scopes.get(indicator.scope) : undefined;
  if (scope) {
    en += ` Scope: ${scope.name_en}.`;
    zh += `口径：${scope.name_zh}。`;
  }
  const quote = quoteOf(indicator);
  const unit = slip ?? (figure.units?.includes(indicator.unit) ? indicator.unit : figure.units?.length === 1 ? figure.units[0] : null);
  return {
    verdict: shown,
    indicator,
    claimed: {
      text: said,
      value: Number(figure.decimal),
      unit,
      value_base: Number(figure.base),
      qualifier: figure.qualifier,
      negated: figure.negated,
      period,
    },
    explanation_en: `${en} ${quote.en}`,
    explanation_zh: `${zh}${quote.zh}`,
  };
}
