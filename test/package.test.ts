/**
 * The Frictionless Data Package at /datapackage.json and the CSVs it names: valid against the
 * spec's own profiles (version 2 and version 1's tabular data package), each CSV's header exactly
 * its schema's fields and its rows the API's total, every cell what its field says, and every
 * foreign key, declared or in the evidence columns, found in the CSVs themselves.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, useApp } from './helper.ts';

const app = useApp();
const require = createRequire(import.meta.url);
const profile = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

type Field = {
  name: string;
  type: string;
  missingValues?: string[];
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
};
type Table = {
  name: string;
  path: string;
  dialect: { lineTerminator: string };
  schema: {
    fields: Field[];
    primaryKey: string[];
    missingValues?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
};
type Package = { name: string; version: string; created: string; resources: Table[]; sources: { title: string }[]; [key: string]: unknown };

// Ajv's errors for a descriptor, without the oneOf/anyOf noise every failed branch adds.
const errorsOf = (validate: { errors?: { keyword: string; instancePath: string; message?: string }[] | null }) =>
  (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').map((e) => `${e.instancePath} ${e.message}`);

function validators() {
  const v1 = new Ajv04.default({ allErrors: true, strict: false });
  addFormats.default(v1);
  v1.addFormat('textarea', true); // a form-layout hint of the v1 profiles, not a constraint
  const v2 = new Ajv.default({ allErrors: true, strict: false });
  addFormats.default(v2);
  v2.addFormat('textarea', true);
  return {
    v1: v1.compile(profile(require.resolve('datapackage/lib/profiles/tabular-data-package.json'))),
    v2: v2.compile(profile(new URL('profiles/datapackage-2.0.json', import.meta.url).pathname)),
  };
}

let pkg: Package;
const tables = new Map<string, Record<string, string>[]>();
const headers = new Map<string, string[]>();

beforeAll(async () => {
  pkg = (await getJson(app(), '/datapackage.json')).body;
  for (const table of pkg.resources) {
    const response = await app().inject({ url: `/${table.path}` });
    expect(response.statusCode).toBe(200);
    // Any line break unquoted ends a row, as pandas, R and Python's csv module read it.
    const [header, ...rest] = parse(response.body, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    headers.set(table.name, header);
    tables.set(
      table.name,
      rest.map((cells) => Object.fromEntries(header.map((h, k) => [h, cells[k]]))),
    );
  }
});

describe('/datapackage.json', () => {
  it('is valid against the Data Package 2.0 profile and the version 1 tabular data package profile', () => {
    const { v1, v2 } = validators();
    expect(v2(pkg), errorsOf(v2).join('\n')).toBe(true);
    expect(v1(pkg), errorsOf(v1).join('\n')).toBe(true);
  });

  it('is rejected by both profiles when a field has no valid type or a resource no path', () => {
    const { v1, v2 } = validators();
    const broken = structuredClone(pkg);
    broken.resources[0].schema.fields[0].type = 'text';
    expect(v1(broken)).toBe(false);
    expect(v2(broken)).toBe(false);
    const pathless = structuredClone(pkg);
    delete (pathless.resources[0] as Partial<Table>).path;
    expect(v1(pathless)).toBe(false);
    expect(v2(pathless)).toBe(false);
  });

  it('describes every record table, names the dataset version, its date, the five articles and the licences', async () => {
    const root = (await getJson(app(), '/')).body;
    // Every table / counts, each a resource of the package.
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(Object.keys(root.counts).sort());
    expect(pkg).toMatchObject({
      name: 'gansu-campaign-ledger',
      version: root.version,
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(pkg.sources.map((s) => s.title.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'MIT' })]);
    expect(pkg.description).toMatch(/remain the property of their publishers/);
    for (const table of pkg.resources) {
      expect(table.path).toBe(`downloads/${table.name}.csv`);
      for (const field of table.schema.fields) expect(field, `${table.name}.${field.name}`).toHaveProperty('description');
      // The key is also said field by field, for a reader that checks constraints and not primaryKey.
      const [key] = table.schema.primaryKey;
      expect(table.schema.fields.find((f) => f.name === key)?.constraints, table.name).toMatchObject({ required: true, unique: true });
      expect(
        table.schema.fields.filter((f) => f.constraints?.unique).map((f) => f.name),
        table.name,
      ).toEqual([key]);
    }
    // Each article's people by name and role, as the article names them.
    const people = (await getJson(app(), '/sources?fields=id,authors')).body.data as {
      id: string;
      authors: { name: string; role: string }[];
    }[];
    expect(people.some((a) => a.authors.some((p) => p.role !== 'author'))).toBe(true);
    for (const [k, a] of people.entries())
      if (a.authors.length > 0)
        expect(pkg.sources[k].title, a.id).toMatch(
          new RegExp(`^${a.id}: ${a.authors.map((p) => `${p.name} \\(${p.role}\\)`).join(', ')}\\. `),
        );
    // Each article's source line (来源) where it prints one, as the article gives it.
    const articles = (await getJson(app(), '/sources?fields=id,source_line')).body.data as { id: string; source_line: string | null }[];
    expect(articles.filter((a) => a.source_line).length).toBeGreaterThan(0);
    for (const [k, a] of articles.entries())
      if (a.source_line) expect(pkg.sources[k].title, a.id).toContain(`来源 ${a.source_line}`);
      else expect(pkg.sources[k].title, a.id).not.toContain('来源');
  });
});

describe('the CSV resources', () => {
  it('end each line with CRLF, as their dialect says (RFC 4180)', async () => {
    for (const table of pkg.resources) {
      expect(table.dialect.lineTerminator, table.name).toBe('\r\n');
      const file = (await app().inject({ url: `/${table.path}` })).body;
      expect(file.slice(0, file.indexOf('\n') + 1), table.name).toMatch(/[^\r]\r\n$/);
    }
  });

  it('carry no byte order mark, as utf-8 says; a list’s format=csv, for Excel, is the same bytes after one', async () => {
    for (const table of pkg.resources) {
      expect(table, table.name).toMatchObject({ encoding: 'utf-8' });
      const file = (await app().inject({ url: `/${table.path}` })).rawPayload;
      expect(file.toString('latin1').startsWith(`${table.schema.fields[0].name},`), table.name).toBe(true);
      const forExcel = (await app().inject({ url: `/${table.name}?format=csv` })).rawPayload;
      expect(forExcel.equals(Buffer.concat([Buffer.from('\uFEFF'), file])), table.name).toBe(true);
    }
  });

  it('have a header that is exactly their schema’s fields, and as many rows as the API counts', async () => {
    const counts = (await getJson(app(), '/')).body.counts;
    for (const table of pkg.resources) {
      expect(headers.get(table.name)).toEqual(table.schema.fields.map((f) => f.name));
      const listed = table.name === 'passages' ? counts.passages : (await getJson(app(), `/${table.name}?limit=1`)).body.meta.total;
      expect(tables.get(table.name)?.length, table.name).toBe(listed);
    }
  });

  it('hold in every cell what its field says: required, one of its values, a number, a date, JSON', () => {
    const fits: Record<string, (cell: string) => boolean> = {
      string: () => true,
      number: (c) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(c),
      integer: (c) => /^-?\d+$/.test(c),
      boolean: (c) => c === 'true' || c === 'false',
      date: (c) => /^\d{4}-\d\d-\d\d$/.test(c),
      array: (c) => Array.isArray(JSON.parse(c)),
      object: (c) => JSON.parse(c) !== null && typeof JSON.parse(c) === 'object' && !Array.isArray(JSON.parse(c)),
    };
    const misfits: string[] = [];
    for (const table of pkg.resources) {
      for (const row of tables.get(table.name) ?? []) {
        for (const field of table.schema.fields) {
          const cell = row[field.name];
          const where = `${table.name} ${row[table.schema.primaryKey[0]]} ${field.name}`;
          if (cell === '') {
            if (field.constraints?.required) misfits.push(`${where}: empty but required`);
            continue;
          }
          if (!fits[field.type](cell)) misfits.push(`${where}: "${cell.slice(0, 40)}" is not a ${field.type}`);
          if (field.constraints?.enum && !field.constraints.enum.includes(cell))
            misfits.push(`${where}: "${cell}" is not among its values`);
        }
      }
      const keys = (tables.get(table.name) ?? []).map((r) => r[table.schema.primaryKey[0]]);
      if (new Set(keys).size !== keys.length) misfits.push(`${table.name}: its primary key repeats`);
    }
    expect(misfits).toEqual([]);
  });

  it('read as the package says give a null where the JSON has one, and only there (an empty unit_zh is the empty string)', async () => {
    const json = (await getJson(app(), '/indicators?limit=500')).body.data as Record<string, unknown>[];
    const byId = new Map(json.map((r) => [r.id, r]));
    const table = pkg.resources.find((t) => t.name === 'indicators') as Table;
    const differ: string[] = [];
    let empties = 0;
    for (const row of tables.get('indicators') ?? []) {
      const record = byId.get(row.id) as Record<string, unknown>;
      for (const field of table.schema.fields) {
        if (!(field.name in record)) continue;
        const missing = (field.missingValues ?? table.schema.missingValues ?? ['']).includes(row[field.name]);
        if (record[field.name] === '') empties++;
        if (missing !== (record[field.name] === null))
          differ.push(`${row.id} ${field.name}: "${row[field.name]}" for ${JSON.stringify(record[field.name])}`);
      }
    }
    expect(empties).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });

  it('resolve every foreign key the package declares, and every passage and article the evidence columns name', () => {
    const keysOf = (name: string, field: string) => new Set((tables.get(name) ?? []).map((r) => r[field]));
    const dangling: string[] = [];
    const selfReferences: string[] = [];
    let checked = 0;
    for (const table of pkg.resources) {
      for (const fk of table.schema.foreignKeys ?? []) {
        // A self-reference is "" (version 1's spelling, which version 2 reads as its omitted name), never the table's own name.
        expect(fk.reference.resource, `${table.name}.${fk.fields[0]}`).not.toBe(table.name);
        if (fk.reference.resource === '') selfReferences.push(`${table.name}.${fk.fields[0]}`);
        const known = keysOf(fk.reference.resource || table.name, fk.reference.fields[0]);
        for (const row of tables.get(table.name) ?? []) {
          const value = row[fk.fields[0]];
          if (value === '') continue;
          checked++;
          if (!known.has(value)) dangling.push(`${table.name}.${fk.fields[0]} = ${value}`);
        }
      }
      if (!headers.get(table.name)?.includes('evidence_ids')) continue;
      const passages = new Map((tables.get('passages') ?? []).map((p) => [p.id, p]));
      for (const row of tables.get(table.name) ?? []) {
        const ids: string[] = JSON.parse(row.evidence_ids);
        const sources: string[] = JSON.parse(row.evidence_sources);
        const spans: [number, number][] = JSON.parse(row.evidence_spans);
        expect(ids.length).toBeGreaterThan(0);
        ids.forEach((id, k) => {
          checked++;
          const passage = passages.get(id);
          if (!passage) dangling.push(`${table.name} ${row.id} evidence ${id}`);
          else if (passage.source !== sources[k] || Number(passage.start) !== spans[k][0] || Number(passage.end) !== spans[k][1])
            dangling.push(`${table.name} ${row.id} evidence ${id}: source or span differs from passages.csv`);
        });
      }
    }
    const initiatives = keysOf('initiatives', 'id');
    for (const project of tables.get('projects') ?? []) {
      for (const id of JSON.parse(project.initiatives) as string[]) if (!initiatives.has(id)) dangling.push(`projects ${project.id} ${id}`);
    }
    expect(dangling).toEqual([]);
    expect(selfReferences).toContain('cities.parent');
    expect(checked).toBeGreaterThan(1000);
  });

  it('give value as a number beside value_text as written, Chinese numerals included', () => {
    const indicators = tables.get('indicators') ?? [];
    const numerals = indicators.filter((r) => !/^\d/.test(r.value_text));
    expect(numerals.length).toBeGreaterThan(0);
    for (const row of indicators) expect(Number.isFinite(Number(row.value)), row.id).toBe(true);
    expect(numerals.map((r) => [r.value_text, Number(r.value)])).toContainEqual(['两', 2]);
  });
});

/** The part of the Frictionless version 1 JavaScript library (datapackage, untyped) the test uses. */
type V1Package = {
  valid: boolean;
  errors: unknown[];
  resources: { name: string; read(options: { keyed: true }): Promise<Record<string, unknown>[]> }[];
};

describe('the zip’s data package in the Frictionless version 1 JavaScript library (datapackage 1.1.10)', () => {
  it('reads every resource whole, each row keyed by its schema’s fields, the first one too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-package-'));
    try {
      const entries = unzipSync(new Uint8Array((await app().inject({ url: '/downloads/ledger.zip' })).rawPayload));
      for (const [name, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      const folder = Object.keys(entries)[0].split('/')[0];
      const { Package } = require('datapackage') as { Package: { load(path: string): Promise<V1Package> } };
      const loaded = await Package.load(join(dir, folder, 'datapackage.json'));
      expect(loaded.valid, loaded.errors.join('\n')).toBe(true);
      const read: Record<string, [number, string[]]> = {};
      // A header that is not its schema's fields (a byte order mark read into the first) throws here.
      for (const resource of loaded.resources) {
        const rows = await resource.read({ keyed: true });
        read[resource.name] = [rows.length, Object.keys(rows[0])];
      }
      expect(read).toEqual(
        Object.fromEntries(pkg.resources.map((t) => [t.name, [tables.get(t.name)?.length, t.schema.fields.map((f) => f.name)]])),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
