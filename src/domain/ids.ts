/**
 * The ids of the records read from the articles: the article's three digits, a letter for the type
 * and the record's number (000-p001, 000-i031, 000-c01). The seed checks them by these patterns; an
 * id written short or in capitals is read back to the one it stands for.
 */

const RECORD_IDS = {
  passage: { letter: 'p', digits: 3 },
  indicator: { letter: 'i', digits: 3 },
  complaint: { letter: 'c', digits: 2 },
} as const;

type RecordType = keyof typeof RECORD_IDS;

/** An id as it may be written: the article's digits, a letter, the record's number, short or in capitals. */
const WRITTEN_ID = /^(\d{1,3})-([a-z])(\d+)$/i;

/** The type whose ids carry this letter (i, or I: an indicator), or none. */
const typeOfLetter = (letter: string | undefined): RecordType | undefined =>
  (Object.keys(RECORD_IDS) as RecordType[]).find((type) => RECORD_IDS[type].letter === letter?.toLowerCase());

/** The type an id says it is by its letter (000-i031, and 000-i31 written short: an indicator), or none. */
export const typeOfId = (key: string): RecordType | undefined => typeOfLetter(WRITTEN_ID.exec(key)?.[2]);

/** The pattern of a record type's ids: /^\d{3}-i\d{3}$/ for an indicator's. */
export const idPattern = (type: RecordType): RegExp => new RegExp(`^\\d{3}-${RECORD_IDS[type].letter}\\d{${RECORD_IDS[type].digits}}$`);

/** The id an id written short or in capitals stands for (000-i31 and 0-I031: 000-i031), where its letter is a type's; else none. */
export function idSpelledOut(key: string): string | undefined {
  const written = WRITTEN_ID.exec(key);
  const type = typeOfId(key);
  if (!written || !type) return undefined;
  const { letter, digits } = RECORD_IDS[type];
  const id = `${written[1].padStart(3, '0')}-${letter}${String(Number(written[3])).padStart(digits, '0')}`;
  return id === key ? undefined : id;
}

/**
 * The range of ids of one article's records of one type that an id written in any way falls in
 * (000-i0311 and 000-i032x: from 000-i to 000-j), to look for the id meant among them; none where
 * the key begins with no article's number and type's letter.
 */
export function articleRange(key: string): [string, string] | undefined {
  // Its beginning alone: what follows may be the slip itself (000-i032x).
  const written = /^(\d{1,3})-([a-z])/i.exec(key);
  if (!written || !typeOfLetter(written[2])) return undefined;
  const letter = written[2].toLowerCase();
  const article = written[1].padStart(3, '0');
  return [`${article}-${letter}`, `${article}-${String.fromCharCode(letter.charCodeAt(0) + 1)}`];
}
