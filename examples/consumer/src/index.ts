/**
 * A consumer of the Gansu Campaign Ledger API: prints Wuwei's 2023
 * investment figures, each with the verbatim quote it rests on. Every call
 * goes through types generated from the API's own OpenAPI document
 * (src/api.d.ts), so a change to the contract breaks this file at compile
 * time, not at run time.
 *
 *   API_URL=http://127.0.0.1:3000 npm start
 */
import createClient from 'openapi-fetch';
import type { paths } from './api.d.ts';

const baseUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
// JSON and its problems (RFC 9457), not the pages: the same URLs also answer text/html to browsers,
// and text/csv, which the types list too.
const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl });

async function main(): Promise<void> {
  const { data, error, response } = await client.GET('/cities/{slug}/indicators', {
    params: { path: { slug: 'wuwei' }, query: { year: 2023, sort: 'metric', limit: 500 } },
  });
  if (error || !data) {
    throw new Error(`the API answered ${response.status}: ${error ? `${error.title}: ${error.detail}` : 'no body'}`);
  }
  const investment = data.data.filter((i) => i.metric.startsWith('investment.'));
  console.log(`Wuwei, 2023: ${investment.length} investment figures (of ${data.meta.total} figures overlapping 2023)\n`);
  for (const i of investment) {
    const qualifier = i.qualifier === 'exact' ? '' : ` (${i.qualifier.replace('_', ' ')})`;
    const estimate = i.estimated ? ' [estimated]' : '';
    console.log(`${i.label_en}${estimate}`);
    console.log(`  ${i.value_text} ${i.unit_zh}${qualifier} = ${i.value_base} ${i.unit}, period ${i.period ?? 'not stated'}`);
    for (const e of i.evidence) {
      console.log(`  “${e.text}” (article ${e.source}, code points ${e.start}-${e.end})`);
    }
    console.log('');
  }
}

main().catch((error: unknown) => {
  console.error(`consumer: ${(error as Error).message}`);
  process.exit(1);
});
