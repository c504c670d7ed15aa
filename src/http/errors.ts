/**
 * Every error the API answers is RFC 9457 problem+json: type, title, status,
 * detail, and the offending parameters. All error kinds live here.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { LIMITS } from '../config.ts';

export const PROBLEM_TYPE_BASE = 'https://gansu-ledger.example/problems/';

export type InvalidParam = { name: string; in: 'query' | 'path' | 'body'; reason: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalid_params?: InvalidParam[];
};

/** An error a route throws on purpose: it carries its problem document. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    readonly title: string,
    detail: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
  }
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError(404, 'not-found', 'Not Found', `No ${what} has the id "${id}".`, [
    { name: what === 'city' ? 'slug' : 'id', in: 'path', reason: 'unknown' },
  ]);
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

function validationProblem(error: FastifyError, instance: string): Problem {
  const where = error.validationContext === 'params' ? 'path' : error.validationContext === 'body' ? 'body' : 'query';
  const invalid: InvalidParam[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const v of error.validation) {
      const keys = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
      if (keys.length > 0) {
        for (const key of keys) invalid.push({ name: key, in: where, reason: 'unknown parameter for this endpoint' });
      } else {
        invalid.push({ name: v.instancePath.replace(/^\//, '').split('/')[0] || '-', in: where, reason: v.message ?? 'invalid' });
      }
    }
  }
  const detail = invalid.length > 0 ? invalid.map((p) => `${p.name}: ${p.reason}`).join('; ') : error.message;
  return {
    type: `${PROBLEM_TYPE_BASE}invalid-parameter`,
    title: 'Invalid Parameter',
    status: 400,
    detail,
    instance,
    invalid_params: invalid,
  };
}

export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      // The path alone when the request target is absurdly long: never echo more than a sane URL.
      const instance = request.url.length > LIMITS.urlLength ? request.url.split('?')[0].slice(0, LIMITS.urlLength) : request.url;
      if (error instanceof ProblemError) {
        return sendProblem(reply, {
          type: `${PROBLEM_TYPE_BASE}${error.kind}`,
          title: error.title,
          status: error.status,
          detail: error.message,
          instance,
          ...(error.invalidParams ? { invalid_params: error.invalidParams } : {}),
        });
      }
      if (error.validation) return sendProblem(reply, validationProblem(error, instance));
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, {
        type: status === 500 ? `${PROBLEM_TYPE_BASE}internal` : `${PROBLEM_TYPE_BASE}bad-request`,
        title: status === 500 ? 'Internal Server Error' : 'Bad Request',
        status,
        // Never leak stack traces or SQL: a 500 says only that it happened.
        detail: status === 500 ? 'The server failed to answer this request.' : error.message,
        instance,
      });
    });
    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        type: `${PROBLEM_TYPE_BASE}not-found`,
        title: 'Not Found',
        status: 404,
        detail: `No resource at ${request.method} ${request.url.split('?')[0]}. See /openapi.json for the routes.`,
        instance: request.url,
      }),
    );
  },
  { name: 'errors' },
);
