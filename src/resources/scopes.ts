/** Scopes (口径): how a figure narrows what its metric defines; /compare compares one scope at a time. */
import { z } from 'zod';
import { scopes } from '../db/schema.ts';
import { defineResource } from './resource.ts';
import { listSchema, pageQuery } from './schemas.ts';

const scopeSchema = z
  .object({
    key: z.string().describe("The scope's key, as indicators and /compare name it.").meta({ example: 'out_of_province' }),
    name_zh: z.string().describe('Its name in Chinese.'),
    name_en: z.string().describe('Its name in English.'),
    definition_en: z.string().describe('What the figures of this scope count, in English.'),
    definition_zh: z.string().describe('The same, in Chinese.'),
  })
  .meta({ id: 'Scope' });

export type Scope = z.output<typeof scopeSchema>;

const query = z.strictObject({ ...pageQuery });

export const scopeResource = defineResource({
  type: 'scope',
  vocabulary: 'scope',
  path: 'scopes',
  table: scopes,
  key: 'key',
  describes: 'A scope (口径): how a figure narrows what its metric defines (out of province only, one department, new projects only …).',
  item: scopeSchema,
  list: listSchema(scopeSchema, 'Scope'),
  query,
  ask: () => ({ where: [], sort: [] }),
  operations: {
    list: {
      operationId: 'listScopes',
      tags: ['metrics'],
      summary: 'The scopes (口径) by which a figure narrows its metric',
      description: "An indicator's scope is null when it is the metric exactly. /compare compares figures of one scope.",
    },
    get: { operationId: 'getScope', tags: ['metrics'], summary: 'One scope (口径): what its figures count' },
  },
});
