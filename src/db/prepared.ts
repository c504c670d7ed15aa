/**
 * Statements built and compiled once per database and reused: drizzle's
 * query builder costs more than running a small statement, so a request
 * should not rebuild a statement whose shape has been seen before.
 *
 * A statement is reused by its shape (which filters are present, how many
 * values each list has, the sort); its values are bound by name on every
 * call. `Bind` says how a value enters a statement being built: as itself
 * (`literal`, a statement for one use) or as a named placeholder
 * (`placeholder`, a statement for every request of that shape).
 */
import { asc, count, fillPlaceholders, getTableName, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type SQLiteColumn, SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { Lru } from '../lru.ts';
import type { Db } from './open.ts';

export type Bind = <T>(name: string, value: T) => T | Placeholder;
export const literal: Bind = (_name, value) => value;
export const placeholder: Bind = (name) => sql.placeholder(name);

/**
 * `column` is one of `values`. One value is an equality, which an index ordered by (column, id)
 * answers in id order; more are bound as one JSON array, so one statement serves every list
 * length (`city=a,b` and `city=a,b,c`).
 */
export function inList(column: SQLiteColumn, name: string, values: unknown[], bind: Bind): SQL {
  if (values.length === 1) return sql`${column} = ${bind(name, values[0])}`;
  return sql`${column} in ${jsonValues(bind(`${name}[]`, JSON.stringify(values)))}`;
}

/**
 * The values of a JSON array bound as one parameter, as a subquery (`id in ${jsonValues(…)}`): one
 * statement text for any number of values, and no limit of SQLite's on variables.
 */
export function jsonValues(json: unknown): SQL {
  return sql`(select value from json_each(${json}))`;
}

/** Statements kept per database (as many as src/db/open.ts compiles): beyond this many shapes, the least recently used is rebuilt when next asked for. */
export const PREPARED_PER_DATABASE = 2000;

const built = new WeakMap<Db, Lru<unknown>>();

/** The statement `build` makes for this database, made the first time `key` is asked for. */
export function prepared<T>(db: Db, key: string, build: () => T): T {
  const byKey = built.get(db) ?? new Lru<unknown>(PREPARED_PER_DATABASE);
  built.set(db, byKey);
  let statement = byKey.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build();
    byKey.set(key, statement);
  }
  return statement;
}

const dialect = new SQLiteSyncDialect();

/** A statement written with drizzle's `sql` (and builders' `getSQL()`), as SQL text and parameters: placeholders stay placeholders. */
export function toQuery(statement: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(statement);
}

/**
 * A statement written with `sql`, its text made once per `key` and its values bound by name on
 * every call: for statements drizzle's builders cannot write (a join that must run in a given
 * order). The compiled statement comes from the connection's cache (src/db/open.ts).
 */
export function preparedSql(db: Db, key: string, build: () => SQL) {
  const query = prepared(db, key, () => toQuery(build()));
  const bound = (values: Record<string, unknown>) => fillPlaceholders(query.params, values);
  return {
    query,
    bound,
    all: <T>(values: Record<string, unknown>) => db.$client.prepare(query.sql).all(...bound(values)) as T[],
    get: <T>(values: Record<string, unknown>) => db.$client.prepare(query.sql).get(...bound(values)) as T | undefined,
    /** The first column of every row. */
    column: <T>(values: Record<string, unknown>) =>
      db.$client
        .prepare(query.sql)
        .pluck()
        .all(...bound(values)) as T[],
  };
}

/**
 * Binds every value of a statement being built to a named placeholder, recording the values and
 * the statement's shape: the names bound, in order, and any choice of structure that binds nothing
 * (`mark`). Two builds with the same shape make the same SQL, so a statement prepared for one
 * serves the other with the other's values.
 */
export class Recorder {
  readonly values: Record<string, unknown> = {};
  private readonly parts: string[] = [];

  readonly bind: Bind = (name, value) => {
    if (name in this.values) throw new Error(`placeholder ${name} bound twice`);
    this.values[name] = value;
    this.parts.push(name);
    return sql.placeholder(name);
  };

  mark(token: string): void {
    this.parts.push(`#${token}`);
  }

  get shape(): string {
    return this.parts.join(',');
  }
}

/**
 * The ids of a page of `table` in `order` (by id unless given; `order.key` names it in the
 * statement's key), and the total of the filtered set, from statements prepared once per shape:
 * `where` was built with `recorder`, whose shape and values it carries.
 */
export function idPage(
  db: Db,
  table: SQLiteTable & { id: SQLiteColumn },
  where: SQL | undefined,
  recorder: Recorder,
  page: { limit: number; offset: number },
  order: { key: string; by: SQL[] } = { key: 'id', by: [asc(table.id)] },
): { ids: string[]; total: number } {
  const name = `${getTableName(table)}|${recorder.shape}`;
  const total = prepared(db, `total|${name}`, () => db.select({ n: count() }).from(table).where(where).prepare());
  const ids = prepared(db, `page|${name}|${order.key}`, () =>
    db
      .select({ id: table.id })
      .from(table)
      .where(where)
      .orderBy(...order.by)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  );
  return {
    ids: ids.all({ ...recorder.values, ...page }).map((r) => r.id as string),
    total: total.get(recorder.values)?.n ?? 0,
  };
}
