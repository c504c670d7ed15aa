/**
 * The record tables as files: every record of a resource as CSV, in its list's order, the same bytes
 * whether the server answers /downloads/{table}.csv or the build writes the file into the zip.
 *
 * They carry no byte order mark, unlike a list's format=csv (kept for Excel): the data package
 * declares them utf-8, which Data Package 2 recommends be without one, and the version 1 JavaScript
 * library (datapackage 1.1.10) reads a mark into the first column's name ("The column header name
 * 'slug' is missing"). utf-8-sig, the name Python gives UTF-8 with a mark, is no IANA charset name,
 * and Node, iconv-lite and frictionless-ts refuse it; frictionless-py reads either form.
 */
import type { Db } from '../db/open.ts';
import { toCsv } from '../resources/csv.ts';
import { RESOURCES } from '../resources/index.ts';
import type { ListQuery, Resource } from '../resources/resource.ts';
import { everyServed, RecordCache } from '../resources/served.ts';

/** The record tables of the data package, in the order the API documents them. */
export const TABLES: readonly Resource<object, ListQuery>[] = RESOURCES as unknown as Resource<object, ListQuery>[];

/** Every record of a resource, in the order of its unfiltered list; nothing is kept (`cache` serves what it holds). */
export const everyRecord = (db: Db, resource: Resource<object, ListQuery>, cache: RecordCache = new RecordCache(0)): object[] =>
  everyServed(db, cache, resource, resource.query.parse({}), { keep: false }).map((s) => s.record);

/** A record table as the data package's CSV: the columns of its records' JSON fields. */
export const tableCsv = (db: Db, resource: Resource<object, ListQuery>, cache?: RecordCache): string =>
  toCsv(everyRecord(db, resource, cache), resource.csv, { bom: false });
