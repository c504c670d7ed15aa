/** Metrics: the controlled vocabulary of measures, with definitions, base units and where each is used. */
import { z } from 'zod';
import type { Db } from '../db/open.ts';
import { metrics } from '../db/schema.ts';
import { JSON_VALUES } from '../db/sql.ts';
import { rows } from '../db/statements.ts';
import { metricAliases } from '../db/vocabulary.ts';
import { UNITS } from '../domain/units.ts';
import { groupBy } from '../group.ts';
import { defineResource } from './resource.ts';
import { listSchema, pageQuery, searchParam } from './schemas.ts';

const metricSchema = z
  .object({
    key: z.string().describe('The key: a dotted name, area first.').meta({ example: 'investment.funds_in_place' }),
    name_zh: z.string().describe('Its name in Chinese.'),
    name_en: z.string().describe('Its name in English.'),
    definition: z.string().describe('What it measures, in English.'),
    definition_zh: z.string().describe('What it measures, in Chinese.'),
    unit: z.enum(UNITS).describe('The base unit every value_base of this metric is in.'),
    records: z.number().int().nonnegative().describe('Indicators of this metric.'),
    areas: z.array(z.string()).describe('The areas they are of (city slugs).'),
    periods: z.array(z.string()).describe('The periods they give (period codes); figures with none are not listed.'),
    aliases: z.array(z.string()).describe('Retired keys that now answer for this one.'),
  })
  .meta({ id: 'Metric' });

export type Metric = z.output<typeof metricSchema>;

const METRICS = `select key, name_zh, name_en, definition, definition_zh, unit from metrics where key in ${JSON_VALUES}`;
// Counted when the database was built (seed/indexes.ts, writeMetricUsage).
const USAGE = `select metric, records, areas, periods from metric_usage where metric in ${JSON_VALUES}`;
const ALIASES = `select metric_aliases.alias, target.value as metric from metric_aliases, json_each(metric_aliases.metrics) as target
  where target.value in ${JSON_VALUES}`;

/** Metrics by key, each with how many indicators use it, of which areas and periods, and its retired keys. */
function loadMetrics(db: Db, keys: readonly string[]): Metric[] {
  const json = JSON.stringify(keys);
  const usage = new Map(
    rows<{ metric: string; records: number; areas: string; periods: string }>(db, USAGE, [json]).map((u) => [u.metric, u]),
  );
  const aliases = groupBy(rows<{ alias: string; metric: string }>(db, ALIASES, [json]), (a) => a.metric);
  return rows<Omit<Metric, 'records' | 'areas' | 'periods' | 'aliases'>>(db, METRICS, [json]).map((m) => {
    const used = usage.get(m.key);
    return {
      ...m,
      records: used?.records ?? 0,
      areas: used ? (JSON.parse(used.areas) as string[]) : [],
      periods: used ? (JSON.parse(used.periods) as string[]) : [],
      aliases: (aliases.get(m.key) ?? []).map((a) => a.alias).sort(),
    };
  });
}

const query = z.strictObject({
  ...pageQuery,
  q: searchParam
    .describe(
      'Text search over a measure’s key, names and definition, in Simplified, Traditional or English (资金, 資金 and funds give the same answer). Terms separated by spaces or commas must all match. For example: 到位资金.',
    )
    .optional(),
});

export const metricResource = defineResource({
  type: 'metric',
  path: 'metrics',
  describes: 'A key of the controlled vocabulary of what indicators measure, with its definition and base unit.',
  titles: { zh: 'name_zh', en: 'name_en' },
  table: metrics,
  key: 'key',
  item: metricSchema,
  list: listSchema(metricSchema, 'Metric'),
  query,
  search: 'metric',
  vocabulary: 'metric',
  retired: (db, key) => {
    const alias = metricAliases(db).get(key);
    return alias && { became: alias.metrics, note_en: alias.note_en, note_zh: alias.note_zh };
  },
  ask: (q: z.output<typeof query>) => ({ where: [], q: q.q, sort: [] }),
  load: loadMetrics,
  operations: {
    list: {
      operationId: 'listMetrics',
      tags: ['metrics'],
      summary: 'The controlled vocabulary of measures, with definitions, base units and where each is used',
      description: 'q= searches keys, names and definitions in Simplified, Traditional or English (旅游 and 旅遊 find the same).',
    },
    get: {
      operationId: 'getMetric',
      tags: ['metrics'],
      summary: 'One measure: its definition, base unit, and the areas and periods it is used for',
    },
  },
});
