/**
 * The known values closest to a value a request gave that is not one of them (a city, a metric, a
 * parameter's name): the suggestions of a 400.
 */
import { distance } from 'fastest-levenshtein';
import type { Term } from '../db/vocabulary.ts';
import { toSimplified } from '../domain/chinese.ts';
import { stem } from '../domain/measures.ts';
import { withoutZhEnding } from '../domain/places.ts';

/**
 * A name as compared: Simplified, lower case, as written and without the ending an area's name may
 * drop (src/domain/places.ts: 肃南 for 肃南裕固族自治县), so 肃南藏族自治县 and 临夏自治州 find theirs.
 */
function folded(name: string): string[] {
  const simplified = toSimplified(name.trim().toLowerCase());
  const short = withoutZhEnding(simplified);
  return short === simplified ? [simplified] : [simplified, short];
}

/** What a list of terms is compared by, made once per list (a vocabulary's list is built once per database). */
type TermIndex = {
  /** Each term's names folded (a Traditional-to-Simplified conversion, too dear to repeat per request). */
  names: string[][];
  /** The keys by each dotted part and each word of them (funds_in_place, funds, visitors). */
  parts: Map<string, string[]>;
  /** The keys by their stem (city for cities). */
  stems: Map<string, string[]>;
};

const indexes = new WeakMap<readonly Term[], TermIndex>();

const add = (map: Map<string, string[]>, key: string, value: string) => {
  const values = map.get(key) ?? [];
  if (!values.includes(value)) values.push(value);
  map.set(key, values);
};

/** A list's index: ten thousand areas are compared on every refused value, so nothing is worked out twice. */
function indexOf(terms: readonly Term[]): TermIndex {
  let index = indexes.get(terms);
  if (!index) {
    index = { names: [], parts: new Map(), stems: new Map() };
    for (const t of terms) {
      index.names.push(t.names.filter(Boolean).flatMap(folded));
      for (const part of [...t.value.split('.'), ...t.value.split(/[._-]/)]) add(index.parts, part, t.value);
      add(index.stems, stem(t.value), t.value);
    }
    indexes.set(terms, index);
  }
  return index;
}

/**
 * The term a value names exactly, by its key in other capitals (Wuwei) or by a name of it (武威, 武威市, 張掖): where one
 * is, the value is no mistake of spelling, only of what the parameter takes (its code).
 */
export function namedBy(value: string, terms: readonly Term[]): Term | undefined {
  const lower = value.toLowerCase();
  const wanted = folded(value);
  const { names } = indexOf(terms);
  const found = terms.filter((t, at) => t.value.toLowerCase() === lower || names[at].some((n) => wanted.includes(n)));
  return found.length === 1 ? found[0] : undefined;
}

/** The edits between two spellings, two letters swapped side by side counted as one (wuwie, ctiy). */
function spelling(a: string, b: string): number {
  const edits = distance(a, b);
  if (edits !== 2 || a.length !== b.length) return edits;
  let at = 0;
  while (a[at] === b[at]) at++;
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2) ? 1 : edits;
}

/**
 * The known values closest to `value`: by one of their names, else the keys it begins (three-grasps
 * for three-grasps-three-promotes), else the keys it is a dotted part or a word of
 * (funds_in_place, visitors for tourism.visitors), else the same name singular or plural (cities for city), else by
 * spelling; the best three at most.
 */
export function suggestions(value: string, terms: readonly Term[]): string[] {
  const lower = value.toLowerCase();
  // The key itself in other capitals (cny for CNY), or a number without the zeros a spreadsheet drops (4 for 004).
  const same = terms.filter(
    (t) => t.value.toLowerCase() === lower || (/^\d+$/.test(value) && /^0+\d+$/.test(t.value) && Number(t.value) === Number(value)),
  );
  if (same.length > 0) return same.slice(0, 3).map((t) => t.value);
  const wanted = folded(value);
  const { names, parts, stems } = indexOf(terms);
  const byName = terms.filter((_, at) => names[at].some((n) => wanted.some((w) => n === w || (w.length >= 2 && n.includes(w)))));
  if (byName.length > 0) return byName.slice(0, 3).map((t) => t.value);
  const begun = lower.length >= 4 ? terms.filter((t) => t.value.startsWith(lower)) : [];
  if (begun.length > 0) return begun.slice(0, 3).map((t) => t.value);
  // A dotted part of a key (funds_in_place of investment.funds_in_place), or a word of one.
  const worded = lower.length >= 4 ? (parts.get(lower) ?? []) : [];
  if (worded.length > 0) return worded.slice(0, 3);
  // The plural of a singular name, or the other way (cities for city, as /compare names it).
  const counted = stems.get(stem(lower)) ?? [];
  if (counted.length > 0) return counted.slice(0, 3);
  // A slip of about one key in three, at least one: wuwie and jiuqaun are near, wuhan is no sunan (two of five).
  // Keys whose length alone puts them past the bound are not spelled out (no edit distance is below it).
  const most = Math.max(1, Math.floor(value.length / 3));
  const near = terms
    .filter((t) => Math.abs(t.value.length - lower.length) <= most)
    .map((t) => ({ value: t.value, d: spelling(lower, t.value.toLowerCase()) }))
    .filter((t) => t.d <= most)
    .sort((a, b) => a.d - b.d || (a.value < b.value ? -1 : 1));
  return near.slice(0, 3).map((t) => t.value);
}

/** The record ids one slip of a key away from an id that names none (000-i0311 for 000-i031), the first three in key order. */
export const nearIds = (key: string, ids: readonly string[]): string[] =>
  ids.filter((id) => spelling(key.toLowerCase(), id) <= 1).slice(0, 3);

/** Words a reader guesses for a route's segment that no spelling slip reaches (citation for cite, swagger.json for openapi.json). */
const GUESSED: Readonly<Record<string, string>> = { citation: 'cite', citations: 'cite', 'swagger.json': 'openapi.json', swagger: 'docs' };

/** A prefix other APIs put before their routes (/api, /v1, /api/v1), which this one has none of. */
const PREFIX = /^\/(?:api(?:\/v\d+)?|v\d+)(?=\/)/i;

/**
 * The route closest to a path that has none, its parameters filled in from the path: each fixed
 * segment spelled nearly so (cites for cities), the same word singular or plural (city, indicator),
 * or a word readers guess for it (GUESSED), a trailing slash dropped (/cities/ for /cities) and a
 * prefix other APIs have (/api/v1/indicators) left out. Undefined when no route is near.
 */
export function nearestPath(path: string, routes: Iterable<string>): string | undefined {
  const prefixed = PREFIX.exec(path);
  const tries = prefixed
    ? [
        { path, cost: 0 },
        { path: path.slice(prefixed[0].length), cost: 1 },
      ]
    : [{ path, cost: 0 }];
  let best: { path: string; cost: number } | undefined;
  for (const route of routes) {
    const fixed = route.split('/');
    for (const tried of tries) {
      const given = (tried.path.replace(/\/+$/, '') || '/').split('/');
      if (fixed.length !== given.length) continue;
      let cost = tried.cost;
      for (let k = 0; k < fixed.length && cost < Number.POSITIVE_INFINITY; k++) {
        if (fixed[k].startsWith(':')) {
          // A parameter is filled by what the path gave, never by nothing or a dot segment a browser would resolve (/cities/..).
          if (['', '.', '..', '%2e', '%2e%2e', '.%2e', '%2e.'].includes(given[k].toLowerCase())) cost = Number.POSITIVE_INFINITY;
          continue;
        }
        const word = given[k].toLowerCase();
        const apart = distance(word, fixed[k]);
        const near = fixed[k] !== '' && apart <= Math.max(1, Math.floor(fixed[k].length / 3));
        const alike = fixed[k] !== '' && (stem(word) === stem(fixed[k]) || GUESSED[word] === fixed[k]);
        cost += apart === 0 ? 0 : near ? apart : alike ? 1 : Number.POSITIVE_INFINITY;
      }
      if (cost < (best?.cost ?? Number.POSITIVE_INFINITY)) {
        best = { path: fixed.map((segment, k) => (segment.startsWith(':') ? given[k] : segment)).join('/') || '/', cost };
      }
    }
  }
  return best && best.path !== path ? best.path : undefined;
}
