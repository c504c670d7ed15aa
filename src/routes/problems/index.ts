/**
 * /problems and /problems/{id}: what each kind of problem the API answers means and what to do,
 * in English and Chinese. A problem's `type` is the address of its kind here (src/http/problem-types.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../http/errors.ts';
import { representation } from '../../http/negotiation.ts';
import { type ProblemType, problemSchema, problemTypeSchema } from '../../http/problem-schema.ts';
import { isProblemKind, PROBLEM_KINDS, type ProblemKindName, problemOf } from '../../http/problem-types.ts';
import { suggestions } from '../../http/suggest.ts';

const kinds = Object.keys(PROBLEM_KINDS) as ProblemKindName[];

const problemTypeOf = (id: ProblemKindName): ProblemType => {
  const { description_en, description_zh } = PROBLEM_KINDS[id];
  return { ...problemOf(id), id, description_en, description_zh };
};

/** What a kind not found is compared with: its name, its status and its title, as written and as a type's end (too-many-requests for rate-limited). */
const terms = kinds.map((value) => {
  const { status, title } = PROBLEM_KINDS[value];
  return { value, names: [String(status), title, title.toLowerCase().replace(/[^a-z]+/g, '-')] };
});

// Never rate limited or shed: a client refused with a 429 or a 503 can still read what it means.
const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  const all = kinds.map(problemTypeOf);

  app.get(
    '/problems',
    {
      config: { neverShed: true },
      schema: {
        operationId: 'listProblemTypes',
        tags: ['dataset'],
        summary: 'Every kind of problem the API answers: its type, status and title, and what it means',
        querystring: z.strictObject({}),
        response: { 200: z.object({ data: z.array(problemTypeSchema) }).meta({ id: 'ProblemTypeList' }), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const body = { data: all };
      if (representation(request) === 'html') return reply.sendPage(body);
      return body;
    },
  );

  app.get(
    '/problems/:id',
    {
      config: { neverShed: true },
      schema: {
        operationId: 'getProblemType',
        tags: ['dataset'],
        summary: 'One kind of problem: what a problem whose type is this address means, and what to do',
        params: z.object({
          id: z
            .string()
            .describe('The kind: the end of a problem’s type, such as invalid-parameter.')
            .meta({ example: 'invalid-parameter' }),
        }),
        querystring: z.strictObject({}),
        response: { 200: problemTypeSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isProblemKind(id)) throw notFound('problem type', id, suggestions(id, terms));
      const kind = problemTypeOf(id);
      if (representation(request) === 'html') return reply.sendPage(kind);
      return kind;
    },
  );
};

export default problemRoutes;
