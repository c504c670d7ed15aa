/** The kinds of problem the API answers, and one kind: what a problem's `type` links to. */
import type { ProblemType } from '../http/problem-schema.ts';
import { Crumbs, DataLinks } from './components.tsx';
import { href, inLanguage, type Page, type PageContext } from './context.ts';
import { bracketed } from './i18n.ts';
import { Layout } from './layout.tsx';

/** A description with the fields and headers it names in backticks (`detail`) shown as code. */
function Described({ text, lang }: { text: string; lang: 'zh-Hans' | 'en' }) {
  const parts = text.split(/`([^`]+)`/);
  return <span lang={lang}>{parts.map((part, k) => (k % 2 === 1 ? <code key={part}>{part}</code> : part))}</span>;
}

/** HTTP's reason phrases (the problems' titles) in Chinese, for a Chinese reader beside the English the API writes. */
// biome-ignore format: a table
const TITLES_ZH: Record<string, string> = {
  'Invalid Parameter': '参数无效', 'Bad Request': '请求有误', 'Not Found': '未找到', 'Not Built': '尚未生成',
  'Method Not Allowed': '不允许此方法', 'Request Timeout': '请求超时', Gone: '已不存在', 'Precondition Failed': '前提条件不满足',
  'Payload Too Large': '请求内容过大', 'URI Too Long': '地址过长', 'Unsupported Media Type': '不支持的媒体类型',
  'Range Not Satisfiable': '无法满足所请求的范围', 'Too Many Requests': '请求过多', 'Request Header Fields Too Large': '请求头过大',
  'Internal Server Error': '服务器内部错误', 'Not Implemented': '尚未实现', 'Service Unavailable': '服务暂不可用',
};

/** A kind's title in the reader's language; on the page, in Chinese with the API's English beside it (未找到（Not Found）). */
const titleIn = (ctx: PageContext, title: string): string => (ctx.lang === 'zh' && TITLES_ZH[title]) || title;
function Title({ ctx, title }: { ctx: PageContext; title: string }) {
  const said = titleIn(ctx, title);
  return said === title ? (
    <span lang="en">{title}</span>
  ) : (
    <>
      {said}（<span lang="en">{title}</span>）
    </>
  );
}

/** Both descriptions, the reader's language first. */
const bothOf = (ctx: PageContext, kind: ProblemType): [string, 'zh-Hans' | 'en'][] => {
  const both: [string, 'zh-Hans' | 'en'][] = [
    [kind.description_zh, 'zh-Hans'],
    [kind.description_en, 'en'],
  ];
  return ctx.lang === 'zh' ? both : [both[1], both[0]];
};

function problemList(ctx: PageContext, body: { data: ProblemType[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.problemTypes} description={t.problemTypesIntro} json="/problems?format=json">
      <Crumbs ctx={ctx} trail={[[t.problemTypes, undefined]]} />
      <h1>{t.problemTypes}</h1>
      <p>{t.problemTypesIntro}</p>
      <DataLinks ctx={ctx} json="/problems?format=json" />
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.problemKind}</th>
              <th scope="col">{t.httpStatus}</th>
              <th scope="col">{t.meaning}</th>
            </tr>
          </thead>
          <tbody>
            {body.data.map((kind) => {
              // The reader's language alone in a row; the kind's page gives both.
              const [[text, lang]] = bothOf(ctx, kind);
              return (
                <tr key={kind.id}>
                  <td>
                    <a href={href(ctx, kind.type)}>
                      <code>{kind.id}</code>
                    </a>
                  </td>
                  <td data-label={t.httpStatus}>
                    {kind.status} <Title ctx={ctx} title={kind.title} />
                  </td>
                  <td data-label={t.meaning}>
                    <Described text={text} lang={lang} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

function problemPage(ctx: PageContext, kind: ProblemType) {
  const { t } = ctx;
  const json = `${kind.type}?format=json`;
  return (
    // Named by its title, as a screen reader announces the page, with the kind as `type` ends in it.
    <Layout
      ctx={ctx}
      title={`${titleIn(ctx, kind.title)}${bracketed(kind.id, ctx.lang)}`}
      description={inLanguage(ctx, kind, 'description')}
      json={json}
    >
      <Crumbs
        ctx={ctx}
        trail={[
          [t.problemTypes, href(ctx, '/problems')],
          [kind.id, undefined],
        ]}
      />
      <h1>
        <Title ctx={ctx} title={kind.title} /> <code>{kind.id}</code>
      </h1>
      <p>
        {t.httpStatus}
        {t.colon}
        {kind.status} <Title ctx={ctx} title={kind.title} />
      </p>
      <DataLinks ctx={ctx} json={json} />
      {bothOf(ctx, kind).map(([text, lang]) => (
        <p key={lang}>
          <Described text={text} lang={lang} />
        </p>
      ))}
    </Layout>
  );
}

export const problemListPage: Page<{ data: ProblemType[] }> = { render: problemList };
export const problemPageOf: Page<ProblemType> = { render: problemPage };
