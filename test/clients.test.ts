/**
 * The CSV in the clients researchers use: the server listening, /indicators?format=csv read by
 * pandas (Debian's python3-pandas) and by R (Debian's r-base-core, read.csv(url, encoding =
 * "UTF-8")), as the README shows them. Every row comes back, value and value_base as numbers, and
 * the Chinese as the API's JSON has it, byte for byte. And every table of the data package read by
 * pandas with the dtype= the README gives: every text column text, the area codes and article ids too.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import { openApp } from './helper.ts';

const run = promisify(execFile);

let app: App & { closeAll: () => Promise<void> };
let url: string;
let base: string;
type Indicator = { id: string; value: number; value_base: number; label_zh: string; evidence: { text: string }[] };
let expected: Indicator[];

beforeAll(async () => {
  app = await openApp({ rateLimitMax: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  url = `${base}/indicators?format=csv`;
  expected = (await app.inject({ url: '/indicators?limit=500' })).json().data;
});

afterAll(async () => {
  await app?.closeAll();
});

/** Debian's Python, where python3-pandas installs (a python3 earlier on PATH may be another). */
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const PANDAS = `
import json, sys
import pandas as pd
d = pd.read_csv(sys.argv[1])
print(json.dumps({
    "columns": list(d.columns),
    "kinds": {c: d[c].dtype.kind for c in ("value", "value_base")},
    "rows": [[r.id, r.value, r.value_base, r.label_zh, json.loads(r.evidence_text)[0]] for r in d.itertuples()],
}))
`;

// Strings as the hex of their UTF-8 bytes, so the comparison holds whatever the locale R runs in.
const R = `
d <- read.csv(commandArgs(TRUE)[1], encoding = "UTF-8")
hex <- function(s) paste(as.character(charToRaw(enc2utf8(s))), collapse = "")
cat(paste(names(d), collapse = ","), "\\n", sep = "")
cat(class(d$value), class(d$value_base), "\\n", sep = "\\t")
quotes <- lapply(d$evidence_text, jsonlite::fromJSON)
for (i in seq_len(nrow(d))) cat(d$id[i], sprintf("%.17g", d$value[i]), sprintf("%.17g", d$value_base[i]), hex(d$label_zh[i]), hex(quotes[[i]][1]), "\\n", sep = "\\t")
`;

const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');

describe('/indicators?format=csv', () => {
  it('reads in pandas: every row, value and value_base as numbers, Chinese intact', async () => {
    const { stdout } = await run(python, ['-c', PANDAS, url]).catch((error) => {
      throw new Error(`pandas could not read the CSV (apt-get install python3-pandas): ${error.stderr ?? error.message}`);
    });
    const read = JSON.parse(stdout);
    expect(read.columns.slice(0, 3)).toEqual(['id', 'city', 'metric']);
    expect(read.kinds).toEqual({ value: 'f', value_base: 'f' });
    expect(read.rows).toEqual(expected.map((i) => [i.id, i.value, i.value_base, i.label_zh, i.evidence[0].text]));
  });

  it('reads in R with read.csv(url, encoding = "UTF-8") and jsonlite: every row, numbers as numbers, Chinese and quotes intact', async () => {
    const { stdout } = await run('Rscript', ['-e', R, url]).catch((error) => {
      throw new Error(`R could not read the CSV (apt-get install r-base-core): ${error.stderr ?? error.message}`);
    });
    const [names, classes, ...rows] = stdout.trimEnd().split('\n');
    expect(names.split(',').slice(0, 3)).toEqual(['id', 'city', 'metric']);
    expect(classes).toBe('numeric\tnumeric\t');
    const read = rows.map((line) => line.split('\t'));
    expect(read.map(([id, value, base, label, quote]) => [id, Number(value), Number(base), label, quote])).toEqual(
      expected.map((i) => [i.id, i.value, i.value_base, hex(i.label_zh), hex(i.evidence[0].text)]),
    );
  });
});

// Every table of the package read by pandas, as it guesses (and with the dtype= given, argv[2]): for
// each field the package declares text or a whole number, what pandas made of it, its first cell, and
// what it should have made (text O, a whole number i).
const PANDAS_TEXT = `
import json, sys
import pandas as pd
# The dtype= is the README's own Python, read as Python.
base, dtype = sys.argv[1], eval(sys.argv[2]) if len(sys.argv) > 2 else None
package = json.load(pd.io.common.urlopen(base + "/datapackage.json"))
read = {}
for table in package["resources"]:
    d = pd.read_csv(base + "/" + table["path"], dtype=dtype)
    for field in table["schema"]["fields"]:
        want = {"string": "O", "date": "O", "integer": "i"}.get(field["type"])
        if want and d[field["name"]].notna().any():
            column = d[field["name"]]
            read[table["name"] + "." + field["name"]] = [column.dtype.kind, str(column.dropna().iloc[0]), want]
print(json.dumps(read))
`;

describe('the data package’s CSVs in pandas', () => {
  it('read every text column as text and every whole number as one with the dtype= the README and the zip’s README give, the area codes too', async () => {
    const readPandas = async (...dtype: string[]) =>
      JSON.parse((await run(python, ['-c', PANDAS_TEXT, base, ...dtype])).stdout) as Record<string, [string, string, string]>;
    // As pandas guesses: digits that are text become numbers, and whole numbers with gaps floats.
    const guessed = Object.entries(await readPandas()).filter(([, [kind, , want]]) => kind !== want);
    expect(Object.fromEntries(guessed)).toEqual({
      'cities.code': ['f', '620105.0', 'O'],
      'sources.id': ['i', '0', 'O'],
      'passages.source': ['i', '0', 'O'],
      'complaints.households': ['f', '16.0', 'i'],
    });
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const download = readme.slice(readme.indexOf('## Download the data'));
    const advice = download.match(/`dtype=(\{[^}]*\})`/)?.[1];
    if (!advice) throw new Error('README, "Download the data", gives no dtype= for pandas');
    const advised = await readPandas(advice);
    expect(Object.entries(advised).filter(([, [kind, , want]]) => kind !== want)).toEqual([]);
    expect([advised['cities.code'], advised['sources.id'], advised['passages.source'], advised['complaints.households']]).toEqual([
      ['O', '620105', 'O'],
      ['O', '000', 'O'],
      ['O', '000', 'O'],
      ['i', '16', 'i'],
    ]);
    // The zip's README says the same.
    const zip = unzipSync(new Uint8Array((await app.inject({ url: '/downloads/ledger.zip' })).rawPayload));
    const zipReadme = Buffer.from(Object.entries(zip).find(([name]) => name.endsWith('/README.md'))?.[1] ?? []).toString();
    expect(zipReadme).toContain(`\`dtype=${advice}\``);
    for (const column of ['id', 'source', 'code']) expect(download, column).toContain(`c(${column} = "character")`);
  });
});
