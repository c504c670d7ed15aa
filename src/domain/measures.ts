/**
 * What a figure measures, read from the words around it: the terms of a text (pairs of Han
 * characters side by side, and English words reduced to a stem), and how much of one text's terms
 * another covers. Words that say nothing of a measure (实现, 累计, reached, the) are left out, so
 * "武威市2023年实现旅游综合收入" and "Comprehensive tourism revenue" are read for 旅游综合收入 and
 * tourism revenue alone. Input is the reading form of src/domain/chinese.ts (Simplified, lower case).
 */
import pluralize from 'pluralize';
import { stemmer as porter } from 'stemmer';
import { CHANGE_ZH, THAN_YEAR_BEFORE } from './changes.ts';

/** A term, and the text to look it up by in the search index (a Han pair, or the English word as written). */
export type Term = { term: string; surface: string };

// biome-ignore format: one line of filler words
const ENGLISH_FILLER = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'its', 'their', 'this', 'that', 'these', 'those', 'it', 'them', 'they', 'which', 'who', 'than', 'then', 'also', 'while', 'there', 'here', 'so', 'such', 'into', 'per', 'cent', 'percent', 'percentage', 'point', 'points', 'yuan', 'rmb', 'cny', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'more', 'less', 'fewer', 'over', 'above', 'under', 'below', 'least', 'exactly', 'precisely', 'only', 'just', 'up', 'total', 'totalled', 'totaled', 'totaling', 'totalling', 'reached', 'reach', 'reaching', 'hit', 'stood', 'came', 'amounted', 'saw', 'see', 'according', 'metric', 'number', 'numbered', 'numbering', 'figures', 'figure', 'data', 'show', 'shows', 'showed', 'said', 'says', 'report', 'reported', 'city', 'cities', 'county', 'counties', 'district', 'province', 'provincial', 'prefecture', 'year', 'quarter', 'q1', 'q2', 'q3', 'q4', 'month', 'whole', 'all', 'level', 'levels', 'so-far', 'far', 'since', 'last', 'first', 'second', 'third', 'fourth', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 's',
]);

/** Filler of more than one character, taken out of Chinese text before it is read in pairs. */
// biome-ignore format: one line of filler words
const CHINESE_FILLER = [...THAN_YEAR_BEFORE, '同比', '实现', '达到', '累计', '共计', '总计', '合计', '全年', '其中', '当年', '今年', '去年', '以来', '全市', '全省', '全县', '全区', '排名', '排位', '位次', '名次', '位居', '位列', '名列', '我市', '我省', '我县', '该市', '已经', '目前', '截至', '截止', '分别', '共有', '一共', '大约', '超过', '左右', '以上', '亿元', '万元', '各类'];

/**
 * One-character filler, trimmed from either end of a run of Han characters (资金达 → 资金); 在 and 项 from
 * its end only, as they begin words of a measure (在库, 在建, 项目: 在库的77个项目); 则, 也 and 亦 from its start only
 * (山丹县则落实: 落实).
 */
const CHINESE_EDGE = /^[的了是为有达共约近超和与及等年月日个元则也亦]+|[的了是为有达共约近超在和与及等年月日个项元]+$/gu;

/** An English word reduced to its stem, so singular and plural meet: visits → visit, activities → activity. */
export function stem(word: string): string {
  const w = word.replace(/'s$/, '').replace(/'$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Words ending in s that are no plural (news is no plural of new). */
const NOT_PLURALS = new Set(['news', 'series', 'means', 'species', 'its', 'this', 'has', 'was', 'gas', 'bus', 'plus', 'thus']);

/**
 * An English word in both numbers, for search: project and projects, activity and activities, tax and taxes, hero and
 * heroes, analysis and analyses, focus and focuses (pluralize's rules and exceptions, and the regular suffix beside
 * them: person and persons). Only forms that begin as the word does: pluralize also pairs she and they, this and these,
 * is and are, has and have (rev35), which no search of one means by the other.
 */
export function numberForms(word: string): string[] {
  if (NOT_PLURALS.has(word)) return [word];
  const singular = pluralize.singular(word);
  const regular = /[^aeiou]y$/.test(singular)
    ? `${singular.slice(0, -1)}ies`
    : /(s|sh|ch|x)$/.test(singular)
      ? `${singular}es`
      : `${singular}s`;
  const forms = [word, singular, pluralize.plural(singular), regular];
  return [...new Set(forms.filter((form) => form.slice(0, 3) === word.slice(0, 3)))];
}

/** Words a claim may say for a measure's word, which no stemmer meets: tourism income is tourism revenue; took is taken; trainees are the trained; solar is PV; worth is an amount; an increase is growth. */
const SAME_WORD = new Map(
  Object.entries({
    income: 'revenue',
    incomes: 'revenue',
    took: 'take',
    taken: 'take',
    takes: 'take',
    taking: 'take',
    trainee: 'train',
    trainees: 'train',
    // 光伏, as the labels and a reader write it.
    solar: 'pv',
    photovoltaic: 'pv',
    // Projects worth 8.5 billion: their amount (签约额).
    worth: 'amount',
    // Visitors and arrivals are tourists' visits (人次), not places visited; welcomed, hosted and drew, received (接待).
    visitor: 'tourist',
    visitors: 'tourist',
    arrival: 'tourist',
    arrivals: 'tourist',
    welcomed: 'receive',
    hosted: 'receive',
    drew: 'receive',
    // From outside the province is out of it (省外).
    outside: 'out',
    // Projects that began, commenced or were launched started (开工); deals inked were signed (签约).
    began: 'start',
    begun: 'start',
    begin: 'start',
    begins: 'start',
    commenced: 'start',
    commence: 'start',
    launched: 'start',
    inked: 'sign',
    // Newly introduced projects are new ones (新引进).
    newly: 'new',
    // An increase of 25%: its growth (增长), as the labels say it.
    increase: 'growth',
    increased: 'growth',
    increases: 'growth',
    rise: 'growth',
    rose: 'growth',
  }),
);

/**
 * Words that narrow a measure to a part of it, never a synonym of the whole: inbound or foreign tourists are not
 * all tourists (入境游客). A claim saying one is not met by a record that does not say it, even with its number.
 */
const NARROWING_WORDS =
  '入境|境外|海外|国外|外国|外资|出境|(?<!\\bdomestic\\s+and\\s+)\\b(?:inbound|foreign|overseas|international|outbound)\\b(?!\\s+and\\s+domestic\\b)';
export const NARROWING = new RegExp(NARROWING_WORDS);
export const NARROWING_EACH = new RegExp(NARROWING_WORDS, 'g');

/** Whether a metric measures a change from another period, not a level: a growth rate (.growth) or an amount (.change: 较2022年增加520亿元). */
export const isChange = (metric: string): boolean => /\.(?:change|growth)(?:\.|$)/.test(metric);

/**
 * Whether a record counts what was added in its period (新增经营主体, 新入库项目, 新引进(省外)项目数): the figure of a
 * rise claimed as a change (经营主体增加2.4万户 is 新增经营主体2.4万户), though it is no change of its own.
 */
export const countsAdditions = (label: string): boolean => /新增|新入库|新引进\S{0,4}项目数/u.test(label);

/** A measure word reduced further (Porter's stemmer): resolved and resolve, opened and open, meet. A Map: a word is never a property of Object's. */
const measureStem = (word: string) => porter(stem(SAME_WORD.get(word) ?? word));

/**
 * The terms of a text: each pair of Han characters side by side in a run (after filler is taken
 * out; a run of one character says too little and is left out), and each English word that is not
 * filler, stemmed. Digits are no terms: the figures are read elsewhere.
 */
export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const han of hanParts(text)) {
    for (let k = 0; k + 1 < han.length; k++) terms.push({ term: pairAt(han, k), surface: pairAt(han, k) });
  }
  terms.push(...englishTerms(text));
  return terms;
}

/**
 * The runs of Han characters a text's Chinese terms are paired from, filler taken out, edges trimmed:
 * each as its characters, by code point (a character beyond the BMP, 𡃁 as Hong Kong writes, is two
 * UTF-16 units, never half of a pair).
 */
function hanParts(text: string): string[][] {
  const parts: string[][] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    let cleaned = run;
    for (const filler of CHINESE_FILLER) cleaned = cleaned.replaceAll(filler, ' ');
    for (const part of cleaned.split(' ')) parts.push(Array.from(part.replace(CHINESE_EDGE, '')));
  }
  return parts;
}

/** The pair of characters at `k` of a run. */
const pairAt = (han: readonly string[], k: number) => han[k] + han[k + 1];

/**
 * English phrases whose words alone are filler or say too little, read as one word: the level of a
 * body (city-level against provincial, whose place words the reader drops) and total investment (a
 * project's size, not what was invested in a year).
 */
const COMPOUNDS: [RegExp, string][] = [
  [/\b(city|municipal)[- ]level\b/g, 'citylevel'],
  [/\bcounty(\/division)?[- ]level\b/g, 'countylevel'],
  [/\b(province|provincial)[- ]level\b/g, 'provincelevel'],
  [/\btotal investments?\b/g, 'totalinvestment'],
  // Projects that broke ground or kicked off started (开工); those carried out were implemented (实施).
  [/\b(?:break|breaks|broke|broken|breaking) ground\b|\b(?:kick|kicks|kicked) off\b/g, 'start'],
  [/\b(?:carry|carries|carried|carrying) out\b/g, 'implement'],
  // A hotline is a telephone line (监督电话).
  [/\bhot-?lines?\b/g, 'telephone lines'],
  // Projects brought in were introduced (引进).
  [/\b(?:bring|brings|brought|bringing) in\b/g, 'introduce'],
  // Cases a body closed were completed (办结), at a closure rate: not projects, businesses or factories closed (shut), nor
  // what "was closed" (74 legacy cases were closed: whose, the text does not say).
  [
    /(?<!\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|all\s+|now\s+|since\s+)?)\bclosed\b(?![\s-]*loops?\b)(?![^,;.]{0,40}\b(?:projects?|factor(?:y|ies)|businesses|compan(?:y|ies)|firms?|enterprises?|shops?|plants?|mines?|schools?)\b)/g,
    'completed',
  ],
  [
    /(?<!\b(?:business|factory|plant|company|firm|shop|mine|school|enterprise|store|project)(?:['’]s)?\s)\bclosure rate\b/g,
    'completion rate',
  ],
];

function englishTerms(text: string): Term[] {
  const terms: Term[] = [];
  const joined = COMPOUNDS.reduce((t, [phrase, word]) => t.replace(phrase, word), text);
  for (const word of joined.match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? []) {
    for (const piece of word.split('-')) {
      if (piece.length < 2 || ENGLISH_FILLER.has(piece) || ENGLISH_FILLER.has(stem(piece))) continue;
      terms.push({ term: measureStem(piece), surface: piece.replace(/'s?$/, '') });
    }
  }
  return terms;
}

/**
 * The terms of a text that say something `covered` terms do not: English words not covered, and
 * pairs of Han characters one of which no covered pair holds. 签约总额 has none when 签约 and 总额
 * are covered (约总 only joins them); 招商局 has 商局 when 招商 is.
 */
export function uncoveredTerms(text: string, covered: (term: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const han of hanParts(text)) {
    const held = heldCharacters(han, covered);
    for (let k = 0; k + 1 < han.length; k++) if (!held[k] || !held[k + 1]) found.add(pairAt(han, k));
  }
  for (const { term } of englishTerms(text)) if (!covered(term)) found.add(term);
  return found;
}

/**
 * The two-character words of a text's Chinese that `covered` terms say nothing of: pairs neither
 * character of which a covered pair holds. 财政 of 财政收入增长 where 收入 and 增长 are covered; not 入增,
 * which only joins two covered words, nor 比居, half of 占比. English is left out: a claim's verbs
 * (grew, held, set up) are seldom a record's words, and its nouns are read by the stemmer already.
 */
export function unheldPairs(text: string, covered: (term: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const han of hanParts(text)) {
    const held = heldCharacters(han, covered);
    for (let k = 0; k + 1 < han.length; k++) if (!held[k] && !held[k + 1]) found.add(pairAt(han, k));
  }
  return found;
}

/**
 * The words of a text's Chinese that qualify a measure `covered` terms hold: a pair neither character
 * of which a covered pair holds (as unheldPairs), right before a covered pair that is no word of change.
 * 入境 of 入境游客 (inbound tourists), 乡村 of 乡村旅游收入, 财政 of 财政收入: a narrower or another measure
 * than one of 游客 or 收入. 大幅 of 大幅增长 qualifies the change, and 完成 after 资金 nothing.
 */
export function qualifyingPairs(text: string, covered: (term: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const han of hanParts(text)) {
    const held = heldCharacters(han, covered);
    for (let k = 0; k + 3 < han.length; k++) {
      const next = pairAt(han, k + 2);
      if (!held[k] && !held[k + 1] && covered(next) && !CHANGE_PAIR.test(next)) found.add(pairAt(han, k));
    }
  }
  return found;
}

/** A pair that is a word of change (增长, 下降 …): what stands before it qualifies the change, not the measure. */
const CHANGE_PAIR = new RegExp(`^(?:${CHANGE_ZH})$`);

/** Which characters of a run of Han characters some covered pair of it holds. */
function heldCharacters(han: readonly string[], covered: (term: string) => boolean): boolean[] {
  const held = new Array<boolean>(han.length).fill(false);
  for (let k = 0; k + 1 < han.length; k++) if (covered(pairAt(han, k))) held[k] = held[k + 1] = true;
  return held;
}

/** The distinct terms of a text. */
export const termSet = (text: string): Set<string> => new Set(termsOf(text).map((t) => t.term));

/**
 * How much of `wanted` (terms with weights) `found` covers, by weight: 1 when every term is
 * there, 0 when none is, 0 when there is nothing to cover.
 */
export function coverage(wanted: ReadonlyMap<string, number>, found: (term: string) => boolean): number {
  let total = 0;
  let covered = 0;
  for (const [term, weight] of wanted) {
    total += weight;
    if (found(term)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * The weight of a term among `documents` documents, `frequency` of which hold it: rare terms say
 * more of a measure than common ones (增长 less than 到位). A term no document holds weighs as one
 * only one document holds: it is most likely the very word the dataset has no measure for.
 */
export function termWeight(frequency: number, documents: number): number {
  return Math.log(1 + documents / Math.max(frequency, 1));
}
