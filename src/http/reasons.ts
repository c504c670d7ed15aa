/**
 * A 400's parameters said in a sentence: each reason once, with the values refused for it. The API's
 * detail (src/http/errors.ts) and the Chinese pages' (src/pages/problems-zh.ts) are both made from it.
 */
import type { InvalidParam } from './errors.ts';

/**
 * The parameters' reasons, each once, with the values refused for it where the reason does not name
 * them: fields=nope,nada, refused for one reason, is one reason given "nope" and "nada". Each page and
 * language writes them its own way (src/pages/problems-zh.ts).
 */
export function reasonsOnce(invalid: readonly Pick<InvalidParam, 'name' | 'reason' | 'value'>[]) {
  const said = new Map<string, { name: string; reason: string; values: string[] }>();
  for (const { name, reason, value } of invalid) {
    const key = `${name}\0${reason}`;
    const entry = said.get(key) ?? { name, reason, values: [] };
    if (value !== undefined && !reason.includes(`"${value}"`) && !entry.values.includes(value)) entry.values.push(value);
    said.set(key, entry);
  }
  return [...said.values()];
}

/** Values as given, each quoted: an empty one, or one with a comma, is seen for what it is. */
export const quotedValues = (values: readonly string[], separator: string) => values.map((v) => JSON.stringify(v)).join(separator);

/** The parameters' reasons in a sentence, each once (reasonsOnce). */
export function detailOf(invalid: readonly InvalidParam[]): string {
  return reasonsOnce(invalid)
    .map(({ name, reason, values }) => `${name}: ${reason}${values.length > 0 ? ` (given ${quotedValues(values, ', ')})` : ''}`)
    .join('; ');
}
