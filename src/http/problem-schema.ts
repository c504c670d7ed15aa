/**
 * The problem document (RFC 9457) every refusal answers with, the kinds of problem /problems
 * describes, and the error answers routes declare: HTTP's, so here, not with the records' schemas.
 */
import { z } from 'zod';
import { LIMITS } from '../config.ts';

export const problemSchema = z
  .object({
    type: z
      .string()
      .describe(
        'The kind of problem: a path-absolute reference, /problems/{kind}, which answers with what the kind means and what to do (/problems lists them); about:blank for a status with no kind of its own.',
      ),
    title: z.string(),
    status: z.number().int().min(100).max(599),
    detail: z.string(),
    instance: z.string().optional(),
    invalid_params: z
      .array(
        z.object({
          name: z.string(),
          in: z.enum(['query', 'path', 'body']),
          reason: z.string(),
          value: z
            .string()
            .optional()
            .describe(
              `The value refused, as given (one item of a comma list), where one text of at most ${LIMITS.echoedValue} characters was given.`,
            ),
          suggestions: z.array(z.string()).optional().describe('The closest values the parameter knows, best first.'),
        }),
      )
      .optional(),
    withdrawn: z
      .object({ reason_en: z.string(), reason_zh: z.string() })
      .optional()
      .describe('Why a record once published was withdrawn (with status 410).'),
    did_you_mean: z.string().optional().describe('The route nearest a path no route has (status 404): /cities/wuwei for /cites/wuwei.'),
    request_id: z
      .string()
      .optional()
      .describe("The request's id in the server's log (status 500): quote it when reporting the failure, so its cause can be found."),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document (application/problem+json).' });

/** A kind of problem, at the address a problem's type names (src/http/problem-types.ts). */
export const problemTypeSchema = z
  .object({
    type: z.string().describe('What a problem of this kind carries as its type: this address.'),
    id: z.string(),
    status: z.number().int().min(100).max(599).describe('The HTTP status every problem of this kind answers with.'),
    title: z.string().describe('The title every problem of this kind carries.'),
    description_en: z.string(),
    description_zh: z.string(),
  })
  .meta({ id: 'ProblemType' });

export type ProblemType = z.infer<typeof problemTypeSchema>;

export const errorResponses = { 400: problemSchema, 404: problemSchema };

/** A record's errors: a record once published and since withdrawn answers 410 Gone with the reason. */
export const recordErrorResponses = { ...errorResponses, 410: problemSchema };

/** A problem document, as its schema (the OpenAPI document's Problem) defines it. */
export type Problem = z.output<typeof problemSchema>;
export type InvalidParam = NonNullable<Problem['invalid_params']>[number];
