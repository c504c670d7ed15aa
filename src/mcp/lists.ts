/**
 * Where an MCP client, which has no GET, finds each list of the API that a text points to: the
 * vocabularies served as resources (ledger://metrics …), the rest through a tool. One table for the
 * resources themselves, the tools' parameter descriptions and the problems' texts.
 */

/** The vocabularies a tool's arguments take, each served whole as a resource of the API's list. */
export const VOCABULARY_RESOURCES = [
  {
    name: 'metrics',
    title: 'The metric vocabulary',
    description: 'Every measure the indicators use: key, names, definitions and base unit (/metrics).',
  },
  {
    name: 'cities',
    title: 'The areas',
    description:
      'Every area (province, prefectures, counties, districts, zones): slug, names in Chinese and English, level and the area above it (/cities).',
  },
  {
    name: 'scopes',
    title: 'The scopes (口径)',
    description: 'Every scope a figure may be narrowed to: key, names and definitions (/scopes).',
  },
] as const;

const OVER_MCP: [path: string, where: string][] = [
  ...VOCABULARY_RESOURCES.map(({ name }): [string, string] => [`/${name}`, `the resource ledger://${name}`]),
  ['/projects', 'the search tool with type project'],
  ['/initiatives', 'the search tool with type initiative'],
  ['/complaints', 'the search tool with type complaint'],
  ['/sources', 'the resources ledger://sources/000 to 004'],
];

/** The parameters a text tells a reader to give, which a tool takes as arguments, each as a text gives it (scope=x). */
const ARGUMENTS = 'scope|cities|within|metric|city|year|unit|source|initiative|complaint|type|sort|q';
const ARGUMENT_GIVEN = new RegExp(`(?<=[\\s(])(${ARGUMENTS})=([\\w-]+(?:[.,][\\w-]+)*)?(?![\\p{L}\\p{N}_=&,-]|\\.\\w)`, 'gu');
/** Parameters a text joins as a query's (metric=x&scope=y, outside a path): each an argument, joined by "with" (mcp18). */
const ARGUMENTS_JOINED = new RegExp(`(?<=[\\s(])(?:${ARGUMENTS})=[\\w.,-]+(?:&(?:${ARGUMENTS})=[\\w.,-]+)+`, 'gu');

/**
 * A query parameter a text names (compare it with scope=out_of_province; give cities= or within=) as a tool's
 * argument is written (scope: "out_of_province"; cities or within); not one inside a path's query (/compare?scope=…).
 */
const asArguments = (text: string) =>
  // Outside quotation marks, where a problem quotes back the value it was given (no city "wu wei=x").
  text
    .split(/("[^"]*"|“[^”]*”)/)
    .map((part, k) =>
      k % 2 === 1
        ? part
        : part
            .replace(ARGUMENTS_JOINED, (joined) => joined.replaceAll('&', ' with '))
            .replace(ARGUMENT_GIVEN, (_, name: string, value?: string) =>
              value === undefined ? name : `${name}: ${JSON.stringify(value.includes(',') ? value.split(',') : value)}`,
            ),
    )
    .join('');

/** A parameter's description with each list it names ((/scopes), a key of /scopes) named as a client reaches it. */
export const describedOverMcp = (text: string) =>
  asArguments(
    OVER_MCP.reduce((said, [path, where]) => said.replace(new RegExp(`(?<=[\\s(])${path}(?![\\w/])`, 'g'), where), text)
      // A tool answers no CSV: what a parameter does to one is nothing to it.
      .replace(/ In CSV, [^.]*\./g, ''),
  );

/** A problem's detail with each list it sends the reader to (see /metrics) followed by where a client finds it. */
export const saidOverMcp = (text: string) =>
  asArguments(
    OVER_MCP.reduce((said, [path, where]) => said.replace(new RegExp(`see ${path}\\b`, 'g'), `see ${path} (here: ${where})`), text),
  );
