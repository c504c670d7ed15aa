/**
 * Places as a text names them: an area's names as the dataset writes them (张掖市, Zhangye), the
 * short forms texts use (张掖, 肃南 for 肃南裕固族自治县, Sunan), and its slug, found in a text in
 * its reading form (src/domain/chinese.ts: Simplified, lower case, so 張掖 is 张掖).
 */
import type { Span } from './claims.ts';
import { BREAK_AHEAD } from './sentences.ts';
import type { LEVELS } from './vocabulary.ts';

export type Area = { slug: string; name_zh: string; name_en: string; level: (typeof LEVELS)[number] };

/** A place a text names: where (UTF-16 indexes into the text) and which area. */
export type WrittenPlace = { start: number; end: number; slug: string };

/** Endings of a Chinese area name a text may leave off, longest first. */
const ZH_ENDINGS = /(特别行政区|维吾尔自治区|回族自治州|藏族自治县|裕固族自治县|自治区|自治州|自治县|省|市|县|区)$/u;
const EN_ENDINGS =
  / (special administrative region|(hui |uygur |yugur |tibetan )?autonomous (region|prefecture|county)|province|district|county|city)$/;

/** A Chinese name (Simplified) without the ending a text may leave off: 肃南 for 肃南裕固族自治县, 临夏 for 临夏回族自治州. */
export const withoutZhEnding = (name: string): string => name.replace(ZH_ENDINGS, '');

/** The Chinese name a text may call an area by for short (甘谷 for 甘谷县), or its full name when none is shorter. */
export function shortNameZh(area: Pick<Area, 'name_zh' | 'level'>): string {
  if (area.level === 'new_area' || area.level === 'development_zone') return area.name_zh;
  const zh = withoutZhEnding(area.name_zh);
  return zh.length >= 2 ? zh : area.name_zh;
}

/**
 * The names a text may call an area by, in reading form. A new area or a development zone is
 * named in full only (兰州新区 is not 兰州), or as such zones are called for short: 酒泉经开区,
 * Jiuquan ETDZ.
 */
export function namesOf(area: Area): string[] {
  const names = [area.name_zh, area.name_en.toLowerCase()];
  if (area.level === 'development_zone') {
    names.push(area.name_zh.replace(/经济技术开发区$/, '经开区'));
    names.push(area.name_en.toLowerCase().replace(/ economic and technological development zone$/, ' etdz'));
  }
  if (area.level !== 'new_area' && area.level !== 'development_zone') {
    names.push(shortNameZh(area));
    // An autonomous county or prefecture by its short name and its kind, as the articles write them: 天祝县, 临夏州.
    const kind = /自治([县州])$/u.exec(area.name_zh)?.[1];
    if (kind) names.push(`${shortNameZh(area)}${kind}`);
    names.push(area.name_en.toLowerCase().replace(EN_ENDINGS, ''));
    if (/^[a-z]+$/.test(area.slug)) names.push(area.slug);
  }
  return [...new Set(names)];
}

/**
 * A name that begins a company's (广东基石等企业, 酒泉钢铁集团): up to four more Han characters and then
 * 公司, 集团 or 等企业 (not 企业 alone: 武威民营企业 are Wuwei's). Such a name is the company's, not its area's;
 * not where a verb or a preposition comes between (安宁区欠八冶集团: the area owes the group, claims20).
 */
const COMPANY_AFTER = /^(?:(?![欠拖为与给把被])\p{Script=Han}){1,4}?(?:等企业|公司|集团)/u;

/**
 * A registered company's longer name (为甘肃奕泽博康医疗器械有限责任公司办理): up to fourteen Han characters
 * and its ending, where the text deals with it (为, 与, 向 …) and the name is not the area's own (甘肃省…).
 * Without such a word before it the place may be the clause's subject (张掖引进…有限公司), and the name runs
 * through no such word nor a list's 和 or 、 (武威和张掖为…有限公司: 张掖 is a subject).
 */
const REGISTERED_AFTER = /^(?![省市县区州])(?:(?![为与向对同和及给])\p{Script=Han}){2,14}?(?:有限责任公司|股份有限公司|有限公司)/u;
const DEALT_WITH_BEFORE = /(?:为|与|向|对|同|给|帮助|服务)$/u;

/**
 * Words after which, in the same clause, places are where the subject went, what it addressed or
 * whom it dealt with (赴江苏、广东等地, 向12个市州、兰州新区发送, 与广东基石…签订, 签约江苏天合), or where it set
 * something up (在上海市长宁区设置, set up … in Shanghai), or brought something in from (从上海市引进): never the area of the
 * clause's figures.
 */
const TOWARD =
  /(?:赴|前往|奔赴|远赴|(?<![面转导方意走倾趋])向(?![好前上下])|(?<![参给])与(?![此其])|(?<![共协不相如合])同(?![比期时样步类等])|签约|签订|引进)[^,;:。!?]{0,12}$/u;
/**
 * In English, where the subject went (Minle County's leaders went to Lanzhou, Shanghai and Jiangsu for talks): not where
 * tourists or visitors went (Tourists from Lanzhou went to Wuwei: rev31), nor tourist visits to.
 */
const WENT_TO = /\b(?:went|go|goes|going|gone|travell?ed|travell?ing|headed|heading)\s+to\s+$/;
const VISITORS_WENT = /\b(?:tourists?|visitors?|travell?ers?|holidaymakers|sightseers)\b[^,;:.!?]{0,60}$/;
/** A place right after 来 (came to: 来甘考察, 来武威投资) is where the subject came, as after 赴; not 以来, 未来, 带来 … */
const COME_TO = /(?<![以未原近带从后本起出进将])来$/u;
/** A place written after outside or out of (funds from outside Gansu): where the figure is not. */
export const OUTSIDE = /\b(?:outside(?: of)?|out of|beyond)\s+$/;
const SET_UP = { before: /在$/u, after: /^(?:设置|设立)/u };
/** In English the place follows what was set up there (set up an investment station in Changning District, Shanghai). */
const SET_UP_IN = /\b(?:set(?:s|ting)? up|establish(?:ed|es|ing)?|open(?:ed|s|ing)?|found(?:ed|s|ing))\b[^,;:.!?]{0,40}?\bin\s+$/;
/** A place set beside the subject to compare or exclude it (Wuwei, not Jiuquan; Wuwei, like Jiuquan; 武威而非酒泉): not the subject. */
const SET_BESIDE = /(?:,|\band)\s*(?:not|like|unlike)\s+$|\b(?:rather than|instead of|other than)\s+$|(?:而非|而不是|并非)$/u;
/**
 * Wire copy's place of a place (Wuwei, in northwest China's Gansu Province; Jiuquan, a city in Gansu; Wuwei, Gansu,;
 * Wuwei in Gansu Province): not the subject.
 * Only a place of a wider level than the one before it (Across Gansu, in Wuwei: Wuwei locates nothing).
 */
const LOCATING =
  /^,?\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:city|county|district|prefecture)\s+)?(?:located\s+|situated\s+)?in\s+(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?(?:china['’]s\s+|the\s+)?$/;
/**
 * Where what the subject brought in came from (从上海市引进…企业): never the area of the figures. Not
 * 自…成立以来 (since the place was founded), where the place is the subject.
 */
const CAME_FROM = { before: /(?:从|自)$/u, after: /^(?:(?!以来|成立|设立)[^,;:。!?]){0,12}?(?:引进|引入|招引)/u };
const between = (text: string, run: WrittenPlace[], { before, after }: { before: RegExp; after: RegExp }) =>
  before.test(text.slice(0, run[0].start)) && after.test(text.slice(run[run.length - 1].end));

/**
 * The places of `places` that may be the subject of their clause: not a destination, an addressee or
 * a place something was set up in. `sentences` are the text's (src/domain/claims.ts reads them).
 */
export function subjectPlaces(
  text: string,
  places: readonly WrittenPlace[],
  sentences: readonly { start: number; end: number }[],
  /** An area's level's place in LEVELS (0, the province, the widest), when known. */
  levelOf: (slug: string) => number | undefined = () => undefined,
): WrittenPlace[] {
  // Places written one after the other (上海市长宁区) are one place for what stands before and after them. One of a
  // wider tier (province, prefecture, the county level's kinds) than the place right before it begins a name instead
  // (临泽县江苏天合…: 江苏 of a Jiangsu company's), no place; two of the county level (甘州区临泽县) stay places.
  const tier = (slug: string) => Math.min(levelOf(slug) ?? 0, 2);
  const runs: WrittenPlace[][] = [];
  for (const p of places) {
    const last = runs.at(-1);
    const prev = last?.at(-1);
    const adjacent = prev !== undefined && prev.end === p.start;
    if (adjacent && tier(p.slug) < tier(prev.slug)) continue;
    if (adjacent) last?.push(p);
    else runs.push([p]);
  }
  const kept = runs.filter((run, k) => {
    const before = text.slice(0, run[0].start);
    const [prior, level] = [runs[k - 1]?.at(-1), levelOf(run[0].slug)];
    const wider = prior !== undefined && level !== undefined && level < (levelOf(prior.slug) ?? level);
    const apposed =
      /^,\s*$/.test(text.slice(prior?.end ?? 0, run[0].start)) && /^(?:\s+province)?\s*,/.test(text.slice(run.at(-1)?.end ?? 0));
    const locates = wider && (LOCATING.test(text.slice(prior.end, run[0].start)) || apposed);
    const beside = SET_BESIDE.test(before);
    return (
      !TOWARD.test(before) &&
      !(WENT_TO.test(before) && !VISITORS_WENT.test(before)) &&
      !COME_TO.test(before) &&
      !OUTSIDE.test(before) &&
      !SET_UP_IN.test(before) &&
      !between(text, run, SET_UP) &&
      !between(text, run, CAME_FROM) &&
      !locates &&
      !beside
    );
  });
  // A sentence whose every place would be dropped keeps them: its subject is one of them (在武威市设立…的企业24家),
  // unless a place is kept before it, which its figures carry (临泽县…；组建招商小分队赴江苏、广东等地…1.41亿元: Linze's).
  const sentenceOf = (run: WrittenPlace[]) => sentences.findIndex((s) => s.start <= run[0].start && run[0].start < s.end);
  const keeping = new Set(kept.map(sentenceOf));
  const keptBefore = (run: WrittenPlace[]) => kept.some((other) => other[0].start < run[0].start);
  return runs.filter((run) => kept.includes(run) || (!keeping.has(sentenceOf(run)) && !keptBefore(run))).flat();
}

/**
 * The area written right after a figure in its own English clause, where the area before it is another clause's (…, while
 * tourist visits grew 98.28% in Jiuquan): the figure's own, where the nearest one before would carry the first clause's
 * onto it; or after a participle right after the figure and "by", its agent, wherever the area before stands (the 48.679
 * billion yuan signed by Wuwei; not as reported by Gansu). Not an area past a break, a digit or a word not English
 * (…98.28%，酒泉市…), nor one a figure went to (invested 5 billion yuan in Jiuquan, in one clause with the area before).
 */
export function placeRightAfter<P extends WrittenPlace>(text: string, figure: Span, places: readonly P[], sentence: Span): P | undefined {
  const after = places.find((p) => p.start >= figure.end && p.end <= sentence.end);
  const gap = after && text.slice(figure.end, after.start);
  if (!after || gap === undefined || gap.length > 40 || /[^\x20-\x7e]|[,;\d]/.test(gap)) return undefined;
  if (/^\s+[a-z]+ed\s+by\s+(?:the\s+)?$/.test(gap)) return after;
  if (!/\s(?:in|at)\s+(?:the\s+)?$/.test(gap)) return undefined;
  const before = places.filter((p) => p.start >= sentence.start && p.end <= figure.start).at(-1);
  // A clause of its own: past a comma or while, whereas, but (not and, which joins two verbs of one subject: set up … and
  // signed 8 projects in Lanzhou, Minle's), and not one pointing back to the area before (510 of them started in Liangzhou).
  const between = text.slice(before?.end ?? figure.start, figure.start);
  const ownClause =
    /\b(?:while|whereas|but)\b|[,;]/.test(between) && !/\b(?:of (?:them|which|these|those)|its|their)\b/.test(`${between} ${gap}`);
  return !before || ownClause ? after : undefined;
}

const GAN_FOR_GANSU = new RegExp(
  `(?<=[来在赴入])甘(?=考察|调研|投资|签约|兴业|发展|工作|落户|创业|旅游|参观|访问|交流|洽谈|办厂|设厂|${BREAK_AHEAD})`,
  'gu',
);

/**
 * The places a text names, in order, none overlapping: the longest name wins where names overlap
 * (酒泉经济技术开发区 over 酒泉), and a name that begins a company's is none (广东基石等企业,
 * 为甘肃奕泽博康医疗器械有限责任公司). English
 * names stand between word boundaries (wuwei's, not wuweian). `names` maps each name, in reading
 * form, to its area's slug.
 */
export function readPlaces(text: string, names: ReadonlyMap<string, string>): WrittenPlace[] {
  const found: WrittenPlace[] = [];
  const byLength = [...names.keys()].sort((a, b) => b.length - a.length);
  for (const name of byLength) {
    const latin = /^[a-z]/.test(name);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (latin && (/[a-z0-9]/.test(text[at - 1] ?? '') || /[a-z0-9]/.test(text[end] ?? ''))) continue;
      const after = text.slice(end);
      if (!latin && (COMPANY_AFTER.test(after) || (REGISTERED_AFTER.test(after) && DEALT_WITH_BEFORE.test(text.slice(0, at))))) continue;
      if (found.some((p) => p.start < end && at < p.end)) continue;
      found.push({ start: at, end, slug: names.get(name) as string });
    }
  }
  // 甘 alone for Gansu where news writes it so, after coming, being or going (来甘, 在甘, 赴甘, 入甘) and before what
  // follows it there (考察, 投资, a break): not 甘州, 甘孜, 甘德, 甘露寺, 甘蔗.
  const gansu = names.get('甘肃');
  for (const m of gansu ? text.matchAll(GAN_FOR_GANSU) : []) {
    const at = m.index ?? 0;
    if (!found.some((p) => p.start <= at && at < p.end)) found.push({ start: at, end: at + 1, slug: gansu as string });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Areas listed, then their figures listed in the same order with 分别 or respectively (临泽县、山丹县分别落实
 * 1.41亿元、0.35亿元; Linze and Shandan secured 141 million and 35 million yuan respectively): each figure is its own
 * area's, not the nearest one's. Only as many areas, joined as a list, as figures listed after them.
 */
export function respectivePlaces<F extends { start: number; end: number }>(
  text: string,
  places: readonly WrittenPlace[],
  figures: readonly F[],
  sentences: readonly { start: number; end: number }[],
): Map<F, WrittenPlace> {
  const paired = new Map<F, WrittenPlace>();
  for (const sentence of sentences) {
    const said = text.slice(sentence.start, sentence.end);
    const zh = said.indexOf('分别');
    const en = said.search(/\brespectively\b/);
    if (zh < 0 && en < 0) continue;
    const listed = figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end && (zh < 0 || f.start > sentence.start + zh));
    const areas = places.filter((p) => p.start >= sentence.start && p.end <= (listed[0]?.start ?? 0));
    const joined = areas.every((p, k) => k === 0 || /^\s*(?:、|和|与|及|,|，|and|,\s*and)\s*$/.test(text.slice(areas[k - 1].end, p.start)));
    if (listed.length < 2 || areas.length !== listed.length || !joined) continue;
    for (const [k, f] of listed.entries()) paired.set(f, areas[k]);
  }
  return paired;
}

/** Words that sum what they follow (共, 合计, 总计, together, combined, a total of): not 共同, 共享, 公共 and the like. */
const SUMMING = /(?<!公)共(?![同享建识产青赢治商担济有])|合计|共计|总计|\b(?:together|combined|jointly|in total|a total of|between them)\b/;
/** What joins two names of a list: 和, 与, 及, 、 or and; not a comma, which parts a frame from its subject (In Zhangye, Shandan …). */
const JOINED = /^\s*(?:和|与|及|同|、|and|,\s*and)\s*$/;

/**
 * The areas a figure is claimed for together (临泽县和山丹县共落实…0.35亿元; Linze and Shandan together secured …): two
 * or more of one level listed before it in its sentence (`from`, its start), summed by a word between the list and the
 * figure. No record is of their sum, nor is one area's the sum: the claim is not compared. Empty where none is summed.
 */
export function placesTogether(
  text: string,
  from: number,
  figureStart: number,
  places: readonly WrittenPlace[],
  areas: ReadonlyMap<string, Area>,
): Area[] {
  // The list ends at the name nearest the figure: a name between is the figure's own (武威和张掖共签约…，武威到位资金…).
  const before = places.filter((p) => p.start >= from && p.end <= figureStart);
  let start = before.length - 1;
  while (start > 0 && JOINED.test(text.slice(before[start - 1].end, before[start].start))) start--;
  const listed = before.slice(start);
  const last = listed.at(-1);
  // Summed, and this is the sum: no figure between the word and it (共…1.76亿元，分别为1.41亿元和0.35亿元: the parts are each area's).
  const summing = last && listed.length > 1 ? SUMMING.exec(text.slice(last.end, figureStart)) : null;
  const summed =
    last !== undefined && summing !== null && !/\d/.test(text.slice(last.end + summing.index + summing[0].length, figureStart));
  // Peers only: a city and its county (张掖市、山丹县, 武威市、凉州区两级) name one place, or a level, not a sum of two.
  const named = listed.flatMap((p) => areas.get(p.slug) ?? []);
  const peers = new Set(named.map((a) => a.slug)).size > 1 && new Set(named.map((a) => a.level)).size === 1;
  return summed && peers ? named : [];
}
