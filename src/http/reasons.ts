/**
 * A 400's parameters said in a sentence: each reason once, with the values refused for it. The API's
 * detail (src/http/errors.ts) and the Chinese pages' (src/pages/problems-zh.ts) are both made from it.
 * Also what goes into one reason: the value refused as given, and a bound in the API's words.
 */
import type { FastifyRequest } from 'fastify';
import { LIMITS } from '../config.ts';
import { commaItems } from '../resources/schemas.ts';
import type { InvalidParam } from './problem-schema.ts';

type Given = Pick<InvalidParam, 'name' | 'reason' | 'value'>;

/**
 * The parameters' reasons, each once, with the values refused for it where the reason does not name
 * them (`values`), and every one (`given`): fields=nope,nada, refused for one reason, is one reason given
 * "nope" and "nada". Each page and language writes them its own way (src/pages/problems-zh.ts; the
 * error page, which tells reasons apart by their suggestions too, src/pages/errors.tsx). `first`: the
 * first parameter of each.
 */
export function reasonsOnce<P extends Given>(invalid: readonly P[], keyOf: (p: P) => string = (p) => `${p.name}\0${p.reason}`) {
  const said = new Map<string, { name: string; reason: string; values: string[]; given: string[]; first: P }>();
  for (const p of invalid) {
    const { name, reason, value } = p;
    const key = keyOf(p);
    const entry = said.get(key) ?? { name, reason, values: [], given: [], first: p };
    // A reason that names the value already ("x", or a date that exists (2023-13-01 does not)) is not told it again.
    const named = value !== undefined && (reason.includes(`"${value}"`) || reason.includes(`(${value} `));
    if (value !== undefined && !entry.given.includes(value)) {
      entry.given.push(value);
      if (!named) entry.values.push(value);
    }
    said.set(key, entry);
  }
  return [...said.values()];
}

/** Values as given, each quoted: an empty one, or one with a comma, is seen for what it is. */
export const quotedValues = (values: readonly string[], separator: string) => values.map((v) => JSON.stringify(v)).join(separator);

/** The parameters' reasons in a sentence, each once (reasonsOnce). */
export function detailOf(invalid: readonly InvalidParam[]): string {
  return reasonsOnce(invalid)
    .map(({ name, reason, values }) => `${name}: ${reason}${values.length > 0 ? ` (given ${quotedValues(values, ', ')})` : ''}`)
    .join('; ');
}

/** A refused value, to repeat in the problem: a text short enough to read there (LIMITS.echoedValue), else none. */
export const echoed = (value: unknown): { value?: string } =>
  typeof value === 'string' && [...value].length <= LIMITS.echoedValue ? { value } : {};

/** A parameter's value as the request gave it, where it is one text. */
export function givenValue(request: FastifyRequest, where: InvalidParam['in'], name: string): string | undefined {
  const source = where === 'query' ? request.query : where === 'path' ? request.params : request.body;
  const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The value a validator's issue is about, as the request gave it: the parameter's, or at
 * `/name/k` the k-th item of its comma list (sort=id,foo: foo), which carries no input of its own.
 */
export function givenAt(request: FastifyRequest, where: InvalidParam['in'], name: string, instancePath: string): string | undefined {
  const [, , index, deeper] = instancePath.split('/');
  const whole = givenValue(request, where, name);
  if (deeper !== undefined || whole === undefined) return undefined;
  return index === undefined ? whole : commaItems(whole)[Number(index)];
}

/**
 * A value past a bound, in the words of the API's other reasons ("at most 500", "at most 64
 * characters"), where the schema gave no message of its own (zod's default reads "Too big:
 * expected number to be <=500").
 */
export function boundReason(v: { keyword: string; message?: string; params: unknown }): string | undefined {
  if (!/^Too (small|big):/.test(v.message ?? '')) return undefined;
  const { origin, minimum, maximum, inclusive } = v.params as {
    origin?: string;
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: boolean;
  };
  const small = v.keyword === 'too_small';
  const words = small ? (inclusive === false ? 'more than' : 'at least') : inclusive === false ? 'less than' : 'at most';
  const counted = origin === 'string' ? ' characters' : origin === 'array' ? ' values' : '';
  return `${words} ${String(small ? minimum : maximum)}${counted}`;
}

/** What is wrong with a request's body, said so that the sender can mend it: its size, its type, its JSON. */
export function bodyProblem(code: string | undefined, request: FastifyRequest): string | undefined {
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return `The request body is larger than this route takes (${request.routeOptions.bodyLimit ?? LIMITS.bodyBytes} bytes).`;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? ['application/json'];
    const type = String(request.headers['content-type'] ?? 'none')
      .split(';')[0]
      .slice(0, LIMITS.echoedTarget);
    return `A body of type ${type} is not read here: send ${consumes.join(' or ')}.`;
  }
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return 'The body is not JSON this server reads: it is empty or not valid JSON, or has a __proto__ or constructor key.';
  return undefined;
}
