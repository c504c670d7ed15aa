/**
 * What claim checking knows of a database's words, read once per database: the names of its areas,
 * the terms of its measures (each metric's names, definitions, key and retired aliases, and each
 * scope's names) with their weights, and, on demand, the terms of each indicator's labels.
 */

import { CACHES } from '../../config.ts';
import type { Db } from '../../db/open.ts';
import { column, rows } from '../../db/statements.ts';
import { toReadingForm } from '../../domain/chinese.ts';
import { blankedForm, readText } from '../../domain/claims.ts';
import { termSet, termsOf, termWeight, uncoveredTerms } from '../../domain/measures.ts';
import { type Area, namesOf, readPlaces } from '../../domain/places.ts';
import { groupBy } from '../../group.ts';
import { Lru } from '../../lru.ts';

export type Place = Area;

type MetricWords = {
  /** Every term of its names, definitions, key and aliases. */
  terms: Set<string>;
  /** The terms of its Chinese and English names, each on its own with their weights: how much of a name a claim says. */
  names: Map<string, number>[];
};

type LabelTerms = {
  terms: Set<string>;
  names: Map<string, number>[];
  subject: Set<string>;
  /** A case's complaint's place, as runs of three characters a claim names it by. */
  place: Set<string>;
};

/** An indicator as its words are read: its labels, and the complaint whose case it is (if any). */
type LabelledRecord = { id: string; label_zh: string; label_en: string; complaint: string | null };

export type Lexicon = {
  places: Map<string, Place>;
  /** Each name a text may give an area (reading form), and the area's slug. */
  placeNames: Map<string, string>;
  /** Words for the whole province (全省): an area only where the text names no other. */
  provinceWords: Map<string, string>;
  metrics: Map<string, MetricWords>;
  /** Each scope's terms and names, and the word that names its part (partWord). */
  scopes: Map<string, { terms: Set<string>; name_zh: string; name_en: string; part: { zh?: string; en?: string } }>;
  /** A term's weight among the measures: rare terms say more. */
  weight: (term: string) => number;
  /** Whether a term is a word of some measure's names or definition (资金, funds; not 仅落, also). */
  measureWord: (term: string) => boolean;
  /**
   * The terms of an indicator's labels, its areas, periods and figures left out: all of them, each label's, and
   * those no measure's words cover (the subject's own: 商局 of 招商局), by which a claim names one body, programme
   * or case; and a case's complaint's place (涧河水源), which a label may not say.
   */
  labelTerms: (record: LabelledRecord) => LabelTerms;
  /** The areas that hold a record, or hold an area that does: a claim's subject is one of them where it names one. */
  recorded: Set<string>;
  /** The record each record is part of, and its metric (part_of: 002-i047, the started, of 002-i046, the signed). */
  partOf: Map<string, LabelledRecord & { metric: string }>;
  /** The scopes each area's records tell parts apart by (new_projects, out_of_province, one_body …). */
  scopesOf: Map<string, string[]>;
};

/**
 * The word that names a scope's part, as its name says it: 新引进 of 新引进项目口径, 'newly introduced' of 'Newly introduced
 * projects only'; none for a name of two words in one (重点(重大)), which names no part by either alone.
 */
function partWord(scope: { name_zh: string; name_en: string }): { zh?: string; en?: string } {
  const zh = scope.name_zh.replace(/口径|项目/gu, '');
  const en = scope.name_en
    .toLowerCase()
    .replace(/\s+only$|\bprojects\b/g, '')
    .trim();
  return { zh: /^\p{Script=Han}+$/u.test(zh) ? zh : undefined, en: /^[a-z -]+$/.test(en) && !/\bor\b/.test(en) ? en : undefined };
}

const lexicons = new WeakMap<Db, Lexicon>();

const RECORDED = 'select distinct ancestor from city_ancestors where city in (select city from indicators)';
const SCOPED = 'select distinct city, scope from indicators where scope is not null order by city, scope';

/**
 * The province the articles report on: 全省 (the whole province) in a claim is Gansu, as the
 * curation gives province-wide figures to gansu (docs/CURATION.md, "Records"), and so is 我省 (our
 * province), as the articles, Gansu's own reporting, write it. Weaker than a name:
 * in 武威…增速高于全省目标 the figure is Wuwei's, measured against the province.
 */
const PROVINCE_WORDS: [string, string][] = [
  ['全省', 'gansu'],
  ['我省', 'gansu'],
  ['the whole province', 'gansu'],
  ['our province', 'gansu'],
  ['the entire province', 'gansu'],
  ['province-wide', 'gansu'],
  ['provincewide', 'gansu'],
  ['the province', 'gansu'],
];

export function lexiconOf(db: Db): Lexicon {
  const known = lexicons.get(db);
  if (known) return known;
  const areas = rows<Area>(db, 'select slug, name_zh, name_en, level from cities order by slug', []);
  const placeNames = new Map<string, string>();
  for (const area of areas)
    for (const name of namesOf(area)) if (!placeNames.has(toReadingForm(name))) placeNames.set(toReadingForm(name), area.slug);
  const provinceWords = new Map(PROVINCE_WORDS.filter(([, slug]) => areas.some((a) => a.slug === slug)));

  const aliasRows = rows<{ alias: string; metrics: string }>(db, 'select alias, metrics from metric_aliases', []);
  const aliases = groupBy(
    aliasRows.flatMap((a) => (JSON.parse(a.metrics) as string[]).map((key) => ({ key, alias: a.alias }))),
    (a) => a.key,
  );
  const keyWords = (key: string) => key.replace(/[._]/g, ' ');
  const metrics = new Map<string, MetricWords>();
  const frequency = new Map<string, number>();
  type MetricRow = { key: string; name_zh: string; name_en: string; definition: string; definition_zh: string };
  for (const m of rows<MetricRow>(db, 'select key, name_zh, name_en, definition, definition_zh from metrics order by key', [])) {
    const aliasesOf = (aliases.get(m.key) ?? []).map((a) => a.alias);
    const texts = [m.name_zh, m.name_en, m.definition, m.definition_zh, keyWords(m.key), ...aliasesOf.map(keyWords)];
    const terms = new Set(texts.flatMap((t) => termsOf(toReadingForm(t)).map((x) => x.term)));
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    metrics.set(m.key, {
      terms,
      names: [m.name_zh, m.name_en].map((name) => new Map([...termSet(toReadingForm(name))].map((t) => [t, 0]))),
    });
  }
  const scopes: Lexicon['scopes'] = new Map();
  for (const s of rows<{ key: string; name_zh: string; name_en: string }>(db, 'select key, name_zh, name_en from scopes', [])) {
    scopes.set(s.key, { ...s, terms: termSet(toReadingForm(`${s.name_zh} ${s.name_en} ${keyWords(s.key)}`)), part: partWord(s) });
  }
  // A word three or more scopes' names share (项目, projects, 口径, only, province) names none of them:
  // 招商引资项目629个,到位资金… says projects, not newly introduced ones. A word of two (新引进, 省外) names each.
  const shared = new Map<string, number>();
  for (const { terms } of scopes.values()) for (const term of terms) shared.set(term, (shared.get(term) ?? 0) + 1);
  for (const scope of scopes.values()) for (const term of scope.terms) if ((shared.get(term) ?? 0) > 2) scope.terms.delete(term);
  const documents = metrics.size;
  const weight = (term: string) => termWeight(frequency.get(term) ?? 0, documents);
  const weighed = (terms: Iterable<string>) => new Map([...terms].map((t) => [t, weight(t)]));
  for (const m of metrics.values()) m.names = m.names.map((name) => weighed(name.keys()));

  // Labels name the area and often the year (武威市2023年…): read like a claim, those are left out.
  const labels = new Lru<LabelTerms>(CACHES.claimLabels);
  const measureWord = (term: string) => frequency.has(term);
  const casePlaces = new Map(
    rows<{ id: string; location_zh: string }>(db, 'select id, location_zh from complaints where location_zh is not null', []).map((c) => [
      c.id,
      c.location_zh,
    ]),
  );
  const blank = (text: string) => {
    const read = readText(text, placeNames);
    return blankedForm(read, [...read.places, ...readPlaces(read.form, provinceWords)]);
  };
  const labelTerms = ({ id, label_zh, label_en, complaint }: LabelledRecord) => {
    const cached = labels.get(id);
    if (cached) return cached;
    const blanked = [label_zh, label_en].map(blank);
    const names = blanked.map((text) => weighed(termSet(text)));
    const subject = new Set(blanked.flatMap((text) => [...uncoveredTerms(text, measureWord)]));
    // The mechanism a label says its figure was done through names it, measure words or not (通过社会监督意见办理…,
    // through handling of public supervision opinions: rev32, a claim saying so had been told to name it).
    const through = [
      /通过(\p{Script=Han}{2,}?)办理/u.exec(label_zh)?.[1],
      /\bthrough (?:the )?(?:handling of )?([a-z -]+?)(?:,|$)/i.exec(label_en)?.[1],
    ];
    for (const words of through) for (const { term } of termsOf(toReadingForm(words ?? ''))) subject.add(term);
    // A place is named by three characters of it running on (涧河水, 兴盛嘉): two would be a common word (小区, 水源).
    const casePlace = complaint ? blank(casePlaces.get(complaint) ?? '') : '';
    const place = new Set([...casePlace].map((_, k, chars) => chars.slice(k, k + 3).join('')).filter((run) => /^\S{3}$/u.test(run)));
    const made = { terms: new Set(names.flatMap((n) => [...n.keys()])), names, subject, place };
    labels.set(id, made);
    return made;
  };

  const places = new Map(areas.map((a) => [a.slug, a]));
  const partOf = new Map(
    rows<LabelledRecord & { part: string; metric: string }>(
      db,
      'select part.id as part, whole.id, whole.label_zh, whole.label_en, whole.complaint, whole.metric from indicators part join indicators whole on whole.id = part.part_of',
      [],
    ).map(({ part, ...whole }) => [part, whole]),
  );
  // Areas that hold records, theirs or of an area within them (浙江省 of a company's name holds none).
  const recorded = new Set(column<string>(db, RECORDED, []));
  const scopesOf = new Map<string, string[]>();
  for (const { city, scope } of rows<{ city: string; scope: string }>(db, SCOPED, []))
    scopesOf.set(city, [...(scopesOf.get(city) ?? []), scope]);
  const lexicon: Lexicon = {
    places,
    placeNames,
    provinceWords,
    metrics,
    scopes,
    weight,
    measureWord,
    labelTerms,
    partOf,
    recorded,
    scopesOf,
  };
  lexicons.set(db, lexicon);
  return lexicon;
}
