/**
 * The API's problems in Chinese, for the error pages of a Chinese reader: the details and reasons
 * the API writes most (an unknown record or path, an unknown or missing parameter, a value outside
 * its list, a date or period that does not exist, a reversed range). The API's English stays the
 * reference and is shown beside; a message not known here is shown in English alone.
 */
import { nameOf } from './names.ts';

type Rule = [pattern: RegExp, chinese: (...groups: string[]) => string];

const DETAILS: Rule[] = [
  [/^No (\w+) has the id "(.*)"\.$/, (what, id) => `没有 id 为“${id}”的${nameOf(what, 'zh')}。`],
  [/^No resource at GET (\S+)\./, (path) => `没有这个地址：${path}。`],
];

const REASONS: Rule[] = [
  [
    /^unknown parameter for this endpoint; did you mean (.+)\?$/,
    (names) => `此页不接受这个参数；是否想用 ${names.replaceAll(' or ', ' 或 ')}？`,
  ],
  [/^unknown parameter for this endpoint$/, () => '此页不接受这个参数'],
  [/^unknown$/, () => '没有这一项'],
  [/^required$/, () => '必须给出'],
  [/^one of (.+)$/, (values) => `只能是：${values}`],
  [/^a date YYYY-MM-DD$/, () => '日期，格式为 YYYY-MM-DD'],
  [/^a date that exists \((.+) does not\)$/, (value) => `存在的日期（${value} 不存在）`],
  [/^a period that exists \((.+) does not\)$/, (value) => `存在的时期（${value} 不存在）`],
  [/^a period code$/, () => '时期代码，例如 2023、2023-Q1、2023-04'],
  [/^a date on or after (\w+)= \((.+)\)$/, (start, date) => `不早于 ${start}=（${date}）的日期`],
  [
    /^no (\w+) "(.+)"; did you mean (.+)\?$/,
    (what, value, names) => `没有“${value}”这个${nameOf(what, 'zh')}；是否想用 ${names.replaceAll(' or ', ' 或 ')}？`,
  ],
  [/^no (\w+) "(.+)"; see \/\w+$/, (what, value) => `没有“${value}”这个${nameOf(what, 'zh')}`],
  [/^the language of the page: zh or en$/, () => '页面语言：zh 或 en'],
];

function translate(text: string, rules: readonly Rule[]): string | undefined {
  for (const [pattern, chinese] of rules) {
    const match = pattern.exec(text);
    if (match) return chinese(...match.slice(1));
  }
  return undefined;
}

/**
 * A problem's detail in Chinese, when it is one of those known here, or made of its parameters'
 * reasons when each of them is.
 */
export function detailZh(problem: { detail?: string; invalid_params?: { name: string; reason: string }[] }): string | undefined {
  const known = problem.detail ? translate(problem.detail, DETAILS) : undefined;
  if (known) return known;
  const params = problem.invalid_params ?? [];
  const reasons = params.map((p) => reasonZh(p.reason));
  return params.length > 0 && reasons.every(Boolean) ? params.map((p, k) => `${p.name}：${reasons[k]}`).join('；') : undefined;
}

/** A parameter's reason in Chinese, when it is one of those known here. */
export const reasonZh = (reason: string) => translate(reason, REASONS);
