/** Units, periods and Chinese text: the domain rules every record passes through. */

import { describe, expect, it } from 'vitest';
import { unicode61Separators } from '../scripts/unicode61-separators.ts';
import { matchExpression } from '../src/db/search.ts';
import { stripGlosses, toReadingForm, toSimplified, toSimplifiedReading } from '../src/domain/chinese.ts';
import { searchTerms, termRuns, toPairedPhrases, toSearchForm, toSearchTokens } from '../src/domain/chinese-search.ts';
import { scaleDecimal } from '../src/domain/decimals.ts';
import { PAIR_BREAK, toSearchPairs } from '../src/domain/han-pairs.ts';
import { inMagnitude } from '../src/domain/magnitudes.ts';
import { termSet, uncoveredTerms } from '../src/domain/measures.ts';
import { parseChineseNumeral } from '../src/domain/numerals.ts';
import { periodWords } from '../src/domain/period-words.ts';
import { periodRange } from '../src/domain/periods.ts';
import { saysOtherStage } from '../src/domain/stages.ts';
import { isUnicode61Separator } from '../src/domain/unicode61.ts';
import { normalizeMagnitude } from '../src/domain/units.ts';
import { figurePlaces } from '../src/domain/written.ts';
import { authorsWords, axisFigure, figure, publishedWords, qualifiedFigure } from '../src/pages/format.ts';
import { periodOverlaps } from './oracle.ts';

describe('units', () => {
  it('scales decimals exactly, where floating point would not', () => {
    expect(1.1 * 1e8).not.toBe(110000000); // why values are scaled as strings
    expect(scaleDecimal('1.1', 8)).toBe('110000000');
    expect(scaleDecimal('429.49', 8)).toBe('42949000000');
    expect(scaleDecimal('10782.09', 4)).toBe('107820900');
    expect(scaleDecimal('0.35', 8)).toBe('35000000');
    expect(scaleDecimal('5.5', 4)).toBe('55000');
    expect(scaleDecimal('50.38', 0)).toBe('50.38');
    // Down as well as up, past the first digit: 5000 yuan is 0.5万, 5 is 0.05 of a hundred.
    expect(scaleDecimal('5000', -4)).toBe('0.5');
    expect(scaleDecimal('5', -1)).toBe('0.5');
    expect(scaleDecimal('5', -2)).toBe('0.05');
    expect(scaleDecimal('0.5', -1)).toBe('0.05');
    expect(scaleDecimal('123.4', -2)).toBe('1.234');
    expect(scaleDecimal('0', -3)).toBe('0');
  });

  it('splits magnitude words from the counter and checks it fits the unit', () => {
    expect(normalizeMagnitude('亿元', 'CNY')).toEqual({ unit: 'CNY', exponent: 8 });
    expect(normalizeMagnitude('万人次', 'person_times')).toEqual({ unit: 'person_times', exponent: 4 });
    expect(normalizeMagnitude('万千瓦', 'kW')).toEqual({ unit: 'kW', exponent: 4 });
    expect(normalizeMagnitude('GW', 'kW')).toEqual({ unit: 'kW', exponent: 6 });
    expect(normalizeMagnitude('GWh', 'kWh')).toEqual({ unit: 'kWh', exponent: 6 });
    expect(normalizeMagnitude('个百分点', 'percentage_points')).toEqual({ unit: 'percentage_points', exponent: 0 });
    expect(normalizeMagnitude('亿元', 'percent')).toHaveProperty('error');
    expect(normalizeMagnitude('GW', 'kWh')).toHaveProperty('error');
  });

  it('writes a base value with the magnitude words of each language, exactly', () => {
    expect(inMagnitude(42949000000, 'CNY', 'zh')).toEqual({ digits: '429.49', exponent: 8, word: '亿' });
    expect(inMagnitude(42949000000, 'CNY', 'en')).toEqual({ digits: '42.949', exponent: 9, word: 'billion' });
    expect(inMagnitude(19623000, 'person_times', 'zh')).toEqual({ digits: '1962.3', exponent: 4, word: '万' });
    expect(inMagnitude(19623000, 'person_times', 'en')).toEqual({ digits: '19.623', exponent: 6, word: 'million' });
    expect(inMagnitude(5000, 'events', 'zh')).toEqual({ digits: '5000', exponent: 0, word: '' });
    // Exactly a power of ten takes its word: 1亿, not 10000万; 1 billion, not 1,000 million.
    expect(inMagnitude(100000000, 'CNY', 'zh')).toEqual({ digits: '1', exponent: 8, word: '亿' });
    expect(inMagnitude(1000000000, 'CNY', 'en')).toEqual({ digits: '1', exponent: 9, word: 'billion' });
    expect(inMagnitude(10000, 'persons', 'zh')).toEqual({ digits: '1', exponent: 4, word: '万' });
    expect(inMagnitude(50.38, 'percent', 'en')).toEqual({ digits: '50.38', exponent: 0, word: '' });
    expect(figure(42949000000, 'CNY', 'zh')).toBe('429.49亿元');
    expect(figure(42949000000, 'CNY', 'en')).toBe('42.949 billion yuan');
    expect(figure(596127000000, 'CNY', 'en')).toBe('596.127 billion yuan');
    expect(figure(5000, 'events', 'en')).toBe('5,000 events');
    expect(figure(1, 'working_days', 'en')).toBe('1 working day');
    expect(figure(1, 'persons', 'en')).toBe('1 person');
    expect(figure(3, 'rank', 'zh')).toBe('第3位');
    expect(figure(1, 'rank', 'en')).toBe('rank 1');
    // A hedge before the figure in both languages; a percent's axis keeps its sign.
    expect(qualifiedFigure(5000, 'events', 'more_than', 'zh')).toBe('超过5000次');
    expect(qualifiedFigure(5000, 'events', 'more_than', 'en')).toBe('more than 5,000 events');
    expect(axisFigure(50, 'percent', 'en')).toBe('50%');
    expect(axisFigure(50, 'percent', 'zh')).toBe('50%');
  });

  it('writes an article’s people with their roles and its time of publication in the reader’s language', () => {
    const people = [
      { name: '郭军', role: 'reporter' },
      { name: '赵满同', role: 'editor' },
    ];
    expect(authorsWords(people, 'zh')).toBe('郭军（记者）、赵满同（编辑）');
    expect(authorsWords(people, 'en')).toBe('郭军 (reporter), 赵满同 (editor)');
    expect(publishedWords({ published_at: '2021-04-22T16:58' }, 'zh')).toBe('2021年4月22日 16:58');
    expect(publishedWords({ published_at: '2021-04-22T16:58' }, 'en')).toBe('22 April 2021, 16:58');
  });
});

describe('measures', () => {
  it('finds the terms no covered term says: not a pair that only joins two covered ones', () => {
    // English terms are stems (signed, signing: sign).
    const covered = (t: string) => ['签约', '总额', '招商', 'sign'].includes(t);
    expect([...uncoveredTerms('签约总额', covered)]).toEqual([]);
    // Both pairs that hold 局, the one character no covered pair holds.
    expect([...uncoveredTerms('招商局签约总额', covered)]).toEqual(['商局', '局签']);
    expect([...uncoveredTerms('signed by the bureau', covered)]).toEqual(['bureau']);
  });

  it('reads an English measure word and its other forms alike, and a few words no stemmer meets', () => {
    const terms = (text: string) => [...termSet(text)];
    expect(terms('resolved')).toEqual(terms('resolving'));
    expect(terms('opened hotlines')).toEqual(terms('open hotline'));
    expect(terms('tourism income')).toEqual(terms('tourism revenue'));
    expect(terms('took')).toEqual(terms('time taken').slice(1));
    expect(terms('signed')).not.toEqual(terms('resolved'));
    // A word that is a property of every object is a word like any other (the fuzzer's constructor).
    expect(terms('constructor tostring')).toHaveLength(2);
  });
});

describe('periods', () => {
  it('says each kind of code in words, in each language', () => {
    expect(periodWords('2023-Q1', 'zh')).toBe('2023年第一季度');
    expect(periodWords('2023-Q1', 'en')).toBe('Q1 2023');
    expect(periodWords('2023-04-26', 'en')).toBe('26 April 2023');
    expect(periodWords('2023-02-13/..', 'zh')).toBe('2023年2月13日以来');
    // What held by a date (截至), not what ended then: a project started by 22 April 2021 is still started.
    expect(periodWords('../2021-04-22', 'zh')).toBe('截至2021年4月22日');
    expect(periodWords('../2021-04-22', 'en')).toBe('as of 22 April 2021');
    expect(periodWords(null, 'en')).toBe('no period given');
  });

  it('turns each kind of code into its first and last day', () => {
    expect(periodRange('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(periodRange('2023-Q1')).toEqual({ start: '2023-01-01', end: '2023-03-31' });
    expect(periodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('2023-04-26')).toEqual({ start: '2023-04-26', end: '2023-04-26' });
    expect(periodRange('2023-02-13/2024-02-18')).toEqual({ start: '2023-02-13', end: '2024-02-18' });
    expect(periodRange('2023-02-13/..')).toEqual({ start: '2023-02-13', end: null });
  });

  it('rejects codes that name no real period', () => {
    for (const code of ['2023-13', '2023-02-30', '2024-02-18/2023-02-13', '../..', '23', '2023-Q5']) {
      expect(periodRange(code), code).toBeNull();
    }
  });

  it('lets an open end reach any window after its start', () => {
    const sinceLaunch = { start: '2023-02-13', end: null };
    expect(periodOverlaps(sinceLaunch, '2024-01-01', '2024-12-31')).toBe(true);
    expect(periodOverlaps(sinceLaunch, '2022-01-01', '2022-12-31')).toBe(false);
    expect(periodOverlaps({ start: null, end: null }, null, null)).toBe(false);
  });
});

describe('stages of projects', () => {
  it('reads another stage than a record counts, by a word its labels do not say', () => {
    const started = { metric: 'projects.started', label_zh: '凉州区招商引资项目集中开工数', label_en: 'Projects starting construction' };
    expect(saysOtherStage('凉州区招商引资 个项目集中竣工', started)).toBe(true);
    expect(saysOtherStage('has completed   projects', started)).toBe(true);
    expect(saysOtherStage('凉州区招商引资 个项目集中开工', started)).toBe(false);
    // Not of another measure (an amount), nor completed of the amount after it, nor 建成后 (once built: a plan).
    expect(saysOtherStage('has completed   projects', { ...started, metric: 'investment.funds_in_place' })).toBe(false);
    expect(saysOtherStage('projects completed   ', started)).toBe(false);
    expect(saysOtherStage('completed   billion yuan of investment', started)).toBe(false);
    expect(saysOtherStage('项目建成后年产', started)).toBe(false);
    // A record whose label says the stage answers it.
    expect(saysOtherStage('建成投产', { ...started, metric: 'projects.count', label_zh: '建成投产项目' })).toBe(false);
    // An earlier stage than a count of projects started or completed: signed or planned is not begun.
    const completed = {
      metric: 'projects.completed',
      label_zh: '甘州区建成投产的重大工业项目',
      label_en: 'Major industrial projects completed',
    };
    expect(saysOtherStage('甘州区签约 个重大工业项目', completed)).toBe(true);
    expect(saysOtherStage('ganzhou planned   major industrial projects', completed)).toBe(true);
    expect(saysOtherStage('甘州区签约 个项目', started)).toBe(true);
    expect(saysOtherStage('甘州区 个重大工业项目建成投产', completed)).toBe(false);
    // Nor of a count at no stage (28 newly added to a database is no 28 signed), but not where the record's label says
    // it (民乐县签约项目中落地开工项目), nor of a count of signed projects.
    expect(saysOtherStage('签约 个项目', { ...started, metric: 'projects.count' })).toBe(true);
    expect(saysOtherStage('民乐县签约项目中落地开工 个', { ...started, label_zh: '民乐县签约项目中落地开工项目' })).toBe(false);
    expect(saysOtherStage('签约 个项目', { ...started, metric: 'investment.signed_projects' })).toBe(false);
    // Nor where the clause says a begun stage too (签约的 个项目集中开工), or 计划 of a manner or an amount, or the
    // record's label says a word of the same stage (谋划 for its 计划).
    expect(saysOtherStage('签约的 个项目集中开工', started)).toBe(false);
    for (const begun of ['signed projects began construction together', '计划内重点项目 项', 'signed projects commenced'])
      expect(saysOtherStage(begun, started), begun).toBe(false);
    expect(saysOtherStage('planned major industrial projects were put into production', completed)).toBe(false);
    for (const manner of [
      '甘州区按计划 个重大工业项目',
      '计划总投资 亿元的 个项目',
      'as planned   major projects',
      'planned investment of   projects',
    ])
      expect(saysOtherStage(manner, completed), manner).toBe(false);
    expect(saysOtherStage('肃南县谋划 个项目', { ...started, label_zh: '肃南县计划开复工项目' })).toBe(false);
    expect(saysOtherStage('肃南县谋划 个项目', started)).toBe(true);
  });
});

describe('Chinese text', () => {
  it('reads Chinese numerals', () => {
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('十四')).toBe(14);
    expect(parseChineseNumeral('三千五百六十五')).toBe(3565);
    expect(parseChineseNumeral('千萬')).toBe(10_000_000);
    expect(parseChineseNumeral('亿元')).toBeNull();
    // Digit by digit (一九六二), and 一亿二千万 as one number; what cannot be read whole is none, never a part of it.
    expect(parseChineseNumeral('一九六二')).toBe(1962);
    expect(parseChineseNumeral('一亿二千万')).toBe(120_000_000);
    expect(parseChineseNumeral('三四万')).toBeNull();
    expect(parseChineseNumeral('一千二三')).toBeNull();
    // A last digit said straight after 百, 千, 万 or 亿 is of the place below it (一千八 1800, 三万二 32000); after 零 a unit.
    expect(parseChineseNumeral('一千一百六')).toBe(1160);
    expect(parseChineseNumeral('一千一百零六')).toBe(1106);
    expect(parseChineseNumeral('一百二')).toBe(120);
    expect(parseChineseNumeral('二十五')).toBe(25);
    expect(parseChineseNumeral('三万二')).toBe(32_000);
    expect(parseChineseNumeral('三万零二')).toBe(30_002);
    expect(parseChineseNumeral('一万八千五')).toBe(18_500);
    expect(parseChineseNumeral('一亿二')).toBe(120_000_000);
  });

  it('strips pinyin glosses and converts Traditional to Simplified', () => {
    expect(stripGlosses('發(fā)展')).toBe('發展');
    expect(toSimplified('張掖市融媒體中心')).toBe('张掖市融媒体中心');
    // A parenthesis that is not a gloss stays.
    expect(stripGlosses('(張掖市融媒體中心記者王晶晶)')).toBe('(張掖市融媒體中心記者王晶晶)');
    // Nor does an English word in parentheses: a gloss has a tone mark.
    expect(stripGlosses('a key (project) list')).toBe('a key (project) list');
    expect(stripGlosses('產(chǎn)業(yè)')).toBe('產業');
  });

  it('applies a repair by article offset and joins layout line breaks, never a heading’s', () => {
    const text = 'ab重獎??h委cd';
    const repair = { start: 12, end: 18, damaged: '重獎??h委', repaired: '重奖。县委' };
    expect(toSimplifiedReading(text, 10, [repair])).toBe('ab重奖。县委cd');
    expect(toSimplifiedReading('为16户群众办理了不动产登记,核\n\n发了', 0)).toBe('为16户群众办理了不动产登记,核发了');
    expect(toSimplifiedReading('课题1013个、典型案例解剖式课题\n\n336个', 0)).toBe('课题1013个、典型案例解剖式课题336个');
    // A photo caption's credit ends its line: the byline or heading after it is not glued on.
    expect(toSimplifiedReading('铺轨作业现场。王丽霞\n\n学思践悟 增强干事本领', 0)).toBe('铺轨作业现场。王丽霞\n\n学思践悟 增强干事本领');
    // A span that starts inside a line is judged by the whole line, given its start (data14: 000-p014 had kept its break).
    const span = '全市9条重点产业链\n\n对企业的“虹吸效应”凸显。';
    expect(toSimplifiedReading(span, 20, [], '招商引资铸就了“硬核力量”。')).toBe('全市9条重点产业链对企业的“虹吸效应”凸显。');
    expect(toSimplifiedReading(span, 20)).toBe(span);
    // …and a heading's line stays a heading's, whatever the span.
    expect(toSimplifiedReading('增强干事本领\n\n市发改委', 2, [], '学思')).toBe('增强干事本领\n\n市发改委');
    // The HK converter's forms: 衞 is 卫 as 衛 is.
    expect(toSimplified('環衞局 環衛局')).toBe('环卫局 环卫局');
    // A Kangxi radical is its ideograph, then Simplified as that is: ⾨ is 门, in search and in claims, a character for a character.
    expect(toSearchForm('⾨')).toBe(toSearchForm('門'));
    expect(toReadingForm('⾺铃薯')).toBe('马铃薯');
    // 002's headings stand on lines of their own, with no punctuation: a line break, not a layout break.
    expect(toSimplifiedReading('合力。\n經濟部門齊發力互促共融促發展\n市發改委把', 0)).toBe(
      '合力。\n经济部门齐发力互促共融促发展\n市发改委把',
    );
    expect(() => toSimplifiedReading(text, 14, [repair])).toThrow(/straddles/);
  });

  it('pairs Han characters that are tokens side by side, with a break where a pair is not next to the one before', () => {
    const pairs = (text: string) => toSearchPairs(toSearchTokens(text)).replaceAll(PAIR_BREAK, '|');
    expect(pairs('招商引资')).toBe('招商 商引 引资');
    // Punctuation and spaces separate tokens without standing between them: the characters are still side by side.
    expect(pairs('武，威。 张“掖')).toBe('武威 威张 张掖');
    // A token that is not a paired character breaks the chain.
    expect(pairs('武威2023年张掖')).toBe('武威 | 年张 张掖');
    expect(pairs('張掖 GDP 增长')).toBe('张掖 | 增长');
    // 〇 is a token of its own but not paired; a lone character makes no pair.
    expect(pairs('二〇二三')).toBe('二三');
    expect(pairs('市 investment')).toBe('');
    // Han glued to letters is one token with them, as the tokenizer sees it (toSearchTokens never glues).
    expect(toSearchPairs('a武 威')).toBe('');
  });

  it("breaks tokens where SQLite's tokenizer does, not where today's Unicode would", () => {
    // ⏸ (U+23F8) and 🤔 came after the tokenizer's Unicode 6.1 tables: to SQLite they are tokens.
    expect(toSearchPairs('武 ⏸ 威')).toBe('');
    expect(toSearchPairs('武 🤔 威')).toBe('');
    // 😀 and full-width punctuation are symbols in those tables: separators.
    expect(toSearchPairs('武 😀 威，张 掖')).toBe('武威 威张 张掖');
    expect(toSearchPairs('é 武 – 威 ·')).toBe('武威');
    // ² is a digit, so a token between them; so is a combining acute accent, which the tokenizer folds away.
    expect(toSearchPairs('武 ² 威')).toBe('');
    expect(toSearchPairs('武 \u0301 威')).toBe('');
  });

  it("holds SQLite's own table of separators", () => {
    // Every code point of the BMP, and around every range's ends and a sample beyond it.
    const points = new Set<number>();
    for (let cp = 0x80; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) points.add(cp);
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 997) points.add(cp);
    const separators = unicode61Separators(points);
    for (let cp = 0x10001; cp <= 0x10ffff; cp++) {
      // The ends of SQLite's separator ranges beyond the BMP, where the table must change too.
      if (isUnicode61Separator(cp) !== isUnicode61Separator(cp - 1)) for (const near of [cp - 1, cp]) points.add(near);
    }
    const atEnds = unicode61Separators([...points].filter((cp) => cp > 0xffff));
    const disagree = [...points].filter((cp) => isUnicode61Separator(cp) !== (separators.has(cp) || atEnds.has(cp)));
    expect(disagree.map((cp) => cp.toString(16))).toEqual([]);
    expect(separators.size).toBeGreaterThan(5000);
  });

  it('makes a term of two or more Han characters a phrase of pairs, and any other the phrase of its tokens', () => {
    expect(toPairedPhrases('武威 招商引資 签 2023年 GDP 武·威')).toEqual([
      [{ pairs: true, phrase: '武威' }],
      [{ pairs: true, phrase: '招商 商引 引资' }],
      [{ pairs: false, phrase: '签' }],
      [{ pairs: false, phrase: '2023 年' }],
      [{ pairs: false, phrase: 'gdp' }],
    ]);
    // A term given twice, or written two ways (武·威 is 武威), is asked for once, and marked once.
    expect(toPairedPhrases('x x x 武·威 武威')).toEqual([[{ pairs: false, phrase: 'x' }], [{ pairs: true, phrase: '武威' }]]);
    // A joining word is asked for only where nothing else is (search18), and a possessive is its word.
    expect(toPairedPhrases('a a a 武·威 and')).toEqual([[{ pairs: true, phrase: '武威' }]]);
    expect(toPairedPhrases('the and')).toEqual([[{ pairs: false, phrase: 'the' }], [{ pairs: false, phrase: 'and' }]]);
    expect(toPairedPhrases('Gansu’s')).toEqual([[{ pairs: false, phrase: 'gansu' }]]);
    expect(searchTerms('資金 资金 资金')).toEqual(['资金']);
  });

  it('parts terms at quotation marks and brackets, as a text’s own marks part its words', () => {
    const phrases = (q: string) => toPairedPhrases(q).map(([own]) => own.phrase);
    expect(phrases('「張掖」「招商」')).toEqual(['张掖', '招商']);
    expect(phrases('“三抓三促”行动')).toEqual(['三抓 抓三 三促', '行动']);
    expect(phrases('《武威》(wuwei)【招商】')).toEqual(['武威', 'wuwei', '招商']);
    expect(phrases('甘政发〔2023〕')).toEqual(['甘政 政发', '2023']);
    expect(searchTerms('「張掖」「招商」')).toEqual(['张掖', '招商']);
  });

  it('marks a term as the index matched it: over what it skips between tokens, never two numbers as one', () => {
    const marked = (query: string, text: string) => termRuns(text, searchTerms(query)).map(([start, end]) => text.slice(start, end));
    expect(marked('55.27', '问题55.27个，5527个')).toEqual(['55.27']);
    expect(marked('5527', '问题55.27个，5527个')).toEqual(['5527']);
    expect(marked('三抓三促行动', '“三抓三促”行动开展')).toEqual(['三抓三促”行动']);
    expect(marked('Zha\u0304ngye\u0300', 'Zhangye and Zhāngyè, not Zhangyeing')).toEqual(['Zhangye', 'Zhāngyè']);
    expect(marked('增長(zhǎng)', '增长50%')).toEqual(['增长']);
    expect(marked('增长50.38', '增长：50.38%，增长5038')).toEqual(['增长：50.38']);
    // A whole number is no match inside a decimal, at either end (zh12: 35亿元 had marked 0.<mark>35亿元</mark>).
    expect(marked('35亿元', '到位资金0.35亿元，另有35亿元')).toEqual(['35亿元']);
    expect(marked('429', '429.49亿元，429个')).toEqual(['429']);
    // …nor inside a number written with thousands' commas, which the number itself finds (search18: 785 marked 1,<mark>785</mark>).
    expect(marked('785', 'to 1,785 cadres, 785 more')).toEqual(['785']);
    expect(marked('1785', 'to 1,785 cadres; 1785名; 2022,1785')).toEqual(['1,785', '1785', '1785']);
    expect(marked('1,785', '1785名')).toEqual(['1785']);
    expect(toSearchTokens('1,785 and 12,345,678; 2022,2023')).toBe('1785 and 12345678; 2022,2023');
    // Of terms starting at one place, the longest, in either order (zh12).
    expect(marked('招商 招商引资', '扩大招商引资')).toEqual(['招商引资']);
    expect(marked('招商引资 招商', '扩大招商引资')).toEqual(['招商引资']);
    expect(toSearchTokens('到位资金0.35亿元, 42.949 billion')).toBe('到 位 资 金 0p35 亿 元 , 42p949 billion');
  });

  it('reads a term in Taiwan’s words also in the mainland’s, its own words kept', () => {
    // 專案 is 项目 in Taiwan and a special case (专案) on the mainland: both are asked for, and both marked.
    expect(toPairedPhrases('專案 資訊 張掖')).toEqual([
      [
        { pairs: true, phrase: '专案' },
        { pairs: true, phrase: '项目' },
      ],
      [
        { pairs: true, phrase: '资讯' },
        { pairs: true, phrase: '信息' },
      ],
      [{ pairs: true, phrase: '张掖' }],
    ]);
    expect(matchExpression('專案 武威')).toBe('(pairs : "专案" OR pairs : "项目") AND pairs : "武威"');
    expect(searchTerms('專案')).toEqual(['专案', '项目']);
    // A phrase the same in both scripts keeps its one reading, even in a Traditional term: 建立機制 is not 创建机制.
    expect(toPairedPhrases('建立機制')).toEqual([[{ pairs: true, phrase: '建立 立机 机制' }]]);
    // Whatever the order, 专案 beside 專案 still asks for 专案 itself.
    for (const q of ['專案 专案', '专案 專案'])
      expect(matchExpression(q).split(' AND ').sort(), q).toEqual(['(pairs : "专案" OR pairs : "项目")', 'pairs : "专案"']);
  });
});

describe('a recorded figure where its quote writes it', () => {
  const written = (text: string, value: string, unit: string) =>
    figurePlaces(text, value, unit).map((p) => `${text.slice(p.start, p.end)}|${text.slice(p.numberStart, p.numberEnd)}`);

  it('takes in the hedges around it, as the text writes them', () => {
    expect(written('带动宣讲3.1万场、受众80多万人次', '80', '万人次')).toEqual(['80多万人次|80']);
    expect(written('累计投资120亿元以上', '120', '亿元')).toEqual(['120亿元以上|120']);
    expect(written('共有超过5000人参加', '5000', '人')).toEqual(['超过5000人|5000']);
  });

  it('finds the number where its unit follows, not every match of it', () => {
    // 千 of 千万千瓦, not the 千 of 千瓦; 2 of 2GW, not of 2GWh; 一 of 一获, not of 唯一.
    expect(written('打造千万千瓦级抽水蓄能基地', '千', '万千瓦')).toEqual(['千万千瓦|千']);
    expect(written('签约2GW光伏组件、2GWh新型储能', '2', 'GW')).toEqual(['2GW|2']);
    expect(written('签约2GW光伏组件、2GWh新型储能', '2', 'GWh')).toEqual(['2GWh|2']);
    expect(written('全省唯一两获贡献奖、一获进步奖', '一', '')).toEqual(['一|一']);
    expect(figurePlaces('逐一销号，一次办结', '一', '').map((p) => p.numberStart)).toEqual([5]);
    // 12 of 12个, never the 12 of 12.5 or 112.
    const twelve = '投资12.5亿元、112项，签约12个';
    expect(figurePlaces(twelve, '12', '').map((p) => p.numberStart)).toEqual([twelve.lastIndexOf('12')]);
    // Only part of the unit after the number (万人 of 万人次): the number is marked, not the part.
    expect(written('受众80万人参与', '80', '万人次')).toEqual(['80|80']);
    // Traditional text, read through its Simplified reading, at the same indexes.
    expect(written('到位資金429.49億元', '429.49', '亿元')).toEqual(['429.49億元|429.49']);
  });
});
