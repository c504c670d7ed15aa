/** What an error page's route accepts: each parameter and its meaning, then the page's own (lang, format). */

import escapeStringRegexp from 'escape-string-regexp';
import { Mixed } from './components.tsx';
import type { PageContext } from './context.ts';
import { type Field, fieldHelp, fieldLabel, formatsOf } from './form.tsx';

/**
 * A parameter's values after its meaning, unless the meaning names every one of them itself, as a word and before its
 * example (ui18 saw the API's English lists twice; rev36: facets' city is only in its example, so the list stays).
 */
function optionsAfter(ctx: PageContext, f: Field, help: string | undefined) {
  if (!f.options) return '';
  const meaning = (help ?? f.description).replace(/(For example|例如)[:：].*$/s, '');
  const named = (o: string) => new RegExp(`(?<!\\w|\\w\\.)${escapeStringRegexp(o)}(?!\\w|\\.\\w)`).test(meaning);
  if (f.options.every(named)) return '';
  return ctx.lang === 'zh' ? `（${f.options.join('、')}）` : ` (${f.options.join(', ')})`;
}

export function AllowedParameters({ ctx, fields }: { ctx: PageContext; fields: Field[] }) {
  const { t, lang } = ctx;
  return (
    <section aria-labelledby="allowed-heading">
      <h2 id="allowed-heading">{t.allowedParameters}</h2>
      <table class="params">
        <thead>
          <tr>
            <th scope="col">{t.parameter}</th>
            <th scope="col">{t.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const help = fieldHelp(ctx, f);
            return (
              <tr key={f.name}>
                <th scope="row">
                  {/* An English reader reads the API's own names here, as the meanings beside them are the API's. */}
                  <code>{lang === 'zh' ? fieldLabel(ctx, f.name) : f.name}</code>
                </th>
                <td lang={help ? undefined : 'en'}>
                  {help ?? <Mixed text={f.description} />}
                  {optionsAfter(ctx, f, help)}
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">
              <code>lang</code>
            </th>
            <td>{t.pageLanguage}</td>
          </tr>
          <tr>
            <th scope="row">
              <code>format</code>
            </th>
            <td>
              format{t.colon}
              {formatsOf(ctx.request).join(lang === 'zh' ? '、' : ', ')}
              {t.pageFormat}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
