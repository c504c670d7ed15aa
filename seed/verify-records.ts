/**
 * Checks of the records added after the first ones (seed/verify.ts runs them): named projects,
 * withdrawn records, the reviewed readings of passages, and labels that keep the time their passage names.
 */
import { periodRange } from '../src/domain/periods.ts';
import { namesTime } from '../src/domain/written-periods.ts';
import { cityNames, type Report, unknownName } from './problems.ts';
import { readingOrCut, wholeReading } from './readings.ts';
import type { SeedData } from './records.ts';

type Known = { cities: Set<string>; passages: Set<string>; initiatives: Set<string> };

/**
 * The fewest pieces, each of at least two characters and each written in `reading`, that make up
 * `name`; null when it cannot be made of them. A name the text writes whole is one piece; a name
 * composed from a list's shared head noun (盘道山 + 抽水蓄能电站, from 盘道山二期、青龙沟等5座抽水蓄能电站)
 * is two.
 */
export function namePieces(name: string, reading: string): number | null {
  const chars = Array.from(name);
  const fewest: (number | null)[] = [0, ...chars.map(() => null)];
  for (let i = 0; i < chars.length; i++) {
    const before = fewest[i];
    if (before === null) continue;
    for (let j = i + 2; j <= chars.length; j++) {
      const after = fewest[j];
      if (reading.includes(chars.slice(i, j).join('')) && (after === null || before + 1 < after)) fewest[j] = before + 1;
    }
  }
  return fewest[chars.length];
}

/**
 * A slug names one record: MCP's get_record takes a bare slug for an initiative, a project or an area,
 * and tries them in that order (a withdrawn initiative or project answers 410), so no project takes an
 * initiative's slug, and neither, live or withdrawn, takes an area's.
 */
export function checkSlugs(data: SeedData, add: Report): void {
  const areas = new Set(data.cities.map((c) => c.slug));
  const initiativeIds = new Set([...data.initiatives, ...data.retired.filter((r) => r.record_type === 'initiative')].map((r) => r.id));
  for (const p of data.projects)
    if (initiativeIds.has(p.id))
      add('data/projects.json', p.id, 'id', 'is an initiative’s id (live or withdrawn); a slug names one record');
  const slugged: [string, { id: string }[]][] = [
    ['data/initiatives.json', data.initiatives],
    ['data/projects.json', data.projects],
    ['data/retired.json', data.retired],
  ];
  for (const [file, records] of slugged)
    for (const { id } of records) if (areas.has(id)) add(file, id, 'id', 'is an area’s slug; a slug names one record');
}

/**
 * Projects: known areas, passages and initiatives, real periods, no duplicate, a name the evidence
 * gives (whole, or composed of two of its phrases); indicators name known projects.
 */
export function checkProjects(data: SeedData, known: Known, add: Report): void {
  const file = 'data/projects.json';
  const ids = new Set<string>();
  const passages = new Map(data.passages.map((p) => [p.id, p]));
  for (const p of data.projects) {
    if (ids.has(p.id)) add(file, p.id, 'id', 'duplicate id');
    ids.add(p.id);
    if (!known.cities.has(p.city)) add(file, p.id, 'city', unknownName('city', p.city, known.cities, cityNames(data)));
    for (const e of p.evidence) if (!known.passages.has(e)) add(file, p.id, 'evidence', `unknown passage "${e}"`);
    for (const i of p.initiatives) if (!known.initiatives.has(i)) add(file, p.id, 'initiatives', `unknown initiative "${i}"`);
    // The Simplified reading of the evidence, layout breaks and spaces removed (民勤苏⏎⏎武); none where a
    // passage cuts through a repair (reported as that).
    const readings = p.evidence.flatMap((e) => {
      const passage = passages.get(e);
      return passage ? [wholeReading(data, passage)] : [];
    });
    if (readings.every((r) => r !== undefined)) {
      const pieces = namePieces(p.name_zh, readings.map((r) => r.replace(/\s+/g, '')).join('\n'));
      if (pieces === null || pieces > 2)
        add(file, p.id, 'name_zh', `"${p.name_zh}" is neither written in its evidence nor composed of two phrases it writes`);
    }
    p.events.forEach((event, k) => {
      if (event.period !== null && periodRange(event.period) === null)
        add(file, p.id, `events.${k}.period`, `"${event.period}" is not a real period`);
      for (const e of event.evidence) {
        if (!known.passages.has(e)) add(file, p.id, `events.${k}.evidence`, `unknown passage "${e}"`);
        else if (!p.evidence.includes(e))
          add(file, p.id, `events.${k}.evidence`, `passage "${e}" states the event but is not among the project's evidence`);
      }
    });
  }
  for (const i of data.indicators) {
    if (i.project != null && !ids.has(i.project)) add('data/indicators.json', i.id, 'project', `unknown project "${i.project}"`);
  }
}

/** A withdrawn record is no longer a record: its id is not used again. */
export function checkRetired(data: SeedData, add: Report): void {
  const live: Record<string, Set<string>> = {
    indicator: new Set(data.indicators.map((r) => r.id)),
    initiative: new Set(data.initiatives.map((r) => r.id)),
    complaint: new Set(data.complaints.map((r) => r.id)),
    project: new Set(data.projects.map((r) => r.id)),
  };
  for (const r of data.retired) {
    if (live[r.record_type]?.has(r.id))
      add('data/retired.json', r.id, 'id', `is a live ${r.record_type}; a withdrawn id is not used again`);
  }
}

/**
 * Reviewed readings: every passage of a Traditional-script article has one, and each is exactly
 * what the build derives, so a change to the converter, a repair or an override that alters a
 * reading stops the build until the reading is reviewed again.
 */
export function checkReviewedReadings(data: SeedData, add: Report): void {
  const traditional = new Set(data.sources.filter((s) => s.script === 'Hant').map((s) => s.id));
  for (const p of data.passages) {
    if (p.text_zh_hans === undefined) {
      if (traditional.has(p.source)) {
        const { reading, cut } = readingOrCut(data, p);
        add(
          'data/passages.json',
          p.id,
          'text_zh_hans',
          `a passage of a Traditional-script article needs its reviewed Simplified reading; derived, it reads "${reading ?? `none: ${cut}`}"`,
        );
      }
      continue;
    }
    // A passage that cuts through a repair has no reading to derive: reported (seed/verify.ts), not thrown.
    const { reading: derived, cut } = readingOrCut(data, p);
    if (derived === undefined) {
      add('data/passages.json', p.id, 'text_zh_hans', `no reading can be derived: ${cut}`);
      continue;
    }
    if (derived !== p.text_zh_hans)
      add('data/passages.json', p.id, 'text_zh_hans', `the reviewed reading differs from the derived one: "${derived}"`);
  }
}

/**
 * Authors: each name is printed in its article (spaces ignored: 酒泉日报 prints 郭 军), so a byline
 * cannot be typed wrong or taken from elsewhere.
 */
export function checkAuthors(data: SeedData, add: Report): void {
  for (const s of data.sources) {
    const text = (data.articles.get(s.id) ?? '').replace(/\s+/g, '');
    s.authors.forEach((a, k) => {
      if (!text.includes(a.name.replace(/\s+/g, '')))
        add('data/sources.json', s.id, `authors.${k}.name`, `"${a.name}" is not in the article`);
    });
  }
}

/**
 * A dated figure whose own passage names its time names it in both labels too (2023年9月28日、10月23日,
 * 目前 as 截至2024年2月18日, 以来): a label read alone, in a chart or a citation, must not drop what the
 * sentence says of when. A period from the paragraph's frame, outside the passage, stays in `period`.
 */
/** A label comparing its period with another year (较2022年, 同2022年相比, compared with 2022, versus 2022): rev30. */
const COMPARES_YEARS = /较|比|相较|相比|同比|\b(?:than|over|versus|vs\.?|compared|against|from)\b/iu;

export function checkLabelsNameTimes(data: SeedData, add: Report): void {
  const passages = new Map(data.passages.map((p) => [p.id, p.text]));
  for (const r of data.indicators) {
    const text = passages.get(r.evidence[0]);
    if (r.period === null || text === undefined || !namesTime(text, 'zh')) continue;
    if (!namesTime(r.label_zh, 'zh'))
      add('data/indicators.json', r.id, 'label_zh', `names no time, though its passage does and its period is ${r.period}`);
    if (!namesTime(r.label_en, 'en'))
      add('data/indicators.json', r.id, 'label_en', `names no time, though its passage does and its period is ${r.period}`);
  }
  // Nor a year its period is not of (cur16: a label of 2022 on a figure of 2023), but the year it is compared with (较2022年).
  for (const r of data.indicators) {
    const range = r.period === null ? null : periodRange(r.period);
    if (!range) continue;
    const [from, to] = [range.start?.slice(0, 4) ?? '0000', range.end?.slice(0, 4) ?? '9999'];
    for (const [field, label] of [
      ['label_zh', r.label_zh],
      ['label_en', r.label_en],
    ] as const)
      for (const m of label.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g))
        if ((m[1] < from || m[1] > to) && !COMPARES_YEARS.test(label))
          add('data/indicators.json', r.id, field, `names ${m[1]}, though its period is ${r.period}`);
  }
}
