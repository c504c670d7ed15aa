/**
 * When a word for the province (全省, 我省, province-wide, the province) names the area of a figure in a claim, and when it
 * is only what an area is measured against, ranked in or set a target by (src/routes/check/text.ts, figure-area.ts).
 */
import { OUTSIDE, type WrittenPlace } from './places.ts';

/**
 * The province after a rank or a comparison (居全省第一, 高于全省目标, ranking first in the province, above the
 * province's target) is what an area is measured against, never the area of the figure.
 */
const MEASURED_AGAINST =
  /(?:居|位居|位列|排名|名列|排在|高于|低于|快于|慢于|领先)$|\b(?:rank(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}(?:in|across|of)|(?:first|second|third|top|highest|lowest|best|most|above|below|than|ahead of|behind)(?:\s+(?:in|across|of))?)\s*$/;
/** What the province sets an area (the province's target, 全省部署, 全省调度目标): no area of its own figures. */
const SET_BY =
  /^(?:['’]s)?\s*(?:[a-z-]+\s+)?(?:targets?|goals?|average|requirements?|deployment|plans?)\b|^(?:调度)?(?:目标|平均|部署|要求)/u;
/**
 * Words after 全省 that rank an area in it or say it was first there (全省排名第一, 全省各市州中排名第一, 全省第一, 全省率先, 全省首家):
 * a standard, no subject.
 */
const RANKED_IN =
  /^(?:各?市州|各地州市|各市|范围内|之内)?中?(?:排名|排位|排第|名列|位居|位列|居|第[一二三四五六七八九十\d]+(?:名|位)?(?![季批次期届个])|率先|首家|首个|首批|唯一|最(?:多|少|高|低|大|小|快|慢|早|先|好|佳|优|前)|前列|领先)/u;
/**
 * After a comparison, the province with a figure of its own after words of its own, or a count of its own, is that figure's
 * area (高于全省省列重大项目投资完成率107.1%, than the province's 99.84%, 低于全省的41.78%, 低于全省4452个…: rev26, rev28,
 * claims20), not a margin right
 * after it (高于全省8.6个百分点) or after its measure (高于全省增速3个百分点), which is the first area's.
 */
const COMPARED_WITH = /(?:高于|低于|快于|慢于|多于|少于)$|\b(?:than|above|below)\s+$/;
const OWN_FIGURE = /^(['’]s\s+|的|[^，。；;,\d]{2,30}?|(?=\d+[个项家件户]))\d[\d.,]*\s*(个?百分点|percentage points?|points?)?/u;
/** Words after the province that make the figure after them the first area's: a level, an average, the others, by how much (rev30). */
const NOT_ITS_OWN = /水平|平均|其他|其它|其余|达|\bby\b/u;
/** Where the figure of its own that a comparison gives the province begins (OWN_FIGURE), if it gives one. */
export function provinceFigureAt(text: string, place: WrittenPlace): number | undefined {
  const own = COMPARED_WITH.test(text.slice(0, place.start)) ? OWN_FIGURE.exec(text.slice(place.end)) : null;
  return own && !own[2] && !NOT_ITS_OWN.test(own[1]) ? place.end + own[1].length : undefined;
}
/** English's "the province" after a preposition (the most in the province, under the province's campaign, as the province required) refers to it; it is no subject. */
const REFERRED_TO = /\b(?:in|of|from|under|by|to|for|with|at|than|as|on|into|within)\s+$/;

/**
 * Whether a word for the province (全省, province-wide, the province) names the area of a figure: not
 * after a rank or a comparison (MEASURED_AGAINST) or before one (RANKED_IN), nor before what it sets (SET_BY: the province's
 * target), nor after outside (funds from outside the province),
 * nor, for "the province", after a preposition (REFERRED_TO). Across the province is the province.
 */
export function provinceIsArea(text: string, place: WrittenPlace): boolean {
  const before = text.slice(0, place.start);
  const after = text.slice(place.end);
  if (SET_BY.test(after) || RANKED_IN.test(after)) return false;
  if (provinceFigureAt(text, place) !== undefined) return true;
  if (MEASURED_AGAINST.test(before) || OUTSIDE.test(before)) return false;
  // …but of the province's (the share of the province's service items) is whose the measure is, as the province's is.
  const whose = /\bof\s+$/.test(before) && /^['’]s\b/.test(after);
  return !(/^the (?:(?:whole|entire) )?province/.test(text.slice(place.start, place.end)) && REFERRED_TO.test(before) && !whose);
}
