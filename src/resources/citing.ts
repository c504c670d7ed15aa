/**
 * A record type whose records cite passages (initiatives, complaints, projects): one call with its
 * table, its schema and its own filters gives the whole resource. Its lists filter by area and by
 * the articles quoted, search its own index, and are found under /cities/{slug}/ too.
 */
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { CitingType } from '../db/evidence.ts';
import type { Db } from '../db/open.ts';
import type { Searchable } from '../db/search.ts';
import type { Condition } from '../db/sql.ts';
import type { Vocabulary } from '../db/vocabulary.ts';
import { rangesInOrder } from './ranges.ts';
import { defineResource, type ListQuery, type Operation, type Resource, scopeConditions } from './resource.ts';
import { evidenceSchema, listQueries, listSchema } from './schemas.ts';
import { sortOrder } from './sort.ts';

/** A list's query as parsed: the shared parameters, and its own filters (each optional). */
type Query<S extends z.ZodRawShape> = ListQuery & { city?: string[]; within?: string; source?: string[]; q?: string } & {
  [K in keyof S]?: z.output<S[K]>;
};

export function citingResource<Own extends z.ZodRawShape & { id: z.ZodString }, S extends z.ZodRawShape>(definition: {
  type: CitingType & Searchable;
  table: SQLiteTable;
  /** Its own fields, as the API shows them: its evidence follows them. */
  fields: z.ZodObject<Own>;
  /** Its name in the OpenAPI document (Initiative, and InitiativeList for its lists). */
  name: string;
  /** The vocabulary its ids are, where a mistyped id is answered with the closest (initiatives' and projects' slugs). */
  vocabulary?: Vocabulary;
  /** What one record is, in a sentence. */
  describes: string;
  /** The fields naming a record in Chinese and in English. */
  titles: { zh: keyof z.output<z.ZodObject<Own>> & string; en: keyof z.output<z.ZodObject<Own>> & string };
  /** Its own query parameters, and the conditions they make. */
  filters: S;
  where: (query: Query<S>) => (Condition | undefined)[];
  /** Fields holding another record's key, by the path of its resource (the data package's foreign keys). */
  references: Record<string, string>;
  /** Fields facets= may count, stored at build over the whole table (seed/write.ts). */
  facets?: { fields: readonly string[]; booleans?: readonly string[] };
  /** The records with these keys, when they hold more than their row and evidence (`rows`: those, as Resource's load has them). */
  load?: (db: Db, keys: readonly string[], rows: (keys: readonly string[]) => Record<string, unknown>[]) => z.output<z.ZodObject<Own>>[];
  /** What its lists' meta says besides the total and facets (meta.undated), and how it is counted. */
  listMeta?: { shape: z.ZodRawShape; count: NonNullable<Resource<object, ListQuery>['meta']> };
  operations: { list: Operation; get: Operation; scoped: Operation };
}) {
  const item = definition.fields.extend({ evidence: z.array(evidenceSchema) }).meta({ id: definition.name });
  type Item = z.output<typeof item>;
  const queries = listQueries(definition.filters);
  const [query, scopedQuery] = [rangesInOrder(queries.query), rangesInOrder(queries.scopedQuery)];
  return defineResource<Item, Query<S>>({
    type: definition.type,
    path: `${definition.type}s`,
    describes: definition.describes,
    titles: definition.titles as { zh: keyof Item & string; en: keyof Item & string },
    table: definition.table,
    key: 'id',
    item: item as z.ZodType<Item>,
    list: listSchema(item, definition.name, { facets: definition.facets !== undefined, meta: definition.listMeta?.shape }),
    meta: definition.listMeta?.count as Resource<Item, Query<S>>['meta'],
    query: query as unknown as z.ZodType<Query<S>>,
    scopedQuery: scopedQuery as unknown as z.ZodType<Query<S>>,
    evidence: definition.type,
    references: definition.references,
    search: definition.type,
    vocabulary: definition.vocabulary,
    ask: (q) => ({
      where: [...scopeConditions(q, definition.type), ...definition.where(q)],
      q: q.q,
      sort: sortOrder((q as { sort?: string[] }).sort),
    }),
    facets: definition.facets,
    load: definition.load as Resource<Item, Query<S>>['load'],
    operations: definition.operations,
  });
}
