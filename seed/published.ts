/**
 * Every id once published, by kind (data/published.json), so that none is dropped unseen: readers cite
 * `/indicators/001-i047` and the MCP server's record ids, and a record deleted from its file would turn
 * such a link into a 404 that says nothing. A published id stays live, or is withdrawn in retired.json
 * (its URL answers 410 with the reason), or, for a metric key, stands as an alias for the keys that
 * replaced it; passages, articles, areas and scopes have no withdrawal and stay.
 */
import { z } from 'zod';
import type { Report } from './problems.ts';
import type { SeedData } from './records.ts';

export const PUBLISHED_KINDS = ['source', 'passage', 'city', 'metric', 'scope', 'initiative', 'indicator', 'complaint', 'project'] as const;
type Kind = (typeof PUBLISHED_KINDS)[number];
export type Published = Record<Kind, string[]>;

const ids = z.array(z.string().min(1)).refine((list) => new Set(list).size === list.length, 'an id is listed once');
/** A kind the ledger does not list yet (a new record type) has published nothing: scripts/published.ts adds it (contrib14). */
const idsOrNone = ids.default([]);
export const publishedSchema = z.strictObject(
  Object.fromEntries(PUBLISHED_KINDS.map((kind) => [kind, idsOrNone])) as Record<Kind, typeof idsOrNone>,
);

/** A ledger of nothing: what a seed whose ledger does not read is checked against (its problem is reported). */
export const noIds = (): Published => Object.fromEntries(PUBLISHED_KINDS.map((kind) => [kind, []])) as unknown as Published;

/** The ids each kind has now in the seed's files. */
export function liveIds(data: SeedData): Published {
  return {
    source: data.sources.map((r) => r.id),
    passage: data.passages.map((r) => r.id),
    city: data.cities.map((r) => r.slug),
    metric: data.metrics.map((r) => r.key),
    scope: data.scopes.map((r) => r.key),
    initiative: data.initiatives.map((r) => r.id),
    indicator: data.indicators.map((r) => r.id),
    complaint: data.complaints.map((r) => r.id),
    project: data.projects.map((r) => r.id),
  };
}

/** The ids each kind answers for without being live: withdrawn records, and retired metric keys. */
function answeredIds(data: SeedData): Record<Kind, Set<string>> {
  const answered = Object.fromEntries(PUBLISHED_KINDS.map((kind) => [kind, new Set<string>()])) as Record<Kind, Set<string>>;
  for (const r of data.retired) answered[r.record_type].add(r.id);
  for (const a of data['metric-aliases']) answered.metric.add(a.alias);
  return answered;
}

/** What a curator does about a published id that is gone, by kind. */
const KEEP: Record<Kind, string> = {
  source: 'a published article stays',
  passage: 'a published passage stays, whatever cited it',
  city: 'a published area stays',
  scope: 'a published scope stays',
  metric: 'keep it in metric-aliases.json with the keys it now stands for',
  initiative: 'withdraw it in retired.json with its reason, so its URL answers 410',
  indicator: 'withdraw it in retired.json with its reason, so its URL answers 410',
  complaint: 'withdraw it in retired.json with its reason, so its URL answers 410',
  project: 'withdraw it in retired.json with its reason, so its URL answers 410',
};

/** Every published id still answers; a withdrawn record is one that was published. */
export function checkPublished(data: SeedData, add: Report): void {
  // A ledger that does not read is reported as it is read; an empty one would call every withdrawal unpublished.
  const { published } = data;
  if (!published) return;
  const live = liveIds(data);
  const answered = answeredIds(data);
  for (const kind of PUBLISHED_KINDS) {
    const now = new Set(live[kind]);
    for (const id of published[kind])
      if (!now.has(id) && !answered[kind].has(id)) add('data/published.json', id, kind, `was published and is gone: ${KEEP[kind]}`);
  }
  for (const r of data.retired)
    if (!published[r.record_type].includes(r.id))
      add('data/retired.json', r.id, 'id', `no published ${r.record_type} has this id: only a record once published is withdrawn`);
}

/** The ledger with every live id added, in the order first published, each kind's new ids at its end. */
export function withLiveIds(data: SeedData): Published {
  const published = data.published ?? noIds();
  const live = liveIds(data);
  return Object.fromEntries(
    PUBLISHED_KINDS.map((kind) => {
      const known = new Set(published[kind]);
      return [kind, [...published[kind], ...live[kind].filter((id) => !known.has(id))]];
    }),
  ) as Published;
}
