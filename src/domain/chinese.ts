/**
 * Chinese text: the one place that knows how Traditional becomes Simplified,
 * how the pinyin glosses of article 002 are recognized, how known damage is
 * repaired. How text is folded into search tokens and pairs of Han characters
 * builds on these, in ./chinese-search.ts; how Chinese numerals are read, in ./numerals.ts.
 */
import * as OpenCC from 'opencc-js/t2cn';

// Built on first use: its dictionaries take tens of megabytes, which a server answering from its
// caches, without a search to fold, never needs. From Hong Kong's forms, a superset of OpenCC's
// standard Traditional: 衞 (衛) becomes 卫 as 衛 does; Simplified text passes unchanged. (Taiwan's
// converter is not used: it turns Simplified 显著 into 显着.)
let traditionalToSimplified: ((text: string) => string) | undefined;

function converter(): (text: string) => string {
  if (traditionalToSimplified) return traditionalToSimplified;
  const made: (text: string) => string = OpenCC.Converter({ from: 'hk', to: 'cn' });
  traditionalToSimplified = made;
  return made;
}

/** Converts Traditional characters to Simplified; Simplified text passes unchanged. */
export function toSimplified(text: string): string {
  return converter()(text);
}

/**
 * A pinyin gloss glued after a character by the converter that damaged 002:
 * ASCII parentheses around one lowercase syllable with a tone mark, e.g. 發(fā). An English word in
 * parentheses, (project), has none and stays: every gloss of 002 is tone-marked. The mark may be
 * a combining one after its vowel (區(qu\u0304)), as text copied from a PDF or a Mac gives it (NFD).
 */
const PINYIN_GLOSS =
  /\((?=(?:[a-zü]|\u0308)*(?:[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|\u0300|\u0301|\u0304|\u030c))(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|\u0300|\u0301|\u0304|\u0308|\u030c)+\)/gu;

export function stripGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, '');
}

/** A line break between a Han character and a Han character or a digit: perhaps the print layout's, inside a sentence. */
const LAYOUT_BREAK = /(?<=\p{Script=Han})[ \t\u3000]*\n\s*(?=[\p{Script=Han}\d])/gu;
/** Punctuation of running text: a line with none (a heading, a byline) ends where it ends. */
const RUNNING_TEXT = /[，,、；;：:。！？!?]/;

/**
 * Whether the break between two lines is the print layout's, inside a sentence (核⏎⏎发了, 课题⏎⏎336个):
 * the line before ends in a Han character and is running text, the line after starts with a Han
 * character or a digit. A heading (经济部门齐发力互促共融促发展⏎市发改委把…) keeps its break.
 */
export function isLayoutBreak(before: string, after: string): boolean {
  const last = before.trimEnd().at(-1) ?? '';
  const first = after.trimStart()[0] ?? '';
  return /\p{Script=Han}/u.test(last) && /[\p{Script=Han}\d]/u.test(first) && RUNNING_TEXT.test(before) && !PHOTO_CREDIT.test(before);
}

/** A photo caption's credit: a name of two to four characters after the caption's last full stop (…新武威。金奉乾). */
const PHOTO_CREDIT = /[。！？]\p{Script=Han}{2,4}\s*$/u;

/**
 * Text with its layout breaks (isLayoutBreak) taken out. `lineBefore` is its article's line up to it, so that a
 * span starting inside a line judges that line whole (全市4个…产业链⏎⏎对企业: the line began 招商引资铸就了“硬核力量”。, data14).
 */
function joinLayoutBreaks(text: string, lineBefore = ''): string {
  return text.replace(LAYOUT_BREAK, (match, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset + match.length);
    const before = (lineStart === 0 ? lineBefore : '') + text.slice(lineStart, offset);
    return isLayoutBreak(before, text.slice(offset + match.length, lineEnd < 0 ? undefined : lineEnd)) ? '' : match;
  });
}

export type Repair = { start: number; end: number; damaged: string; repaired: string };

/** A reviewed reading of characters the converter gets wrong (著力 read as 着力), in article offsets. */
export type ReviewedReading = { start: number; end: number; text: string; reading: string };

/**
 * What a Simplified reading replaces in an article: its damage by the repairs, and the characters
 * the converter gets wrong by their reviewed readings. Both are spans that replace what they cover.
 */
export const readingSpans = (repairs: readonly Repair[], readings: readonly ReviewedReading[]): Repair[] => [
  ...repairs,
  ...readings.map((r) => ({ start: r.start, end: r.end, damaged: r.text, repaired: r.reading })),
];

/**
 * The Simplified reading of a verbatim span: damaged runs replaced by their
 * repairs, the rest stripped of glosses and converted to Simplified, and
 * layout line breaks inside sentences removed. `start` is the span's code
 * point offset in its article, so repairs (also in article offsets) line up;
 * `lineBefore`, its article's line up to it as written, lets a break be judged by its whole line.
 */
export function toSimplifiedReading(text: string, start: number, repairs: readonly Repair[] = [], lineBefore = ''): string {
  const chars = Array.from(text);
  const end = start + chars.length;
  let out = '';
  let cursor = start;
  for (const repair of [...repairs].sort((a, b) => a.start - b.start)) {
    if (repair.end <= start || repair.start >= end) continue;
    if (repair.start < start || repair.end > end) {
      throw new Error(`repair ${repair.start}-${repair.end} straddles the span ${start}-${end}`);
    }
    out += readClean(chars.slice(cursor - start, repair.start - start).join(''));
    out += repair.repaired;
    cursor = repair.end;
  }
  out += readClean(chars.slice(cursor - start).join(''));
  return joinLayoutBreaks(out, readClean(lineBefore)).trim();
}

function readClean(text: string): string {
  return toSimplified(stripGlosses(text));
}

/**
 * The Simplified text with every character where it was, so that an offset into it is an offset into
 * the text: a conversion that changes a phrase's length (二噁英) is made a character at a time, and a
 * character whose Simplified form is of another length stays as it is.
 */
export function toSimplifiedInPlace(text: string): string {
  const chars = Array.from(text);
  const whole = Array.from(toSimplified(text));
  const simplified = whole.length === chars.length ? whole : chars.map((c) => toSimplified(c));
  return chars.map((c, k) => (simplified[k].length === c.length ? simplified[k] : c)).join('');
}

/**
 * Full-width ASCII (Ｗｕｗｅｉ, ４２９．４９) as ASCII, the ideographic space as a space, and a Kangxi
 * radical or compatibility ideograph (⾦, as a copy from a PDF gives it) as its ideograph: a character
 * for a character.
 */
export const toHalfWidth = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000\u2f00-\u2fd5\uf900-\ufaff]/g, (c) => {
    if (c === '\u3000') return ' ';
    const code = c.charCodeAt(0);
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
    const unified = c.normalize('NFKC');
    return unified.length === 1 ? unified : c;
  });

/** A user's text folded a code point for a code point (toReadingForm, before its glosses are closed up). */
function foldedForm(text: string): string {
  const chars = Array.from(text);
  // Half-width first, a character for a character, so a Kangxi radical (⾨) is made Simplified as its ideograph.
  const simplified = Array.from(toSimplifiedInPlace(toHalfWidth(text)));
  return chars
    .map((c, k) => {
      const folded = simplified[k];
      const lower = folded.toLowerCase();
      return lower.length === c.length ? lower : folded.length === c.length ? folded : c;
    })
    .join('')
    .replace(/\r\n?/g, (end) => (end.length === 2 ? ' \n' : '\n'));
}

/** A run of Han characters with pinyin glosses among or after them (發(fā)展, 設(shè)置, 三(sān)十萬). */
const GLOSSED_RUN = new RegExp(`\\p{Script=Han}(?:\\p{Script=Han}|${PINYIN_GLOSS.source})*`, 'gu');

/**
 * A user's text folded for reading figures, places and measures: Simplified, full-width ASCII as ASCII,
 * lower case, and every line break an LF (a CRLF's CR a space), so lines and paragraphs read alike
 * however a system ends them, and 專案 as 项目. Pasted from 002 (資(zī)金, 增長(zhǎng)50.38%, 三(sān)十萬), a gloss's letters
 * would be read as words and part a word or a numeral: a run of Han characters closes up over its
 * glosses, their length following it as spaces. The form keeps the text's length, and an offset into
 * it is one into the text except within a glossed run, which textSpan maps back.
 */
export function toReadingForm(text: string): string {
  return (
    foldedForm(text)
      .replace(GLOSSED_RUN, (run) => run.replace(PINYIN_GLOSS, '').padEnd(run.length, ' '))
      // Taiwan's 專案 is the mainland's 项目 (省列重大專案), as search reads it; not a 专案组, a special investigation team.
      .replace(/专案(?!组)/g, '项目')
  );
}

/** Each glossed run of the last text asked of, and where each of its closed-up characters stands in the text. */
let glossed: { text: string; runs: { from: number; to: number; kept: number[] }[] } | undefined;

/** The runs toReadingForm closes up in `text`, read once for the last text: its figures are asked of in turn. */
function glossedRuns(text: string) {
  if (glossed?.text !== text) {
    const runs = [...foldedForm(text).matchAll(GLOSSED_RUN)].filter((run) => run[0].includes('('));
    glossed = {
      text,
      runs: runs.map((run) => {
        const from = run.index ?? 0;
        // The run's characters, not its glosses, in order.
        const kept: number[] = [];
        let k = from;
        for (const gloss of [...run[0].matchAll(PINYIN_GLOSS), { index: run[0].length, 0: '' }]) {
          for (; k < from + (gloss.index ?? 0); k++) kept.push(k);
          k += gloss[0].length;
        }
        return { from, to: from + run[0].length, kept };
      }),
    };
  }
  return glossed.runs;
}

/** Where a span of toReadingForm(text) stands in `text` (a figure after a gloss in its run is further on in the text). */
export function textSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  // No parenthesis (half- or full-width), no gloss: the form's offsets are the text's.
  if (!/[(（]/.test(text)) return span;
  let { start, end } = span;
  for (const { from, to, kept } of glossedRuns(text)) {
    if (to <= span.start || from >= span.end) continue;
    if (span.start >= from) start = kept[span.start - from] ?? to;
    if (span.end <= to) end = span.end - from - 1 < kept.length ? kept[span.end - from - 1] + 1 : to;
  }
  return { start, end };
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/** Whether the dataset's Simplified reading of a passage differs from its text (002: Traditional script, glosses, repaired damage). */
export const hasOwnReading = (p: { text: string; text_zh_hans: string }) => squeezed(p.text_zh_hans) !== squeezed(p.text);
