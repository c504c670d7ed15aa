/**
 * Numbers as the records' words write them, checked by every build (seed/verify.ts runs it): an English rendering says
 * the numbers its Chinese says (a passage's text_en its text, a record's *_en its *_zh), and a record's Chinese words
 * say only numbers its quotes write (cur16: 492.49 in a translation of 429.49, a figure in a description the article
 * does not give). Numbers are compared by their digits (42.949 billion and 429.49亿 are 42949), from three digits on: a smaller one may be a Chinese numeral's (第十四讲, the 14th) or a date's. Years are the periods' to
 * check (seed/verify-rules.ts), a year in brackets is a gloss (9月28日 (2023)), and 000 … 004 name the articles.
 * The same digits must also say the same worth: 4.2949 billion has the digits of 429.49亿 and is a tenth of it, so
 * figures whose digits agree are compared as the claim reader reads them (src/domain/numbers.ts), magnitude and all.
 */
import { hasOwnReading, toReadingForm } from '../src/domain/chinese.ts';
import { readFigures, type WrittenFigure } from '../src/domain/numbers.ts';
import { CHINESE_DIGITS, parseChineseNumeral } from '../src/domain/numerals.ts';
import type { Report } from './problems.ts';
import type { SeedData } from './records.ts';

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const NUMERALS = new RegExp(`[${CHINESE_DIGITS}万亿]+`, 'gu');
const YEAR = /^(?:19|20)\d\d$/;
/** A number's digits, with no separator, point, or zeros at either end: what stays of it in any magnitude. */
const digitsOf = (number: string) => number.replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
/** The numbers of a text worth comparing: three significant digits or more, no year, no year in brackets. */
const numbersOf = (text: string | null | undefined) =>
  [...(text ?? '').replace(/[(（]\s*(?:19|20)\d\d\s*[)）]/g, ' ').matchAll(NUMBER)]
    .map((m) => m[0])
    .filter((n) => n.replace(/[,.]/g, '').length >= 3 && !YEAR.test(n) && !/^0\d/.test(n));
/** The digits of every number a Chinese text writes, in digits or in numerals (百强: the Top 100). */
const digitsIn = (...texts: (string | null | undefined)[]) =>
  new Set(
    texts.flatMap((t) => [
      ...[...(t ?? '').matchAll(NUMBER)].map((m) => digitsOf(m[0])),
      ...[...(t ?? '').matchAll(NUMERALS)].map((m) => digitsOf(String(parseChineseNumeral(m[0]) ?? ''))),
    ]),
  );

type Read = { figure: WrittenFigure; text: string };
/** A text's figures as the claim reader reads them, with the text they were read from (their offsets are into it). */
const figuresOf = (...texts: (string | null | undefined)[]): Read[] =>
  texts.flatMap((t) => {
    const text = toReadingForm(t ?? '');
    return readFigures(text).map((figure) => ({ figure, text }));
  });
/** What a text's numbers are worth: its figures, and a numeral the reader takes for no figure at its face (百强: the Top 100). */
function saidIn(...texts: (string | null | undefined)[]): { figures: Read[]; worth: Set<string> } {
  const figures = figuresOf(...texts);
  const numerals = texts.flatMap((t) => [...(t ?? '').matchAll(NUMERALS)].map((m) => String(parseChineseNumeral(m[0]))));
  return { figures, worth: new Set([...figures.map((f) => f.figure.base), ...numerals]) };
}
/** A figure as its text writes it, for a message. */
const phrase = ({ figure, text }: Read) => text.slice(figure.start, figure.end).trim();
const digitsOfFigure = ({ figure }: Read) => digitsOf(figure.decimal.replace('-', ''));
/**
 * Where a figure of `text` has the digits of a figure said but none of their worth (4.2949 billion for 429.49亿,
 * 19,000 for 1900多): what each writes, for the message. Digits that match no figure are the digit check's to report.
 */
function otherMagnitudes(said: ReturnType<typeof saidIn>, text: string | null | undefined): string[] {
  return figuresOf(text)
    .filter((f) => !said.worth.has(f.figure.base))
    .flatMap((f) => {
      const same = said.figures.filter((s) => digitsOfFigure(s) === digitsOfFigure(f));
      return same.length === 0
        ? []
        : [`${phrase(f)} is ${f.figure.base} where ${[...new Set(same.map((s) => `${phrase(s)} is ${s.figure.base}`))].join(', ')}`];
    });
}

type Words = Record<string, unknown> & { evidence?: readonly string[] };
/** Each kind of record's words: pairs of a Chinese field and its English, and the Chinese fields its quotes must bear out. */
const FIELDS: [file: string, kind: keyof SeedData, id: string, pairs: [string, string][], quoted: string[]][] = [
  ['data/indicators.json', 'indicators', 'id', [['label_zh', 'label_en']], ['label_zh']],
  [
    'data/initiatives.json',
    'initiatives',
    'id',
    [
      ['name_zh', 'name_en'],
      ['description_zh', 'description_en'],
    ],
    ['name_zh', 'description_zh'],
  ],
  [
    'data/complaints.json',
    'complaints',
    'id',
    [
      ['title_zh', 'title_en'],
      ['problem_zh', 'problem_en'],
      ['handling_zh', 'handling_en'],
      ['location_zh', 'location_en'],
      ['raised_by_zh', 'raised_by_en'],
    ],
    ['title_zh', 'problem_zh', 'handling_zh', 'location_zh', 'raised_by_zh'],
  ],
  [
    'data/projects.json',
    'projects',
    'id',
    [
      ['name_zh', 'name_en'],
      ['description_zh', 'description_en'],
    ],
    ['name_zh', 'description_zh'],
  ],
  [
    'data/metrics.json',
    'metrics',
    'key',
    [
      ['name_zh', 'name_en'],
      ['definition_zh', 'definition'],
    ],
    [],
  ],
  [
    'data/scopes.json',
    'scopes',
    'key',
    [
      ['name_zh', 'name_en'],
      ['definition_zh', 'definition'],
    ],
    [],
  ],
];

export function checkNumbersRendered(data: SeedData, add: Report): void {
  // Each passage is read once (its reading too, where it is not the text's: 002's repairs), and its records' quotes say what it says.
  const passageSays = new Map(
    data.passages.map((p) => [
      p.id,
      p.text_zh_hans !== undefined && hasOwnReading({ text: p.text, text_zh_hans: p.text_zh_hans })
        ? saidIn(p.text, p.text_zh_hans)
        : saidIn(p.text),
    ]),
  );
  for (const p of data.passages) {
    const written = digitsIn(p.text, p.text_zh_hans);
    for (const n of numbersOf(p.text_en))
      if (!written.has(digitsOf(n)))
        add('data/passages.json', p.id, 'text_en', `${n} is not a number the passage's text writes: a translation says the text's numbers`);
    for (const other of otherMagnitudes(passageSays.get(p.id) ?? saidIn(), p.text_en))
      add('data/passages.json', p.id, 'text_en', `${other}: a translation says the text's numbers in their magnitude`);
  }
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  for (const [file, kind, key, pairs, quoted] of FIELDS)
    for (const record of data[kind] as unknown as Words[]) {
      const id = String(record[key]);
      for (const [zh, en] of pairs) {
        const said = digitsIn(record[zh] as string | null);
        for (const n of numbersOf(record[en] as string | null))
          if (!said.has(digitsOf(n))) add(file, id, en, `${n} is not a number ${zh} says: the English says the numbers its Chinese says`);
        for (const other of otherMagnitudes(saidIn(record[zh] as string | null), record[en] as string | null))
          add(file, id, en, `${other} in ${zh}: the English says the numbers its Chinese says, in their magnitude`);
      }
      const quotes = (record.evidence ?? []).map((e) => passages.get(e)).filter((p) => p !== undefined);
      const written = digitsIn(...quotes.flatMap((p) => [p.text, p.text_zh_hans]));
      for (const field of quoted)
        for (const n of numbersOf(record[field] as string | null))
          if (!written.has(digitsOf(n)))
            add(file, id, field, `${n} is written in none of its quotes: a record's words say only the numbers its quotes write`);
      const says = (record.evidence ?? []).flatMap((e) => passageSays.get(e) ?? []);
      const quotesSay = { figures: says.flatMap((s) => s.figures), worth: new Set(says.flatMap((s) => [...s.worth])) };
      for (const field of quoted)
        for (const other of otherMagnitudes(quotesSay, record[field] as string | null))
          add(file, id, field, `${other} in its quotes: a record's words say its quotes' numbers in their magnitude`);
    }
}
