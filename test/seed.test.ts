/**
 * The seed's own checks: each kind of bad record is rejected with a message
 * naming the file, the record, the field and the reason, and a failed build
 * never replaces a good database.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase, buildFailure } from '../seed/build.ts';
import { checkKeyOrder } from '../seed/indexes.ts';
import { loadSeed } from '../seed/load.ts';
import { formatProblem, placesOf, SeedError } from '../seed/problems.ts';
import { liveIds, noIds, publishedSchema } from '../seed/published.ts';
import { SEED_FILES, type SeedData } from '../seed/records.ts';
import { verifySeed } from '../seed/verify.ts';
import { RENDERINGS } from '../seed/verify-words.ts';
import { openDatabase, readMeta } from '../src/db/open.ts';
import { DATASET_DOCUMENTS, DEFAULT_SEED_DIR, datasetVersion, MIGRATIONS_DIR, schemaVersion } from '../src/db/version.ts';
import { toReadingForm } from '../src/domain/chinese.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

const { data: pristine, problems: loadProblems } = loadSeed();
const fresh = (): SeedData =>
  ({
    ...structuredClone({ ...pristine, articles: undefined, digests: undefined }),
    articles: new Map(pristine.articles),
    digests: new Map(pristine.digests),
  }) as SeedData;
const messages = (data: SeedData) => verifySeed(data).map(formatProblem);

describe('the real seed', () => {
  it('loads and verifies with no problem', () => {
    expect(loadProblems).toEqual([]);
    expect(verifySeed(pristine)).toEqual([]);
  });
});

describe('seed checks', () => {
  it('reject an exclusion whose note has English words in it and no Chinese note for Chinese pages', () => {
    const data = fresh();
    const exclusion = data.exclusions.find((e) => e.note && /[A-Za-z]{3}/.test(e.note));
    if (!exclusion) throw new Error('no exclusion with an English note');
    expect(exclusion.note_zh).toMatch(/\p{Script=Han}/u);
    exclusion.note_zh = null;
    expect(messages(data)).toEqual([
      `data/exclusions.json ${exclusion.source}@${exclusion.start} note_zh: the note "${exclusion.note}" has Latin letters and no Chinese note beside it`,
    ]);
  });

  it('reject an exclusion whose note glosses the text and whose Chinese note does not, or is missing', () => {
    const data = fresh();
    const glossed = data.exclusions.filter((e) => e.note && / \(\d{4}\)$/.test(e.note));
    expect(glossed.length).toBeGreaterThan(0);
    const [exclusion] = glossed;
    const id = `${exclusion.source}@${exclusion.start}`;
    const note = exclusion.note_zh ?? '';
    exclusion.note_zh = note.replace(/[(（][^()（）]+[)）]$/, '');
    expect(exclusion.note_zh).not.toBe(note);
    expect(messages(data)).toEqual([
      `data/exclusions.json ${id} note_zh: the note "${exclusion.note}" ends in a gloss and the Chinese note "${exclusion.note_zh}" does not`,
    ]);
    exclusion.note_zh = null;
    expect(messages(data)).toEqual([
      `data/exclusions.json ${id} note_zh: the note "${exclusion.note}" ends in a gloss and has no Chinese note beside it`,
    ]);
  });

  it('reject a passage whose offsets do not hold its text, saying where they part and where the text is', () => {
    const data = fresh();
    const passage = data.passages[0];
    const { start, end } = passage;
    passage.start += 1;
    passage.end += 1;
    expect(messages(data)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/passages.json ${passage.id} text: does not match the article at code points ${start + 1}-${end + 1}: at \\d+ \\(character \\d+ of the quote\\) the quote has .* where the article has .*; the text is at ${start}-${end}: set "start": ${start}, "end": ${end}$`,
        ),
      ),
    );
    // Said once: the digits the passage quotes do not each come back as unrecorded.
    const digits = fresh();
    const quoted = digits.passages.find((p) => /\d/.test(p.text) && digits.indicators.some((i) => i.evidence[0] === p.id));
    if (!quoted) throw new Error('no passage quoting a figure');
    quoted.start += 1;
    quoted.end += 1;
    expect(messages(digits)).toEqual([expect.stringMatching(new RegExp(`^data/passages.json ${quoted.id} text: does not match`))]);
    // A character that looks the same is shown by its code point; a line break is written as \n.
    const typed = fresh();
    const comma = typed.passages.find((p) => p.text.includes(',') && p.text.includes('\n'));
    if (!comma) throw new Error('no passage with a comma and a line break');
    comma.text = comma.text.replace(',', '，');
    const [line] = messages(typed).filter((m) => m.startsWith(`data/passages.json ${comma.id} text:`));
    expect(line).toContain('the quote has "，" (U+FF0C) where the article has "," (U+002C)');
    expect(line).toContain('the text is nowhere in the article');
    expect(line).not.toContain('\n');
  });

  it('reject a passage that runs past its article’s end, by one code point too', () => {
    const data = fresh();
    const passage = data.passages[0];
    const length = Array.from(data.articles.get(passage.source) ?? '').length;
    passage.start = length - 1;
    passage.end = length + 1;
    expect(messages(data)).toContainEqual(
      `data/passages.json ${passage.id} start: offsets ${length - 1}-${length + 1} are outside the article (${length} code points)`,
    );
  });

  it('reject a repair whose damaged text is not the article’s, and a passage cutting through one, as problems', () => {
    const data = fresh();
    const [repair] = data.repairs;
    repair.damaged = `x${repair.damaged}`;
    expect(messages(data)).toContainEqual(
      `data/repairs.json ${repair.id} damaged: does not match the article at code points ${repair.start}-${repair.end}`,
    );
    const tried: string[] = [];
    // A passage that starts inside a repair's span: listed, never a stack trace that stops the build.
    const cut = fresh();
    const [whole] = cut.repairs;
    const passage = cut.passages.find((p) => p.source === whole.source && p.start <= whole.start && whole.end <= p.end);
    if (!passage) throw new Error(`no passage holds ${whole.id}`);
    passage.start = whole.start + 1;
    passage.text = Array.from(cut.articles.get(passage.source) ?? '')
      .slice(passage.start, passage.end)
      .join('');
    expect(messages(cut)).toContainEqual(
      expect.stringMatching(new RegExp(`^data/passages.json ${passage.id} start: cuts through the damaged span ${whole.id}`)),
    );
    // So too a passage a figure, a case or a project cites, ending inside a repair: the checks that read
    // what it writes leave it to that problem.
    for (const kind of ['indicators', 'complaints', 'projects'] as const) {
      const data = fresh();
      const cited = new Set(data[kind].flatMap((r) => r.evidence));
      const repairs = data.repairs.filter((r) => r.end - r.start > 1);
      const p = data.passages.find(
        (q) => cited.has(q.id) && repairs.some((r) => r.source === q.source && q.start < r.start && r.end <= q.end),
      );
      if (!p) continue;
      const repair = repairs.find((r) => r.source === p.source && p.start < r.start && r.end <= p.end);
      if (!repair) continue;
      p.end = repair.end - 1;
      p.text = Array.from(data.articles.get(p.source) ?? '')
        .slice(p.start, p.end)
        .join('');
      expect(() => messages(data), kind).not.toThrow();
      expect(messages(data), kind).toContainEqual(
        expect.stringMatching(new RegExp(`^data/passages.json ${p.id} end: cuts through the damaged span ${repair.id}`)),
      );
      tried.push(kind);
    }
    expect(tried).toContain('indicators');
  });

  it('reject an indicator whose number is not in its quote', () => {
    const data = fresh();
    const indicator = data.indicators.find((i) => /^\d+$/.test(i.value_text));
    if (!indicator) throw new Error('the seed has no integer indicator');
    indicator.value_text = '987654321';
    indicator.value = 987654321;
    expect(messages(data)).toContainEqual(
      `data/indicators.json ${indicator.id} value_text: "987654321" does not appear in its quote (${indicator.evidence.join(', ')})`,
    );
  });

  it('reject an indicator whose first quote does not write its number, though a later one does', () => {
    const data = fresh();
    const passages = new Map(data.passages.map((p) => [p.id, p]));
    const indicator = data.indicators.find((i) => i.evidence.length > 1 && !passages.get(i.evidence[1])?.text.includes(i.value_text));
    if (!indicator) throw new Error('the seed has no figure citing a passage for what it measures');
    expect(messages(data).filter((m) => m.includes(indicator.id))).toEqual([]);
    indicator.evidence.reverse();
    const refused = `data/indicators.json ${indicator.id} evidence: its first quote (${indicator.evidence[0]}) does not write "${indicator.value_text}": the passage that does comes first`;
    expect(messages(data)).toContainEqual(refused);
    // Nor does a first quote whose digits hold the number only inside a larger one (46.75 in 146.75, 4 in 4.5).
    const first = passages.get(indicator.evidence[0]);
    if (!first) throw new Error('no first passage');
    first.text += `共1${indicator.value_text}0个，${indicator.value_text}.5倍`;
    expect(messages(data)).toContainEqual(refused);
    first.text += `，${indicator.value_text}个`;
    expect(messages(data)).not.toContainEqual(refused);
  });

  it('reject a value that is not the number as written', () => {
    const data = fresh();
    const indicator = data.indicators[0];
    indicator.value += 1;
    expect(messages(data)).toContainEqual(
      expect.stringMatching(new RegExp(`^data/indicators.json ${indicator.id} value: .* is not the number as written`)),
    );
  });

  it('reject a project whose name its evidence does not give, whole or composed of two of its phrases', () => {
    const data = fresh();
    const [written, composed] = [data.projects[0], data.projects.find((p) => p.name_zh.includes('抽水蓄能电站'))];
    if (!composed) throw new Error('the seed has no pumped-storage station');
    written.name_zh = `${written.name_zh}扩建`;
    composed.name_zh = `${composed.name_zh.replace('抽水蓄能电站', '')}光热电站`;
    const found = messages(data);
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^data/projects.json ${written.id} name_zh: `)));
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^data/projects.json ${composed.id} name_zh: `)));
  });

  it('reject a project name made of three phrases of its evidence, a withdrawn id a live project uses, and an initiative’s id', () => {
    const data = fresh();
    const project = data.projects.find((p) => p.id === 'pandaoshan-pumped-storage-power-station');
    if (!project) throw new Error('the seed has no Pandaoshan station');
    // 盘道山 + 青龙沟 + 抽水蓄能电站: each written in 002-p019, but two stations' names run together.
    project.name_zh = '盘道山青龙沟抽水蓄能电站';
    data.retired.push({ ...data.retired[0], record_type: 'project', id: data.projects[1].id });
    data.projects[2].id = data.initiatives[0].id;
    data.retired.push({ ...data.retired[0], record_type: 'initiative', id: 'a-withdrawn-initiative' });
    data.projects[3].id = 'a-withdrawn-initiative';
    const found = messages(data);
    for (const id of [data.initiatives[0].id, 'a-withdrawn-initiative'])
      expect(found).toContain(`data/projects.json ${id} id: is an initiative’s id (live or withdrawn); a slug names one record`);
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^data/projects.json ${project.id} name_zh: `)));
    expect(found).toContain(`data/retired.json ${data.projects[1].id} id: is a live project; a withdrawn id is not used again`);
  });

  it('reject an initiative or a project that takes an area’s slug: get_record tries the area after them', () => {
    const data = fresh();
    expect(messages(data).filter((m) => m.includes('an area’s slug'))).toEqual([]);
    data.projects[0].id = 'wuwei';
    data.initiatives[0].id = 'zhangye';
    data.retired.push({ ...data.retired[0], record_type: 'project', id: 'jiuquan' });
    const found = messages(data);
    expect(found).toContain('data/projects.json wuwei id: is an area’s slug; a slug names one record');
    expect(found).toContain('data/initiatives.json zhangye id: is an area’s slug; a slug names one record');
    expect(found).toContain('data/retired.json jiuquan id: is an area’s slug; a slug names one record');
  });

  it('reject, as the file is read, a count of households that is not whole, an alias that stands for no metric, a number typed with a space and a mistyped key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-schema-'));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const edit = (name: string, change: (rows: Record<string, unknown>[]) => void) => {
      const file = join(dir, 'data', `${name}.json`);
      const rows = JSON.parse(readFileSync(file, 'utf8'));
      change(rows);
      writeFileSync(file, JSON.stringify(rows));
      return rows;
    };
    const complaints = edit('complaints', (rows) => {
      rows[0].households = 16.5;
    });
    const aliases = edit('metric-aliases', (rows) => {
      rows[0].metrics = [];
    });
    // A space typed after a number as written was trimmed away unseen: the file said "17 ", the database 17.
    const indicators = edit('indicators', (rows) => {
      rows[0].value_text = `${rows[0].value_text} `;
      // A key mistyped would be a field left out unseen (part_of read as null).
      const part = rows.find((r) => r.part_of);
      if (!part) throw new Error('no part of a whole');
      part.partof = part.part_of;
      delete part.part_of;
    });
    const problems = loadSeed(dir).problems.map(formatProblem);
    expect(problems).toContainEqual(
      `data/indicators.json ${indicators.find((r: Record<string, unknown>) => r.partof)?.id}: Unrecognized key: "partof"`,
    );
    expect(problems).toContainEqual(
      `data/indicators.json ${indicators[0].id} value_text: has a space or line break at its start or end: remove it`,
    );
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^data/complaints.json ${complaints[0].id} households: `)));
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^data/metric-aliases.json ${aliases[0].alias} metrics: an alias stands for at least one live metric`),
      ),
    );
    rmSync(dir, { recursive: true });
  });

  it('reject an unknown scope', () => {
    const data = fresh();
    data.indicators[0].scope = 'nowhere_in_particular';
    expect(messages(data)).toContainEqual(`data/indicators.json ${data.indicators[0].id} scope: unknown scope "nowhere_in_particular"`);
  });

  it('reject an initiative that belongs to an unknown one, or to itself through a chain', () => {
    const data = fresh();
    const [a, b] = data.initiatives;
    a.part_of = b.id;
    b.part_of = a.id;
    data.initiatives[2].part_of = 'no-such-initiative';
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/initiatives.json ${a.id} part_of: the chain of initiatives it belongs to loops`,
        `data/initiatives.json ${data.initiatives[2].id} part_of: unknown initiative "no-such-initiative"`,
      ]),
    );
  });

  it('reject an unknown city', () => {
    const data = fresh();
    data.indicators[0].city = 'atlantis';
    data.initiatives[0].city = 'atlantis';
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/indicators.json ${data.indicators[0].id} city: unknown city "atlantis"`,
        `data/initiatives.json ${data.initiatives[0].id} city: unknown city "atlantis"`,
      ]),
    );
    // A value_text with a separator, its unit or its hedge in it says where each goes; a period code that is none says what one is.
    for (const text of ['2,590', '2590条', '约17']) {
      data.indicators[4].value_text = text;
      expect(messages(data), text).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^data/indicators.json ${data.indicators[4].id} value_text: value_text "${text}" is not a number as written: it is the number alone.*unit_zh.*qualifier`,
          ),
        ),
      );
    }
    data.indicators[4].value_text = fresh().indicators[4].value_text;
    // A slug a letter off, or an area's name, is said with the slug meant (cur15); a metric key or scope a letter off too.
    const [first, second, third] = data.indicators;
    first.city = 'wu-wei';
    second.city = '武威市';
    third.city = 'Zhangye';
    // …as a curator may write it: without 市, in Traditional, with City (rev30).
    const [fourth, fifth, sixth] = data.indicators.slice(5, 8);
    fourth.city = '武威';
    fifth.city = '張掖市';
    sixth.city = 'Wuwei City';
    const project = data.projects[0];
    const projectCity = project.city;
    project.city = `${projectCity}x`;
    const metric = data.indicators[3];
    const key = metric.metric;
    metric.metric = key.slice(0, -1);
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/indicators.json ${first.id} city: unknown city "wu-wei" (did you mean "wuwei"?)`,
        `data/indicators.json ${second.id} city: unknown city "武威市" (did you mean "wuwei"?)`,
        `data/indicators.json ${third.id} city: unknown city "Zhangye" (did you mean "zhangye"?)`,
        `data/indicators.json ${fourth.id} city: unknown city "武威" (did you mean "wuwei"?)`,
        `data/indicators.json ${fifth.id} city: unknown city "張掖市" (did you mean "zhangye"?)`,
        `data/indicators.json ${sixth.id} city: unknown city "Wuwei City" (did you mean "wuwei"?)`,
        `data/projects.json ${project.id} city: unknown city "${projectCity}x" (did you mean "${projectCity}"?)`,
        `data/indicators.json ${metric.id} metric: unknown metric "${key.slice(0, -1)}" (did you mean "${key}"?)`,
      ]),
    );
    // …and only they: a figure of that project, a case's, a row relating to one of them is not blamed for its area (rev30).
    const alone = fresh();
    const [aCase, aProject] = [alone.complaints[0], alone.projects.find((p) => alone.indicators.some((i) => i.project === p.id))];
    const related = alone.indicators.find((i) => i.relates_to !== null);
    const relatedTo = alone.indicators.find((i) => i.id === related?.relates_to);
    if (!aProject || !relatedTo) throw new Error('no project with figures, or no related row');
    aCase.city = 'zhang-ye';
    aProject.city = 'Wuwei';
    relatedTo.city = '武威市';
    expect(messages(alone).sort()).toEqual(
      [
        `data/complaints.json ${aCase.id} city: unknown city "zhang-ye" (did you mean "zhangye"?)`,
        `data/projects.json ${aProject.id} city: unknown city "Wuwei" (did you mean "wuwei"?)`,
        `data/indicators.json ${relatedTo.id} city: unknown city "武威市" (did you mean "wuwei"?)`,
      ].sort(),
    );
  });

  it('reject a figure of a case or a project placed in another area than its case or project', () => {
    const data = fresh();
    const ofCase = data.indicators.find((i) => i.complaint !== null);
    const ofProject = data.indicators.find((i) => i.project != null && i.complaint === null);
    if (!ofCase || !ofProject) throw new Error('the seed has a figure of a case and one of a project');
    const caseArea = data.complaints.find((c) => c.id === ofCase.complaint)?.city;
    const projectArea = data.projects.find((p) => p.id === ofProject.project)?.city;
    ofCase.city = ofCase.city === 'gansu' ? 'wuwei' : 'gansu';
    ofProject.city = ofProject.city === 'gansu' ? 'wuwei' : 'gansu';
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/indicators.json ${ofCase.id} city: "${ofCase.city}" is not the area of its complaint ${ofCase.complaint} ("${caseArea}")`,
        `data/indicators.json ${ofProject.id} city: "${ofProject.city}" is not the area of its project ${ofProject.project} ("${projectArea}")`,
      ]),
    );
  });

  it('reject a changed article', () => {
    const data = fresh();
    data.digests.set('000', '0'.repeat(64));
    expect(messages(data)).toContainEqual(
      expect.stringMatching(/^data\/sources.json 000 sha256: article 000_bcf64a539d663988.txt has changed/),
    );
  });

  it('reject an author the article does not print, and accept one it prints with a space inside the name', () => {
    const data = fresh();
    const jiuquan = data.sources.find((s) => s.id === '004');
    if (!jiuquan) throw new Error('no source 004');
    expect(jiuquan.authors[0]).toEqual({ name: '郭军', role: 'reporter' });
    jiuquan.authors.push({ name: '王五', role: 'author' });
    expect(messages(data)).toEqual(['data/sources.json 004 authors.2.name: "王五" is not in the article']);
  });

  it('reject a dated figure whose label drops the time its passage names, and read 项目前期 as no time', () => {
    const data = fresh();
    const atPresent = data.indicators.find((i) => i.id === '001-i030');
    if (!atPresent) throw new Error('no indicator 001-i030');
    // 目前 (at present): the passage names its time, so both labels must.
    atPresent.label_zh = atPresent.label_zh.replace('截至2024年2月18日', '');
    atPresent.label_en = atPresent.label_en.replace(', as of 18 February 2024', '');
    // 项目前期 is a project's preliminary stage, not 目前: a passage with it alone names no time.
    const preliminary = data.indicators.find((i) => i.id === '001-i064');
    if (!preliminary) throw new Error('no indicator 001-i064');
    preliminary.period = '2023';
    expect(messages(data)).toEqual([
      'data/indicators.json 001-i030 label_zh: names no time, though its passage does and its period is ../2024-02-18',
      'data/indicators.json 001-i030 label_en: names no time, though its passage does and its period is ../2024-02-18',
    ]);
  });

  it('reject a unit as written that does not fit the normalized unit', () => {
    const data = fresh();
    const indicator = data.indicators.find((i) => i.unit === 'CNY');
    if (!indicator) throw new Error('the seed has no money indicator');
    indicator.unit_zh = '万人次';
    expect(messages(data)).toContainEqual(
      expect.stringMatching(new RegExp(`^data/indicators.json ${indicator.id} unit_zh: unit_zh "万人次" does not fit unit CNY`)),
    );
  });

  it('reject a metric alias that is live, chained or points nowhere', () => {
    const data = fresh();
    const live = data.metrics[0].key;
    data['metric-aliases'] = [
      { alias: live, metrics: [data.metrics[1].key], scopes: null, note_en: 'x', note_zh: 'x' },
      { alias: 'old.first', metrics: ['old.second'], scopes: null, note_en: 'x', note_zh: 'x' },
      { alias: 'old.second', metrics: ['no.such_key'], scopes: null, note_en: 'x', note_zh: 'x' },
      // A scope its metric's rows do not have, and scopes over a split.
      { alias: 'old.third', metrics: ['investment.funds_in_place'], scopes: ['one_case'], note_en: 'x', note_zh: 'x' },
      {
        alias: 'old.fourth',
        metrics: ['investment.funds_in_place', 'investment.signed_amount'],
        scopes: ['out_of_province'],
        note_en: 'x',
        note_zh: 'x',
      },
    ];
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/metric-aliases.json ${live} alias: is a live metric key; an alias stands only for a retired key`,
        'data/metric-aliases.json old.first metrics: "old.second" is itself an alias; point at the live key it stands for',
        'data/metric-aliases.json old.second metrics: unknown metric "no.such_key"',
        'data/metric-aliases.json old.third scopes: no indicator of investment.funds_in_place has the scope "one_case"',
        'data/metric-aliases.json old.fourth scopes: scopes are for a key merged into one metric, not a split',
      ]),
    );
  });

  it('reject a published id that is gone unless withdrawn (or kept as an alias), and a withdrawal of what was never published', () => {
    const data = fresh();
    const [gone, withdrawn] = data.indicators;
    const passage = data.passages.find((p) => !data.indicators.some((i) => i.evidence.includes(p.id)))?.id ?? data.passages[0].id;
    data.indicators = data.indicators.slice(2);
    data.retired.push({ ...data.retired[0], record_type: 'indicator', id: withdrawn.id });
    data.passages = data.passages.filter((p) => p.id !== passage);
    data.retired.push({ ...data.retired[0], record_type: 'complaint', id: '001-c99' });
    const found = messages(data);
    expect(found).toContain(
      `data/published.json ${gone.id} indicator: was published and is gone: withdraw it in retired.json with its reason, so its URL answers 410`,
    );
    expect(found).toContain(
      `data/published.json ${passage} passage: was published and is gone: a published passage stays, whatever cited it`,
    );
    expect(found).toContain('data/retired.json 001-c99 id: no published complaint has this id: only a record once published is withdrawn');
    expect(found.filter((m) => m.includes(withdrawn.id))).toEqual([]);
    // A metric key dropped (its figures then name an unknown key too): gone, unless an alias stands for it.
    const other = fresh();
    const [metric, kept] = other.metrics;
    other.metrics = other.metrics.slice(1);
    const keyGone = `data/published.json ${metric.key} metric: was published and is gone: keep it in metric-aliases.json with the keys it now stands for`;
    expect(messages(other)).toContain(keyGone);
    other['metric-aliases'].push({ alias: metric.key, metrics: [kept.key], scopes: null, note_en: 'x', note_zh: 'x' });
    expect(messages(other)).not.toContain(keyGone);
  });

  it('hold every live id in data/published.json, so a later deletion is seen (npx tsx scripts/published.ts adds new ones)', () => {
    const ledger = pristine.published ?? noIds();
    expect(pristine.published).toBeDefined();
    const missing = Object.entries(liveIds(pristine)).flatMap(([kind, ids]) =>
      ids.filter((id) => !ledger[kind as keyof typeof ledger].includes(id)).map((id) => `${kind} ${id}`),
    );
    expect(missing, 'run `npx tsx scripts/published.ts` and commit data/published.json').toEqual([]);
    // An id listed twice, or a kind the ledger does not know, is refused as the file is read.
    expect(publishedSchema.safeParse({ ...noIds(), indicator: ['001-i001', '001-i001'] }).error?.issues[0].message).toBe(
      'an id is listed once',
    );
    expect(publishedSchema.safeParse({ ...noIds(), record: [] }).success).toBe(false);
    // A kind it does not list yet, a new record type's, has published nothing, so the script can add its ids (contrib14).
    const { project: _, ...withoutProjects } = noIds();
    expect(publishedSchema.parse(withoutProjects).project).toEqual([]);
    // A ledger that did not read is no ledger: no withdrawal is called unpublished for want of it.
    const unread = fresh();
    unread.published = undefined;
    expect(messages(unread).filter((m) => m.includes('published'))).toEqual([]);
  });

  it('reject a part of a whole that names no indicator, is larger than it or makes the parts exceed it', () => {
    const data = fresh();
    const byId = new Map(data.indicators.map((i) => [i.id, i]));
    const [ten, fourteen] = [byId.get('002-i066'), byId.get('002-i067')];
    if (!ten || !fourteen || ten.part_of !== '002-i060') throw new Error('002-i066 is no longer part of 002-i060');
    fourteen.value_text = '15';
    fourteen.value = 15;
    const stray = data.indicators[0];
    stray.part_of = '999-i999';
    const larger = data.indicators.find((i) => i.unit === 'cases' && i.qualifier === 'exact' && Number(i.value_text) > 24);
    if (!larger) throw new Error('no exact count of cases above 24');
    larger.part_of = '002-i059';
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/indicators.json ${stray.id} part_of: unknown indicator "999-i999"`,
        `data/indicators.json ${larger.id} part_of: ${larger.value_text} is larger than its whole 002-i059 (11)`,
        expect.stringMatching(/^data\/indicators.json 002-i060 part_of: its parts \(.*002-i066.*\) add up to more than it$/),
      ]),
    );
    // At the bound: a part as large as its whole is not larger; one more is.
    for (const more of [0, 1]) {
      const atBound = fresh();
      const part = atBound.indicators.find((i) => i.id === '002-i066');
      const whole = atBound.indicators.find((i) => i.id === '002-i060');
      if (!part || !whole) throw new Error('002-i066 or 002-i060 is gone');
      part.value_text = String(Number(whole.value_text) + more);
      part.value = Number(part.value_text);
      const larger = messages(atBound).filter(
        (m) => m.startsWith('data/indicators.json 002-i066 part_of: ') && m.includes('is larger than'),
      );
      expect(larger, `whole + ${more}`).toHaveLength(more);
    }
  });

  it('reject a reading override that misquotes the article or overlaps a repair', () => {
    const data = fresh();
    const repair = data.repairs[0];
    data.readings = [
      { source: repair.source, start: repair.start, end: repair.start + 1, text: repair.damaged.slice(0, 1), reading: 'x', note: 'x' },
      { source: '002', start: 0, end: 1, text: '國', reading: '国', note: 'x' },
    ];
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/readings.json ${repair.source}@${repair.start} start: overlaps repair ${repair.id}`,
        expect.stringMatching(/^data\/readings.json 002@0 text: "國" is not the article's text at 0-1$/),
      ]),
    );
  });

  it('reject a quote that is the article’s text only once spaces are evened out, or only its start', () => {
    const spaced = fresh();
    const broken = spaced.passages.find((p) => p.text.includes('\n'));
    if (!broken) throw new Error('no passage with a line break');
    broken.text = broken.text.replace('\n', ' ');
    expect(messages(spaced)).toEqual([
      expect.stringMatching(new RegExp(`^data/passages.json ${broken.id} text: does not match the article`)),
    ]);
    const cut = fresh();
    const short = cut.passages[0];
    short.text = Array.from(short.text).slice(0, -3).join('');
    expect(messages(cut)).toEqual([expect.stringMatching(new RegExp(`^data/passages.json ${short.id} text: .*the quote ends at`))]);
  });

  it('reject a passage named for another article, an area under an unknown one, and an exclusion misquoting its digits', () => {
    const data = fresh();
    data.passages.push({ ...data.passages[0], id: '001-p999' });
    const city = data.cities.find((c) => c.parent === 'gansu');
    const exclusion = data.exclusions[0];
    if (!city) throw new Error('no area under gansu');
    city.parent = 'atlantis';
    exclusion.text = exclusion.text === '9' ? '8' : '9';
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/passages.json 001-p999 id: must start with its source "${data.passages[0].source}-"`,
        `data/cities.json ${city.slug} parent: unknown city "atlantis"`,
        `data/exclusions.json ${exclusion.source}@${exclusion.start} text: "${exclusion.text}" is not the article's text at ${exclusion.start}-${exclusion.end}`,
      ]),
    );
  });

  it('reject a digit run that is neither a record’s value nor excluded, a year too', () => {
    const data = fresh();
    const year = data.exclusions.find((e) => /^20\d\d$/.test(e.text));
    const name = data.exclusions.find((e) => e.reason === 'name');
    if (!year || !name) throw new Error('no year or name excluded');
    data.exclusions = data.exclusions.filter((e) => e !== year && e !== name);
    const runs = messages(data).filter((m) => m.includes(' coverage: '));
    expect(runs).toHaveLength(2);
    expect(runs).toEqual(
      expect.arrayContaining(
        [year, name].map((e) =>
          expect.stringMatching(new RegExp(`^data/exclusions.json ${e.source}@${e.start} coverage: digit run "${e.text}"`)),
        ),
      ),
    );
  });

  it('reject a statistic excluded as a date, where no date word or separator stands beside it (cur16)', () => {
    const data = fresh();
    const date = data.exclusions.find((e) => e.reason === 'date');
    const record = data.indicators.find((i) => i.id === '000-i001');
    const passage = data.passages.find((p) => p.id === record?.evidence[0]);
    if (!date || !record || !passage) throw new Error('no date excluded, or 000-i001 is gone');
    expect(messages(data)).toEqual([]);
    const at = passage.start + Array.from(passage.text).join('').indexOf(record.value_text);
    data.indicators = data.indicators.filter((i) => i !== record);
    data.exclusions.push({ ...date, source: passage.source, start: at, end: at + record.value_text.length, text: record.value_text });
    expect(messages(data)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^data/exclusions.json ${passage.source}@${at} reason: "${record.value_text}" is no date's digits here`),
      ),
    );
    // Nor a length of time before 年 (rev30: 001-i041's 13年).
    const years = fresh();
    const span = years.indicators.find((i) => i.id === '001-i041');
    const spanned = years.passages.find((p) => p.id === span?.evidence[0]);
    if (!span || !spanned || span.unit_zh !== '年') throw new Error('001-i041 is no length in years');
    const from = spanned.start + Array.from(spanned.text).join('').indexOf(`${span.value_text}年`);
    years.indicators = years.indicators.filter((i) => i !== span);
    years.exclusions.push({ ...date, source: spanned.source, start: from, end: from + span.value_text.length, text: span.value_text });
    expect(messages(years)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^data/exclusions.json ${spanned.source}@${from} reason: "${span.value_text}" is no date's digits here`),
      ),
    );
  });

  it('name the record whose value no longer covers a run, and reject a figure both recorded and excluded, or hidden as page (cur15)', () => {
    const data = fresh();
    const record = data.indicators.find((i) => i.id === '000-i001');
    const passage = data.passages.find((p) => p.id === record?.evidence[0]);
    if (!record || !passage) throw new Error('000-i001 or its passage is gone');
    const at = passage.start + Array.from(passage.text).join('').indexOf(record.value_text);
    const run = { source: passage.source, start: at, end: at + record.value_text.length, text: record.value_text };
    // Excluded while recorded: refused, whatever the reason.
    data.exclusions.push({ ...run, reason: 'date' });
    expect(messages(data)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/exclusions.json ${run.source}@${run.start} coverage: digit run "${run.text}" .* is a record's value and excluded`,
        ),
      ),
    );
    // Page furniture inside a passage records quote: refused, the record gone or not.
    const hidden = data.exclusions.at(-1);
    if (!hidden) throw new Error('no exclusion added');
    hidden.reason = 'page';
    data.indicators = data.indicators.filter((i) => i !== record);
    expect(messages(data)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^data/exclusions.json ${run.source}@${run.start} reason: page furniture inside passage ${passage.id}`),
      ),
    );
    // Not excluded and no longer recorded: the message names the passage and who quotes it, so the record is looked at first.
    const changed = fresh();
    const again = changed.indicators.find((i) => i.id === record.id);
    if (!again) throw new Error('000-i001 is gone');
    again.value_text = again.value_text.slice(1) || '7';
    again.value = Number(again.value_text);
    expect(messages(changed)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/exclusions.json ${run.source}@${run.start} coverage: digit run "${run.text}" .*: passage ${passage.id} holds it, quoted by [^:]*${record.id}`,
        ),
      ),
    );
  });

  it('reject a reviewed reading that is not the derived one, and a passage of 002 without one', () => {
    const data = fresh();
    const [reviewed, missing] = data.passages.filter((p) => p.text_zh_hans !== undefined && /\d/.test(p.text_zh_hans));
    reviewed.text_zh_hans = reviewed.text_zh_hans?.replace(/\d/, (d) => (d === '9' ? '8' : '9'));
    delete missing.text_zh_hans;
    // A space is a difference too: a reading is compared as it is written.
    const [, , spaced] = data.passages.filter((p) => p.text_zh_hans !== undefined && p.text_zh_hans.length > 10);
    if (spaced?.text_zh_hans === undefined) throw new Error('no third reviewed reading');
    spaced.text_zh_hans = `${spaced.text_zh_hans.slice(0, 5)} ${spaced.text_zh_hans.slice(5)}`;
    const found = messages(data);
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^data/passages.json ${spaced.id} text_zh_hans: the reviewed reading differs`)),
    );
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^data/passages.json ${reviewed.id} text_zh_hans: the reviewed reading differs`)),
    );
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^data/passages.json ${missing.id} text_zh_hans: a passage of a Traditional-script article needs`)),
    );
  });

  it('reject a case dated after its article, a case’s figure without one_case, and a hedged planned total not estimated', () => {
    const data = fresh();
    const dated = new Set(data.sources.filter((s) => s.published_on).map((s) => s.id));
    const c = data.complaints.find((x) => x.reported_on !== null && dated.has(x.evidence[0].slice(0, 3)));
    const ofCase = data.indicators.find((i) => i.complaint !== null);
    const hedged = data.indicators.find((i) => i.metric === 'projects.total_investment' && i.qualifier !== 'exact');
    if (!c || !ofCase || !hedged) throw new Error('the seed lacks a dated case, a case’s figure or a hedged planned total');
    c.reported_on = '2099';
    ofCase.scope = null;
    hedged.estimated = false;
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^data/complaints.json ${c.id} reported_on: starts after the article that reports it was published`),
        ),
        `data/indicators.json ${ofCase.id} scope: one_case is the scope of a figure of one complaint, and of no other`,
        `data/indicators.json ${hedged.id} estimated: planned investment is an estimate, whatever the projects did`,
      ]),
    );
  });

  it('reject each broken reference, loop, repeat, unreal period and Traditional name, naming the record and the field', () => {
    const cases: [string, (d: SeedData) => string | RegExp][] = [
      [
        'a reading override given twice',
        (d) => {
          const [r] = d.readings;
          d.readings.push({ ...r });
          return `data/readings.json ${r.source}@${r.start} start: overlaps the override at ${r.start}-${r.end}`;
        },
      ],
      [
        'areas whose parents loop',
        (d) => {
          const root = d.cities.find((c) => !c.parent && d.cities.some((x) => x.parent === c.slug));
          const leaf = d.cities.find((c) => c.parent === root?.slug && !d.cities.some((x) => x.parent === c.slug));
          if (!root || !leaf) throw new Error('no root and leaf area');
          root.parent = leaf.slug;
          return `data/cities.json ${root.slug} parent: the parent chain loops`;
        },
      ],
      [
        'a case reported on a day that does not exist',
        (d) => {
          const [c] = d.complaints;
          c.reported_on = '2023-02-30';
          return `data/complaints.json ${c.id} reported_on: "2023-02-30" is not a real period`;
        },
      ],
      [
        'an initiative started in a thirteenth month',
        (d) => {
          const i = d.initiatives.find((x) => x.started_on !== null) ?? d.initiatives[0];
          i.started_on = '2023-13';
          return `data/initiatives.json ${i.id} started_on: "2023-13" is not a real period`;
        },
      ],
      [
        'a figure in a thirteenth month',
        (d) => {
          const [i] = d.indicators;
          i.period = '2023-13';
          return `data/indicators.json ${i.id} period: "2023-13" is not a real period`;
        },
      ],
      [
        'a case of an unknown initiative',
        (d) => {
          const [c] = d.complaints;
          c.initiative = 'no-such-initiative';
          return `data/complaints.json ${c.id} initiative: unknown initiative "no-such-initiative"`;
        },
      ],
      [
        'a figure in another unit than its metric',
        (d) => {
          const i = d.indicators.find((x) => x.unit === 'projects');
          if (!i) throw new Error('no figure counted in projects');
          i.unit = 'count';
          return `data/indicators.json ${i.id} unit: metric ${i.metric} is measured in projects, not count`;
        },
      ],
      [
        'a figure related to an unknown one',
        (d) => {
          const i = d.indicators.find((x) => x.relates_to === null) ?? d.indicators[0];
          i.relates_to = '000-i999';
          return `data/indicators.json ${i.id} relates_to: unknown indicator "000-i999"`;
        },
      ],
      [
        'a figure related to itself',
        (d) => {
          const i = d.indicators.find((x) => x.relates_to === null) ?? d.indicators[0];
          i.relates_to = i.id;
          return `data/indicators.json ${i.id} relates_to: an indicator cannot relate to itself`;
        },
      ],
      [
        'a figure of an unknown case',
        (d) => {
          const i = d.indicators.find((x) => x.complaint !== null);
          if (!i) throw new Error('no figure of a case');
          i.complaint = '001-c99';
          return `data/indicators.json ${i.id} complaint: unknown complaint "001-c99"`;
        },
      ],
      [
        'a figure of an unknown project',
        (d) => {
          const i = d.indicators.find((x) => x.project == null && x.complaint === null) ?? d.indicators[0];
          i.project = 'no-such-project';
          return `data/indicators.json ${i.id} project: unknown project "no-such-project"`;
        },
      ],
      [
        'a part in another unit than its whole',
        (d) => {
          const whole = d.indicators.find((x) => d.indicators.some((y) => y.part_of === x.id));
          const other = d.indicators.find((x) => whole && x.unit !== whole.unit && x.part_of === null);
          if (!whole || !other) throw new Error('no whole with parts');
          other.part_of = whole.id;
          return `data/indicators.json ${other.id} part_of: is counted in ${other.unit}, its whole ${whole.id} in ${whole.unit}`;
        },
      ],
      [
        'parts whose wholes loop',
        (d) => {
          const part = d.indicators.find((x) => x.part_of !== null);
          const whole = d.indicators.find((x) => x.id === part?.part_of);
          if (!part || !whole) throw new Error('no part of a whole');
          [whole.part_of, whole.value_text, whole.value] = [part.id, part.value_text, part.value];
          return `data/indicators.json ${part.id} part_of: the chain of wholes loops`;
        },
      ],
      [
        'a metric alias given twice',
        (d) => {
          const [alias] = d['metric-aliases'];
          d['metric-aliases'].push({ ...alias });
          return `data/metric-aliases.json ${alias.alias} alias: duplicate id`;
        },
      ],
      [
        'a metric alias naming a metric twice',
        (d) => {
          const alias = d['metric-aliases'].find((x) => !x.scopes) ?? d['metric-aliases'][0];
          alias.metrics = [...alias.metrics, alias.metrics[0]];
          return `data/metric-aliases.json ${alias.alias} metrics: names a metric twice`;
        },
      ],
      [
        'a project of an unknown initiative',
        (d) => {
          const [project] = d.projects;
          project.initiatives.push('no-such-initiative');
          return `data/projects.json ${project.id} initiatives: unknown initiative "no-such-initiative"`;
        },
      ],
      [
        'a project’s event stated by a passage not among its evidence',
        (d) => {
          const project = d.projects.find((x) => x.events.length > 0);
          const other = d.passages.find((q) => !project?.evidence.includes(q.id));
          if (!project || !other) throw new Error('no project with an event');
          project.events[0].evidence.push(other.id);
          return `data/projects.json ${project.id} events.0.evidence: passage "${other.id}" states the event but is not among the project's evidence`;
        },
      ],
      [
        'the noun a number counts typed as its unit (6县区, where no counter is written)',
        (d) => {
          const counted = d.indicators.find((i) => i.unit === 'count' && i.unit_zh === '');
          if (!counted) throw new Error('no count written without a counter');
          counted.unit_zh = '县区';
          return new RegExp(`^data/indicators.json ${counted.id} unit_zh: unit_zh "县区" does not fit unit count`);
        },
      ],
      [
        'a project’s event in a thirteenth month',
        (d) => {
          const project = d.projects.find((x) => x.events.length > 0);
          if (!project) throw new Error('no project with an event');
          project.events[0].period = '2023-13';
          return `data/projects.json ${project.id} events.0.period: "2023-13" is not a real period`;
        },
      ],
      [
        'a project described in Traditional script',
        (d) => {
          const project = d.projects.find((x) => x.description_zh && /[发项资]/.test(x.description_zh));
          if (!project?.description_zh) throw new Error('no description with 发, 项 or 资');
          project.description_zh = project.description_zh.replace(/发/g, '發').replace(/项/g, '項').replace(/资/g, '資');
          return new RegExp(`^data/projects.json ${project.id} description_zh: is not in Simplified script`);
        },
      ],
      [
        'an initiative named in Traditional script',
        (d) => {
          const initiative = d.initiatives.find((x) => /[动务发项资]/.test(x.name_zh));
          if (!initiative) throw new Error('no initiative name with 动, 务, 发, 项 or 资');
          initiative.name_zh = initiative.name_zh
            .replace(/动/g, '動')
            .replace(/务/g, '務')
            .replace(/发/g, '發')
            .replace(/项/g, '項')
            .replace(/资/g, '資');
          return new RegExp(`^data/initiatives.json ${initiative.id} name_zh: is not in Simplified script`);
        },
      ],
    ];
    for (const [what, change] of cases) {
      const data = fresh();
      const expected = change(data);
      expect(messages(data), what).toContainEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
    }
  });

  it('list every problem, not just the first', () => {
    const data = fresh();
    data.indicators[0].city = 'atlantis';
    data.indicators[1].city = 'atlantis';
    data.passages[0].text = 'x';
    expect(verifySeed(data).length).toBeGreaterThanOrEqual(3);
  });
});

describe('every record type the seed holds', () => {
  it('is checked: a quote, an area and a Chinese name it gives are refused when wrong, whatever the type (contrib14)', () => {
    const data = fresh();
    expect(messages(data)).toEqual([]);
    const kinds = Object.keys(SEED_FILES).filter((kind) => {
      const [first] = (data as unknown as Record<string, Record<string, unknown>[]>)[kind] ?? [];
      return first !== undefined && Array.isArray(first.evidence);
    });
    // Indicators, initiatives, complaints and projects now; a new type that quotes articles joins them here by itself.
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    for (const kind of kinds) {
      const broken = fresh();
      const [record] = (broken as unknown as Record<string, Record<string, unknown>[]>)[kind];
      const id = String(record.id);
      record.evidence = ['000-p999'];
      if ('city' in record) record.city = 'nowhere';
      const name = ['name_zh', 'label_zh', 'title_zh'].find((field) => typeof record[field] === 'string');
      if (name) record[name] = `${record[name]}們`;
      const said = messages(broken).filter((m) => m.startsWith(`data/${kind}.json ${id} `));
      expect(
        said.some((m) => m.includes('000-p999')),
        kind,
      ).toBe(true);
      if ('city' in record)
        expect(
          said.some((m) => m.includes('nowhere')),
          kind,
        ).toBe(true);
      // (A project's name is as its quote writes it, which the check says instead.)
      if (name)
        expect(
          said.some((m) => m.includes(`${name}: `)),
          kind,
        ).toBe(true);
    }
  });
});

describe('a build that fails while writing', () => {
  it('says a constraint the data breaks is the data’s, not that its directory cannot be written (contrib14)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec('create table area (slug text primary key); create table figure (area text references area(slug))');
    let broken: unknown;
    try {
      db.prepare("insert into figure values ('nowhere')").run();
    } catch (error) {
      broken = error;
    }
    db.close();
    expect((buildFailure('/tmp/ledger.db', broken) as Error).message).toBe(
      "cannot build the database at /tmp/ledger.db: the seed's records break its schema (SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed), which the checks of seed/verify.ts should have refused; does every record type have its checks there?",
    );
    // better-sqlite3 built for another Node is neither the data's nor the directory's (node_modules installed under Node 24,
    // started under 20: its build had said /tmp cannot be written).
    const native = Object.assign(new Error("The module 'better_sqlite3.node'\nwas compiled against NODE_MODULE_VERSION 137."), {
      code: 'ERR_DLOPEN_FAILED',
    });
    const said = (buildFailure('/tmp/ledger.db', native) as Error).message;
    expect(said).toContain("better-sqlite3's native module does not load in Node");
    expect(said).toContain('npm rebuild better-sqlite3');
    expect(said).not.toContain('cannot be written');
    // A disk that fails, or SQLite itself (rev31), is not the data's.
    for (const code of ['SQLITE_FULL', 'SQLITE_ERROR', 'SQLITE_NOMEM']) {
      const failed = Object.assign(new Error('it failed'), { code });
      expect((buildFailure('/tmp/ledger.db', failed) as Error).message, code).toBe(
        `cannot build the database at /tmp/ledger.db: /tmp cannot be written (${code})`,
      );
    }
  });
});

describe('the curation rules the build checks', () => {
  const problemsOf = (data: SeedData, id: string) => messages(data).filter((m) => m.split(' ')[1] === id);

  it('reject English that renders a term the curation translates otherwise than every other record does (Bao-Zhua-Lian)', () => {
    const data = fresh();
    let broken = 0;
    for (const [term, rendering] of RENDERINGS) {
      const passage = data.passages.find((p) => toReadingForm(p.text).includes(term) && rendering.test(p.text_en));
      if (!passage) continue;
      passage.text_en = passage.text_en.replace(new RegExp(rendering.source, 'gi'), 'Bao-Zhua-Lian');
      expect(problemsOf(data, passage.id), term).toContainEqual(expect.stringContaining(`English: says ${term} in its Chinese`));
      broken++;
    }
    expect(broken).toBeGreaterThanOrEqual(7);
    // Nor does any English spell one in pinyin, though its Chinese does not say it (a description naming another reform).
    const fresher = fresh();
    const initiative = fresher.initiatives[0];
    initiative.description_en = `${initiative.description_en} With the Fang-guan-fu reform.`;
    expect(problemsOf(fresher, initiative.id)).toContainEqual(expect.stringContaining('spells "Fang-guan-fu" in pinyin'));
  });

  it('reject a list of areas without a province a passage names, as a place or inside a name (浙江艾佳果蔬开发有限公司)', () => {
    const data = fresh();
    // The provinces a passage writes by their short name (浙江, 香港), the 省 or 市 of 浙江省, 北京市 left off.
    const quoted = data.passages.map((p) => toReadingForm(p.text)).join('\n');
    const named = data.cities.filter(
      (c) => c.level === 'province' && c.slug !== 'gansu' && quoted.includes(c.name_zh.replace(/(?:省|市|特别行政区)$/, '')),
    );
    expect(named.map((c) => c.slug)).toContain('zhejiang');
    expect(named.length).toBeGreaterThan(5);
    for (const gone of named) {
      const without = fresh();
      // The area and those under it, so that no parent is unknown.
      without.cities = without.cities.filter((c) => c.slug !== gone.slug && c.parent !== gone.slug);
      expect(messages(without), gone.slug).toContainEqual(
        expect.stringMatching(new RegExp(`^data/cities.json \\S+ code: passage \\d{3}-p\\d{3} names \\S+ \\(${gone.code}\\)`)),
      );
    }
    // A name run into another word by its last character is none (黄河北岸 is no 河北); written as a place, it is one.
    const river = fresh();
    river.passages[0].text += '黄河北岸';
    expect(messages(river).some((m) => m.includes('names 河北'))).toBe(false);
    river.passages[0].text += '，河北省';
    expect(messages(river).some((m) => m.includes('names 河北'))).toBe(true);
    expect(messages(data)).toEqual([]);
  });

  it('reject an exact qualifier for a number its first quote hedges (5000余场次), and any other than the hedge’s', () => {
    const data = fresh();
    const passages = new Map(data.passages.map((p) => [p.id, p]));
    const hedged = data.indicators.filter((i) => i.qualifier !== 'exact' && /余|多/.test(passages.get(i.evidence[0])?.text ?? ''));
    const more = hedged.find((i) => i.qualifier === 'more_than');
    if (!more) throw new Error('the seed has no figure hedged with 余 or 多');
    for (const wrong of ['exact', 'less_than'] as const) {
      more.qualifier = wrong;
      expect(problemsOf(data, more.id), wrong).toEqual([
        `data/indicators.json ${more.id} qualifier: its quote hedges the number (more_than), and the qualifier is the hedge's, not ${wrong}`,
      ]);
    }
    // A qualifier the text gives by other words than a hedge beside the number (千万千瓦级: approx) stands.
    const approx = data.indicators.filter((i) => i.qualifier === 'approx');
    expect(approx.length).toBeGreaterThan(0);
    for (const i of approx) expect(problemsOf(data, i.id)).toEqual([]);
  });

  it('reject an English rendering with a number its Chinese does not say, and Chinese words with one no quote writes (cur16)', () => {
    const data = fresh();
    const passage = data.passages.find((p) => p.text.includes('429.49') && p.text_en.includes('42.949'));
    const initiative = data.initiatives.find((i) => i.id === 'liangzhou-business-service-squad');
    const complaint = data.complaints.find((c) => c.handling_zh?.includes('4216'));
    if (!passage || !initiative || !complaint) throw new Error('the seed lacks 429.49, the Liangzhou squad or a case paying 4216万元');
    expect(messages(data)).toEqual([]);
    passage.text_en = passage.text_en.replace('42.949', '49.249');
    initiative.description_en = initiative.description_en?.replace('1,900', '2,900') ?? null;
    complaint.handling_zh = complaint.handling_zh?.replace('4216', '4261') ?? null;
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/passages.json ${passage.id} text_en: 49.249 is not a number the passage's text writes: a translation says the text's numbers`,
        `data/initiatives.json ${initiative.id} description_en: 2,900 is not a number description_zh says: the English says the numbers its Chinese says`,
        `data/complaints.json ${complaint.id} handling_zh: 4261 is written in none of its quotes: a record's words say only the numbers its quotes write`,
        // …and its English, now saying a number the Chinese does not.
        `data/complaints.json ${complaint.id} handling_en: 42.16 is not a number handling_zh says: the English says the numbers its Chinese says`,
      ]),
    );
    // The same number in another magnitude, a year in brackets, and a small number (a Chinese numeral's: 第十四讲) stand.
    const fine = fresh();
    const squad = fine.initiatives.find((i) => i.id === initiative.id);
    if (!squad) throw new Error('the squad is gone');
    squad.description_en = `${squad.description_en} (2023) About 1.9 thousand, in teams of 14.`;
    expect(messages(fine)).toEqual([]);
  });

  it('reject the same digits in another magnitude: 4.2949 billion for 429.49亿, 19,000 for 1900多, 4216亿元 for 4216万元', () => {
    const data = fresh();
    const passage = data.passages.find((p) => p.text.includes('429.49亿') && p.text_en.includes('42.949 billion'));
    const squad = data.initiatives.find((i) => i.id === 'liangzhou-business-service-squad');
    const complaint = data.complaints.find((c) => c.handling_zh?.includes('4216万元'));
    if (!passage || !squad?.description_en?.includes('1,900') || !complaint)
      throw new Error('the seed lacks 429.49亿, the squad’s 1,900 or 4216万元');
    passage.text_en = passage.text_en.replace('42.949 billion', '4.2949 billion');
    squad.description_en = squad.description_en.replace('1,900', '19,000');
    complaint.handling_zh = complaint.handling_zh?.replace('4216万元', '4216亿元') ?? null;
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        `data/passages.json ${passage.id} text_en: 4.2949 billion yuan is 4294900000 where 429.49亿元 is 42949000000: a translation says the text's numbers in their magnitude`,
        `data/initiatives.json ${squad.id} description_en: more than 19,000 is 19000 where 1900多件 is 1900 in description_zh: the English says the numbers its Chinese says, in their magnitude`,
        `data/complaints.json ${complaint.id} handling_zh: 4216亿元 is 421600000000 where 4216万元 is 42160000 in its quotes: a record's words say its quotes' numbers in their magnitude`,
      ]),
    );
    // A numeral the reader takes for no figure is worth its face: 百强 is the Top 100, not a 1 in another magnitude.
    expect(data.passages.some((p) => p.text.includes('百强') && p.text_en.includes('Top 100'))).toBe(true);
    expect(messages(fresh())).toEqual([]);
  });

  it('reject a hedge no quote writes (cur15: 集体学习17次 served as more than 17), but not a class (千万千瓦级)', () => {
    const data = fresh();
    const plain = data.indicators.filter((i) => i.qualifier === 'exact' && i.unit === 'count').slice(0, 3);
    expect(plain.length).toBe(3);
    for (const [k, wrong] of (['more_than', 'approx', 'at_least'] as const).entries()) {
      plain[k].qualifier = wrong;
      expect(problemsOf(data, plain[k].id), wrong).toEqual([
        `data/indicators.json ${plain[k].id} qualifier: its quote writes no hedge of the number (such as 约, 近, 余, 超过, 以上): the qualifier is exact, not ${wrong}`,
      ]);
    }
    const classed = data.indicators.find((i) => i.unit_zh === '万千瓦' && i.qualifier === 'approx');
    if (!classed) throw new Error('the seed has no figure of a class (千万千瓦级)');
    expect(problemsOf(data, classed.id)).toEqual([]);
    classed.qualifier = 'more_than';
    expect(problemsOf(data, classed.id)).toHaveLength(1);
  });

  it('reject a unit as written that its quote does not write beside the number, and a numeral only a name writes', () => {
    const data = fresh();
    const indicator = data.indicators.find((i) => i.unit_zh === '亿元' && /^[\d.]+$/.test(i.value_text));
    if (!indicator) throw new Error('the seed has no figure in 亿元');
    expect(problemsOf(data, indicator.id)).toEqual([]);
    const refused = `data/indicators.json ${indicator.id} unit_zh: no quote writes "${indicator.value_text}" with`;
    for (const unit of ['万元', '元']) {
      indicator.unit_zh = unit;
      expect(problemsOf(data, indicator.id), unit).toContainEqual(expect.stringContaining(refused));
    }
    // 三 is in 三抓三促 in every article: a figure of three whose quote writes no 三 of a unit is refused.
    const named = fresh();
    const passage = named.passages.find((p) => p.text.includes('三抓三促') && !/三[个項项]/.test(p.text));
    if (!passage) throw new Error('no passage naming the campaign');
    const three = { ...indicator, value_text: '三', value: 3, unit_zh: '项', unit: 'count' as const, evidence: [passage.id] };
    named.indicators.push({ ...three, id: `${passage.source}-i999`, metric: 'projects.count', relates_to: null, part_of: null });
    expect(problemsOf(named, `${passage.source}-i999`)).toContainEqual(
      expect.stringContaining('unit_zh: no quote writes "三" with "项" as a figure of count'),
    );
    // Nor does the 三 of 十三个 write three; 三个 does.
    const added = named.indicators.at(-1);
    if (!added) throw new Error('no record added');
    added.unit_zh = '个';
    passage.text += '，十三个项目';
    const unitProblems = () => problemsOf(named, added.id).filter((m) => m.includes(' unit_zh: no quote writes'));
    expect(unitProblems()).toHaveLength(1);
    passage.text += '，三个项目';
    expect(unitProblems()).toEqual([]);
    // A numeral of a title in 《》 is the title's (cur15: 《…十项措施》 had built as ten measures); one after it is a figure.
    const titled = fresh();
    const title = titled.passages.find((p) => p.text.includes('走深走实十项措施》'));
    if (!title) throw new Error('no passage of the ten measures');
    const ten = { ...three, id: `${title.source}-i999`, value_text: '十', value: 10, evidence: [title.id] };
    titled.indicators.push({ ...ten, metric: 'projects.count', relates_to: null, part_of: null });
    expect(problemsOf(titled, ten.id)).toContainEqual(
      expect.stringContaining('unit_zh: no quote writes "十" with "项" as a figure of count'),
    );
    title.text += '，出台十项措施';
    expect(problemsOf(titled, ten.id).filter((m) => m.includes(' unit_zh: no quote writes'))).toEqual([]);
  });

  it('find every place an article writes a quote, in code points (scripts/quote.ts and the mismatch message count them so)', () => {
    // No article has a character outside the BMP, where code points and UTF-16 indexes part: this text does.
    expect(placesOf(Array.from('𠮷a𠮷b𠮷b'), ['b'])).toEqual([3, 5]);
    expect(placesOf(Array.from('𠮷a𠮷b'), Array.from('𠮷b'))).toEqual([2]);
    for (const [source, text] of pristine.articles) {
      const chars = Array.from(text);
      for (const quote of ['三抓三促', '%']) {
        const places = placesOf(chars, Array.from(quote));
        expect(places.length, `${source} ${quote}`).toBe(text.split(quote).length - 1);
        for (const at of places) expect(chars.slice(at, at + Array.from(quote).length).join('')).toBe(quote);
      }
      // A passage's own text is found at its own offsets, and only there.
      for (const p of pristine.passages.filter((q) => q.source === source)) expect(placesOf(chars, Array.from(p.text))).toEqual([p.start]);
    }
  });

  it('reject what a second curator got past the first checks: a unit of another word, a number in a quoted name, a case’s typed amount, a time after the article', () => {
    const data = fresh();
    const passages = new Map(data.passages.map((p) => [p.id, p]));
    // A count of 件 typed as 个: the same base value, another unit as written.
    const counted = data.indicators.find((i) => i.unit_zh === '件' && i.complaint === null);
    if (!counted) throw new Error('no figure counted in 件');
    counted.unit_zh = '个';
    expect(problemsOf(data, counted.id)).toContainEqual(
      expect.stringContaining(`unit_zh: no quote writes "${counted.value_text}" with "个"`),
    );
    // The 三 of “三个500强”, a quoted name (docs/CURATION.md): no figure of three.
    const named = data.passages.find((p) => p.text.includes('“三个500强”'));
    if (!named) throw new Error('no passage naming “三个500强”');
    const base = data.indicators[0];
    const three = { ...base, id: `${named.source}-i998`, value_text: '三', value: 3, unit_zh: '个', unit: 'count' as const };
    data.indicators.push({ ...three, evidence: [named.id], relates_to: null, part_of: null, period: null, label_zh: '三个' });
    expect(problemsOf(data, three.id)).toContainEqual(expect.stringContaining('unit_zh: no quote writes "三" with "个"'));
    // A case's amount typed a tenth too small, and its households as another number.
    const paid = data.complaints.find((c) => c.amount_cny !== null);
    const homes = data.complaints.find((c) => c.households !== null);
    if (!paid?.amount_cny || !homes?.households) throw new Error('no case with an amount and households');
    paid.amount_cny /= 10;
    homes.households += 45;
    expect(problemsOf(data, paid.id)).toContainEqual(
      `data/complaints.json ${paid.id} amount_cny: no passage of the case writes ${paid.amount_cny} yuan (4216万元 is 42160000)`,
    );
    expect(problemsOf(data, homes.id)).toContainEqual(
      `data/complaints.json ${homes.id} households: no passage of the case writes ${homes.households} households (户)`,
    );
    // A figure of a year after its article appeared.
    const published = new Set(data.sources.filter((source) => source.published_on).map((source) => source.id));
    const dated = data.indicators.find((i) => /^\d{4}$/.test(i.period ?? '') && published.has(passages.get(i.evidence[0])?.source ?? ''));
    if (!dated) throw new Error('no figure of a year');
    dated.period = '2099';
    expect(problemsOf(data, dated.id)).toContainEqual(
      expect.stringContaining('period: starts after the article that reports it was published'),
    );
    // A year its article writes nowhere up to the quote, and is not the article's (cur15: 001-i075's 2023年 as 2022);
    // a year the article writes before the quote, or its own (今年), stands.
    const reyear = data.indicators.find((i) => i.id === '001-i075');
    const ofArticle = data.indicators.find((i) => i.id === '004-i010');
    if (!reyear || !ofArticle) throw new Error('001-i075 or 004-i010 is gone');
    expect([reyear.period, ofArticle.period]).toEqual(['2023', '2021']);
    for (const [record, period, wrong] of [
      [reyear, '2022', true],
      [reyear, '2022-Q4', true],
      [reyear, '2024-01', false],
      [reyear, '../2022-12-31', true],
      [ofArticle, '2020', true],
    ] as const) {
      record.period = period;
      const said = `data/indicators.json ${record.id} period: ${period.replace('../', '').slice(0, 4)} is written nowhere in article ${record.id.slice(0, 3)} up to its quote`;
      expect(
        problemsOf(data, record.id).some((m) => m.startsWith(said)),
        period,
      ).toBe(wrong);
    }
    // A month, a day or a quarter the article writes nowhere up to the quotes (cur16), each as written when right.
    for (const [id, right, wrong] of [
      ['004-i004', '2021-03-16', '2021-03-17'],
      ['002-i064', '2023-Q1', '2023-Q2'],
      ['001-i005', '2023-11', '2023-12'],
    ]) {
      const record = data.indicators.find((i) => i.id === id);
      if (record?.period !== right) throw new Error(`${id} is not of ${right}`);
      expect(
        problemsOf(data, id).filter((m) => m.includes(' names a ')),
        right,
      ).toEqual([]);
      record.period = wrong;
      expect(problemsOf(data, id), wrong).toContainEqual(
        expect.stringMatching(new RegExp(`period: ${wrong} names a (quarter|month or day) written nowhere`)),
      );
    }
    // A label naming a year its period is not of (cur16), but the year compared with (较2022年) stands.
    const labelled = data.indicators.find((i) => i.id === '001-i075');
    const compared = data.indicators.find((i) => i.id === '003-i010');
    if (!labelled || !compared) throw new Error('001-i075 or 003-i010 is gone');
    labelled.period = '2023';
    labelled.label_zh = labelled.label_zh.replace('2023', '2022');
    expect(problemsOf(data, labelled.id)).toContainEqual(
      `data/indicators.json ${labelled.id} label_zh: names 2022, though its period is 2023`,
    );
    expect(compared.label_zh).toContain('较2022年');
    expect(problemsOf(data, compared.id)).toEqual([]);
    for (const words of ['相较于2022年', '同2022年相比']) {
      compared.label_zh = compared.label_zh.replace(/较2022年|相较于2022年/, words);
      expect(problemsOf(data, compared.id), words).toEqual([]);
    }
    // A year inside a longer number is no year written (rev29: 000's 2012场次 had let 2012 through).
    const sessions = data.indicators.find((i) => i.value_text === '2012');
    if (!sessions) throw new Error('no figure of 2012');
    sessions.period = '2012';
    expect(problemsOf(data, sessions.id)).toContainEqual(
      expect.stringMatching(/period: 2012 is written nowhere in article 000 up to its quote/),
    );
    // A case's date, likewise.
    const reported = data.complaints.find((c) => c.reported_on?.startsWith('2023'));
    if (!reported?.reported_on) throw new Error('no case reported in 2023');
    reported.reported_on = `2019${reported.reported_on.slice(4)}`;
    expect(problemsOf(data, reported.id)).toContainEqual(expect.stringMatching(/reported_on: 2019 is written nowhere in article/));
    // A case's title in Traditional script.
    homes.title_zh = `${homes.title_zh}問題`;
    expect(problemsOf(data, homes.id)).toContainEqual(expect.stringContaining('title_zh: is not in Simplified script'));
  });

  it('reject a quote cut inside a clause, short of the hedge after its number (cur16: 120億元 of 120億元以上)', () => {
    const data = fresh();
    const passage = data.passages.find((p) => p.text.endsWith('120億元以上。'));
    if (!passage) throw new Error('no passage ending in 120億元以上');
    expect(messages(data)).toEqual([]);
    passage.text = passage.text.slice(0, -3);
    passage.end -= 3;
    expect(messages(data)).toContainEqual(
      `data/passages.json ${passage.id} text: ends inside a clause, before "以上。山丹縣": end it where its clause ends`,
    );
  });

  it('reject a quote starting inside a clause, after a word that changes its figure (谋划 of 谋划…项目240个), but not at a repair', () => {
    const data = fresh();
    const passage = data.passages.find((p) => p.text.startsWith('2023年谋划招商引资重点项目240个'));
    if (!passage) throw new Error('no passage of 2023年谋划招商引资重点项目240个');
    // 002-p014 starts at 重獎, inside 并給予千萬元重獎: the damage 重獎??h委 had swallowed the 。 that ends it (002-r2).
    expect(data.repairs.some((r) => r.start === data.passages.find((p) => p.id === '002-p014')?.start)).toBe(true);
    expect(messages(data)).toEqual([]);
    const cut = passage.text.indexOf('招商引资');
    passage.text = passage.text.slice(cut);
    passage.start += cut;
    expect(messages(data)).toContainEqual(
      `data/passages.json ${passage.id} text: starts inside a clause, after "023年谋划": start it where its clause starts`,
    );
    // Nor right after a closing mark that ends no clause (rev31: 002's glosses end in ")"; “三抓三促” names a campaign).
    const glossed = fresh();
    const project = glossed.passages.find((p) => p.text.startsWith('高臺縣成立招商引資工作指揮部'));
    if (!project) throw new Error('no passage of 高臺縣’s command');
    const inGloss = project.text.indexOf('項目43項');
    Object.assign(project, { start: project.start + inGloss, text: project.text.slice(inGloss), text_zh_hans: undefined });
    expect(messages(glossed)).toContainEqual(
      expect.stringMatching(new RegExp(`^data/passages.json ${project.id} text: starts inside a clause, after ".*\\)"`)),
    );
  });

  it('reject a quote written more than once in its article, whose offsets could point at the wrong one', () => {
    const data = fresh();
    const passage = data.passages[0];
    const article = data.articles.get(passage.source) ?? '';
    const twice = Array.from(article).findIndex((_, k, chars) => {
      const text = chars.slice(k, k + 4).join('');
      return article.indexOf(text) !== article.lastIndexOf(text) && !/\s/.test(text);
    });
    const text = Array.from(article)
      .slice(twice, twice + 4)
      .join('');
    Object.assign(passage, { start: twice, end: twice + 4, text });
    expect(problemsOf(data, passage.id)).toContainEqual(
      `data/passages.json ${passage.id} text: is written more than once in its article: lengthen the quote until it is written once, so it can mean only its place`,
    );
  });

  it('reject a figure of the campaign to date none of whose quotes says so (data14: 002’s figures dated by a frame they did not cite)', () => {
    const data = fresh();
    const framed = data.indicators.filter((i) => i.evidence.includes('002-p020') && i.evidence[0] !== '002-p020');
    expect(framed.length).toBeGreaterThan(5);
    expect(messages(data)).toEqual([]);
    for (const figure of framed.filter((i) => i.period?.startsWith('2023-02-13/'))) {
      const own = figure.evidence;
      figure.evidence = own.filter((e) => e !== '002-p020');
      expect(problemsOf(data, figure.id)).toEqual([
        `data/indicators.json ${figure.id} evidence: none of its quotes says the campaign to date (行动开展以来): cite the frame that dates it after its own passage`,
      ]);
      figure.evidence = own;
    }
    // A 以来 of another section is none of its quotes' (rev31).
    const [figure] = framed.filter((i) => i.period?.startsWith('2023-02-13/'));
    figure.evidence = [...figure.evidence.filter((e) => e !== '002-p020'), '002-p001'];
    expect(problemsOf(data, figure.id)).toEqual([
      `data/indicators.json ${figure.id} evidence: none of its quotes says the campaign to date (行动开展以来): cite the frame that dates it after its own passage`,
    ]);
  });

  it('reject a campaign-to-date range that starts anywhere but the launch or ends anywhere but the publication date', () => {
    const data = fresh();
    const published = new Map(data.sources.map((s) => [s.id, s.published_on]));
    const indicator = data.indicators.find((i) => i.complaint === null && /^\d{4}-\d\d-\d\d\/\d{4}/.test(i.period ?? ''));
    if (!indicator?.period) throw new Error('the seed has no figure of the campaign to date');
    const [start, end] = indicator.period.split('/');
    expect(end).toBe(published.get(indicator.id.slice(0, 3)));
    // (2022 is also written nowhere in its article: said too.)
    indicator.period = `2022-02-13/${end}`;
    expect(problemsOf(data, indicator.id)).toContainEqual(
      `data/indicators.json ${indicator.id} period: a range with a start is the campaign's to date: it starts at its launch, ${start}`,
    );
    indicator.period = `${start}/2023-12-31`;
    expect(problemsOf(data, indicator.id)).toEqual([
      `data/indicators.json ${indicator.id} period: the campaign to date ends at the article's publication date, ${end}`,
    ]);
    // As of a date (截至, 目前): any day up to the publication, none after it.
    indicator.period = `../${end}`;
    expect(problemsOf(data, indicator.id)).toEqual([]);
    indicator.period = '../2023-12-31';
    expect(problemsOf(data, indicator.id)).toEqual([]);
    indicator.period = '../2099-12-31';
    expect(problemsOf(data, indicator.id)).toContainEqual(
      `data/indicators.json ${indicator.id} period: ends after the article was published (${end})`,
    );
  });

  it('reject a figure with no period in a paragraph that 行动开展以来 opens', () => {
    const data = fresh();
    const indicator = data.indicators.find((i) => i.period?.startsWith('2023-02-13/'));
    if (!indicator) throw new Error('the seed has no figure of the campaign to date');
    indicator.period = null;
    expect(problemsOf(data, indicator.id)).toContainEqual(
      `data/indicators.json ${indicator.id} period: its paragraph opens with 行动开展以来: the figure is the campaign’s to date`,
    );
  });

  it('reject the scopes, estimates, relations and ids a figure’s kind rules out', () => {
    const data = fresh();
    const [plain, planned, related, listed] = [
      data.indicators.find((i) => i.complaint === null && i.scope === null && !/重点/.test(i.label_zh)),
      data.indicators.find((i) => i.metric === 'projects.total_investment'),
      data.indicators.find((i) => i.relates_to !== null),
      data.indicators.find((i) => /重点项目/.test(i.label_zh)),
    ];
    if (!plain || !planned || !related?.relates_to || !listed) throw new Error('the seed lacks a kind of figure');
    plain.scope = 'one_case';
    planned.estimated = false;
    const other = data.cities.find((c) => c.slug !== related.city)?.slug ?? '';
    related.city = other;
    listed.scope = null;
    const found = messages(data);
    expect(found).toContainEqual(
      `data/indicators.json ${plain.id} scope: one_case is the scope of a figure of one complaint, and of no other`,
    );
    expect(found).toContainEqual(
      `data/indicators.json ${planned.id} estimated: planned investment is an estimate, whatever the projects did`,
    );
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^data/indicators.json ${related.id} relates_to: "${related.relates_to}" is `)),
    );
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^data/indicators.json ${listed.id} scope: a figure of a list of key projects`)),
    );
    // 重大工业项目 names a list as 重点项目 does; a metric of major projects only holds the limit itself.
    const major = fresh();
    const [industrial, legacy] = [
      major.indicators.find((i) => /重大工业项目/.test(i.label_zh)),
      major.indicators.find((i) => i.metric.includes('major_projects') && /重大项目/.test(i.label_zh)),
    ];
    if (!industrial || !legacy) throw new Error('the seed lacks a figure of major projects');
    industrial.scope = null;
    legacy.scope = null;
    const scoped = messages(major).filter((m) => m.includes(' scope: a figure of a list of key projects'));
    expect(scoped).toEqual([expect.stringMatching(new RegExp(`^data/indicators.json ${industrial.id} scope: `))]);
    const moved = fresh();
    const figure = moved.indicators[0];
    const elsewhere = moved.passages.find((p) => p.source !== figure.id.slice(0, 3));
    if (!elsewhere) throw new Error('one article only');
    figure.evidence = [elsewhere.id, ...figure.evidence];
    expect(messages(moved)).toContainEqual(
      `data/indicators.json ${figure.id} id: starts with the article of its first quote: ${elsewhere.source}-i…`,
    );
    const city = moved.cities.find((c) => c.parent === 'gansu' && c.code);
    if (!city) throw new Error('no coded city in Gansu');
    city.code = '110000';
    expect(messages(moved)).toContainEqual(`data/cities.json ${city.slug} code: a code in Gansu starts with 62 (GB/T 2260)`);
    // A copy of a fact under a new id.
    const copied = fresh();
    const original = copied.indicators[0];
    copied.indicators.push({ ...original, id: `${original.id.slice(0, 5)}999`, label_en: `${original.label_en} (again)` });
    expect(messages(copied)).toContainEqual(
      `data/indicators.json ${original.id.slice(0, 5)}999 id: the same fact as ${original.id} (label, metric, area, scope, period, number, case, project): one fact is one row`,
    );
  });

  it('reject a Chinese name or description in Traditional script', () => {
    const data = fresh();
    const indicator = data.indicators.find((i) => /[发资项]/.test(i.label_zh));
    const metric = data.metrics[0];
    if (!indicator) throw new Error('no label with a character Traditional writes otherwise');
    indicator.label_zh = indicator.label_zh.replace(/发/g, '發').replace(/资/g, '資').replace(/项/g, '項');
    metric.definition_zh = `${metric.definition_zh}資`;
    expect(messages(data)).toContainEqual(
      expect.stringMatching(new RegExp(`^data/indicators.json ${indicator.id} label_zh: is not in Simplified script`)),
    );
    expect(messages(data)).toContainEqual(
      expect.stringMatching(new RegExp(`^data/metrics.json ${metric.key} definition_zh: is not in Simplified script`)),
    );
  });
});

describe('the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the previous database untouched when a record is bad', () => {
    const seedDir = join(dir, 'seed');
    cpSync(DEFAULT_SEED_DIR, seedDir, { recursive: true });
    const target = join(dir, 'ledger.db');
    const good = buildDatabase(target, seedDir);
    const before = readFileSync(target);
    const beforeMtime = statSync(target).mtimeMs;

    const file = join(seedDir, 'data', 'indicators.json');
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    rows[0].city = 'atlantis';
    // An area's name and a metric key a letter off are said with the key meant, by the build a curator runs (rev29).
    rows[1].city = '武威市';
    const metric = rows[2].metric;
    rows[2].metric = metric.slice(0, -1);
    writeFileSync(file, JSON.stringify(rows));
    let thrown: unknown;
    try {
      buildDatabase(target, seedDir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SeedError);
    expect((thrown as SeedError).message).toContain(`data/indicators.json ${rows[0].id} city: unknown city "atlantis"`);
    expect((thrown as SeedError).message).toContain(
      `data/indicators.json ${rows[1].id} city: unknown city "武威市" (did you mean "wuwei"?)`,
    );
    expect((thrown as SeedError).message).toContain(
      `data/indicators.json ${rows[2].id} metric: unknown metric "${metric.slice(0, -1)}" (did you mean "${metric}"?)`,
    );
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(statSync(target).mtimeMs).toBe(beforeMtime);
    const db = openDatabase(target);
    expect(readMeta(db).dataset_version).toBe(good.datasetVersion);
    db.$client.close();
    copyFileSync(target, join(dir, 'kept.db'));
  });

  it('says where a seed file stops being JSON, or gives a key twice, and checks nothing across records until it reads', () => {
    const seedDir = join(dir, 'seed-text');
    cpSync(DEFAULT_SEED_DIR, seedDir, { recursive: true });
    const file = join(seedDir, 'data', 'indicators.json');
    const text = readFileSync(file, 'utf8');
    const refusal = (edited: string) => {
      writeFileSync(file, edited);
      try {
        buildDatabase(join(dir, 'never.db'), seedDir);
      } catch (error) {
        return error as SeedError;
      }
      throw new Error('the build took it');
    };
    const lineOf = (needle: string, from: string) => from.slice(0, from.indexOf(needle)).split('\n').length;
    // A comma left out: one problem, at its line, not a problem for every record that refers to the file's.
    const [first] = JSON.parse(text) as { id: string; value_text: string }[];
    const cut = text.replace(`"value_text": "${first.value_text}",`, `"value_text": "${first.value_text}"`);
    const missing = refusal(cut);
    expect(missing.problems).toHaveLength(1);
    expect(formatProblem(missing.problems[0])).toMatch(
      new RegExp(`^data/indicators.json: line ${lineOf('"value_text"', cut) + 1}, column 5 \\(.*\\): not JSON: comma expected$`),
    );
    expect(missing.message).toMatch(/the checks across records run once every file and row reads\)$/);
    // A key given twice: JSON.parse keeps the last, so the edit written above it would be lost.
    const twice = text.replace(`"value_text": "${first.value_text}",`, `"value_text": "0",\n    "value_text": "${first.value_text}",`);
    expect(formatProblem(refusal(twice).problems[0])).toMatch(
      new RegExp(`^data/indicators.json: line ${lineOf('"value_text"', twice) + 1}, column 5 .*"value_text" is given twice in one object`),
    );
    // A comma after the last item (cur15): said as such.
    const trailing = text.replace(/(\n\s*\]\s*)$/, (end) => `,${end}`).replace(/\}\s*,(\s*\]\s*)$/, '},$1');
    expect(formatProblem(refusal(trailing).problems[0])).toMatch(
      /^data\/indicators.json: line \d+, column \d+ .*: not JSON: value expected \(a comma before the closing bracket: JSON takes none after the last item\)$/,
    );
    writeFileSync(file, text);
  });
});

describe('the key order a build checks', () => {
  it('refuses a table with one row off its place in key order', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('create table t (key text primary key, n integer)');
    const insert = sqlite.prepare('insert into t (rowid, key) values (?, ?)');
    insert.run(1, 'a');
    insert.run(2, 'b');
    expect(() => checkKeyOrder(sqlite, 't', 'key')).not.toThrow();
    insert.run(4, 'c');
    expect(() => checkKeyOrder(sqlite, 't', 'key')).toThrow('1 row of t is not at the rowid of its place in key order');
    sqlite.close();
  });
});

describe('the schema version', () => {
  it('changes when a migration is edited in place, not only when one is added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    expect(schemaVersion(dir)).toBe(schemaVersion());
    const sql = join(dir, '0001_search_and_facets.sql');
    writeFileSync(sql, `${readFileSync(sql, 'utf8')}\n-- an edit\n`);
    expect(schemaVersion(dir)).not.toBe(schemaVersion());
    expect(schemaVersion(dir).split('+')[0]).toBe(schemaVersion().split('+')[0]);
    rmSync(dir, { recursive: true });
    // It is named for the newest migration.
    const newest = readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .at(-1);
    expect(`${schemaVersion().split('+')[0]}.sql`).toBe(newest);
  });

  it('changes when the code that folds text for the search indexes changes', () => {
    // A project root holding what makes the search form: the same files give the same version.
    const root = mkdtempSync(join(tmpdir(), 'fold-'));
    for (const file of [
      'src/domain/chinese.ts',
      'src/domain/chinese-search.ts',
      'src/domain/han-pairs.ts',
      'src/domain/unicode61.ts',
      'node_modules/opencc-js/package.json',
    ])
      cpSync(join(PROJECT_ROOT, file), join(root, file));
    expect(schemaVersion(MIGRATIONS_DIR, root)).toBe(schemaVersion());
    const fold = join(root, 'src/domain/chinese-search.ts');
    const before = readFileSync(fold, 'utf8');
    writeFileSync(fold, before.replace("{ 著: '着' }", "{ 著: '着', 綫: '线' }"));
    expect(schemaVersion(MIGRATIONS_DIR, root)).not.toBe(schemaVersion());
    writeFileSync(fold, before);
    // Any one of them: the Simplified fold, the pairs, the separators SQLite's tokenizer splits at, the converter's version.
    for (const file of [
      'src/domain/chinese.ts',
      'src/domain/han-pairs.ts',
      'src/domain/unicode61.ts',
      'node_modules/opencc-js/package.json',
    ]) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text}\n`);
      expect(schemaVersion(MIGRATIONS_DIR, root), file).not.toBe(schemaVersion());
      writeFileSync(path, text);
    }
    expect(schemaVersion(MIGRATIONS_DIR, root)).toBe(schemaVersion());
    rmSync(root, { recursive: true });
  });
});

describe('the dataset version', () => {
  it('changes with a seed file’s bytes and with its name, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-version-'));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const same = datasetVersion(dir);
    expect(same).toBe(datasetVersion());
    // A file renamed, its bytes unchanged (what the seed reads is found by its name).
    renameSync(join(dir, 'data', 'retired.json'), join(dir, 'data', 'retiree.json'));
    expect(datasetVersion(dir)).not.toBe(same);
    renameSync(join(dir, 'data', 'retiree.json'), join(dir, 'data', 'retired.json'));
    expect(datasetVersion(dir)).toBe(same);
    const file = join(dir, 'data', 'indicators.json');
    writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    expect(datasetVersion(dir)).not.toBe(same);
    rmSync(dir, { recursive: true });
  });

  it('changes with each document the zip carries from outside seed/, so the zip is never another under its name', () => {
    const root = mkdtempSync(join(tmpdir(), 'dataset-documents-'));
    for (const file of DATASET_DOCUMENTS) cpSync(join(PROJECT_ROOT, file), join(root, file));
    const same = datasetVersion(DEFAULT_SEED_DIR, root);
    expect(same).toBe(datasetVersion());
    for (const file of DATASET_DOCUMENTS) {
      const text = readFileSync(join(root, file), 'utf8');
      writeFileSync(join(root, file), `${text}\n`);
      expect(datasetVersion(DEFAULT_SEED_DIR, root), file).not.toBe(same);
      writeFileSync(join(root, file), text);
    }
    expect(datasetVersion(DEFAULT_SEED_DIR, root)).toBe(same);
    rmSync(root, { recursive: true });
  });
});
