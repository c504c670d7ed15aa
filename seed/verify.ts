/**
 * Every cross-record check of the seed: offsets against the articles, values
 * against their quotes, references between records, units, periods, and the
 * coverage of every digit run. Returns all problems found.
 */

import { readWrittenNumber } from '../src/domain/numerals.ts';
import { periodRange } from '../src/domain/periods.ts';
import { valueBaseOf } from '../src/domain/units.ts';
import { cityNames, type Problem, quoteMismatch, type Report, unknownName } from './problems.ts';
import { checkPublished } from './published.ts';
import { codePointsOf, type IndicatorRecord, type PassageRecord, type SeedData } from './records.ts';
import { checkNumbersRendered } from './verify-numbers.ts';
import { checkAuthors, checkLabelsNameTimes, checkProjects, checkRetired, checkReviewedReadings, checkSlugs } from './verify-records.ts';
import {
  checkCampaignPeriods,
  checkCaseFigures,
  checkFigureKinds,
  checkFramedParagraphs,
  checkQuotesPointOnce,
  checkSimplifiedNames,
  checkUnitsAsWritten,
} from './verify-rules.ts';
import { checkNamedProvinces, checkRenderings } from './verify-words.ts';

/** An exclusion's note glossing the text after it, in English (2023年8月 (photo caption)) and in Chinese (2023年8月(图片说明)). */
const GLOSS = / \([^()]+\)$/;
const GLOSS_ZH = /[(（][^()（）]+[)）]$/;

/** A digit run as the coverage rule sees it: ASCII digits, a decimal counts as one run. */
export const DIGIT_RUN = /[0-9]+(?:\.[0-9]+)?/g;

function duplicates<T>(rows: T[], key: (row: T) => string, file: string, field: string, problems: Problem[]) {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) problems.push({ file, id: k, field, reason: 'duplicate id' });
    seen.add(k);
  }
  return seen;
}

/** Whether following `next` from `id` comes back to a record already passed: a chain that loops. */
function chainLoops(id: string, next: (id: string) => string | null | undefined): boolean {
  const seen = new Set([id]);
  for (let up = next(id); up; up = next(up)) {
    if (seen.has(up)) return true;
    seen.add(up);
  }
  return false;
}

/** Passages of an article that overlap the span [start, end) without holding it whole, each with the end of it that cuts. */
function passagesCutting(passages: PassageRecord[], source: string, start: number, end: number): [PassageRecord, 'start' | 'end'][] {
  return passages
    .filter((p) => p.source === source && p.start < end && start < p.end && (start < p.start || end > p.end))
    .map((p) => [p, start < p.start ? 'start' : 'end']);
}

/** Whether a quote writes a number as such: 46.75 in 增长46.75%, not the 4 or the 6.7 inside it. */
function writesNumber(text: string, written: string): boolean {
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d.]*\\d)`).test(text);
}

export function verifySeed(data: SeedData): Problem[] {
  const problems: Problem[] = [];
  const add: Report = (file, id, field, reason) => {
    problems.push({ file, id, field, reason });
  };
  const codePoints = new Map([...data.articles].map(([id, text]) => [id, codePointsOf(text)]));

  // Sources: the bytes on disk are the bytes that were received.
  for (const s of data.sources) {
    const digest = data.digests.get(s.id);
    if (digest && digest !== s.sha256) {
      add('data/sources.json', s.id, 'sha256', `article ${s.file} has changed: its SHA-256 is ${digest}, expected ${s.sha256}`);
    }
  }
  const sourceIds = duplicates(data.sources, (s) => s.id, 'data/sources.json', 'id', problems);

  // Passages: the article's code points at [start, end) are the text, exactly.
  const passages = new Map<string, PassageRecord>();
  duplicates(data.passages, (p) => p.id, 'data/passages.json', 'id', problems);
  for (const p of data.passages) {
    passages.set(p.id, p);
    const chars = codePoints.get(p.source);
    if (!sourceIds.has(p.source) || !chars) {
      add('data/passages.json', p.id, 'source', `unknown source "${p.source}"`);
      continue;
    }
    if (!p.id.startsWith(`${p.source}-`)) add('data/passages.json', p.id, 'id', `must start with its source "${p.source}-"`);
    if (p.end > chars.length || p.start >= p.end) {
      add('data/passages.json', p.id, 'start', `offsets ${p.start}-${p.end} are outside the article (${chars.length} code points)`);
      continue;
    }
    if (chars.slice(p.start, p.end).join('') !== p.text) add('data/passages.json', p.id, 'text', quoteMismatch(chars, p));
    // …and it ends where a clause does (its last character or the article's next is a mark or a break), so no quote is
    // cut short of a hedge after its number (cur16: 总投资120亿元 of 120亿元以上 had let the hedge go).
    else if (p.end < chars.length && !CLAUSE_END.test(chars[p.end - 1]) && !CLAUSE_END.test(chars[p.end]))
      add(
        'data/passages.json',
        p.id,
        'text',
        `ends inside a clause, before "${chars.slice(p.end, p.end + 6).join('')}": end it where its clause ends`,
      );
    // …and it starts where a clause does, so none is cut after a word that changes what its figure is (计划 of
    // 计划总投资120亿元); or where a repair does, whose damage swallowed the mark (002's 重獎??h委: 重奖。县委).
    else if (
      p.start > 0 &&
      !CLAUSE_START.test(chars[p.start - 1]) &&
      !(CLOSER.test(chars[p.start - 1]) && CLAUSE_START.test(chars[p.start - 2] ?? '')) &&
      !data.repairs.some((r) => r.source === p.source && r.start === p.start)
    )
      add(
        'data/passages.json',
        p.id,
        'text',
        `starts inside a clause, after "${chars.slice(Math.max(0, p.start - 6), p.start).join('')}": start it where its clause starts`,
      );
  }
  for (const r of data.repairs) {
    const chars = codePoints.get(r.source);
    if (!chars) {
      add('data/repairs.json', r.id, 'source', `unknown source "${r.source}"`);
      continue;
    }
    if (chars.slice(r.start, r.end).join('') !== r.damaged) {
      add('data/repairs.json', r.id, 'damaged', `does not match the article at code points ${r.start}-${r.end}`);
    }
    for (const [p, cutting] of passagesCutting(data.passages, r.source, r.start, r.end)) {
      add(
        'data/passages.json',
        p.id,
        cutting,
        `cuts through the damaged span ${r.id} (${r.start}-${r.end}); a passage holds a repair whole or not at all`,
      );
    }
  }

  checkReadings(data, codePoints, add);

  // Cities: a tree with known parents and no cycles.
  const cities = duplicates(data.cities, (c) => c.slug, 'data/cities.json', 'slug', problems);
  const parentOf = new Map(data.cities.map((c) => [c.slug, c.parent]));
  for (const c of data.cities) {
    if (c.parent !== null && !cities.has(c.parent)) add('data/cities.json', c.slug, 'parent', `unknown city "${c.parent}"`);
    if (chainLoops(c.slug, (slug) => parentOf.get(slug))) add('data/cities.json', c.slug, 'parent', 'the parent chain loops');
  }

  const metrics = new Map(data.metrics.map((m) => [m.key, m]));
  duplicates(data.metrics, (m) => m.key, 'data/metrics.json', 'key', problems);
  checkMetricAliases(data, metrics, add);
  const scopes = duplicates(data.scopes, (s) => s.key, 'data/scopes.json', 'key', problems);
  const initiatives = duplicates(data.initiatives, (i) => i.id, 'data/initiatives.json', 'id', problems);
  const complaints = duplicates(data.complaints, (c) => c.id, 'data/complaints.json', 'id', problems);
  const indicators = duplicates(data.indicators, (i) => i.id, 'data/indicators.json', 'id', problems);
  const projectCities = new Map(data.projects.map((p) => [p.id, p.city]));
  const complaintCities = new Map(data.complaints.map((c) => [c.id, c.city]));

  const checkCity = (file: string, id: string, city: string) => {
    if (!cities.has(city)) add(file, id, 'city', unknownName('city', city, cities, cityNames(data)));
  };
  const checkEvidence = (file: string, id: string, ids: string[]) => {
    for (const e of ids) if (!passages.has(e)) add(file, id, 'evidence', `unknown passage "${e}"`);
  };
  const checkPeriod = (file: string, id: string, field: string, code: string | null) => {
    if (code !== null && periodRange(code) === null) add(file, id, field, `"${code}" is not a real period`);
  };

  const partOf = new Map(data.initiatives.map((i) => [i.id, i.part_of]));
  for (const i of data.initiatives) {
    checkCity('data/initiatives.json', i.id, i.city);
    checkEvidence('data/initiatives.json', i.id, i.evidence);
    checkPeriod('data/initiatives.json', i.id, 'started_on', i.started_on);
    if (i.part_of === null) continue;
    if (!initiatives.has(i.part_of)) add('data/initiatives.json', i.id, 'part_of', `unknown initiative "${i.part_of}"`);
    else if (chainLoops(i.id, (id) => partOf.get(id))) {
      add('data/initiatives.json', i.id, 'part_of', 'the chain of initiatives it belongs to loops');
    }
  }
  for (const c of data.complaints) {
    checkCity('data/complaints.json', c.id, c.city);
    checkEvidence('data/complaints.json', c.id, c.evidence);
    checkPeriod('data/complaints.json', c.id, 'reported_on', c.reported_on);
    checkPeriod('data/complaints.json', c.id, 'resolved_on', c.resolved_on);
    if (c.initiative !== null && !initiatives.has(c.initiative)) {
      add('data/complaints.json', c.id, 'initiative', `unknown initiative "${c.initiative}"`);
    }
  }

  for (const r of data.indicators) {
    const file = 'data/indicators.json';
    checkCity(file, r.id, r.city);
    checkEvidence(file, r.id, r.evidence);
    checkPeriod(file, r.id, 'period', r.period);
    const metric = metrics.get(r.metric);
    if (!metric)
      add(
        file,
        r.id,
        'metric',
        unknownName('metric', r.metric, metrics.keys(), (key) => [metrics.get(key)?.name_zh ?? '']),
      );
    else if (metric.unit !== r.unit) add(file, r.id, 'unit', `metric ${r.metric} is measured in ${metric.unit}, not ${r.unit}`);
    if (r.scope !== null && !scopes.has(r.scope)) add(file, r.id, 'scope', unknownName('scope', r.scope, scopes));
    const base = valueBaseOf(r.value_text, r.unit_zh, r.unit);
    if (Array.isArray(base))
      for (const reason of base)
        if (reason.startsWith('value_text')) add(file, r.id, 'value_text', `${reason}${NUMBER_ALONE}`);
        else add(file, r.id, 'unit_zh', reason);
    const written = readWrittenNumber(r.value_text);
    if (written !== null && Number(written) !== r.value) {
      add(file, r.id, 'value', `${r.value} is not the number as written ("${r.value_text}")`);
    }
    const quotes = r.evidence.map((e) => passages.get(e)).filter((p) => p !== undefined);
    const first = passages.get(r.evidence[0]);
    if (quotes.length > 0 && !quotes.some((p) => writesNumber(p.text, r.value_text))) {
      add(
        file,
        r.id,
        'value_text',
        `"${r.value_text}" does not appear in its quote${quotes.length > 1 ? 's' : ''} (${r.evidence.join(', ')})`,
      );
    } else if (first !== undefined && !writesNumber(first.text, r.value_text)) {
      // Whatever takes one quote (a citation, a CSV reader, an agent) takes the first: it must hold the number.
      add(file, r.id, 'evidence', `its first quote (${r.evidence[0]}) does not write "${r.value_text}": the passage that does comes first`);
    }
    if (r.relates_to !== null && !indicators.has(r.relates_to)) add(file, r.id, 'relates_to', `unknown indicator "${r.relates_to}"`);
    if (r.relates_to === r.id) add(file, r.id, 'relates_to', 'an indicator cannot relate to itself');
    if (r.initiative !== null && !initiatives.has(r.initiative)) add(file, r.id, 'initiative', `unknown initiative "${r.initiative}"`);
    if (r.complaint !== null && !complaints.has(r.complaint)) add(file, r.id, 'complaint', `unknown complaint "${r.complaint}"`);
    // A figure of a case is the case's: it sits with the case's area, as one of a project sits with the project's (an area
    // that is none is the case's or project's own problem, said there, not the figure's: rev30).
    const complaint = r.complaint === null ? undefined : complaintCities.get(r.complaint);
    if (complaint !== undefined && cities.has(complaint) && complaint !== r.city)
      add(file, r.id, 'city', `"${r.city}" is not the area of its complaint ${r.complaint} ("${complaint}")`);
    const project = r.project == null ? undefined : projectCities.get(r.project);
    if (project !== undefined && cities.has(project) && project !== r.city)
      add(file, r.id, 'city', `"${r.city}" is not the area of its project ${r.project} ("${project}")`);
  }
  checkPartsOfWholes(data, add);
  checkProjects(data, { cities, passages: new Set(passages.keys()), initiatives }, add);
  checkRetired(data, add);
  checkPublished(data, add);
  checkSlugs(data, add);
  checkReviewedReadings(data, add);
  checkAuthors(data, add);
  checkLabelsNameTimes(data, add);
  checkUnitsAsWritten(data, add);
  checkCaseFigures(data, add);
  checkQuotesPointOnce(data, add);
  checkCampaignPeriods(data, add);
  checkFramedParagraphs(data, add);
  checkFigureKinds(data, add);
  checkSimplifiedNames(data, add);
  checkNamedProvinces(data, add);
  checkRenderings(data, add);
  checkNumbersRendered(data, add);

  for (const e of data.exclusions) {
    const chars = codePoints.get(e.source);
    const id = `${e.source}@${e.start}`;
    if (!chars) add('data/exclusions.json', id, 'source', `unknown source "${e.source}"`);
    else if (chars.slice(e.start, e.end).join('') !== e.text) {
      add('data/exclusions.json', id, 'text', `"${e.text}" is not the article's text at ${e.start}-${e.end}`);
    } else if (
      e.reason === 'date' &&
      !isDateAround(e.text, `${chars.slice(Math.max(0, e.start - 1), e.start).join('')}#${chars.slice(e.end, e.end + 2).join('')}`)
    ) {
      // A date is a date's digits: before 年, 月, 日 … or beside a date's separator (cur16: a statistic excluded as a date).
      add(
        'data/exclusions.json',
        id,
        'reason',
        `"${e.text}" is no date's digits here (no 年, 月, 日 or date separator beside it): record the figure, or give its reason`,
      );
    }
    // A Chinese page shows note_zh: a note it could not show as written needs one, and so does one
    // glossing the text, which a Chinese reader needs glossed as well.
    if (e.note && /[A-Za-z]/.test(e.note) && !e.note_zh) {
      add('data/exclusions.json', id, 'note_zh', `the note "${e.note}" has Latin letters and no Chinese note beside it`);
    } else if (e.note && GLOSS.test(e.note) && !(e.note_zh && GLOSS_ZH.test(e.note_zh))) {
      add(
        'data/exclusions.json',
        id,
        'note_zh',
        `the note "${e.note}" ends in a gloss and ${e.note_zh ? `the Chinese note "${e.note_zh}" does not` : 'has no Chinese note beside it'}`,
      );
    }
  }

  // A digit run in a passage already reported (offsets, text, source), or quoted by a record already
  // reported, is that problem's echo: its number looks unrecorded only because the passage or the
  // record is wrong. Said once, not again per digit; the coverage is checked again once it is fixed.
  const reported = new Set(problems.map((p) => p.id));
  const citedByReported = new Set(data.indicators.filter((i) => reported.has(i.id)).flatMap((i) => i.evidence));
  const wrongPassages = data.passages.filter((p) => reported.has(p.id) || citedByReported.has(p.id));
  const echoes = (run: { source: string; start: number }) =>
    wrongPassages.some((p) => [p.source, p.id.slice(0, 3)].includes(run.source) && p.start - 1 <= run.start && run.start < p.end + 1);
  const { uncovered, both } = coverage(data);
  // Where the run stands in a passage, the passage and the records quoting it: the record is likelier wrong than the
  // exclusions (cur15: a record's value changed had been reported as an exclusion missing, naming no record).
  const quotedAt = (run: DigitRun) => {
    const holding = data.passages.filter((p) => p.source === run.source && p.start <= run.start && run.end <= p.end).map((p) => p.id);
    const quoting = data.indicators.filter((i) => i.evidence.some((e) => holding.includes(e))).map((i) => i.id);
    if (holding.length === 0) return 'exclude it with its reason (date, name or page)';
    return `passage ${holding.join(', ')} holds it${quoting.length > 0 ? `, quoted by ${quoting.join(', ')}` : ''}: record it as the value of an indicator quoting the passage (is a record's value_text wrong?), or exclude it with its reason`;
  };
  for (const run of uncovered) {
    if (echoes(run)) continue;
    add(
      'data/exclusions.json',
      `${run.source}@${run.start}`,
      'coverage',
      `digit run "${run.text}" (…${run.context}…) is neither the value of a record quoting it nor excluded: ${quotedAt(run)}`,
    );
  }
  for (const run of both)
    add(
      'data/exclusions.json',
      `${run.source}@${run.start}`,
      'coverage',
      `digit run "${run.text}" (…${run.context}…) is a record's value and excluded: a figure is one or the other`,
    );
  // Page furniture (a related link, a caption) is no part of the article's text a record quotes.
  for (const e of data.exclusions.filter((x) => x.reason === 'page')) {
    const inside = data.passages.find((p) => p.source === e.source && p.start <= e.start && e.end <= p.end);
    if (inside)
      add(
        'data/exclusions.json',
        `${e.source}@${e.start}`,
        'reason',
        `page furniture inside passage ${inside.id}, which records quote as the article's text: record the figure, or give the reason it is no figure (date or name)`,
      );
  }
  return problems;
}

/**
 * Reading overrides: each quotes the article at its offsets, overlaps no
 * repair and no other override, and lies inside a passage whole or not at all.
 */
function checkReadings(data: SeedData, codePoints: Map<string, readonly string[]>, add: Report) {
  const file = 'data/readings.json';
  const spans = [
    ...data.repairs.map((r) => ({ source: r.source, start: r.start, end: r.end, what: `repair ${r.id}` })),
    ...data.readings.map((r) => ({ source: r.source, start: r.start, end: r.end, what: `the override at ${r.start}-${r.end}` })),
  ];
  data.readings.forEach((r, k) => {
    const id = `${r.source}@${r.start}`;
    const chars = codePoints.get(r.source);
    if (!chars) {
      add(file, id, 'source', `unknown source "${r.source}"`);
      return;
    }
    if (r.start >= r.end || chars.slice(r.start, r.end).join('') !== r.text) {
      add(file, id, 'text', `"${r.text}" is not the article's text at ${r.start}-${r.end}`);
    }
    const self = spans[data.repairs.length + k];
    for (const other of spans) {
      if (other !== self && other.source === r.source && other.start < r.end && r.start < other.end) {
        add(file, id, 'start', `overlaps ${other.what}`);
      }
    }
    for (const [p, cutting] of passagesCutting(data.passages, r.source, r.start, r.end)) {
      add(
        'data/passages.json',
        p.id,
        cutting,
        `cuts through the reading override at ${r.start}-${r.end}; a passage holds it whole or not at all`,
      );
    }
  });
}

/**
 * Retired metric keys: each answers for live keys only, is not itself live,
 * and is never the target of another alias (no chains to follow).
 */
function checkMetricAliases(data: SeedData, metrics: Map<string, unknown>, add: Report) {
  const file = 'data/metric-aliases.json';
  const aliases = new Set<string>();
  for (const a of data['metric-aliases']) {
    if (aliases.has(a.alias)) add(file, a.alias, 'alias', 'duplicate id');
    aliases.add(a.alias);
    if (metrics.has(a.alias)) add(file, a.alias, 'alias', 'is a live metric key; an alias stands only for a retired key');
    if (new Set(a.metrics).size !== a.metrics.length) add(file, a.alias, 'metrics', 'names a metric twice');
  }
  for (const a of data['metric-aliases']) {
    for (const target of a.metrics) {
      if (aliases.has(target)) add(file, a.alias, 'metrics', `"${target}" is itself an alias; point at the live key it stands for`);
      else if (!metrics.has(target)) add(file, a.alias, 'metrics', `unknown metric "${target}"`);
    }
    if (!a.scopes) continue;
    // A retired key that meant a scope answers as its metric of that scope: one metric, scopes its rows have.
    if (a.metrics.length !== 1) add(file, a.alias, 'scopes', 'scopes are for a key merged into one metric, not a split');
    for (const scope of a.scopes) {
      if (!data.scopes.some((s) => s.key === scope)) add(file, a.alias, 'scopes', `unknown scope "${scope}"`);
      else if (!data.indicators.some((i) => i.metric === a.metrics[0] && i.scope === scope))
        add(file, a.alias, 'scopes', `no indicator of ${a.metrics[0]} has the scope "${scope}"`);
    }
  }
}

/**
 * Parts of a whole (indicators' part_of): the whole exists, is counted in the
 * same unit, no part is larger than its whole, the exact parts of an exact
 * whole add up to no more than it, and no chain of wholes loops.
 */
function checkPartsOfWholes(data: SeedData, add: Report) {
  const file = 'data/indicators.json';
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const base = (i: IndicatorRecord) => {
    const b = valueBaseOf(i.value_text, i.unit_zh, i.unit);
    return Array.isArray(b) ? null : Number(b);
  };
  const parts = new Map<string, IndicatorRecord[]>();
  for (const i of data.indicators) {
    if (i.part_of == null) continue;
    const whole = byId.get(i.part_of);
    if (!whole) {
      add(file, i.id, 'part_of', `unknown indicator "${i.part_of}"`);
      continue;
    }
    if (whole.id === i.id) {
      add(file, i.id, 'part_of', 'an indicator cannot be part of itself');
      continue;
    }
    if (whole.unit !== i.unit) add(file, i.id, 'part_of', `is counted in ${i.unit}, its whole ${whole.id} in ${whole.unit}`);
    const [p, w] = [base(i), base(whole)];
    if (p !== null && w !== null && p > w)
      add(file, i.id, 'part_of', `${i.value_text} is larger than its whole ${whole.id} (${whole.value_text})`);
    parts.set(whole.id, [...(parts.get(whole.id) ?? []), i]);
    if (chainLoops(i.id, (id) => byId.get(id)?.part_of)) add(file, i.id, 'part_of', 'the chain of wholes loops');
  }
  for (const [wholeId, rows] of parts) {
    const whole = byId.get(wholeId);
    const w = whole && base(whole);
    if (!whole || w == null || whole.qualifier !== 'exact' || rows.some((r) => r.qualifier !== 'exact')) continue;
    const sum = rows.reduce((total, r) => total + (base(r) ?? 0), 0);
    if (sum > w) add(file, wholeId, 'part_of', `its parts (${rows.map((r) => r.id).join(', ')}) add up to more than it`);
  }
}

/** What a value_text that is no number is told: where its unit and its hedge go (cur15). */
const NUMBER_ALONE =
  ': it is the number alone, as the quote writes it, with no separator (2590, 429.49, 十); the unit goes in unit_zh (条, 亿元) and a hedge in qualifier (约, 余, 以上)';

/** A mark that ends a clause, or a break: where a quote may end. */
const CLAUSE_END = /[。，,;；：:！!？?、”"）)》\s…—]/u;
/**
 * What a clause starts after: a mark that ends one, or one that opens a quotation or brackets; a closing one only right after
 * a mark that ends a clause (…真诚悔罪悔过?”2023年6月26日晚), since 002's glosses end in ")" and “三抓三促” names a campaign.
 */
const CLAUSE_START = /[。，,;；：:！!？?、\s…—“（(《【]/u;
const CLOSER = /[”"’）)》】]/u;

/** The text around a date's digits (# where they stand): a date's word after them, or a separator beside them. */
const DATE_AROUND = /#\s*[年月日号时点]|#[-/.:]\d|[-/.:]#/u;
/** …and before 年 only a year's four digits: 13年 is a length of time, a figure (rev30). */
const isDateAround = (digits: string, around: string) =>
  DATE_AROUND.test(around) && (!/#\s*年/u.test(around) || /^(?:19|20)\d\d$/.test(digits));

export type DigitRun = { source: string; start: number; end: number; text: string; context: string };
export type CoverageReport = {
  perSource: Map<string, { covered: number; excluded: number; uncovered: number }>;
  uncovered: DigitRun[];
  /** Runs a record's value covers that are excluded too: a figure is recorded or excluded, never both. */
  both: DigitRun[];
};

/**
 * Walks every digit run of every article: covered when an indicator's
 * value_text sits at exactly that place inside one of its evidence passages,
 * excluded when listed with a reason, uncovered otherwise.
 */
export function coverage(data: SeedData): CoverageReport {
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  const covered = new Set<string>();
  for (const r of data.indicators) {
    for (const e of r.evidence) {
      const p = passages.get(e);
      if (!p) continue;
      const chars = Array.from(p.text);
      const needle = Array.from(r.value_text);
      for (let i = 0; i + needle.length <= chars.length; i++) {
        if (needle.every((ch, k) => chars[i + k] === ch)) covered.add(`${p.source}:${p.start + i}:${p.start + i + needle.length}`);
      }
    }
  }
  const excluded = new Set(data.exclusions.map((e) => `${e.source}:${e.start}:${e.end}`));
  const report: CoverageReport = { perSource: new Map(), uncovered: [], both: [] };
  for (const [source, text] of data.articles) {
    const counts = { covered: 0, excluded: 0, uncovered: 0 };
    report.perSource.set(source, counts);
    const chars = Array.from(text);
    const joined = chars.join('');
    // Map UTF-16 match indexes back to code points once per article.
    const cpIndex = new Map<number, number>();
    for (let cp = 0, u = 0; cp <= chars.length; u += chars[cp]?.length ?? 1, cp++) cpIndex.set(u, cp);
    for (const m of joined.matchAll(DIGIT_RUN)) {
      const start = cpIndex.get(m.index) ?? -1;
      const end = start + m[0].length;
      const key = `${source}:${start}:${end}`;
      const run = () => ({
        source,
        start,
        end,
        text: m[0],
        context: chars
          .slice(Math.max(0, start - 10), end + 10)
          .join('')
          .replace(/\s+/g, ' '),
      });
      if (covered.has(key) && excluded.has(key)) report.both.push(run());
      if (covered.has(key)) counts.covered++;
      else if (excluded.has(key)) counts.excluded++;
      else {
        counts.uncovered++;
        report.uncovered.push(run());
      }
    }
  }
  return report;
}
