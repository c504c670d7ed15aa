/**
 * What a figure with no match says, in English and Chinese: why (no area, no measure, another
 * period, another currency, only a part), and the records it may have meant, named, never compared.
 */

import { qualifierWord } from '../../domain/hedges.ts';
import { periodWords } from '../../domain/period-words.ts';
import { periodParts } from '../../domain/periods.ts';
import { type Within, withinWords } from './explain.ts';
import type { Place } from './lexicon.ts';

/** A record named in an explanation, with its figure. */
type Named = { id: string; label_en: string; label_zh: string; value_text: string; unit_zh: string; qualifier?: string };

/** The sentence that names records with the claimed number whose measure the words did not match: the claim may mean one of them, in other words. */
function sameWords(records: Named[]) {
  if (records.length === 0) return { en: '', zh: '' };
  const en = records.map((r) => `${r.id} (${r.label_en}) gives ${r.value_text}${r.unit_zh}`).join('; ');
  const zh = records.map((r) => `${r.id}（${r.label_zh}）为${r.value_text}${r.unit_zh}`).join('；');
  return {
    en: ` The number (or one it rounds) is in a record whose measure the claim's words did not match: ${en}. If the claim means that measure, say it in the record's words to check it.`,
    zh: `该数字（或可约为该数字的数）见于声明用语未能对应其口径的记录：${zh}。若声明所指即此，请用该记录的说法写明再核对。`,
  };
}

type NotFound = 'figure' | 'area' | 'measure' | 'period' | 'currency' | 'part' | 'case' | 'taken' | 'open' | 'plan' | 'target' | 'together';

/** Why a figure has no match, and for a claim of another period, which records of its area and measure there are (never compared). */
export function explainNotFound(
  reason: NotFound,
  {
    area,
    period,
    elsewhere = [],
    within,
    same = [],
    part,
    together = [],
  }: {
    area?: Place;
    /** The areas a figure is claimed for together (临泽县和山丹县共…), where it is. */
    together?: Place[];
    period?: string | null;
    elsewhere?: { id: string; period: string | null }[];
    within?: Within;
    /** Records of the area with the claimed number under another measure: named, never compared. */
    same?: Named[];
    /** The record of a part of the claimed whole, the only one of that measure the area has. */
    part?: { record: Named; scope?: { name_en: string; name_zh: string } };
  },
): { explanation_en: string; explanation_zh: string } {
  const where = area ? `${area.name_en} (${area.name_zh})` : '';
  // "for 2023", "for Q1 2023"; a span open at one end says its own preposition (as of 18 February 2024, from … onwards).
  const openEnded = ['since', 'until'].includes(periodParts(period ?? '')?.kind ?? '');
  const when = period ? ` ${openEnded ? '' : 'for '}${periodWords(period, 'en')}` : '';
  const whenZh = period ? periodWords(period, 'zh') : '';
  switch (reason) {
    case 'figure':
      return {
        explanation_en:
          'Not found: the text states no figure to check (digits, Chinese numerals, or an English number word before what it counts: five days; with 万, 亿, million, billion or percent; of at most 24 digits).',
        explanation_zh:
          '未找到：文本中没有可核对的数字（阿拉伯数字、中文数字，或后接所计之物的英文数词，如 five days；可带万、亿、million、billion 或百分比；至多 24 位）。',
      };
    case 'area':
      return {
        explanation_en: 'Not found: the claim names no area the dataset holds (see /cities), so no record is of its area.',
        explanation_zh: '未找到：声明中没有数据集所含的地区（见 /cities），无法对应任何记录。',
      };
    case 'together':
      return {
        explanation_en: `Not found: the claim gives one figure for ${together.map((p) => `${p.name_en} (${p.name_zh})`).join(' and ')} together; the dataset's records are each area's own, and no record is of their sum, so none is compared with it.`,
        explanation_zh: `未找到：声明给出的是${together.map((p) => p.name_zh).join('、')}合起来的一个数字；数据集中的记录各属一个地区，没有它们合计之数的记录，故不作比较。`,
      };
    case 'currency':
      return {
        explanation_en: 'Not found: the figure is in a currency the dataset does not record; all of its money is in yuan (CNY).',
        explanation_zh: '未找到：该数字的币种不在数据集之内；数据集中的金额均以人民币（元）计。',
      };
    case 'measure':
      return {
        explanation_en: `Not found: the dataset holds no record of ${where}${when} measuring what this figure measures, in a unit it can be.${within ? withinWords(within).en : ''}${sameWords(same).en}`,
        explanation_zh: `未找到：数据集中没有${area?.name_zh ?? ''}${whenZh}所指内容与该数字相同、单位可以换算的记录。${within ? withinWords(within).zh : ''}${sameWords(same).zh}`,
      };
    case 'part':
      return {
        explanation_en: `Not found: of ${where}${when} the dataset holds only a part of what the claim measures: record ${part?.record.id} (${part?.record.label_en}; ${part?.scope?.name_en}) gives ${part?.record.value_text}${part?.record.unit_zh}. A whole may differ from its part, so the two are not compared; name the part to check it.${within ? withinWords(within).en : ''}`,
        explanation_zh: `未找到：数据集中${area?.name_zh ?? ''}${whenZh}只有声明所说内容的一部分：记录${part?.record.id}（${part?.record.label_zh}；${part?.scope?.name_zh}）为${part?.record.value_text}${part?.record.unit_zh}。整体可能不同于部分，二者不作比较；声明写明该部分方可核对。${within ? withinWords(within).zh : ''}`,
      };
    // A record that is a bound (5000余, more than 5000) holding the claimed figure (5200): it does not say which.
    case 'open':
      return {
        explanation_en: `Not found: record ${part?.record.id} (${part?.record.label_en}) gives ${qualifierWord(part?.record.qualifier ?? '', 'en')} ${part?.record.value_text}${part?.record.unit_zh}, a bound or a range that holds the claimed figure without giving it, so it neither supports nor contradicts it.`,
        explanation_zh: `未找到：记录${part?.record.id}（${part?.record.label_zh}）为${qualifierWord(part?.record.qualifier ?? '', 'zh')}${part?.record.value_text}${part?.record.unit_zh}，是一个界限或范围，包含声明的数字却未给出该数，既不能证实也不能否定。`,
      };
    // A plan or an estimate claimed as done: the article does not say it was.
    case 'plan':
      return {
        explanation_en: `Not found: of ${where}${when} the dataset holds this only as a plan or an estimate: record ${part?.record.id} (${part?.record.label_en}) gives ${part?.record.value_text}${part?.record.unit_zh}. The article does not say it was achieved; a claim that says it is planned or expected (计划, 预计, planned, expected), or a total investment or a scale, is compared with it.`,
        explanation_zh: `未找到：数据集中${area?.name_zh ?? ''}${whenZh}的这项数据只是计划或预计数：记录${part?.record.id}（${part?.record.label_zh}）为${part?.record.value_text}${part?.record.unit_zh}。文章并未说已经实现；声明写明计划、预计，或为总投资、规模，方与之比较。`,
      };
    case 'target':
      return {
        explanation_en: `Not found: the claim states a target (力争, 争取, aims to); the dataset holds what ${where}${when} did, not a target: record ${part?.record.id} (${part?.record.label_en}) gives ${part?.record.value_text}${part?.record.unit_zh}. What was done does not judge what was aimed at.`,
        explanation_zh: `未找到：声明所说的是目标（力争、争取）；数据集中记录的是${area?.name_zh ?? ''}${whenZh}实际完成的数据，而非目标：记录${part?.record.id}（${part?.record.label_zh}）为${part?.record.value_text}${part?.record.unit_zh}。实际完成的数字不能用来核对目标。`,
      };
    // The record the words describe is what another figure of the text is (…77个项目和新入库的28个项目: the 77).
    case 'taken':
      return {
        explanation_en: `Not found: the record the words around this figure describe, ${part?.record.id} (${part?.record.label_en}), gives ${part?.record.value_text}${part?.record.unit_zh}, which is another figure of the text, not this one; the dataset holds no other record of what this figure measures.`,
        explanation_zh: `未找到：该数字前后文字所指的记录${part?.record.id}（${part?.record.label_zh}）为${part?.record.value_text}${part?.record.unit_zh}，是文本中的另一个数字，而非此数字；数据集中没有衡量此数字所指内容的其他记录。`,
      };
    // A case's figure (a building's households, the days one problem took) is not its area's, though no whole is given.
    case 'case':
      return {
        explanation_en: `Not found: of ${where}${when} the dataset holds what the claim measures only for one case: record ${part?.record.id} (${part?.record.label_en}; ${part?.scope?.name_en}) gives ${part?.record.value_text}${part?.record.unit_zh}. A case's figure is not the area's, so the two are not compared; name the case (its place or subject) to check it.`,
        explanation_zh: `未找到：数据集中${area?.name_zh ?? ''}${whenZh}只有单个案件的这项数据：记录${part?.record.id}（${part?.record.label_zh}；${part?.scope?.name_zh}）为${part?.record.value_text}${part?.record.unit_zh}。案件的数字不是全地区的，二者不作比较；声明写明该案件（地点或对象）方可核对。`,
      };
    case 'period': {
      // Records of another period, and records whose text states none (which no claimed period can be matched to).
      const dated = elsewhere.filter((r) => r.period !== null);
      const undated = elsewhere.filter((r) => r.period === null).map((r) => r.id);
      const en = [
        dated.length > 0 ? `for other periods (${dated.map((r) => `${r.id}: ${periodWords(r.period, 'en')}`).join(', ')})` : '',
        undated.length > 0 ? `with no period stated (${undated.join(', ')})` : '',
      ].filter(Boolean);
      const zh = [
        dated.length > 0 ? `其他时期的记录（${dated.map((r) => `${r.id}：${periodWords(r.period, 'zh')}`).join('；')}）` : '',
        undated.length > 0 ? `未注明时间的记录（${undated.join('、')}）` : '',
      ].filter(Boolean);
      return {
        explanation_en: `Not found: the dataset holds no record of ${where}${when} measuring this; it holds that measure only ${en.join(' or ')}, which are not compared with the claim.`,
        explanation_zh: `未找到：数据集中没有${area?.name_zh ?? ''}${whenZh}的该项记录；只有${zh.join('或')}，不与声明比较。`,
      };
    }
  }
}
