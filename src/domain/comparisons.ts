/**
 * What a text says of two of its figures side by side: that the first is more or less than the second
 * (234.48亿元，高于武威市的486.79亿元; 23.45 billion, more than Wuwei's 48.68 billion), or a multiple of it
 * (123.1亿元，是到位资金429.49亿元的两倍多; more than twice the …). Each figure is checked on its own
 * (claims.ts); whether the records bear out what is said of the two is src/routes/check/comparisons.ts's.
 * Input is the reading form of src/domain/chinese.ts (Simplified, lower case).
 */
import { type ReadText, within } from './claims.ts';
import type { WrittenFigure } from './figure.ts';
import { byTimes, IS_OF, multipleAfter, type Part, partAfter, partEnd, TIMES_EN, type Times, timesEn } from './multiples.ts';

export type Comparison = {
  /** The figures compared, by their index among the text's figures: the first said more, less or a multiple of the second. */
  left: number;
  right: number;
  /** The words that compare them (高于, more than, 是…的两倍多), in UTF-16 indexes. */
  start: number;
  end: number;
  says: 'more' | 'less' | 'times';
  /**
   * The comparing words that are no measure's (高于; 比 and 还多 of 比…还多), which the figures' measure words leave out
   * (src/routes/check/text.ts); not 超过, also a measure's (超过目标179亿元: beyond the target by).
   */
  blank: { start: number; end: number }[];
  times?: Times;
  /** More or less than a part or a multiple of the second (高于后者的一半: 0.5; 低于…的四分之一: 0.25; 的两倍: 2), as written. */
  part?: Part;
};

/**
 * The words between two figures that say the first is more or less than the second. Not a hedge of the second (超过
 * 500亿元 is its bound, read with it), nor 比 …多 (a margin: 比张掖多100亿元), nor 高出 (by how much).
 */
const MORE =
  /(?:高于|大于|多于|超过|领先于)|\b(?:more|higher|greater|larger|bigger|faster)\s+than\b|\b(?:exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|outpac(?:es|ed|ing)|surpass(?:es|ed|ing)?|above)\b/;
const LESS = /(?:低于|小于|少于|不及|不如|不到|落后于)|\b(?:less|lower|smaller|fewer|slower)\s+than\b|\bbelow\b/;
/**
 * What may stand between the first figure and the comparing words: a comma, or in English a verb of being, a noun the
 * figure counts and its period (23.45 bln yuan of deals, more than; 12.31 billion yuan was less than; grew 68.1% in Q1 2021,
 * less than). Any other words give the
 * comparison a subject of its own (增速高于全国, industrial value added above designated size), 也 a third figure's, and a
 * negation (不高于, not higher than) a bound of another kind: each left unjudged.
 */
const FIRST_THEN =
  /^(?:[\s,，)）]|远|明显|略|稍|大大|\b(?:of\s+[a-z-]+(?:\s+[a-z-]+)?|in\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of)?\s+|q[1-4]\s+(?:of\s+)?|h[12]\s+)?\d{4}(?:\s+q[1-4])?|was|were|is|are|has been|had been|being|which(?: is| was)?|far|well|much|slightly)\b)*$/;
/**
 * What stands between the comparing words and the second figure: its own subject (武威市2023年…签约额, Wuwei's, the
 * city's), in the same clause. A break there (高于全国平均水平，…) leaves the words comparing something else, and in
 * English a currency or a word of scale alone (more than RMB 42.9 billion) is a hedge of the second figure.
 */
const THEN_SECOND = (between: string) => {
  // …or a relative clause's (faster than its tourism revenue, which grew): its subject said before it.
  const said = between.replace(RELATIVE_TAIL, ' ');
  return (
    !/[,，;；、]/.test(said) &&
    (/\p{Script=Han}{2}/u.test(said) || /\b(?:[a-z]+['’]s|the|its|their|that of|those of)\b|\b[a-z]+s['’](?=\s)|\bof\s*$/.test(said))
  );
};
/** A relative clause's words before its figure (…, which grew; …, which reached). */
const RELATIVE_TAIL = /,\s*which\s+(?:[a-z]+\s+){0,2}$/i;
/** By after a comparing participle that names who did it (outpaced by the 115.96%), not how far it went (by far). */
const PASSIVE_BY = /^\s+by\b(?!\s+(?:far|a\s+(?:wide|large|big|long|clear|comfortable)\s+margin|a\s+lot|much|some\s+way|a\s+mile))/i;
/** Comparing words of a pace: said only of two growths (percents), not of two levels. */
const PACE = /faster|slower|outpac/;
/**
 * Said after both figures, at the start of the next clause: 前者高于后者, 前者是后者的两倍多, 前者比后者多, the former is
 * more than the latter. Group 1 holds the words between the two names, group 2 those after the second.
 */
const FORMER_LATTER =
  /^[^,，。；;!！?？]{0,40}?[,，]\s*(?:而\s*|and\s+)?(前者|后者|the former|the latter)([^,，。；;!！?？]{0,30}?)(后者|前者|the latter|the former)([^,，。；;!！?？]{0,8})/;
/** The latter's name first (后者高于前者, the latter is higher than the former): what is said is of the second figure. */
const LATTER = /^(?:后者|the latter)$/;
/** By how much, right after the figure or name compared with (高于后者五倍, 低于后者七成, 高出10个百分点): another figure, not judged. */
const BY_HOW_MUCH = /^\s*(?:[零〇一二两三四五六七八九十百千万\d.]+\s*(?:倍|成|%|％|个百分点|百分点)|百分之)/;
/** …and after the latter's name in English (the latter's quarter, the latter's growth). */
const LATTERS_PART = /^\s*(?:['’]s\b|of\b)/;
/**
 * Comparing words that are also a measure's (超过目标: beyond the target by): never blanked. Not English exceeded: a record's
 * English label is no measure word the claim's must meet, and kept, it outweighed the second figure's own (loans of 69.836
 * billion yuan, not found).
 */
const ALSO_A_MEASURES = /^超过/;

/** How 比's clause ends after the figure or name compared with, past a part of it (比…的一半还多): more or less, and where. */
function thanAfterPart(after: string, part: Comparison['part'] | null | undefined): { says: 'more' | 'less'; end: number } | null {
  if (part === null) return null;
  const past = part ? partEnd(after, part) : 0;
  const m = THAN_AFTER.exec(after.slice(past));
  return m ? { says: m[1] ? 'more' : 'less', end: past + m[0].length } : null;
}

/** English words of a part or a multiple between the comparing words and the second figure (more than a quarter of …'s). */
const PART_WORDS = /\b(?:half|third|thirds|quarter|quarters|fifth|tenth|percent|per cent|times|twice|double)\b/;
/** 比 or 较 before the second figure (比武威市的), and after it how it compares (还多, 更高, 还要少, 略低), ending its clause: not a margin (多出100亿元). */
const THAN_ZH = /[比较]/g;
const THAN_AFTER = /^\s*(?:还要|还|更|要)?\s*(?:略|稍|明显|远)?\s*要?\s*(?:(多|高|大)|(少|低|小))(?=\s*(?:[,，。；;!！?？]|$))/;
/** 比 and how the first compares with the second between 前者 and 后者 (前者比后者多, 前者比后者还高). */
const THAN_LATTER = /^\s*比\s*$/;

/**
 * What the clause after two figures says of them by 前者 and 后者 (the former, the latter), either first, with where its words
 * start and end in `after`. The words between the two names are only the comparing ones, with adverbs of degree and a
 * verb of being (FIRST_THEN): 前者的增速高于后者 compares their growth, not them; and nothing follows the second name but
 * a multiple (是后者的两倍多): 前者高于后者的四分之一 compares a part of it. A multiple is read with 前者 first only.
 */
function formerLatter(after: string): (Pick<Comparison, 'start' | 'end' | 'says' | 'times'> & { swapped?: boolean }) | null {
  const m = FORMER_LATTER.exec(after);
  if (!m) return null;
  const [, first, words, second, rest] = m;
  const reversed = LATTER.test(first);
  if (reversed === LATTER.test(second)) return null;
  const start = m.index + m[0].length - rest.length - second.length - words.length - first.length;
  const named = m[0].length - rest.length;
  const only = (w: RegExpExecArray | null) =>
    w !== null && FIRST_THEN.test(words.slice(0, w.index)) && FIRST_THEN.test(words.slice(w.index + w[0].length));
  const said = (says: 'more' | 'less') => (reversed ? (says === 'more' ? 'less' : 'more') : says);
  // A multiple or a part of the other (后者是前者的十倍: the second is ten times the first, read with the figures swapped).
  const zh = IS_OF.test(words) && /^[\s是为约大仅只相当于]*$/.test(words) ? multipleAfter(rest) : undefined;
  if (zh !== undefined) return zh && { start, end: named + zh.length, says: 'times', times: zh.times, swapped: reversed };
  // Than a part of the latter (前者高于后者的一半, 前者比后者的一半还多): that part, read; one of the former is of its inverse.
  const part = partAfter(rest);
  const ofLatter = part && (reversed ? { ...part, factor: 1 / part.factor } : part);
  const than = THAN_LATTER.test(words) ? thanAfterPart(rest, part) : null;
  if (than) return { start, end: named + than.end, says: said(than.says), ...(ofLatter && { part: ofLatter }) };
  // Higher by a multiple (前者高于后者五倍, 前者比后者多五倍): at least that many times it.
  const higherBy = only(MORE.exec(words)) || /^\s*(?:高出|超出|多出)\s*$/.test(words);
  const by = reversed ? null : byTimes(rest, higherBy);
  if (by && (THAN_LATTER.test(words) || higherBy)) return { start, end: named + by.end, says: 'times', times: by.times };
  if (part === null || LATTERS_PART.test(rest) || BY_HOW_MUCH.test(rest)) return null;
  const ofPart = part && ofLatter && { end: named + partEnd(rest, part), part: ofLatter };
  const en = TIMES_EN.exec(words);
  if (!reversed && !part && only(en) && en) return { start, end: named, says: 'times', times: timesEn(en) };
  const [more, less] = [MORE.exec(words), LESS.exec(words)];
  if (only(more)) return { start, end: named, says: said('more'), ...ofPart };
  if (only(less)) return { start, end: named, says: said('less'), ...ofPart };
  return null;
}

/** A part of what follows in English (about half of its …, a third of the …): not read as a comparison, but no measure's words. */
const PART_OF_EN =
  /\b(?:half|a\s+(?:third|quarter|fifth|tenth)|(?:one|two|three)[-\s](?:thirds?|quarters?|fifths?|tenths?))\s+(?:of|its|their|the)\b/;

/** Where the first words comparing what stands before them with what follows begin in `text` (高于, more than, twice); -1 where none do. */
export function comparingAt(text: string): number {
  return comparingWords(text)?.index ?? -1;
}

/** The first words comparing what stands before them with what follows in `text`, and where they begin. */
export function comparingWords(text: string): RegExpExecArray | undefined {
  const found = [MORE, LESS, TIMES_EN, /相当于/, PART_OF_EN].map((words) => words.exec(text));
  return found.filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
}

/**
 * Percentage points after a percent (增长50.38%，高于目标24.75个百分点) are by how much the percent is higher, a margin: no
 * figure it is compared with.
 */
const marginOf = (a: WrittenFigure, b: WrittenFigure) =>
  a.units?.includes('percent') === true && b.units?.length === 1 && b.units[0] === 'percentage_points';

/**
 * The figure a figure is compared with: the next, or past a count that only says how many the next one's subject holds
 * (总投资932億元，低於肅南縣27個招商引資項目總投資967.53億元: 967.53億元, not the 27 projects), where the next is in another unit
 * and the one after it, in the same clause, in one the first can be.
 */
function secondOf(read: ReadText, k: number): number {
  const [a, b, c] = [read.figures[k], read.figures[k + 1], read.figures[k + 2]];
  const shares = (x: WrittenFigure, y: WrittenFigure) => x.units !== null && y.units !== null && x.units.some((u) => y.units?.includes(u));
  const counted = b.units !== null && !shares(a, b) && c !== undefined && shares(a, c);
  return counted && !/[,，;；、。:：]/.test(read.form.slice(b.end, c.start)) ? k + 2 : k + 1;
}

/** The comparisons a text makes between figures side by side in a clause or across one break, in order. */
export function readComparisons(read: ReadText): Comparison[] {
  const found: Comparison[] = [];
  for (let k = 0; k + 1 < read.figures.length; k++) {
    const a = read.figures[k];
    const r = secondOf(read, k);
    const b = read.figures[r];
    if (marginOf(a, b)) continue;
    const sentence = read.sentences.find((s) => within(s, a));
    if (!sentence || !within(sentence, b)) continue;
    const between = read.form.slice(a.end, b.start);
    if (/[；;]/.test(between)) continue;
    const after = read.form.slice(b.end);
    const at = (m: RegExpExecArray) => ({ start: a.end + m.index, end: a.end + m.index + m[0].length });
    // Words that follow the first figure and run into the second's subject (FIRST_THEN, THEN_SECOND).
    const joins = (m: RegExpExecArray) => FIRST_THEN.test(between.slice(0, m.index)) && THEN_SECOND(between.slice(m.index + m[0].length));
    const zhTimes = IS_OF.test(between) ? multipleAfter(after) : undefined;
    if (zhTimes !== undefined) {
      const span = { start: b.end, end: b.end + (zhTimes?.length ?? 0) };
      if (zhTimes) found.push({ left: k, right: r, ...span, says: 'times', times: zhTimes.times, blank: [span] });
      continue;
    }
    const enTimes = TIMES_EN.exec(between);
    if (enTimes && joins(enTimes)) {
      found.push({ left: k, right: r, ...at(enTimes), says: 'times', times: timesEn(enTimes), blank: [at(enTimes)] });
      continue;
    }
    const more = MORE.exec(between);
    const less = LESS.exec(between);
    const said = more && (!less || more.index < less.index) ? more : less;
    // A pace (faster than, outpacing) compares growths: between other figures it is no comparison read.
    if (said && PACE.test(said[0]) && ![a, b].every((f) => f.units?.includes('percent'))) continue;
    // Passive (outpaced by, exceeded by, surpassed by): the first is the less.
    // Not by far, by a wide margin: how much the active verb's subject led (exceeded by far the 98.28% growth).
    const outdone = said !== null && said === more && /ed$/i.test(said[0]) && PASSIVE_BY.test(between.slice(said.index + said[0].length));
    const saysMore = said !== null && said === more && !outdone;
    // Than a part or a multiple of the second (高于…429.49亿元的四分之一): that part, read; in English (more than a quarter
    // of …) not read.
    const part = partAfter(after);
    const byHowMuch = BY_HOW_MUCH.test(after);
    // Higher by a multiple (高于…123.1亿元五倍): at least that many times it.
    const by = saysMore && joins(said) ? byTimes(after, true) : null;
    if (said && by) {
      const end = b.end + by.end;
      found.push({ left: k, right: r, start: at(said).start, end, says: 'times', times: by.times, blank: [at(said)] });
      continue;
    }
    if (said && joins(said) && part !== null && !byHowMuch && !PART_WORDS.test(between.slice(said.index))) {
      const blank = ALSO_A_MEASURES.test(said[0]) ? [] : [at(said)];
      // The part's words are no measure's either (的一半 had outweighed 到位资金): blanked too.
      const end = part && b.end + partEnd(after, part);
      const words = { ...at(said), ...(part && end && { end, part }) };
      if (part && end) blank.push({ start: end - part.words.length, end });
      found.push({ left: k, right: r, ...words, says: saysMore ? 'more' : 'less', blank });
      continue;
    }
    // 比 before the second figure's subject, and 多 or 高 after it (比武威市的486.79亿元还多): more, as 高于 before it.
    const than = [...between.matchAll(THAN_ZH)].find((m) => joins(m as RegExpExecArray));
    const ofSecond = partAfter(after);
    const thanBy = than && !PART_WORDS.test(between) ? byTimes(after, false) : null;
    if (than && thanBy) {
      const start = a.end + (than.index ?? 0);
      const end = b.end + thanBy.end;
      found.push({ left: k, right: r, start, end, says: 'times', times: thanBy.times, blank: [{ start, end: start + 1 }] });
      continue;
    }
    const thanAfter = than && ofSecond !== null && !PART_WORDS.test(between) ? thanAfterPart(after, ofSecond) : null;
    if (than && thanAfter) {
      const start = a.end + (than.index ?? 0);
      const end = b.end + thanAfter.end;
      const blank = [
        { start, end: start + 1 },
        { start: b.end, end },
      ];
      found.push({ left: k, right: r, start, end, says: thanAfter.says, blank, ...(ofSecond && { part: ofSecond }) });
      continue;
    }
    // Said of both after them (前者高于后者): only of a sentence's first two figures, which 前者 and 后者 name.
    const both = k === 0 || !within(sentence, read.figures[k - 1]) ? formerLatter(after) : null;
    // …and of no third figure said between them (…123.1亿元，增长10%，前者…).
    if (!both || read.figures.some((f) => f.start >= b.end && f.start < b.end + both.start)) continue;
    const span = { start: b.end + both.start, end: b.end + both.end };
    const { swapped, ...named } = both;
    found.push({ left: swapped ? r : k, right: swapped ? k : r, ...named, ...span, blank: [span] });
  }
  return found;
}

/**
 * A text whose counts between comparing words and the figure compared with (低于400个集中开复工项目总投资958亿元) hold no
 * bound of those words: they compare the figures either side (rev28: 400个 had been read as less than 400).
 */
export function withoutComparingHedges(read: ReadText, comparisons: readonly Comparison[]): ReadText {
  // Each skipped count by its index, with the comparison that skips it.
  const counts = new Map(comparisons.filter((c) => c.right === c.left + 2 && c.says !== 'times').map((c) => [c.left + 1, c]));
  const freed = (f: WrittenFigure, k: number) => {
    const c = counts.get(k);
    // A share (less than 30% of its funds) is no count of the second's subject: its hedge stays.
    if (!c || !f.bound || f.start >= c.end || f.units?.includes('percent')) return f;
    return { ...f, start: c.end + (/^\s*/.exec(read.form.slice(c.end))?.[0].length ?? 0), qualifier: null, bound: false };
  };
  return counts.size === 0 ? read : { ...read, figures: read.figures.map(freed) };
}
