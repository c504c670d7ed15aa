/** The kinds of problem the API answers, and one kind: what a problem's `type` links to. */
import type { ProblemType } from '../resources/schemas.ts';
import { Crumbs, DataLinks, Texts } from './components.tsx';
import { href, type Page, type PageContext } from './context.ts';
import { Layout } from './layout.tsx';

function problemList(ctx: PageContext, body: { data: ProblemType[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t.problemTypes} description={t.problemTypesIntro} json="/problems?format=json">
      <Crumbs ctx={ctx} trail={[[t.problemTypes, undefined]]} />
      <h1>{t.problemTypes}</h1>
      <p>{t.problemTypesIntro}</p>
      <DataLinks ctx={ctx} json="/problems?format=json" />
      <table>
        <thead>
          <tr>
            <th scope="col">{t.problemKind}</th>
            <th scope="col">{t.httpStatus}</th>
            <th scope="col">{t.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {body.data.map((kind) => (
            <tr key={kind.id}>
              <td>
                <a href={href(ctx, kind.type)}>
                  <code>{kind.id}</code>
                </a>
              </td>
              <td>
                {kind.status} <span lang="en">{kind.title}</span>
              </td>
              <td lang={lang === 'zh' ? 'zh-Hans' : 'en'}>{lang === 'zh' ? kind.description_zh : kind.description_en}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

function problemPage(ctx: PageContext, kind: ProblemType) {
  const { t, lang } = ctx;
  const json = `${kind.type}?format=json`;
  return (
    <Layout ctx={ctx} title={kind.id} description={lang === 'zh' ? kind.description_zh : kind.description_en} json={json}>
      <Crumbs
        ctx={ctx}
        trail={[
          [t.problemTypes, href(ctx, '/problems')],
          [kind.id, undefined],
        ]}
      />
      <h1>
        <code>{kind.id}</code>
      </h1>
      <p>
        {t.httpStatus}
        {t.colon}
        {kind.status} <span lang="en">{kind.title}</span>
      </p>
      <DataLinks ctx={ctx} json={json} />
      <Texts ctx={ctx} zh={kind.description_zh} en={kind.description_en} />
    </Layout>
  );
}

export const problemListPage: Page<{ data: ProblemType[] }> = { render: problemList };
export const problemPageOf: Page<ProblemType> = { render: problemPage };
