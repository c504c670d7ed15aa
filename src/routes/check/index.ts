/** /check: a claim, or every figure of a paragraph, checked against the records and their evidence. */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '../../config.ts';
import { undecodable, utf8Body } from '../../http/encoding.ts';
import { invalidParameters } from '../../http/errors.ts';
import { representation } from '../../http/negotiation.ts';
import { errorResponses, problemSchema } from '../../http/problem-schema.ts';
import { NO_CONTROLS, withoutControls } from '../../resources/schemas.ts';
import { lexiconOf } from './lexicon.ts';
import { claimCheckSchema, textCheckSchema } from './schema.ts';
import { checkClaim, checkText, TooManyFigures } from './text.ts';

/** Text of at most `max` characters (code points, as every offset of the API counts), with something in it. */
const textOf = (max: number) =>
  z
    .string()
    .refine((t) => t.trim() !== '', 'give some text')
    // JSON can write half a character (\ud800); a figure's offsets count whole characters, and the query refuses its UTF-8 too.
    .refine((t) => !/\p{Cs}/u.test(t), 'text with no lone surrogate (\\ud800 to \\udfff)')
    .refine(withoutControls, NO_CONTROLS)
    .refine((t) => [...t].length <= max, { error: (issue) => `at most ${max} characters (it has ${[...String(issue.input)].length})` })
    // The limits in the JSON Schema the OpenAPI document and MCP clients read (JSON Schema counts characters, as the refinement does).
    .meta({ minLength: 1, maxLength: max });

/** A paragraph to check, as the OpenAPI document gives it: each verdict, and a comparison the records do not bear out. */
const PARAGRAPH_EXAMPLE =
  '2023年武威市招商引资到位资金约429亿元，增长50.38%，接待游客1960万人次。张掖市招商局签约金额234.48亿元，高于武威市2023年新引进省外项目签约额486.79亿元。';

/** GET /check's query string: one claim. */
export const checkQuery = z.strictObject({
  claim: textOf(LIMITS.claimLength)
    .describe(
      `One claim, at most ${LIMITS.claimLength} characters, in Simplified, Traditional or English: the area, the measure, the figure and, if it has one, the period.`,
    )
    .meta({ example: '武威市2023年招商引资到位资金约429亿元' }),
});

const DESCRIPTION =
  'Figures are read in Simplified, Traditional and English: Arabic and Chinese numerals, 万, 亿, 千万, thousand, million, billion, percent and percentage points, ' +
  'with hedges (约, 余, more than, exactly). The area is the place named nearest the figure (a city, county or district, either script or English); ' +
  'the period a year, quarter, month or day the sentence names, or the day a total runs to (截至2024年2月18日, as of 18 February 2024); the measure the words around the figure, read through the metric vocabulary, the records’ labels and the search index. ' +
  'Units and magnitudes are scaled exactly, as the seed scales its own figures.';

/**
 * A form body's fields, a repeated one as a list (which the body schema refuses). A textarea's line
 * breaks arrive as CRLF (HTML's form encoding): read as the LF the reader typed, so a paragraph the
 * box held within its length is within the API's too. A field whose %XX bytes are no UTF-8 is refused, as
 * the query string's are (URLSearchParams would read them as U+FFFD).
 */
function formFields(body: string): Record<string, string | string[]> {
  // A % before no two hex digits is itself (the URL Standard's form parser): 增长50.38% typed into curl -d is read as written.
  const refused = undecodable(body.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'), 'body');
  if (refused) throw refused;
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const [name, raw] of new URLSearchParams(body)) {
    const value = raw.replace(/\r\n?/g, '\n');
    const had = fields[name];
    fields[name] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value];
  }
  return fields;
}

/** A check of `field`'s text, a text of too many figures refused as that field's fault (400). */
function checkedAs<T>(field: 'claim' | 'text', check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof TooManyFigures)) throw error;
    const invalid = [{ name: field, in: field === 'claim' ? ('query' as const) : ('body' as const), reason: error.message }];
    throw invalidParameters(invalid);
  }
}

const checkRoutes: FastifyPluginAsyncZod = async (app) => {
  // The words checks read are built from the database once, by the first check, but before the checks' share
  // (CHECK_CPU_PERCENT) times it: counted, building them took a lone client's allowance and its next checks were
  // refused. Not at start, which it would hold up for every server whether it checks or not.
  app.addHook('onRequest', (_request, _reply, done) => {
    lexiconOf(app.db);
    done();
  });
  app.get(
    '/check',
    {
      config: { cpuBound: true, namedHere: { text: 'claim' } },
      schema: {
        operationId: 'checkClaim',
        tags: ['check'],
        summary: 'Check one claim against the records, with the evidence',
        description: `${DESCRIPTION} A claim with several figures is checked figure by figure: it is contradicted if one is, not found if one is not found. What it says of two figures side by side (高于, more than, 是…的两倍) is judged in comparisons, and contradicts it where the records do not bear it out.`,
        querystring: checkQuery,
        response: { 200: claimCheckSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { claim } = request.query;
      // The page marks each figure in the text it checked, as the paragraph's page does.
      if (representation(request) === 'html') return reply.sendPage({ text: claim, ...checkedAs('claim', () => checkText(app.db, claim)) });
      return checkedAs('claim', () => checkClaim(app.db, claim));
    },
  );

  // The page's form POSTs its paragraph as a browser sends forms (a paragraph is too long for a URL). Both
  // bodies are read from their bytes, which must be UTF-8; JSON then as every route reads it (a __proto__ key refused).
  const json = app.getDefaultJsonParser('error', 'error');
  const bodyLimit = LIMITS.checkBodyBytes;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) =>
    json(request, utf8Body(body as Buffer), done),
  );
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
    done(null, formFields(utf8Body(body as Buffer))),
  );
  app.removeContentTypeParser('text/plain');

  app.post(
    '/check',
    {
      bodyLimit: LIMITS.checkBodyBytes,
      // A paragraph is the costliest request (docs/DEPLOY.md): counted in an allowance of its own too (CHECK_RATE_LIMIT_MAX).
      config: { costly: true, cpuBound: true, namedHere: { claim: 'text' } },
      schema: {
        operationId: 'checkText',
        tags: ['check'],
        summary: 'Check every figure of a paragraph, each with its offsets in the text',
        consumes: ['application/json', 'application/x-www-form-urlencoded'],
        // No parameter of its own in the query (the page's format=html and lang= are read before): a typo is refused, as on GET.
        querystring: z.strictObject({}),
        description: `${DESCRIPTION} A place or period named in an earlier sentence of the same paragraph carries over to the figures after it.`,
        body: z.strictObject(
          {
            text: textOf(LIMITS.checkTextLength)
              .describe(
                `The paragraph, at most ${LIMITS.checkTextLength} characters and ${LIMITS.checkFigures} figures (more is a 400: check it in parts).`,
              )
              // What "Try it out" sends: figures supported, rounded and contradicted, and a comparison of two.
              .meta({ example: PARAGRAPH_EXAMPLE }),
          },
          // A JSON string or array is no object: say what to send.
          { error: (issue) => (issue.code === 'invalid_type' ? 'send JSON {"text": "…"} or a form with a text field' : undefined) },
        ),
        response: { 200: textCheckSchema, 400: problemSchema, 413: problemSchema, 415: problemSchema },
      },
    },
    async (request, reply) => {
      const checked = { text: request.body.text, ...checkedAs('text', () => checkText(app.db, request.body.text)) };
      return representation(request) === 'html' ? reply.sendPage(checked) : checked;
    },
  );
};

export default checkRoutes;
