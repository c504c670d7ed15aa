/**
 * The curation rules of the records' words that a machine can check, run by every build (seed/verify.ts runs
 * them): every province-level area an article names is an area of cities.json, and the English keeps one
 * rendering for each term docs/CURATION.md translates (包抓联, 放管服, 省列重大项目 …).
 */
import { toReadingForm } from '../src/domain/chinese.ts';
import type { Report } from './problems.ts';
import type { SeedData } from './records.ts';

/** The province-level areas of GB/T 2260 by the names a text writes them with (浙江, 内蒙古, 香港), and their codes. */
// biome-ignore format: a table
const PROVINCES: Record<string, string> = {
  北京: '110000', 天津: '120000', 河北: '130000', 山西: '140000', 内蒙古: '150000', 辽宁: '210000', 吉林: '220000',
  黑龙江: '230000', 上海: '310000', 江苏: '320000', 浙江: '330000', 安徽: '340000', 福建: '350000', 江西: '360000',
  山东: '370000', 河南: '410000', 湖北: '420000', 湖南: '430000', 广东: '440000', 广西: '450000', 海南: '460000',
  重庆: '500000', 四川: '510000', 贵州: '520000', 云南: '530000', 西藏: '540000', 陕西: '610000', 甘肃: '620000',
  青海: '630000', 宁夏: '640000', 新疆: '650000', 台湾: '710000', 香港: '810000', 澳门: '820000',
};

/**
 * Every province-level area a passage names (浙江 of 浙江艾佳果蔬开发有限公司), as a place or inside a name, is an area of
 * cities.json. Passages, not whole articles: a page's sidebar of other news (004's 赴江苏浙江考察招商) names no area of
 * these records.
 */
export function checkNamedProvinces(data: SeedData, add: Report): void {
  const codes = new Set(data.cities.map((c) => c.code));
  for (const passage of data.passages) {
    const form = toReadingForm(passage.text);
    // Not a name run into another word by its last character (黄河北岸 is no 河北, 浙江西部 no 江西).
    for (const [name, code] of Object.entries(PROVINCES))
      if (new RegExp(`${name}(?![部岸面边侧])`).test(form) && !codes.has(code))
        add('data/cities.json', name, 'code', `passage ${passage.id} names ${name} (${code}), no area has its code`);
  }
}

/**
 * The renderings the English of every record keeps for the terms the curation translates rather than explains or
 * transliterates (docs/CURATION.md, "Evidence and offsets"): the same Chinese is the same English everywhere.
 */
// biome-ignore format: a table
export const RENDERINGS: [string, RegExp, string][] = [
  ['包抓联', /take charge and liaise/i, 'take charge and liaise'],
  ['四不两直', /four nos, two directs/i, 'four nos, two directs'],
  ['六必访', /six[- ]must[- ]visits/i, 'six must-visits'],
  ['白名单', /white[- ]list/i, 'white list'],
  ['省列重大项目', /provincially listed major|province[’']s list of major projects/i, 'provincially listed major projects'],
  ['优化营商环境攻坚突破年', /breakthrough year for optimizing the business environment/i, 'Breakthrough Year for Optimizing the Business Environment'],
  ['放管服', /streamline administration and delegate power, improve regulation and optimize services/i, 'streamline administration and delegate power, improve regulation and optimize services'],
  ['主要领导', /principal leaders/i, 'principal leaders'],
  ['专班', /task[- ]forces?/i, 'task force'],
  ['轨道交通1号线', /rail transit line 1/i, 'Rail Transit Line 1'],
  ['智能农业科技综合体', /intelligent agriculture technology complex/i, 'intelligent agriculture technology complex'],
];

/** The pinyin of terms RENDERINGS translates, which no English says, whatever its Chinese (a description may name one alone). */
const TRANSLITERATED = /\b(?:bao[- ]?zhua[- ]?lian|fang[- ]?guan[- ]?fu)\b/i;

/** A record whose Chinese says a term of RENDERINGS says its rendering in its English, and no English spells one in pinyin. */
export function checkRenderings(data: SeedData, add: Report): void {
  const words = (...texts: (string | null | undefined)[]) => texts.filter(Boolean).join(' ');
  const records: [string, string, string, string][] = [
    ...data.passages.map((p): [string, string, string, string] => ['data/passages.json', p.id, p.text, p.text_en]),
    ...data.indicators.map((i): [string, string, string, string] => ['data/indicators.json', i.id, i.label_zh, i.label_en]),
    ...data.initiatives.map((i): [string, string, string, string] => [
      'data/initiatives.json',
      i.id,
      words(i.name_zh, i.description_zh),
      words(i.name_en, i.description_en),
    ]),
    ...data.projects.map((p): [string, string, string, string] => [
      'data/projects.json',
      p.id,
      words(p.name_zh, p.description_zh),
      words(p.name_en, p.description_en),
    ]),
    ...data.complaints.map((c): [string, string, string, string] => [
      'data/complaints.json',
      c.id,
      words(c.title_zh, c.problem_zh, c.handling_zh),
      words(c.title_en, c.problem_en, c.handling_en),
    ]),
    ...data.scopes.map((s): [string, string, string, string] => [
      'data/scopes.json',
      s.key,
      words(s.name_zh, s.definition_zh),
      words(s.name_en, s.definition_en),
    ]),
  ];
  for (const [file, id, zh, en] of records) {
    const spelled = TRANSLITERATED.exec(en);
    if (spelled) add(file, id, 'English', `spells "${spelled[0]}" in pinyin, where the curation translates it`);
    const form = toReadingForm(zh);
    for (const [term, rendering, said] of RENDERINGS)
      if (form.includes(term) && !rendering.test(en))
        add(file, id, 'English', `says ${term} in its Chinese, and its English does not render it "${said}"`);
  }
}
