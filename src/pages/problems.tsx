/** The kinds of problem the API answers, and one kind: what a problem's `type` links to. */
import type { ProblemType } from '../http/problem-schema.ts';
import { Crumbs, DataLinks } from './components.tsx';
import { href, inLanguage, type Page, type PageContext } from './context.ts';
import { Layout } from './layout.tsx';

/** A description with the fields and headers it names in backticks (`detail`) shown as code. */
function Described({ text, lang }: { text: string; lang: 'zh-Hans' | 'en' }) {
  const parts = text.split(/`([^`]+)`/);
  return <span lang={lang}>{parts.map((part, k) => (k % 2 === 1 ? <code key={part}>{part}</code> : part))}</span>;
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
                  <td>
                    {kind.status} <span lang="en">{kind.title}</span>
                  </td>
                  <td>
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
    <Layout ctx={ctx} title={`${kind.title} (${kind.id})`} description={inLanguage(ctx, kind, 'description')} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.problemTypes, href(ctx, '/problems')],
          [kind.id, undefined],
        ]}
      />
      <h1>
        <span lang="en">{kind.title}</span> <code>{kind.id}</code>
      </h1>
      <p>
        {t.httpStatus}
        {t.colon}
        {kind.status} <span lang="en">{kind.title}</span>
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
