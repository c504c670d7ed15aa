/**
 * What a comparison page says of its figures in a line: the largest, that all are the same, or why it names none (an
 * area gives several, the periods differ, none gives its period and they come from different articles).
 */
import { periodWords } from '../domain/period-words.ts';

/** That the figures shown are of different periods, which; without a year, what keeps one year's. */
export function periodsNote(periods: (string | null)[], lang: 'zh' | 'en', year: boolean): string {
  const named = periods.map((p) => periodWords(p, lang)).join(lang === 'zh' ? '、' : ', ');
  if (lang === 'zh') return `这些数据所属的时间不同（${named}），并列时请留意。${year ? '' : '用 year= 只看时间与某一年重叠的数据。'}`;
  return `These figures are of different periods (${named}), so mind them side by side.${year ? '' : ' year= keeps those whose period overlaps one year.'}`;
}

type Facts = {
  /** Two rows or more, and all of them (a page of the rows may not hold the set's largest). */
  ranked: boolean;
  /** The areas that give more than one figure here. */
  several: string[];
  allSame: boolean;
  /** Why figures may not be of one time: their periods differ, or none gives one and they come from several articles. */
  apart: 'periods' | 'undated' | null;
  /** The rows that give the largest figure, named, and that figure. */
  largest: string[];
  largestFigure: string;
};

/** The finding line, or none where the page shows no whole set. */
export function findingOf(lang: 'zh' | 'en', f: Facts): string | undefined {
  if (!f.ranked) return undefined;
  if (f.several.length > 0)
    return lang === 'zh'
      ? `${f.several.join('、')}在此有不止一项数据（时间不同，或所计范围不同，见下表），故不指出最大者。`
      : `${f.several.join(' and ')} ${f.several.length > 1 ? 'give' : 'gives'} more than one figure here (of other periods, or counting other things: see the table), so none is called the largest.`;
  if (f.allSame) return lang === 'zh' ? `均为${f.largestFigure}。` : `All the same: ${f.largestFigure}.`;
  if (f.apart === 'periods')
    return lang === 'zh'
      ? '这些数据所属的时间不同（见下），故不指出最大者。'
      : 'These figures are of different periods (below), so none is called the largest.';
  if (f.apart === 'undated')
    return lang === 'zh'
      ? '这些数据均未注明时间，出自不同的文章，未必属同一时期，故不指出最大者。'
      : 'None of these figures gives its period and they come from different articles, so they may not be of one time, and none is called the largest.';
  return lang === 'zh' ? `最大：${f.largest.join('、')}，${f.largestFigure}。` : `Largest: ${f.largest.join(' and ')}, ${f.largestFigure}.`;
}
