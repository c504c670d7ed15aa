/**
 * The names of the closed vocabularies (levels, qualifiers, kinds, confidences, record types, a
 * project's statuses, sectors and kinds) in both languages, as the pages show them.
 */
import type { PROJECT_KINDS, PROJECT_SECTORS, PROJECT_STATUSES } from '../domain/vocabulary.ts';
import type { Language } from '../http/negotiation.ts';
import { bracketed } from './i18n.ts';

/** A project's statuses, sectors and kinds: a value of the closed lists without a name is a type error. */
const PROJECT_NAMES = {
  // A project's status events (src/domain/vocabulary.ts PROJECT_STATUSES), as the articles word them.
  planned: { zh: '谋划储备', en: 'planned' },
  signed: { zh: '签约', en: 'signed' },
  started: { zh: '开工', en: 'started' },
  resumed: { zh: '复工', en: 'resumed' },
  under_way: { zh: '推进在建', en: 'under way' },
  completed: { zh: '建成', en: 'completed' },
  in_operation: { zh: '投产运营', en: 'in operation' },
  // Project sectors (PROJECT_SECTORS).
  energy: { zh: '能源', en: 'energy' },
  industry: { zh: '工业', en: 'industry' },
  agriculture: { zh: '农业', en: 'agriculture' },
  culture_tourism: { zh: '文化旅游', en: 'culture and tourism' },
  transport: { zh: '交通', en: 'transport' },
  urban_infrastructure: { zh: '城市基础设施', en: 'urban infrastructure' },
  digital: { zh: '数字经济', en: 'digital' },
  environment: { zh: '生态环境', en: 'environment' },
  water: { zh: '水利', en: 'water' },
  commerce_logistics: { zh: '商贸物流', en: 'commerce and logistics' },
  health: { zh: '卫生健康', en: 'health' },
  education: { zh: '教育', en: 'education' },
  // Project kinds (PROJECT_KINDS).
  plant: { zh: '工厂或电厂', en: 'plant' },
  park: { zh: '园区', en: 'park' },
  line: { zh: '线路', en: 'line' },
  road: { zh: '道路', en: 'road' },
  station: { zh: '电站', en: 'station' },
  facility: { zh: '设施', en: 'facility' },
  scenic_area: { zh: '景区', en: 'scenic area' },
  building: { zh: '建筑', en: 'building' },
  base: { zh: '基地', en: 'base' },
  centre: { zh: '中心', en: 'centre' },
  programme_works: { zh: '建设工程', en: 'programme of works' },
  other: { zh: '其他', en: 'other' },
} as const satisfies Record<(typeof PROJECT_STATUSES | typeof PROJECT_SECTORS | typeof PROJECT_KINDS)[number], Record<Language, string>>;

/** Names of closed vocabularies (levels, qualifiers, kinds, confidences, record types), in both languages. */
const NAMES: Record<string, Record<Language, string>> = {
  // Levels: Beijing and Xinjiang are provincial-level as Gansu is, Yumen a county-level city.
  province: { zh: '省级', en: 'provincial-level' },
  prefecture: { zh: '地级', en: 'prefecture-level' },
  county: { zh: '县级', en: 'county-level' },
  district: { zh: '市辖区', en: 'district' },
  new_area: { zh: '国家级新区', en: 'new area' },
  development_zone: { zh: '开发区', en: 'development zone' },
  exact: { zh: '确数', en: 'exactly as stated' },
  more_than: { zh: '超过（余、多）', en: 'more than' },
  at_least: { zh: '至少（以上）', en: 'at least' },
  approx: { zh: '约数', en: 'about' },
  less_than: { zh: '不到', en: 'less than' },
  campaign: { zh: '行动', en: 'campaign' },
  mechanism: { zh: '机制', en: 'mechanism' },
  policy_document: { zh: '政策文件', en: 'policy document' },
  service_brand: { zh: '服务品牌', en: 'service brand' },
  programme: { zh: '项目计划', en: 'programme' },
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
  date: { zh: '日期', en: 'a date' },
  ordinal: { zh: '序数', en: 'an ordinal' },
  name: { zh: '名称的一部分', en: 'part of a name' },
  page: { zh: '页面元素', en: 'page furniture' },
  indicator: { zh: '指标', en: 'indicator' },
  initiative: { zh: '举措', en: 'initiative' },
  complaint: { zh: '诉求', en: 'complaint' },
  project: { zh: '项目', en: 'project' },
  passage: { zh: '原文段落', en: 'passage' },
  city: { zh: '地区', en: 'area' },
  'problem type': { zh: '错误类型', en: 'problem type' },
  metric: { zh: '度量', en: 'metric' },
  source: { zh: '原文', en: 'article' },
  scope: { zh: '口径', en: 'scope' },
  Hans: { zh: '简体', en: 'Simplified' },
  Hant: { zh: '繁体', en: 'Traditional' },
  reported: { zh: '实际数', en: 'reported' },
  // A verdict's badge says the word its explanation begins with (属实：…), in either language.
  supported: { zh: '属实', en: 'supported' },
  rounded: { zh: '约数', en: 'rounded' },
  contradicted: { zh: '不符', en: 'contradicted' },
  not_found: { zh: '未找到', en: 'not found' },
  unjudged: { zh: '未判断', en: 'not judged' },
  estimated: { zh: '预计或计划数', en: 'planned or expected' },
  ...PROJECT_NAMES,
};

/** A vocabulary value's name in a language, or the value itself. */
export const nameOf = (value: string | null | undefined, lang: Language): string => (value == null ? '' : (NAMES[value]?.[lang] ?? value));

/** What follows a planned or expected figure's name wherever it is shown: ' (planned or expected)', （预计或计划数）, or nothing. */
export const plannedMark = (figure: { estimated?: boolean }, lang: Language): string =>
  figure.estimated ? bracketed(nameOf('estimated', lang), lang) : '';
