/**
 * Query parameters read strictly, before the route's schema sees them. zod coerces `''` to 0,
 * `0x1F4` to 500 and `1e2` to 100, and a parameter given twice arrives as a list its schema reads
 * as NaN; each of these is a 400 that says what is allowed. The schemas, and so the OpenAPI
 * document, keep their types: whole numbers are integers, other numbers numbers.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type InvalidParam, invalidParameters } from './errors.ts';
import { echoed } from './reasons.ts';
import { routeShape } from './route-schema.ts';

type Schema = { _zod: { def: { type: string; innerType?: Schema } }; isInt?: boolean };

/** A whole number as written (a sign allowed: -1 is then refused by the parameter's own bound, "at least 1"). */
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Whether a query parameter's schema reads a whole number, any number, or neither. */
function numberKind(schema: Schema | undefined): 'integer' | 'number' | null {
  let s = schema;
  while (s?._zod.def.innerType) s = s._zod.def.innerType;
  if (s?._zod.def.type !== 'number') return null;
  return s.isInt ? 'integer' : 'number';
}

export default fp(
  async function params(app: FastifyInstance) {
    app.addHook('preValidation', function readParameters(request, _reply, done) {
      const query = request.query as Record<string, unknown> | undefined;
      if (!query) return done();
      const shape = routeShape<Schema>(request);
      const invalid: InvalidParam[] = [];
      for (const [name, value] of Object.entries(query)) {
        if (Array.isArray(value)) {
          invalid.push({ name, in: 'query', reason: `given ${value.length} times; give it once (a list is comma-separated: a,b)` });
          continue;
        }
        const kind = numberKind(Object.hasOwn(shape, name) ? shape[name] : undefined);
        if (kind === 'integer' && !INTEGER.test(String(value)))
          invalid.push({ name, in: 'query', reason: 'a whole number in decimal digits', ...echoed(value) });
        // 1e400 is written as a number but is none (Infinity).
        if (kind === 'number' && (!NUMBER.test(String(value)) || !Number.isFinite(Number(value))))
          invalid.push({ name, in: 'query', reason: 'a decimal number, such as 1000000 or 1e6', ...echoed(value) });
      }
      if (invalid.length === 0) return done();
      done(invalidParameters(invalid));
    });
  },
  { name: 'params' },
);
