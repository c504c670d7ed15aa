/**
 * The closed vocabularies a query may name: the areas, metrics (and the retired keys that still
 * answer for them), articles, initiatives, scopes, projects and complaints the database holds, each with the names a
 * person might write instead of the key (武威, Wuwei for wuwei). Read once per database.
 */
import { once } from './once.ts';
import type { Db } from './open.ts';
import { metricAliases as aliasTable } from './schema.ts';
import { rows } from './statements.ts';

export type Term = { value: string; names: string[] };
export type Vocabulary = 'city' | 'metric' | 'source' | 'initiative' | 'scope' | 'project' | 'complaint';
export type MetricAlias = typeof aliasTable.$inferSelect;

const QUERIES: Record<Vocabulary, string> = {
  city: 'select slug as value, name_zh, name_en from cities',
  metric: 'select key as value, name_zh, name_en from metrics',
  source: 'select id as value, title_zh as name_zh, title_en as name_en from sources',
  initiative: 'select id as value, name_zh, name_en from initiatives',
  scope: 'select key as value, name_zh, name_en from scopes',
  project: 'select id as value, name_zh, name_en from projects',
  complaint: 'select id as value, title_zh as name_zh, title_en as name_en from complaints',
};

/** Every term of a vocabulary, with its names. */
export function vocabulary(db: Db, kind: Vocabulary): Term[] {
  return once(db, kind, () =>
    rows<{ value: string; name_zh: string; name_en: string }>(db, QUERIES[kind], []).map((r) => ({
      value: r.value,
      names: [r.name_zh, r.name_en],
    })),
  );
}

/** The values of a vocabulary, to look one up (a set built once, not on every request). */
export function knownValues(db: Db, kind: Vocabulary): ReadonlySet<string> {
  return once(db, `${kind}:values`, () => new Set(vocabulary(db, kind).map((t) => t.value)));
}

/** Metric keys once published and since retired, by key. */
export function metricAliases(db: Db): Map<string, MetricAlias> {
  return once(
    db,
    'aliases',
    // drizzle reads the JSON columns as the schema declares them.
    () =>
      new Map(
        db
          .select()
          .from(aliasTable)
          .all()
          .map((a) => [a.alias, a]),
      ),
  );
}

type Withdrawal = { reason_en: string; reason_zh: string };

/** Records once published and since withdrawn, by type and id (`initiative:gaotai-…`). */
export function withdrawn(db: Db, type: string, id: string): Withdrawal | undefined {
  return once(
    db,
    'retired',
    () =>
      new Map(
        rows<{ record_type: string; id: string; reason_en: string; reason_zh: string }>(
          db,
          'select record_type, id, reason_en, reason_zh from retired',
          [],
        ).map((r) => [`${r.record_type}:${r.id}`, { reason_en: r.reason_en, reason_zh: r.reason_zh }]),
      ),
  ).get(`${type}:${id}`);
}

/**
 * The scopes (口径) a metric's rows have, null for rows that are the metric exactly: a comparison
 * counts only these instead of every scope the dataset knows. Read from the (metric, scope, …)
 * index, the metric's own range of it.
 */
export function metricScopes(db: Db, metric: string): ReadonlySet<string | null> {
  return once(
    db,
    `scopes of ${metric}`,
    () =>
      new Set(rows<{ scope: string | null }>(db, 'select distinct scope from indicators where metric = ?', [metric]).map((r) => r.scope)),
  );
}
