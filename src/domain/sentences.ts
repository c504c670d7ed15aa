/**
 * Where a sentence ends, in the reading form of src/domain/chinese.ts: claims read a figure's
 * sentence by it (claims.ts), and a year's sentence is asked whether a figure follows (written-periods.ts).
 */

/** Words whose full stop ends no sentence (Building No. 2, Co. Ltd.). */
const ABBREVIATIONS = 'no|nos|co|ltd|inc|corp|st|mr|ms|dr|approx|vs|e\\.g|i\\.e';
/**
 * U.S. ends no sentence before what it names (U.S. dollars, U.S. firms), but may end one (went to the U.S. Wuwei
 * received …): the reading form is lower case, so the word after it, not a capital, tells them apart.
 */
const US_BEFORE = 'dollars?|firms?|companies|enterprises|investors?|investments?|government|markets?|treasury|\\$';

/** A break after a word, as a pattern's source: a clause's or a sentence's stop, a space, or the text's end. */
export const BREAK_AHEAD = '(?:[,;:。!?、\\s]|$)';

/** A Chinese or Western stop, or a full stop before a space or the end that no abbreviation's is (429.49 and No. 2 end none). */
export const SENTENCE_STOP = new RegExp(
  `[。！？!?；;\\n]|(?<!\\b(?:${ABBREVIATIONS}))(?<!\\bu\\.s(?=\\.\\s+(?:${US_BEFORE})))\\.(?=\\s|$)`,
);
