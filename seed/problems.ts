import { distance } from 'fastest-levenshtein';
import { toSimplified } from '../src/domain/chinese.ts';
import { withoutZhEnding } from '../src/domain/places.ts';

/**
 * An unknown name, said with the known one it was likely meant as: one a letter or two off (wu-wei, a metric key
 * with a letter missing), or the key of a record whose name it is (Wuwei, 武威市 for wuwei), as the API suggests.
 */
export function unknownName(kind: string, name: string, known: Iterable<string>, namesOf: (key: string) => string[] = () => []): string {
  const fold = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  // A name as a curator may write it: Traditional, without its 市 or 县, or with City or County (張掖市, 武威, Wuwei City: rev30).
  const plain = (text: string) =>
    fold(withoutZhEnding(toSimplified(text)).replace(/[\s-](?:city|county|district|prefecture|province)$/i, ''));
  const [asWritten, asNamed] = [fold(name), plain(name)];
  let best: { key: string; far: number } | undefined;
  for (const key of known) {
    const far = namesOf(key).some((n) => plain(n) === asNamed) || plain(key) === asNamed ? 0 : distance(fold(key), asWritten);
    if (far <= Math.max(2, Math.floor(key.length / 6)) && (!best || far < best.far)) best = { key, far };
  }
  return `unknown ${kind} "${name}"${best ? ` (did you mean "${best.key}"?)` : ''}`;
}

/** An area's names by its slug, for unknownName: 武威市 and Wuwei are wuwei's. */
export const cityNames =
  (data: { cities: readonly { slug: string; name_zh: string; name_en: string }[] }) =>
  (slug: string): string[] => {
    const city = data.cities.find((c) => c.slug === slug);
    return city ? [city.name_zh, city.name_en] : [];
  };

/** A character as a message shows it: escaped where it would not show (\n, a no-break space) and with its code point. */
const shown = (ch: string | undefined) =>
  ch === undefined
    ? 'nothing (the end)'
    : `"${JSON.stringify(ch).slice(1, -1)}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/** The code-point offsets at which an article writes a quote, the first `most` of them. */
export function placesOf(article: readonly string[], quote: string[], most = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = [];
  if (quote.length === 0) return found;
  for (let at = article.indexOf(quote[0]); at >= 0 && found.length < most; at = article.indexOf(quote[0], at + 1))
    if (quote.every((ch, j) => article[at + j] === ch)) found.push(at);
  return found;
}

/**
 * Why a passage's text is not the article's at its offsets, as a curator can act on it: the first
 * character where they part (a 行动 typed for 行動, a full-width comma, a no-break space show only by
 * their code points), and where the text really is, if it is anywhere.
 */
export function quoteMismatch(article: readonly string[], p: { start: number; end: number; text: string }): string {
  const quote = Array.from(p.text);
  let k = 0;
  while (k < quote.length && article[p.start + k] === quote[k]) k++;
  const around = JSON.stringify(article.slice(Math.max(p.start, p.start + k - 8), p.start + k + 8).join(''));
  const found = placesOf(article, quote, 3);
  const where =
    found.length === 0
      ? 'the text is nowhere in the article: copy it again from the article as received'
      : found.length === 1
        ? `the text is at ${found[0]}-${found[0] + quote.length}: set "start": ${found[0]}, "end": ${found[0] + quote.length}`
        : `the text is at ${found.map((at) => `${at}-${at + quote.length}`).join(', ')}: lengthen it until it is written once`;
  const parted =
    k === quote.length
      ? `the quote ends at ${p.start + k}, where the article's span goes on to ${p.end}`
      : `at ${p.start + k} (character ${k + 1} of the quote) the quote has ${shown(quote[k])} where the article has ${shown(article[p.start + k])}, in ${around}`;
  return `does not match the article at code points ${p.start}-${p.end}: ${parted}; ${where}`;
}

/** A problem found in the seed: which file, which record, which field, and why. */
export type Problem = { file: string; id: string; field: string; reason: string };

/** Records one problem: the file, the record, the field, and why. */
export type Report = (file: string, id: string, field: string, reason: string) => void;

/** One line: a reason quoting a passage's line breaks writes them as \n. */
export function formatProblem(p: Problem): string {
  // A fault of the file as a whole (not JSON, not a list) is of no record and no field: said as the file's.
  const where = [p.file, p.id, p.field].filter((part, k) => k === 0 || part !== '-').join(' ');
  return `${where}: ${p.reason.replace(/\r?\n/g, '\\n')}`;
}

/** Thrown when the seed does not verify; carries every problem, not just the first. */
export class SeedError extends Error {
  constructor(
    readonly problems: Problem[],
    stage: 'reading' | 'checking' = 'checking',
  ) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const then = stage === 'reading' ? '\n(the checks across records run once every file and row reads)' : '';
    super(
      `seed does not verify (${count}${stage === 'reading' ? ' reading its files' : ''}):\n${problems.map(formatProblem).join('\n')}${then}`,
    );
    this.name = 'SeedError';
  }
}
