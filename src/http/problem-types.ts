/**
 * Every kind of problem the API answers, named by the end of its `type`: /problems/<kind>, which the
 * API answers with what the kind means and what to do, in English and Chinese (src/routes/problems).
 * A path-absolute reference, as RFC 9457 §3.1.1 allows: the server does not know the origin it is
 * published under, and a reference that resolves against the request beats an absolute URI that
 * names no server. A status the API gives no kind of its own is `about:blank` (RFC 9457 §4.2.1).
 */
import { STATUS_CODES } from 'node:http';
import { LIMITS } from '../config.ts';

type ProblemKind = {
  status: number;
  /** The same for every problem of the kind (RFC 9457 §3.1.3). */
  title: string;
  description_en: string;
  description_zh: string;
};

export const PROBLEM_KINDS = {
  'invalid-parameter': {
    status: 400,
    title: 'Invalid Parameter',
    description_en:
      'A parameter of the query, the path or the body is missing, unknown to the endpoint, given twice, or outside what it takes. `invalid_params` names each one with its reason, the value as given and, where the parameter knows them, the closest values it takes (a path that is not validly percent-encoded, or a path parameter too long to read, is said in `detail` alone). Mend those and ask again; every endpoint’s parameters are in /openapi.json.',
    description_zh:
      '查询、路径或请求体中的参数缺失、此处不接受、重复给出，或超出其取值范围。invalid_params 逐一列出参数名、原因、所给的值，以及（若有）最接近的可用值（路径的百分号编码无效，或路径参数过长无法读取时，只在 detail 中说明）。改正后再请求；各端点的参数见 /openapi.json。',
  },
  'invalid-target': {
    status: 400,
    title: 'Bad Request',
    description_en:
      'The request target is not a path (GET cities rather than GET /cities), or carries a fragment (#…), which a client keeps to itself: ask for a path beginning with /, without #.',
    description_zh:
      '请求目标不是路径（如 GET cities 而非 GET /cities），或带有片段（#…），片段只留在客户端：请改用以 / 开头、不带 # 的路径。',
  },
  'bad-request': {
    status: 400,
    title: 'Bad Request',
    description_en:
      'The request is not one the server reads: not valid HTTP, a missing or malformed Host header, or a body that is empty, not JSON or not UTF-8. `detail` says which; the same request sent again gets the same answer.',
    description_zh:
      '服务器无法读取此请求：不是有效的 HTTP、缺少 Host 头或其格式有误，或请求体为空、不是 JSON、不是 UTF-8。detail 说明是哪一种；原样重发会得到同样的答复。',
  },
  'not-found': {
    status: 404,
    title: 'Not Found',
    description_en:
      'No record has that id or slug, or no resource is at that path. Where one is near, `invalid_params[].suggestions` names the closest ids and `did_you_mean` the closest path. The lists (/indicators, /cities …) give every id there is.',
    description_zh:
      '没有这个编号或标识的记录，或此路径下没有资源。若有相近者，invalid_params[].suggestions 列出最接近的编号，did_you_mean 给出最接近的路径。各列表（/indicators、/cities 等）列出全部编号。',
  },
  'not-built': {
    status: 404,
    title: 'Not Built',
    description_en:
      'The API has this resource, but this server’s database was built without it: a download, or a citation of a database built without its description. `detail` says why; `npm run db:build` builds the database whole.',
    description_zh:
      '本 API 有此资源，但本服务器的数据库构建时未包含它：某个下载文件，或未带数据集描述构建的数据库中的引文。detail 说明原因；npm run db:build 会完整构建数据库。',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method Not Allowed',
    description_en:
      'The path exists but does not take this method; the Allow header lists those it takes. The API is read with GET and HEAD; /check also takes POST, and /mcp takes POST alone.',
    description_zh:
      '此路径存在，但不接受这种请求方法；Allow 头列出可用的方法。本 API 以 GET 和 HEAD 读取；/check 另接受 POST，/mcp 只接受 POST。',
  },
  'request-timeout': {
    status: 408,
    title: 'Request Timeout',
    description_en: 'The request’s headers or body did not arrive in time, and the connection was closed. Send the request again, whole.',
    description_zh: '请求头或请求体未能按时到达，连接已关闭。请完整地重新发送请求。',
  },
  gone: {
    status: 410,
    title: 'Gone',
    description_en:
      'The record was published in an earlier version of the dataset and has since been withdrawn. `withdrawn` gives the reason in English and Chinese; the list of its type holds what remains.',
    description_zh: '该记录曾在数据集的早先版本中发布，此后已撤回。withdrawn 以英文和中文说明原因；同类记录的列表中是现有的记录。',
  },
  'precondition-failed': {
    status: 412,
    title: 'Precondition Failed',
    description_en:
      'If-Match names no current representation of the resource (compared strongly: a weak W/ tag never matches; * matches any). The resource changed since its ETag was taken: GET it again for the current one.',
    description_zh:
      'If-Match 所列的 ETag 都不是该资源的当前版本（强比较：弱标记 W/ 从不匹配；* 匹配任何版本）。取得 ETag 之后资源已变：请重新 GET 以取得当前的 ETag。',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload Too Large',
    description_en:
      'The request body, or its chunk extensions, are larger than the route takes; `detail` says which, and the bound of a body. Send less: a long text to /check as several paragraphs.',
    description_zh:
      '请求体或其分块扩展超过此处的上限；detail 说明是哪一种，并给出请求体的上限。请少发一些：发往 /check 的长文本可分成几段。',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI Too Long',
    description_en:
      'The request target (path and query) is longer than the server reads; `detail` gives the bound. Ask with fewer values, or POST a text to /check rather than putting it in the URL.',
    description_zh:
      '请求目标（路径与查询）超过服务器读取的长度；detail 给出上限。请减少参数值，或以 POST 将文本发往 /check，而不要放在 URL 中。',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported Media Type',
    description_en: 'The body’s Content-Type is not one the route reads; `detail` names those it takes.',
    description_zh: '请求体的 Content-Type 不是此处读取的类型；detail 列出可用的类型。',
  },
  'range-not-satisfiable': {
    status: 416,
    title: 'Range Not Satisfiable',
    description_en:
      'The Range asks for bytes past the end of the file; Content-Range gives its length. Ask for a range within it, or for the whole file without Range.',
    description_zh: 'Range 请求的字节超出文件末尾；Content-Range 给出文件长度。请只请求文件范围内的字节，或不带 Range 请求整个文件。',
  },
  'rate-limited': {
    status: 429,
    title: 'Too Many Requests',
    description_en:
      'This client sent more requests in a minute than the server allows (RATE_LIMIT_MAX; paragraphs checked, CHECK_RATE_LIMIT_MAX). Retry-After gives the seconds to wait.',
    description_zh:
      '此客户端一分钟内的请求数超过服务器允许的数目（RATE_LIMIT_MAX；核查的段落数为 CHECK_RATE_LIMIT_MAX）。Retry-After 给出需等待的秒数。',
  },
  'pipeline-too-deep': {
    status: 429,
    title: 'Too Many Requests',
    description_en: `This connection sent more requests ahead of the answers it had read (HTTP/1.1 pipelining) than the server holds answers for: ${LIMITS.pipelinedRequests}. The requests before the refused one are answered; it and those after it are not, and the connection closes. Read an answer before sending more than ${LIMITS.pipelinedRequests} ahead, or open another connection.`,
    description_zh: `此连接在读取答复之前预先发出的请求（HTTP/1.1 管线化）多于服务器为其保留答复的数目：${LIMITS.pipelinedRequests} 个。被拒请求之前的请求均已答复；它及其后的请求不予答复，连接随即关闭。请在预先发出超过 ${LIMITS.pipelinedRequests} 个请求之前先读取答复，或另开连接。`,
  },
  'request-header-fields-too-large': {
    status: 431,
    title: 'Request Header Fields Too Large',
    description_en: `The request line and headers are larger than the server reads (${LIMITS.headerBytes / 1024} KB). Send fewer or shorter headers; large cookies are the usual cause.`,
    description_zh: `请求行与请求头超过服务器读取的大小（${LIMITS.headerBytes / 1024} KB）。请减少或缩短请求头；通常是过大的 Cookie 所致。`,
  },
  'internal-server-error': {
    status: 500,
    title: 'Internal Server Error',
    description_en:
      'The server failed to answer this request and logged why. The answer says nothing more, so that no stack trace or SQL is given out. Asking again may succeed; if it does not, report the request.',
    description_zh: '服务器未能答复此请求，并已记录原因。答复中不再多说，以免泄露堆栈或 SQL。重试或许可以成功；若仍失败，请报告该请求。',
  },
  'not-implemented': {
    status: 501,
    title: 'Not Implemented',
    description_en: 'The request method is not one this server implements: it implements GET, HEAD, POST and OPTIONS.',
    description_zh: '服务器不实现此请求方法：它实现 GET、HEAD、POST 和 OPTIONS。',
  },
  overloaded: {
    status: 503,
    title: 'Service Unavailable',
    description_en:
      'The server is too busy to answer now: its event loop is delayed past its bound (MAX_EVENT_LOOP_DELAY_MS), or checks of texts have taken their share of its time (CHECK_CPU_PERCENT). Retry-After gives the seconds to wait.',
    description_zh:
      '服务器此刻过于繁忙：其事件循环的延迟超过上限（MAX_EVENT_LOOP_DELAY_MS），或文本核查已用尽其可占的时间份额（CHECK_CPU_PERCENT）。Retry-After 给出需等待的秒数。',
  },
  draining: {
    status: 503,
    title: 'Service Unavailable',
    description_en:
      'This instance is stopping: its readiness probe (/readyz) fails, so a load balancer sends new work to another instance, while it finishes what it was sent. Retry-After gives the seconds to wait.',
    description_zh:
      '此实例正在停止：其就绪探针（/readyz）失败，负载均衡器因而把新请求发往其他实例，而它会处理完已收到的请求。Retry-After 给出需等待的秒数。',
  },
  'not-ready': {
    status: 503,
    title: 'Service Unavailable',
    description_en:
      'The database does not answer, or was replaced under the running instance, which answers from the old file until it is restarted, or an article file under seed/ is not the one the database was built from (the instance serves it once restarted). Retry-After gives the seconds to wait.',
    description_zh:
      '数据库没有响应，或在实例运行时被替换（实例在重启前仍以旧文件答复），或 seed/ 下的文章文件已非构建数据库时所用的那份（实例重启后即可提供）。Retry-After 给出需等待的秒数。',
  },
} as const satisfies Record<string, ProblemKind>;

/** A wait in whole seconds as a problem's detail says it: 1 second, 2 seconds. */
export const inSeconds = (n: number): string => `${n} second${n === 1 ? '' : 's'}`;

export type ProblemKindName = keyof typeof PROBLEM_KINDS;

export const isProblemKind = (name: string): name is ProblemKindName => Object.hasOwn(PROBLEM_KINDS, name);

/** A kind's `type`, title and status, as every problem of the kind carries them. */
export function problemOf(kind: ProblemKindName): { type: string; title: string; status: number } {
  const { title, status } = PROBLEM_KINDS[kind];
  return { type: `/problems/${kind}`, title, status };
}

/**
 * The kind of an error known only by its status: what Node's parser and Fastify refuse (a body too
 * large or not JSON, a timeout) and a failure. Named here, not from the status's reason phrase,
 * which Node may reword (RFC 9110 calls 413 Content Too Large).
 */
const KIND_OF_STATUS: Partial<Record<number, ProblemKindName>> = {
  400: 'bad-request',
  404: 'not-found',
  405: 'method-not-allowed',
  408: 'request-timeout',
  412: 'precondition-failed',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  416: 'range-not-satisfiable',
  429: 'rate-limited',
  431: 'request-header-fields-too-large',
  500: 'internal-server-error',
  501: 'not-implemented',
};

/** A status's kind, or about:blank titled as HTTP names the status where the API has no kind for it (RFC 9457 §4.2.1). */
export function statusKind(status: number): { type: string; title: string } {
  const kind = KIND_OF_STATUS[status];
  if (!kind) return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error' };
  const { type, title } = problemOf(kind);
  return { type, title };
}
