/**
 * A value a closed vocabulary does not hold is an error, never an empty answer: `city=wuwie`,
 * `metric=tourism` or `source=009` is a 400 that names the parameter and the value and suggests the
 * closest known values, found by spelling or by name (city=武威 or city=Wuwei suggest wuwei, said to name it). A
 * retired metric key still answers for the keys it now stands for, and the answer says so; a key
 * ending in `.*` asks for the whole family.
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/open.ts';
import { knownValues, type MetricAlias, metricAliases, type Term, type Vocabulary, vocabulary, withdrawn } from '../db/vocabulary.ts';
import { type InvalidParam, invalidParameters } from './errors.ts';
import { namedBy, suggestions } from './suggest.ts';

/** Query parameters whose values come from a vocabulary, wherever they appear. */
const PARAMS: Record<string, Vocabulary> = {
  city: 'city',
  cities: 'city',
  within: 'city',
  parent: 'city',
  metric: 'metric',
  source: 'source',
  initiative: 'initiative',
  part_of: 'initiative',
  project: 'project',
  complaint: 'complaint',
  scope: 'scope',
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Retired metric keys the request named, and what they stand for now. */
    aliases?: MetricAlias[];
  }
}

function unknown(db: Db, name: string, kind: Vocabulary, value: string, terms: readonly Term[], list = false): InvalidParam {
  const withdrawal = withdrawn(db, kind, value);
  if (withdrawal) return { name, in: 'query', reason: `${kind} "${value}" was withdrawn: ${withdrawal.reason_en}`, value, suggestions: [] };
  // A family's name (tourism): the family, where a list takes one, and its first keys.
  const family = kind === 'metric' ? [...knownValues(db, kind)].filter((key) => key.startsWith(`${value}.`)).sort() : [];
  const closest = family.length > 0 ? [...(list ? [`${value}.*`] : []), ...family].slice(0, 4) : suggestions(value, terms);
  // The scopes are few: named here, where a client without the HTTP API (an MCP client) can read them.
  const every = kind === 'scope' ? `; one of ${terms.map((t) => t.value).join(', ')}, or none` : '';
  // A name of one (武威, Wuwei): not unknown, only not the code this parameter takes (pages14: "no area 武威" was false).
  const named = family.length === 0 ? namedBy(value, terms) : undefined;
  if (named)
    return {
      name,
      in: 'query',
      reason: `"${value}" names ${kind} ${named.value}: ${name}= takes its code, ${named.value}`,
      value,
      suggestions: [named.value],
    };
  const hint =
    closest.length > 0 ? `; did you mean ${closest.join(' or ')}?` : every || `; see /${kind === 'city' ? 'cities' : `${kind}s`}`;
  return { name, in: 'query', reason: `no ${kind} "${value}"${hint}`, value, suggestions: closest };
}

/**
 * A retired key that meant a scope (investment.out_of_province_funds_in_place) answers as its metric of
 * that scope: the request's scope= is set to it unless the request gives its own. Named beside other
 * metrics, whose rows the scope would narrow too, it is refused with the spelling that says it.
 */
function scopeOfAlias(
  name: string,
  alias: MetricAlias,
  values: readonly string[],
  query: Record<string, unknown>,
): InvalidParam | undefined {
  if (!alias.scopes) return undefined;
  const spelled = `${alias.alias} means ${name}=${alias.metrics[0]}&scope=${alias.scopes.join(',')}`;
  const refused = (why: string, suggestions: string[]): InvalidParam => ({
    name,
    in: 'query',
    reason: `${spelled}; ${why}`,
    value: values.join(','),
    suggestions,
  });
  if (query.scope !== undefined) {
    // Its own scopes narrowed further are its; another scope (none: the whole) is its metric's, asked by that metric.
    const asked = Array.isArray(query.scope) ? (query.scope as string[]) : [String(query.scope)];
    return asked.every((scope) => alias.scopes?.includes(scope))
      ? undefined
      : refused(`for other scopes ask ${name}=${alias.metrics[0]}`, alias.metrics);
  }
  if (values.length > 1) return refused('name it alone, or so', alias.metrics);
  // A list parameter (/indicators' metric=) takes every scope of it, a parameter of one value (/compare's) its only one.
  if (Array.isArray(query[name])) query.scope = [...alias.scopes];
  else if (alias.scopes.length === 1) query.scope = alias.scopes[0];
  else return refused('a comparison is of one scope: name it with scope=', alias.scopes);
  return undefined;
}

/** Checks a request's vocabulary values; returns what is wrong, and rewrites retired metric keys. */
function checkVocabulary(db: Db, request: FastifyRequest): InvalidParam[] {
  const query = request.query as Record<string, unknown> | undefined;
  if (!query) return [];
  const invalid: InvalidParam[] = [];
  for (const [name, kind] of Object.entries(PARAMS)) {
    const given = query[name];
    if (given === undefined) continue;
    const terms = vocabulary(db, kind);
    const known = knownValues(db, kind);
    // A parameter of one value given a comma list (within=wuwei,zhangye): say so, not "no city wuwei,zhangye".
    const values = Array.isArray(given) ? (given as string[]) : [String(given)];
    if (!Array.isArray(given) && values[0].includes(',') && !known.has(values[0])) {
      const parts = values[0].split(',').filter((part) => known.has(part));
      invalid.push({ name, in: 'query', reason: `one ${kind}: ${name}= takes one, not a list`, value: values[0], suggestions: parts });
      continue;
    }
    const kept: string[] = [];
    for (const value of values) {
      if (known.has(value) || (kind === 'scope' && value === 'none')) {
        kept.push(value);
      } else if (kind === 'metric' && value.endsWith('.*')) {
        const prefix = value.slice(0, -1);
        const members = [...known].filter((key) => key.startsWith(prefix)).sort();
        if (members.length === 0) invalid.push(unknown(db, name, kind, value, terms));
        else if (!Array.isArray(given)) {
          // A parameter of one metric (/compare's) takes a key, not a family.
          const shown = members.slice(0, 8);
          invalid.push({
            name,
            in: 'query',
            reason: `one metric key, not the family ${value}: ${shown.join(', ')}${members.length > shown.length ? ' …' : ''}`,
            value,
            suggestions: shown,
          });
        } else kept.push(value);
      } else if (kind === 'metric' && metricAliases(db).has(value)) {
        const alias = metricAliases(db).get(value) as MetricAlias;
        request.aliases = [...(request.aliases ?? []), alias];
        if (!Array.isArray(given) && alias.metrics.length > 1) {
          invalid.push({
            name,
            in: 'query',
            reason: `${value} was split into ${alias.metrics.join(', ')}: name one (${alias.note_en})`,
            value,
            suggestions: alias.metrics,
          });
        }
        kept.push(...alias.metrics);
        const scoped = scopeOfAlias(name, alias, values, query);
        if (scoped) invalid.push(scoped);
      } else {
        invalid.push(unknown(db, name, kind, value, terms, Array.isArray(given)));
      }
    }
    query[name] = Array.isArray(given) ? [...new Set(kept)] : kept[0];
  }
  return invalid;
}

export default fp(
  async function vocabularyCheck(app: FastifyInstance) {
    // Declared, so a request naming a retired metric key has the shape of every other request.
    app.decorateRequest('aliases', undefined);
    app.addHook('preHandler', function refuseUnknownValues(request, _reply, done) {
      const invalid = checkVocabulary(app.db, request);
      if (invalid.length === 0) return done();
      done(invalidParameters(invalid));
    });
  },
  { name: 'vocabulary' },
);
