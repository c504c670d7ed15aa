/**
 * The words of the comparison and claim-checking pages, the problems and the downloads, in both languages: part of the one
 * dictionary of ./i18n.ts (wordsFor), kept apart so neither file grows past its bound.
 */
import { LIMITS } from '../config.ts';
import type { Language } from '../http/negotiation.ts';

type Dictionary = Record<string, Record<Language, string>>;

export const COMPARE_WORDS = {
  chart: { zh: '图表', en: 'Chart' },
  table: { zh: '表格', en: 'Table' },
  scopeCompared: { zh: '比较口径', en: 'Scope compared' },
  metricExactly: { zh: '指标本身（无特殊口径）', en: 'the metric exactly (no narrower scope)' },
  leftOut: { zh: '未纳入比较的数据', en: 'Figures left out of this comparison' },
  leftOutIntro: {
    zh: '只有口径相同的数据才能并列比较。以下口径的数据与所选地区、度量相同，但口径不同，因此未列入：',
    en: 'Only figures of the same scope (口径) can stand side by side. These figures are of the same measure and areas but a different scope, so they are not in the chart:',
  },
  compareThatScope: { zh: '比较该口径', en: 'compare that scope' },
  undatedAnyScope: {
    zh: '条未注明时间的该度量数据（不论口径）不在按年份的比较中',
    en: 'figures of this metric with no period, of any scope, are not in a comparison by year',
  },
  undatedAnyScopeOne: {
    zh: '条未注明时间的该度量数据（不论口径）不在按年份的比较中',
    en: 'figure of this metric with no period, of any scope, is not in a comparison by year',
  },
  noneOfItsOwn: { zh: '本级没有；', en: 'None of its own;' },
  withTheAreasWithin: { zh: '含下辖地区的列表', en: 'the list with the areas within it' },
  noneFiledHere: {
    zh: '没有记录归于该地区；其他地区的记录可能提到它：',
    en: 'No record is filed under this area; records of other areas may name it:',
  },
  nothingToCompare: { zh: '没有可比较的数据。', en: 'There is nothing to compare.' },
  scopeIsMetric: { zh: '该口径的数据为另一指标：', en: 'Figures of this scope are a metric of their own: ' },
  withoutFigures: {
    zh: '以下地区没有参与比较的数据（链接列出该地区及其下辖地区的这项数据）：',
    en: 'No figure is compared for these areas (each links to what it and the areas under it have of this metric): ',
  },
  compareIntro: {
    zh: '选择一个度量和若干地区，在基准单位下并列比较。以下度量有不止一个地区的数据：',
    en: 'Choose a metric and some areas to see their figures side by side, in base units. These metrics have figures of more than one area:',
  },
  plannedNote: {
    zh: '虚线空心的标记为预计或计划数：是计划或预期，并非已实现的结果。',
    en: 'A hollow mark with a dashed outline is a planned or expected figure: a plan or an expectation, not an outcome.',
  },
} as const satisfies Dictionary;

export const CHECK_WORDS = {
  check: { zh: '核对', en: 'Check' },
  checkTitle: { zh: '核对文中的数字', en: 'Check the figures of a text' },
  /** A body past the route's bytes (413), said in what the form counts: characters. */
  checkTooLarge: {
    zh: `这段文字远超 ${LIMITS.checkTextLength} 个字符的上限，请分段核对。`,
    en: `The text is far longer than the ${LIMITS.checkTextLength.toLocaleString('en-US')} characters a check takes; check it in parts.`,
  },
  checkIntro: {
    zh: '粘贴一段中文（简体或繁体）或英文：每个数字都会与同一地区、同一度量的记录比对，并给出原文依据。只比对地区与度量都对得上的记录，从不拿无关的数字充数。',
    en: 'Paste a paragraph in Chinese (Simplified or Traditional) or English: each figure in it is compared with the records of the same area and measure, with the article’s words as evidence. Only records of that area and measure are compared, never the nearest unrelated figure.',
  },
  checkLabel: {
    zh: `要核对的文字（最多 ${LIMITS.checkTextLength} 字、${LIMITS.checkFigures} 个数字）`,
    en: `The text to check (at most ${LIMITS.checkTextLength.toLocaleString('en-US')} characters and ${LIMITS.checkFigures} figures)`,
  },
  checkButton: { zh: '核对', en: 'Check' },
  checkExample: { zh: '示例', en: 'For example' },
  checkedText: { zh: '核对结果', en: 'What was found' },
  figureN: { zh: '数字', en: 'Figure' },
  inSentence: { zh: '所在句子', en: 'In the sentence' },
  comparedWith: { zh: '比对的记录', en: 'Compared with' },
  figuresCompared: { zh: '两个数字之间的比较', en: 'What the text says of two figures' },
  figuresNM: { zh: '数字', en: 'figures' },
  noFiguresRead: { zh: '文中没有读到数字。', en: 'No figures were read in the text.' },
  verdictsLegend: { zh: '结论', en: 'Verdicts' },
  forProgramsCheck: {
    zh: '程序可用 GET /check?claim=…（一句话）或 POST /check（JSON：{"text": …}，一段话）得到同样的结果。',
    en: 'Programs get the same answers from GET /check?claim=… (one claim) or POST /check with JSON {"text": …} (a paragraph).',
  },
} as const satisfies Dictionary;

export const PROBLEM_WORDS = {
  problemTypes: { zh: '错误类型', en: 'Kinds of problem' },
  problemTypesIntro: {
    zh: '本 API 的错误答复都是 RFC 9457 格式的 application/problem+json，其 type 字段即下列某一页的地址：打开它可看到此类错误的含义及如何处理。',
    en: 'Every error the API answers is an RFC 9457 application/problem+json document whose type is the address of one of these pages: open it for what the kind of problem means and what to do.',
  },
  problemKind: { zh: '类型', en: 'Kind' },
  httpStatus: { zh: 'HTTP 状态', en: 'HTTP status' },
  aboutThisProblem: { zh: '关于此类错误', en: 'About this kind of problem' },
  /** A 400 whose only mistake is the words searched for (q: 。), typed in a search box, not an address. */
  badSearchTitle: { zh: '没有可搜索的内容', en: 'Nothing to search for' },
  longSearchTitle: { zh: '检索词过长', en: 'Search words too long' },
  /** {n}: wrong parameters beyond those the page lists. */
  moreWrong: {
    zh: '另有 {n} 处错误未列出，均见上方说明及 JSON 答复。',
    en: '{n} more not listed here: the detail above and the JSON answer name every one.',
  },
} satisfies Dictionary;

/** The home page's downloads. */
export const DOWNLOAD_WORDS = {
  dataPackage: { zh: '数据包描述（Frictionless Data Package）', en: 'Data package descriptor (Frictionless)' },
  zipAll: { zh: '全部表格（CSV）、五篇原文与文档，zip 压缩', en: 'Every table as CSV, the five articles and the docs, zipped' },
  sqliteFile: { zh: 'SQLite 数据库文件', en: 'The SQLite database' },
  checksums: {
    zh: 'zip 与 SQLite 文件的大小和 SHA-256（各 CSV 的在数据包描述中）',
    en: 'Sizes and SHA-256 of the zip and the SQLite file (the CSVs’ are in the data package descriptor)',
  },
  csvOf: { zh: 'CSV', en: 'CSV' },
  csvInExcel: {
    zh: '（UTF-8，无 BOM：Excel 请用“数据 → 自文本/CSV”导入并选 UTF-8，或用列表页的 CSV 链接，其带 BOM）',
    en: ' (UTF-8 with no BOM: in Excel, import with Data → From Text/CSV choosing UTF-8, or use a list page’s CSV link, which has one)',
  },
} as const satisfies Dictionary;
