/**
 * What a request's parameters or body failed of its route's schema, as a problem: each parameter named with its
 * reason, what it gave and the nearest values or names allowed (src/http/errors.ts answers it).
 */
import type { FastifyError, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { LIMITS } from '../config.ts';
import { unitNames, withoutMagnitude } from '../domain/units.ts';
import type { InvalidParam, Problem } from './problem-schema.ts';
import { problemOf } from './problem-types.ts';
import { boundReason, detailOf, echoed, givenAt, givenValue } from './reasons.ts';
import { routeShape } from './route-schema.ts';
import { suggestions } from './suggest.ts';

/** The reason given for a parameter's name the endpoint does not take; its suggestions are names, not values. */
export const UNKNOWN_PARAMETER = 'unknown parameter for this endpoint';

/** The names a route's query string (or body) takes: what an unknown name is compared with. */
const parameterNames = (request: FastifyRequest, where: string): string[] =>
  where === 'query' || where === 'body' ? Object.keys(routeShape(request, where === 'query' ? 'querystring' : 'body')) : [];

const asTerms = (values: readonly string[]) => values.map((value) => ({ value, names: [] }));

/** Other APIs' names for paging, and this one's: a page number is an offset here, a page size a limit (pages14). */
const PAGING: Record<string, string> = {
  page: 'offset',
  skip: 'offset',
  start: 'offset',
  _start: 'offset',
  per_page: 'limit',
  page_size: 'limit',
  pagesize: 'limit',
  size: 'limit',
  _limit: 'limit',
};

export function validationProblem(error: FastifyError, request: FastifyRequest, instance: string): Problem {
  const where = error.validationContext === 'params' ? 'path' : error.validationContext === 'body' ? 'body' : 'query';
  const invalid: InvalidParam[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const v of error.validation) {
      const keys = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
      if (keys.length > 0) {
        // A misspelt name (ctiy) comes back with the names the endpoint takes that are nearest to it (city).
        const names = asTerms(parameterNames(request, where));
        // A form of thousands of unknown fields (a 32 KiB body holds 5,600) is named as far as a list's items are
        // (LIMITS.listItems), the rest counted: every one named, its refusal was 800 KB and cost as much as a check.
        const unlisted = keys.length - LIMITS.listItems;
        for (const key of keys.slice(0, LIMITS.listItems)) {
          // format= on a record's page route: the page's json|html, which the route's own schema does not list.
          if (key === 'format' && request.routeOptions.config.page) {
            invalid.push({
              name: key,
              in: where,
              reason: 'one of json, html',
              ...echoed(givenValue(request, where, key)),
              suggestions: ['json', 'html'],
            });
            continue;
          }
          // Another form's name for a parameter of this one, unless that one is given too (then this is just unknown).
          const namedHere = request.routeOptions.config.namedHere ?? {};
          const renamed = Object.hasOwn(namedHere, key) ? namedHere[key] : undefined; // not toString, an Object's own
          const given = renamed !== undefined && (['query', 'body'] as const).some((at) => givenValue(request, at, renamed) !== undefined);
          const paging = Object.hasOwn(PAGING, key.toLowerCase()) ? PAGING[key.toLowerCase()] : undefined;
          const pagedHere = paging !== undefined && names.some((n) => n.value === paging) ? [paging] : undefined;
          const near = renamed === undefined ? (pagedHere ?? suggestions(key, names)) : given ? [] : [renamed];
          invalid.push({
            name: key,
            in: where,
            reason: `${UNKNOWN_PARAMETER}${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''}`,
            ...echoed(givenValue(request, where, key)),
            ...(near.length > 0 ? { suggestions: near } : {}),
          });
        }
        if (unlisted > 0) {
          const more = unlisted - 1;
          const reason = more > 0 ? `${UNKNOWN_PARAMETER}, as are ${more} more not named here` : UNKNOWN_PARAMETER;
          invalid.push({ name: keys[LIMITS.listItems], in: where, reason });
        }
        continue;
      }
      // An issue with the whole body or query (a bare text where an object is wanted) is named after it.
      const name = v.instancePath.replace(/^\//, '').split('/')[0] || where;
      if (v.keyword === 'invalid_value') {
        // A value outside an enumeration: the nearest allowed ones, or all of them when none is near.
        const { values = [], input } = v.params as { values?: unknown[]; input?: unknown };
        const allowed = values.map(String);
        if (name === 'format' && where === 'query' && request.routeOptions.config.page) allowed.push('html');
        // An item of a comma list (unit=yuan,CNY) carries no input of its own: read from the request.
        const given = input ?? givenAt(request, where, name, v.instancePath);
        // A unit is found by its words too (unit=yuan is CNY), with a magnitude before them (亿元, 万元: CNY).
        const near = suggestions(
          withoutMagnitude(String(given ?? '')),
          allowed.map((value) => ({ value, names: unitNames(value) })),
        );
        invalid.push({
          name,
          in: where,
          reason: `one of ${allowed.join(', ')}`,
          ...echoed(given),
          suggestions: near.length > 0 ? near : allowed,
        });
        continue;
      }
      // A parameter left out is required, said so, not zod's "expected string, received undefined".
      const missing = v.keyword === 'invalid_type' && /received undefined$/.test(v.message ?? '');
      // A form's field given twice (text=a&text=b) is a list: said as the query's would be (a JSON array is no repeat).
      const form = String(request.headers['content-type'] ?? '')
        .toLowerCase()
        .startsWith('application/x-www-form-urlencoded');
      const twice =
        v.keyword === 'invalid_type' && where === 'body' && form ? (request.body as Record<string, unknown>)?.[name] : undefined;
      const reason = Array.isArray(twice) ? `given ${twice.length} times; give it once` : missing ? 'required' : boundReason(v);
      // The value refused, as given, so a client can show it beside the reason.
      invalid.push({ name, in: where, reason: reason ?? v.message ?? 'invalid', ...echoed(givenAt(request, where, name, v.instancePath)) });
    }
  }
  // Two bounds of one parameter (a safe integer's, then the API's own): the tighter alone.
  const bound = (p: InvalidParam) => Number(/^at most (\d+)$/.exec(p.reason)?.[1] ?? Number.NaN);
  const kept = invalid.filter((p) => !invalid.some((q) => q !== p && q.name === p.name && bound(q) < bound(p)));
  return {
    ...problemOf('invalid-parameter'),
    detail: kept.length > 0 ? detailOf(kept) : error.message,
    instance,
    invalid_params: kept,
  };
}
