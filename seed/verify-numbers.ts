/**
 * Numbers as the records' words write them, checked by every build (seed/verify.ts runs it): an English rendering says
 * the numbers its Chinese says (a passage's text_en its text, a record's *_en its *_zh), and a record's Chinese words
 * say only numbers its quotes write (cur16: 492.49 in a translation of 429.49, a figure in a description the article
 * does not give). Numbers are compared by their digits (42.949 billion and 429.49亿 are 42949), from three digits on: a smaller one may be a Chinese numeral's (第十四讲, the 14th) or a date's. Years are the periods' to
 * check (seed/verify-rules.ts), a year in brackets is a gloss (9月28日 (2023)), and 000 … 004 name the articles.
 */
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
  for (const p of data.passages) {
    const written = digitsIn(p.text, p.text_zh_hans);
    for (const n of numbersOf(p.text_en))
      if (!written.has(digitsOf(n)))
        add('data/passages.json', p.id, 'text_en', `${n} is not a number the passage's text writes: a translation says the text's numbers`);
  }
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  for (const [file, kind, key, pairs, quoted] of FIELDS)
    for (const record of data[kind] as unknown as Words[]) {
      const id = String(record[key]);
      for (const [zh, en] of pairs) {
        const said = digitsIn(record[zh] as string | null);
        for (const n of numbersOf(record[en] as string | null))
          if (!said.has(digitsOf(n))) add(file, id, en, `${n} is not a number ${zh} says: the English says the numbers its Chinese says`);
      }
      const quotes = (record.evidence ?? []).map((e) => passages.get(e)).filter((p) => p !== undefined);
      const written = digitsIn(...quotes.flatMap((p) => [p.text, p.text_zh_hans]));
      for (const field of quoted)
        for (const n of numbersOf(record[field] as string | null))
          if (!written.has(digitsOf(n)))
            add(file, id, field, `${n} is written in none of its quotes: a record's words say only the numbers its quotes write`);
    }
}
