/**
 * A tool's input schema from a route's query schema: the same parameters under the same names, with
 * the same types, limits, descriptions and examples, in the form a JSON client sends. A comma list
 * (city=wuwei,zhangye) becomes the array it is read into; a true/false word becomes a boolean. The
 * API validates every request again, so a rule only a string form can carry (sort's "each field
 * once") still holds: breaking it is a tool error with the API's problem detail.
 */
import { z } from 'zod';
import { LIST_SEPARATOR } from '../resources/schemas.ts';
import { describedOverMcp } from './lists.ts';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  coerce?: boolean;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const NO_COMMA = 'no element may hold a comma (, ， or 、)';

/** The JSON form of one query parameter. */
export function toolParameter(parameter: z.ZodType, fallback?: unknown): z.ZodType {
  const meta: Record<string, unknown> = { ...(z.globalRegistry.get(parameter) ?? {}) };
  let inner = parameter;
  let optional = false;
  let fallbackValue = fallback;
  if (defOf(inner).type === 'optional') {
    optional = true;
    inner = defOf(inner).innerType as z.ZodType;
  }
  if (defOf(inner).type === 'default') {
    fallbackValue ??= defOf(inner).defaultValue;
    inner = defOf(inner).innerType as z.ZodType;
  }
  let json: z.ZodType = inner;
  const def = defOf(inner);
  if (def.type === 'pipe' && def.out && defOf(def.out).type === 'array') {
    // One value an element: the query joins them with commas, so an element holding one would be read as several.
    json = (def.out as z.ZodArray).refine((values) => values.every((v) => !LIST_SEPARATOR.test(String(v))), {
      message: `one value an element: ${NO_COMMA}`,
    });
    // An array in JSON: its description no longer says commas, its example is an array.
    if (typeof meta.description === 'string')
      meta.description = meta.description
        .replace(/[,;] comma-separated(?=[\s.:,;]|$)/, '')
        // An example written as the query string writes it (city,unit) is an array here: ["city","unit"].
        .replace(/For example: ([^\s.]+)\.$/, (_, list: string) => `For example: ${JSON.stringify(list.split(','))}.`)
        // Said before its example, which ends it.
        .replace(/(?= For example: )|$/, ` One value an element: ${NO_COMMA}.`);
    if (typeof meta.example === 'string') meta.example = meta.example.split(',');
  } else if (def.type === 'number' && def.coerce) {
    // The query's number is text the API reads as one; a JSON client sends a number: "0x7e7", true or null is none.
    const number = inner as z.ZodNumber;
    json = number.clone({ ...number.def, coerce: false });
  } else if (
    def.type === 'pipe' &&
    def.in &&
    defOf(def.in).type === 'enum' &&
    Object.keys(defOf(def.in).entries ?? {})
      .sort()
      .join() === 'false,true'
  ) {
    json = z.boolean();
  }
  // The API's lists it points to, as a client with no GET finds them.
  if (typeof meta.description === 'string') meta.description = describedOverMcp(meta.description);
  json = json.meta(meta);
  if (fallbackValue !== undefined) return json.default(fallbackValue as never);
  return optional ? json.optional() : json;
}

/**
 * The input shape of a tool from a query schema's shape: every parameter but those left out (format:
 * a tool answers JSON), with the tool's own defaults where they differ (a smaller page).
 */
export function toolInput(
  shape: Record<string, z.ZodType>,
  { omit = ['format'], defaults = {} }: { omit?: string[]; defaults?: Record<string, unknown> } = {},
): Record<string, z.ZodType> {
  return Object.fromEntries(
    Object.entries(shape)
      .filter(([name]) => !omit.includes(name))
      .map(([name, parameter]) => {
        const input = toolParameter(parameter, defaults[name]);
        // A page's text grows with its rows: what a model asks for must fit its context (MCP hosts cut long results).
        if (name !== 'limit') return [name, input];
        const inner = (input as z.ZodDefault<z.ZodType>).def?.innerType as z.ZodType | undefined;
        return [name, input.describe(`${input.description ?? inner?.description ?? ''} ${PAGE_SIZE_NOTE}`.trim())];
      }),
  );
}

/** How much text a row costs a model, said beside every tool's limit. */
const PAGE_SIZE_NOTE =
  'A row of the text answer runs to a few hundred characters (every indicator at once, about 90,000): ask for a page a context holds, and page on with offset.';

/** The query string of a tool's arguments, as the API reads it: arrays as comma lists, in the order given. */
export function toQueryString(args: Record<string, unknown>): string {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    pairs.push([name, Array.isArray(value) ? value.join(',') : String(value)]);
  }
  const query = new URLSearchParams(pairs).toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * A query string's parameters as a tool's arguments (toQueryString's inverse), each in its tool form: a comma list an
 * array, true/false a boolean, a number a number, anything else the text given (q stays "资金", not ["资金"]: rev36).
 */
export function argumentsOf(query: URLSearchParams, shape: Record<string, z.ZodType>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [name, value] of query) {
    const parameter = shape[name];
    let json = parameter ? toolParameter(parameter) : undefined;
    while (json && ['optional', 'default'].includes(defOf(json).type)) json = defOf(json).innerType;
    const type = json ? defOf(json).type : 'string';
    args[name] = type === 'array' ? value.split(',') : type === 'boolean' ? value === 'true' : type === 'number' ? Number(value) : value;
  }
  return args;
}
