/**
 * What /check answers: a claim's verdict and each of its figures', or each figure of a paragraph's,
 * with the records compared. The route answers and documents with these schemas; the types the
 * checking code builds are theirs.
 */
import { z } from 'zod';
import { VERDICTS, type Verdict } from '../../domain/claims.ts';
import { HEDGES } from '../../domain/hedges.ts';
import { UNITS } from '../../domain/units.ts';
import { indicatorSchema } from '../../resources/indicators.ts';

/** Matches given per figure at most. */
export const MATCHES = 5;

const verdict = z
  .enum(VERDICTS)
  .describe(
    'supported: a record of that area and measure (and period, where the claim states one) has the claimed value. ' +
      'rounded: the record rounds to the claimed value at the claim’s precision (or the claim to a record that is itself rounded). ' +
      'contradicted: the closest record of that area and measure differs beyond rounding. ' +
      'not_found: no record of that area and measure; never compared with a figure of another measure (the explanation may name records of the area that have the claimed number, whose measure the words did not match).',
  );

const claimedSchema = z
  .object({
    text: z.string().describe('The figure as the claim writes it, with its hedge and unit (约429亿元).'),
    value: z.number().describe('The number as written (429 for 约429亿元, 42.9 for 42.9 billion yuan).'),
    unit: z.enum(UNITS).nullable().describe('The normalized unit, as far as the claim says it; null when it writes none.'),
    value_base: z.number().describe('The claimed value in the normalized unit, scaled exactly as the seed scales its figures.'),
    qualifier: z
      .enum(HEDGES)
      .nullable()
      .describe(
        'The hedge the claim puts on the figure (约, 余, more than, exactly; at_most for 不超过, no more than, up to, which no record has), a negated bound turned (not less than: at_least); null when none.',
      ),
    negated: z
      .boolean()
      .describe(
        'Whether the claim says the value is not this figure (不是429.49亿元, were not 42.9 billion): the verdict is then on that.',
      ),
    period: z.string().nullable().describe('The period the claim states for it, as a period code; null when it states none.'),
  })
  .meta({ id: 'ClaimedFigure' });

const matchSchema = z
  .object({
    verdict: z.enum(['supported', 'rounded', 'contradicted']),
    indicator: indicatorSchema.describe('The record compared, as /indicators/{id} gives it, with its evidence.'),
    claimed: claimedSchema,
    explanation_en: z.string().describe('What the record says, with its value, its quote and where the quote stands.'),
    explanation_zh: z.string(),
  })
  .meta({ id: 'ClaimMatch' });

const explained = {
  verdict,
  explanation_en: z.string().describe('Why: the best match’s explanation, or why nothing matched.'),
  explanation_zh: z.string(),
  matches: z
    .array(matchSchema)
    .describe(`The records of that area and measure compared, best match first: at most ${MATCHES} for each figure.`),
};

const claimFigureSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Where the figure starts in the claim, in code points.'),
    end: z.number().int().nonnegative().describe('Where it ends (exclusive), in code points.'),
    text: z.string().describe('The figure as written.'),
    verdict,
    explanation_en: z.string(),
    explanation_zh: z.string(),
    indicator: z.string().nullable().describe('The id of the record its verdict rests on; null when none was found.'),
  })
  .meta({ id: 'ClaimFigure' });

const comparisonCheckSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Where the comparing words start in the text, in code points.'),
    end: z.number().int().nonnegative().describe('Where they end (exclusive), in code points.'),
    text: z.string().describe('The comparing words as written (高於, more than, 的兩倍多).'),
    figures: z
      .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
      .describe(
        'The two figures compared, by their index among the figures (or results) of this answer: the first is said to be more, less or a multiple of the second.',
      ),
    verdict: z
      .enum(['supported', 'contradicted', 'unjudged'])
      .describe(
        'Whether the records of the two figures bear out what is said of them. Judged only where both figures are supported or rounded by records in one unit and the records settle it; otherwise unjudged, its explanation saying why (a figure no record supports, two units, ranges that leave it open). An unjudged comparison leaves the claim’s verdict to its figures.',
      ),
    explanation_en: z.string(),
    explanation_zh: z.string(),
  })
  .meta({ id: 'ComparisonCheck' });

const comparisons = z
  .array(comparisonCheckSchema)
  .describe(
    'What the text says of two figures side by side (高于, 低于, more than, less than, 是…的两倍多, twice), as read: each judged by the records where both figures are supported or rounded in one unit, else unjudged with why. Empty where the text says nothing of two figures that is read.',
  );

export const claimCheckSchema = z
  .object({
    claim: z.string(),
    ...explained,
    figures: z
      .array(claimFigureSchema)
      .describe(
        'Each figure of the claim with its own verdict, found or not; the claim’s is the worst of them and of its comparisons (contradicted, not found, rounded, supported).',
      ),
    comparisons,
  })
  .meta({ id: 'ClaimCheck' });

const figureCheckSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Where the figure starts in the submitted text, in code points.'),
    end: z.number().int().nonnegative().describe('Where it ends (exclusive), in code points.'),
    text: z.string().describe('The figure as written.'),
    claim: z.string().describe('The sentence it stands in.'),
    ...explained,
  })
  .meta({ id: 'FigureCheck' });

export const textCheckSchema = z
  .object({
    text: z.string(),
    results: z.array(figureCheckSchema).describe('One result per figure, in the order of the text.'),
    comparisons,
  })
  .meta({ id: 'TextCheck' });

/** A claim checked (GET /check): its verdict, each figure's and what it says of two figures. */
export type ClaimCheck = z.output<typeof claimCheckSchema>;

/** A text checked (POST /check): a result for each figure and what it says of two of them. */
export type TextCheck = z.output<typeof textCheckSchema>;

/** A record compared with a claimed figure. */
export type Match = z.output<typeof matchSchema>;

/** One figure of a text checked: where it stands (code points), its sentence, and the records of its area and measure. */
export type FigureCheck = z.output<typeof figureCheckSchema>;

/** What a text says of two of its figures, judged by their records. */
export type ComparisonCheck = z.output<typeof comparisonCheckSchema>;

/** One figure's verdict, explained, with the records compared (none when not found). */
export type FigureVerdict = { verdict: Verdict; explanation_en: string; explanation_zh: string; matches: Match[] };
