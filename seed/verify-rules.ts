/**
 * The curation rules of docs/CURATION.md that a machine can check, run by every build (seed/verify.ts
 * runs them): a figure's unit as its quote writes it, a quote that points at one place, the
 * campaign's periods, the scopes of cases and lists, planned investment as estimated, names in
 * Simplified script. A record that breaks one never reaches a database.
 */
import { toReadingForm, toSimplified } from '../src/domain/chinese.ts';
import { type ReadText, readText } from '../src/domain/claims.ts';
import type { WrittenFigure } from '../src/domain/numbers.ts';
import { PLANNED_METRICS } from '../src/domain/outcomes.ts';
import { periodRange } from '../src/domain/periods.ts';
import { type Unit, valueBaseOf, withoutMagnitude } from '../src/domain/units.ts';
import type { Report } from './problems.ts';
import { wholeReading } from './readings.ts';
import { codePointsOf, type IndicatorRecord, lineAround, type PassageRecord, type SeedData } from './records.ts';

/**
 * The figures a quote writes that are a record's, read as /check reads a claim's (readText: no number
 * inside a quoted name or a date): the number as written (千 of 千万元 too), its magnitude and unit
 * making the record's base value, in one of the units the unit as written can be, that unit written
 * after it (个 may stand before it: 5个工作日). A 万元 typed for the quote's 亿元 makes another base
 * value; a 三 that only 三抓三促 writes is no figure at all, nor is the 三 of “三个500强”.
 */
function figuresOf(read: ReadText, r: IndicatorRecord, base: string): WrittenFigure[] {
  const number = toReadingForm(r.value_text);
  const unit = withoutMagnitude(toReadingForm(r.unit_zh));
  return read.figures.filter(
    (f) =>
      read.form.slice(f.numberStart, f.numberEnd).startsWith(number) &&
      f.base.replace(/^-/, '') === base &&
      (f.units === null || f.units.includes(r.unit)) &&
      (f.unitText.endsWith(unit) || unit.endsWith(f.unitText.replace(/^个/u, ''))),
  );
}

/** A figure of a class (千万千瓦级, a ten-million-kW class): approx, a hedge /check's reader does not read (docs/CURATION.md). */
const classOf = (r: IndicatorRecord, read: ReadText[]) =>
  r.qualifier === 'approx' && read.some(({ form }) => form.includes(toReadingForm(`${r.value_text}${r.unit_zh}级`)));

/**
 * Figures: some quote writes the number with the unit as written (its magnitude included); and the
 * first that does, where it hedges the number (5000余场次, 超过50%, 120亿元以上), hedges it as the
 * qualifier says; a qualifier other than exact is a hedge some quote writes.
 */
export function checkUnitsAsWritten(data: SeedData, add: Report): void {
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  // Each passage read once, however many figures it gives.
  const reads = new Map<string, ReadText>();
  const readOf = (p: PassageRecord) => {
    const known = reads.get(p.id);
    if (known) return known;
    const reading = wholeReading(data, p);
    const read = reading === undefined ? undefined : readText(reading);
    if (read) reads.set(p.id, read);
    return read;
  };
  const file = 'data/indicators.json';
  for (const r of data.indicators) {
    const quotes = r.evidence.map((e) => passages.get(e)).filter((p) => p !== undefined);
    const base = valueBaseOf(r.value_text, r.unit_zh, r.unit);
    // A value_text that is no number, a unit as written that is not the unit's, or a number no quote
    // writes, is reported as such (seed/verify.ts).
    if (quotes.length === 0 || Array.isArray(base)) continue;
    const read = quotes.map(readOf).filter((x) => x !== undefined);
    if (!read.some(({ form }) => form.includes(toReadingForm(r.value_text)))) continue;
    const written = read.map((text) => figuresOf(text, r, base)).find((figures) => figures.length > 0);
    if (!written) {
      add(
        file,
        r.id,
        'unit_zh',
        `no quote writes "${r.value_text}" with "${r.unit_zh}" as a figure of ${r.unit} (read as /check reads one: not in a quoted name or a date): the unit as written is the quote's, with its 万 or 亿`,
      );
    } else if (!written.some((f) => f.qualifier === null || f.qualifier === r.qualifier)) {
      const said = [...new Set(written.map((f) => f.qualifier))].join(' or ');
      add(file, r.id, 'qualifier', `its quote hedges the number (${said}), and the qualifier is the hedge's, not ${r.qualifier}`);
    } else if (r.qualifier !== 'exact' && !written.some((f) => f.qualifier === r.qualifier) && !classOf(r, read)) {
      // …and a hedge the quote does not write is none (cur15: 集体学习17次 had been served as more than 17).
      add(
        file,
        r.id,
        'qualifier',
        `its quote writes no hedge of the number (such as 约, 近, 余, 超过, 以上): the qualifier is exact, not ${r.qualifier}`,
      );
    }
  }
}

/** Passages: a quote's text is found once in its article, so its offsets are the only place it can mean. */
export function checkQuotesPointOnce(data: SeedData, add: Report): void {
  for (const p of data.passages) {
    const article = data.articles.get(p.source);
    if (article === undefined || p.text === '') continue;
    const first = article.indexOf(p.text);
    if (first >= 0 && article.indexOf(p.text, first + 1) >= 0)
      add(
        'data/passages.json',
        p.id,
        'text',
        'is written more than once in its article: lengthen the quote until it is written once, so it can mean only its place',
      );
  }
}

/** How a text says "to date": since a start (以来, 以來). */
const SINCE = /以[来來]/u;

/**
 * Periods of the campaign. A figure's range with a start is the campaign's to date (行动开展以来):
 * from the launch the data gives the campaign to the article's publication date, open (..) where
 * that date is unknown. A range with no start (目前, 截至<date>) ends by the publication date at the
 * latest: no article reports as of a day after it appeared. A case's own dates are its account's.
 * Any other period's year, and a case's dates', is written in the article by the quote, or is the article's.
 */
export function checkCampaignPeriods(data: SeedData, add: Report): void {
  const launch = data.initiatives.find((i) => i.id === 'three-grasps-three-promotes')?.started_on;
  const published = new Map(data.sources.map((s) => [s.id, s.published_on]));
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  const file = 'data/indicators.json';
  const articles = new Map([...data.articles].map(([id, text]) => [id, codePointsOf(text)]));
  // A quote saying 以来 in the paragraph of the figure's first (rev31: not one of another section).
  const saysSince = (firstId: string, id: string) => {
    const [first, quote] = [passages.get(firstId), passages.get(id)];
    if (!first || !quote || quote.source !== first.source || !SINCE.test(quote.text)) return false;
    const line = lineAround(articles.get(first.source) ?? [], first.start);
    return quote.start >= line.start && quote.end <= line.end;
  };
  for (const r of data.indicators) {
    const source = passages.get(r.evidence[0])?.source;
    // A period that is none, or a first quote that is none, is reported as such (seed/verify.ts).
    if (r.period === null || !r.period.includes('/') || r.complaint !== null || periodRange(r.period) === null) continue;
    if (source === undefined || launch === undefined) continue;
    const [start, end] = r.period.split('/');
    const upTo = published.get(source) ?? null;
    if (start !== '..') {
      if (start !== launch) add(file, r.id, 'period', `a range with a start is the campaign's to date: it starts at its launch, ${launch}`);
      else if (end !== (upTo ?? '..'))
        add(file, r.id, 'period', `the campaign to date ends at the article's publication date, ${upTo ?? '.. (unknown)'}`);
      // …and a quote says so (行动开展以来), the figure's own or its paragraph's frame, cited after it (data14: five of 002's
      // figures dated by 002-p020's frame had not cited it, so nothing quoted gave their period).
      else if (!r.evidence.some((e) => saysSince(r.evidence[0], e)))
        add(
          file,
          r.id,
          'evidence',
          `none of its quotes says the campaign to date (行动开展以来): cite the frame that dates it after its own passage`,
        );
    } else if (upTo !== null && end > upTo) add(file, r.id, 'period', `ends after the article was published (${upTo})`);
  }
  // No figure or case, a case's figure included, is of a time that began after its article appeared
  // (2099, or 2025 in a 2024 article).
  const checkStart = (where: string, id: string, field: string, evidence: readonly string[], period: string | null) => {
    const upTo = published.get(passages.get(evidence[0])?.source ?? '');
    const range = period === null ? null : periodRange(period);
    if (upTo && range?.start && range.start > upTo)
      add(where, id, field, `starts after the article that reports it was published (${upTo})`);
  };
  // A year, quarter, month or day is the text's: its year is written in its article up to its first quote (a frame
  // before it included), or is the year the article appeared (今年, 3月16日); never guessed (cur15: 2022 for 2023年).
  // A month (11月), a day (3月16日) or a quarter (第一季度, 一季度, Q1) as written, of a period code's end.
  const withinYear = (end: string): RegExp | undefined => {
    const [, month, day] = end.split('-');
    if (month?.startsWith('Q')) return new RegExp(`(?:第?[${'一二三四'[Number(month[1]) - 1]}${month[1]}]季度|Q${month[1]})`);
    if (!month) return undefined;
    return new RegExp(`(?<!\\d)${Number(month)}月${day ? `${Number(day)}日` : ''}`);
  };
  // A year as written: four digits of no longer number (not the 2012 of 2012场次), before 年 or a date's separator.
  const writesYear = (text: string, year: string) => new RegExp(`(?<![\\d.])${year}(?=\\s*年|[-/.]\\d)`).test(text);
  const checkYear = (where: string, id: string, field: string, evidence: readonly string[], period: string | null) => {
    const first = passages.get(evidence[0]);
    const article = first && data.articles.get(first.source);
    if (period === null || !first || article === undefined || article.indexOf(first.text) < 0) return;
    const upTo = published.get(first.source);
    // Each end of a range too, but the launch and the publication date (the campaign to date, checked above) and ..
    const ends = period.split('/').filter((end) => end !== '..' && end !== launch && end !== upTo);
    // Up to the last of its quotes in that article: a case's dates stand in its later passages (9月28日、10月23日…付清).
    const quotes = evidence.map((e) => passages.get(e)).filter((p) => p?.source === first.source);
    const upToQuote = article.slice(0, Math.max(...quotes.map((p) => article.indexOf(p?.text ?? '') + (p?.text.length ?? 0))));
    for (const year of new Set(ends.map((end) => end.slice(0, 4))))
      if (!writesYear(upToQuote, year) && upTo?.slice(0, 4) !== year)
        add(
          where,
          id,
          field,
          `${year} is written nowhere in article ${first.source} up to its quote, nor is it the year the article appeared: a period is the text's, never guessed`,
        );
    // …and so are a period's month, day or quarter (cur16: 2023-12 for 11月, Q2 for 第一季度, 03-17 for 3月16日); not a
    // range's ends, which may be reckoned (2023年10月…仅用5天: 2023-10-01/2023-11-05).
    for (const end of period.includes('/') ? [] : ends) {
      const written = withinYear(end);
      if (written && !written.test(upToQuote))
        add(
          where,
          id,
          field,
          `${end} names a ${end.includes('Q') ? 'quarter' : 'month or day'} written nowhere in article ${first.source} up to its quote`,
        );
    }
  };
  for (const r of data.indicators) for (const check of [checkStart, checkYear]) check(file, r.id, 'period', r.evidence, r.period);
  for (const c of data.complaints)
    for (const field of ['reported_on', 'resolved_on'] as const)
      for (const check of [checkStart, checkYear]) check('data/complaints.json', c.id, field, c.evidence, c[field]);
}

/** A paragraph that opens with the campaign's 行动开展以来 frames every figure in it: each has a period. */
export function checkFramedParagraphs(data: SeedData, add: Report): void {
  // In the paragraph's Simplified form, so 002's 行動開展以來 reads as the others' words.
  const opened = /^\s*(?:[^,，“]{0,4}[,，])?“三抓三促”行动开展以来/;
  const paragraphOf = (article: readonly string[], at: number) => {
    const { start, end } = lineAround(article, at);
    return toSimplified(article.slice(start, end).join(''));
  };
  const articles = new Map([...data.articles].map(([id, text]) => [id, codePointsOf(text)]));
  const framed = new Set(data.passages.filter((p) => opened.test(paragraphOf(articles.get(p.source) ?? [], p.start))).map((p) => p.id));
  for (const r of data.indicators)
    if (r.period === null && r.evidence.some((e) => framed.has(e)))
      add('data/indicators.json', r.id, 'period', 'its paragraph opens with 行动开展以来: the figure is the campaign’s to date');
}

/** Scopes, estimates and relations that follow from what a figure is. */
export function checkFigureKinds(data: SeedData, add: Report): void {
  const file = 'data/indicators.json';
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  // A related row's area that is none is that row's problem, said there (rev30).
  const areas = new Set(data.cities.map((c) => c.slug));
  // A passage whose source is not its id's article is reported as such; its records are not echoes of it.
  const sourceOf = new Map(data.passages.filter((p) => p.id.startsWith(`${p.source}-`)).map((p) => [p.id, p.source]));
  const planned = PLANNED_METRICS;
  const lists = new Set(['key_projects', 'province_listed_major_projects', 'reserve_projects', 'investment_promotion_projects']);
  const facts = new Map<string, string>();
  for (const r of data.indicators) {
    // One fact, one row: the same number under one label, metric, area, scope, period, case and project
    // twice is a copy. Two facts may share all but the label (cadres sent by the province's departments,
    // and by its cities, in one sentence), and a reader tells them apart by it.
    const fact = JSON.stringify([r.city, r.metric, r.scope, r.period, r.value_text, r.unit_zh, r.label_zh, r.complaint, r.project ?? null]);
    const copied = facts.get(fact);
    if (copied !== undefined)
      add(file, r.id, 'id', `the same fact as ${copied} (label, metric, area, scope, period, number, case, project): one fact is one row`);
    facts.set(fact, r.id);
    if ((r.scope === 'one_case') !== (r.complaint !== null))
      add(file, r.id, 'scope', 'one_case is the scope of a figure of one complaint, and of no other');
    // A metric of major projects only (legacy_issues.major_projects) holds the limit itself: no scope.
    if (/重点(产业|投资)?项目|重大(工业)?项目/.test(r.label_zh) && !r.metric.includes('major_projects') && !lists.has(r.scope ?? ''))
      add(file, r.id, 'scope', `a figure of a list of key projects carries the list as its scope (${[...lists].join(', ')})`);
    if (planned.has(r.metric) && !r.estimated) add(file, r.id, 'estimated', 'planned investment is an estimate, whatever the projects did');
    const related = r.relates_to === null ? undefined : byId.get(r.relates_to);
    if (related && areas.has(related.city) && related.city !== r.city)
      add(file, r.id, 'relates_to', `"${r.relates_to}" is ${related.city}'s: a growth, share or rank row relates to a row of its own area`);
    const source = sourceOf.get(r.evidence[0]);
    if (source !== undefined && !r.id.startsWith(`${source}-`))
      add(file, r.id, 'id', `starts with the article of its first quote: ${source}-i…`);
  }
  const parentOf = new Map(data.cities.map((c) => [c.slug, c.parent]));
  const inGansu = (slug: string | null | undefined, depth = 0): boolean =>
    slug === 'gansu' || (slug != null && depth < 10 && inGansu(parentOf.get(slug), depth + 1));
  for (const c of data.cities)
    if (c.code && inGansu(c.slug) && !c.code.startsWith('62'))
      add('data/cities.json', c.slug, 'code', 'a code in Gansu starts with 62 (GB/T 2260)');
}

/**
 * Complaints: the amount and the households a case gives are figures its passages write, in yuan and
 * in households (4216万元 for 42160000), read as /check reads one: typed, they could be off tenfold.
 */
export function checkCaseFigures(data: SeedData, add: Report): void {
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  for (const c of data.complaints) {
    const quotes = c.evidence.map((e) => passages.get(e)).filter((p) => p !== undefined);
    if (quotes.length === 0) continue;
    const readings = quotes.map((p) => wholeReading(data, p));
    // A passage that cuts through a repair is reported as that; what it writes is not read.
    if (!readings.every((reading) => reading !== undefined)) continue;
    const figures = readings.flatMap((reading) => readText(reading).figures);
    const written = (value: number, unit: Unit) => figures.some((f) => f.base === String(value) && (f.units?.includes(unit) ?? false));
    if (c.amount_cny !== null && !written(c.amount_cny, 'CNY'))
      add('data/complaints.json', c.id, 'amount_cny', `no passage of the case writes ${c.amount_cny} yuan (4216万元 is 42160000)`);
    if (c.households !== null && !written(c.households, 'households'))
      add('data/complaints.json', c.id, 'households', `no passage of the case writes ${c.households} households (户)`);
  }
}

/** Chinese names and descriptions are in Simplified script (the API's reading form); Traditional stays in quotes. */
export function checkSimplifiedNames(data: SeedData, add: Report): void {
  const check = (file: string, id: string, field: string, text: string | null) => {
    if (text !== null && toSimplified(text) !== text) add(file, id, field, `is not in Simplified script: "${toSimplified(text)}" would be`);
  };
  for (const i of data.indicators) check('data/indicators.json', i.id, 'label_zh', i.label_zh);
  for (const c of data.complaints) {
    check('data/complaints.json', c.id, 'title_zh', c.title_zh);
    check('data/complaints.json', c.id, 'handling_zh', c.handling_zh);
  }
  for (const p of data.projects) check('data/projects.json', p.id, 'description_zh', p.description_zh);
  for (const c of data.cities) check('data/cities.json', c.slug, 'name_zh', c.name_zh);
  for (const i of data.initiatives) {
    check('data/initiatives.json', i.id, 'name_zh', i.name_zh);
    check('data/initiatives.json', i.id, 'description_zh', i.description_zh);
  }
  for (const m of data.metrics) {
    check('data/metrics.json', m.key, 'name_zh', m.name_zh);
    check('data/metrics.json', m.key, 'definition_zh', m.definition_zh);
  }
  for (const s of data.scopes) {
    check('data/scopes.json', s.key, 'name_zh', s.name_zh);
    check('data/scopes.json', s.key, 'definition_zh', s.definition_zh);
  }
}
