/**
 * The record resources as the pages name them. The header's navigation, the home page's counts and
 * its downloads list RESOURCES through this one table, so a record type added to the resources comes
 * to the pages with it; one added without its words here is listed under its path, and a test refuses
 * that (the words are the typed dictionary's keys, so a misspelt one is a type error).
 */
import { RESOURCES } from '../resources/index.ts';
import type { Words } from './i18n.ts';

type PageNames = {
  /** Its list's name (the navigation, the counts). */
  list: keyof Words;
  /** Its CSV's name, where that differs (the articles' table is their sources). */
  table?: keyof Words;
  /** Whether the header's navigation carries it (quoted passages and scopes are reached from their records). */
  nav: boolean;
  /** Its place among the home page's counts (the figures first, as the page is about them); none where it is not counted. */
  counted?: number;
};

export const PAGE_NAMES: Readonly<Record<string, PageNames>> = {
  cities: { list: 'areas', nav: true, counted: 5 },
  indicators: { list: 'indicators', nav: true, counted: 1 },
  initiatives: { list: 'initiatives', nav: true, counted: 2 },
  complaints: { list: 'complaints', nav: true, counted: 3 },
  projects: { list: 'projects', nav: true, counted: 4 },
  sources: { list: 'articles', table: 'sources', nav: true, counted: 6 },
  passages: { list: 'passages', nav: false, counted: 7 },
  metrics: { list: 'metrics', nav: true, counted: 8 },
  scopes: { list: 'scopes', nav: false },
};

/** A resource's names in the page's words: its list's, and its CSV's. */
function namesOf(path: string, t: Words): { path: string; list: string; table: string; nav: boolean; counted?: number } {
  const names = PAGE_NAMES[path];
  if (names === undefined) return { path, list: path, table: path, nav: true, counted: Number.POSITIVE_INFINITY };
  return { path, list: t[names.list], table: t[names.table ?? names.list], nav: names.nav, counted: names.counted };
}

/** Every record resource, in the API's order, named in the page's words. */
export const recordLists = (t: Words) => RESOURCES.map((resource) => namesOf(resource.path, t));

/** The record resources the home page counts, in its order. */
export const countedLists = (t: Words) =>
  recordLists(t)
    .filter((list) => list.counted !== undefined)
    .sort((a, b) => (a.counted ?? 0) - (b.counted ?? 0));

/** A table's CSV by the name its records go by on the pages (the file keeps the table's own name). */
export const tableName = (path: string, t: Words): string => namesOf(path, t).table;
