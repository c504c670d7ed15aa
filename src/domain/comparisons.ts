/**
 * What a text says of two of its figures side by side: that the first is more or less than the second
 * (234.48亿元，高于武威市的486.79亿元; 23.45 billion, more than Wuwei's 48.68 billion), or a multiple of it
 * (123.1亿元，是到位资金429.49亿元的两倍多; more than twice the …). Each figure is checked on its own
 * (claims.ts); whether the records bear out what is said of the two is src/routes/check/comparisons.ts's.
 * Input is the reading form of src/domain/chinese.ts (Simplified, lower case).
 */
import { type ReadText, within } from './claims.ts';
import { englishDecimal } from './english-numbers.ts';
import { parseChineseNumeral } from './numerals.ts';

/** How a multiple is hedged: 两倍多 (more than), 近两倍 (nearly), 两倍 (about, as a multiple is said). */
export type TimesBound = 'more' | 'nearly' | 'about';

export type Comparison = {
  /** The figures compared, by their index among the text's figures: the first said more, less or a multiple of the second. */
  left: number;
  right: number;
  /** The words that compare them (高于, more than, 是…的两倍多), in UTF-16 indexes. */
  start: number;
  end: number;
  says: 'more' | 'less' | 'times';
  times?: { n: number; bound: TimesBound };
};

/**
 * The words between two figures that say the first is more or less than the second. Not a hedge of the second (超过
 * 500亿元 is its bound, read with it), nor 比 …多 (a margin: 比张掖多100亿元), nor 高出 (by how much).
 */
const MORE =
  /(?:高于|大于|多于|超过|领先于)|\b(?:more|higher|greater|larger|bigger)\s+than\b|\b(?:exceed(?:s|ed|ing)?|outstrip(?:s|ped)?|above)\b/;
const LESS = /(?:低于|小于|少于|不及|不如|落后于)|\b(?:less|lower|smaller|fewer)\s+than\b|\bbelow\b/;
/** A multiple after the second figure (…的两倍多, 的近3倍) where 是 stands between them. */
const TIMES_ZH = /^\s*的\s*(近|约)?\s*([一二两三四五六七八九十]|\d+(?:\.\d+)?)\s*倍(多|以上|余)?/;
/** A multiple before the second figure (more than twice, nearly three times, 2.5 times). */
const TIMES_EN =
  /\b(?:(more than|over|nearly|almost|about|around|roughly)\s+)?(twice|(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\b/;

const HEDGES: Record<string, TimesBound> = { 多: 'more', 以上: 'more', 余: 'more', 近: 'nearly', 'more than': 'more', over: 'more' };
const boundOf = (word: string | undefined): TimesBound =>
  word === undefined ? 'about' : (HEDGES[word] ?? (/nearly|almost/.test(word) ? 'nearly' : 'about'));

/** The comparisons a text makes between figures side by side in a clause or across one break, in order. */
export function readComparisons(read: ReadText): Comparison[] {
  const found: Comparison[] = [];
  for (let k = 0; k + 1 < read.figures.length; k++) {
    const [a, b] = [read.figures[k], read.figures[k + 1]];
    const sentence = read.sentences.find((s) => within(s, a));
    if (!sentence || !within(sentence, b)) continue;
    const between = read.form.slice(a.end, b.start);
    if (/[；;]/.test(between)) continue;
    const at = (m: RegExpExecArray) => ({ start: a.end + m.index, end: a.end + m.index + m[0].length });
    const zhTimes = /是/.test(between) ? TIMES_ZH.exec(read.form.slice(b.end)) : null;
    if (zhTimes) {
      const n = /\d/.test(zhTimes[2]) ? Number(zhTimes[2]) : (parseChineseNumeral(zhTimes[2]) ?? Number.NaN);
      const bound = boundOf(zhTimes[3] ?? zhTimes[1]);
      found.push({ left: k, right: k + 1, start: b.end, end: b.end + zhTimes[0].length, says: 'times', times: { n, bound } });
      continue;
    }
    const enTimes = TIMES_EN.exec(between);
    if (enTimes) {
      const n = enTimes[2] === 'twice' ? 2 : Number(/\d/.test(enTimes[3]) ? enTimes[3] : englishDecimal(enTimes[3]));
      found.push({ left: k, right: k + 1, ...at(enTimes), says: 'times', times: { n, bound: boundOf(enTimes[1]) } });
      continue;
    }
    const more = MORE.exec(between);
    const less = LESS.exec(between);
    const said = more && (!less || more.index < less.index) ? more : less;
    // Words of the second's own stand after the comparing ones (高于武威市的, more than Wuwei's): right before its number
    // they are its hedge (exceeded 48.6 billion), which its reading may not have taken.
    if (said && /\S/.test(between.slice(said.index + said[0].length)))
      found.push({ left: k, right: k + 1, ...at(said), says: said === more ? 'more' : 'less' });
  }
  return found;
}
