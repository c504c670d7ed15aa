/**
 * A /search hit: the schema the route answers and documents with, and the type its query builds,
 * apart from the route so the query module need not import it.
 */
import { z } from 'zod';
import { SEARCHABLE } from '../../db/search.ts';
import { evidenceSchema } from '../../resources/schemas.ts';

export const hitSchema = z
  .object({
    type: z.enum(SEARCHABLE),
    id: z.string().describe('The record id (a slug for cities, a key for metrics).'),
    url: z.string().describe('Where the record is: /cities/{slug}, /indicators/{id}, /passages/{id}, /metrics/{key} …').meta({
      example: '/indicators/000-i031',
    }),
    title_zh: z.string().nullable(),
    title_en: z.string().nullable(),
    passage: evidenceSchema
      .extend({
        highlight: z
          .string()
          .describe('The Simplified reading (or English) with each match wrapped in <mark>…</mark>; other text HTML-escaped.'),
      })
      .nullable()
      .describe("The passage the match stands in (null for cities); an indicator's is the passage that gives its figure."),
    elsewhere: z
      .string()
      .nullable()
      .describe(
        "Where neither title nor passage holds a term: the text of the record that does, marked as highlight is (its area's names, as 张掖 finds Zhangye's records; a description, a metric's key or definition, another passage it cites); else null.",
      ),
  })
  .meta({ id: 'SearchHit' });

export type SearchHit = z.output<typeof hitSchema>;
