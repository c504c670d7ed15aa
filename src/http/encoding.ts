/**
 * Text as the API reads it from a request: UTF-8, raw or percent-encoded, and nothing it cannot read
 * taken as U+FFFD. A claim whose bytes were replaced would be checked as another claim, and the
 * answer would quote text its sender never wrote; so what is not UTF-8 is refused, saying so.
 */
import { isUtf8 } from 'node:buffer';
import { type InvalidParam, ProblemError } from './errors.ts';
import { echoed } from './reasons.ts';

/** Whether a percent-encoded text decodes: no %zz, lone surrogate or cut character. */
function validlyEncoded(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

const ENCODE_SO = 'write % as %25, and each byte of a character (張 is %E5%BC%B5)';

/**
 * The 400 for a query string or form (`name=value&…`) that does not decode, or null when it does:
 * each pair it cannot read named, as every other 400 names its parameters, with its value as sent,
 * still percent-encoded (and a name itself badly encoded as given).
 */
export function undecodable(encoded: string, where: 'query' | 'body'): ProblemError | null {
  if (validlyEncoded(encoded)) return null;
  const invalid: InvalidParam[] = encoded
    .split('&')
    .filter((pair) => !validlyEncoded(pair))
    .map((pair) => {
      const [name, ...value] = pair.split('=');
      return {
        name: validlyEncoded(name) ? decodeURIComponent(name.replaceAll('+', ' ')) : name,
        in: where,
        reason: 'not validly percent-encoded UTF-8',
        ...(value.length > 0 ? echoed(value.join('=')) : {}),
      };
    });
  const what = where === 'query' ? 'The query string' : 'The form';
  return new ProblemError('invalid-parameter', `${what} is not validly percent-encoded UTF-8: ${ENCODE_SO}.`, invalid);
}

const NOT_UTF8 = 'The body is not valid UTF-8: JSON and forms are read as UTF-8, whatever charset= their type names.';

/**
 * A body's bytes as text, or undefined where they are no UTF-8. JSON is UTF-8 (RFC 8259 §8.1: a
 * charset parameter has no effect), and so is a form (the URL Standard's parser): the charset= a
 * type names is not read, and bytes of any other encoding fail here.
 */
export const utf8Of = (body: Buffer): string | undefined => (isUtf8(body) ? body.toString('utf8') : undefined);

/** A body's text, or the 400 that says it is not UTF-8. */
export function utf8Body(body: Buffer): string {
  const text = utf8Of(body);
  if (text === undefined) throw new ProblemError('bad-request', NOT_UTF8);
  return text;
}
