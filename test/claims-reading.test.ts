/**
 * Reading claims: figures, periods, places and measure words from free text in three scripts, and
 * a claimed figure judged against a recorded one, exactly, with the seed's own scaling.
 */
import { describe, expect, it } from 'vitest';
import { boundedVerdict } from '../src/domain/bounds.ts';
import { textSpan, toReadingForm } from '../src/domain/chinese.ts';
import { type Figure, judge, magnitudeSlip, readText, recordedFigure } from '../src/domain/claims.ts';
import { precisionOf, withinHalfUnit } from '../src/domain/decimals.ts';
import { qualifyingPairs, termsOf, uncoveredTerms, unheldPairs } from '../src/domain/measures.ts';
import { readFigures } from '../src/domain/numbers.ts';
import { periodAnswers } from '../src/domain/periods.ts';
import { namesOf, readPlaces, subjectPlaces } from '../src/domain/places.ts';
import { unitsOfWritten, valueBaseOf } from '../src/domain/units.ts';
import { readPeriods } from '../src/domain/written-periods.ts';

const figures = (text: string) =>
  readText(text).figures.map((f) => ({
    text: text.slice(f.start, f.end),
    base: f.base,
    precision: f.precision,
    units: f.units,
    qualifier: f.qualifier,
  }));

/** The units a number may count where a plural noun follows it that names no unit. */
const COUNTS = ['count', 'projects', 'enterprises', 'market_entities', 'cases', 'persons', 'person_times', 'households', 'events'];

describe('reading figures', () => {
  it('reads magnitudes, units and hedges in Simplified, Traditional and English, exactly', () => {
    // biome-ignore format: a table
    const cases: [string, string, string, number, string[] | null, string | null][] = [
      ['到位资金429.49亿元', '429.49亿元', '42949000000', 6, ['CNY'], null],
      ['到位資金約429億元', '約429億元', '42900000000', 8, ['CNY'], 'approx'],
      // 兆 as Taiwan and Hong Kong write a trillion, before money or a lower part; 兆瓦 stays megawatts. Wire copy's trln.
      ['簽約金額逾5兆元', '逾5兆元', '5000000000000', 12, ['CNY'], 'more_than'],
      ['簽約金額1兆177.11億元', '1兆177.11億元', '1017711000000', 6, ['CNY'], null],
      ['裝機規模300兆瓦', '300兆瓦', '300000', 3, ['kW'], null],
      ['1.02 trln yuan', '1.02 trln yuan', '1020000000000', 10, ['CNY'], null],
      // Digits between the numerals' units are the numeral they spell, not each digit a figure.
      ['完成投資2千6百9十億元', '2千6百9十億元', '269000000000', 9, ['CNY'], null],
      ['接待遊客1千9百萬人次以上', '1千9百萬人次以上', '19000000', 6, ['person_times'], 'at_least'],
      ['到位資金4百2十9.49億元', '4百2十9.49億元', '42949000000', 6, ['CNY'], null],
      ['到位資金4百2十9億元', '4百2十9億元', '42900000000', 8, ['CNY'], null],
      ['42.9 billion yuan', '42.9 billion yuan', '42900000000', 8, ['CNY'], null],
      // Abbreviated: bn, bln, mn, mln after a space or glued; m glued only; after Rmb glued to the digits.
      ['12.31 bln yuan', '12.31 bln yuan', '12310000000', 7, ['CNY'], null],
      ['107.82mln yuan', '107.82mln yuan', '107820000', 4, ['CNY'], null],
      ['19.6m tourist visits', '19.6m', '19600000', 5, null, null],
      // Yuan by its code before the number, as wire copy writes it.
      ['Rmb804.4mn', '804.4mn', '804400000', 5, ['CNY'], null],
      ['about 19.6 million', 'about 19.6 million', '19600000', 5, null, 'approx'],
      ['4000多万元', '4000多万元', '40000000', 4, ['CNY'], 'more_than'],
      ['80万余人次', '80万余人次', '800000', 4, ['person_times'], 'more_than'],
      ['5000余场次', '5000余场次', '5000', 0, ['events'], 'more_than'],
      ['近6000亿元', '近6000亿元', '600000000000', 11, ['CNY'], 'approx'],
      // A Chinese hedge after Latin letters is still one (GDP约); an English one only as a word of its own.
      ['GDP约500亿元', '约500亿元', '50000000000', 10, ['CNY'], 'approx'],
      ['moreover 9 projects', '9 projects', '9', 0, ['projects'], null],
      // B超 (an ultrasound scanner) is no hedge: 30 of them, not more than 30.
      ['购置B超30台', '30', '30', 0, null, null],
      ['1,234,567元', '1,234,567元', '1234567', 0, ['CNY'], null],
      ['24.75个百分点', '24.75个百分点', '24.75', -2, ['percentage_points'], null],
      ['24.75 percentage points', '24.75 percentage points', '24.75', -2, ['percentage_points'], null],
      ['增长50.38%', '50.38%', '50.38', -2, ['percent'], null],
      ['下降12.3%', '12.3%', '-12.3', -1, ['percent'], null],
      ['同比回落12.3%', '12.3%', '-12.3', -1, ['percent'], null],
      ['不超过1962.3万人次', '不超过1962.3万人次', '19623000', 3, ['person_times'], 'at_most'],
      ['百分之五十', '百分之五十', '50', 1, ['percent'], null],
      ['开展两轮', '两轮', '2', 0, ['events'], null],
      ['奖励千万元', '千万元', '10000000', 7, ['CNY'], null],
      ['2 GW', '2 GW', '2000000', 6, ['kW'], null],
      ['exactly 5000', 'exactly 5000', '5000', 0, null, 'exact'],
      ['１２３亿元', '１２３亿元', '12300000000', 8, ['CNY'], null],
      ['百分之一百一十五点九六', '百分之一百一十五点九六', '115.96', -2, ['percent'], null],
      ['居全省第二', '二', '2', 0, ['rank'], null],
      ['位列第3位', '3位', '3', 0, ['rank'], null],
      ['一百二十三点一亿元', '一百二十三点一亿元', '12310000000', 7, ['CNY'], null],
      ['接待游客2千万人次', '2千万人次', '20000000', 7, ['person_times'], null],
      ['5千亿元', '5千亿元', '500000000000', 11, ['CNY'], null],
      ['took five days', 'five days', '5', 0, ['days', 'working_days'], null],
      ['about forty-two enterprises', 'about forty-two enterprises', '42', 0, ['enterprises'], 'approx'],
      ['two billion yuan', 'two billion yuan', '2000000000', 9, ['CNY'], null],
      ['a 300,000-kilowatt plant', '300,000-kilowatt', '300000', 0, ['kW'], null],
      ['a five-day wait', 'five-day', '5', 0, ['days', 'working_days'], null],
      ['over nine hundred projects', 'over nine hundred projects', '900', 2, ['projects'], 'more_than'],
      ['nine inspection groups', 'nine', '9', 0, null, null],
      ['a 1.2-million-tonne plant', '1.2-million-tonne', '1200000', 5, ['t'], null],
      ['between two and three billion yuan', 'three billion yuan', '3000000000', 9, ['CNY'], null],
      ['ten one-stop centres', 'ten', '10', 0, null, null],
      // A quoted sentence is no name: its figures are read.
      ['"Zhangye held 108 cultural activities"', '108', '108', 0, COUNTS, null],
      // Any plural noun a word or two after digits makes them a count of some kind, never money (13 strategic agreements).
      ['13 strategic agreements', '13', '13', 0, COUNTS, null],
      ['42 investment funds', '42', '42', 0, null, null],
      // Won is a currency after a magnitude (in no unit of the dataset), a verb after a bare count.
      ['23.448 billion won', '23.448 billion won', '23448000000', 6, [], null],
      ['of them 12 won awards', '12', '12', 0, COUNTS, null],
    ];
    for (const [text, written, base, precision, units, qualifier] of cases) {
      expect(figures(text), text).toEqual([{ text: written, base, precision, units, qualifier }]);
    }
  });

  it('reads amounts as Hong Kong and Taiwan write them: in two parts, with 廿 and 卅, in 人民币 or another currency', () => {
    // biome-ignore format: a table
    const cases: [string, string, string, number, string[] | null][] = [
      ['到位資金1億4,100萬元', '1億4,100萬元', '141000000', 4, ['CNY']],
      ['接待遊客1962萬3千人次', '1962萬3千人次', '19623000', 3, ['person_times']],
      ['1亿5千万元', '1亿5千万元', '150000000', 7, ['CNY']],
      ['頒發廿八個', '廿八個', '28', 0, ['count', 'projects', 'enterprises', 'market_entities', 'cases']],
      ['卅個', '卅個', '30', 1, ['count', 'projects', 'enterprises', 'market_entities', 'cases']],
      ['簽約金額300億人民幣', '300億人民幣', '30000000000', 8, ['CNY']],
      ['收入123.1億新臺幣', '123.1億新臺幣', '12310000000', 7, []],
      ['新臺幣123.1億元', '123.1億元', '12310000000', 7, []],
      ['收入123.1亿美金', '123.1亿美金', '12310000000', 7, []],
    ];
    for (const [text, written, base, precision, units] of cases) {
      expect(figures(text), text).toEqual([{ text: written, base, precision, units, qualifier: null }]);
    }
    // No lower part: a magnitude not below the first, a number as large as one of it, a first part with a fraction.
    const texts = (text: string) => readText(text).figures.map((f) => text.slice(f.start, f.end));
    expect(texts('3万5万')).toEqual(['3万', '5万']);
    expect(texts('1亿12000万')).toEqual(['1亿', '12000万']);
    expect(texts('1.5亿3000万元')).toEqual(['1.5亿', '3000万元']);
    // 五卅 is a date's name (五卅运动), no numeral: 5 then 30 is no number; 廿 is 二十 whole, so 廿十 is none either.
    expect(texts('五卅运动')).toEqual([]);
    expect(texts('廿十个')).toEqual([]);
    // A lower part before another magnitude is none: 1万2千亿 is the numeral 一万二千亿, 1.2万亿, read whole; a range of amounts
    // in two parts is a range, not read.
    expect(readText('GDP达1万2千亿元').figures.map((f) => [f.base, f.units])).toEqual([['1200000000000', ['CNY']]]);
    expect(texts('投资1亿3千万至1亿5千万元')).toEqual([]);
    // …and one of numbers spelled with digits between their units, as in digits (590至690个).
    expect(texts('接待游客1千9百万至2千1百万人次，项目5百9十至6百9十个')).toEqual([]);
    expect(texts('投资1亿3千万-1亿5千万元')).toEqual([]);
    // A hedge between the currency and the number leaves the amount in that currency; 人民币 before it is yuan.
    expect(figures('新臺幣約123.1億元')).toEqual([
      { text: '約123.1億元', base: '12310000000', precision: 7, units: [], qualifier: 'approx' },
    ]);
    expect(figures('新台币不超过123亿元').map((f) => f.units)).toEqual([[]]);
    expect(figures('人民币约123亿元').map((f) => f.units)).toEqual([['CNY']]);
  });

  it('pairs the words of a measure by character, a character beyond the BMP (𡃁) one of them', () => {
    expect(termsOf('𡃁𡃁接待').map((t) => t.term)).toEqual(['𡃁𡃁', '𡃁接', '接待']);
    const tourists = (t: string) => t === '游客';
    expect([...unheldPairs('𡃁𡃁游客', tourists)]).toEqual(['𡃁𡃁']);
    expect([...qualifyingPairs('𡃁𡃁游客', tourists)]).toEqual(['𡃁𡃁']);
    expect([...uncoveredTerms('𡃁𡃁游客', tourists)]).toEqual(['𡃁𡃁', '𡃁游']);
  });

  it('reads no figure in an exponent, nor in a long run of numerals, and ranks written in English', () => {
    const texts = (text: string) => readText(text).figures.map((f) => text.slice(f.start, f.end));
    expect(texts('到位资金1e+308 billion yuan')).toEqual([]);
    // Each range in a run of numerals is read from the run's start: the run is no range, nor its parts.
    expect(texts('一二三四五六七八九十'.repeat(20))).toEqual([]);
    expect(texts('三至五个，十二到十五项')).toEqual([]);
    expect(readText('ranked second in the province, the 3rd largest in china').figures.map((f) => [f.base, f.units])).toEqual([
      ['2', ['rank']],
      ['3', ['rank']],
    ]);
  });

  it('reads 余 and 多 as a range up to one more of the last non-zero digit, a fall’s downwards', () => {
    const ranged = (text: string) => readText(text).figures.map((f) => [f.base, f.range]);
    expect(ranged('1900多万人次')).toEqual([['19000000', 6]]);
    expect(ranged('10余万人次')).toEqual([['100000', 5]]);
    expect(ranged('5000余场次')).toEqual([['5000', 3]]);
    expect(ranged('下降10多%')).toEqual([['-10', 1]]);
    // A Chinese numeral takes its magnitude after 多 or 余.
    expect(ranged('两千多万元')).toEqual([['20000000', 7]]);
    expect(ranged('三十余万人次')).toEqual([['300000', 5]]);
    // A figure that fills a quotation is one; a quoted name holding a number is not.
    expect(ranged('企业“24家”')).toEqual([['24', null]]);
    // Another hedge, or none, is no range.
    expect(ranged('超过1900万人次')).toEqual([['19000000', null]]);
    expect(ranged('1962.3万人次')).toEqual([['19623000', null]]);
    const claim = (base: string, range: number) => ({ base, precision: 0, qualifier: 'more_than' as const, range });
    const value = (base: string, qualifier: 'exact' | 'more_than' | 'approx' = 'exact') => ({ base, precision: 0, qualifier });
    expect(judge(claim('19000000', 6), value('19623000'))).toBe('supported');
    expect(judge(claim('18000000', 6), value('19623000'))).toBe('contradicted');
    expect(judge(claim('19000000', 6), value('20000000'))).toBe('contradicted');
    expect(judge(claim('-10', 1), value('-15'))).toBe('supported');
    expect(judge(claim('-10', 1), value('-5'))).toBe('contradicted');
    // A recorded 80万余 is no 100多万; a recorded 5000余 is a claimed 5000余.
    expect(judge(claim('1000000', 6), value('800000', 'more_than'))).toBe('contradicted');
    expect(judge(claim('5000', 3), value('5000', 'more_than'))).toBe('supported');
    // …but a plain 5000 is not: the record has more than it, so the claim is the record rounded.
    expect(judge({ base: '5000', precision: 0, qualifier: null, range: null }, value('5000', 'more_than'))).toBe('rounded');
  });

  it('reads no figure in dates, years, ordinals, names or words', () => {
    for (const text of [
      '2023年',
      '2023年一季度',
      '二〇二三年',
      '民國112年',
      '二○二三年',
      '民國一一二年',
      '2021年1-3月',
      '3月16日',
      // In numerals too, and a day of this month as a news report opens with it: not sixteen days.
      '三月十六日',
      '十二月三十一日',
      '16日，',
      '武威市十六日上午',
      '新华社兰州16日电',
      '第14期',
      'the 14th lecture',
      '三抓三促',
      '统一',
      '5G基站',
      'In 2023,',
      'Q1 2021',
      '一',
      'on March 16',
      '武威市2023到位资金',
      '“三个500强”',
      '城乡居民第一次享受补助',
      'xingsheng jiayuan building 2',
      'huaneng gangu unit 2',
      'building no. 2',
      // Number words of prose, not counts: a name, an adjective, one of many.
      'the three grasps, three promotes campaign',
      'two-way secondments',
      'one of them',
      'the fourteenth five-year plan',
      'someone often',
      'over the past two months',
      'the top three cities',
      'one of the five cities',
      'three times as many',
      'Wuwei attracted “Three 500 Strongest” firms',
      'a 10-billion-yuan-level cluster',
      // A number of several words is not read, rather than read as its parts.
      'twenty five projects',
      'one thousand two hundred jobs',
      'one hundred and twenty projects',
    ]) {
      expect(figures(text), text).toEqual([]);
    }
    // A year-like number before a plural noun is a count: held 2012 symposiums.
    expect(figures('held 2012 symposiums').map((f) => f.base)).toEqual(['2012']);
    // A number after a naming word is a name; before a noun, a count.
    expect(figures('2 buildings').map((f) => f.base)).toEqual(['2']);
  });

  it('never reads a figure of more digits than any text states, or more than two magnitude words', () => {
    expect(figures('9'.repeat(25))).toEqual([]);
    expect(figures('1亿亿亿元')[0].base).toBe('10000000000000000');
    // A list named by its length is no figure, whatever follows (top-500 and industry-leading enterprises, Fortune 500 firms).
    expect(figures('24 top-500 and leading enterprises, the top 500 companies, 3 Fortune Global 500 firms').map((f) => f.base)).toEqual([
      '24',
      '3',
    ]);
    // m after a space is no magnitude (5 m, a length), nor before a letter or a hyphen (3mu, 10m-tall); k is none (a 5k pipeline).
    expect(figures('5 m, 3mu, 5kw, 10m-tall, 5k pipeline').map((f) => f.base)).toEqual(['5', '5']);
    expect(figures(`${'9'.repeat(24)} trillion billion yuan`)[0].base).toBe(`${'9'.repeat(24)}${'0'.repeat(21)}`);
  });

  it('reads no figure in a citation a paper ends its sentence with, nor a measure in its words', () => {
    for (const cite of [
      '(Figure 4)',
      '(see Table 1)',
      '(note 7)',
      '(p. 12)',
      '(Section 3.2)',
      '(Jin et al., 2024)',
      '(Wang and Li 2023: 45)',
      '（见表1）',
      '（图4）',
      '（金奉乾等，2024）',
    ]) {
      const text = `Wuwei's funds in place were 42.949 billion yuan in 2023 ${cite}.`;
      expect(
        figures(text).map((f) => f.base),
        cite,
      ).toEqual(['42949000000']);
      expect(
        readText(text)
          .form.slice(-cite.length - 1, -1)
          .trim(),
        cite,
      ).toBe('');
    }
    // A bracket that says a figure stays one; one that says a place or a time is read.
    expect(figures('funds in place (42.949 billion yuan) grew (up 50.38%)').map((f) => f.base)).toEqual(['42949000000', '50.38']);
    for (const said of ['(Wuwei, 2023)', '(in 2022)', '(FY 2022)', '(first half, 2021)', '（武威市，2022）'])
      expect(
        readText(`funds in place ${said}`)
          .form.trim()
          .endsWith(said.toLowerCase().replace('（', '(').replace('，', ',').replace('）', ')')),
        said,
      ).toBe(true);
  });

  it('reads what 户 counts from the noun after it, and leaves it open where none says', () => {
    const units = (text: string) => figures(text).map((f) => f.units);
    expect(units('16户群众、16户企业、2.4万户经营主体、30户个体工商户、16户')).toEqual([
      ['households'],
      ['enterprises'],
      ['market_entities'],
      ['market_entities'],
      ['households', 'enterprises', 'market_entities'],
    ]);
  });

  it('reads digits grouped by spaces as SI and ISO 80000 group them (19 623 000), not as three figures', () => {
    for (const space of ['\u00a0', '\u2009', '\u202f'])
      expect(figures(`19${space}623${space}000 visits, 5${space}527.5 tonnes`).map((f) => f.base)).toEqual(['19623000', '5527.5']);
    // By plain spaces, in three groups or more: two numbers side by side are two (a day, then a count).
    expect(figures('19 623 000 visits; on March 16 360 projects; 24 500-strong teams').map((f) => f.base)).toEqual([
      '19623000',
      '360',
      '24',
      '500',
    ]);
    // Only groups of three after the first of at most three: a year before a count, or a list, stays apart.
    expect(figures('in 2023 100 projects; 12 34 cases; 5 1234 items').map((f) => f.base)).toEqual(['100', '12', '34', '5', '1234']);
  });
});

describe('which record periods answer a claimed period', () => {
  it('the same days, or a day, a month or a span within it; never a quarter of a year, a year of a quarter, nor a span it overlaps', () => {
    // biome-ignore format: a table
    const cases: [string | null, string, boolean][] = [
      ['2023', '2023', true], ['2023', '2023-01-01/2023-12-31', true], ['2023-10', '2023', true], ['2023-06-26', '2023', true],
      ['2023-02-13/2023-04-07', '2023', true], ['2023-02-13/..', '2023-01-01/..', true],
      // Starting on the claim's first day is within it.
      ['2023-01', '2023', true], ['2023-01-01', '2023', true], ['2023-02-13/2023-04-07', '2023-02-13/..', true],
      ['2023-Q1', '2023', false], ['2023', '2023-Q1', false], ['2023-02-13/2024-02-18', '2023-Q1', false],
      ['2023-02-13/2024-02-18', '2023', false], ['../2024-02-18', '2019', false], ['2023-02-13/..', '2030', false], [null, '2023', false],
      // As of a day: what ends that day, whatever it counts from (截至2023年12月底 is the year's figure); not an earlier month's.
      ['../2024-02-18', '../2024-02-18', true], ['2023-02-13/2024-02-18', '../2024-02-18', true], ['2024-02-18', '../2024-02-18', true],
      ['2023', '../2023-12-31', true], ['2023-10', '../2024-02-18', false], ['../2024-02-17', '../2024-02-18', false],
    ];
    for (const [record, claim, answers] of cases) expect(periodAnswers(record, claim), `${record} for ${claim}`).toBe(answers);
  });
});

describe('reading periods and places', () => {
  it('reads years, quarters, months and days in both languages', () => {
    const codes = (text: string) => readPeriods(toReadingForm(text)).map((p) => p.code);
    expect(codes('2023年一季度，2021年3月16日，2023年10月，2023年以来')).toEqual(['2023-Q1', '2021-03-16', '2023-10', '2023-01-01/..']);
    expect(codes('2023年第一季度')).toEqual(['2023-Q1']);
    // Months and days in numerals, as in digits, however the year is written; a day after its year's comma is that year's.
    expect(codes('2021年三月十六日，二〇二三年十二月，二〇二一年三月廿八日起至2021年十月三十一日')).toEqual([
      '2021-03-16',
      '2023-12',
      '2021-03-28/2021-10-31',
    ]);
    // …and none of a span's end (至十二月十六日 is no 二月十六日).
    expect(codes('2021年，三月十六日；2022年，9月1日至十二月十六日')).toEqual(['2021', '2021-03-16', '2022']);
    // Up to a day, 截止 as 截至, with no space before the day: a total's end, no day of its own.
    expect(codes('2021年，截止2月18日；2021年，截至2月18日')).toEqual(['2021', '2021']);
    // A span of days or of two months in a row, either language; two months apart are no span.
    expect(
      codes(
        'between 28 September and 23 October 2023; September 28 until October 23, 2023; 2023年9月28日至10月23日; September and October 2023',
      ),
    ).toEqual(['2023-09-28/2023-10-23', '2023-09-28/2023-10-23', '2023-09-28/2023-10-23', '2023-09-01/2023-10-31']);
    expect(codes('January and March 2023')).toEqual(['2023-03']);
    // Up to a day: a total from an unknown start; up to a month, the month (its total was counted on a day of it); up to a
    // year's end, that year. By a day, a target's word as much as a total's, is the day.
    expect(codes('截至2024年2月18日，截止2023年10月底，截至2023年12月底')).toEqual(['../2024-02-18', '2023-10', '2023']);
    expect(
      codes('as of 18 February 2024, up to February 18, 2024, by 18 February 2024, by the end of October 2023, by the end of 2023'),
    ).toEqual(['../2024-02-18', '../2024-02-18', '2024-02-18', '2023-10', '2023']);
    // As Taiwan and Hong Kong write a quarter, and a year in numerals or in the Republic's count.
    expect(codes('2021年第一季、2021年首季、2022年第3季')).toEqual(['2021-Q1', '2021-Q1', '2022-Q3']);
    expect(codes('二〇二三年，二零二一年一季度，民國112年10月')).toEqual(['2023', '2021-Q1', '2023-10']);
    // A quarter without its year is of the year before it in its paragraph; in another paragraph, of none.
    expect(codes('进入2021年,一季度增长;first quarter\n\n一季度')).toEqual(['2021', '2021-Q1', '2021-Q1']);
    // Not the year it is compared with, and 上一季度 (the last quarter) is no quarter of a year.
    expect(codes('与2020年相比,一季度增长;较2020年,一季度')).toEqual(['2020', '2020']);
    expect(codes('2021年,上一季度、前一季度')).toEqual(['2021']);
    // A span of months across years is its days, not its last month; so is one of days.
    expect(codes('2018年11月至2020年4月')).toEqual(['2018-11-01/2020-04-30']);
    expect(codes('自2023年2月13日起至2024年2月18日，2024年2月18日至2023年2月13日')).toEqual([
      '2023-02-13/2024-02-18',
      '2024-02-18',
      '2023-02-13',
    ]);
    // From a day or a month on: a span open at its end, not a claim of that day or month.
    expect(codes('自2023年2月13日以来，2023年2月以来，自2023年3月起，自2023年4月1日起')).toEqual([
      '2023-02-13/..',
      '2023-02-01/..',
      '2023-03-01/..',
      '2023-04-01/..',
    ]);
    expect(
      codes(
        'since 13 February 2023; since February 2023; since the campaign launched in February 2023; since its launch on February 13, 2023',
      ),
    ).toEqual(['2023-02-13/..', '2023-02-01/..', '2023-02-01/..', '2023-02-13/..']);
    // A span of days across years in English, as in Chinese; the wrong way round is two days.
    expect(codes('from 13 February 2023 to 18 February 2024; between February 13, 2023 and February 18, 2024')).toEqual([
      '2023-02-13/2024-02-18',
      '2023-02-13/2024-02-18',
    ]);
    expect(codes('18 February 2024 to 13 February 2023')).toEqual(['2024-02-18', '2023-02-13']);
    // 至今 (to this day) is 以来: from the date on.
    expect(codes('2023年2月13日至今，2023年2月至今，自2023年3月起至今，2023年至今')).toEqual([
      '2023-02-13/..',
      '2023-02-01/..',
      '2023-03-01/..',
      '2023-01-01/..',
    ]);
    // 起 is from a date only after 自 or 从: 2023年1月起草 is January's drafting.
    expect(codes('2023年1月起草的方案；从2023年2月13日起')).toEqual(['2023-01', '2023-02-13/..']);
    // Since when it began in a year: the year's figures, as the year alone says (since 2023 alone is the span).
    expect(codes('since the campaign began in 2023; since 2023')).toEqual(['2023', '2023-01-01/..']);
    // Since then is no date: the year a sentence names later is its own.
    expect(codes('since then, 500 problems in 2023')).toEqual(['2023']);
    // A circle typed for the zero (○, as many input methods give it), the Republic's year in numerals.
    expect(codes('二○二三年，民國一一二年，民國一百零九年')).toEqual(['2023', '2023', '2020']);
    // Two days listed: the days from the first to the second.
    expect(codes('2023年9月28日、10月23日')).toEqual(['2023-09-28/2023-10-23']);
    // …but a day compared with another is that day (与…相比 is a comparison, not a list).
    expect(codes('2023年9月28日与10月23日相比')).toEqual(['2023-09-28']);
    // Spans of months: a quarter where they are one, else their days; half years.
    expect(codes('2021年1-3月，2021年一至三月，2023年4～6月份，2023年1-10月，2021年上半年，2023年下半年，2023年1月至3月')).toEqual([
      '2021-Q1',
      '2021-Q1',
      '2023-Q2',
      '2023-01-01/2023-10-31',
      '2021-01-01/2021-06-30',
      '2023-07-01/2023-12-31',
      '2023-Q1',
    ]);
    expect(codes('In Q1 2021, in the second quarter of 2022, in March 2021, on 16 March 2021, since 2023')).toEqual([
      '2021-Q1',
      '2022-Q2',
      '2021-03',
      '2021-03-16',
      '2023-01-01/..',
    ]);
    // In English too: a span of months, the first months or a half of a year.
    expect(codes('in the first three months of 2021, January-March 2021, from january to june of 2023, the second half of 2023')).toEqual([
      '2021-Q1',
      '2021-Q1',
      '2023-01-01/2023-06-30',
      '2023-07-01/2023-12-31',
    ]);
    // Three months that are no quarter (2-4月) are their days; a month written as a span of itself is that month;
    // a span written backwards is none (the year alone).
    expect(codes('2023年2-4月，2023年3-3月，2023年4-2月')).toEqual(['2023-02-01/2023-04-30', '2023-03', '2023']);
    // A number a unit or a counted noun follows is a figure, not a year (a capacity of 2000 MW).
    expect(codes('a capacity of 2000 megawatts, of 2000 MW, a 2000 mw plant, 2000 kWh, for 2000 households')).toEqual([]);
    expect(codes('in 2023 tourism grew, the target for 2023 was met, in 2023 enterprises grew')).toEqual(['2023', '2023', '2023']);
    // After a possessive or a determiner, a year before a plural noun is the noun's; elsewhere the number counts it.
    expect(codes("wuwei's 2023 funds in place were 42.949 billion yuan; the 2023 funds: 50.38%")).toEqual(['2023', '2023']);
    expect(codes('held 2012 symposiums. it spent 5 million yuan; for 2000 households, 5 million yuan')).toEqual([]);
    expect(codes('wuwei held 2012 symposiums and its funds in place were 42.949 billion yuan')).toEqual([]);
    // After a verb of doing, a word or two may stand before the noun (check12); not after an area, whose year it is.
    expect(codes('wuwei held 2012 research symposiums, organised 2012 county-level research symposiums')).toEqual([]);
    expect(codes('wuwei 2023 tourist visits rose 98.28%, wuwei in 2023 received tourist visits')).toEqual(['2023', '2023']);
    // …nor after another verb, whose object the year's noun is (rev23, rev24).
    expect(codes('wuwei saw 2023 tourist visits rise, recorded 2023 tourist visits, completed 2023 annual targets')).toEqual([
      '2023',
      '2023',
      '2023',
    ]);
    // After an area's name too; before a counted noun only where a figure follows it in its sentence (the count given).
    const read = (text: string) => readText(text, new Map([['wuwei', 'wuwei']])).periods.map((p) => p.code);
    expect(read('Wuwei 2023 funds in place were 42.949 billion yuan')).toEqual(['2023']);
    expect(read("Wuwei's 2023 visitors numbered 19.6 million. Wuwei 2023 tourists: 19.6 million")).toEqual(['2023', '2023']);
    expect(read("Wuwei's 2012 households. Wuwei 2012 households. 19.6 million, Wuwei held 2012 symposiums")).toEqual([]);
    // An abbreviation's full stop ends no sentence, so the count after it is still the year's sentence's.
    expect(read("Wuwei's 2023 households in Building No. 2 numbered 16")).toEqual(['2023']);
    expect(read('Wuwei 2000 mw of capacity, Wuwei 2000 tons of grain')).toEqual([]);
    // Any other word after it leaves a year a year, whatever its last letter.
    expect(codes('in 2023 its investment, in 2023 this city, for 2023 across gansu, in 2023 as many as')).toEqual([
      '2023',
      '2023',
      '2023',
      '2023',
    ]);
  });

  it('finds an area by its full name, its short name, its English name or its slug, in either script', () => {
    const names = new Map<string, string>();
    for (const area of [
      { slug: 'gansu', name_zh: '甘肃省', name_en: 'Gansu', level: 'province' as const },
      { slug: 'wuwei', name_zh: '武威市', name_en: 'Wuwei', level: 'prefecture' as const },
      { slug: 'zhangye', name_zh: '张掖市', name_en: 'Zhangye', level: 'prefecture' as const },
      { slug: 'sunan', name_zh: '肃南裕固族自治县', name_en: 'Sunan Yugur Autonomous County', level: 'county' as const },
      { slug: 'jiuquan', name_zh: '酒泉市', name_en: 'Jiuquan', level: 'prefecture' as const },
      { slug: 'jiuquan-etdz', name_zh: '酒泉经济技术开发区', name_en: 'Jiuquan ETDZ', level: 'development_zone' as const },
    ]) {
      for (const name of namesOf(area)) names.set(toReadingForm(name), area.slug);
    }
    const slugs = (text: string) => readPlaces(toReadingForm(text), names).map((p) => p.slug);
    expect(slugs('張掖、肅南縣、Sunan, zhangye')).toEqual(['zhangye', 'sunan', 'sunan', 'zhangye']);
    // An autonomous county by its short name and 县, as the articles write it: the whole of it is the place, 县 no word left over.
    expect(readPlaces(toReadingForm('肅南縣招商'), names).map((p) => [p.start, p.end])).toEqual([[0, 3]]);
    expect(slugs('酒泉经济技术开发区和酒泉')).toEqual(['jiuquan-etdz', 'jiuquan']);
    expect(slugs('Zhangyexyz sunanese')).toEqual([]);
    // 甘 alone is Gansu after coming, being or going (来甘, 在甘), as news writes it; not 甘州 or 甘南, nor 甘 elsewhere.
    expect(slugs('企业家来甘考察，在甘签约，赴甘州，在甘南，甘于奉献，来甘孜调研，在甘德县，在甘蔗基地')).toEqual(['gansu', 'gansu']);
    // Places the subject went to or dealt with are not its subject, unless they are all its sentence names.
    const subjects = (text: string) => {
      const read = readText(text);
      return subjectPlaces(read.form, readPlaces(read.form, names), read.sentences).map((p) => p.slug);
    };
    expect(subjects('张掖赴酒泉招商')).toEqual(['zhangye']);
    expect(subjects('同时张掖签约')).toEqual(['zhangye']);
    expect(subjects('在酒泉设立分支机构')).toEqual(['jiuquan']);
    // A place brought in from is none; a place since whose founding something was brought in is the subject.
    expect(subjects('张掖从酒泉引进企业24家')).toEqual(['zhangye']);
    expect(subjects('自酒泉经济技术开发区成立以来累计引进企业24家，张掖到位资金10亿元')).toEqual(['jiuquan-etdz', 'zhangye']);
    // A company named after a place is no place; the enterprises of a place are its.
    expect(slugs('张掖与酒泉钢铁集团签约')).toEqual(['zhangye']);
    expect(slugs('张掖与酒泉基石等企业签约')).toEqual(['zhangye']);
    // …but a place that owes a group is its verb's subject (claims20: 安宁区欠八冶集团 lost its area).
    expect(slugs('张掖欠八冶集团工程款4216万元')).toEqual(['zhangye']);
    // …but a name's own characters (和泰, 同心) that are also words of dealing stay the company's (rev38).
    expect(slugs('张掖与酒泉和泰集团签约')).toEqual(['zhangye']);
    // A registered company's name may run longer before its ending; the area's own name (甘肃省…) is the area.
    expect(slugs('酒泉市为甘肃奕泽博康医疗器械有限责任公司办理营业执照')).toEqual(['jiuquan']);
    expect(slugs('张掖引进甘肃某某新能源科技股份有限公司')).toEqual(['zhangye', 'gansu']);
    expect(slugs('张掖与甘肃某某新能源科技股份有限公司签约')).toEqual(['zhangye']);
    // A place in a list before them stays a place: the name runs through no 为, 与 or list word.
    expect(slugs('武威和张掖为甘肃奕泽博康医疗器械有限责任公司办理')).toEqual(['wuwei', 'zhangye']);
    expect(slugs('酒泉、张掖引进甘肃某某有限公司等企业项目')).toEqual(['jiuquan', 'zhangye']);
    expect(slugs('酒泉和武威与甘肃某某科技有限公司签约')).toEqual(['jiuquan', 'wuwei']);
    expect(slugs('甘肃省新增有限责任公司300家')).toEqual(['gansu']);
    expect(slugs('酒泉民营企业')).toEqual(['jiuquan']);
  });

  it('reads the words of a measure without filler, in pairs of Han characters and English stems', () => {
    expect(termsOf(toReadingForm('实现旅游综合收入')).map((t) => t.term)).toEqual(['旅游', '游综', '综合', '合收', '收入']);
    expect(termsOf('the tourist visits reached').map((t) => t.term)).toEqual(['tourist', 'visit']);
  });

  it('reads text pasted with 002’s pinyin glosses as without them, and quotes each figure from the text as given', () => {
    const pasted = '到位資(zī)金429.49億元,增長(zhǎng)50.38%';
    const form = toReadingForm(pasted);
    // A run of Han characters closes up over its glosses, their length after it.
    expect(form).toBe('到位资金    429.49亿元,增长       50.38%');
    expect(termsOf(form).map((t) => t.term)).toEqual(['到位', '位资', '资金', '增长']);
    // Each figure quoted from the text as given: a Chinese numeral after a gloss in its run, one with a gloss inside.
    const quoted = (text: string) =>
      readText(text)
        .figures.map((f) => textSpan(text, f))
        .map(({ start, end }) => text.slice(start, end));
    expect(quoted(pasted)).toEqual(['429.49億元', '50.38%']);
    expect(quoted('武威市2023年到位資(zī)金四百二十九點四億元')).toEqual(['四百二十九點四億元']);
    expect(quoted('甘州區中船三(sān)十萬千瓦光伏發電')).toEqual(['三(sān)十萬千瓦']);
    // A word with a numeral's character in it is a word (唯一, 重点), glossed or not.
    expect(quoted('唯(wéi)一獲進步獎')).toEqual([]);
    expect(toReadingForm('市級(jí)重點項目').trimEnd()).toBe('市级重点项目');
    // With its tone marks decomposed (NFD), the glosses are closed up alike.
    expect(toReadingForm('增長(zhǎng)'.normalize('NFD')).trimEnd()).toBe('增长');
  });
});

describe('judging a claimed figure', () => {
  const funds = recordedFigure({ value_text: '429.49', unit_zh: '亿元', unit: 'CNY' });

  it('reads a record as the seed scales it', () => {
    expect(funds?.base).toBe(valueBaseOf('429.49', '亿元', 'CNY'));
    expect(recordedFigure({ value_text: '千', unit_zh: '万元', unit: 'CNY' })).toEqual({
      base: '10000000',
      precision: 7,
      qualifier: null,
      range: null,
    });
    // Written with 余 or 多 (80多万人次), a record is the range a claim's would be: more than 80万, short of 90万.
    const some = recordedFigure({ value_text: '80', unit_zh: '万人次', unit: 'person_times', qualifier: 'more_than', some: true });
    expect(some?.range).toBe(5);
    if (!some) throw new Error('80多万人次 must read');
    const claim = (base: string, qualifier: Figure['qualifier'] = null, bound = false) => ({ base, precision: 4, qualifier, bound });
    expect(boundedVerdict(claim('850000'), some)).toBe('open');
    expect(boundedVerdict(claim('900000'), some)).toBe('contradicted');
    expect(boundedVerdict(claim('800000', 'exact'), some)).toBe('contradicted');
    expect(boundedVerdict(claim('800000'), some)).toBeNull();
    expect(boundedVerdict(claim('1000000', 'less_than', true), some)).toBe('supported');
    expect(boundedVerdict(claim('900000', 'at_most', true), some)).toBe('supported');
    expect(boundedVerdict(claim('850000', 'less_than', true), some)).toBe('open');
    expect(boundedVerdict(claim('800000', 'less_than', true), some)).toBe('contradicted');
    expect(boundedVerdict(claim('700000', 'more_than', true), some)).toBe('supported');
    // 超 sets no end: more than 80万 holds 200万 without giving it.
    expect(boundedVerdict(claim('2000000'), { ...some, range: null })).toBe('open');
    expect(boundedVerdict(claim('2000000'), { ...some, qualifier: null, range: null })).toBeNull();
  });

  it('supports the same number, rounds at the coarser precision, contradicts the rest', () => {
    if (!funds) throw new Error('429.49亿元 must read');
    expect(judge({ base: '42949000000', precision: 0 }, funds)).toBe('supported');
    expect(judge({ base: '42900000000', precision: 8 }, funds)).toBe('rounded');
    expect(judge({ base: '43000000000', precision: 8 }, funds)).toBe('contradicted');
    expect(judge({ base: '43000000000', precision: 9 }, funds)).toBe('rounded');
    expect(judge({ base: '42849000000', precision: 6 }, funds)).toBe('contradicted');
    // A claim more precise than a rounded record: 55,123 against 5.5万.
    expect(judge({ base: '55123', precision: 0 }, { base: '55000', precision: 3 })).toBe('rounded');
  });

  it('holds a bound or not, with no rounding, against a recorded value; a bound against a bound the same way holds when the record is past it', () => {
    const visits = { base: '19623000', precision: 3, qualifier: 'exact' as const };
    const bound = { bound: true };
    expect(judge({ base: '20000000', precision: 6, qualifier: 'more_than', ...bound }, visits)).toBe('contradicted');
    expect(judge({ base: '19500000', precision: 5, qualifier: 'more_than', ...bound }, visits)).toBe('supported');
    expect(judge({ base: '19623000', precision: 3, qualifier: 'more_than', ...bound }, visits)).toBe('contradicted');
    expect(judge({ base: '19623000', precision: 3, qualifier: 'at_least', ...bound }, visits)).toBe('supported');
    expect(judge({ base: '19700000', precision: 5, qualifier: 'less_than', ...bound }, visits)).toBe('supported');
    expect(judge({ base: '19600000', precision: 5, qualifier: 'less_than', ...bound }, visits)).toBe('contradicted');
    // Of a recorded 5000余: more than 5000 and more than 4000 hold; more than 6000 is a number the record does not give.
    const sessions = { base: '5000', precision: 0, qualifier: 'more_than' as const };
    expect(judge({ base: '5000', precision: 0, qualifier: 'more_than', ...bound }, sessions)).toBe('supported');
    expect(judge({ base: '4000', precision: 0, qualifier: 'more_than', ...bound }, sessions)).toBe('supported');
    expect(judge({ base: '6000', precision: 0, qualifier: 'more_than', ...bound }, sessions)).toBe('contradicted');
    // A bound the other way: fewer than 5000 (or 4000) is none of 5000余.
    expect(judge({ base: '5000', precision: 0, qualifier: 'less_than', ...bound }, sessions)).toBe('contradicted');
    expect(judge({ base: '4000', precision: 0, qualifier: 'less_than', ...bound }, sessions)).toBe('contradicted');
    // 余 is no bound: 10余万 is a hundred thousand and some, so 1962.3万 is not it.
    expect(judge({ base: '100000', precision: 4, qualifier: 'more_than', bound: false }, visits)).toBe('contradicted');
  });

  it('reads which hedges set a bound, and a fall with a bound on it as a fall', () => {
    // A number before May is a day only where May ends the date (24 May, 24 May 2023), not before a verb (9 may have been).
    expect(readFigures('of which 9 may have been seminars, on 24 march 360 projects, by 24 may.').map((f) => f.decimal)).toEqual([
      '9',
      '360',
    ]);
    // Days counted, by a time limit or after 至, stay a figure though a comma follows: only a report's opening day is a date.
    expect(readFigures('办结时限16日，压缩至5日，十二月三十一日，酒泉市16日开工').map((f) => f.decimal)).toEqual(['16', '5', '16']);
    expect(readFigures('办理时限分别为10日，5日，3日').map((f) => f.decimal)).toEqual(['10', '5', '3']);
    const [over] = readFigures('超过2000万人次');
    expect(over).toMatchObject({ qualifier: 'more_than', bound: true });
    const [some] = readFigures('10余万人次');
    expect(some).toMatchObject({ qualifier: 'more_than', bound: false });
    const [fall] = readFigures('到位资金下降超过5%');
    expect(fall).toMatchObject({ decimal: '-5', bound: false });
    // After a hedge, a bare 万, 亿 or 万亿 is one of it (超万亿元, 不足万亿元, 近万人次); without one, no figure.
    expect(readFigures('签约金额超万亿元，不足亿元，近万人次').map((f) => [f.decimal, f.qualifier])).toEqual([
      ['1000000000000', 'more_than'],
      ['100000000', 'less_than'],
      ['10000', 'approx'],
    ]);
    expect(readFigures('万元，上万人，数亿元')).toEqual([]);
    // Nor after a word that only ends in a hedge (签约, 最近): 签约亿元以上项目 is a class of projects.
    expect(readFigures('签约亿元以上项目，最近万名干部')).toEqual([]);
    // A rank right after its field (全省第二) is a rank; an ordinal of a batch or a first thing is none.
    expect(readFigures('比重全省第二,全省第一批试点,全省第一个示范区').map((f) => [f.decimal, f.units])).toEqual([['2', ['rank']]]);
    // 多 after a share is a range (六成多); after another unit it is the next word's (629个多方参与: many parties).
    expect(readFigures('比重六成多，项目629个多方参与').map((f) => [f.decimal, f.qualifier])).toEqual([
      ['6', 'more_than'],
      ['629', null],
    ]);
    // A numeral of 万 or 亿 after a hedge is an amount with no unit after it (不足百亿, 超千亿); no other numeral (超五星级 is a rating), nor one before a noun it sizes (超百亿产业集群).
    expect(readFigures('总投资不足百亿,超千亿,打造超五星级服务,超百亿产业集群').map((f) => [f.decimal, f.qualifier])).toEqual([
      ['10000000000', 'less_than'],
      ['100000000000', 'more_than'],
    ]);
  });

  it('rounds exactly, ties included, where floating point would not', () => {
    expect(withinHalfUnit('0.3', '0.25', -1)).toBe(true);
    expect(withinHalfUnit('0.3', '0.2499999999999999999', -1)).toBe(false);
    expect(precisionOf('430', 8)).toBe(8);
    expect(precisionOf('430', 8, { roundNumber: true })).toBe(9);
  });

  it('names a slip of a magnitude word', () => {
    expect(magnitudeSlip('4294900', '42949000000')).toBe(-4);
    expect(magnitudeSlip('42849000000', '42949000000')).toBeNull();
    // Across a change of sign no digit slipped: a fall of 1.23 % is not a rise of 12.3 % read a tenth.
    expect(magnitudeSlip('-1.23', '12.3')).toBeNull();
  });

  it('knows which units a written unit can be', () => {
    expect(unitsOfWritten('个')?.units).toEqual(['count', 'projects', 'enterprises', 'market_entities', 'cases']);
    expect(unitsOfWritten('GW')).toEqual({ units: ['kW'], exponent: 6 });
    expect(unitsOfWritten('')).toBeNull();
  });
});
