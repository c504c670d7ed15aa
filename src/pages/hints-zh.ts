/**
 * What each parameter of a page means, in Chinese: the help under each field of its filter form,
 * and the table of parameters on its error page (paging and the answer's shape too). In English
 * they show the API's own description of the parameter (its OpenAPI text); a Chinese reader gets
 * this instead. Keyed by parameter, with the few that mean something else on one route keyed by
 * route and parameter. A parameter with no Chinese help here shows the English, marked as English,
 * and a test lists every form field that has none.
 */
import { DEFAULTS, LIMITS } from '../config.ts';

/** A parameter's help on most routes. */
const BY_NAME: Record<string, string> = {
  q: '在标签、名称和引文中检索，简体、繁体或英文均可；张掖与張掖结果相同，台湾用语也可（專案亦检索项目）。以空格或逗号分隔的词须全部出现。例如：武威。',
  city: '地区代码（拼音），逗号分隔。例如：wuwei。',
  cities: '地区代码（拼音），逗号分隔。',
  within: '某地区及其下辖的全部地区（如 zhangye：张掖市及其县区）。',
  parent: '这些地区直接下辖的地区（如 zhangye：张掖市的县区），逗号分隔。',
  level: '层级，逗号分隔：province 省、prefecture 市、county 县、district 区、new_area 新区、development_zone 开发区。',
  metric:
    '度量代码（见 /metrics），逗号分隔；以 .* 结尾表示整个类别（如 tourism.*）；已停用的代码按其现在所指的代码查询，并在 meta.aliases 中说明；曾表示某口径的代码（如 investment.out_of_province_funds_in_place）须单独给出，与其他代码并列时其口径也会限定它们（400 会给出正确写法）。',
  unit: '标准化单位，逗号分隔，例如 CNY（元）、person_times（人次）、percent（%）。',
  qualifier: '限定，逗号分隔：exact 确数、more_than 超过、at_least 至少、approx 约、less_than 不到。',
  estimated: 'true：只看计划数或预计数；false：只看报道的实际数。',
  scope: '口径代码（见 /scopes），逗号分隔；none：恰为该度量本身的数字。',
  initiative: '举措编号，逗号分隔。',
  part_of: '举措编号，逗号分隔：属于其中之一的举措（如 three-grasps-three-promotes）。',
  project: '项目编号（见 /projects），逗号分隔：衡量这些具名项目的数字。',
  complaint: '诉求编号（见 /complaints），逗号分隔：这些已办结诉求案件的数字。例如：001-c01。',
  source: '来源文章编号，逗号分隔：引用其中任一篇的记录。例如：000。',
  corroborated: 'true：只看被两篇或更多文章引述的数字。',
  year: '时期与这一年有重叠的记录。一端开放的时期与那一侧的每一年都重叠：2023-02-13/.. 与 2023 年起的每一年，../2024-02-18 与 2024 年及以前的每一年。',
  from: '时期与 [from, to] 有重叠的记录。一端开放的时期与那一侧的每一年都重叠：2023-02-13/.. 与 2023 年起的每一年，../2024-02-18 与 2024 年及以前的每一年。',
  to: '时期与 [from, to] 有重叠的记录。一端开放的时期与那一侧的每一年都重叠：2023-02-13/.. 与 2023 年起的每一年，../2024-02-18 与 2024 年及以前的每一年。',
  undated: 'true：只看未注明时间的数字（原文没有给出）；false：只看注明时间的。按时间筛选时不含未注明时间的数字，其数目见 meta.undated。',
  reported_from: '首次报道（引述该数字的最早一篇文章的日期）在此日期或之后的数字；日期不明的文章中的数字不在其内。',
  reported_to: '首次报道在此日期或之前的数字；日期不明的文章中的数字不在其内。',
  period: '精确的时期代码，如 2023 或 2023-Q1。',
  min: 'value_base（以基本单位计的数值）的下限：金额以元计，不是亿元（100亿元即 10000000000）。',
  max: 'value_base（以基本单位计的数值）的上限，单位同 min。',
  sort: '排序字段，前加 - 为降序（period 按时间：先看起始日，再看截止日，尚未结束的排最后；period_start 与 period_end 按该日，开放的起点最早、开放的终点最晚；未注明时间的总在已注明的之后）；相同者按编号排。例如：-value_base。',
  sector: '行业，逗号分隔。例如：energy（能源）。',
  status: '有这些进展的项目：planned 计划、signed 签约、started 开工、resumed 复工、under_way 在建、completed 建成、in_operation 投运。',
  type: '要检索的记录类型，逗号分隔：indicator 指标、initiative 举措、complaint 诉求、project 项目、passage 段落、city 地区、metric 度量。',
  claim: `一条声明，至多${LIMITS.claimLength}字，简体、繁体或英文均可：地区、度量、数字，以及时期（如有）。`,
  limit: `每页行数，1 至 ${LIMITS.pageSize}。`,
  offset: '跳过的行数。',
  fields: '只给出这些字段，逗号分隔（JSON 与 CSV）；记录此时只含这些字段，不再含其结构要求的全部字段。',
  facets: '对这些字段统计整个筛选结果中各个值的行数，逗号分隔。',
  facet_limit: `每个统计字段列出多少个值，最常见的在前（默认 ${DEFAULTS.facetValues}）；未列出的数目见 meta.facets_omitted。`,
  total: `bounded（默认）：计数到第 ${DEFAULTS.totalCountedUpTo.toLocaleString('en')} 行之后一行或本页末尾之后一行（取其远者）为止，meta.total_exact 说明是否已数完；exact：全部计数。`,
};

/** Where a parameter means something else on a route (its route pattern, then the parameter). */
const BY_ROUTE: Record<string, Record<string, string>> = {
  '/compare': {
    metric: '要比较的度量代码。',
    scope: '要比较的口径（/scopes 中的代码），或 none：恰为该度量本身的数字。默认：有这样的数字时为 none，否则为行数最多的口径。',
    within: '该地区下辖的全部地区（含其本身），与 cities= 的地区一并比较（/indicators 则只保留两者共有的）。',
  },
  '/passages': { source: '文章编号，逗号分隔：按在文中的先后列出其段落。例如：002。' },
  '/initiatives': {
    kind: '类型，逗号分隔：campaign 行动、mechanism 机制、policy_document 政策文件、service_brand 服务品牌、programme 工程计划。',
  },
  '/projects': {
    kind: '项目类型，逗号分隔。例如：plant（工厂）。',
    year: '有进展的时期与这一年有重叠的项目。原文各项进展均未注明时间的项目不在其内，其数目见 meta.undated。',
    undated: 'true：只看原文各项进展均未注明时间的项目；false：只看至少一项进展注明了时间的。',
    sort: '排序字段，前加 - 为降序；相同者按编号排。例如：city。',
    corroborated: 'true：只看两篇或更多文章提到的项目；false：只看一篇文章提到的。',
  },
};
BY_ROUTE['/cities/:slug/initiatives'] = BY_ROUTE['/initiatives'];
BY_ROUTE['/cities/:slug/projects'] = BY_ROUTE['/projects'];

/** The Chinese help of a form field on a route, or undefined where there is none. */
export const hintZh = (route: string | undefined, name: string): string | undefined => BY_ROUTE[route ?? '']?.[name] ?? BY_NAME[name];
