/**
 * The API's problems in Chinese, for the error pages of a Chinese reader: the details and reasons
 * the API writes most (an unknown record or path, an unknown or missing parameter, a value outside
 * its list, a date or period that does not exist, a reversed range). The API's English stays the
 * reference and is shown beside; a message not known here is shown in English alone.
 */
import { quotedValues, reasonsOnce } from '../http/reasons.ts';
import { nameOf } from './names.ts';

type Rule = [pattern: RegExp, chinese: (...groups: string[]) => string];

/** A wait as the rate limit and the shedding say it (59 seconds, 1 minute), in Chinese. */
const durationZh = (after: string) =>
  after.replace(
    /^(\d+) (second|minute|hour)s?$/,
    (_, n: string, unit: string) => ` ${n} ${{ second: '秒', minute: '分钟', hour: '小时' }[unit]}`,
  );

const DETAILS: Rule[] = [
  [
    /^No (\w+(?: \w+)*) has the (id|slug) "(.*)"(?:\.|; did you mean (.*)\?)$/,
    (what, key, id, near) =>
      `没有${key === 'slug' ? '代码' : '编号'}为“${id}”的${nameOf(what, 'zh')}${near ? `；是否要找 ${near.replaceAll(' or ', '、')}？` : '。'}`,
  ],
  [
    /^No resource at GET (\S+?)(?:\.|; did you mean (\S+)\?)(?: The routes under it: (.+?)\.)? See /,
    (path, near, under) =>
      `没有这个地址：${path}${near ? `；是否要找 ${near}？` : '。'}${under ? `其下的地址：${under.replaceAll(', ', '、')}。` : ''}全部地址见 /openapi.json。`,
  ],
  [/^Give cities= or within= to say which areas to compare\.$/, () => '请用 cities= 或 within= 指定要比较的地区。'],
  [
    /^(\S+) is not allowed on (\S+); it allows (.+)\.$/,
    (method, path, allowed) => `${path} 不接受 ${method} 请求；可用的方法：${allowed}。`,
  ],
  [/^The request body is larger than this route takes \((\d+) bytes\)\.$/, (bytes) => `请求体超过此处的上限（${bytes} 字节）。`],
  [
    /^A body in the content coding (.+) is not read here: send it uncoded\.$/,
    (coding) => `此处不读取内容编码为 ${coding} 的请求体；请发送未经编码的请求体。`,
  ],
  [
    /^A body of type (\S+) is not read here: send (.+)\.$/,
    (type, send) => `此处不读取类型为 ${type} 的请求体；请发送 ${send.replaceAll(' or ', ' 或 ')}。`,
  ],
  [
    /^The (query string|path|form) is not validly percent-encoded UTF-8/,
    (part) =>
      part === 'path'
        ? '路径不是有效的百分号编码 UTF-8。'
        : `${part === 'form' ? '表单' : '查询字符串'}不是有效的百分号编码 UTF-8：% 应写作 %25，字的每个字节都要编码（張 为 %E5%BC%B5）。`,
  ],
  [/^The body is not valid UTF-8/, () => '请求体不是有效的 UTF-8：JSON 与表单一律按 UTF-8 读取，不论类型的 charset= 写的是什么。'],
  [/^The body is not JSON this server reads/, () => '请求体不是本服务可读的 JSON：为空、格式有误，或含 __proto__、constructor 键。'],
  [
    /^More than (\d+) (requests|paragraphs) a minute (?:from|checked for) this client; retry in (.+)\. The limit is set by (\w+)\.$/,
    (n, what, after, setting) =>
      `此客户端每分钟${what === 'requests' ? '请求' : '核对段落'}超过 ${n} ${what === 'requests' ? '次' : '段'}；请在${durationZh(after)}后重试（上限由 ${setting} 设定）。`,
  ],
  [
    /^Checks of texts, whoever sent them \(yours too\), have taken their share of the server's time lately; retry in (.+)\. Checks may take (\d+)% of its time, set by (\w+)\.$/,
    (after, percent, setting) =>
      `文本核对（无论由谁提交，包括您的）近来已用尽其时间份额；请在${durationZh(after)}后重试（核对至多占用 ${percent}% 的时间，由 ${setting} 设定）。`,
  ],
  [
    /^The server is shedding load; retry in (.+)\. The limit is set by (\w+)\.$/,
    (after, setting) => `服务器正在减载；请在${durationZh(after)}后重试（上限由 ${setting} 设定）。`,
  ],
  [/^If-Match names no current representation/, () => 'If-Match 所列的 ETag 都不是此资源当前的版本：它已改变，或从来不是这个值。'],
];

const COUNTED: Record<string, string> = { '': '', ' characters': ' 个字符', ' values': ' 个值' };

const REASONS: Rule[] = [
  [
    /^unknown parameter for this endpoint; did you mean (.+)\?$/,
    (names) => `此页不接受这个参数；是否想用 ${names.replaceAll(' or ', ' 或 ')}？`,
  ],
  [/^unknown parameter for this endpoint$/, () => '此页不接受这个参数'],
  [
    /^unknown parameter for this endpoint, as are (\d+) more not named here$/,
    (n) => `此页不接受这个参数，另有${n}个同样不接受的参数未列出`,
  ],
  [/^unknown$/, () => '没有这一项'],
  [/^not validly percent-encoded UTF-8$/, () => '不是有效的百分号编码 UTF-8'],
  [/^required$/, () => '必须给出'],
  [/^one of (.+)$/, (values) => `只能是：${values}`],
  [/^a date YYYY-MM-DD$/, () => '日期，格式为 YYYY-MM-DD'],
  [/^a date that exists \((.+) does not\)$/, (value) => `存在的日期（${value} 不存在）`],
  [/^a period that exists \((.+) does not\)$/, (value) => `存在的时期（${value} 不存在）`],
  [/^a period code, such as .+$/, () => '时期代码，例如 2023、2023-Q1、2023-04、2023-02-13/..'],
  [/^a date on or after (\w+)= \((.+)\)$/, (start, date) => `不早于 ${start}=（${date}）的日期`],
  [
    /^no (\w+) "(.+)"; did you mean (.+)\?$/,
    (what, value, names) => `没有“${value}”这个${nameOf(what, 'zh')}；是否想用 ${names.replaceAll(' or ', ' 或 ')}？`,
  ],
  [
    /^"(.+)" names (\w+) (\S+): (\w+)= takes its code, (\S+)$/,
    (value, what, code, param) => `“${value}”即${nameOf(what, 'zh')} ${code}：${param}= 请用其代码 ${code}`,
  ],
  [/^no (\w+) "(.+)"; see (\/\w+)$/, (what, value, list) => `没有“${value}”这个${nameOf(what, 'zh')}；全部见 ${list}`],
  [
    /^the language of the page: a language tag of zh or en \(zh, zh-TW, en-GB\)$/,
    () => '页面语言：zh 或 en 的语言标记（zh、zh-TW、en-GB）',
  ],
  [/^at least (\S+)( characters| values)?$/, (n, counted = '') => `至少 ${n}${COUNTED[counted]}`],
  [/^at most (\S+)( characters| values)?$/, (n, counted = '') => `至多 ${n}${COUNTED[counted]}`],
  [/^at most (\d+) characters \(it has (\d+)\)$/, (n, given) => `至多 ${n} 个字符（这段文字有 ${given} 个）`],
  [/^at most (\d+) figures \(it gives (\d+)\); check it in parts$/, (n, given) => `至多 ${n} 个数字（这段文字有 ${given} 个）；请分段核对`],
  [/^a whole number in decimal digits$/, () => '以半角阿拉伯数字写的整数，例如 2023（不带“年”等字）'],
  [/^a decimal number, such as (\S+) or (\S+)$/, (a, b) => `以半角阿拉伯数字写的数，例如 ${a} 或 ${b}（金额以元计，不带“亿”等字）`],
  [/^a number at least (\w+)= \((.+)\)$/, (start, value) => `不小于 ${start}=（${value}）的数`],
  [/^a field among (.+), with - for descending$/, (fields) => `以下字段之一：${fields}；前加 - 为降序`],
  [/^give at least one character$/, () => '至少给出一个字'],
  [/^give at least one letter, digit or Chinese character$/, () => '至少包含一个字母、数字或汉字'],
  [/^text with no control characters \(.+\)$/, () => '不含控制字符（U+0000 至 U+001F，制表符与换行除外；U+007F）的文字'],
  [/^give some text$/, () => '请给出要核对的文字'],
  [/^text with no lone surrogate \(.+\)$/, () => '不含孤立代理码元（\\ud800 至 \\udfff）的文字'],
  [/^given (\d+) times; give it once \(a list is comma-separated: a,b\)$/, (n) => `给出了 ${n} 次；只能给一次（多个值用逗号分隔：a,b）`],
  [/^given (\d+) times; give it once$/, (n) => `给出了 ${n} 次；只能给一次`],
  [/^one metric key, not the family (\S+): (.+)$/, (family, keys) => `一个度量代码，而不是整个类别 ${family}：${keys}`],
  [/^cities or within is required$/, () => '必须给出 cities 或 within'],
  [
    /^true keeps only what the text gives no period, which (\w+)= leaves out: give one or the other$/,
    (name) => `true 只保留原文未注明时间者，而 ${name}= 正好把它们排除：二者只能给一个`,
  ],
  [/^one (\w+): (\w+)= takes one, not a list$/, (kind, name) => `只能填一个${nameOf(kind, 'zh')}：${name}= 不接受列表`],
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
export function detailZh(problem: {
  detail?: string;
  invalid_params?: { name: string; reason: string; value?: string }[];
}): string | undefined {
  const known = problem.detail ? translate(problem.detail, DETAILS) : undefined;
  if (known) return known;
  const params = reasonsOnce(problem.invalid_params ?? []);
  const reasons = params.map((p) => reasonZh(p.reason));
  if (params.length === 0 || !reasons.every(Boolean)) return undefined;
  return params
    .map(({ name, values }, k) => `${name}：${reasons[k]}${values.length > 0 ? `（所给：${quotedValues(values, '、')}）` : ''}`)
    .join('；');
}

/** A parameter's reason in Chinese, when it is one of those known here. */
export const reasonZh = (reason: string) => translate(reason, REASONS);
