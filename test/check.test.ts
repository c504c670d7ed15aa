/**
 * /check against a table of claims written for it, in Simplified, Traditional and English: true,
 * rounded, one digit wrong, a magnitude word wrong, the wrong area, the wrong year, and measures
 * the dataset does not have, each with the verdict and the record it must come to.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/config.ts';
import { toReadingForm } from '../src/domain/chinese.ts';
import { MATCHES } from '../src/routes/check/schema.ts';
import { getJson, useApp } from './helper.ts';

// The file asks more than a client's allowance a minute (RATE_LIMIT_MAX); test/safety.test.ts tests the limits.
const app = useApp({ rateLimitMax: 0 });

type Kind =
  | 'true'
  | 'rounded'
  | 'digit'
  | 'magnitude'
  | 'area'
  | 'year'
  | 'measure'
  | 'qualifier'
  | 'bound'
  | 'range'
  | 'currency'
  | 'part'
  | 'worded'
  | 'change'
  | 'negation'
  | 'plan'
  | 'open';
type Row = [kind: Kind, script: 'Hans' | 'Hant' | 'en', claim: string, verdict: string, record: string | null];

// biome-ignore format: a table, one claim a line
const CLAIMS: Row[] = [
  ['true', 'Hans', '武威市2023年招商引资到位资金429.49亿元', 'supported', '000-i031'],
  ['true', 'Hant', '2023年武威市接待遊客1962.3萬人次', 'supported', '000-i035'],
  ['true', 'en', 'Gansu cut taxes and fees by 18.52 billion yuan', 'supported', '001-i051'],
  ['true', 'Hant', '張掖市招商局簽約金額234.48億元', 'supported', '002-i011'],
  ['true', 'en', 'Zhangye allocated 504 million yuan of rural revitalization subsidy funds', 'supported', '002-i014'],
  ['true', 'Hans', '酒泉市2021年一季度招商引资到位资金增长68.1%', 'supported', '004-i001'],
  ['true', 'en', 'In Q1 2021 Jiuquan investment funds in place grew 68.1 percent', 'supported', '004-i001'],
  // A quarter written without its year is of the year named before it.
  ['true', 'Hans', '进入2021年,酒泉市把招商引资作为推动发展的关键一招,一季度引进到位资金增长68.1%', 'supported', '004-i001'],
  ['true', 'en', 'In 2021, in the first quarter, Jiuquan investment funds in place grew 68.1 percent', 'supported', '004-i001'],
  ['true', 'Hans', '甘肃开展两轮集中督查', 'supported', '001-i003'],
  ['true', 'Hans', '山丹县给予骏马奖奖励千万元', 'supported', '002-i040'],
  ['true', 'en', 'Linze County: the Trina PV module project has a capacity of 2 GW', 'supported', '002-i032'],
  // Megawatts and gigawatts as Chinese writes them: 300兆瓦 is 30万千瓦 (it was read as 300千瓦, a magnitude wrong).
  ['true', 'Hans', '甘州区中能建光伏并网发电项目装机规模300兆瓦', 'supported', '002-i020'],
  // A wider place right after a county begins a name (江苏天合, a Jiangsu company), not the claim's area.
  ['true', 'Hans', '临泽县江苏天合光伏组件生产项目产能2GW', 'supported', '002-i032'],
  ['digit', 'Hans', '临泽县江苏天合光伏组件生产项目产能3GW', 'contradicted', '002-i032'],
  // Two places of the county level written together stay places (Ganzhou and Linze), the figure the nearer's.
  ['true', 'Hans', '甘州区临泽县重点项目总投资230.6亿元', 'supported', '002-i028'],
  ['digit', 'Hans', '甘州区中能建光伏并网发电项目装机规模200兆瓦', 'contradicted', '002-i020'],
  ['true', 'Hant', '臨澤縣板橋北灘風電場裝機0.1吉瓦', 'supported', '002-i031'],
  ['true', 'Hans', '2023年武威省外到位资金增速高于全省目标24.75个百分点', 'supported', '000-i034'],
  ['true', 'Hant', '甘肅省政務服務事項全程網辦率達99.84%', 'supported', '001-i052'],
  ['true', 'en', "Wuwei's private economy accounts for 62.2% of GDP", 'supported', '000-i025'],
  ['true', 'Hant', '臨澤縣重點項目總投資230.6億元', 'supported', '002-i028'],
  ['true', 'Hant', '肅南縣儲備招商引資項目總投資967.53億元', 'supported', '002-i051'],
  ['true', 'en', 'Lingtai County had 21 villages with drinking-water difficulties', 'supported', '001-i044'],
  ['true', 'en', 'Gansu trained 314,000 township cadres and village committee members', 'supported', '001-i017'],
  ['true', 'Hans', '天祝县用5天解决不动产登记问题', 'supported', '000-i039'],
  ['true', 'en', "Wuwei's tourism income rose 115.96% in 2023", 'supported', '000-i038'],
  ['true', 'en', 'Tianzhu County took 5 days to resolve the property registration problem', 'supported', '000-i039'],
  ['true', 'en', 'Lingtai resolved the water problems of 3,565 households', 'supported', '001-i047'],
  ['true', 'en', 'Gansu trained 30,800 people in 270 special training classes', 'supported', '001-i014'],
  // Each of these rests on one rule a slip could break (a magnitude, a unit's scale, a hedge, a date that is no figure).
  ['true', 'Hans', '武威市2023年招商引资到位资金4.2949百亿元', 'supported', '000-i031'],
  ['true', 'en', '2,000 megawatts capacity of the Trina PV module project in Linze County', 'supported', '002-i032'],
  ['true', 'en', 'The Trina PV module project in Linze County has a capacity of 2000 megawatts', 'supported', '002-i032'],
  ['true', 'Hans', '临泽县易事特新型储能装备制造项目2000MWh', 'supported', '002-i033'],
  // 31 is the day's, no figure: the claim is dated, and 004-i012 is not (the article dates no licence), as a year's claim is not found.
  ['year', 'en', 'On March 31, Jiuquan processed a business licence in 30 minutes', 'not_found', null],
  ['rounded', 'Hans', '肃南县抽水蓄能示范基地规模900多万千瓦', 'rounded', '002-i056'],
  ['bound', 'Hans', '武威市2023年招商引资到位资金不足430亿元', 'supported', '000-i031'],
  ['bound', 'Hans', '甘肃开展2轮以上集中督查', 'supported', '001-i003'],
  // At most exactly the recorded number is true of it.
  ['bound', 'Hans', '武威市2023年接待游客不超过1962.3万人次', 'supported', '000-i035'],
  ['bound', 'en', 'Wuwei received at most 19.623 million tourist visits in 2023', 'supported', '000-i035'],
  // 全年 is the whole year: a first quarter's figure does not answer it.
  ['year', 'Hans', '酒泉市全年引进到位资金增长68.1%', 'not_found', null],
  // Part of a year with no year is answered only by a record of that part: a whole year's, or another part's, is none.
  ['year', 'Hans', '武威市上半年接待游客1962.3万人次', 'not_found', null],
  ['year', 'Hans', '武威市1至10月招商引资到位资金429.49亿元', 'not_found', null],
  ['year', 'Hans', '武威市10月份接待游客1962.3万人次', 'not_found', null],
  ['year', 'Hans', '酒泉市前三季度规上工业增加值增长34.2%', 'not_found', null],
  ['year', 'en', 'In Q3, Wuwei received 19.623 million tourist visits', 'not_found', null],
  ['year', 'en', 'Wuwei received 19.623 million tourist visits in the first half of the year', 'not_found', null],
  ['true', 'Hans', '酒泉市一季度规上工业增加值增长34.2%', 'supported', '004-i003'],
  // Digits grouped by thin spaces, as SI and journals write them.
  ['true', 'en', 'Wuwei received 19\u2009623\u2009000 tourist visits in 2023', 'supported', '000-i035'],
  // Projects implemented (实施) are not said to be signed: signing is the stage before.
  ['measure', 'Hans', '甘肃签约省外招商引资项目4452个', 'not_found', null],
  ['measure', 'en', 'Gansu signed 4,452 out-of-province investment projects in 2023', 'not_found', null],
  ['true', 'Hans', '2023年全省实施省外招商引资项目4452个', 'supported', '001-i075'],
  ['true', 'Hans', '甘肃签约实施省外招商引资项目4452个', 'supported', '001-i075'],
  ['measure', 'Hans', '甘肃签署省外招商引资项目4452个', 'not_found', null],
  ['measure', 'Hans', '2021年酒泉市实施的18个省列重大项目均已签约', 'not_found', null],
  ['true', 'en', 'Wuwei added 24,000 market entities', 'supported', '000-i022'],
  // Procedures handled are a count, not cases (problems or complaints handled).
  ['true', 'en', 'Linxia handled 713 procedures on behalf of enterprises', 'supported', '001-i065'],
  ['measure', 'en', 'Linxia handled 713 cases for enterprises', 'not_found', null],
  // One figure for areas summed (共, together) is no area's: not found, the true sum as the false part.
  ['area', 'Hans', '临泽县和山丹县共落实省外到位资金0.35亿元', 'not_found', null],
  ['area', 'Hans', '临泽县和山丹县共落实省外到位资金1.76亿元', 'not_found', null],
  ['area', 'en', 'Linze and Shandan counties together secured 176 million yuan of out-of-province funds', 'not_found', null],
  ['true', 'Hans', '武威和张掖共签约多个项目，武威市2023年到位资金429.49亿元', 'supported', '000-i031'],
  // Not a comma (a frame, then its subject), nor a city and its county (one place), nor the parts after the sum.
  ['true', 'Hans', '相比临泽县，山丹县共落实省外到位资金0.35亿元', 'supported', '002-i044'],
  ['true', 'Hans', '张掖市、山丹县共落实省外到位资金0.35亿元', 'supported', '002-i044'],
  // What 户 counts is said by the noun after it: 16 families are not 16 firms.
  ['measure', 'Hans', '天祝县为16户企业办理了不动产登记', 'not_found', null],
  ['true', 'Hans', '天祝县为16户群众办理了不动产登记', 'supported', '000-i040'],
  ['true', 'Hans', '武威市新增2.4万户经营主体', 'supported', '000-i022'],
  // A share of 100% is all of it, no number rounded to the nearest percent.
  ['digit', 'Hans', '武威市政务服务事项网上可办率达到99.84%', 'contradicted', '000-i019'],
  ['true', 'Hans', '武威市政务服务事项网上可办率达到100%', 'supported', '000-i019'],
  // The figures of the respectively-like sentence keep their own measures: 'up 98.28%' after revenue is not the visits'.
  ['true', 'en', 'Wuwei received 19,623,000 tourist visits in 2023 and tourism revenue of 12,310,000,000 yuan, up 115.96%', 'supported', '000-i035'],
  // A rank as mainland copy words it too: 在全省排第一, 全省居首.
  ['true', 'Hans', '武威民营经济增加值占比在全省排第一', 'supported', '000-i026'],
  ['true', 'Hans', '武威民营经济增加值占比全省居首', 'supported', '000-i026'],
  ['digit', 'Hans', '武威民营经济增加值占比在全省排第二', 'contradicted', '000-i026'],
  // …and as the field's highest at a clause's end (全省最高, 居全省之首), which a negation denies.
  ['true', 'Hans', '武威民营经济增加值占比全省最高', 'supported', '000-i026'],
  ['true', 'Hans', '武威市民营经济增加值占生产总值比重居全省之首。', 'supported', '000-i026'],
  ['digit', 'Hans', '武威民营经济增加值占比并非全省最高', 'contradicted', '000-i026'],
  // …not the highest level as a mark (rev33).
  ['true', 'Hans', '武威市打造全省最高水平营商环境，新增经营主体2.4万户', 'supported', '000-i022'],
  // A part the area's records tell apart (新引进, newly introduced) is not the area's whole, which a metric's definition names
  // only to say its parts are scoped: the whole's 429.49亿元 neither supports nor contradicts the new projects' funds.
  ['part', 'Hans', '2023年武威市新引进项目到位资金429.49亿元', 'not_found', null],
  ['part', 'en', 'In 2023 Wuwei secured 27.278 billion yuan of funds in place for newly introduced projects', 'not_found', null],
  ['true', 'Hans', '武威市新引进项目到位资金272.78亿元', 'supported', '003-i014'],
  ['digit', 'Hans', '武威市新引进项目到位资金300亿元', 'contradicted', '003-i014'],
  // …by the part's word: a word of it alone names no part (引进, brought in, 投资项目), nor one the part's record says too (rev34).
  ['true', 'Hans', '2023年武威市引进到位资金429.49亿元', 'supported', '000-i031'],
  ['true', 'en', 'In 2023 Wuwei brought in 42.949 billion yuan of investment funds in place', 'supported', '000-i031'],
  ['true', 'Hans', '武威市新引进投资项目515个', 'supported', '003-i012'],
  ['true', 'Hans', '民乐县签约招商引资项目8项', 'supported', '002-i046'],
  // A citation after the claim is neither a figure nor a measure's words.
  ['true', 'en', 'Wuwei secured funds in place of 42.949 billion yuan in 2023 (Jin et al., 2024).', 'supported', '000-i031'],
  ['true', 'Hans', '武威市2023年招商引资到位资金429.49亿元（见表1）', 'supported', '000-i031'],
  ['true', 'Hans', '武威市2023年招商引资到位资金429.49亿元（金奉乾，2024）', 'supported', '000-i031'],
  ['true', 'Hans', '武威市2023年招商引资到位资金429.49亿元（武威市，2023）', 'supported', '000-i031'],
  ['true', 'Hans', '酒泉市1-3月规上工业增加值增长34.2%', 'supported', '004-i003'],
  // The figure's own clause says its year first; else the nearest clause before it that says one.
  ['true', 'Hans', '武威市一季度获全省经济增长贡献奖，全年接待游客1962.3万人次', 'supported', '000-i035'],
  ['true', 'Hans', '武威市一季度获贡献奖，全年实施招商引资项目629个，到位资金429.49亿元', 'supported', '000-i030'],
  ['year', 'Hans', '武威市今年上半年接待游客1962.3万人次', 'not_found', null],
  ['year', 'Hans', '武威市去年上半年接待游客1962.3万人次', 'not_found', null],
  ['true', 'en', 'Jiuquan issued the business licence within 1h: in 30 minutes', 'supported', '004-i012'],
  ['true', 'en', 'In the first quarter, industrial value added above designated size in Jiuquan grew 34.2%', 'supported', '004-i003'],
  // 回落 is a fall, and the record a rise.
  ['change', 'Hans', '武威市民间投资同比回落12.3%', 'contradicted', '000-i024'],
  ['year', 'Hans', '2023年2-4月甘肃省尚未落实到位的三抓三促重点推动事项有87个', 'not_found', null],
  ['year', 'en', 'In 2022 its investment-promotion projects implemented in Wuwei numbered 629', 'not_found', null],
  ['rounded', 'Hans', '武威市2023年招商引资到位资金约429亿元', 'rounded', '000-i031'],
  ['rounded', 'en', "Wuwei's investment funds in place reached 42.9 billion yuan in 2023", 'rounded', '000-i031'],
  ['rounded', 'en', 'Wuwei received 19.6 million tourist visits in 2023', 'rounded', '000-i035'],
  ['rounded', 'Hant', '甘肅省新增減稅降費及退稅緩費約185億元', 'rounded', '001-i051'],
  ['rounded', 'en', 'Gansu issued about 69.8 billion yuan of loans to private firms through bank-tax interaction', 'rounded', '001-i050'],
  ['rounded', 'Hans', '2023年甘肃省外到位资金近6000亿元', 'rounded', '001-i076'],
  ['rounded', 'en', 'Gansu signed 1.01771 trillion yuan of out-of-province investment in 2023', 'rounded', '001-i078'],
  ['rounded', 'Hant', '2023年武威市清欠賬款1.08億元', 'rounded', '000-i046'],
  ['digit', 'Hans', '武威市2023年招商引资到位资金428.49亿元', 'contradicted', '000-i031'],
  ['digit', 'en', 'Wuwei received 19.7 million tourist visits in 2023', 'contradicted', '000-i035'],
  ['digit', 'Hant', '張掖市招商局簽約金額243.48億元', 'contradicted', '002-i011'],
  ['digit', 'en', 'Jiuquan processes a business licence in 40 minutes', 'contradicted', '004-i012'],
  ['digit', 'Hans', '2023年武威市旅游综合收入增长115.97%', 'contradicted', '000-i038'],
  ['digit', 'en', "Wuwei's tourism income rose 105.96% in 2023", 'contradicted', '000-i038'],
  ['digit', 'Hant', '2023年武威市社會監督意見辦結率98.3%', 'contradicted', '000-i045'],
  ['magnitude', 'Hans', '武威市2023年招商引资到位资金429.49万元', 'contradicted', '000-i031'],
  ['magnitude', 'Hant', '2023年武威市接待遊客1962.3億人次', 'contradicted', '000-i035'],
  ['magnitude', 'en', 'Gansu cut taxes and fees by 185.2 million yuan', 'contradicted', '001-i051'],
  ['magnitude', 'Hans', '张掖市储备春耕农资46.5亿吨', 'contradicted', '002-i013'],
  ['area', 'Hans', '张掖市2023年招商引资到位资金429.49亿元', 'not_found', null],
  ['area', 'en', 'In 2023 Zhangye received 19.6 million tourist visits', 'not_found', null],
  ['area', 'Hant', '酒泉市招商局簽約金額234.48億元', 'not_found', null],
  ['area', 'en', "Jiayuguan's full online rate of government services is 99.84%", 'not_found', null],
  ['year', 'Hans', '武威市2022年招商引资到位资金429.49亿元', 'not_found', null],
  ['year', 'Hant', '2024年張掖市一季度對92個市直部門進行考評', 'not_found', null],
  ['year', 'en', 'In 2022 Jiuquan investment funds in place grew 68.1 percent', 'not_found', null],
  // Part of a year as wire copy and Hong Kong write it is not the year: a full year's record answers none of them.
  ['year', 'en', 'Wuwei received 19.623 million tourist visits in H1 2023', 'not_found', null],
  ['year', 'en', 'Wuwei received 19.623 million tourist visits in 2023 H1', 'not_found', null],
  ['year', 'en', 'Wuwei received 19.623 million tourist visits in Jan-Oct 2023', 'not_found', null],
  ['year', 'en', 'In Jun 2023 Wuwei received 19.623 million tourist visits', 'not_found', null],
  ['true', 'en', 'Jiuquan started or resumed 360 projects on 16 Mar 2021', 'supported', '004-i004'],
  ['year', 'en', 'Wuwei received 19.623 million tourist visits in the first ten months of 2023', 'not_found', null],
  ['year', 'en', 'Wuwei received 19.623 million tourist visits in the first three quarters of 2023', 'not_found', null],
  ['year', 'Hant', '武威市2023年首半年接待遊客1962.3萬人次', 'not_found', null],
  ['year', 'Hant', '武威市2023年首10個月接待遊客1962.3萬人次', 'not_found', null],
  ['true', 'en', "Jiuquan's industrial value added above designated size grew 34.2% in Jan-Mar 2021", 'supported', '004-i003'],
  ['true', 'en', "Jiuquan's industrial value added above designated size grew 34.2% in 1Q 2021", 'supported', '004-i003'],
  ['true', 'en', "As of end-December 2023, Gansu's province-listed major projects had completed investment of 269 billion yuan", 'supported', '001-i080'],
  ['measure', 'Hans', '武威市2023年地区生产总值增长6.5%', 'not_found', null],
  ['measure', 'en', "Wuwei's GDP grew 6.5% in 2023", 'not_found', null],
  ['measure', 'Hant', '甘肅省2023年財政收入1000億元', 'not_found', null],
  ['measure', 'en', 'Zhangye had 1.2 million residents', 'not_found', null],
  // Zhangye does hold a 120万吨 figure (a coking plant's capacity): a grain harvest is still not found.
  ['measure', 'Hans', '张掖市粮食产量120万吨', 'not_found', null],
  // An income's growth, but not the tourism revenue's (旅游综合收入增长): no record of Wuwei says 财政, 居民 or 农民.
  ['measure', 'Hans', '武威市2023年财政收入增长6%', 'not_found', null],
  ['measure', 'Hant', '武威市居民收入增長7%', 'not_found', null],
  ['measure', 'Hans', '武威市农民收入增长8%', 'not_found', null],
  // The record's whole measure with words of the claim's own added (完成, 人数, 大幅, 各类) is still that measure.
  ['worded', 'Hans', '武威市2023年招商引资到位资金完成500亿元', 'contradicted', '000-i031'],
  ['worded', 'Hans', '武威市2023年接待游客人数2500万人次', 'contradicted', '000-i035'],
  ['worded', 'Hans', '武威市2023年旅游综合收入同比大幅增长100%', 'contradicted', '000-i038'],
  ['worded', 'Hans', '武威市2023年实施各类招商引资项目700个', 'contradicted', '000-i030'],
  ['worded', 'Hant', '張掖市招商局簽約金額共完成300億元', 'contradicted', '002-i011'],
  ['qualifier', 'Hans', '武威各级党组织开展理论学习中心组学习正好5000场次', 'contradicted', '000-i004'],
  ['qualifier', 'en', 'Party organizations in Wuwei held exactly 5000 theory study central group sessions', 'contradicted', '000-i004'],
  // A bound holds or not: no rounding makes 1962.3万 more than 20 million.
  ['bound', 'en', 'Wuwei received more than 20 million tourist visits in 2023', 'contradicted', '000-i035'],
  ['bound', 'en', 'Wuwei received over 19.5 million tourist visits in 2023', 'supported', '000-i035'],
  ['bound', 'Hans', '武威市2023年接待游客超过2000万人次', 'contradicted', '000-i035'],
  ['bound', 'Hant', '武威市2023年接待遊客不少於1900萬人次', 'supported', '000-i035'],
  // All of the dataset's money is yuan.
  ['currency', 'Hans', '武威市2023年招商引资到位资金429.49亿美元', 'not_found', null],
  // U.S. dollars, as news wires write them, are dollars too (and the dots end no sentence).
  ['currency', 'en', 'Gansu cleared 804.4 million U.S. dollars in arrears owed to enterprises and residents', 'not_found', null],
  // …but U.S. may end a sentence, whose year is then not the next one's.
  ['true', 'en', 'In 2019 a delegation went to the U.S. Wuwei received 19.623 million tourist visits.', 'supported', '000-i035'],
  // 来甘 (came to Gansu), as news writes it, names the province.
  ['area', 'Hans', '港澳政协委员和大湾区企业家来甘考察，签约总额243亿元', 'supported', '001-i063'],
  // Where the subject came (来甘) is not its area beside another it names (甘州区).
  ['true', 'Hans', '甘州区来甘考察企业家达成合作意向企业26家', 'supported', '002-i024'],
  // A later stage of projects than a record counts (completed, 竣工, 投产 against started or planned) is another measure.
  ['measure', 'Hans', '凉州区2023年招商引资12个项目集中竣工', 'not_found', null],
  ['measure', 'en', 'Minle County has completed 5 signed projects', 'not_found', null],
  ['measure', 'Hans', '临泽县20项重点项目已建成投产', 'not_found', null],
  ['true', 'Hans', '凉州区2023年招商引资12个项目集中开工', 'supported', '003-i001'],
  // A record of that stage answers it, whatever word the claim says for it (竣工投产 for 建成投产); 建成区 is no stage.
  ['true', 'Hans', '甘州区竣工投产重大工业项目17个', 'supported', '002-i022'],
  // Nor is a count of projects in a library, of the number claimed, of those completed.
  ['measure', 'Hans', '甘州区竣工投产项目77个', 'not_found', null],
  // Completed at the sentence's end is the figure's, not the next one's: there is none.
  ['measure', 'en', "In 2023 Liangzhou District's 12 investment-promotion projects were completed", 'not_found', null],
  ['true', 'Hans', '嘉峪关市建成区内有市级重点项目189个', 'supported', '001-i068'],
  // Completed of an amount is no stage of the projects counted before it.
  ['true', 'en', "Gansu's 287 provincially listed major projects completed 269 billion yuan of investment in 2023", 'supported', '001-i028'],
  // Spoken numerals: a last digit after 百, 千 or 万 is of the place below (一千一百六 1160, 两万四 24000).
  ['true', 'Hans', '甘肃全省组织开展交流研讨一千一百六场次', 'supported', '001-i020'],
  ['true', 'Hans', '武威新增经营主体两万四户', 'supported', '000-i022'],
  ['currency', 'en', "Wuwei's investment funds in place were 42.949 billion dollars in 2023", 'not_found', null],
  ['currency', 'en', "Wuwei's investment funds in place were US$42.949 billion in 2023", 'not_found', null],
  // As Hong Kong and Taiwan write money: 新臺幣 and 美金 are no yuan, before the number or after; 人民幣 is.
  ['currency', 'Hant', '武威市2023年旅遊綜合收入123.1億新臺幣', 'not_found', null],
  ['currency', 'Hant', '新臺幣123.1億元是武威市2023年旅遊綜合收入', 'not_found', null],
  // Currencies as Taiwan, Hong Kong and wire copy name them, and an ISO code before the number; RMB or CNY there is yuan.
  ['currency', 'Hant', '張掖市招商局簽約金額234.48億澳幣', 'not_found', null],
  ['currency', 'Hant', '張掖市招商局簽約金額日幣234.48億元', 'not_found', null],
  ['currency', 'en', "Zhangye's investment promotion bureau signed deals worth 23.448 billion NT dollars", 'not_found', null],
  ['currency', 'en', "Zhangye's investment promotion bureau signed deals worth USD 23.448 billion", 'not_found', null],
  ['currency', 'en', "Zhangye's investment promotion bureau signed deals worth 23.448 billion SGD", 'not_found', null],
  ['currency', 'en', "Zhangye's investment promotion bureau signed deals worth 23.448 billion won", 'not_found', null],
  ['currency', 'en', 'Zhangye signed 23,448,000,000 won of investment', 'not_found', null],
  ['currency', 'en', "Zhangye's investment promotion bureau signed deals worth MOP 23.448 billion", 'not_found', null],
  ['true', 'en', "Wuwei's signed amount for newly introduced out-of-province projects rose to RMB48.679bn in 2023", 'supported', '003-i006'],
  ['true', 'en', "Wuwei's signed amount for newly introduced out-of-province projects was CNY 48.679 billion in 2023", 'supported', '003-i006'],
  // A space between a year and 年, as Taiwan and Hong Kong set digits beside Han: still the year, not a figure of years.
  ['true', 'Hant', '武威市 2023 年招商引資到位資金 429.49 億元', 'supported', '000-i031'],
  ['year', 'Hant', '武威市 2022 年招商引資到位資金 429.49 億元', 'not_found', null],
  ['currency', 'Hans', '武威市2023年旅游综合收入123.1亿美金', 'not_found', null],
  ['true', 'Hant', '張掖市招商局簽約金額234.48億人民幣', 'supported', '002-i011'],
  ['digit', 'Hant', '張掖市招商局簽約金額300億人民幣', 'contradicted', '002-i011'],
  // An amount in two parts, 廿 for twenty, 較前一年 for the year before, characters beyond the BMP before it all.
  ['true', 'Hant', '臨澤縣落實省外到位資金1億4,100萬元', 'supported', '002-i036'],
  ['true', 'Hant', '武威市2023年接待遊客1962萬3千人次', 'supported', '000-i035'],
  ['true', 'Hant', '山丹縣頒發廿八個「駿馬獎」', 'supported', '002-i039'],
  ['true', 'Hant', '武威市2023年招商引資到位資金較前一年成長50.38%', 'supported', '000-i032'],
  ['true', 'Hant', '𡃁𡃁武威市2023年接待遊客1962.3萬人次', 'supported', '000-i035'],
  // Mainland words written in Traditional keep their reading, though Taiwan's computing words spell them (互動 is not 交互).
  ['true', 'Hant', '甘肅銀稅互動貸款698.36億元', 'supported', '001-i050'],
  ['true', 'Hant', '武威市鏈長執行部門6個', 'supported', '003-i003'],
  // A part's figure (out-of-province funds) said of the whole is checked against the whole.
  ['part', 'en', "Wuwei's funds in place grew 46.75% in 2023", 'contradicted', '000-i032'],
  ['part', 'Hans', '武威市2023年省外到位资金增长46.75%', 'supported', '000-i033'],
  ['part', 'en', "Wuwei's funds in place grew only 46.75% in 2023", 'contradicted', '000-i032'],
  ['part', 'en', 'Investment-attraction projects planned and placed in reserve, Sunan County: 27', 'supported', '002-i050'],
  ['part', 'Hans', '酒泉市2021年一季度到位资金增长68.1%', 'supported', '004-i001'],
  // 余 and 多 are no bounds (10余万 is not 1962.3万); a bound on a fall is a fall; a bound within a recorded bound holds.
  ['bound', 'Hans', '武威市2023年接待游客10余万人次', 'contradicted', '000-i035'],
  ['bound', 'Hans', '武威市2023年招商引资到位资金1亿多元', 'contradicted', '000-i031'],
  ['bound', 'Hans', '武威市2023年招商引资到位资金下降超过5%', 'contradicted', '000-i032'],
  // A growth claimed as a fall is the growth's record, contradicted; a fall by an amount is no level.
  ['digit', 'Hans', '武威市2023年到位资金下降50.38%', 'contradicted', '000-i032'],
  ['digit', 'Hans', '武威市2023年到位资金下降了50.38%', 'contradicted', '000-i032'],
  ['measure', 'Hans', '武威市2023年到位资金减少429.49亿元', 'not_found', null],
  // 在 and 项 begin words of a measure (在库, 项目): not trimmed as filler from a run's start.
  ['true', 'Hans', '甘州区在库的77个项目', 'supported', '002-i018'],
  // An amount after a word of rise or fall is a change, compared only with a change's record: never the level's.
  ['measure', 'Hans', '武威市2023年招商引资到位资金减少429.49亿元', 'not_found', null],
  ['measure', 'Hans', '武威市2023年招商引资到位资金增加429.49亿元', 'not_found', null],
  ['measure', 'en', "Wuwei's 2023 funds in place fell by 42.949 billion yuan", 'not_found', null],
  ['true', 'Hans', '武威市2023年谋划招商引资重点项目总投资较2022年增加520亿元', 'supported', '003-i010'],
  ['true', 'en', "In 2023 the total investment of Wuwei's planned key investment projects rose by 52 billion yuan over 2022", 'supported', '003-i010'],
  ['true', 'Hans', '武威市2023年谋划招商引资重点项目总投资增加到1618亿元', 'supported', '003-i009'],
  // A change keeps its direction: a fall by the amount a record gives as a rise is contradicted.
  ['change', 'Hans', '武威市2023年谋划招商引资重点项目总投资较2022年减少520亿元', 'contradicted', '003-i010'],
  ['change', 'en', "In 2023 the total investment of Wuwei's planned key investment projects fell by 52 billion yuan from 2022", 'contradicted', '003-i010'],
  // Up, down, climbed and 比上年多 make a change too; "set up" does not.
  ['change', 'en', "Wuwei's investment funds in place were up 5 billion yuan in 2023", 'not_found', null],
  ['change', 'en', "Wuwei's investment funds in place climbed 5 billion yuan in 2023", 'not_found', null],
  ['change', 'Hans', '武威市2023年招商引资到位资金比上年多50亿元', 'not_found', null],
  // A rise by an amount is what a record of additions in the period counts (新增经营主体, 新入库项目); a fall is not.
  ['change', 'Hans', '武威市经营主体增加2.4万户', 'supported', '000-i022'],
  ['change', 'Hans', '甘州区入库项目增加28个', 'supported', '002-i019'],
  ['change', 'Hans', '武威市经营主体减少2.4万户', 'not_found', null],
  ['change', 'Hans', '武威市2023年新引进省外项目增加364个', 'supported', '003-i005'],
  ['change', 'en', "In 2023 the total investment of Wuwei's planned key investment projects was reduced by 52 billion yuan", 'contradicted', '003-i010'],
  ['change', 'Hans', '武威市2023年谋划招商引资重点项目总投资较2022年多520亿元', 'supported', '003-i010'],
  // A rate of change is compared with a change's record, never a level: a start rate or a share did not grow or fall by itself.
  ['change', 'Hans', '武威市新引进项目开工率下降99.03%', 'not_found', null],
  ['change', 'Hans', '武威市新引进项目开工率增长99.03%', 'not_found', null],
  ['change', 'Hans', '武威市民营经济增加值占生产总值比重下降62.2%', 'not_found', null],
  // A word before the record's measure that it does not say narrows it: inbound tourists are not all tourists.
  ['measure', 'Hans', '武威市2023年接待入境游客增长90%', 'not_found', null],
  ['measure', 'Hans', '武威市2023年乡村旅游综合收入增长100%', 'not_found', null],
  ['bound', 'Hans', '武威市各级党组织理论学习中心组学习超过4000场次', 'supported', '000-i004'],
  ['rounded', 'en', 'Wuwei cleared arrears of 1.08 亿元 in 2023', 'rounded', '000-i046'],
  // 多 and 余 say the number and some, short of one more of its last digit: 1900多万 is 1900万 to under 2000万.
  ['range', 'Hans', '武威市2023年接待游客1900多万人次', 'supported', '000-i035'],
  ['range', 'Hans', '武威市2023年接待游客1800多万人次', 'contradicted', '000-i035'],
  ['range', 'Hans', '武威市2023年接待游客一千九百多万人次', 'supported', '000-i035'],
  // 多 after a share is a range too (六成多 is 60–70%, 60%多 60–70%, 七成多 70–80%).
  ['range', 'Hans', '武威民营经济增加值占生产总值比重六成多', 'supported', '000-i025'],
  ['range', 'Hans', '武威民营经济增加值占生产总值比重60%多', 'supported', '000-i025'],
  ['range', 'Hans', '武威民营经济增加值占生产总值比重七成多', 'contradicted', '000-i025'],
  ['range', 'Hant', '張掖市儲備春耕農資40多萬噸', 'supported', '002-i013'],
  // A recorded 80多万 is no 100多万, however coarse the claim.
  ['range', 'Hans', '武威市各级各方面宣讲受众100多万人次', 'contradicted', '000-i015'],
  // A record of more than a number (4000多万, 5000余, 80多万) does not have the number: claimed without its hedge, it is rounded.
  ['range', 'Hans', '兰州市安宁区欠付八冶集团工程款4000万元', 'rounded', '001-i032'],
  ['range', 'Hans', '武威市各级党组织组织理论学习中心组5000场次', 'rounded', '000-i004'],
  ['range', 'Hans', '武威市宣讲受众80万人次', 'rounded', '000-i015'],
  ['range', 'Hans', '兰州市安宁区欠付八冶集团工程款4000多万元', 'supported', '001-i032'],
  ['bound', 'Hans', '武威市2023年接待游客突破1900万人次', 'supported', '000-i035'],
  ['bound', 'en', "Wuwei's tourist visits exceeded 19 million in 2023", 'supported', '000-i035'],
  ['bound', 'en', "Wuwei's tourist visits topped 20 million in 2023", 'contradicted', '000-i035'],
  // A count whose noun stands a word after it; measures listed before 分别 or respectively; a window that cut "tourism" to "rism".
  ['true', 'en', 'Wuwei implemented 629 investment projects in 2023 with funds in place of 42.949 billion yuan', 'supported', '000-i030'],
  ['true', 'Hans', '武威市2023年接待游客和旅游综合收入分别增长98.28%和115.96%', 'supported', '000-i037'],
  ['true', 'en', "Wuwei's tourist visits and tourism revenue grew 98.28% and 115.96% respectively in 2023", 'supported', '000-i037'],
  ['true', 'en', 'In 2023 Wuwei received 19.623 million tourist visits and 12.31 billion yuan of tourism revenue, up 98.28% and 115.96% respectively', 'supported', '000-i035'],
  ['true', 'en', "Wuwei's tourism revenue reached 12.31 billion yuan in 2023, up 115.96%", 'supported', '000-i036'],
  // 廣東 begins a company's name (廣東基石等企業), not the area of the figures.
  ['true', 'Hant', '甘州區與廣東基石等企業簽訂戰略合作協議13項、總投資86億元', 'supported', '002-i025'],
  // Places the subject went to, addressed, dealt with or set up in are not its area; a development zone's short name is its.
  ['true', 'Hant', '臨澤縣組建招商小分隊赴江蘇、廣東等地開展招商,簽約江蘇天合2GW光伏組件生產', 'supported', '002-i032'],
  ['true', 'Hans', '高台县在上海市长宁区设置招商驿站，谋划储备产业项目43项', 'supported', '002-i037'],
  ['true', 'Hans', '民乐县主要领导赴兰州、上海、江苏等地对接洽谈，签约项目8项', 'supported', '002-i046'],
  ['true', 'Hans', '3月24日，酒泉经开区10个项目集中开工', 'supported', '004-i008'],
  ['true', 'en', 'Jiuquan ETDZ started 10 projects together', 'supported', '004-i008'],
  // A year compared with is not the claim's; the end of December is the year; a date, a year and a quoted name are no figures.
  ['true', 'Hans', '武威市谋划招商引资重点项目总投资1618亿元，较2022年增加520亿元', 'supported', '003-i009'],
  ['true', 'Hans', '截至2023年12月底，甘肃省列重大项目完成投资2690亿元', 'supported', '001-i080'],
  ['true', 'en', 'Jiuquan started 360 projects on March 16', 'supported', '004-i004'],
  ['true', 'Hans', '武威市2023到位资金429.49亿元', 'supported', '000-i031'],
  // After a possessive or a determiner, a year before a noun is its year, as 2023到位资金's is; a counted noun's number stays a figure.
  ['true', 'en', "Wuwei's 2023 funds in place were 42.949 billion yuan", 'supported', '000-i031'],
  ['true', 'en', 'The 2023 funds in place in Wuwei were 42.949 billion yuan', 'supported', '000-i031'],
  // A record whose label has words of its own the claim does not say is not the one it speaks of, whatever
  // its number: new projects are not those of them started, a total investment not its increase over 2022.
  ['true', 'en', 'Wuwei introduced 515 new investment projects', 'supported', '003-i012'],
  ['digit', 'en', 'Wuwei introduced 510 new investment projects', 'contradicted', '003-i012'],
  ['digit', 'Hans', '武威市新引进项目510个', 'contradicted', '003-i012'],
  ['digit', 'en', "Wuwei's planned key projects had a total investment of 52 billion yuan in 2023", 'contradicted', '003-i009'],
  // Only a measure's words count so: not a label's notes (under key supervision), nor its wording.
  ['true', 'en', 'Gansu had 287 provincially listed major projects in 2023', 'supported', '001-i028'],
  ['true', 'en', "Sunan County's reserve investment projects total 96.753 billion yuan", 'supported', '002-i051'],
  // A number written with no unit is no share (510 projects, not the 99.03% start rate); a share is written as one.
  ['true', 'en', "510 of Wuwei's newly introduced projects have started construction", 'supported', '003-i013'],
  ['true', 'en', 'The Wuwei Municipal Party Committee theory study central group held 8 thematic seminars', 'supported', '000-i003'],
  ['true', 'Hans', '武威市2023年接待游客人次和旅游综合收入增长98.28%', 'supported', '000-i037'],
  // A record some of whose own words the claim says is not set aside for the one it leaves unsaid (58 projects in reserve).
  ['true', 'en', "Sunan County's 58 reserve projects have a total investment of 2.87 billion yuan", 'supported', '002-i052'],
  // A number with no unit is compared with a share only where the words say one (开工率510: the start rate, not the 510 started).
  ['digit', 'Hans', '武威市新引进项目开工率510', 'contradicted', '003-i015'],
  ['true', 'Hans', '武威市新引进项目开工率99.03', 'supported', '003-i015'],
  ['true', 'en', "Wuwei's new market entities rose 25 pct", 'supported', '000-i023'],
  // Own words left unsaid set a record back only where the claim says no word none of them has (began for started, inked for signed).
  ['true', 'en', 'Linze County: 20 key projects began construction', 'supported', '002-i030'],
  ['digit', 'en', 'Linze County: 115 key projects began construction', 'contradicted', '002-i030'],
  ['digit', 'en', 'Linze County inked 115 key industrial projects', 'contradicted', '002-i034'],
  ['true', 'en', 'Zhangye: the province passed on 10 public-supervision issues', 'supported', '002-i066'],
  ['true', 'Hans', '武威市新引进项目已破土510个', 'supported', '003-i013'],
  // The first plural noun counts, and a unit's word after an adjective is that unit.
  ['true', 'en', 'Wuwei: 121 high-frequency items concerning enterprises and the public can be handled by self-service', 'supported', '000-i020'],
  ['true', 'en', 'Zhangye stockpiled 465,000 metric tons of farm inputs', 'supported', '002-i013'],
  // The campaign's English name and its method's hold no figure, quoted or not.
  ['true', 'en', "Gansu's Three Grasps, Three Promotes inspectors oversaw the rectification of 475 problems", 'supported', '001-i004'],
  ['true', 'en', "Zhangye's campaign office used the four nos, two directs method to inspect 35 units", 'supported', '002-i058'],
  // A hotline is a telephone line.
  ['true', 'en', 'Gansu has set up 106 supervision hotlines for the public', 'supported', '001-i008'],
  ['digit', 'en', 'Gansu has set up 160 supervision hotlines for the public', 'contradicted', '001-i008'],
  // Top as a verb names no list.
  ['rounded', 'en', "Wuwei's Party organizations held sessions that top 5000", 'rounded', '000-i004'],
  // "The province" after a preposition refers to it (the most in the province, from out of the province): no area.
  ['true', 'en', 'Wuwei worked hard in 2023. It resolved 383 livelihood problems, the most in the province.', 'supported', '000-i047'],
  // A share's word beside a number without % lets the share be compared (同比增长41.78); the province's target is no area's.
  ['true', 'Hans', '2023年全省省外招商引资到位资金同比增长41.78', 'supported', '001-i077'],
  ['true', 'Hant', '武威市民營經濟增加值佔生產總值比重62.2', 'supported', '000-i025'],
  ['true', 'en', 'Wuwei new market entities grew 25 pct', 'supported', '000-i023'],
  ['rounded', 'en', "Wuwei's out-of-province funds growth beat the provincial target by 25 points in 2023", 'rounded', '000-i034'],
  ['true', 'en', "In 2023 Wuwei implemented 629 investment projects. Meeting the province's target, out-of-province funds in place grew 46.75%.", 'supported', '000-i030'],
  // A change said in filler words (up … from 2022) lets the change record stand; projects brought in were introduced.
  ['true', 'en', "In 2023 the total investment of Wuwei's planned key projects was up 52 billion yuan from 2022", 'supported', '003-i010'],
  ['digit', 'en', 'Wuwei brought in 510 new projects', 'contradicted', '003-i012'],
  ['true', 'en', 'Anning District Sanitation Bureau paid Baye Group 42.2077 million yuan', 'supported', '001-i033'],
  ['true', 'en', 'Wuwei pressed ahead in 2023. Funds in place from outside the province grew 46.75%.', 'supported', '000-i033'],
  ['true', 'en', "Wuwei worked hard in 2023. Under the province's campaign it helped clear 107.8209 million yuan of arrears.", 'supported', '000-i046'],
  // The province a rank or a comparison names is what the area is measured against, not the figure's area.
  ['true', 'Hans', '武威市落实若干措施；民营经济增加值占GDP比重达62.2%，居全省第一', 'supported', '000-i025'],
  ['true', 'en', "Wuwei implemented the measures; the private economy's share of GDP reached 62.2%, ranking first in the province", 'supported', '000-i025'],
  // A decimal before a plural noun measures (24.75 points), where whole digits would count.
  ['true', 'en', "Wuwei's out-of-province funds growth beat the provincial target by 24.75 points in 2023", 'supported', '000-i034'],
  // A journalist's words for a measure: visitors, arrivals, welcomed, broke ground, carried out; numbered says nothing.
  ['rounded', 'en', 'Visitors to Wuwei numbered 19.6 million in 2023', 'rounded', '000-i035'],
  ['rounded', 'en', 'Wuwei welcomed nearly 20 million tourists in 2023', 'rounded', '000-i035'],
  ['digit', 'en', 'Wuwei welcomed 16.92 million tourists in 2023', 'contradicted', '000-i035'],
  ['true', 'en', 'Jiuquan breaks ground on 360 projects', 'supported', '004-i004'],
  ['digit', 'en', 'Wuwei carried out 692 projects in 2023', 'contradicted', '000-i030'],
  ['true', 'en', 'Jiuquan kicked off 360 projects', 'supported', '004-i004'],
  // An abbreviation's full stop ends no sentence: Tianzhu, after Building No. 2, is still the claim's area.
  ['true', 'en', 'Sixteen households in Building No. 2 of Xingsheng Jiayuan in Tianzhu got their property registered', 'supported', '000-i040'],
  // The first quarter in words; not a year.
  ['true', 'en', "Jiuquan's funds in place grew 68.1% in the first three months of 2021", 'supported', '004-i001'],
  ['true', 'en', 'Wuwei brought in some 24 top-500 and industry-leading enterprises', 'supported', '000-i027'],
  // The province in words is Gansu; a place after outside is not the figure's area, and outside is out of the province (省外).
  ['true', 'en', "The province's out-of-province signed amount was 1,017.711 billion yuan in 2023", 'supported', '001-i078'],
  ['true', 'en', "Wuwei's funds in place from outside the province grew 46.75% in 2023", 'supported', '000-i033'],
  ['true', 'en', "Wuwei's funds in place from outside Gansu grew 46.75% in 2023", 'supported', '000-i033'],
  // So are 我省 (our province), as the province's own reporting writes it, and the whole province, as a subject and as a rank's field.
  ['area', 'Hans', '2023年我省省外到位资金5961.27亿元', 'supported', '001-i076'],
  ['area', 'en', 'In 2023 the whole province received 596.127 billion yuan of out-of-province funds in place', 'supported', '001-i076'],
  ['true', 'Hans', '武威市民营经济增加值占生产总值比重居我省首位', 'supported', '000-i026'],
  ['digit', 'Hans', '武威市民营经济增加值占生产总值比重我省第二', 'contradicted', '000-i026'],
  ['true', 'en', 'Wuwei ranked first in our province by share of private-economy value added in GDP', 'supported', '000-i026'],
  ['true', 'en', 'Our province implemented 4,452 out-of-province investment projects in 2023', 'supported', '001-i075'],
  ['digit', 'en', 'Wuwei ranked second in the whole province by share of private-economy value added in GDP', 'contradicted', '000-i026'],
  // A headline quoted in 《》 states its figures; a document's title in 《》 is a name (rev29, cur15).
  ['true', 'Hans', '《2023年全省实施省外招商引资项目4452个》', 'supported', '001-i075'],
  ['true', 'Hans', '人民网报道《甘肃出台促进民营经济发展30项措施》', 'supported', '001-i049'],
  ['true', 'Hans', '甘肃出台《推动“三抓三促”行动走深走实十项措施》，提出30项针对性举措', 'supported', '001-i049'],
  // After a comparison, the province with a figure of its own is that figure's area (rev26, rev28); a margin after it is the first area's.
  ['true', 'Hans', '嘉峪关市重点项目投资完成率146%，高于全省省列重大项目投资完成率107.1%', 'supported', '001-i072'],
  ['true', 'en', "Wuwei's online service rate of 100% was higher than the province's 99.84%", 'supported', '000-i019'],
  ['true', 'Hans', '武威市2023年新引进省外项目签约额486.79亿元，低于全省4452个省外招商引资项目到位资金5961.27亿元', 'supported', '003-i006'],
  ['true', 'en', "Wuwei worked hard in 2023. Under the whole province's campaign it helped clear 107.8209 million yuan of arrears.", 'supported', '000-i046'],
  // Magnitudes abbreviated: bln, and m glued to the digits.
  ['true', 'en', "Wuwei's tourism revenue was 12.31 bln yuan in 2023", 'supported', '000-i036'],
  ['rounded', 'en', 'Wuwei received 19.6m tourist visits in 2023', 'rounded', '000-i035'],
  // After an area's name, as after a possessive (a headline's Wuwei 2023 funds).
  ['true', 'en', 'Wuwei 2023 funds in place were 42.949 billion yuan', 'supported', '000-i031'],
  ['bound', 'en', "Wuwei's 2023 funds in place: more than 40 billion yuan", 'supported', '000-i031'],
  // A count before a plural noun stays a count, and gives no year to the figure after it.
  ['true', 'en', 'Wuwei held 2012 symposiums and its funds in place were 42.949 billion yuan', 'supported', '000-i008'],
  ['true', 'en', 'Wuwei 武威 held 2012 research symposiums and collected 2,590 suggestions', 'supported', '000-i008'],
  ['true', 'Hans', '武威市引进“三个500强”和行业头部企业24家', 'supported', '000-i027'],
  ['true', 'Hans', '武威市2023年旅游综合收入一百二十三点一亿元', 'supported', '000-i036'],
  // A numeral written digit by digit is read whole, as 二〇二三 is; one not read whole (三四: three or four) is no figure.
  ['true', 'Hans', '武威市2023年接待游客一九六二点三万人次', 'supported', '000-i035'],
  // 数 ends a count's name (次数), and the numeral after it is the figure.
  ['true', 'Hans', '武威市委理论学习中心组集体学习次数十七次', 'supported', '000-i001'],
  // Another body of the same words (Municipal, Committee) is not the Party committee's study group: its figure is not
  // compared, in English as in Chinese; nor is a programme's (leading cadres) an area's.
  ['part', 'en', 'The Wuwei Municipal CPPCC Committee held 9 special tutorial lectures', 'not_found', null],
  ['part', 'en', 'Gansu trained 2,000 leading cadres', 'not_found', null],
  // A sentence led by a body's name (led by the Municipal Party Committee's study group) is about the area's organizations it
  // names after: no body's record is taken for theirs, however much of its label the sentence says; nor is a bureau's for a city's.
  ['true', 'en', 'Led by the Municipal Party Committee theory study central group, Party organizations at all levels in Wuwei held more than 5,000 theory study central group sessions', 'supported', '000-i004'],
  ['part', 'en', 'Zhangye targeted 9 key industrial chains', 'not_found', null],
  // Digit by digit, a zero is written, as in 1960万: four significant figures, not 1962.3万 rounded.
  ['digit', 'Hans', '武威市2023年接待游客一九六零万人次', 'contradicted', '000-i035'],
  // A numeral stops before a unit that begins with a numeral's character (the 千 of 千瓦).
  ['true', 'Hans', '肃南县全力打造千万千瓦级抽水蓄能示范基地', 'supported', '002-i056'],
  // A numeral before 获 and an award counts the times won, as the record reads it (两获贡献奖: twice).
  ['true', 'Hans', '嘉峪关市两获贡献奖', 'supported', '001-i073'],
  ['digit', 'Hans', '嘉峪关市三获贡献奖', 'contradicted', '001-i073'],
  // Pasted from 002, with its pinyin glosses: read as without them.
  ['true', 'Hant', '武威市2023年到位資金429.49億元,增長(zhǎng)50.38%', 'supported', '000-i031'],
  ['true', 'Hant', '張掖市儲備農(nóng)資46.5萬噸', 'supported', '002-i013'],
  // Its tone marks may come decomposed (NFD, as a PDF or a Mac copies them): still glosses, so 設(shè)置 is 设置 and 長寧區 is where the station was set up.
  ['true', 'Hant', '高臺縣在上海市長寧區(qū)設(shè)置招商驛站,謀劃儲備產(chǎn)業(yè)項目43項'.normalize('NFD'), 'supported', '002-i037'],
  // In a list of clauses, a figure's own clause says more of its measure than the clause before it.
  ['true', 'Hans', '民乐县初步达成意向项目19项，签约项目8项', 'supported', '002-i045'],
  ['true', 'Hans', '山丹县对接洽谈重点项目22项，签约项目4个', 'supported', '002-i042'],
  // 同时 and 与此同时 are no "with": the place after them is the subject.
  ['true', 'Hans', '张掖市节假日系列文化活动108项。同时甘州区签订战略合作协议13项', 'supported', '002-i017'],
  ['true', 'Hans', '与此同时武威市2023年接待游客1962.3万人次', 'supported', '000-i035'],
  // A rank after 居…第 is a figure; no other ordinal is.
  ['true', 'Hans', '武威市民营经济增加值占生产总值的比重居全省第一位', 'supported', '000-i026'],
  ['digit', 'Hans', '武威市民营经济增加值占比居全省第二', 'contradicted', '000-i026'],
  // A rank right after its field, as headlines write it (全省第一), with no verb of ranking.
  ['true', 'Hans', '武威民营经济增加值占生产总值比重全省第一', 'supported', '000-i026'],
  ['digit', 'Hans', '武威民营经济增加值占生产总值比重全省第二', 'contradicted', '000-i026'],
  // A rank among another field is another measure: the province's first is not the nation's.
  ['measure', 'Hans', '武威市民营经济增加值占生产总值比重居全国第一', 'not_found', null],
  // Money owed, not the payments made beside it in the same case, whose long labels a claim says little of.
  ['bound', 'en', 'Anning district owed more than 40 million yuan in project payments', 'supported', '001-i032'],
  ['true', 'en', 'Anning district still owed 42.16 million yuan in project payments', 'supported', '001-i034'],
  // Paid, of the three the words describe: the payments made (001-i033), whose own words say all the claim does,
  // not what was owed (001-i032) nor still owed (001-i034), whose quote says paid only of the other figure.
  ['rounded', 'en', 'The Anning District Sanitation Bureau had paid Baye Group 42 million yuan for the Qingshigou landfill restoration project', 'rounded', '001-i033'],
  ['digit', 'en', 'The Anning District Sanitation Bureau had paid Baye Group 30 million yuan for the Qingshigou landfill restoration project', 'contradicted', '001-i033'],
  // In Chinese the pairs (划投 of 计划投资) run across words: a total's definition holding one is no better described.
  ['true', 'Hans', '2021年酒泉市集中开复工项目计划投资280亿元', 'supported', '004-i006'],
  // Two projects of Ganzhou of 300,000 kW: the one the claim names, though the other's shorter label is more of it said.
  ['true', 'en', 'The China Energy Engineering PV project in Ganzhou District has a capacity of 300,000 kilowatts', 'supported', '002-i020'],
  ['true', 'en', 'The CSSC PV project in Ganzhou District has a capacity of 300,000 kilowatts', 'supported', '002-i021'],
  // The bureau that owed (环卫局), named in both labels: not the arrears it paid off later (001-i036), whose label alone said so.
  ['bound', 'en', 'The Anning District Sanitation Bureau owed Baye Group more than 40 million yuan', 'supported', '001-i032'],
  ['true', 'en', 'The Anning District Sanitation Bureau still owed Baye Group 42.16 million yuan', 'supported', '001-i034'],
  // A magnitude of two words after digits is the figure's, no figure of its own.
  ['rounded', 'Hans', '武威市2023年接待游客2千万人次', 'rounded', '000-i035'],
  // Numbers written as words, and a unit joined to its number by a hyphen; solar is PV (光伏).
  ['true', 'en', 'Minle County signed eight projects', 'supported', '002-i046'],
  ['digit', 'en', 'Minle County signed nine projects', 'contradicted', '002-i046'],
  ['true', 'en', 'Tianzhu County took five days to resolve the property registration problem', 'supported', '000-i039'],
  ['true', 'en', 'Ganzhou District has a 300,000-kilowatt CSSC solar plant', 'supported', '002-i021'],
  ['digit', 'en', 'Ganzhou District has a 200,000-kilowatt CSSC photovoltaic project', 'contradicted', '002-i021'],
  ['true', 'en', 'Linze signed key projects worth 8.5 billion yuan', 'supported', '002-i035'],
  // A word most scopes' names share (projects, 项目) names none: Linze's only signed amount is its key projects'.
  ['part', 'en', 'Linze signed projects worth 8.5 billion yuan', 'not_found', null],
  ['true', 'Hans', '武威市实施招商引资项目629个,到位资金429.49亿元,增长50.38%', 'supported', '000-i030'],
  ['true', 'en', 'Wuwei implemented 629 projects with 42.949 billion yuan in place, up 50.38%', 'supported', '000-i030'],
  // 'and' joins words of one measure where no figure stands before it in the clause.
  ['true', 'en', "Wuwei's research topics completed by leadership teams at county/division level and above reached 1013 items", 'supported', '000-i006'],
  ['digit', 'en', 'Wuwei implemented over nine hundred projects in 2023', 'contradicted', '000-i030'],
  // A wrong number word before any counted noun is checked, as a wrong digit is: not left out while the claim's other figure passes.
  ['digit', 'en', "Zhangye's holiday cultural activities came in nine categories", 'contradicted', '002-i016'],
  // A 'with' clause between a figure and its verb: the verb after the last figure is the first's too.
  ['true', 'en', 'On March 16, 360 projects with a total investment of 95.8 billion yuan started or resumed construction in Jiuquan', 'supported', '004-i004'],
  // An increase is growth (增长), as the labels say it.
  ['true', 'en', 'Wuwei added 24,000 new market entities, an increase of 25%', 'supported', '000-i022'],
  ['true', 'en', "By the end of December 2023, Gansu's province-listed major projects had completed investment of 269 billion yuan", 'supported', '001-i080'],
  // A run of three place names (甘肃省兰州市安宁区) is one place something was set up in; a place brought in from is no subject either.
  ['true', 'Hans', '高台县在甘肃省兰州市安宁区设置招商驿站，谋划储备产业项目43项', 'supported', '002-i037'],
  ['true', 'Hans', '武威市引进张掖市行业头部企业24家', 'supported', '000-i027'],
  ['true', 'Hans', '武威市从上海市引进行业头部企业24家', 'supported', '000-i027'],
  // A one-character noun counted (21个村) names the count; a list ended by 等 before a figure names instances, not its measure.
  ['true', 'Hans', '针对灵台县涧河水源受旱情影响水量严重不足,导致21个村3565户群众饮水难问题', 'supported', '001-i044'],
  ['true', 'Hans', '酒泉经济技术开发区山河科技生物制药、耀捷流体智能科技装备制造等10个项目集中开工', 'supported', '004-i008'],
  // Province-wide, as 全省 is, names the province.
  ['true', 'en', 'Province-wide out-of-province funds in place reached 596.127 billion yuan in 2023', 'supported', '001-i076'],
  // A subject (a bureau) and a sum, but no measure: nothing of the subject's is compared.
  ['measure', 'en', 'Anning district sanitation bureau 40 million yuan', 'not_found', null],
  // A negation turns a bound (不超过 is at most; not less than, at least) and says a value is not the figure.
  ['negation', 'en', 'Wuwei received not less than 20 million tourist visits in 2023', 'contradicted', '000-i035'],
  ['negation', 'en', 'Wuwei did not receive more than 19 million tourist visits in 2023', 'contradicted', '000-i035'],
  ['negation', 'en', 'Wuwei received no more than 20 million tourist visits in 2023', 'supported', '000-i035'],
  ['negation', 'en', 'Wuwei received up to 19.7 million tourist visits in 2023', 'supported', '000-i035'],
  ['negation', 'Hans', '武威市2023年接待游客未超过1900万人次', 'contradicted', '000-i035'],
  ['negation', 'Hans', '武威市2023年接待游客没有突破1900万人次', 'contradicted', '000-i035'],
  ['negation', 'Hans', '武威市2023年接待游客不超过2000万人次', 'supported', '000-i035'],
  ['negation', 'Hant', '武威市2023年招商引資到位資金並非429.49億元', 'contradicted', '000-i031'],
  ['negation', 'Hans', '武威市2023年招商引资到位资金不是500亿元', 'supported', '000-i031'],
  ['negation', 'en', "Wuwei's 2023 funds in place were not 42.949 billion yuan", 'contradicted', '000-i031'],
  ['negation', 'en', 'Wuwei received not only 19.623 million tourist visits in 2023', 'supported', '000-i035'],
  // Words after "not" that make it say something else, a verb of rising before "up to", "No" before a number: no negation, no bound.
  ['negation', 'en', "Wuwei didn't just receive 19.623 million tourist visits in 2023", 'supported', '000-i035'],
  ['negation', 'en', 'Wuwei had a strong 2023, not least 19.623 million tourist visits', 'supported', '000-i035'],
  ['negation', 'en', "Wuwei's tourist visits went up to 50 million in 2023", 'contradicted', '000-i035'],
  ['negation', 'en', "Wuwei ranked No 1 in the province by the private economy's share of GDP", 'supported', '000-i026'],
  ['negation', 'Hans', '武威市2023年接待游客不下1900万人次', 'supported', '000-i035'],
  // A fall negated is still a fall: 下降不超过15% is a fall, which the recorded rise of 12.3% is not.
  ['negation', 'Hans', '武威市民间投资同比下降不超过15%', 'contradicted', '000-i024'],
  // Not 5000 of a record of more than 5000 holds.
  ['negation', 'Hans', '武威市各级党组织理论学习中心组学习不是5000场次', 'supported', '000-i004'],
  // A bound is judged by the area's whole where one is compared, not by a part's figure within it (one mechanism's 72 problems).
  ['part', 'Hans', '甘肃省解决问题不到100个', 'contradicted', '001-i048'],
  ['part', 'Hans', '武威市各级党组织理论学习中心组学习不到100场次', 'contradicted', '000-i004'],
  ['part', 'Hans', '武威市各级党组织理论学习中心组学习至多4000场次', 'contradicted', '000-i004'],
  ['part', 'Hans', '武威市各级党组织理论学习中心组学习不到7000场次', 'supported', '000-i004'],
  // A metric under another's key is its part: the city's 14 accepted cases do not make the 24 in all fewer than 20.
  ['part', 'Hans', '张掖市社会监督问题不到20件', 'contradicted', '002-i060'],
  // Where only parts are compared: of an amount the whole is at least any part, so a part past a bound above supports it;
  // a part within a bound below says nothing of the whole.
  ['part', 'Hans', '张掖市签约金额超过100亿元', 'supported', '002-i011'],
  ['part', 'Hans', '张掖市签约金额不到300亿元', 'not_found', null],
  // So with a scope's part where no whole is held: Linze's out-of-province 1.41亿元 of its funds in place.
  ['part', 'Hans', '临泽县到位资金超过1亿元', 'supported', '002-i036'],
  ['part', 'Hans', '临泽县到位资金不到1亿元', 'contradicted', '002-i036'],
  ['part', 'Hans', '临泽县到位资金1.41亿元', 'not_found', null],
  // A plan or an estimate is compared only with a claim that says so (or a total investment, a scale).
  // Signed or planned is not begun: a count of projects started, completed or at no stage answers neither (17 completed, 12 started).
  ['measure', 'Hant', '甘州區簽約17個重大工業項目', 'not_found', null],
  ['measure', 'Hant', '甘州區計劃建設17個重大工業項目', 'not_found', null],
  ['measure', 'Hans', '凉州区2023年签约招商引资项目12个', 'not_found', null],
  ['measure', 'en', 'Ganzhou signed 17 major industrial projects', 'not_found', null],
  // But a claim that says the record's stage too, or another word of its stage, or 计划 of a manner, is answered.
  ['true', 'Hans', '甘州区17个重大工业项目按计划建成投产', 'supported', '002-i022'],
  ['true', 'Hans', '凉州区2023年签约的12个招商引资项目集中开工', 'supported', '003-i001'],
  ['true', 'Hans', '肃南县谋划开复工项目34个', 'supported', '002-i054'],
  ['true', 'en', 'Linze is planning 115 key projects', 'supported', '002-i027'],
  ['plan', 'Hans', '2021年酒泉市完成投资280亿元', 'not_found', null],
  ['plan', 'Hans', '2021年酒泉市计划完成投资280亿元', 'supported', '004-i006'],
  ['plan', 'en', "In Q1 2021 Jiuquan's fixed-asset investment grew 12%", 'not_found', null],
  ['plan', 'en', "Jiuquan's fixed-asset investment was expected to grow 12% in the first quarter of 2021", 'supported', '004-i002'],
  ['plan', 'Hant', '肅南縣開復工項目34個', 'not_found', null],
  ['plan', 'Hant', '肅南縣計劃開復工項目34個', 'supported', '002-i054'],
  // Plan words count in the figure's own clause only; a total investment (planned by definition) only if the clause says it was spent.
  ['plan', 'Hans', '2021年酒泉市完成投资280亿元，将项目建设作为重点', 'not_found', null],
  ['plan', 'en', 'Jiuquan started or resumed 360 projects worth 95.8 billion yuan on March 16, 2021', 'supported', '004-i004'],
  ['plan', 'Hans', '甘州区签订战略合作协议13项、投资86亿元', 'supported', '002-i025'],
  // A record that is a bound holding the claimed figure without giving it neither supports nor contradicts it; 余 ends a range.
  ['open', 'Hans', '武威市各级党组织理论学习中心组学习5200场次', 'not_found', null],
  ['open', 'Hans', '武威市各级理论学习中心组学习超过5500场次', 'not_found', null],
  ['open', 'Hant', '高臺縣謀劃儲備產業項目總投資125億元以上', 'not_found', null],
  ['digit', 'Hans', '武威市各级党组织理论学习中心组学习7000场次', 'contradicted', '000-i004'],
  // A record given as a range beside the same case's exact figure: the exact one judges (尚欠4216万元 beside 4000多万元).
  ['true', 'Hans', '安宁区环卫局欠付八冶集团工程款4216万元', 'supported', '001-i034'],
  ['digit', 'Hans', '安宁区环卫局欠付八冶集团工程款4500万元', 'contradicted', '001-i034'],
  ['bound', 'Hans', '武威市宣讲受众不到90万人次', 'supported', '000-i015'],
  // A reference's marker ([2]) is no figure; 万 and 亿 as translations write them are magnitudes.
  ['rounded', 'Hans', '武威市2023年招商引资到位资金约429亿元[2]', 'rounded', '000-i031'],
  ['true', 'Hans', '武威市2023年招商引资到位资金429.49亿元【2】', 'supported', '000-i031'],
  ['true', 'Hans', '武威市2023年招商引资到位资金429.49亿元[1,2]', 'supported', '000-i031'],
  // Not ranges: from one to another, and a rise with its level (增长50.38%至429.49亿元).
  ['true', 'en', 'Gansu cut the approval time for construction projects from 120 to 60 working days', 'supported', '001-i055'],
  ['true', 'Hans', '武威市2023年招商引资到位资金增长50.38%至429.49亿元', 'supported', '000-i032'],
  ['rounded', 'en', 'Wuwei had 42.9 billion yuan of investment funds in place in 2023 [3]', 'rounded', '000-i031'],
  ['true', 'en', 'Wuwei cleared arrears of 10782.09 ten thousand yuan in 2023', 'supported', '000-i046'],
  ['true', 'en', "Wuwei's 2023 investment funds in place were 429.49 hundred million yuan", 'supported', '000-i031'],
  // A range is not read, rather than each end judged on its own (both would contradict 1962.3万).
  ['range', 'en', 'Wuwei received between 19 and 20 million tourist visits in 2023', 'not_found', null],
  ['range', 'en', 'Wuwei received 19 to 20 million tourist visits in 2023', 'not_found', null],
  // 已 between two figures begins the second's words: the swapped counts are each contradicted, the article's own supported.
  ['digit', 'Hans', '武威市510个新引进项目已开工515个', 'contradicted', '003-i012'],
  ['true', 'Hans', '武威市515个新引进项目已开工510个', 'supported', '003-i012'],
  // From (从) a figure is the state before a change, to (至) the state after: the two days swapped are each contradicted.
  ['digit', 'Hans', '全省企业开办时间从1个工作日压缩至5个工作日', 'contradicted', '001-i053'],
  ['true', 'Hans', '全省企业开办时间从5个工作日压缩至1个工作日', 'supported', '001-i053'],
  ['digit', 'en', 'Gansu cut the time to start a business from 1 working day to 5', 'contradicted', '001-i053'],
  // A part is named by the words up to its figure's clause: 省外 in the second clause is not the first figure's.
  ['digit', 'Hans', '武威市2023年到位资金增长46.75%,其中省外到位资金增长50.38%', 'contradicted', '000-i032'],
  ['true', 'Hans', '武威市2023年到位资金增长50.38%,其中省外到位资金增长46.75%', 'supported', '000-i032'],
  // A minus sign after a Chinese character is a sign, not a hyphen.
  ['digit', 'Hans', '武威市民间投资同比增长-12.3%', 'contradicted', '000-i024'],
  // Nearly falls short of the number, which a record's more than (5000余) is past.
  ['digit', 'en', 'Nearly 5,000 theory study sessions were held by Party organizations in Wuwei', 'contradicted', '000-i004'],
  ['digit', 'Hant', '武威市各級黨組織組織理論學習中心組近5000場次', 'contradicted', '000-i004'],
  // A rank as English writes one, among the field named after it.
  ['true', 'en', "Wuwei ranked first in the province for the private economy's share of GDP", 'supported', '000-i026'],
  ['digit', 'en', "Wuwei's private economy share of GDP was the third highest in the province", 'contradicted', '000-i026'],
  // 提高 is a rise as 增长 is, climbed as grew: a number without % beside it is the rate.
  ['true', 'Hans', '2023年全省省外招商引资到位资金同比提高41.78', 'supported', '001-i077'],
  ['true', 'en', "Gansu's out-of-province funds in place climbed 41.78 in 2023", 'supported', '001-i077'],
  // A level reached by a fall, where the record's growth beside it is a rise: contradicted; by a rise, supported.
  ['digit', 'en', "Wuwei's tourism revenue fell to 12.31 billion yuan in 2023", 'contradicted', '000-i036'],
  ['digit', 'Hant', '武威市2023年旅遊綜合收入下降至123.1億元', 'contradicted', '000-i036'],
  ['true', 'Hans', '武威市2023年旅游综合收入增长至123.1亿元', 'supported', '000-i036'],
  // Inbound tourists are not all tourists, whatever the number.
  ['measure', 'en', 'Wuwei received 19.6 million inbound tourist visits in 2023', 'not_found', null],
  // Wire copy's place of a place is not the figure's area.
  ['true', 'en', "Wuwei, in northwest China's Gansu Province, resolved 3,952 problems for enterprises", 'supported', '000-i021'],
  // The noun right after an English count is what it counts: problems, not the inspection teams that found them.
  ['true', 'en', 'Gansu inspection teams supervised the rectification of 475 problems', 'supported', '001-i004'],
  // Wuwei, Gansu, is Wuwei: a wider place after a comma locates the one before it, as a list of areas does not.
  ['rounded', 'en', 'Wuwei, Gansu, received 19.6 million tourist visits in 2023', 'rounded', '000-i035'],
  // 成 is a tenth: 五成 is 50%, rounded from 50.38%; 超五成 more than it; 六成 another figure.
  ['rounded', 'Hans', '武威市2023年招商引资到位资金增长五成', 'rounded', '000-i032'],
  ['true', 'Hans', '武威市2023年招商引资到位资金增幅超五成', 'supported', '000-i032'],
  ['digit', 'Hans', '武威市2023年招商引资到位资金增长六成', 'contradicted', '000-i032'],
  // A doubling in words is a rise of 100%: more than doubled is past it, 翻番 of 50.38% is not it.
  ['true', 'en', "Wuwei's tourism revenue more than doubled in 2023", 'supported', '000-i038'],
  ['digit', 'Hans', '武威市2023年招商引资到位资金翻番', 'contradicted', '000-i032'],
  // The first quarters of a year are no year; 首位 is first place; nearly 5500 is not 5527; a target is no outcome.
  ['year', 'Hans', '2023年前三季度武威市实现旅游综合收入123.1亿元', 'not_found', null],
  ['true', 'Hans', '武威市民营经济增加值占生产总值的比重居全省首位', 'supported', '000-i026'],
  ['digit', 'Hans', '全省排查督办解决各类突出问题近5500个', 'contradicted', '001-i048'],
  ['measure', 'Hans', '武威市力争2023年招商引资到位资金突破500亿元', 'not_found', null],
  // A figure said to be a goal is not what was done; a record named for a goal's excess is compared with a claim of it.
  ['measure', 'Hans', '武威市2023年招商引资到位资金目标为429.49亿元', 'not_found', null],
  ['measure', 'Hans', '武威市2023年招商引资到位资金任务为429.49亿元', 'not_found', null],
  ['measure', 'en', "Wuwei's 2023 target for funds in place was 42.949 billion yuan", 'not_found', null],
  ['measure', 'en', 'Wuwei set a target of 42.949 billion yuan of funds in place for 2023', 'not_found', null],
  // Tasks are no target, nor is a target reached.
  ['true', 'Hans', '甘肃省三抓三促重点任务87个', 'supported', '001-i005'],
  // A word of a part's scope (out, of out-of-province) names no part by itself: 'set out' is no scope.
  ['true', 'en', 'Gansu set out 87 key tasks for the Three Grasps, Three Promotes campaign', 'supported', '001-i005'],
  ['measure', 'Hans', '武威市2023年招商引资到位资金目标任务429.49亿元', 'not_found', null],
  ['true', 'Hans', '武威市政务服务事项网上可办率达到目标100%', 'supported', '000-i019'],
  ['true', 'en', 'Wuwei reached the target of 100% online availability of government services', 'supported', '000-i019'],
  ['true', 'Hans', '2023年全省省列重大项目超额完成年度投资目标179亿元', 'supported', '001-i081'],
  ['true', 'en', "Gansu's provincially listed major projects completed 107.1% of their annual investment target in 2023", 'supported', '001-i082'],
  // A rank among the country is not the province's; a year span's first year is no figure; domestic and international is all.
  ['measure', 'en', "Wuwei ranked first in the country for the private economy's share of GDP", 'not_found', null],
  ['true', 'Hans', '2021至2023年，武威市招商引资到位资金429.49亿元', 'supported', '000-i031'],
  ['true', 'en', 'Wuwei received 19.623 million domestic and international tourist visits in 2023', 'supported', '000-i035'],
  // 降至 is a fall's level; increased to 60 working days, a rise the state before it (120) denies; 外资 is foreign capital.
  ['digit', 'Hans', '武威市2023年旅游综合收入降至123.1亿元', 'contradicted', '000-i036'],
  ['digit', 'en', "Gansu's approval time for construction projects increased to 60 working days", 'contradicted', '001-i056'],
  ['measure', 'Hans', '武威市2023年外资到位资金429.49亿元', 'not_found', null],
  // A place set beside the subject is not it; nearly short of the number by less than its last digit is rounded.
  ['area', 'en', 'Wuwei, not Jiuquan, saw funds in place grow 68.1 percent', 'contradicted', '000-i032'],
  ['rounded', 'en', 'Gansu cleared nearly 805 million yuan of arrears', 'rounded', '001-i038'],
  ['true', 'en', "Wuwei's funds in place were 429.49 100 million yuan in 2023", 'supported', '000-i031'],
  // A whole year in words is no quarter's figure (去年 too), nor another measure's: the record of another period is named.
  ['year', 'Hant', '酒泉市去年引進到位資金增長68.1%', 'not_found', null],
  // A day said without its year is that day of the record's year: 3月24日 is not the 16 March of 004-i004, nor March 16 the 24th of 004-i008.
  ['year', 'Hans', '酒泉市3月24日开复工项目360个', 'not_found', null],
  ['true', 'Hans', '酒泉市3月16日开复工项目360个', 'supported', '004-i004'],
  // 兆 is a trillion before money (5兆元 is no five yuan), and trln too.
  ['magnitude', 'Hant', '甘肅2023年省外招商引資簽約金額逾5兆元', 'contradicted', '001-i078'],
  ['rounded', 'Hant', '甘肅2023年省外招商引資簽約金額約1.02兆元', 'rounded', '001-i078'],
  ['true', 'Hant', '甘肅2023年省外招商引資簽約金額1兆177.11億元', 'supported', '001-i078'],
  ['rounded', 'en', 'Gansu signed 1.02 trln yuan of out-of-province investment deals in 2023', 'rounded', '001-i078'],
  // Digits between a numeral's units (2千6百9十億) spell one number, in Taiwan's and Hong Kong's papers.
  ['true', 'Hant', '甘肅2023年省列重大項目完成投資2千6百9十億元', 'supported', '001-i080'],
  ['digit', 'Hant', '武威市2023年接待遊客2千9百萬人次', 'contradicted', '000-i035'],
  // A plan said done after its figure (總投資932億元已全部完成; …, with …, were all completed) is no plan's record, nor the projects begun.
  ['plan', 'Hant', '酒泉市2021年省列重大項目總投資932億元已全部完成', 'not_found', null],
  // …or at its clause's end, of what the figure sizes: a goal (拟打造) is not said built by its plan's words (rev38).
  ['plan', 'Hans', '肃南县拟打造的千万千瓦级抽水蓄能示范基地已经建成', 'not_found', null],
  ['plan', 'Hans', '酒泉市实施的总投资932亿元的省列重大项目已全部建成', 'not_found', null],
  ['true', 'Hans', '肃南县拟打造千万千瓦级抽水蓄能示范基地', 'supported', '002-i056'],
  ['plan', 'Hant', '武威市2023年謀劃招商引資重點項目總投資1618億元已全部完成', 'not_found', null],
  ['plan', 'en', "Jiuquan's 2021 province-listed major projects, with a total investment of 93.2 bln yuan, were all completed", 'not_found', null],
  // A percent of a whole (约佔…的63.5%, 63.5% of) is a share, no growth's; what was not done (未辦結, have not started) no count of what was.
  ['measure', 'Hant', '武威市新引進項目到位資金約佔全市2023年到位資金的63.5%', 'not_found', null],
  ['measure', 'en', "Wuwei's new projects' funds in place were 63.5% of the city's 2023 funds in place", 'not_found', null],
  ['measure', 'Hant', '武威市2023年未辦結社會監督意見19件', 'not_found', null],
  ['measure', 'en', "Of Wuwei's newly introduced projects, 5 have not started construction", 'not_found', null],
  ['true', 'Hans', '武威市民营经济占GDP比重62.2%', 'supported', '000-i025'],
  // A target is no amount by which it was beaten (超额完成年度投资目标179亿元), which a claim of beating it still meets.
  ['measure', 'Hant', '甘肅2023年省列重大項目年度投資目標約2511億元', 'not_found', null],
  ['measure', 'en', "Gansu's 2023 annual investment target for province-listed major projects was about 251.1 bln yuan", 'not_found', null],
  ['true', 'en', "Gansu's province-listed major projects exceeded the annual investment target by 17.9 billion yuan", 'supported', '001-i081'],
  // A total of parts the area holds one by one (two programmes' 86 and 70) is not contradicted by one; the part said whole is judged.
  ['measure', 'Hant', '甘肅共選派156名幹部雙向掛職', 'not_found', null],
  ['measure', 'Hant', '甘肅圍繞強省會行動共選派160名幹部定向掛職', 'not_found', null],
  ['measure', 'en', 'Gansu sent a total of 156 cadres on two-way secondment', 'not_found', null],
  ['digit', 'Hans', '甘肃从省直部门选派双向挂职干部共90名', 'contradicted', '001-i022'],
  ['digit', 'Hans', '甘肃省发展改革委共解决重大问题100个', 'contradicted', '001-i067'],
  // What was done to what was not (cleared outstanding arrears, resolved unresolved problems) is a count of what was done;
  // what was not done said otherwise than the record (仍欠 of 尚欠, not yet implemented) is the record's.
  ['true', 'en', 'Gansu cleared 804.4 million yuan of outstanding arrears owed to businesses and residents', 'supported', '001-i038'],
  ['true', 'en', 'Gansu resolved 5527 previously unresolved problems since the campaign began', 'supported', '001-i048'],
  ['true', 'Hans', '全省排查督办解决长期未解决的各类突出问题5527个', 'supported', '001-i048'],
  ['true', 'Hans', '安宁区环卫局仍欠八冶集团工程款4216万元', 'supported', '001-i034'],
  ['true', 'en', 'In mid-November 2023, 87 key items in Gansu had not yet been implemented', 'supported', '001-i005'],
  // By how much a target was beaten, however said; a total of the one part the claim names is that part's.
  ['true', 'en', 'Gansu beat its 2023 annual investment target for province-listed major projects by 17.9 bln yuan', 'supported', '001-i081'],
  ['digit', 'Hans', '甘肃省列重大项目投资比年度目标多279亿元', 'contradicted', '001-i081'],
  ['digit', 'Hans', '甘肃围绕强省会行动从省直部门共选派120名干部定向挂职', 'contradicted', '001-i024'],
  ['digit', 'en', 'Gansu sent a total of 58 cadres to central ministries, central SOEs and eastern provinces', 'contradicted', '001-i021'],
  // Completing something else (备案, approvals) says nothing of the plan's total; a duration listed by area is a duration.
  ['true', 'Hans', '2021年酒泉市省列重大项目总投资932亿元完成备案', 'supported', '004-i011'],
  ['true', 'Hans', '兴盛嘉园2号楼不动产登记问题办理用时：天祝县5日，', 'supported', '000-i039'],
  ['true', 'Hans', '酒泉市16日，集中开工复工项目360个', 'supported', '004-i004'],
  // Done, said of a record of what was not (87个尚未落实到位): no record of it.
  ['measure', 'Hans', '2023年11月中旬，全省87个重点推动事项已经落实到位', 'not_found', null],
  ['measure', 'Hans', '2023年11月中旬，全省87个重点推动事项已全部完工', 'not_found', null],
  ['measure', 'Hans', '2023年11月中旬，全省87个重点推动事项已全部办妥', 'not_found', null],
  // An area no record is of (浙江 of a company's name) is not the claim's where it names one that has records.
  ['true', 'Hans', '浙江艾佳果蔬开发有限公司等26家企业与甘州区达成合作意向', 'supported', '002-i024'],
  ['area', 'Hans', '浙江省2023年招商引资到位资金100亿元', 'not_found', null],
  // In numerals as in digits, with its year or without, and a news report's day of this month (16日，): none a count of days.
  ['true', 'Hans', '2021年三月十六日，酒泉市开复工项目360个', 'supported', '004-i004'],
  ['true', 'Hant', '酒泉市三月十六日開復工項目360個', 'supported', '004-i004'],
  ['year', 'Hans', '酒泉市十二月十六日开复工项目360个', 'not_found', null],
  ['true', 'Hans', '16日，酒泉市开复工项目360个', 'supported', '004-i004'],
  ['year', 'Hans', '酒泉经济技术开发区3月16日集中开工10个项目', 'not_found', null],
  ['true', 'en', 'On March 16 Jiuquan started or resumed 360 projects', 'supported', '004-i004'],
  ['year', 'en', 'On 24 March Jiuquan started or resumed 360 projects', 'not_found', null],
  ['year', 'Hans', '安宁区环卫局9月28日付清全部欠款4216万元', 'not_found', null],
  ['year', 'en', 'Gansu resolved 5,527 prominent problems last year', 'not_found', null],
  ['year', 'en', "Jiuquan's funds in place rose 68.1 percent for the full year", 'not_found', null],
  // Since a day or a month is a span from it, as a total since the launch is dated: not that day's or month's figure.
  ['year', 'Hans', '自2023年2月13日以来，甘肃全省排查督办解决各类突出问题5527个', 'supported', '001-i048'],
  ['year', 'Hans', '2023年2月至今，甘肃全省排查督办解决各类突出问题5527个', 'supported', '001-i048'],
  ['year', 'en', 'Gansu resolved 5,527 prominent problems since the campaign launched in February 2023', 'supported', '001-i048'],
  ['digit', 'en', 'Since February 2023, Gansu has resolved 5,725 prominent problems', 'contradicted', '001-i048'],
  ['true', 'Hans', '自2023年2月13日起至2024年2月18日，全省排查督办解决各类突出问题5527个', 'supported', '001-i048'],
  // From one day to another in English, as in Chinese: the span is the claim's period, not one it is compared with.
  ['true', 'en', 'From 13 February 2023 to 18 February 2024, Gansu resolved 5,527 prominent problems', 'supported', '001-i048'],
  ['year', 'en', 'From 13 February 2023 to 18 February 2023, Gansu resolved 5,527 prominent problems', 'not_found', null],
  ['year', 'en', 'From 1 January to 31 March 2019, Wuwei received 19.623 million tourist visits', 'not_found', null],
  // Found, the past of find, sets nothing up: the place after it is the figure's.
  ['true', 'en', 'The report found 383 livelihood problems resolved in Wuwei in 2023, more than in Zhangye', 'supported', '000-i047'],
  // Nearly a number of one significant digit is rounded only by a value that rounds to it: 1796 is not nearly 10,000.
  ['rounded', 'Hans', '武威市开展党性教育活动近万次', 'contradicted', '000-i016'],
  // Nor 42.949 billion nearly 50 billion, nor 629 nearly 700: short by more than half the digit's unit, it rounds to 40 billion
  // and 600. What rounds to it is rounded (5527 is nearly 6,000), as a number of more digits short of it by less than its last.
  ['rounded', 'Hans', '武威市2023年招商引资到位资金近500亿元', 'contradicted', '000-i031'],
  ['rounded', 'en', 'In 2023 Wuwei implemented nearly 700 investment-promotion projects', 'contradicted', '000-i030'],
  ['rounded', 'en', 'Gansu resolved nearly 6,000 prominent problems since the campaign launched in February 2023', 'rounded', '001-i048'],
  ['rounded', 'Hans', '武威市2023年招商引资到位资金近430亿元', 'rounded', '000-i031'],
  // A range wholly short of a nearly-number is judged by how far short: 1650余 (1650 to 1660) rounds to 2000, and is nearly 1700.
  ['rounded', 'Hans', '全省解决问题近2000个', 'rounded', '001-i039'],
  ['rounded', 'Hans', '全省解决问题近1700个', 'rounded', '001-i039'],
  ['rounded', 'Hans', '全省解决问题近1000个', 'contradicted', '001-i040'],
  // One partly within the reach (80多万, 80万 to 90万, of 近90万: 81万 is not nearly 90万) is open: not found, that record named.
  ['rounded', 'Hans', '武威市各级各方面宣讲受众近90万人次', 'not_found', null],
  ['rounded', 'Hans', '武威市各级各方面宣讲受众近100万人次', 'rounded', '000-i015'],
  ['rounded', 'Hans', '武威市2023年招商引资到位资金几乎430亿元', 'rounded', '000-i031'],
  // A doubling hedged inside its words (增长近一倍, 增长超一倍) as before them (近翻番).
  ['change', 'Hans', '武威市2023年接待游客增长近一倍', 'rounded', '000-i037'],
  ['change', 'Hans', '武威市2023年接待游客增长超过一倍', 'contradicted', '000-i037'],
  ['change', 'Hans', '武威市2023年旅游综合收入增长超一倍', 'supported', '000-i038'],
  // 千 alone after digits is thousands, as a table writes them; 千瓦 stays a unit (200万千瓦 is 2 GW).
  ['magnitude', 'Hans', '武威市2023年接待游客19623千人次', 'supported', '000-i035'],
  ['true', 'Hans', '临泽县江苏天合光伏组件生产项目产能2000000千瓦', 'supported', '002-i032'],
  // A day after a year in its sentence is that year's day (2021年，3月24日), not the year's: 16 March's 360 projects answer no 24th.
  ['year', 'Hans', '2021年，3月24日酒泉市开复工项目360个', 'not_found', null],
  ['true', 'Hans', '2021年，3月16日酒泉市开复工项目360个', 'supported', '004-i004'],
  ['year', 'en', 'In 2021, on March 24, Jiuquan started or resumed 360 projects', 'not_found', null],
  ['true', 'Hans', '2023年，9月28日、10月23日安宁区环卫局付清了全部欠款4216万元', 'supported', '001-i036'],
  // Owed (欠, a headline's bare word) is no money paid: the 4220.77万元 paid answers no claim of a debt (claims20).
  ['measure', 'Hans', '安宁区欠工程款4220.77万元', 'not_found', null],
  ['measure', 'Hans', '安宁区环卫局欠八冶集团工程款4220.77万元', 'not_found', null],
  // Only a year of its own sentence: a day after a full stop is of no year the text gives (the record's, then).
  ['true', 'Hans', '2023年全省经济回升。3月16日，酒泉市开复工项目360个', 'supported', '004-i004'],
  // A day that begins or ends a span (、, 以来) is the span's, and 今年 in the figure's clause its year: no part of one.
  ['true', 'Hans', '9月28日、10月23日，安宁区环卫局付清了全部欠款4216万元', 'supported', '001-i036'],
  ['true', 'Hans', '2月13日以来，全省排查督办解决各类突出问题5527个', 'supported', '001-i048'],
  ['true', 'Hans', '3月16日，酒泉市今年计划完成投资280亿元', 'supported', '004-i006'],
  // Farm inputs held in reserve are no projects planned: a claim of signing beside them still finds them.
  ['true', 'Hans', '张掖市签订责任书并储备农资46.5万吨', 'supported', '002-i013'],
  // 签约到位资金 is money in place (of projects signed), no money signed.
  ['measure', 'Hans', '武威市2023年新引进省外项目签约到位资金486.79亿元', 'not_found', null],
  // Money signed is no money in place, though the number is equal and the set's words (新引进省外项目) the record's.
  ['measure', 'Hans', '武威市2023年新引进省外项目到位资金486.79亿元', 'not_found', null],
  ['true', 'Hans', '武威市2023年新引进省外项目签约额486.79亿元', 'supported', '003-i006'],
  // 将 (will) and 可 (can) in the figure's own clause plan it, as the article's own 运营期可解决 does; 将近 is nearly (claims20).
  ['plan', 'Hans', '凉州区上庄村智慧农业产业园项目将解决劳动力700余人', 'supported', '003-i011'],
  ['plan', 'Hans', '凉州区上庄村智慧农业产业园项目运营期可解决劳动力700余人', 'supported', '003-i011'],
  ['plan', 'en', 'The Shangzhuang smart agriculture park project in Liangzhou can employ more than 700 workers', 'supported', '003-i011'],
  ['plan', 'Hans', '凉州区上庄村智慧农业产业园项目解决劳动力700余人', 'not_found', null],
  // …but a plan's own verb some words after it still plans (rev37: 计划于2021年完成, expects its projects to complete).
  ['plan', 'Hans', '酒泉市开复工项目计划于2021年完成投资280亿元', 'supported', '004-i006'],
  ['plan', 'Hans', '临泽县谋划重点项目计划当年完成投资120.2亿元', 'supported', '002-i029'],
  ['plan', 'en', 'Jiuquan expects its projects to complete 28 billion yuan of investment in 2021', 'supported', '004-i006'],
  ['plan', 'en', 'Jiuquan planned that 28 billion yuan of investment would be completed in 2021', 'supported', '004-i006'],
  // Arrears recovered or settled were done, whatever 欠 says; 欠发达 is underdeveloped, no debt (rev37).
  ['true', 'Hans', '武威市帮助企业和个人追回欠款10782.09万元', 'supported', '000-i046'],
  ['true', 'Hans', '安宁区环卫局结清了全部欠款4216万元', 'supported', '001-i036'],
  ['true', 'Hans', '欠发达的武威市2023年招商引资到位资金429.49亿元', 'supported', '000-i031'],
  // …and rev38's: a plan's verb before its projects (预计开复工项目全年完成) plans them; debts paid (兑付, 偿付) or recovered
  // (挽回) were done; 欠 of not quite (欠成熟) owes nothing; 将 of an object (已将…安排) plans nothing.
  ['plan', 'Hans', '酒泉市预计开复工项目全年完成投资280亿元', 'supported', '004-i006'],
  ['true', 'Hans', '安宁区环卫局兑付了全部欠款4216万元', 'supported', '001-i036'],
  ['true', 'Hans', '甘肃挽回企业和群众被拖欠账款8.044亿元', 'supported', '001-i038'],
  ['true', 'Hans', '产业欠成熟的武威市2023年招商引资到位资金429.49亿元', 'supported', '000-i031'],
  ['true', 'Hans', '武威市2023年欠发达地区招商引资到位资金429.49亿元', 'supported', '000-i031'],
  ['plan', 'Hans', '凉州区上庄村智慧农业产业园项目已将700余名村民安排就业', 'not_found', null],
  // One is read as a change's end only where nothing follows it: not one of, one half, one year later (rev37).
  ['true', 'en', 'Gansu cut the approval time for construction projects from 120 working days to one half.', 'supported', '001-i055'],
  ['true', 'en', 'Wuwei rose from 2022 to one of the top tourist cities, receiving 19.623 million tourist visits in 2023', 'supported', '000-i035'],
  // The usual short word (民营经济占比) a metric's name carries beside the article's (claims20).
  ['true', 'Hans', '武威民营经济占比62.2%', 'supported', '000-i025'],
  ['true', 'Hans', '武威民营经济占比超六成', 'supported', '000-i025'],
  // A plan's word before what it names (谋划…项目), then investment completed, says done: the planned total answers no such claim (claims20).
  ['plan', 'Hans', '2023年武威市谋划招商引资重点项目完成投资1618亿元', 'not_found', null],
  ['plan', 'en', 'Wuwei planned key projects that completed investment of 161.8 billion yuan in 2023', 'not_found', null],
  ['true', 'Hans', '武威2023年謀劃招商引資重點項目總投資1618億元', 'supported', '003-i009'],
  // Projects planned or held in reserve are none signed or begun: their count answers neither.
  ['plan', 'Hans', '高台县签约产业项目43项', 'not_found', null],
  ['plan', 'Hans', '肃南县已开工招商引资项目27项', 'not_found', null],
  ['plan', 'en', 'Gaotai County signed 43 industrial projects', 'not_found', null],
  ['true', 'Hans', '高台县谋划储备产业项目43项', 'supported', '002-i037'],
  // A share of 100% said plainly is all of it, which 99.84% is not; about 100% is it rounded.
  ['rounded', 'Hans', '甘肃全省政务服务事项全程网办率达到100%', 'contradicted', '001-i052'],
  ['rounded', 'Hans', '甘肃全省政务服务事项全程网办率约100%', 'rounded', '001-i052'],
  // Close to and 近乎 fall short of the number as nearly and 近 do.
  ['rounded', 'en', 'Gansu cleared close to 805 million yuan of arrears', 'rounded', '001-i038'],
  ['rounded', 'Hans', '武威市召开调研座谈会近乎2013场次', 'rounded', '000-i008'],
  // One counts working days in words as any number does (一个工作日, one working day); 一 elsewhere stays a word.
  ['worded', 'en', 'Gansu cut the time needed to start a business to one working day', 'supported', '001-i054'],
  ['worded', 'Hans', '甘肃企业开办时间压缩至一个工作日', 'supported', '001-i054'],
  ['worded', 'Hant', '甘肅企業開辦時間壓縮至兩個工作日', 'contradicted', '001-i054'],
  // A place something was set up in is not the area of the sentence's figures, in English as in Chinese.
  ['area', 'en', 'Gaotai County set up an investment station in Shanghai and planned 34 reserve industrial projects', 'contradicted', '002-i037'],
  ['area', 'en', 'Gaotai County set up an investment station in Changning District, Shanghai, and planned 43 reserve industrial projects', 'supported', '002-i037'],
  // The words of ranking (排名, 位居, 位次) name no measure: a wrong rank so worded is contradicted, as a right one is supported.
  ['digit', 'Hans', '武威市民营经济增加值占比全省排名第二', 'contradicted', '000-i026'],
  ['digit', 'Hant', '武威市民營經濟增加值佔比全省排名第三', 'contradicted', '000-i026'],
  // A bare 万亿 after a hedge is a trillion (10177.11亿元 is one and more).
  ['bound', 'Hans', '2023年甘肃省外招商引资签约金额不足万亿元', 'contradicted', '001-i078'],
  // A numeral of 亿 after a hedge with no 元 after it, as social media writes it, is an amount still.
  ['bound', 'Hans', '高台县储备产业项目总投资不足百亿', 'contradicted', '002-i038'],
  ['bound', 'Hans', '高台县储备产业项目总投资超百亿', 'supported', '002-i038'],
  // Money, as its 元 was dropped: never a share's number (the growth of 41.78%), nor a level for an increase; not a size class.
  ['bound', 'Hans', '甘肃2023年省外到位资金不足五千亿', 'contradicted', '001-i076'],
  ['bound', 'Hans', '武威市2023年招商引资到位资金同比增长超四百亿', 'not_found', null],
  ['bound', 'Hans', '武威市2023年省外到位资金不足四百亿', 'not_found', null],
  ['bound', 'Hans', '甘肃2023年省外到位资金不足5000亿', 'contradicted', '001-i076'],
  ['true', 'Hans', '武威市超百亿级产业集群4个', 'supported', '000-i029'],
  ['bound', 'Hant', '2023年甘肅省外招商引資簽約金額突破萬億元', 'supported', '001-i078'],
];

const check = async (claim: string) => (await getJson(app(), `/check?claim=${encodeURIComponent(claim)}`)).body;
type CheckedFigure = { text: string; verdict: string; indicator: string | null };
/** A claim's figures as [text, verdict, record compared]. */
const figuresOf = async (claim: string) => (await check(claim)).figures.map((f: CheckedFigure) => [f.text, f.verdict, f.indicator]);
/** A claim's figures as [verdict, record compared]. */
const verdictsOf = async (claim: string) => (await check(claim)).figures.map((f: CheckedFigure) => [f.verdict, f.indicator]);

describe('the claim table', () => {
  it('has at least 40 claims in each of the three scripts and of every kind', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(40);
    for (const script of ['Hans', 'Hant', 'en']) expect(CLAIMS.filter((c) => c[1] === script).length).toBeGreaterThanOrEqual(10);
    for (const kind of ['true', 'rounded', 'digit', 'magnitude', 'area', 'year', 'measure']) {
      expect(new Set(CLAIMS.filter((c) => c[0] === kind).map((c) => c[1])).size, kind).toBe(3);
    }
  });

  it('reads no rank in the province’s highest level as a mark, nor in a highest another figure is compared with (rev33)', async () => {
    const verdicts = async (claim: string) => (await check(claim)).figures.map((f: { verdict: string }) => f.verdict);
    for (const claim of [
      '武威市民营经济增加值占比低于全省最高水平',
      '武威市民营经济增加值占比仅次于全省最高',
      '武威民营经济占比接近全省最高',
    ])
      expect(await verdicts(claim), claim).toEqual([]);
  });

  it('reads the verb after a with clause as the count’s before it: projects completed are no count of those implemented', async () => {
    const verdicts = async (claim: string) => (await check(claim)).figures.map((f: { verdict: string }) => f.verdict);
    const said = "Jiuquan's 18 province-listed major projects, with a total investment of 93.2 bln yuan, were";
    expect(await verdicts(`${said} all completed in 2021`)).toEqual(['not_found', 'not_found']);
    expect(await verdicts(`${said} implemented in 2021`)).toEqual(['supported', 'supported']);
    // The verb of a clause of its own after the with clause's figure is not the count's (of which 5 were completed).
    const each = 'In 2021 Jiuquan implemented 18 provincially listed major projects with a total investment of 93.2 billion yuan';
    expect((await verdicts(`${each}, of which 5 were completed`))[0]).toBe('supported');
    expect((await verdicts(`${each}, all of which have completed their approval procedures`)).slice(0, 2)).toEqual([
      'supported',
      'supported',
    ]);
    // A part of the count in the with clause (with 5 of them breaking ground) says nothing of the count's own stage.
    expect((await verdicts('Minle signed 8 projects, with 5 of them breaking ground'))[0]).toBe('supported');
  });

  it.each(CLAIMS)('%s, %s: %s → %s %s', async (_kind, script, claim, verdict, record) => {
    const body = await check(claim);
    expect(body.claim).toBe(claim);
    expect(body.verdict).toBe(verdict);
    // A Chinese claim's Chinese explanation is Chinese: units in their words (人次, 元), not the API's keys.
    if (script !== 'en') {
      const words = body.explanation_zh
        .replace(/原文（[\s\S]*$/, '')
        .replace(/\d{3}-[a-z]\d{3}/g, '')
        .replace(/[“（][^”）]*(?:GW|MW)[^”）]*[”）]/g, '')
        // A figure the article writes in GW is written so.
        .replace(/\d+(?:\.\d+)?(?:GWh|GW|MW)/g, '');
      expect(words, body.explanation_zh).not.toMatch(/[A-Za-z]/);
    }
    if (record === null) {
      expect(body.matches).toEqual([]);
      expect(body.explanation_en).toMatch(/^Not found/);
      return;
    }
    const [best] = body.matches;
    expect(best.indicator.id).toBe(record);
    expect(best.verdict).toBe(verdict);
    // The evidence comes with it, and the explanation quotes the passage its number stands in and says the recorded value.
    const evidence: { text: string }[] = best.indicator.evidence;
    const quote = evidence.find((e) => e.text.includes(best.indicator.value_text))?.text;
    expect(quote).toBeDefined();
    expect(best.explanation_en).toContain(`“${quote}”`);
    expect(best.explanation_zh).toContain(`“${quote}”`);
    expect(best.explanation_en).toContain(`${best.indicator.value_text}${best.indicator.unit_zh}`);
    expect(best.explanation_en).toContain(`/indicators/${record}`);
  });
});

describe('GET /check', () => {
  it('writes a rank in base units as each language writes one (第1位, rank 1), beside the words the article and the claim use', async () => {
    const [figure] = (await getJson(app(), `/check?claim=${encodeURIComponent('武威市民营经济增加值占生产总值比重居全省第二位')}`)).body
      .figures;
    expect(figure).toMatchObject({ verdict: 'contradicted', indicator: '000-i026' });
    expect(figure.explanation_zh).toContain('为一位（第1位），而非声明的“二位”（第2位）');
    expect(figure.explanation_en).toContain('gives 一位 (rank 1), not 二位 (rank 2)');
  });

  it('says a fall claimed against a recorded rise in words, and one of a unit in the singular', async () => {
    const fall = (await getJson(app(), `/check?claim=${encodeURIComponent('武威市2023年招商引资到位资金下降50.38%')}`)).body;
    expect(fall.verdict).toBe('contradicted');
    expect(fall.explanation_en).toContain('The claim gives a fall where the record gives a rise.');
    expect(fall.explanation_zh).toContain('声明为下降，记录为增长。');
    const rise = (await getJson(app(), `/check?claim=${encodeURIComponent('武威市2023年招商引资到位资金增长40.38%')}`)).body;
    expect(rise.verdict).toBe('contradicted');
    expect(rise.explanation_en).not.toMatch(/gives a (fall|rise) where/);
    const one = (await getJson(app(), `/check?claim=${encodeURIComponent('全省企业开办时间压缩至1个工作日')}`)).body;
    expect(one.explanation_en).toContain('(1 working day)');
    // No change is a fall or a rise: of nothing, the claim's change has no direction to set against the record's.
    const none = (await getJson(app(), `/check?claim=${encodeURIComponent('武威市2023年谋划招商引资重点项目总投资较2022年减少0亿元')}`))
      .body;
    expect(none.verdict).toBe('contradicted');
    expect(none.explanation_en).not.toMatch(/gives a (fall|rise) where/);
  });

  it('answers a rounded claim with the indicator as the API gives it and the claimed figure read exactly', async () => {
    const body = await check('武威市2023年招商引资到位资金约429亿元');
    const { body: indicator } = await getJson(app(), '/indicators/000-i031');
    expect(body.matches[0].indicator).toEqual(indicator);
    expect(body.matches[0].claimed).toEqual({
      text: '约429亿元',
      value: 429,
      unit: 'CNY',
      value_base: 42900000000,
      qualifier: 'approx',
      negated: false,
      period: '2023',
    });
    expect(body.explanation_en).toContain('rounded to the nearest 100,000,000 yuan');
    // 约 is what a rounded figure says: not named as a hedge that disagrees with the record's exact one.
    expect(body.explanation_en).not.toMatch(/The claim says about/);
    // A power of ten below one: a tenth of a percent, in either language.
    const tenth = await check('武威市2023年接待游客增长98.3%');
    expect(tenth.verdict).toBe('rounded');
    expect(tenth.explanation_en).toContain('rounded to the nearest 0.1%');
    expect(tenth.explanation_zh).toContain('取整到0.1%');
  });

  it('reads 多 after a decimal as the range up to its next digit, and a unit the words leave open as the record’s', async () => {
    const range = await check('武威市2023年招商引资到位资金增长0.5多%');
    expect(range.verdict).toBe('contradicted');
    expect(range.explanation_en).toContain('outside the claimed 0.5多% (from 0.5% to short of 0.6%)');
    // days may be days or working days: the claimed unit is the one the record is in.
    const days = await check('Tianzhu County took 5 days to resolve the property registration problem');
    expect(days.matches[0].claimed.unit).toBe('days');
    expect(days.matches[0].indicator.unit).toBe('days');
  });

  it('names the magnitude word that is wrong', async () => {
    const body = await check('武威市2023年招商引资到位资金429.49万元');
    expect(body.explanation_en).toContain('429.49亿元 (42,949,000,000 yuan), not 429.49万元 (4,294,900 yuan)');
    expect(body.explanation_en).toContain('times 1/10,000');
    expect(body.explanation_en).toContain('a magnitude word (万, 亿, million, billion) is wrong');
    // The same magnitude word on both sides: a digit or the point is off, not the word (14.1亿元 of 1.41亿元).
    const point = await check('临泽县落实省外到位资金14.1亿元');
    expect(point.explanation_en).toContain('times 10: a digit or the decimal point is off');
    expect(point.explanation_zh).toContain('多或少了一位数，或小数点位置有误');
    // 002's quote in Traditional with its glosses, and beside it, named as the dataset's, its Simplified reading.
    expect(point.explanation_zh).toMatch(/落實省外到位資金1\.41億元。”（数据集的简体读法：“[^”]*落实省外到位资金1\.41亿元。”）/);
  });

  it('names a hedge that disagrees: exactly 5000 against 5000余', async () => {
    const body = await check('Party organizations in Wuwei held exactly 5000 theory study central group sessions');
    expect(body.matches[0].claimed.qualifier).toBe('exact');
    expect(body.matches[0].indicator.qualifier).toBe('more_than');
    expect(body.explanation_en).toContain('The claim says exactly; the record says more than.');
    expect(body.explanation_zh).toContain('声明为“确数”，记录为“超过”');
  });

  it('names the record’s hedge a plain claim of its number leaves out: 5000 against 5000余 is rounded', async () => {
    const body = await check('Party organizations in Wuwei held 5000 theory study central group sessions');
    expect(body.verdict).toBe('rounded');
    expect(body.matches[0].indicator.qualifier).toBe('more_than');
    expect(body.explanation_en).toContain('leaves out the record\'s "more than": the record does not give that figure itself.');
    expect(body.explanation_zh).toContain('略去了记录的“超过”');
  });

  it('names a unit slip between percent and percentage points, the number kept', async () => {
    // The margin over the target is 24.75个百分点; said as 24.75%, the number is right and the unit wrong.
    const margin = await check('武威市2023年省外到位资金增长高于省上调度目标24.75%');
    expect(margin.verdict).toBe('contradicted');
    expect(margin.matches[0].indicator.id).toBe('000-i034');
    expect(margin.matches[0].claimed.unit).toBe('percent');
    expect(margin.explanation_en).toContain('the same number, but in percentage points, not percent as the claimed 24.75% says');
    // …and so with 余 after it: the unit is what is wrong, not the growth of 46.75% the words also fit.
    const some = await check('2023年武威省外到位资金增速高于全省目标24.75余%');
    expect(some.matches[0].indicator.id).toBe('000-i034');
    expect(some.explanation_en).toContain('in percentage points, not percent as the claimed 24.75余% says');
    const growth = await check('武威市2023年招商引资到位资金增长50.38个百分点');
    expect(growth.verdict).toBe('contradicted');
    expect(growth.matches[0].indicator.id).toBe('000-i032');
    expect(growth.explanation_zh).toContain('声明的单位有误');
    expect((await check('武威市2023年招商引资到位资金增长50.38%')).verdict).toBe('supported');
    // A claim naming a part has wholes set aside: a whole's equal figure is no part's, and no scope is 'undefined'.
    const reserve = await check('Sunan County has 58 reserve projects with a total investment of 2.87 billion yuan');
    expect(reserve.explanation_en).not.toContain('undefined');
    expect(reserve.explanation_en).not.toContain('of a part of the whole');
    // Not where a record of the claim's own measure contradicts it: the 46.75% growth, not the 24.75-point margin.
    const own = await check('2023年武威省外到位资金增长24.75%');
    expect(own.verdict).toBe('contradicted');
    expect(own.matches[0].indicator.id).toBe('000-i033');
    expect(own.explanation_en).not.toContain('the same number');
    // Nor for a bound or a range, whose number is no record's.
    expect((await check('2023年武威省外到位资金增长超过40个百分点')).explanation_en).not.toContain('the same number');
  });

  it('tells neighbouring measures apart in English by a body’s level and by total investment', async () => {
    const first = async (claim: string) => {
      const answer = await check(claim);
      return `${answer.verdict} ${answer.matches[0]?.indicator.id}`;
    };
    // Each takes the figure of the measure beside it in the article's sentence: 44 is provincial, 120.2亿 a year's.
    expect(await first('Jiayuguan had 44 city-level key projects')).toBe('contradicted 001-i068');
    expect(await first("Linze County's key projects have a total investment of 12.02 billion yuan")).toBe('contradicted 002-i028');
    expect(await first('Gansu trained 1,785 county-level and above cadres on the 20th Party Congress')).toBe('contradicted 001-i016');
    // Said of their own measures, they hold; 'with' ends a clause, so the total is not the 360 projects' measure.
    expect((await check("Linze County's 115 key projects have a total investment of 23.06 billion yuan")).verdict).toBe('supported');
    expect((await check('Jiuquan started 360 projects with total investment of 95.8 billion yuan')).verdict).toBe('supported');
  });

  it('holds a claim of exactly a number to it: no rounding, and not a record of more than it', async () => {
    // Exactly 19.6 million is not 1962.3万, which 19.6 million alone rounds.
    const rounded = await check('Wuwei received exactly 19.6 million tourist visits in 2023');
    expect(rounded.verdict).toBe('contradicted');
    expect(rounded.explanation_en).toContain('The claim says exactly, so it is not read as rounded.');
    expect(rounded.explanation_zh).toContain('声明为确数，不按约数比较。');
    expect((await check('Wuwei received exactly 19.623 million tourist visits in 2023')).verdict).toBe('supported');
    expect((await check('武威市2023年接待游客正好1962.3万人次')).verdict).toBe('supported');
  });

  it('says when the area and measure are held for another period only, and compares nothing', async () => {
    const body = await check('武威市2022年招商引资到位资金429.49亿元');
    expect(body.explanation_en).toContain('for other periods (000-i031: 2023)');
    expect(body.explanation_zh).toContain('其他时期的记录（000-i031：2023年）');
    expect(body.matches).toEqual([]);
    // A total as of a day is the record's that ends that day (001-i031: 目前, in an article of 18 February
    // 2024), in either language; as of another day, it is another period's, said in words of a date.
    for (const claim of [
      '截至2024年2月18日,全省市县同步推动化解遗留问题462个',
      'As of 18 February 2024, cities and counties in Gansu resolved 462 legacy problems',
    ])
      expect(await check(claim), claim).toMatchObject({
        verdict: 'supported',
        matches: [expect.objectContaining({ indicator: expect.objectContaining({ id: '001-i031' }) })],
      });
    expect((await check('Up to February 18, 2024, cities and counties in Gansu had resolved 500 legacy problems')).verdict).toBe(
      'contradicted',
    );
    // By a day is a target's as much as a total's: not compared with the total. Up to a month is the month, whose day answers it.
    expect((await check('Cities and counties in Gansu will resolve 500 legacy problems by 18 February 2024')).verdict).toBe('not_found');
    expect(await check('截至2021年3月，酒泉市集中开工复工项目360个')).toMatchObject({
      verdict: 'supported',
      matches: [expect.objectContaining({ indicator: expect.objectContaining({ id: '004-i004' }) })],
    });
    const dayBefore = await check('截至2024年2月17日,全省市县同步推动化解遗留问题462个');
    expect(dayBefore.explanation_en).toContain(
      'holds no record of Gansu Province (甘肃省) as of 17 February 2024 measuring this; it holds that measure only for other periods (001-i031: as of 18 February 2024)',
    );
    // A record whose text states no period is said to be one, not a record of another period.
    const undated = await check('甘肃省2023年清欠企业和群众账款8.044亿元');
    expect(undated.verdict).toBe('not_found');
    expect(undated.explanation_en).toContain('only with no period stated (001-i038)');
    expect(undated.explanation_zh).toContain('只有未注明时间的记录（001-i038）');
  });

  it('compares no record of another part of a year, nor of the year with a part of it', async () => {
    for (const [claim, other] of [
      ['武威市2023年一季度招商引资到位资金429.49亿元', '000-i031: 2023'],
      ["Jiuquan's investment funds in place grew 68.1% in 2021", '004-i001: Q1 2021'],
    ]) {
      const body = await check(claim);
      expect(body.verdict, claim).toBe('not_found');
      expect(body.explanation_en, claim).toContain(other);
    }
    // An event of a month or a day is one of its year.
    expect((await check('2023年天祝县用5天解决不动产登记问题')).matches[0].indicator.id).toBe('000-i039');
    // A period written right after a later clause's figure is that figure's, not the first clause's carried on (English).
    for (const claim of [
      "Wuwei received 19.6 million tourist visits in 2023 and Jiuquan's funds in place grew 68.1% in Q1 2021",
      "Jiuquan's funds in place grew 68.1% in Q1 2021 and Wuwei received 19.6 million tourist visits in 2023",
    ]) {
      const body = await check(claim);
      expect(body.figures.map((f: { verdict: string }) => f.verdict).sort(), claim).toEqual(['rounded', 'supported']);
    }
    // A quarter after the first figure may stand before the comparing words, as a year may (mcp13: the comparison had gone
    // unread and the false claim supported).
    const quarter = await check(
      "Jiuquan's investment funds in place grew 68.1% in Q1 2021, less than Wuwei's 50.38% growth of funds in place in 2023",
    );
    expect([quarter.verdict, quarter.comparisons.map((c: { verdict: string }) => c.verdict)]).toEqual(['contradicted', ['contradicted']]);
    // A 'with' clause's words end at comparing words too: what follows is what its figure is compared with (check12: Wuwei's
    // funds in place had become what Jiuquan's 360 projects measured).
    const withClause = await check(
      "Jiuquan's 360 projects started on 16 March 2021, with a total investment of 95.8 billion yuan, more than Wuwei's 2023 funds in place of 42.949 billion yuan.",
    );
    expect(withClause.figures.map((f: { indicator: string }) => f.indicator)).toEqual(['004-i004', '004-i005', '000-i031']);
    // …past comparing words too, however far after the figure it stands in its clause (check12: 93.2 billion had been 2023's).
    const compared = await check(
      "Wuwei's 2023 funds in place of 42.949 billion yuan were more than Jiuquan's 93.2 billion yuan of total investment in provincially listed major projects in 2021.",
    );
    expect(compared.figures.map((f: { indicator: string }) => f.indicator)).toEqual(['000-i031', '004-i011']);
    expect(compared.comparisons.map((c: { verdict: string }) => c.verdict)).toEqual(['contradicted']);
  });

  it('checks a claim that names the whole against the whole, whatever other words the part’s label has', async () => {
    const body = await check("Wuwei's investment funds in place reached 42.949 billion yuan in 2023, a growth of 50.38%");
    expect(body.verdict).toBe('supported');
    expect(body.matches.map((m: { indicator: { id: string } }) => m.indicator.id)).toEqual(['000-i031', '000-i032']);
  });

  it('names the area within the claimed one whose record has the figure: a county’s figure claimed for its city', async () => {
    // Not refuted by the city's record of another measure the words describe less well (383 livelihood problems, check14).
    const named = await check('武威市帮助企业群众解决问题1900多件');
    expect(named.verdict).toBe('not_found');
    expect(named.explanation_en).toContain("The claimed figure is record 000-i018's");
    expect(named.explanation_en).toContain('of Liangzhou District (凉州区), an area within Wuwei.');
    expect(named.explanation_zh).toContain('声明的数字是记录000-i018（');
    // The city's record of what the claim says still refutes it, and one described about as well as the area within's
    // (Gansu's out-of-province funds' growth, claimed as Wuwei's 50.38% of all its funds) does too.
    expect(await figuresOf('武威市解决民生领域问题1900件')).toEqual([['1900件', 'contradicted', '000-i047']]);
    const claim =
      "Wuwei's funds in place grew 41.78%, while Gansu's out-of-province funds in place were 596.127 billion yuan, which was up 50.38%";
    expect((await figuresOf(claim)).at(-1)).toEqual(['50.38%', 'contradicted', '001-i077']);
    // Nor does the area's record of another measure the words describe clearly less well refute it: the province's share
    // handled entirely online (全程网办率, 99.84%) is not Wuwei's online availability (网上可办率, 100%).
    const [online] = (await check('甘肅省政務服務事項網上可辦率達到100%')).figures as (CheckedFigure & { explanation_en: string })[];
    expect([online.verdict, online.explanation_en]).toEqual([
      'not_found',
      expect.stringContaining("The claimed figure is record 000-i019's"),
    ]);
    const notFound = await check('张掖市落实省外到位资金1.41亿元');
    expect(notFound.verdict).toBe('not_found');
    expect(notFound.explanation_zh).toContain('属于张掖市下辖的临泽县。');
    // Where the area's own record has it, nothing is said of the areas within.
    expect((await check('武威市2023年招商引资到位资金429.49亿元')).explanation_en).not.toContain('an area within');
  });

  it('shows beside the record a claim speaks of no record its words set back, though that one has the number', async () => {
    const body = await check('Wuwei introduced 510 new investment projects');
    expect(body.verdict).toBe('contradicted');
    expect(body.matches.map((m: { indicator: { id: string } }) => m.indicator.id)).toEqual(['003-i012']);
  });

  it('names the records of the area that have the claimed number under a measure the claim does not say, and compares none', async () => {
    const investment = await check('Wuwei attracted 42.949 billion yuan of investment in 2023');
    expect(investment.verdict).toBe('not_found');
    expect(investment.explanation_en).toContain(
      "in a record whose measure the claim's words did not match: 000-i031 (Investment-promotion funds in place, Wuwei, 2023) gives 429.49亿元.",
    );
    expect(investment.explanation_zh).toContain('见于声明用语未能对应其口径的记录：000-i031（武威市2023年招商引资到位资金）为429.49亿元。');
    // A number it rounds is named too; a number of fewer than three significant digits (a whole number's trailing
    // zeros not counted: 100% is one, not the online availability rate's three), a bound or another number is not.
    expect((await check('Wuwei has 19.6 million hospital beds')).explanation_en).toContain('000-i035 (Cumulative tourist visits received');
    for (const claim of [
      'Wuwei built 24 airports',
      'Wuwei has more than 629 hospitals',
      'Wuwei has 631 hospitals',
      "Wuwei's forest coverage reached 100%",
    ]) {
      const body = await check(claim);
      expect(body.verdict, claim).toBe('not_found');
      expect(body.explanation_en, claim).not.toContain('did not match');
    }
    expect((await check('Wuwei has 629 hospitals')).explanation_en).toContain('000-i030 (Investment-promotion projects implemented');
    // A decimal's digits all count: 50.38% has four.
    expect((await check("Wuwei's hospital beds grew 50.38% in 2023")).explanation_en).toContain(
      '000-i032 (Growth of investment-promotion funds in place',
    );
  });

  it('does not check a claim that names a part against the whole', async () => {
    // Wuwei's out-of-province funds are given only as a growth rate: 429.49亿元 is all funds in place.
    for (const claim of ['武威市省外到位资金429.49亿元', "Wuwei's out-of-province funds in place reached 42.949 billion yuan in 2023"]) {
      const body = await check(claim);
      expect(body.verdict, claim).toBe('not_found');
      expect(body.matches, claim).toEqual([]);
      // Named only as a record with the same number whose measure the words did not match: the whole's, which the claim may have meant.
      const [reason, aside] = body.explanation_en.split("the claim's words did not match:");
      expect(reason, claim).not.toContain('000-i031');
      expect(aside, claim).toContain('000-i031 (Investment-promotion funds in place, Wuwei, 2023) gives 429.49亿元');
    }
  });

  it('does not contradict a claim of the whole with the only record, a part’s, but says what the part is', async () => {
    // Linze's one funds-in-place record counts investors from outside Gansu; its whole may be more.
    const whole = await check('临泽县到位资金2亿元');
    expect(whole.verdict).toBe('not_found');
    expect(whole.explanation_en).toContain('only a part of what the claim measures: record 002-i036');
    expect(whole.explanation_zh).toContain('只有声明所说内容的一部分：记录002-i036');
    // Nor does the part's equal figure support the whole, which the article does not give.
    expect((await check('临泽县到位资金1.41亿元')).verdict).toBe('not_found');
    // Named, the part is checked, and a wrong figure is contradicted; 甘肃省外 names it too.
    expect((await check('临泽县省外到位资金2亿元')).verdict).toBe('contradicted');
    expect((await check('临泽县落实省外到位资金1.41亿元')).verdict).toBe('supported');
    expect((await check('甘肃省外到位资金6000亿元')).verdict).toBe('contradicted');
    // Parts of two kinds and no whole (Gansu's out-of-province signed amount, one programme's): still not found.
    const mixed = await check('甘肃省签约金额300亿元');
    expect(mixed.verdict).toBe('not_found');
    // Either part is named: the out-of-province amount, or the programme's (the words set neither before the other).
    expect(mixed.explanation_en).toMatch(/only a part of what the claim measures: record 001-i0(78|63) /);
    expect((await check('甘肃省2023年省外招商引资签约金额5000亿元')).verdict).toBe('contradicted');
  });

  it('takes a body’s, a programme’s or a case’s figure for a part of its area’s, named by the subject’s own words', async () => {
    // Zhangye's one signed amount is its investment bureau's (one_body): the city's may be more, so it
    // does not contradict a claim of the city; matched, it is the figure the claim speaks of.
    const whole = await check('张掖市签约金额300亿元');
    expect(whole.verdict).toBe('not_found');
    expect(whole.explanation_en).toContain('only a part of what the claim measures: record 002-i011');
    expect(whole.explanation_en).toContain('One body only');
    expect((await check('张掖市签约金额234.48亿元')).verdict).toBe('supported');
    expect((await check('Zhangye signed 23.4 billion yuan')).verdict).toBe('rounded');
    // Named by the bureau, it is checked; the words of a measure name no subject, nor do two of them side by side
    // (招商 of 招商局; 约总 of 签约总额, 作项 of 合作项目).
    expect((await check('张掖市招商局签约金额300亿元')).verdict).toBe('contradicted');
    // Nor does a scope's part's equal figure support it, where no record of the whole stands beside it: the
    // province's 10177.11亿元 is out of province only; named so (省外), it supports.
    expect((await check('甘肃省签约金额10177.11亿元')).verdict).toBe('not_found');
    expect((await check('甘肃省外签约金额10177.11亿元')).verdict).toBe('supported');
    expect((await check('甘肃省签约金额243亿元')).verdict).toBe('supported');
    for (const claim of ['张掖市招商引资签约金额300亿元', '甘肃省签约总额300亿元', '甘肃省签约合作项目30个']) {
      expect((await check(claim)).verdict, claim).toBe('not_found');
    }
    // Gansu's 18 projects were signed during one programme's visits, not all the province signed.
    const programme = await check('甘肃省签约项目30个');
    expect(programme.verdict).toBe('not_found');
    expect(programme.explanation_en).toContain('record 001-i061');
    // A case (one_case) is a part too: its equal figure supports a claim of its area, whichever other unit's
    // record of the case shares its words, but its other figure does not contradict one that does not
    // name the case (one building's 16户 is not the county's); named (兴盛嘉园, 涧河水源), it does.
    expect((await check('灵台县21个村饮水困难')).verdict).toBe('supported');
    // …and in the article's own words, 饮水难 (task18: the metric's name had said only 饮水困难).
    expect((await check('灵台县21个村群众饮水难')).verdict).toBe('supported');
    expect((await check('灵台县3565户群众饮水难')).verdict).toBe('supported');
    expect((await check('灵台县涧河水源供水区3565户群众用水难问题得到解决')).verdict).toBe('supported');
    const county = await check('天祝县办理不动产登记500户');
    expect(county.verdict).toBe('not_found');
    expect(county.explanation_en).toContain('record 000-i040');
    expect(county.explanation_en).toContain('One case only');
    expect(county.explanation_en).toContain('only for one case');
    expect(county.explanation_zh).toContain('只有单个案件的这项数据');
    expect((await check('甘肃省新能源建设指标50万千瓦')).verdict).toBe('not_found');
    expect((await check('天祝县兴盛嘉园2号楼办理不动产登记500户')).verdict).toBe('contradicted');
    expect((await check('灵台县涧河水源饮水困难的村30个')).verdict).toBe('contradicted');
    // Of records that contradict, one whose label alone has a word the claim says is cited first: owed (i034,
    // 尚欠八冶), not paid (i033); 在库 (i018), not 新入库 (i019). Else the nearest value: 115 planned key
    // projects (i027), not the 20 started (i030), whose measure scores a little higher.
    for (const [claim, first] of [
      ['安宁区环卫局拖欠八冶集团工程款5000万元', '001-i034'],
      ['甘州区在库项目80个', '002-i018'],
      ['临泽县重点项目150项', '002-i027'],
      ['张掖市社会监督问题20件', '002-i060'],
    ]) {
      const answer = await check(claim);
      expect(answer.verdict, claim).toBe('contradicted');
      expect(answer.matches[0].indicator.id, claim).toBe(first);
    }
    // A case is named by its complaint's place too: 001-i047's label (灵台县用水难问题得到解决的群众户数) says none.
    expect((await check('灵台县涧河水源供水区5000户群众用水难问题得到解决')).verdict).toBe('contradicted');
    expect((await check('灵台县解决了5000户群众的用水难问题')).verdict).toBe('not_found');
    // By three characters of the place running on, not a common word of it (小区, 水源).
    for (const claim of ['天祝县小区办理不动产登记500户', '灵台县新建水源工程解决5000户群众用水难问题']) {
      expect((await check(claim)).verdict, claim).toBe('not_found');
    }
    // Beside a record of the whole, a body's figure is judged as the whole's is: the best verdict stands.
    const both = await check('武威市委理论学习中心组集体学习17次，带动全市各级党组织组织理论学习中心组5000余场次');
    expect(both.verdict).toBe('supported');
    expect(both.matches.map((m: { indicator: { id: string } }) => m.indicator.id)).toEqual(['000-i001', '000-i004']);
  });

  it('reads two figures of one sentence as two measures, and a part against the whole of its own measure', async () => {
    const ids = (answer: { matches: { verdict: string; indicator: { id: string } }[] }) =>
      answer.matches.map((m) => `${m.verdict} ${m.indicator.id}`);
    // The 510 started are what the words describe best for both figures; the 515 is another record's (introduced).
    const both = await check('武威市515个新引进项目已开工510个');
    expect(both.verdict).toBe('supported');
    expect(ids(both)).toEqual(['supported 003-i012', 'supported 003-i013']);
    // The first figure wrong: it is compared with the record of its own measure, the 515 introduced.
    expect(ids(await check('武威市500个新引进项目已开工510个'))).toEqual(['contradicted 003-i012', 'supported 003-i013']);
    // Said alone, 515 started is the started record's figure, and wrong.
    expect(ids(await check('武威市新引进项目已开工515个'))[0]).toBe('contradicted 003-i013');
    // 和 between two figures begins the second's clause, as 'and' does: the 28 are the newly added projects.
    const article = await check('甘州区对标对表“三个清单”,分解落实在库的77个项目和新入库的28个项目,加速推进建设风光电优质新能源');
    expect(ids(article)).toEqual(['supported 002-i018', 'supported 002-i019']);
    // With no other record the words describe, a record another figure of the sentence is, is not this one's:
    // not found, the record named.
    const again = await check('甘州区分解落实在库的77个项目和在库的78个项目');
    expect(again.verdict).toBe('not_found');
    expect(ids(again)).toEqual(['supported 002-i018']);
    expect(again.explanation_en).toContain('78个: Not found: the record the words around this figure describe, 002-i018');
    expect(again.explanation_zh).toContain('是文本中的另一个数字');
    // In another sentence, the same measure given twice, differently, is contradicted.
    const twice = await check('武威市2023年到位资金429.49亿元。武威市2023年到位资金439亿元');
    expect(ids(twice)).toEqual(['supported 000-i031', 'contradicted 000-i031']);
    // 287 province-listed major projects are not a part of the 74 whose legacy problems were solved: that
    // record measures another thing, so it is no whole the part gives way to.
    const listed = await check('全省287个省列重大项目完成投资2690亿元');
    expect(listed.verdict).toBe('supported');
    expect(ids(listed)).toEqual(['supported 001-i028', 'supported 001-i080']);
    expect(ids(await check('甘肃省省列重大项目300个'))[0]).toBe('contradicted 001-i028');
  });

  it('does not give a figure the period written after it for another area', async () => {
    // 2023年 is Wuwei's; Zhangye's investment bureau's 234.48亿元 has no period in the records.
    const body = await check('張掖市招商局簽約金額234.48億元，武威市2023年到位资金429.49亿元');
    expect(body.matches.map((m: { verdict: string; indicator: { id: string } }) => `${m.verdict} ${m.indicator.id}`)).toEqual([
      'supported 002-i011',
      'supported 000-i031',
    ]);
  });

  it('gives a figure the area written right after it in its own English clause, or after by (check12)', async () => {
    // Jiuquan's, past Wuwei's clause: the dataset holds no such figure of Jiuquan (they had been judged by Wuwei's records).
    for (const claim of [
      "Wuwei's tourism revenue grew 115.96% in 2023, while tourist visits grew 98.28% in Jiuquan.",
      'In 2023, Wuwei implemented 629 investment projects, while funds in place reached 42.949 billion yuan in Jiuquan.',
    ]) {
      const { figures } = await check(claim);
      expect(figures[1].verdict, claim).toBe('not_found');
      expect(figures[1].explanation_en, claim).toMatch(/^Not found: the dataset holds no record of Jiuquan \(酒泉市\)/);
    }
    // The agent after by, whatever area stands before.
    const signed = await check(
      "Zhangye's investment bureau signed 23.448 billion yuan, about half of the 48.679 billion yuan signed by Wuwei for new out-of-province projects in 2023.",
    );
    expect(signed.figures.map((f: { indicator: string }) => f.indicator)).toEqual(['002-i011', '003-i006']);
    // In one clause with the area before, an area after is where the figure went: the area before's; and joined by and
    // (rev24, rev23), or after by that is no participle's right after the figure (overtaken, outpaced), nothing changes.
    expect((await check('Wuwei invested 5 billion yuan in Jiuquan')).explanation_en).toMatch(/no record of Wuwei \(武威市\)/);
    for (const [claim, record] of [
      ['Minle County set up an investment headquarters and signed 8 projects in Lanzhou', '002-i046'],
      ['Wuwei introduced 515 new projects and 510 started in Liangzhou and Gulang', '003-i013'],
      ['Wuwei introduced 515 new projects, and 510 of them started construction in Liangzhou and other counties', '003-i013'],
      ["Wuwei's tourism revenue of 12.31 billion yuan was overtaken by Jiuquan", '000-i036'],
      ["Zhangye's investment bureau's 23.448 billion yuan were outpaced by Wuwei", '002-i011'],
    ]) {
      const { figures } = await check(claim);
      expect(figures.at(-1).indicator, claim).toBe(record);
    }
  });

  it('separates the Chinese explanations of several figures as it does the English', async () => {
    const body = await check('武威市2023年接待游客1962.3万人次，旅游综合收入150亿元');
    expect(body.explanation_zh).toContain('——/indicators/000-i035；150亿元：不符');
  });

  it('checks the dataset’s own sentence against its own records, and contradicts none of them', async () => {
    // 002-p011 (Simplified). Its figures after 赴江苏、广东 are taken as those places' and not found (a place gone to
    // taken as the area where its sentence names no other: the note of 2026-12-04 says why that stays), never contradicted.
    const linze = await check(
      '临泽县谋划筛选确定重点项目115项,总投资230.6亿元,年度投资120.2亿元,20项重点项目已开复工;组建招商小分队赴江苏、广东等地精准对接板桥北滩10万千瓦风电场建设等项目,签约江苏天合2GW光伏组件生产、易事特2GWh新型储能装备制造等重点产业项目5项,总签约额达85亿元,落实省外到位资金1.41亿元。',
    );
    const figures = linze.figures as { text: string; verdict: string; indicator?: string }[];
    expect(figures.slice(0, 4).map((f) => `${f.text} ${f.indicator}`)).toEqual([
      '115项 002-i027',
      '230.6亿元 002-i028',
      '120.2亿元 002-i029',
      '20项 002-i030',
    ]);
    expect(figures.map((f) => f.verdict)).not.toContain('contradicted');
  });

  it('answers a claim with no figure, or no area, as not found with the reason', async () => {
    expect((await check('武威市招商引资成效显著')).explanation_en).toMatch(/no figure/);
    // A number written across scripts (1962点3万) is not read, rather than read as two wrong figures (1962 and 3万).
    for (const mixed of [
      '武威市2023年接待游客1962点3万人次',
      '武威市2023年接待游客一九六二.三万人次',
      '武威市2023年接待游客1962.三万人次',
      '武威市2023年接待游客一千九百六十二点3万人次',
      // Numbers of some (over ten million, several hundred, ten-odd): no part of them is the figure.
      '武威市2023年接待游客上千万人次',
      '武威市引进几百个项目',
      '甘州区中船三 十万千瓦光伏发电',
      '武威市引进十几个项目',
    ])
      expect((await check(mixed)).explanation_en).toMatch(/no figure/);
    expect((await check('招商引资到位资金429.49亿元')).explanation_en).toMatch(/names no area/);
    // A figure many records of its area could be: the best five compared, as the schema says.
    const many = await check('甘肃省解决问题5000件');
    expect((await getJson(app(), '/indicators?city=gansu&unit=cases&limit=1')).body.meta.total).toBeGreaterThan(MATCHES);
    expect(many.matches).toHaveLength(MATCHES);
    const dollars = await check('武威市2023年招商引资到位资金429.49亿美元');
    expect(dollars.explanation_en).toBe(
      'Not found: the figure is in a currency the dataset does not record; all of its money is in yuan (CNY).',
    );
    expect(dollars.explanation_zh).toMatch(/币种/);
    // A conversion in U.S. dollars beside the yuan: the yuan is checked, with the rest of its sentence (U.S. ends none).
    const beside = await check('Wuwei had 42.95 billion yuan (about 6 billion U.S. dollars) of investment funds in place in 2023');
    expect(beside.figures.map((f: { verdict: string }) => f.verdict)).toEqual(['rounded', 'not_found']);
    expect(beside.figures[0].explanation_en).toMatch(/record 000-i031/);
    expect(beside.figures[1].explanation_en).toMatch(/currency the dataset does not record/);
  });

  it('checks each figure of a claim that has several, and is contradicted if one is', async () => {
    // Each figure is its own clause's: swapped between two measures whose names share words, neither is supported.
    const verdicts = async (claim: string) =>
      (await check(claim)).figures.map(
        (f: { verdict: string; explanation_en: string }) => `${f.verdict} ${/\d{3}-i\d{3}/.exec(f.explanation_en)?.[0]}`,
      );
    const leaders = "Wuwei's county-level leadership teams completed";
    expect(await verdicts(`${leaders} 336 research topics and 1,013 case-study topics`)).toEqual([
      'contradicted 000-i006',
      'contradicted 000-i007',
    ]);
    expect(await verdicts(`${leaders} 1,013 research topics and 336 case-study topics`)).toEqual([
      'supported 000-i006',
      'supported 000-i007',
    ]);
    // While (whereas, but) between two figures parts their clauses as and does.
    expect(await verdicts("Wuwei's tourist visits grew 115.96 percent while its tourism revenue rose 98.28 percent in 2023")).toEqual([
      'contradicted 000-i037',
      'contradicted 000-i038',
    ]);
    // Whatever words the clause adds that no record says (系列文化活动): 8 categories and 108 items swapped are neither.
    expect(await verdicts('张掖市文广旅游局组织108大类8项系列文化活动')).toEqual(['contradicted 002-i016', 'contradicted 002-i017']);
    // A stage word is the figure's it stands beside: completed of the 5, not of the 8 signed after it.
    expect(await verdicts('Minle County has completed 5 of its 8 signed projects')).toEqual(['not_found undefined', 'supported 002-i046']);
    expect(await verdicts('Minle County signed 8 projects, 5 of which were completed')).toEqual([
      'supported 002-i046',
      'not_found undefined',
    ]);
    // …and in its own words: 已建成投产 is the 510's, not the 515 introduced before it.
    expect((await verdicts('武威市515个新引进项目已建成投产510个'))[0]).toBe('supported 003-i012');
    // Of a figure alone in its sentence, the words after it say its measure too (have started construction).
    expect(await verdicts('510 newly introduced investment projects in Wuwei have started construction')).toEqual(['supported 003-i013']);
    const body = await check('2023年武威市旅游综合收入123.1亿元，增长115.97%');
    expect(body.verdict).toBe('contradicted');
    expect(body.matches.map((m: { verdict: string; indicator: { id: string } }) => `${m.verdict} ${m.indicator.id}`)).toEqual([
      'supported 000-i036',
      'contradicted 000-i038',
    ]);
    // Each figure has its verdict, found or not: the one not found is named, not only in the explanation.
    const one = await check('In 2023 Wuwei received 19.623 million tourist visits and opened 99 new airports');
    expect(one.verdict).toBe('not_found');
    expect(one.figures.map((f: { text: string; verdict: string; indicator: string | null }) => [f.text, f.verdict, f.indicator])).toEqual([
      ['19.623 million', 'supported', '000-i035'],
      ['99', 'not_found', null],
    ]);
    expect(one.figures[1]).toMatchObject({ start: 64, end: 66 });
    // Rounded and not found: the claim is not found, the worse of the two.
    const rounded = await check('Wuwei received 19.6 million tourist visits and opened 99 new airports in 2023');
    expect(rounded.figures.map((f: { verdict: string }) => f.verdict)).toEqual(['rounded', 'not_found']);
    expect(rounded.verdict).toBe('not_found');
    // A wrong number word is checked as a wrong digit is, not left out while the other figure passes (of the bureau whose
    // work the figures are: data19).
    const words = await check("Zhangye's culture and tourism bureau held 108 cultural activities in nine categories");
    expect(words.verdict).toBe('contradicted');
    expect(words.figures.map((f: { text: string; verdict: string }) => [f.text, f.verdict])).toEqual([
      ['108', 'supported'],
      ['nine', 'contradicted'],
    ]);
    // A count before its noun is not judged against the money after it: the wrong amount alone is contradicted.
    expect(await figuresOf("Ganzhou District's 13 strategic agreements have a total investment of 5.3 billion yuan")).toEqual([
      ['13', 'supported', '002-i025'],
      ['5.3 billion yuan', 'contradicted', '002-i026'],
    ]);
  });

  it('reads 签约 as signing, not as the hedge 约, and 分别 as pairing each listed figure with its own measure', async () => {
    const signed = await check('张掖市招商局签约234.48亿元');
    expect(signed.matches[0].claimed.qualifier).toBeNull();
    const respectively = await check('2023年武威市全市累计接待游客1962.3万人次,实现旅游综合收入123.1亿元,分别增长98.28%、115.96%。');
    expect(respectively.matches.map((m: { verdict: string; indicator: { id: string } }) => `${m.verdict} ${m.indicator.id}`)).toEqual([
      'supported 000-i035',
      'supported 000-i036',
      'supported 000-i037',
      'supported 000-i038',
    ]);
  });

  it('gives a record to the figure of a sentence that holds it best: exactly, then rounded, and the other figure another record', async () => {
    // 515 introduced (003-i012), 510 of them started (003-i013).
    expect(await figuresOf('武威市约500个新引进项目已开工510个')).toEqual([
      ['约500个', 'rounded', '003-i012'],
      ['510个', 'supported', '003-i013'],
    ]);
    expect(await figuresOf('武威市500个新引进项目已开工约500个')).toEqual([
      ['500个', 'contradicted', '003-i012'],
      ['约500个', 'rounded', '003-i013'],
    ]);
    expect(await figuresOf('武威市515个新引进项目已开工510个')).toEqual([
      ['515个', 'supported', '003-i012'],
      ['510个', 'supported', '003-i013'],
    ]);
    // A rounded figure that no other record fits restates the one taken: it keeps it, rounded.
    expect(await figuresOf('武威市新引进项目515个，约500个')).toEqual([
      ['515个', 'supported', '003-i012'],
      ['约500个', 'rounded', '003-i012'],
    ]);
  });

  it('takes no record for a negated figure from the other figures of its sentence', async () => {
    // 不是500亿元 says what the value is not: the 430亿元 beside it is judged against the record, not set aside.
    const body = await check('武威市2023年招商引资到位资金不是500亿元，而是430亿元');
    expect(body.figures.map((f: { verdict: string }) => f.verdict)).toEqual(['supported', 'contradicted']);
    expect(body.figures[1].indicator).toBe('000-i031');
  });

  it('takes a figure for the measure its own clause names, not one another clause of the sentence names', async () => {
    // 000: 受理社会监督意见704件,办结685件; 002: 对省上转办10件、市级受理的14件; 002: 初步达成意向项目19项,签约项目8项. Each swapped.
    expect(await verdictsOf('2023年武威市共受理社会监督意见685件,办结704件')).toEqual([
      ['contradicted', '000-i043'],
      ['contradicted', '000-i044'],
    ]);
    expect((await verdictsOf('张掖市对省上转办14件、市级受理的10件社会监督问题专题研判')).map((f: string[]) => f[0])).toEqual([
      'contradicted',
      'contradicted',
    ]);
    expect(await verdictsOf('民乐县初步达成意向项目8项,签约项目19项')).toEqual([
      ['contradicted', '002-i045'],
      ['contradicted', '002-i046'],
    ]);
    expect(await verdictsOf('2023年武威市共受理社会监督意见704件,办结685件')).toEqual([
      ['supported', '000-i043'],
      ['supported', '000-i044'],
    ]);
  });

  it('carries an area past a sentence whose only places are where its subject went', async () => {
    // 002's sentence as its Simplified reading gives it: after the ；, 赴江苏、广东 are destinations, and the figures Linze's.
    expect(await verdictsOf('临泽县谋划筛选确定重点项目115项;组建招商小分队赴江苏、广东等地精准对接,落实省外到位资金1.41亿元')).toEqual([
      ['supported', '002-i027'],
      ['supported', '002-i036'],
    ]);
  });

  it('gives each figure listed with 分别 or respectively the area listed in its place', async () => {
    // 002 gives Linze 1.41亿元 and Shandan 0.35亿元 of out-of-province funds; swapped, each is the other's.
    expect(await verdictsOf('临泽县、山丹县分别落实省外到位资金1.41亿元、0.35亿元')).toEqual([
      ['supported', '002-i036'],
      ['supported', '002-i044'],
    ]);
    expect(await verdictsOf('临泽县、山丹县分别落实省外到位资金0.35亿元、1.41亿元')).toEqual([
      ['contradicted', '002-i036'],
      ['contradicted', '002-i044'],
    ]);
    expect(
      await verdictsOf('Linze and Shandan secured out-of-province funds of 141 million yuan and 35 million yuan respectively'),
    ).toEqual([
      ['supported', '002-i036'],
      ['supported', '002-i044'],
    ]);
  });

  it('reads a year and a level after it as two, and the second end of from … to in words as counted', async () => {
    // In 2023 to 4.29 billion is no range: the level is checked, and it is a tenth of the record's.
    expect(await figuresOf("Wuwei's funds in place rose 50.38 percent in 2023 to 4.29 billion yuan")).toEqual([
      ['50.38 percent', 'supported', '000-i032'],
      ['4.29 billion yuan', 'contradicted', '000-i031'],
    ]);
    expect(await figuresOf('Property transfer registration in Gansu was cut from three steps to two')).toEqual([
      ['three', 'supported', '001-i057'],
      ['two', 'contradicted', '001-i058'],
    ]);
    // …one too, which alone is prose (one of them), not dropped to leave the claim supported (claims20).
    expect(await figuresOf('Gansu cut the approval time for construction projects from 120 working days to one.')).toEqual([
      ['120 working days', 'supported', '001-i055'],
      ['one', 'contradicted', '001-i056'],
    ]);
    // A span of days is one period, whose numbers are no figures (28 was one, and the claim's period its last day).
    expect(
      await figuresOf(
        'The Anning District Sanitation Bureau paid off 42.16 million yuan of arrears to Baye Group between 28 September and 23 October 2023',
      ),
    ).toEqual([['42.16 million yuan', 'supported', '001-i036']]);
    // A count the claim states that one record's label states too names that record: 967.53亿元 is the 27 investment-promotion
    // projects' total, not the 58 reserve projects' (28.7亿元), which another record of the same measure gives.
    expect(await figuresOf('肃南县谋划储备项目58项,总投资967.53亿元')).toEqual([
      ['58项', 'supported', '002-i052'],
      ['967.53亿元', 'contradicted', '002-i053'],
    ]);
    expect((await figuresOf("Sunan County's 58 reserve projects have a total investment of 96.753 billion yuan"))[1]).toEqual([
      '96.753 billion yuan',
      'contradicted',
      '002-i053',
    ]);
    // Not a count after the figure, nor one of another thing, nor one another count follows before the figure.
    expect((await figuresOf('肃南县谋划储备项目总投资967.53亿元，涉及58家企业'))[0]).toEqual(['967.53亿元', 'supported', '002-i051']);
    expect((await figuresOf('甘州区总投资53亿元，涉及13家企业'))[0]).toEqual(['53亿元', 'supported', '002-i023']);
    expect((await figuresOf('肃南县涉及58家企业的谋划储备项目总投资967.53亿元'))[1]).toEqual(['967.53亿元', 'supported', '002-i051']);
    const ofWhich =
      'Sunan County planned 58 reserve projects, of which 27 are investment-promotion projects with a total investment of 96.753 billion yuan';
    expect((await figuresOf(ofWhich))[2]).toEqual(['96.753 billion yuan', 'supported', '002-i051']);
    expect(await figuresOf('肃南县谋划储备招商引资项目27项,总投资967.53亿元')).toEqual([
      ['27项', 'supported', '002-i050'],
      ['967.53亿元', 'supported', '002-i051'],
    ]);
    // A part of a scope is named by the words of the record it is part of: the started of Minle's signed projects
    // (002-i047, part of 002-i046) in the article's own sentence, in Traditional and in English; a claim of started
    // projects that does not say which is of the whole, which the dataset does not hold.
    expect(await figuresOf('民乐县签约项目8项，其中落地开工5项')).toEqual([
      ['8项', 'supported', '002-i046'],
      ['5项', 'supported', '002-i047'],
    ]);
    expect(await figuresOf('民樂縣簽約項目中落地開工6項')).toEqual([['6項', 'contradicted', '002-i047']]);
    expect(await figuresOf('5 signed projects in Minle County have started construction')).toEqual([['5', 'supported', '002-i047']]);
    expect(await figuresOf('民乐县开工项目5项')).toEqual([['5项', 'not_found', null]]);
    // X中Y N: X names the set, Y the measure (Linze's 20 key projects started, 002-i030, of its 115 planned, 002-i027);
    // a wrong number is the started ones' too, not the set's.
    expect(await figuresOf('临泽县谋划筛选确定的重点项目中已开复工20项')).toEqual([['20项', 'supported', '002-i030']]);
    expect(await figuresOf('临泽县谋划筛选确定的重点项目中已开复工12项')).toEqual([['12项', 'contradicted', '002-i030']]);
    // The set named before the part by 其中, of or among, or by a clause with no figure of its own, not by another
    // figure's clause (全县, the whole county) nor by a word of the whole's label said anywhere (确定).
    expect(await figuresOf("Of Minle County's 8 signed projects, 5 have started construction")).toEqual([
      ['8', 'supported', '002-i046'],
      ['5', 'supported', '002-i047'],
    ]);
    expect(await figuresOf('Signed projects that have landed and started construction, Minle County: 5 projects')).toEqual([
      ['5 projects', 'supported', '002-i047'],
    ]);
    expect((await figuresOf('民乐县签约项目8项，全县开工项目12项'))[1]).toEqual(['12项', 'not_found', null]);
    expect(await figuresOf('临泽县已确定开工项目30项')).toEqual([['30项', 'not_found', null]]);
    // 中 in a word (中标, won a bid) names no set; after 意见, the opinions received, it does.
    expect(await figuresOf('张掖市招商局签约项目中标金额300亿元')).toEqual([['300亿元', 'not_found', null]]);
    expect(await figuresOf('甘州区光伏项目中船光伏发电项目装机30万千瓦')).toEqual([['30万千瓦', 'supported', '002-i021']]);
    expect(await figuresOf('武威市2023年受理的社会监督意见中办结700件')).toEqual([['700件', 'contradicted', '000-i044']]);
    expect(await figuresOf('临泽县谋划筛选确定重点项目115项，已开复工20项')).toEqual([
      ['115项', 'supported', '002-i027'],
      ['20项', 'supported', '002-i030'],
    ]);
    // A year in a later clause with a figure of its own is that figure's, not the one before it (which has none).
    expect(await figuresOf('臨澤縣重點項目總投資330.6億元，2023年度投資120.2億元')).toEqual([
      ['330.6億元', 'contradicted', '002-i028'],
      ['120.2億元', 'supported', '002-i029'],
    ]);
    // A year after the later figure is both's; one in the figure's own clause is its own, whatever follows it.
    expect((await figuresOf('Linze key projects: 23.06 billion yuan of total investment, in 2023'))[0]).toEqual([
      '23.06 billion yuan',
      'not_found',
      null,
    ]);
    expect((await figuresOf("Wuwei's funds in place were 42.949 billion yuan, up 50.38 percent in 2022"))[0]).toEqual([
      '42.949 billion yuan',
      'not_found',
      null,
    ]);
    expect((await figuresOf("Wuwei's funds in place were 42.949 billion yuan in 2022 against 28.56 billion yuan"))[0]).toEqual([
      '42.949 billion yuan',
      'not_found',
      null,
    ]);
    // Words of a whole year name the record of part of one, and compare no record of another measure instead.
    const lastYear = await check('Gansu resolved 5,527 prominent problems last year');
    expect(lastYear.explanation_en).toMatch(/only for other periods \(001-i048: /);
    // A date's parts are still no range's ends, nor figures.
    expect((await figuresOf('2023-10-01,武威市2023年招商引资到位资金429.49亿元')).map((f: string[]) => f[0])).not.toContain('10');
  });

  it('reads no figure in a range, rather than each end on its own', async () => {
    for (const claim of ['武威市2023年接待游客1900万至2000万人次', '武威市有3-5個百億級產業集群', '武威市2023年接待游客1900到2000万人次']) {
      const body = await check(claim);
      expect(body.verdict, claim).toBe('not_found');
      expect(body.figures, claim).toEqual([]);
    }
  });

  it('says why a plan claimed as done, and a figure within a recorded bound, are not found', async () => {
    const plan = await check('2021年酒泉市完成投资280亿元');
    expect(plan.explanation_en).toMatch(/only as a plan or an estimate: record 004-i006 .* gives 280亿元/);
    expect(plan.explanation_zh).toContain('记录004-i006');
    // A part named is the one whose counter the claim writes (286家: the enterprises, not the procedures' 件; claims20).
    expect((await check('临夏州累计为286家企业帮办代办手续713件')).figures[0].explanation_en).toMatch(/record 001-i064 \(Enterprises/);
    // …a plan that is also a part of its measure (planned projects only) too: not 'name the part' (claims20).
    const planned = await check('2023年武威市招商引资重点项目完成投资1618亿元');
    expect(planned.explanation_en).toMatch(/only as a plan or an estimate: record 003-i009 .* gives 1618亿元/);
    const open = await check('武威市各级党组织理论学习中心组学习5200场次');
    expect(open.explanation_en).toMatch(
      /record 000-i004 .* gives more than 5000场次, a bound or a range that holds the claimed figure without giving it/,
    );
  });

  it('says when the claimed figure is a part’s, and when the record is a plan', async () => {
    const part = await check("Wuwei's funds in place grew 46.75% in 2023");
    expect(part.explanation_en).toContain('record 000-i033');
    expect(part.explanation_zh).toContain('记录000-i033');
    const plan = await check('临泽县重点项目总投资230.6亿元');
    expect(plan.verdict).toBe('supported');
    expect(plan.explanation_en).toContain('an estimate or a plan');
  });

  it(`refuses an empty claim and one over ${LIMITS.claimLength} characters`, async () => {
    for (const claim of ['', '   ', '张'.repeat(LIMITS.claimLength + 1)]) {
      const { response, body } = await getJson(app(), `/check?claim=${encodeURIComponent(claim)}`);
      expect(response.statusCode).toBe(400);
      expect(body.invalid_params[0].name).toBe('claim');
    }
    // Characters are code points, as every offset of the API counts: 150 of them, 300 UTF-16 units.
    const { response } = await getJson(app(), `/check?claim=${encodeURIComponent('😀'.repeat(150))}`);
    expect(response.statusCode).toBe(200);
  });
});

describe('POST /check', () => {
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app().inject({
      method: 'POST',
      url: '/check',
      payload: payload as string,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('documents a paragraph whose check shows each verdict and a comparison, which is what "Try it out" sends', async () => {
    const document = (await getJson(app(), '/openapi.json')).body;
    const example = document.paths['/check'].post.requestBody.content['application/json'].schema.properties.text.example as string;
    const body = (await post(JSON.stringify({ text: example }))).json();
    expect(new Set(body.results.map((r: { verdict: string }) => r.verdict))).toEqual(new Set(['supported', 'rounded', 'contradicted']));
    expect(body.comparisons.map((c: { verdict: string }) => c.verdict)).toEqual(['contradicted']);
  });

  it('suggests text for a claim posted under GET’s name for it, and claim for a text asked of GET', async () => {
    const response = await post(JSON.stringify({ claim: '武威市到位资金429.49亿元' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().invalid_params).toContainEqual(
      expect.objectContaining({ name: 'claim', in: 'body', reason: expect.stringMatching(/did you mean text\?$/), suggestions: ['text'] }),
    );
    // A name every object has (toString) is no parameter of another form: unknown, with no suggestion.
    const inherited = await getJson(app(), '/check?toString=1');
    expect(inherited.response.statusCode).toBe(400);
    expect(inherited.body.invalid_params).toContainEqual({
      name: 'toString',
      in: 'query',
      reason: 'unknown parameter for this endpoint',
      value: '1',
    });
    const asked = (await getJson(app(), '/check?text=abc')).body;
    expect(asked.invalid_params).toContainEqual(expect.objectContaining({ name: 'text', in: 'query', suggestions: ['claim'] }));
    // Given beside the name it stands for, it is only unknown.
    const both = (await post(JSON.stringify({ claim: 'a', text: '武威市到位资金429.49亿元' }))).json();
    expect(both.invalid_params).toEqual([expect.objectContaining({ name: 'claim', reason: 'unknown parameter for this endpoint' })]);
    expect(both.invalid_params[0].suggestions).toBeUndefined();
    // In the query beside a body that has it, the same.
    const split = await app().inject({
      method: 'POST',
      url: '/check?claim=abc',
      payload: { text: '武威市到位资金429.49亿元' },
      headers: { 'content-type': 'application/json' },
    });
    expect(split.json().invalid_params).toEqual([expect.objectContaining({ name: 'claim', in: 'query' })]);
    expect(split.json().invalid_params[0].suggestions).toBeUndefined();
  });

  it('takes 全省 in a figure’s own sentence for the province, before an area named in the sentence before', async () => {
    const response = await post(JSON.stringify({ text: '武威市到位资金429.49亿元。全省省外到位资金5961.27亿元，同比增长41.78%。' }));
    const verdicts = response.json().results.map((r: { text: string; verdict: string }) => `${r.text} ${r.verdict}`);
    expect(verdicts).toEqual(['429.49亿元 supported', '5961.27亿元 supported', '41.78% supported']);
    // Carried from a sentence before, a name is stronger than 全省: 位居全省前列 compares Wuwei, it is no subject.
    const ranked = await post(JSON.stringify({ text: '武威市2023年实施招商引资项目629个，位居全省前列。到位资金429.49亿元。' }));
    expect(ranked.json().results.map((r: { verdict: string }) => r.verdict)).toEqual(['supported', 'supported']);
    // In one sentence the name is stronger: the margin over the province's target is Wuwei's.
    const margin = await post(JSON.stringify({ text: '武威市省外到位资金增速高于全省目标24.75个百分点。' }));
    expect(margin.json().results[0].verdict).toBe('supported');
  });

  it('takes a case named earlier in a paragraph for the subject of its later sentences, not of another paragraph', async () => {
    const verdicts = async (text: string) =>
      (await post(JSON.stringify({ text }))).json().results.map((r: { text: string; verdict: string }) => `${r.text} ${r.verdict}`);
    expect(await verdicts('天祝县兴盛嘉园住宅小区2号楼不动产登记无法办理。天祝县仅用5天时间为20户群众办理了不动产登记。')).toEqual([
      '5天 supported',
      '20户 contradicted',
    ]);
    expect(await verdicts('灵台县涧河水源水量不足。平凉市督促灵台县仅用5天解决了5000户群众用水难问题。')).toEqual([
      '5天 supported',
      '5000户 contradicted',
    ]);
    // However the text's lines end (LF, CRLF, or CR alone), a blank line ends the paragraph.
    for (const blank of ['\n\n', '\r\n\r\n', '\r\r', '\n \n'])
      expect(
        await verdicts(`天祝县兴盛嘉园住宅小区2号楼不动产登记无法办理。${blank}天祝县今年为2000户群众办理了不动产登记。`),
        JSON.stringify(blank),
      ).toEqual(['2000户 not_found']);
    // One line break, of any kind, is no paragraph's end.
    for (const line of ['\r\n', '\r'])
      expect(
        await verdicts(`天祝县兴盛嘉园住宅小区2号楼不动产登记无法办理。${line}天祝县今年为2000户群众办理了不动产登记。`),
        JSON.stringify(line),
      ).toEqual(['2000户 contradicted']);
  });

  it('checks every figure of a paragraph, with code point offsets into the text as submitted', async () => {
    const text =
      '😀2023年，武威市實施招商引資項目629個，到位資金429.49億元，增長50.38%。\n\nZhangye signed 23.4 billion yuan, and Gansu’s GDP was 1.2 trillion yuan.';
    const response = await post(JSON.stringify({ text }));
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    const points = Array.from(text);
    expect(results.map((r: { start: number; end: number }) => points.slice(r.start, r.end).join(''))).toEqual([
      '629個',
      '429.49億元',
      '50.38%',
      '23.4 billion yuan',
      '1.2 trillion yuan',
    ]);
    expect(results.map((r: { text: string }) => r.text)).toEqual([
      '629個',
      '429.49億元',
      '50.38%',
      '23.4 billion yuan',
      '1.2 trillion yuan',
    ]);
    expect(results.map((r: { verdict: string }) => r.verdict)).toEqual(['supported', 'supported', 'supported', 'rounded', 'not_found']);
    expect(results.map((r: { matches: { indicator: { id: string } }[] }) => r.matches[0]?.indicator.id ?? null)).toEqual([
      '000-i030',
      '000-i031',
      '000-i032',
      '002-i011',
      null,
    ]);
    expect(results[3].claim).toBe('Zhangye signed 23.4 billion yuan, and Gansu’s GDP was 1.2 trillion yuan.');
  });

  it(`takes ${LIMITS.checkTextLength} characters of Chinese escaped as JSON, beyond the 1 KiB other routes allow`, async () => {
    const text = `武威市2023年招商引资到位资金429.49亿元。${'张'.repeat(LIMITS.checkTextLength - 30)}`;
    const escaped = JSON.stringify({ text }).replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(Buffer.byteLength(escaped)).toBeGreaterThan(LIMITS.bodyBytes * 10);
    const response = await post(escaped);
    expect(response.statusCode).toBe(200);
    expect(response.json().results[0].verdict).toBe('supported');
  });

  it('refuses what is not a paragraph of text, as a problem that says why', async () => {
    const cases: [unknown, number, RegExp][] = [
      [JSON.stringify({ text: 'x'.repeat(LIMITS.checkTextLength + 1) }), 400, /at most 2000 characters/],
      [JSON.stringify({ text: '' }), 400, /give some text/],
      [JSON.stringify({ text: 'a', extra: 1 }), 400, /extra/],
      [JSON.stringify({ claim: 'a' }), 400, /text/],
      ['{"text":', 400, /^The body is not JSON this server reads/],
      ['{"__proto__":{}}', 400, /__proto__/],
      // Half a character, which JSON can write and no offset in whole characters can count past.
      ['{"text":"\\ud800 武威市2023年招商引资到位资金约429亿元"}', 400, /text: text with no lone surrogate/],
      // A control character no text has and no page can show (a NUL is U+FFFD in a form's field); tab and line breaks are text.
      ['{"text":"武威市\\u0000招商引资到位资金约429亿元"}', 400, /text: text with no control characters/],
      [
        JSON.stringify({ text: 'x'.repeat(LIMITS.checkBodyBytes) }),
        413,
        new RegExp(`larger than this route takes \\(${LIMITS.checkBodyBytes} bytes\\)`),
      ],
    ];
    for (const [payload, status, detail] of cases) {
      const response = await post(payload);
      expect(response.statusCode, String(payload).slice(0, 40)).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().detail).toMatch(detail);
    }
    expect((await post(JSON.stringify({ text: '武威市\t招商引资到位资金\r\n约429亿元' }))).statusCode).toBe(200);
    for (const url of ['/check?claim=a%01b', '/search?q=a%00b', '/indicators?q=%7F%E6%AD%A6']) {
      const refused = await app().inject(url);
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json().invalid_params[0].reason, url).toMatch(/^text with no control characters/);
    }
    // Its query string is read as strictly as GET's: a typo or a format it has not is refused, the page's are taken.
    for (const [query, status] of [
      ['ctiy=wuwei', 400],
      ['format=csv', 400],
      ['format=html', 200],
      ['lang=zh', 200],
    ] as const) {
      const asked = await app().inject({
        method: 'POST',
        url: `/check?${query}`,
        payload: { text: '武威' },
        headers: { 'content-type': 'application/json' },
      });
      expect(asked.statusCode, query).toBe(status);
    }
    // A bare text is a type not read here (415), and a JSON string no object: each is told what to send.
    const bare = await post('武威', { 'content-type': 'text/plain' });
    expect(bare.statusCode).toBe(415);
    expect(bare.json().detail).toBe(
      'A body of type text/plain is not read here: send application/json or application/x-www-form-urlencoded.',
    );
    const string = await post(JSON.stringify('武威'));
    expect(string.statusCode).toBe(400);
    expect(string.json().detail).toBe('body: send JSON {"text": "…"} or a form with a text field');
    // A form's field given twice is said so, as a query's is, not in the validator's words.
    const twice = await app().inject({
      method: 'POST',
      url: '/check',
      payload: 'text=a&text=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(twice.json().invalid_params).toEqual([{ name: 'text', in: 'body', reason: 'given 2 times; give it once' }]);
    // A JSON array is no field given twice: its type is wrong.
    const array = await post(JSON.stringify({ text: ['a', 'b'] }));
    expect(array.json().invalid_params[0].reason).not.toMatch(/given/);
    // A body of a type no parser reads is told the types the route reads, in Chinese too.
    const xml = await post('<text>武威</text>', { 'content-type': 'application/xml' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().detail).toBe(
      'A body of type application/xml is not read here: send application/json or application/x-www-form-urlencoded.',
    );
    const zh = await app().inject({
      method: 'POST',
      url: '/check?lang=zh',
      payload: `text=${'水'.repeat(LIMITS.checkTextLength + 1)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    const [n, given] = [LIMITS.checkTextLength, LIMITS.checkTextLength + 1];
    expect(zh.body).toContain(
      `至多 ${n} 个字符（这段文字有 ${given} 个） <small lang="en">(at most ${n} characters (it has ${given}))</small>`,
    );
  });

  it('reads a body as UTF-8 whatever its charset says, and refuses what is not UTF-8 rather than checking U+FFFD', async () => {
    const claim = '武威市2023年招商引资到位资金约429亿元';
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    // UTF-8 under another charset's name is read as what it is: JSON and forms have no other encoding.
    const latin = await post(JSON.stringify({ text: claim }), { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin.statusCode).toBe(200);
    expect(latin.json().text).toBe(claim);
    const encoded = await post(`text=${encodeURIComponent(claim)}`, form);
    expect(encoded.json().text).toBe(claim);
    // Bytes of another encoding (武 in GBK, then Latin-1's é) are refused, never read as replacement characters.
    for (const [bytes, headers] of [
      [Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xce, 0xe4]), Buffer.from('"}')]), {}],
      [Buffer.concat([Buffer.from('text=caf'), Buffer.from([0xe9])]), form],
    ] as const) {
      const refused = await post(bytes, headers);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({
        type: '/problems/bad-request',
        detail: expect.stringMatching(/^The body is not valid UTF-8/),
      });
    }
    // A % before no two hex digits is a percent sign, as the URL Standard reads a form (curl -d sends it so).
    const percent = await post('text=武威市2023年招商引资到位资金增长50.38%', form);
    expect(percent.statusCode).toBe(200);
    expect(percent.json().results[0]).toMatchObject({ text: '50.38%', verdict: 'supported' });
    // A form's field percent-encoding no UTF-8 is named, as the query string's are, its value as sent.
    const undecodable = await post('text=%E6%AD%A6%FF&lang=%E5%A8', form);
    expect(undecodable.statusCode).toBe(400);
    expect(undecodable.json().detail).toMatch(/^The form is not validly percent-encoded UTF-8/);
    expect(undecodable.json().invalid_params).toEqual([
      { name: 'text', in: 'body', reason: 'not validly percent-encoded UTF-8', value: '%E6%AD%A6%FF' },
      { name: 'lang', in: 'body', reason: 'not validly percent-encoded UTF-8', value: '%E5%A8' },
    ]);
    // A body in a content coding is a 415 naming what is taken, whether its bytes are coded (gzip) or not.
    for (const payload of [gzipSync(JSON.stringify({ text: claim })), JSON.stringify({ text: claim })]) {
      const coded = await post(payload, { 'content-encoding': 'gzip' });
      expect(coded.statusCode).toBe(415);
      expect(coded.headers['accept-encoding']).toBe('identity');
      expect(coded.json().detail).toBe('A body in the content coding gzip is not read here: send it uncoded.');
    }
    expect((await post(JSON.stringify({ text: claim }), { 'content-encoding': 'identity' })).statusCode).toBe(200);
    // A GET reads no body: its Content-Encoding is nothing to refuse.
    expect((await app().inject({ url: '/check?claim=1', headers: { 'content-encoding': 'gzip' } })).statusCode).toBe(200);
    const mcp = await app().inject({
      method: 'POST',
      url: '/mcp',
      payload: gzipSync('{"jsonrpc":"2.0","id":1,"method":"ping"}'),
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'content-encoding': 'br' },
    });
    expect(mcp.statusCode).toBe(415);
    // The page says each in Chinese.
    for (const [payload, said] of [
      ['text=%FF', '表单不是有效的百分号编码 UTF-8'],
      [Buffer.from([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff]), '请求体不是有效的 UTF-8'],
    ] as const) {
      const page = await app().inject({ method: 'POST', url: '/check?lang=zh', payload, headers: { ...form, accept: 'text/html' } });
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain(said);
    }
    const coded = await app().inject({
      method: 'POST',
      url: '/check?lang=zh',
      payload: 'text=1',
      headers: { ...form, accept: 'text/html', 'content-encoding': 'gzip' },
    });
    expect(coded.body).toContain('此处不读取内容编码为 gzip 的请求体');
  });

  it(`refuses a text of more than ${LIMITS.checkFigures} figures before checking any (each is checked on its own: cost and answer grow with them)`, async () => {
    const figures = (n: number) => '1投'.repeat(n);
    const most = await post(JSON.stringify({ text: figures(LIMITS.checkFigures) }));
    expect(most.statusCode).toBe(200);
    expect(most.json().results).toHaveLength(LIMITS.checkFigures);
    const over = LIMITS.checkFigures + 1;
    const refused = await post(JSON.stringify({ text: figures(over) }));
    expect(refused.statusCode).toBe(400);
    const reason = `at most ${LIMITS.checkFigures} figures (it gives ${over}); check it in parts`;
    expect(refused.json().invalid_params).toEqual([{ name: 'text', in: 'body', reason }]);
    // The largest answer it gives is compressed when the client accepts it, as a cached answer is.
    const zipped = await post(JSON.stringify({ text: figures(LIMITS.checkFigures) }), { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept, Accept-Encoding');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(most.json());
    // The page says it in the page's language.
    const zh = await app().inject({
      method: 'POST',
      url: '/check?lang=zh',
      payload: `text=${figures(over)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.body).toContain(`>至多 ${LIMITS.checkFigures} 个数字（这段文字有 ${over} 个）；请分段核对`);
  });
});

describe('a verdict of several figures, and the readings of a hedge or a negation', () => {
  it('a claim with a contradicted figure and one not found is contradicted', async () => {
    const body = await check('In 2023 Wuwei received 19.5 million tourist visits and opened 99 new airports');
    expect(body.figures.map((f: CheckedFigure) => f.verdict)).toEqual(['contradicted', 'not_found']);
    expect(body.verdict).toBe('contradicted');
  });

  it('a claim with a supported figure and a rounded one is rounded', async () => {
    const body = await check('In 2023 Wuwei received 19.623 million tourist visits and its tourism income was 12.3 billion yuan');
    expect(body.figures.map((f: CheckedFigure) => [f.verdict, f.indicator])).toEqual([
      ['supported', '000-i035'],
      ['rounded', '000-i036'],
    ]);
    expect(body.verdict).toBe('rounded');
  });

  it('reads a list of counts sharing the words after it as each measuring what they say, the first as the last', async () => {
    expect(await figuresOf('武威市向5个县区、6个产业链链长执行部门和28个其他市直部门分解年度目标任务')).toEqual([
      ['5个', 'contradicted', '003-i002'],
      ['6个', 'supported', '003-i003'],
      ['28个', 'supported', '003-i004'],
    ]);
    expect(await figuresOf('甘肃省向21个市州和5个省直部门发送“重要工作提示”')).toEqual([
      ['21个', 'contradicted', '001-i006'],
      ['5个', 'supported', '001-i007'],
    ]);
    // Only a list a verb deals with (向, 对, 给, 为 before it): elsewhere each count's own noun says what it counts.
    expect(await figuresOf('民乐县有8项签约项目和5项落地开工项目')).toContainEqual(['8项', 'supported', '002-i046']);
    expect(await figuresOf('武威市有9条重点产业链、5个百亿级产业集群')).toEqual([
      ['9条', 'supported', '000-i028'],
      ['5个', 'contradicted', '000-i029'],
    ]);
    const quote = '嘉峪关市189个市级重点项目、10个省列重大项目、44个省级重点投资项目开复工率100%,投资完成率146%';
    expect((await figuresOf(quote)).slice(0, 2)).toEqual([
      ['189个', 'supported', '001-i068'],
      ['10个', 'supported', '001-i069'],
    ]);
    // A figure within a list ended by 等 is the instance's (a project's capacity), not the count's after it.
    expect(await figuresOf('民乐县为泰睿特年产10万吨中间体等30个重点项目帮办前期手续')).toEqual([
      ['10万吨', 'contradicted', '002-i048'],
      ['30个', 'supported', '002-i049'],
    ]);
    expect(await figuresOf('甘州区中船50万千瓦光伏发电等17个重大工业项目建成投产')).toEqual([
      ['50万千瓦', 'contradicted', '002-i021'],
      ['17个', 'supported', '002-i022'],
    ]);
    // A figure of another unit than it was written in (24.75% for 24.75个百分点) is the same figure of the list: no list here.
    expect(await figuresOf('武威市2023年省外到位资金增长高于省上调度目标24.75%')).toEqual([['24.75%', 'contradicted', '000-i034']]);
  });

  it('two wrong figures of one record in a sentence are both contradicted by it, neither takes it from the other', async () => {
    expect(await figuresOf('武威市2023年招商引资到位资金400亿元，到位资金410亿元')).toEqual([
      ['400亿元', 'contradicted', '000-i031'],
      ['410亿元', 'contradicted', '000-i031'],
    ]);
  });

  it('each result quotes its sentence trimmed', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/check',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: '武威市到位资金429.49亿元。 张掖市招商局签约金额234.48亿元' }),
    });
    expect(response.json().results.map((r: { claim: string }) => r.claim)).toEqual([
      '武威市到位资金429.49亿元。',
      '张掖市招商局签约金额234.48亿元',
    ]);
  });

  it('a negated figure with no unit is not judged by a record of another unit (a rank)', async () => {
    // 占比 names the share (民营经济占比, the metric's usual word), whose 62.2% the 62 denied rounds to: never the rank's 1.
    expect(await figuresOf('武威市私营经济占比不是62')).toEqual([['不是62', 'contradicted', '000-i025']]);
    expect(await figuresOf('武威市私营经济位次不是62')).toEqual([['不是62', 'not_found', null]]);
  });

  it('a stage word that is the record’s own keeps the figure to be answered, beside another figure of another stage', async () => {
    // The 20 started are of the 115 planned: each is its own record's.
    expect(await figuresOf('临泽县谋划的115项重点项目中20项已开复工')).toEqual([
      ['115项', 'supported', '002-i027'],
      ['20项', 'supported', '002-i030'],
    ]);
  });

  it('reads Taiwan’s 專案 as 项目, but not a 专案组', async () => {
    expect(await figuresOf('甘肅省2023年287個省列重大專案完成投資2690億元')).toEqual([
      ['287個', 'supported', '001-i028'],
      ['2690億元', 'supported', '001-i080'],
    ]);
    expect(toReadingForm('专案组临时党支部')).toBe('专案组临时党支部');
  });

  it('reads RMB or CNY before a number as yuan: a change to an amount, not a count of the sentence', async () => {
    // Unit-less, the 48.679bn was compared with the 364 projects of the same sentence: "48,679,000,000 projects".
    const claim = "Wuwei's signed amount for newly introduced out-of-province projects rose 88.47% y/y to RMB48.679bn in 2023";
    expect(await figuresOf(claim)).toEqual([
      ['88.47%', 'supported', '003-i007'],
      ['48.679bn', 'supported', '003-i006'],
    ]);
  });

  it('reads a clause naming another area as a statement of its own: no measure word, nor its area, from the clause before', async () => {
    // 省外 (out-of-province) is the province's figure's; Wuwei's funds in place grew 50.38% (000-i032), its out-of-province 46.75%.
    for (const claim of [
      '甘肃省省外到位资金同比增长41.78%，武威市到位资金增长50.38%。',
      '全省省外到位资金同比增长41.78%，武威市到位资金增长50.38%。',
      'Out-of-province funds grew 41.78% in Gansu, while funds in place grew 50.38% in Wuwei.',
    ])
      expect(await figuresOf(claim), claim).toEqual([
        ['41.78%', 'supported', '001-i077'],
        ['50.38%', 'supported', '000-i032'],
      ]);
    // A clause of the area and a change alone says the same measure as the one before: 省外 is still said of it.
    expect(await figuresOf('全省省外到位资金同比增长41.78%，武威市增长46.75%。')).toEqual([
      ['41.78%', 'supported', '001-i077'],
      ['46.75%', 'supported', '000-i033'],
    ]);
    // 全省 or the province beginning a clause after an area's figure is the subject of its own (8.044亿元 is Gansu's, 001-i038),
    // not where the province is an agent (passed on to Zhangye) or a place something is done in (在全省…评价中).
    for (const claim of [
      '武威市2023年共受理社会监督意见704件，而全省清欠企业和群众账款8.044亿元。',
      'Wuwei accepted 704 public supervision opinions in 2023, while the province cleared arrears of 804.4 million yuan.',
    ])
      expect(await figuresOf(claim), claim).toEqual([
        [expect.stringMatching(/^704/), 'supported', '000-i043'],
        [expect.stringMatching(/^8(?:\.044亿元|04\.4 million yuan)$/), 'supported', '001-i038'],
      ]);
    expect(await figuresOf('嘉峪关市10个省列重大项目开复工率100%，在全省重点工作综合评价中两获贡献奖')).toEqual([
      ['10个', 'supported', '001-i069'],
      ['100%', 'supported', '001-i071'],
      ['两', 'supported', '001-i073'],
    ]);
    // 全省 before the figure in its own clause, or clauses before with no area between, is its area, not a name after it past a break.
    expect(await figuresOf('全省2023年省外招商引资到位资金5961.27亿元，同比增长41.78%，武威市到位资金429.49亿元，增长50.38%。')).toEqual([
      ['5961.27亿元', 'supported', '001-i076'],
      ['41.78%', 'supported', '001-i077'],
      ['429.49亿元', 'supported', '000-i031'],
      ['50.38%', 'supported', '000-i032'],
    ]);
    expect(await figuresOf('全省省外到位资金同比增长41.78%，低于武威市省外到位资金增速46.75%。')).toEqual([
      ['41.78%', 'supported', '001-i077'],
      ['46.75%', 'supported', '000-i033'],
    ]);
  });

  it('reads a sentence after a semicolon, naming no other area, as the one before’s: its scope words are said of it (check14)', async () => {
    // The article's own sentence: the signed amount after ; is the out-of-province one the sentence opened with.
    expect(
      await figuresOf(
        '数据显示,2023年全省实施省外招商引资项目4452个,到位资金5961.27亿元,同比增长41.78%;签约金额10177.11亿元,同比增长44.09%。',
      ),
    ).toEqual([
      ['4452个', 'supported', '001-i075'],
      ['5961.27亿元', 'supported', '001-i076'],
      ['41.78%', 'supported', '001-i077'],
      ['10177.11亿元', 'supported', '001-i078'],
      ['44.09%', 'supported', '001-i079'],
    ]);
    // Not one after a sentence of one figure, whose words are its own (rev31: the 5 key projects' scope is not the 1.41亿元's)…
    expect((await figuresOf('肃南县谋划储备招商引资项目27项;总投资28.7亿元'))[1]).toEqual(['28.7亿元', 'not_found', null]);
    expect(await figuresOf('临泽县签约重点产业项目5项;落实省外到位资金1.41亿元')).toEqual([
      ['5项', 'supported', '002-i034'],
      ['1.41亿元', 'supported', '002-i036'],
    ]);
    // …nor one that opens with the words of the one before, leaving its scope out (58 reserve projects are not investment-promotion ones).
    expect(await figuresOf('肅南縣積極謀劃儲備招商引資項目27項，總投資967.53億元;謀劃儲備項目58項，總投資28.7億元')).toEqual([
      ['27項', 'supported', '002-i050'],
      ['967.53億元', 'supported', '002-i051'],
      ['58項', 'supported', '002-i052'],
      ['28.7億元', 'supported', '002-i053'],
    ]);
  });

  it('reads a with phrase of no figure beside a figure’s clause as its words: whom deals were signed with (check14)', async () => {
    expect(await figuresOf('Deals signed by Gansu with investors from outside the province topped 1 trillion yuan in 2023.')).toEqual([
      ['topped 1 trillion yuan', 'supported', '001-i078'],
    ]);
    expect(await figuresOf('Gansu signed 1.02 trillion yuan of deals with investors from outside the province in 2023.')).toEqual([
      ['1.02 trillion yuan', 'rounded', '001-i078'],
    ]);
    // Not a with-phrase of another measure (rev31: it had made the 50.38% the out-of-province funds').
    expect(await figuresOf("Wuwei's funds in place grew 50.38% in 2023 with out-of-province funds rising too.")).toEqual([
      ['50.38%', 'supported', '000-i032'],
    ]);
  });

  it('reads of them and of which after a count as a part of the set the sentence named before it (check14)', async () => {
    for (const claim of [
      'Wuwei accepted 704 public complaints in 2023 and resolved 685 of them.',
      'Wuwei accepted 704 complaints and resolved 685 of them.',
    ])
      expect(await figuresOf(claim), claim).toEqual([
        ['704', 'supported', '000-i043'],
        ['685', 'supported', '000-i044'],
      ]);
    expect(await figuresOf('Minle County signed 8 projects, 5 of which have started construction.')).toEqual([
      ['8 projects', 'supported', '002-i046'],
      ['5', 'supported', '002-i047'],
    ]);
  });

  it('reads the highest in the province as first, and 翻了近一番 as nearly a doubling (check14)', async () => {
    const claim = "Wuwei's private economy accounted for 62.2 percent of its GDP, the highest in the province.";
    expect(await figuresOf(claim)).toEqual([
      ['62.2 percent', 'supported', '000-i025'],
      ['highest in the province', 'supported', '000-i026'],
    ]);
    // One of the highest, or the highest in the province's history, is no rank (rev32), nor is the largest project in the province.
    const largest = await figuresOf('Wuwei started the largest project in the province, 515 new projects in all.');
    expect(largest.map((figure: string[]) => figure[0])).toEqual(['515']);
    for (const rest of ['one of the highest in the province', "the highest in the province's history"])
      expect(
        (await figuresOf(`Wuwei's private economy accounted for 62.2% of its GDP, ${rest}.`)).map((f: string[]) => f[0]),
        rest,
      ).toEqual(['62.2%']);
    expect(await figuresOf('2023年武威市接待游客翻了近一番')).toEqual([['翻了近一番', 'rounded', '000-i037']]);
    // …with its hedge: more than a doubling is a bound (115.96% is past it).
    expect(await figuresOf('2023年武威市旅游综合收入翻了超一番')).toEqual([['翻了超一番', 'supported', '000-i038']]);
  });

  it('reads a mechanism a record’s label says its figure was done through as naming that part (rev32)', async () => {
    // 001-i038's 8.044亿元 is what the handling of public supervision opinions cleared: a claim that says so is compared.
    expect(await figuresOf('全省通过社会监督意见办理清欠企业和群众账款9亿元')).toEqual([['9亿元', 'contradicted', '001-i038']]);
    expect(await figuresOf('Gansu cleared 804.4 million yuan of arrears through handling of public supervision opinions')).toEqual([
      ['804.4 million yuan', 'supported', '001-i038'],
    ]);
    // One that does not name it is of the whole, which the dataset does not hold: the part is named, not compared.
    const [whole] = (await check('甘肃省清欠企业和群众账款9亿元')).figures as (CheckedFigure & { explanation_en: string })[];
    expect([whole.verdict, whole.explanation_en]).toEqual([
      'not_found',
      expect.stringContaining('only a part of what the claim measures: record 001-i038'),
    ]);
  });

  it('reads a rank said not to be as negated (rev32)', async () => {
    expect(await figuresOf("Wuwei's private-economy share was not the second highest in Gansu.")).toEqual([
      ['second highest in Gansu', 'supported', '000-i026'],
    ]);
    expect(await figuresOf("Wuwei's private-economy share was never the highest in Gansu.")).toEqual([
      ['highest in Gansu', 'contradicted', '000-i026'],
    ]);
  });

  it('reads the province’s after of as whose the measure is, and where leaders went as no area (check14)', async () => {
    expect(await figuresOf("The share of the province's government service items handled entirely online reached 99.84%.")).toEqual([
      ['99.84%', 'supported', '001-i052'],
    ]);
    for (const claim of [
      "Minle County's leaders went to Lanzhou, Shanghai and Jiangsu for talks and signed 8 projects.",
      // …whoever went (rev32: the county itself, or its leaders named at length).
      'Minle County went to Lanzhou, Shanghai and Jiangsu for talks and signed 8 projects.',
      'The top leaders of the county Party committee and county government of Minle went to Lanzhou, Shanghai and Jiangsu and signed 8 projects.',
    ])
      expect(await figuresOf(claim), claim).toEqual([['8 projects', 'supported', '002-i046']]);
    // Visits to a place are its own, and so is where tourists went (rev31).
    expect((await figuresOf('Tourists from Lanzhou went to Wuwei 19.623 million times in 2023.'))[0]).toEqual([
      '19.623 million',
      'supported',
      '000-i035',
    ]);
    expect((await figuresOf('Tourist visits to Wuwei reached 19.623 million in 2023.'))[0]).toEqual([
      '19.623 million',
      'supported',
      '000-i035',
    ]);
  });

  it('says in Chinese a reporter reads where a quote stands and what was not found (pages14)', async () => {
    const body = await check('張掖市2023年招商引資到位資金429.49億元；武威市2023年招商引资到位资金429.49亿元');
    const [missing, found] = body.figures as { explanation_zh: string }[];
    expect(missing.explanation_zh).toMatch(/^未找到：数据集中没有张掖市2023年所指内容与该数字相同、单位可以换算的记录。/);
    expect(found.explanation_zh).toMatch(/原文（文章000，第\d+–\d+字符，按码位计）：“/);
  });

  it('reads cases closed as completed (办结), at a closure rate', async () => {
    expect(await figuresOf('In 2023 Wuwei handled 704 social supervision opinions and closed 685, a closure rate of 97.3%.')).toEqual([
      ['704', 'supported', '000-i043'],
      ['685', 'supported', '000-i044'],
      ['97.3%', 'supported', '000-i045'],
    ]);
  });

  it('keeps a measure said once for a second area, and the province a standard or an object, as they were (rev25)', async () => {
    for (const [claim, figures] of [
      // A second area's clause that repeats a verb, or half a name, says the same measure: 省外 stays the second's.
      [
        '临泽县落实省外到位资金1.41亿元，山丹县落实0.35亿元',
        [
          ['1.41亿元', 'supported', '002-i036'],
          ['0.35亿元', 'supported', '002-i044'],
        ],
      ],
      [
        '临泽县落实省外到位资金1.41亿元，山丹县则落实0.35亿元',
        [
          ['1.41亿元', 'supported', '002-i036'],
          ['0.35亿元', 'supported', '002-i044'],
        ],
      ],
      [
        'Linze secured 141 million yuan of out-of-province funds in place, while Shandan secured 35 million yuan',
        [
          ['141 million yuan', 'supported', '002-i036'],
          ['35 million yuan', 'supported', '002-i044'],
        ],
      ],
      [
        'Wuwei held 44 training classes, while Gansu held 270',
        [
          ['44', 'supported', '000-i010'],
          ['270', 'supported', '001-i013'],
        ],
      ],
      // 其中 before the area: its figure is a part of what was said before (out of province).
      [
        '全省省外到位资金同比增长41.78%，其中武威市到位资金增长46.75%',
        [
          ['41.78%', 'supported', '001-i077'],
          ['46.75%', 'supported', '000-i033'],
        ],
      ],
      // 全省 that ranks or says first (a standard), or is an object, is not the subject of its clause.
      [
        '武威市民营经济增加值比重62.2%，全省排名第二',
        [
          ['62.2%', 'supported', '000-i025'],
          ['二', 'contradicted', '000-i026'],
        ],
      ],
      [
        '武威市受理社会监督意见704件，全省率先解决民生问题383件',
        [
          ['704件', 'supported', '000-i043'],
          ['383件', 'supported', '000-i047'],
        ],
      ],
      [
        '落实全省措施，新增经营主体2.4万户，武威市民营经济比重62.2%',
        [
          ['2.4万户', 'supported', '000-i022'],
          ['62.2%', 'supported', '000-i025'],
        ],
      ],
      // A relative clause that names what it counts is its own (the meeting is no measure).
      ['Jiuquan held a mobilisation meeting, which started 360 projects', [['360 projects', 'supported', '004-i004']]],
      // Words of no measure (仅, 同样) say no measure of their own either (rev26).
      [
        '临泽县落实省外到位资金1.41亿元，山丹县仅落实0.35亿元',
        [
          ['1.41亿元', 'supported', '002-i036'],
          ['0.35亿元', 'supported', '002-i044'],
        ],
      ],
      [
        '臨澤縣落實省外到位資金1.41億元，山丹縣同樣落實0.35億元',
        [
          ['1.41億元', 'supported', '002-i036'],
          ['0.35億元', 'supported', '002-i044'],
        ],
      ],
      // 全省最终 (finally) and 全省第一批 (a first batch) are no ranks: the province is the subject (rev27).
      [
        '武威市受理社会监督意见704件，而全省最终清欠企业和群众账款8.044亿元',
        [
          ['704件', 'supported', '000-i043'],
          ['8.044亿元', 'supported', '001-i038'],
        ],
      ],
      // Across the province opens its clause as the province's (rev27: Wuwei's 46.75% had contradicted it).
      [
        'Across the province, out-of-province funds in place grew 41.78% in 2023, while Wuwei grew 46.75%',
        [['41.78%', 'supported', '001-i077'], expect.arrayContaining(['46.75%'])],
      ],
      // 全省 opening a clause after an area's figure holds the clauses after it (rev28: 25% had been Wuwei's, supported).
      [
        '武威市到位资金429.49亿元，而全省省外到位资金5961.27亿元，增长41.78%',
        [
          ['429.49亿元', 'supported', '000-i031'],
          ['5961.27亿元', 'supported', '001-i076'],
          ['41.78%', 'supported', '001-i077'],
        ],
      ],
      // A rank among the province's cities is Wuwei's, the province its standard (rev28).
      [
        '武威市民营经济增加值占生产总值比重62.2%，全省市州中位居第一',
        [
          ['62.2%', 'supported', '000-i025'],
          ['一', 'supported', '000-i026'],
        ],
      ],
      // In a closed loop is how cases were handled, not how many were completed (rev28).
      ['Wuwei handled 704 public supervision opinions in a closed loop in 2023', [['704', 'supported', '000-i043']]],
      // A relative clause after a count of its own says the count's change, no record's measure (rev26: the signed amount's).
      [
        'Wuwei introduced 364 out-of-province projects in 2023, which grew 88.47%',
        [
          ['364', 'supported', '003-i005'],
          ['88.47%', 'not_found', null],
        ],
      ],
      // Closed for shut, or said of no one, is not completed.
      ["Wuwei's business closure rate was 97.3%", [['97.3%', 'not_found', null]]],
      ["Wuwei's project closure rate was 97.3% in 2023", [['97.3%', 'not_found', null]]],
      ['Jiayuguan closed 189 municipal key projects', [['189', 'not_found', null]]],
    ] as [string, [string, string, string | null][]][])
      expect(await figuresOf(claim), claim).toEqual(figures);
    // Closed of no one said (were closed) is no body's completing: never another record's contradiction (the 462 resolved).
    for (const claim of ["Gansu's 74 legacy problem cases were closed", "Gansu's 74 legacy problem cases were all closed"])
      expect((await figuresOf(claim))[0][1], claim).not.toBe('contradicted');
  });

  it('reads a relative clause’s figure as of the words the clause before it ends with, past comparing words', async () => {
    expect(await figuresOf("Wuwei's tourism revenue grew 115.96% in 2023, faster than its tourist visits, which grew 98.28%")).toEqual([
      ['115.96%', 'supported', '000-i038'],
      ['98.28%', 'supported', '000-i037'],
    ]);
  });

  it('最近 is no hedge: 最近5天 is 5 days', async () => {
    expect(await figuresOf('天祝县最近5天解决了不动产登记问题')).toEqual([['5天', 'supported', '000-i039']]);
  });

  it('a negated bound is the other way, its number in or out as that bound holds it', async () => {
    // Not below (未低于) is at least: met at the number itself. Not at least is less than: not met at it.
    expect(await figuresOf('2023年武威市接待游客未低于1962.3万人次')).toEqual([['未低于1962.3万人次', 'supported', '000-i035']]);
    expect(await figuresOf('In 2023 Wuwei did not receive at least 19.623 million tourist visits')).toEqual([
      ['not receive at least 19.623 million', 'contradicted', '000-i035'],
    ]);
  });
});

describe('what a claim says of two figures side by side', () => {
  it('reads a count between the comparing words and the figure compared with as a count, not their bound (rev28)', async () => {
    // 低于 compares 932亿元 with 958亿元: the 400 projects are a count of the second's subject (the article: 360), not under 400.
    for (const [claim, count] of [
      ['酒泉市省列重大项目总投资932亿元，低于400个集中开复工项目总投资958亿元', '400个'],
      [
        "Jiuquan's provincially listed major projects had 93.2 billion yuan of total investment, less than 400 projects' 95.8 billion yuan started on March 16",
        '400 projects',
      ],
    ])
      expect((await figuresOf(claim))[1], claim).toEqual([count, 'contradicted', '004-i004']);
    expect(
      (await figuresOf('酒泉市18个省列重大项目总投资932亿元，低于360个集中开复工项目总投资958亿元')).map((f: unknown[]) => f[1]),
    ).toEqual(['supported', 'supported', 'supported', 'supported']);
    // With nothing compared after it, 低于 is the count's bound.
    expect(await figuresOf('酒泉市同期开复工的项目低于400个')).toEqual([['低于400个', 'supported', '004-i004']]);
  });

  it('gives the province the figure a comparison names it with, and the first area a margin over it (rev26, rev28)', async () => {
    expect(await figuresOf('嘉峪关市重点项目投资完成率146%，高于全省省列重大项目投资完成率107.1%')).toEqual([
      ['146%', 'supported', '001-i072'],
      ['107.1%', 'supported', '001-i082'],
    ]);
    expect(await figuresOf("Wuwei's online service rate of 100% was higher than the province's 99.84%")).toEqual([
      ['100%', 'supported', '000-i019'],
      ['99.84%', 'supported', '001-i052'],
    ]);
    expect(await figuresOf('武威市2023年新引进省外项目签约额486.79亿元，低于全省4452个省外招商引资项目到位资金5961.27亿元')).toEqual([
      ['486.79亿元', 'supported', '003-i006'],
      ['4452个', 'supported', '001-i075'],
      ['5961.27亿元', 'supported', '001-i076'],
    ]);
    // The province's own figure after 的, its measure the comparison's (claims20: 41.78% was read as Wuwei's).
    expect(await figuresOf('武威市省外到位资金增速46.75%，低于全省的41.78%')).toEqual([
      ['46.75%', 'supported', '000-i033'],
      ['41.78%', 'supported', '001-i077'],
    ]);
    // A margin right after the province, or after its measure, is the first area's.
    for (const claim of ['武威市省外到位资金增长46.75%，高于全省8.6个百分点', '武威市省外到位资金增长46.75%，高于全省增速4.97个百分点'])
      expect((await figuresOf(claim))[1]?.[2], claim).toBe('000-i034');
    // A figure before the province's, of an area named in a sentence before, stays that area's; a margin by how much, a
    // level or the other areas after the province are the first area's (rev30).
    expect(
      (await figuresOf('武威市经济向好。2023年省外到位资金增长46.75%，高于全省省外到位资金增速41.78%')).map((f: unknown[]) => f[2]),
    ).toEqual(['000-i033', '001-i077']);
    expect((await figuresOf("Wuwei's out-of-province funds in place grew 46.75%, higher than the province by 5 percent"))[1]?.[1]).not.toBe(
      'contradicted',
    );
    for (const claim of ['武威市高于全省水平的重点产业链有9条', '武威市民营经济增加值占生产总值比重高于全省水平达62.2%'])
      expect(
        (await figuresOf(claim)).map((f: unknown[]) => f.slice(1)),
        claim,
      ).toEqual([['supported', claim.includes('9条') ? '000-i028' : '000-i025']]);
    // And a target the province sets is no figure of its own.
    expect((await figuresOf('武威市省外到位资金增长46.75%，高于全省调度目标24.75个百分点'))[1]?.slice(1)).toEqual([
      'supported',
      '000-i034',
    ]);
  });

  type Compared = { text: string; verdict: string; figures: number[]; explanation_en: string; explanation_zh: string };
  const compared = async (claim: string) => {
    const body = await check(claim);
    return {
      verdict: body.verdict as string,
      explanation_en: body.explanation_en as string,
      comparisons: body.comparisons as Compared[],
      figures: body.figures as { verdict: string }[],
    };
  };
  /** Each claim's one comparison has the verdict given, and so has the claim where `whole`; its figures are supported where `right`. */
  const judgedAs = async (cases: string[][], { whole = false, right = false } = {}) => {
    for (const [claim, verdict] of cases) {
      const body = await compared(claim);
      if (right)
        expect(
          body.figures.map((f) => f.verdict),
          claim,
        ).toEqual(['supported', 'supported']);
      expect(
        body.comparisons.map((c) => c.verdict),
        claim,
      ).toEqual([verdict]);
      if (whole) expect(body.verdict, claim).toBe(verdict);
    }
  };
  /** No comparison of these claims is read. */
  const unread = async (claims: string[]) => {
    for (const claim of claims) expect((await compared(claim)).comparisons, claim).toEqual([]);
  };
  /**
   * Each claim's one comparison is read and left unjudged, saying why (never passed over in silence, mcp12), and the claim's
   * verdict is its figures'.
   */
  const unjudged = async (claims: string[], why: RegExp) => {
    for (const claim of claims) {
      const body = await compared(claim);
      expect(
        body.comparisons.map((c) => [
          c.verdict,
          c.explanation_en.startsWith('Not judged: the claim says '),
          c.explanation_zh.startsWith('未判断：'),
        ]),
        claim,
      ).toEqual([['unjudged', true, true]]);
      expect(body.comparisons[0].explanation_en, claim).toMatch(why);
      expect(body.explanation_en, claim).toContain(body.comparisons[0].explanation_en);
      expect(body.verdict, claim).toBe(body.figures.some((f) => f.verdict === 'rounded') ? 'rounded' : 'supported');
    }
  };

  it('judges more, less and a multiple by the records of both figures, and makes the claim contradicted where they do not bear it out', async () => {
    // Each figure is the record's own; what is said of the two is false: 234.48 is less than 486.79, 123.1 no double of 429.49.
    for (const [claim, words] of [
      ['張掖市招商局簽約金額234.48億元，高於武威市2023年新引進省外項目簽約額486.79億元', '高於'],
      ['武威市2023年旅遊綜合收入123.1億元，是招商引資到位資金429.49億元的兩倍多', '的兩倍多'],
      ["Wuwei's tourist visits grew 98.28% in 2023, outpacing the 115.96% growth of its tourism revenue", 'outpacing'],
      ["Wuwei's tourist visits grew 98.28%, faster than its tourism revenue, which grew 115.96%", 'faster than'],
      ["Wuwei's tourist visits grew 98.28%, outpacing tourism revenue growth of 115.96%", 'outpacing'],
      // Passive: outpaced by the larger is the less (rev27: read as outpacing).
      ["Wuwei's tourism revenue grew 115.96% in 2023, outpaced by the 98.28% growth of its tourist visits", 'outpaced'],
      [
        "Zhangye's investment bureau signed 23.45 bln yuan of deals, more than Wuwei's 48.68 bln yuan of new out-of-province deals in 2023",
        'more than',
      ],
    ]) {
      const { verdict, comparisons, figures } = await compared(claim);
      expect(
        figures.map((f) => f.verdict).every((v) => v === 'supported' || v === 'rounded'),
        claim,
      ).toBe(true);
      expect(comparisons, claim).toEqual([expect.objectContaining({ text: words, verdict: 'contradicted', figures: [0, 1] })]);
      expect(comparisons[0].explanation_en).toMatch(/^Contradicted: the claim says .* the records give /);
      expect(verdict, claim).toBe('contradicted');
    }
    // Said the right way round, or as a multiple the records give, they are supported.
    for (const claim of [
      '武威市2023年招商引資到位資金429.49億元，高於旅遊綜合收入123.1億元',
      '武威市2023年招商引資到位資金429.49億元，是旅遊綜合收入123.1億元的三倍多',
      "Wuwei's 2023 tourism revenue of 12.31 billion yuan was less than its 42.949 billion yuan of funds in place",
      // Of growth rates, faster, slower and outpacing say more and less, of the second said after it too (…, which grew).
      "Wuwei's tourism revenue grew 115.96% in 2023, outpacing the 98.28% growth of its tourist visits",
      "Wuwei's tourist visits grew 98.28% in 2023, slower than the 115.96% growth of its tourism revenue",
      "Wuwei's tourism revenue grew 115.96%, faster than its tourist visits, which grew 98.28%",
      "Wuwei's tourist visits grew 98.28% in 2023, outpaced by the 115.96% growth of its tourism revenue",
      // By far is how far, not by whom (rev28).
      "Wuwei's tourism revenue grew 115.96%, which exceeded by far the 98.28% growth of tourist visits",
    ]) {
      const { verdict, comparisons } = await compared(claim);
      expect(
        comparisons.map((c) => c.verdict),
        claim,
      ).toEqual(['supported']);
      expect(verdict, claim).toBe('supported');
    }
  });

  it('compares the figure past a count of the second’s subject, in the unit of the first (check13)', async () => {
    // 31项 counts the agreements whose amount is compared: the comparison is of the two amounts, not 429.49亿元 and 31项.
    const body = await check('武威市2023年招商引资到位资金429.49亿元，高于张掖市招商局31项框架协议签约金额234.48亿元');
    expect(body.comparisons.map((c: { verdict: string; figures: number[] }) => [c.verdict, c.figures])).toEqual([['supported', [0, 2]]]);
    // Past a break, the figure after the count is another clause's: the count is compared (and left unjudged: two units).
    const broken = await check('武威市2023年招商引资到位资金429.49亿元，高于张掖市招商局31项，签约金额234.48亿元');
    expect(broken.comparisons.map((c: { figures: number[] }) => c.figures)).toEqual([[0, 1]]);
  });

  it('judges no comparing words that compare something else, are negated, or hedge the second figure', async () => {
    for (const claim of [
      // A subject of their own (增速 … 全国), an object with no figure (目标, 预期, expected), or a third figure's (也低于).
      '2023年武威市旅游综合收入123.1亿元，增速高于全国平均水平，招商引资到位资金429.49亿元',
      '嘉峪关市重点项目开复工率100%，超过目标，投资完成率146%',
      '甘州区新入库项目28个，多于预期，在库项目77个',
      "In Q1 2021 Jiuquan's fixed-asset investment was expected to grow 12%, while industrial value added growth was higher than expected at 34.2%",
      "Jiuquan's fixed asset investment was expected to grow 12% in Q1 2021, and industrial value added above designated size grew 34.2%",
      // Negated: a bound of another kind.
      '全省银税互动发放贷款698.36亿元，不高于新增减税降费及退税缓费185.2亿元',
      // More than, and a currency, before the second number: its hedge.
      'In 2023 Wuwei earned 12.31 billion yuan from tourism and attracted more than RMB 42.9 billion of investment funds in place',
    ]) {
      const { verdict, comparisons } = await compared(claim);
      expect(comparisons, claim).toEqual([]);
      expect(verdict, claim).not.toBe('contradicted');
    }
    // An adverb of degree before the words (远高于, far more than) still compares the two.
    for (const claim of [
      '张掖市招商局签约金额234.48亿元，远高于武威市2023年招商引资到位资金429.49亿元',
      "Zhangye's investment bureau signed 23.448 billion yuan, far more than Wuwei's 42.949 billion yuan of funds in place in 2023",
    ])
      expect(
        (await compared(claim)).comparisons.map((c) => c.verdict),
        claim,
      ).toEqual(['contradicted']);
    // A third figure compared with the first (也低于) leaves the second unjudged against it.
    const third = await compared(
      '山丹县落实省外到位资金0.35亿元，低于甘州区战略合作协议总投资86亿元，也低于临泽县落实省外到位资金1.41亿元',
    );
    expect(third.comparisons.map((c) => [c.figures, c.verdict])).toEqual([[[0, 1], 'supported']]);
  });

  it('reads what is said of both after them (前者高于后者, the former … the latter) and 比 … 还多 around the second figure', async () => {
    // 429.49 is 3.49 times 123.1: each said both ways, judged by the records of both figures.
    for (const [claim, words, verdict] of [
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者高于后者', '前者高于后者', 'supported'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者低于后者', '前者低于后者', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者是后者的两倍多', '前者是后者的两倍多', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者比后者还多', '前者比后者还多', 'supported'],
      [
        "Wuwei's 2023 funds in place were 42.949 billion yuan and its tourism revenue 12.31 billion yuan, the former is more than three times the latter",
        'the former is more than three times the latter',
        'supported',
      ],
      ['武威市2023年旅游综合收入123.1亿元，比招商引资到位资金429.49亿元还多', '比招商引资到位资金429.49亿元还多', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，比旅游综合收入123.1亿元高', '比旅游综合收入123.1亿元高', 'supported'],
      // …with an adverb (还要, 略), and 较 as 比.
      ['武威市2023年旅游综合收入123.1亿元，比招商引资到位资金429.49亿元还要少', '比招商引资到位资金429.49亿元还要少', 'supported'],
      ['武威市2023年旅游综合收入123.1亿元，较招商引资到位资金429.49亿元略高', '较招商引资到位资金429.49亿元略高', 'contradicted'],
    ]) {
      const body = await compared(claim);
      expect(
        body.figures.map((f) => f.verdict),
        claim,
      ).toEqual(['supported', 'supported']);
      expect(
        body.comparisons.map((c) => [c.text, c.verdict]),
        claim,
      ).toEqual([[words, verdict]]);
    }
    // Not of the two figures: 前者's growth, a margin (多出306亿元), 前者 after a third figure.
    for (const claim of [
      '武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者的增速高于后者',
      '武威市2023年招商引资到位资金429.49亿元，比旅游综合收入123.1亿元多出306亿元',
      '武威市2023年接待游客1962.3万人次，招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者高于后者',
    ])
      expect((await compared(claim)).comparisons, claim).toEqual([]);
  });

  it('reads a part or a multiple of the second (的一半, 的四分之一, 的四倍), either name first, and judges no record that is a bound', async () => {
    // 123.1 against 429.49: more than a quarter of it (107.4), less than half (214.7); 429.49 less than four times 123.1 (492.4).
    await judgedAs([
      ['武威市2023年旅游综合收入123.1亿元，招商引资到位资金429.49亿元，前者高于后者的四分之一', 'supported'],
      ['武威市2023年旅游综合收入123.1亿元，招商引资到位资金429.49亿元，前者高于后者的一半', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者低于后者的四倍', 'supported'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者高于后者的四倍', 'contradicted'],
      ['武威市2023年旅游综合收入123.1亿元，高于招商引资到位资金429.49亿元的四分之一', 'supported'],
      ['武威市2023年旅游综合收入123.1亿元，低于招商引资到位资金429.49亿元的四分之一', 'contradicted'],
      // The latter named first says it of the second figure; the former's part is of the first.
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，后者高于前者', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，后者高于前者的四分之一', 'supported'],
      ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者约为后者的三倍半', 'supported'],
      // Words of the second figure's clause before the break, and "being".
      [
        "In 2023 Wuwei's tourism revenue was 12.31 billion yuan and its funds in place 42.949 billion yuan in 2023, the former being higher than the latter",
        'contradicted',
      ],
    ]);
    // A third figure between them is no 前者's.
    await unread(['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元增长20%，前者高于后者']);
    // A part of the second in English (half, a third, a quarter of) is read as 的一半 is: 12.31 is 0.29 of 42.949 (mcp13: the
    // first figure had been not found, its words running into the second's, and the comparison unread).
    await judgedAs(
      [
        [
          "Wuwei's 2023 tourism revenue of 12.31 billion yuan was more than a quarter of its 42.949 billion yuan of funds in place",
          'supported',
        ],
        [
          "Wuwei's 2023 tourism revenue of 12.31 billion yuan was about half of its 2023 investment funds in place of 42.949 billion yuan",
          'contradicted',
        ],
        [
          "Wuwei's 2023 tourism revenue of 12.31 billion yuan was half its 2023 investment funds in place of 42.949 billion yuan",
          'contradicted',
        ],
      ],
      { right: true, whole: true },
    );
  });

  it('judges a hedged record by its range, two numerals one apart as between, 以下 as less, and higher by N times as at least N', async () => {
    // 1650余 is 1650–1660, 5000余 5000–6000 and 2100余 2100–2200: each comparison below is settled by the ranges.
    await judgedAs(
      [
        ['全省推动解决要事难事1650余件，低于解决“关键小事”1233件', 'contradicted'],
        ['武威市各级党组织组织理论学习中心组5000余场次，专题研讨2100余场次，前者多于后者', 'supported'],
        ['武威市各级党组织组织理论学习中心组5000余场次，专题研讨2100余场次，前者少于后者', 'contradicted'],
        ['高台县谋划储备产业项目总投资120亿元以上，临泽县落实省外到位资金1.41亿元，前者低于后者', 'contradicted'],
        // 429.49 is 3.49 times 123.1.
        ['武威市2023年到位资金429.49亿元，旅游综合收入123.1亿元，前者是后者的三四倍', 'supported'],
        ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者是后者的四倍以下', 'supported'],
        ['武威市2023年招商引资到位资金429.49亿元，旅游综合收入123.1亿元，前者是后者的三倍以下', 'contradicted'],
        ['武威市2023年到位资金429.49亿元，高于旅游综合收入123.1亿元五倍', 'contradicted'],
        ['武威市2023年到位资金429.49亿元，旅游综合收入123.1亿元，前者比后者多五倍', 'contradicted'],
        // 123.1 is less than half of 429.49 (214.7); the part's words are no measure's of the second figure.
        ['武威市2023年旅游综合收入123.1亿元，到位资金429.49亿元，前者比后者的一半还多', 'contradicted'],
        ['武威市2023年旅游综合收入123.1亿元，低于到位资金429.49亿元的一半', 'supported'],
      ],
      { whole: true },
    );
    // The ranges overlap (5000余 against 2100余 for 2.8 times: 2.27 to 2.86) or 以上 has no end; higher by two times may
    // be three as well as two (3.49 is more than either): unjudged, saying why.
    await unjudged(
      [
        '武威市各级党组织组织理论学习中心组5000余场次，专题研讨2100余场次，前者是后者的2.8倍',
        '高台县谋划储备产业项目总投资120亿元以上，临泽县重点项目年度投资120.2亿元，前者高于后者',
        '高台县储备项目总投资120亿元以上，高于张掖市招商局签约金额234.48亿元',
      ],
      /; a record of 余, 多, 以上 or 不到 is a range, and theirs leave it open\.$/,
    );
    await unjudged(
      ['武威市2023年到位资金429.49亿元，旅游综合收入123.1亿元，前者高于后者两倍'],
      /3\.5 times it; higher by 2 times is read as 2 or as 3 times/,
    );
    // A multiple in digits after the second figure is no figure of its own either (rev24: 2 had been checked as 2%).
    const digits = await compared('武威市2023年到位资金429.49亿元，旅游综合收入123.1亿元，前者高于后者2倍');
    expect([digits.figures.length, digits.comparisons.map((c) => c.verdict), digits.verdict]).toEqual([2, ['unjudged'], 'supported']);
    // …whatever the ranges, which settle 1650余 against 1233 (1.34 times either way): the reason is the reading (rev24).
    await unjudged(
      ['全省推动解决要事难事1650余件，高于推动解决“关键小事”1233件一倍'],
      /1\.3 times it; higher by one time is read as 1 or as 2 times/,
    );
    // Two units, or a figure no record supports, are not compared (mcp12: 人次 against 元 had been passed over).
    await unjudged(
      ['武威市2023年接待游客1962.3万人次，旅游综合收入123.1亿元，前者高于后者'],
      /in two units \(person-times, yuan\), which are not compared\.$/,
    );
    const unbacked = await compared('武威市2023年招商引资到位资金429.49亿元，高于张掖市招商局签约金额134.48亿元');
    expect(unbacked.comparisons.map((c) => [c.verdict, c.figures])).toEqual([['unjudged', [0, 1]]]);
    expect(unbacked.comparisons[0].explanation_en).toMatch(/; no record supports 134\.48亿元 as the claim gives it,/);
    expect(unbacked.comparisons[0].explanation_zh).toContain('“134.48亿元”没有记录支持');
    await unread(['武威市2023年到位资金429.49亿元，旅游综合收入123.1亿元，前者是后者的三五倍']);
  });

  it('reads a part said as a plain multiple (是…的一半, 约为…的三分之一, 仅为, 相当于), and the first figure’s words end at the comparing ones', async () => {
    // 123.1 is 0.29 of 429.49; 429.49 is 3.49 times 123.1.
    await judgedAs(
      [
        ['武威市2023年旅游综合收入123.1亿元，招商引资到位资金429.49亿元，前者是后者的一半', 'contradicted'],
        ['武威市2023年旅游综合收入123.1亿元，仅为武威市2023年招商引资到位资金429.49亿元的一半', 'contradicted'],
        ['武威市2023年旅游综合收入123.1亿元，招商引资到位资金429.49亿元，前者约为后者的三分之一', 'contradicted'],
        ['武威市2023年旅游综合收入123.1亿元，约为招商引资到位资金429.49亿元的十分之三', 'supported'],
        ['武威市2023年招商引资到位资金429.49亿元，相当于旅游综合收入123.1亿元的两倍', 'contradicted'],
        ['武威市2023年招商引资到位资金429.49亿元，约为旅游综合收入123.1亿元的三倍半', 'supported'],
        // A part said as a percent of the second (429.49 is 7.2% of 5961.27): a part, no figure of its own (mcp13: 7% had been
        // contradicted by a growth rate).
        ['武威市2023年招商引资到位资金429.49亿元，约为甘肃省2023年省外到位资金5961.27亿元的7%', 'supported'],
        ['武威市2023年招商引资到位资金429.49亿元，相当于甘肃省2023年省外到位资金5961.27亿元的29%', 'contradicted'],
        ['武威市2023年旅游综合收入123.1亿元，到位资金429.49亿元，前者高于后者的25%', 'supported'],
        // The words after "more than" or "twice" are what the figure is compared with, not what it measures.
        [
          "Wuwei's 2023 investment funds in place (42.949 billion yuan) were twice its 2023 tourism revenue (12.31 billion yuan)",
          'contradicted',
        ],
        [
          "Wuwei's 2023 investment funds in place of 42.949 billion yuan were more than three times its 2023 tourism revenue of 12.31 billion yuan",
          'supported',
        ],
      ],
      { right: true },
    );
    const single = await compared("Wuwei's 2023 investment funds in place (42.949 billion yuan) were more than its tourism revenue");
    expect(single.figures.map((f) => f.verdict)).toEqual(['supported']);
  });

  it('judges a multiple of ranges, either name first, higher by (高出), and reads 的 and a noun as no part (rev21, rev22)', async () => {
    await judgedAs(
      [
        // 1650余 against 1233: 1.34 times; 5000余 against 2100余: 2.27 to 2.86 times; 80多万 against 3.2万: 25 to 28 times.
        ['全省推动解决要事难事1650余件，是推动解决“关键小事”1233件的两倍', 'contradicted'],
        ['武威市各级党组织组织理论学习中心组5000余场次，专题研讨2100余场次，前者是后者的三倍多', 'contradicted'],
        // 后者 first: the second figure a multiple of the first (1.41 is 4.03 times 0.35).
        ['山丹县落实省外到位资金0.35亿元，临泽县落实省外到位资金1.41亿元，后者是前者的十倍', 'contradicted'],
        ['山丹县落实省外到位资金0.35亿元，临泽县落实省外到位资金1.41亿元，后者是前者的四倍', 'supported'],
        ['武威市2023年到位资金429.49亿元，旅游综合收入123.1亿元，前者高出后者五倍', 'contradicted'],
        ['临泽县落实省外到位资金1.41亿元，比山丹县落实省外到位资金0.35亿元明显要少', 'contradicted'],
        ['临泽县落实省外到位资金1.41亿元，不到山丹县落实省外到位资金0.35亿元的一半', 'contradicted'],
        // 的 and a noun (的水平) is the figure itself, no part of it.
        ['武威市2023年旅游综合收入123.1亿元，高于招商引资到位资金429.49亿元的水平。', 'contradicted'],
      ],
      { whole: true },
    );
    // 三五倍 is three to five times, no number of its own (it had been read as 35).
    await unread(['武威市2023年新引进省外项目签约额486.79亿元，高于旅游综合收入123.1亿元三五倍']);
    // A pace (faster than) of two amounts compares no growths (rev25: it had been judged as more than).
    await unread(["Zhangye's investment bureau signed 23.448 billion yuan, faster than Wuwei's funds in place of 42.949 billion yuan"]);
    // A figure's words end at "above" as at "more than": the first figure is funds in place, not tourism revenue.
    const above = await compared(
      "Wuwei's funds in place of 42.949 billion yuan in 2023 were above its tourism revenue of 12.31 billion yuan",
    );
    expect(above.figures.map((f) => f.verdict)).toEqual(['supported', 'supported']);
    // A year after a figure that it is compared with (over 2022), or a day it is as of, is not its period; a month within
    // the year before it narrows nothing (rev21: each had been not found).
    for (const claim of [
      'In 2023, Wuwei signed 48.679 billion yuan of out-of-province projects, and the signed amount grew 88.47% over 2022',
      "Jiuquan's funds in place grew 68.1% in Q1 2021, and its industrial value added rose 34.2% over the same period of 2020",
      'In 2023, Gansu implemented 4452 out-of-province projects, and the major projects completed investment of 269 billion yuan by December 2023',
      // (In its own words: Wuwei's clause's, resolved … problems, are not Tianzhu's, which had said what the 5 days measure.)
      'In 2023 Wuwei resolved 383 livelihood problems, and Tianzhu resolved the property registration problem of 16 households in 5 days in October 2023',
    ])
      expect((await compared(claim)).verdict, claim).toBe('supported');
  });

  it('leaves the comparing words out of the second figure’s measure words, but not 超过, also a measure’s (beyond a target by)', async () => {
    // 高于 and 比 … 还多 with a body's name before them had outweighed 到位资金: Wuwei's 429.49 was not found.
    for (const claim of [
      '张掖市商务局签约金额234.48亿元，高于武威市2023年到位资金429.49亿元',
      '张掖市招商局签约金额234.48亿元，比武威市2023年到位资金429.49亿元还多',
    ]) {
      const body = await compared(claim);
      expect(body.figures[1].verdict, claim).toBe('supported');
      expect(body.verdict, claim).toBe('contradicted');
    }
    expect((await compared('全省省列重大项目完成投资2690亿元，超过年度投资目标179亿元')).verdict).toBe('supported');
    // English exceeded is left out as 高于 is: kept, it outweighed the second figure's own words (not found).
    const exceeded = await compared(
      "Gansu's tax and fee cuts of 18.52 billion yuan exceeded its loans to private firms of 69.836 billion yuan",
    );
    expect(exceeded.figures.map((f) => f.verdict)).toEqual(['supported', 'supported']);
    expect(exceeded.verdict).toBe('contradicted');
  });

  it('judges a multiple within a twentieth, 多 as short of one more, nearly within a tenth, and reads its digits as no figure', async () => {
    // 429.49 is 3.49 times 123.1; 10177.11 is 1.71 times 5961.27.
    for (const [claim, verdict] of [
      ['武威市2023年招商引资到位资金429.49亿元，是旅游综合收入123.1亿元的3.5倍', 'supported'],
      ['武威市2023年招商引资到位资金429.49亿元，是旅游综合收入123.1亿元的三倍多', 'supported'],
      ['武威市2023年招商引资到位资金429.49亿元，是旅游综合收入123.1亿元的两倍多', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，是旅游综合收入123.1亿元的近4倍', 'contradicted'],
      ['全省省外招商引资签约金额10177.11亿元，是到位资金5961.27亿元的1.7倍', 'supported'],
      ['全省省外招商引资签约金额10177.11亿元，是到位资金5961.27亿元的两倍', 'contradicted'],
      // 为 as 是, numerals of two characters and a half.
      ['武威市2023年招商引资到位资金429.49亿元，为旅游综合收入123.1亿元的两倍', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，是旅游综合收入123.1亿元的十二倍', 'contradicted'],
      ['武威市2023年招商引资到位资金429.49亿元，是旅游综合收入123.1亿元的三倍半', 'supported'],
      [
        "Linze's key projects' total investment of 23.06 billion yuan was 1.9 times its annual investment of 12.02 billion yuan",
        'supported',
      ],
    ]) {
      const body = await compared(claim);
      expect(body.figures.length, claim).toBe(2);
      expect(
        body.comparisons.map((c) => c.verdict),
        claim,
      ).toEqual([verdict]);
      expect(body.verdict, claim).toBe(verdict);
    }
  });

  it('reads no comparison of a margin or a hedge of the second, and leaves one of two units or of a figure no record supports unjudged', async () => {
    await unread([
      // Growth against a margin in percentage points: by how much, no second figure.
      '武威市2023年招商引资到位资金增长50.38%，高于省上调度目标24.75个百分点',
      // Words right before the second number are its bound (不及123.1亿元), however it is read.
      '武威市2023年招商引資到位資金429.49億元，旅遊綜合收入不及123.1億元',
      // 'exceeded' right before the number is its bound, not a comparison.
      "Wuwei's funds in place were 42.949 billion yuan and its new out-of-province deals exceeded 48 billion yuan in 2023",
    ]);
    // Visits against yuan: two units. The second figure is not the record's (4290亿元): nothing to compare.
    await unjudged(['武威市2023年接待游客1962.3万人次，多于旅游综合收入123.1亿元'], /in two units \(person-times, yuan\)/);
    const unbacked = await compared('武威市2023年旅遊綜合收入123.1億元，低於招商引資到位資金4290億元');
    expect(unbacked.comparisons.map((c) => c.verdict)).toEqual(['unjudged']);
    expect(unbacked.comparisons[0].explanation_en).toMatch(/; no record supports 4290億元 as the claim gives it,/);
  });
  it('says a record of another stage measures something else, not that it is a part to name (docs12)', async () => {
    // 凉州区 started 12 projects (003-i001, of the investment-promotion projects): no part of 12 completed.
    for (const claim of ['凉州区12个项目集中竣工', '凉州区2023年招商引资12个项目集中竣工']) {
      const body = await check(claim);
      expect(body.verdict, claim).toBe('not_found');
      expect(body.explanation_en, claim).toMatch(/^Not found: the dataset holds no record of Liangzhou District \(凉州区\)/);
      expect(body.explanation_en, claim).not.toMatch(/part/);
    }
  });

  it('reads 今年 in a figure’s own clause as the year of a day an earlier clause or sentence names (check12)', async () => {
    for (const text of [
      '2021年3月16日，酒泉市同期开复工的项目达360个，今年计划完成投资280亿元',
      '2021年3月16日，酒泉市开复工项目360个。今年计划完成投资280亿元',
    ]) {
      const figures = (await check(text)).figures as { text: string; verdict: string; indicator: string | null }[];
      expect(
        figures.map((f) => [f.text, f.verdict, f.indicator]),
        text,
      ).toEqual([
        ['360个', 'supported', '004-i004'],
        ['280亿元', 'supported', '004-i006'],
      ]);
    }
    // A part of this year (今年一季度, 今年上半年) is no whole year (rev23, rev24).
    expect((await check('2021年3月24日，酒泉市今年一季度引进到位资金增长68.1%')).verdict).toBe('supported');
    expect((await check('2023年10月，天祝县今年上半年为16户群众办理了不动产登记')).verdict).toBe('not_found');
    // Without 今年 the day is the figure's, and the plan of the year does not support it.
    const day = (await check('2021年3月16日，酒泉市同期开复工的项目达360个，计划完成投资280亿元')).figures as { verdict: string }[];
    expect(day[1].verdict).not.toBe('supported');
  });

  it('answers a figure whose year is another area’s, written before it, by its area’s record that states no period, saying so', async () => {
    // 2023 is Wuwei's; Zhangye's 234.48亿元 (002-i011) states no period, and had been not found for 2023 (mcp12).
    const claim = '武威市2023年招商引资到位资金429.49亿元，高于张掖市招商局签约金额234.48亿元';
    const body = await check(claim);
    expect(body.figures.map((f: { indicator: string; verdict: string }) => [f.indicator, f.verdict])).toEqual([
      ['000-i031', 'supported'],
      ['002-i011', 'supported'],
    ]);
    expect(body.comparisons.map((c: { verdict: string }) => c.verdict)).toEqual(['supported']);
    expect(body.figures[1].explanation_en).toContain(
      "The record states no period; the claim's period, 2023, is read from another area's words before the figure.",
    );
    expect(body.figures[1].explanation_zh).toContain('该记录未注明时间；声明的时间（2023）出自该数字之前另一地区的文字。');
    // A record of a period still answers only its own: Wuwei's 2023 funds are not 2022's, whatever Zhangye's figure.
    const wrongYear = await check('武威市2022年招商引资到位资金429.49亿元，高于张掖市招商局签约金额234.48亿元');
    expect(wrongYear.figures.map((f: { verdict: string }) => f.verdict)).toEqual(['not_found', 'supported']);
    // …and contradict where no record of its measure states a period (mcp13: a wrong 334.48亿元 had been not found)…
    const wrong = await check('武威市2023年招商引资到位资金429.49亿元，高于张掖市招商局签约金额334.48亿元');
    expect(wrong.figures.map((f: { verdict: string; indicator: string | null }) => [f.verdict, f.indicator])).toEqual([
      ['supported', '000-i031'],
      ['contradicted', '002-i011'],
    ]);
    // …but not where one does (rev23: 003-i014, a part, had contradicted the 2023 whole);
    // words that carry the year onto the figure (当年, 同期) make it the figure's own (rev23), as does an area it is one of.
    for (const [claim, figure] of [
      ['酒泉市2021年一季度引进到位资金增长68.1%，武威市到位资金429.49亿元', '429.49亿元'],
      ['武威市2023年招商引资到位资金429.49亿元，张掖市招商局当年签约金额300亿元', '300亿元'],
      ['酒泉市2021年一季度引进到位资金增长68.1%，同期张掖市招商局签约金额234.48亿元', '234.48亿元'],
    ]) {
      const figures = (await check(claim)).figures as { text: string; verdict: string }[];
      expect(figures.find((f) => f.text === figure)?.verdict, claim).toBe('not_found');
    }
    // 全省 named between is no area the year is of: 2023 is Wuwei's own, and its figure is not 003-i014's (rev24).
    const province = (await check('武威市2023年旅游综合收入123.1亿元，全省领先，新引进项目到位资金272.78亿元')).figures as {
      verdict: string;
      explanation_en: string;
      indicator: string | null;
    }[];
    expect(province[1].indicator).not.toBe('003-i014');
    expect(province[1].explanation_en).not.toContain("another area's words");
    // …nor, borrowed, 2022's from another area's words: Wuwei's funds are 2023's.
    const borrowed = await check('甘肃省2022年新增市场主体20万户，武威市招商引资到位资金429.49亿元');
    expect(borrowed.figures.map((f: { verdict: string }) => f.verdict)).toEqual(['not_found', 'not_found']);
    // A year opening the sentence before both areas, or written after the figure's own area, is its own: a record that
    // states no period (234.48亿元; 003-i014's 272.78亿元) does not support it.
    for (const [own, figure] of [
      ['2023年，武威市招商引资到位资金429.49亿元，张掖市招商局签约金额234.48亿元', '234.48亿元'],
      ['张掖市招商局2023年签约金额234.48亿元', '234.48亿元'],
      ['张掖市招商局签约金额234.48亿元，武威市2023年新引进项目到位资金272.78亿元', '272.78亿元'],
    ]) {
      const figures = (await check(own)).figures as { text: string; verdict: string }[];
      expect(figures.find((f) => f.text === figure)?.verdict, own).not.toBe('supported');
      expect(figures.find((f) => f.text === figure)?.verdict, own).toMatch(/^(not_found|contradicted)$/);
    }
  });
});

describe('a sum of areas and its parts', () => {
  it('leaves the sum of areas listed not found, and checks each part given after it as its area’s', async () => {
    const body = await check('临泽县和山丹县共落实省外到位资金1.76亿元，分别为1.41亿元和0.35亿元');
    expect(body.figures.map((f: { verdict: string; indicator: string | null }) => [f.verdict, f.indicator])).toEqual([
      ['not_found', null],
      ['supported', '002-i036'],
      ['supported', '002-i044'],
    ]);
    expect(body.figures[0].explanation_en).toMatch(
      /^Not found: the claim gives one figure for Linze County \(临泽县\) and Shandan County \(山丹县\) together/,
    );
  });
});
