/**
 * English number words as a text writes them (five, twenty-five), and what makes one a figure: a
 * count of what follows, not a word of prose. Read by src/domain/numbers.ts.
 */

/** English number words: one to nineteen, and the tens, with a unit digit after a hyphen (twenty-five). */
const ENGLISH_ONES =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const ENGLISH_TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
export const ENGLISH_NUMBER = `(?:${ENGLISH_TENS.join('|')})(?:-(?:${ENGLISH_ONES.slice(0, 9).join('|')}))?|${[...ENGLISH_ONES].reverse().join('|')}`;
/** An English number word as digits: twenty-five is 25. */
export function englishDecimal(words: string): string {
  const [first, second] = words.split('-');
  const tens = ENGLISH_TENS.indexOf(first);
  if (tens < 0) return String(ENGLISH_ONES.indexOf(first) + 1);
  return String((tens + 2) * 10 + (second ? ENGLISH_ONES.indexOf(second) + 1 : 0));
}
/**
 * What makes an English number word above one a count, as digits would be: a plural noun a word or
 * two after it (nine inspection groups, eight categories), or of which (five of which). Not a span of
 * time or a rank in prose (the past two months, the top three cities, one of the five cities, three
 * times), nor the campaign's name (Three Grasps, Three Promotes).
 */
const COUNTED_WORDS_AFTER =
  /^(?: (?:(?!(?:of|for|in|on|at|to|from|by|with|into|the|a|an|and|or)\b)[a-z-]+ )?(?!(?:is|was|has|this|its|as|us|his|does|plus|less|thus|times|ways|grasps|promotes)\b)[a-z]+s\b| of (?:which|them|these|those)\b)/;
/** The second end of a change from one number to another (cut from five working days to two): counted as the first is. */
const FROM_NUMBER_TO = new RegExp(`\\bfrom\\s+(?:\\d[\\d,.]*|${ENGLISH_NUMBER})\\s+(?:[a-z-]+\\s+){0,3}to\\s+$`);
const PROSE_BEFORE = /\b(?:past|last|next|top|first|of the|all)\s+$/;
/**
 * An English number said in several words (twenty five, one thousand two hundred): a run of number
 * words and magnitudes. With two number words in it, it is not read, rather than read as its parts
 * (20 and 5); one word and its magnitudes (nine hundred) is.
 */
export const ENGLISH_RUN = new RegExp(
  `(?<![a-z-])(?:${ENGLISH_NUMBER})(?:(?:(?<=hundred|thousand|million)\\s+and\\s+|\\s+|-)(?:${ENGLISH_NUMBER}|hundred|thousand|million|billion)(?![a-z-]))+`,
  'g',
);
export const ENGLISH_WORD = new RegExp(`(?<![a-z-])(?:${ENGLISH_NUMBER})(?![a-z])`, 'g');

/** An ordinal's ending (14th): the number is no figure. */
const ORDINAL_AFTER = /^(st|nd|rd|th)\b/;
/** A word that names a thing by its number (Building 2, Unit 2, No. 2): the number is a name, as 2号楼's is. */
const NAMING_BEFORE = /\b(building|unit|no\.|line|phase|block|section|gate)\s*$/;
/** A list's name by its length (the top 500, 24 top-500 firms, Fortune 500), as “三个500强” is: no figure; not top as a verb (that top 5000). */
const LIST_NAME_BEFORE = /(?:\bthe\s+top\s|\btop-|\d\s+top\s|\bfortune(?:\s+global)?\s)$/;

/**
 * Whether an English number word ends a change from one number to another (cut from five days to one): a count, one too,
 * where nothing follows it in its clause (not one of, one half, one year later, one and a half: rev37).
 */
export const endsChange = (before: string, rest: string) => FROM_NUMBER_TO.test(before) && /^\s*(?:[.,;:!?)]|$)/.test(rest);

/** Whether an English number word is a count (nine inspection groups, cut from five days to two), not a word of prose. */
export const countedInEnglish = (before: string, rest: string) =>
  !PROSE_BEFORE.test(before) && (COUNTED_WORDS_AFTER.test(rest) || FROM_NUMBER_TO.test(before));

/** Whether a number is an ordinal (14th), a thing's name (Building 2) or a list's (the top 500): no figure. */
export function namedByNumber(before: string, rest: string, written: { magnitude: boolean; unit: boolean }): boolean {
  if (LIST_NAME_BEFORE.test(before) && !written.magnitude) return true;
  return (ORDINAL_AFTER.test(rest) || (NAMING_BEFORE.test(before) && !written.magnitude)) && !written.unit;
}
