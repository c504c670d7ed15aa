/**
 * A record resource: one definition from which a record type gets its routes, its list query, its
 * CSV, its facets, its links and its OpenAPI (src/routes/resources.ts, src/http/lists.ts). A new
 * record type's API is one definition plus its own filters; what else it needs (its seed record and
 * checks, its table, its search index) README's "Development" lists.
 */
import { and, getTableColumns, getTableName, gte, lt, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { type CitingType, evidenceFor } from '../db/evidence.ts';
import { type Facets, facetCounts } from '../db/facets.ts';
import { once } from '../db/once.ts';
import type { Db } from '../db/open.ts';
import { type ListAsk, listPage } from '../db/pages.ts';
import { matches, type Searchable } from '../db/search.ts';
import { type Condition, citedFrom, inArea, oneOf } from '../db/sql.ts';
import type { Page, PageOptions } from '../db/totals.ts';
import type { Vocabulary } from '../db/vocabulary.ts';
import { type CsvColumn, columnsOf } from './columns.ts';
import { fieldsParam } from './schemas.ts';

/** What every list query carries besides its filters. */
export type ListQuery = {
  limit: number;
  offset: number;
  format?: 'json' | 'csv';
  total?: 'bounded' | 'exact';
  facets?: string[];
  facet_limit?: number;
  fields?: string[];
};

/** A key retired: the keys it became (one: it is renamed; several: it was split), and why, in both languages. */
export type Retired = { became: readonly string[]; note_en: string; note_zh: string };

export type Operation = { operationId: string; summary: string; description?: string; tags: string[] };

/** A record type as declared; defineResource makes it a Resource. */
type ResourceDefinition<Item extends object = object, Query extends ListQuery = ListQuery> = {
  /** The record type: its name in evidence and in the record cache (indicator). */
  type: string;
  /** The URL segment of its list (indicators), and its table's name in the data package. */
  path: string;
  /** What one record is, in a sentence: the data package's description of its table. */
  describes: string;
  /** The fields naming a record in Chinese and in English (a search hit's titles, a citation's label), when it has them. */
  titles?: { zh: string; en: string };
  table: SQLiteTable;
  /** The column holding each record's key: id, or slug, or key. */
  key: string;
  /** The record as the API shows it; validates each record the first time it is serialized. */
  item: z.ZodType<Item>;
  /** The list answer. */
  list: z.ZodType;
  /** The list's query string; `scopedQuery` the same under /cities/{slug}/, without the area filters. */
  query: z.ZodType<Query>;
  scopedQuery?: z.ZodType<Query>;
  /** The passages its records cite, when they do. */
  evidence?: CitingType;
  /** Fields holding the key of a record of another resource (named by its path), for the data package's foreign keys. */
  references?: Record<string, string>;
  /** Its search index, when q= searches it. */
  search?: Searchable;
  /** The vocabulary its keys are (src/db/vocabulary.ts): a key it has not is answered with the closest it has. */
  vocabulary?: Vocabulary;
  /** A key it had and no longer has, with the keys it became and why (a retired metric key); undefined for any other. */
  retired?(db: Db, key: string): Retired | undefined;
  /** A request's conditions, q, order and the index giving key order. */
  ask(query: Query): ListAsk;
  /** Fields facets= may count, and which of them are booleans stored as 0 and 1. */
  facets?: { fields: readonly string[]; booleans?: readonly string[] };
  /** Totals counted up to a bound, said by meta.total_exact. */
  bounded?: boolean;
  /** CSV columns of one record; by default its JSON fields in order (src/resources/columns.ts, columnsOf). */
  csv?: CsvColumn<Item>[];
  /**
   * What the list's meta says besides its total and facets: `linkTo` links the same list with some
   * parameters changed; a count in it is counted as the list's total is (`options`).
   */
  meta?(db: Db, query: Query, linkTo: (changes: Record<string, string | undefined>) => string, options: PageOptions): object;
  /**
   * The records with these keys, in any order, where a record holds more than its row: `rows` gives
   * what the default does (its table's rows as drizzle maps them, with evidence where it cites) to add to.
   */
  load?(db: Db, keys: readonly string[], rows: (keys: readonly string[]) => Record<string, unknown>[]): Item[];
  /** The operations it has: its list, one record, and its list under /cities/{slug}/. */
  operations: { list?: Operation; get?: Operation; scoped?: Operation };
};

/** A record type with everything its routes need. */
export type Resource<Item extends object = object, Query extends ListQuery = ListQuery> = ResourceDefinition<Item, Query> & {
  csv: CsvColumn<Item>[];
  /** The query string of one record: which fields it holds. */
  recordQuery: z.ZodType<{ fields?: string[] }>;
};

export function defineResource<Item extends object, Query extends ListQuery>(
  // Its titles are fields of its records (checked where it is defined; a Resource of any record reads them as strings).
  resource: ResourceDefinition<Item, Query> & { titles?: { zh: keyof Item & string; en: keyof Item & string } },
): Resource<Item, Query> {
  const columns = Object.keys(getTableColumns(resource.table));
  for (const name of [resource.key, ...(resource.facets?.fields ?? [])]) {
    if (!columns.includes(name)) throw new Error(`${resource.type}: ${getTableName(resource.table)} has no column ${name}`);
  }
  const fields = Object.keys((resource.item as unknown as { shape: Record<string, unknown> }).shape);
  for (const name of Object.keys(resource.references ?? {})) {
    if (!fields.includes(name)) throw new Error(`${resource.type}: references names ${name}, which is not one of its fields`);
  }
  const withFields = (query: z.ZodType<Query> | undefined) =>
    query && ((query as unknown as z.ZodObject).extend({ fields: fieldsParam(fields) }) as unknown as z.ZodType<Query>);
  return {
    ...resource,
    query: withFields(resource.query) as z.ZodType<Query>,
    scopedQuery: withFields(resource.scopedQuery),
    recordQuery: z.strictObject({ fields: fieldsParam(fields) }),
    csv: resource.csv ?? columnsOf<Item>(fields),
  };
}

/** A resource's table rows with these keys, as drizzle maps their columns (JSON, booleans, enums), with evidence where it cites. */
function tableRecords(db: Db, resource: Resource<object, ListQuery>): (keys: readonly string[]) => Record<string, unknown>[] {
  return once(db, `load:${resource.type}`, () => {
    const keyColumn = getTableColumns(resource.table)[resource.key];
    const query = db
      .select()
      .from(resource.table)
      .where(sql`${keyColumn} in (select value from json_each(${sql.placeholder('keys')}))`)
      .prepare();
    const citing = resource.evidence;
    return (wanted: readonly string[]) => {
      const found = query.all({ keys: JSON.stringify(wanted) }) as Record<string, unknown>[];
      if (!citing) return found;
      const evidence = evidenceFor(
        db,
        citing,
        found.map((r) => String(r[resource.key])),
      );
      return found.map((r) => ({ ...r, evidence: evidence.get(String(r[resource.key])) ?? [] }));
    };
  });
}

/** The records of a resource with these keys, in no particular order. */
export function loadRecords<Item extends object, Q extends ListQuery>(
  db: Db,
  resource: Resource<Item, Q>,
  keys: readonly string[],
): Item[] {
  const rows = tableRecords(db, resource as unknown as Resource<object, ListQuery>);
  return (resource.load ? resource.load(db, keys, rows) : rows(keys)) as Item[];
}

/** One record by key, or undefined. */
export function getRecord<Item extends object, Q extends ListQuery>(db: Db, resource: Resource<Item, Q>, key: string): Item | undefined {
  return loadRecords(db, resource, [key])[0];
}

/** A resource's table as a list is read from it. */
const listTableOf = (resource: Resource<object, ListQuery>) => ({
  table: getTableName(resource.table),
  key: resource.key,
  search: resource.search,
});

/** A page of a resource's list: its records' keys in order, the total, and facets when asked for. */
export function pageOf<Query extends ListQuery>(
  db: Db,
  resource: Resource<object, Query>,
  query: Query,
  page: Page,
  options: PageOptions,
): { keys: string[]; total: number; exact: boolean; facets?: Facets } {
  const ask = resource.ask(query);
  const { keys, total, exact } = listPage(db, listTableOf(resource), ask, page, options);
  const fields = query.facets ?? [];
  if (fields.length === 0 || !resource.facets) return { keys, total, exact };
  const where = ask.q !== undefined && resource.search ? [...ask.where, matches(resource.search, ask.q)] : ask.where;
  const facets = facetCounts(db, getTableName(resource.table), where, fields, {
    limit: query.facet_limit,
    booleans: resource.facets.booleans,
  });
  return { keys, total, exact, facets };
}

/** The total a page of a resource's list would give (`page` bounds the count as it would), without reading the page. */
export function countOf<Query extends ListQuery>(
  db: Db,
  resource: Resource<object, Query>,
  query: Query,
  page: Page,
  options: PageOptions,
): { total: number; exact: boolean } {
  const { total, exact } = listPage(db, listTableOf(resource), resource.ask(query), page, options, { totalOnly: true });
  return { total, exact };
}

/** The conditions every record list shares: its areas (city=, within=) and the articles its evidence quotes (source=). */
export function scopeConditions(q: { city?: string[]; within?: string; source?: string[] }, type: CitingType): (Condition | undefined)[] {
  return [
    q.city?.length ? oneOf('city', q.city) : undefined,
    q.within ? inArea('city', q.within) : undefined,
    q.source?.length ? citedFrom('id', type, q.source) : undefined,
  ];
}

/** The keys of a resource from `from` up to `to`, in key order (one article's records of a type: a few hundred at most). */
export function keysBetween(db: Db, resource: Pick<Resource, 'table' | 'key'>, from: string, to: string): string[] {
  const key = getTableColumns(resource.table)[resource.key];
  return db
    .select({ key })
    .from(resource.table)
    .where(and(gte(key, from), lt(key, to)))
    .all()
    .map((r) => String(r.key));
}
