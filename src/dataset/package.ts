/**
 * The Frictionless Data Package: every record table as a CSV resource with its Table Schema, derived
 * from the resource's item schema (the one definition of its fields) and its CSV columns, so the
 * package cannot describe a column the CSV does not have.
 *
 * It is a Data Package 2.0 descriptor ($schema, resource type "table") that a reader of version 1
 * also takes as a tabular data package (profile), and it validates against both profiles
 * (test/package.test.ts). Each resource gives the size and SHA-256 of the very bytes its file is
 * served and zipped with (bytes, and hash as "sha256:<hex>", the form both versions give for an
 * algorithm other than MD5), so a reader can check what it downloaded.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/open.ts';
import { EVIDENCE_COLUMNS } from '../resources/columns.ts';
import { sourceResource } from '../resources/index.ts';
import type { ListQuery, Resource } from '../resources/resource.ts';
import type { Source } from '../resources/sources.ts';
import { type About, ARTICLES_RIGHTS, LICENSE, tableDownload } from './about.ts';
import { everyRecord, TABLES, tableCsv } from './tables.ts';

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object';

type TableField = {
  name: string;
  type: FieldType;
  description?: string;
  /** The unit of every value of the field, where it has one (a custom property). */
  unit?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
  /** The cells read as missing, where not the table's (Table Schema 2: a field's own). */
  missingValues?: string[];
};

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: string[];
  format?: string;
  minLength?: number;
  description?: string;
  unit?: string;
};

/** How the CSV writes lists and objects, said once in every such field's description. */
const JSON_CELL = { array: 'A JSON array in one cell', object: 'A JSON object in one cell' } as const;

/** A field of the item schema as a Table Schema field: its type, whether it may be empty, its closed list of values. */
function tableField(name: string, schema: z.ZodType, isKey: boolean): TableField {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const variants = json.anyOf ?? [json];
  const nullable = variants.some((v) => v.type === 'null' || (Array.isArray(v.type) && v.type.includes('null')));
  const main = variants.find((v) => v.type !== 'null') ?? {};
  const jsonType = (Array.isArray(main.type) ? main.type.find((t) => t !== 'null') : main.type) ?? 'string';
  const type: FieldType = main.format === 'date' ? 'date' : (jsonType as FieldType);
  // A string that may be empty but is never null (unit_zh where the text writes no counter) has no
  // missing value of its own: its empty cell is the empty string the JSON gives, not a null.
  const empty = !nullable && main.minLength === 0;
  const required = !nullable && !empty;
  const notes = [type === 'array' || type === 'object' ? `${JSON_CELL[type]}.` : '', json.description ?? main.description ?? ''];
  const constraints = {
    ...(required ? { required: true } : {}),
    ...(isKey ? { unique: true } : {}),
    ...(main.enum ? { enum: main.enum } : {}),
  };
  return {
    name,
    type,
    ...(notes.some(Boolean) ? { description: notes.filter(Boolean).join(' ') } : {}),
    ...(json.unit ? { unit: json.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(empty ? { missingValues: [] } : {}),
  };
}

/** The Table Schema fields of a resource, one for each of its CSV columns, in their order. */
function tableFields(resource: Resource<object, ListQuery>): TableField[] {
  const shape = (resource.item as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const fields = Object.entries(shape).flatMap(([name, schema]): TableField[] =>
    name === 'evidence'
      ? Object.entries(EVIDENCE_COLUMNS).map(([column, { description }]) => ({ name: column, type: 'array', description }))
      : [tableField(name, schema, name === resource.key)],
  );
  const columns = resource.csv.map(([header]) => header);
  const named = fields.map((f) => f.name);
  if (named.join() !== columns.join()) throw new Error(`${resource.path}: CSV columns ${columns} differ from its fields ${named}`);
  return fields;
}

/** The table of a resource as a data package resource, its file's size and hash those of `csv`. */
function tableResource(resource: Resource<object, ListQuery>, csv: string) {
  const file = Buffer.from(csv);
  const keyOf = new Map(TABLES.map((t) => [t.path, t.key]));
  // A key into its own table names no resource: "" is version 1's self-reference, and version 2 reads "" as
  // the omitted name its own spelling asks for; the table's own name would be read as another resource's.
  const foreignKeys = Object.entries(resource.references ?? {}).map(([field, table]) => ({
    fields: [field],
    reference: { resource: table === resource.path ? '' : table, fields: [keyOf.get(table) ?? 'id'] },
  }));
  return {
    name: resource.path,
    type: 'table',
    profile: 'tabular-data-resource',
    path: tableDownload(resource).path.slice(1),
    title: resource.path,
    description: resource.describes,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: file.length,
    hash: `sha256:${createHash('sha256').update(file).digest('hex')}`,
    dialect: { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\r\n', header: true },
    schema: {
      fields: tableFields(resource),
      primaryKey: [resource.key],
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
      missingValues: [''],
    },
  };
}

/** How every CSV is written, for readers: said in the package's description and the README. */
export const CSV_CONVENTIONS =
  'Each CSV is UTF-8 without a byte order mark (the API’s format=csv answers carry one, for Excel), comma-separated, RFC 4180 quoted, with CRLF line ends and a header row of its fields. An empty cell is a missing value (null), except in a field whose own missingValues are none (unit_zh), where it is the empty string. Numbers are plain decimals, booleans are true or false, and a list or object is one cell holding JSON (json.loads in Python, jsonlite::fromJSON in R). A record’s evidence is six columns, each a JSON array with one item per quoted passage in the same order: evidence_ids, evidence_sources, evidence_spans, evidence_text (verbatim), evidence_text_zh_hans (Simplified, repaired) and evidence_text_en.';

/** An article as a data package source: its byline, title and where it appeared, as far as the text says. */
function articleSource(s: Source) {
  const by = s.authors.map((a) => `${a.name} (${a.role})`).join(', ');
  const where = [s.outlet, s.source_line && `来源 ${s.source_line}`, s.published_on].filter(Boolean).join(', ');
  return { title: `${s.id}: ${by ? `${by}. ` : ''}${s.title_zh} [${s.title_en}]. ${where || 'Outlet and date not stated in the text'}.` };
}

/** The data package of the dataset this database holds. */
export function dataPackage(db: Db, version: string, about: About) {
  const articles = everyRecord(db, sourceResource) as Source[];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    profile: 'tabular-data-package',
    name: about.name,
    title: `${about.title_en} · ${about.title_zh}`,
    description: [about.description_en, about.description_zh, CSV_CONVENTIONS, ARTICLES_RIGHTS].join('\n\n'),
    version,
    created: `${about.created}T00:00:00Z`,
    keywords: about.keywords,
    contributors: [{ title: about.creator, role: 'author', roles: ['creator'] }],
    licenses: [LICENSE],
    sources: articles.map(articleSource),
    resources: TABLES.map((resource) => tableResource(resource, tableCsv(db, resource))),
  };
}
