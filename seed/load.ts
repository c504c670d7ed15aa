/**
 * Reads seed/data and seed/sources into memory, parsing each row with its
 * zod schema. Shape problems are collected, never thrown one at a time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { aboutSchema } from '../src/dataset/about.ts';
import { DEFAULT_SEED_DIR } from '../src/db/version.ts';
import type { Problem } from './problems.ts';
import { publishedSchema } from './published.ts';
import { SEED_FILES, type SeedData } from './records.ts';

/** Where an offset of a text is, as an editor shows it: line and column from 1, a column a character. */
function placeOf(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  const around = JSON.stringify(text.slice(Math.max(0, offset - 24), offset + 24));
  return `line ${lines.length}, column ${Array.from(lines[lines.length - 1]).length + 1} (${around})`;
}

/** The first key an object gives twice: JSON.parse keeps the last one, so an edit above it would be lost. */
function keyGivenTwice(node: Node | undefined): Node | undefined {
  if (node === undefined) return undefined;
  if (node.type === 'object') {
    const keys = new Set<unknown>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key && keys.has(key.value)) return key;
      keys.add(key?.value);
    }
  }
  for (const child of node.children ?? []) {
    const twice = keyGivenTwice(child);
    if (twice) return twice;
  }
  return undefined;
}

/**
 * A seed file's JSON, strictly (no comments, no trailing comma, no key twice in an object), or an error
 * that says where the first fault is by line and column: JSON.parse says a character position on
 * Node 24 and only the text around it on Node 20.
 */
export function parseSeedJson(text: string): unknown {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (first) {
    const what = printParseErrorCode(first.error)
      .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
      .toLowerCase();
    // The commonest fault of a hand-edited list: a comma after its last item.
    const trailing = /,\s*$/.test(text.slice(0, first.offset)) && /^[\]}]/.test(text.slice(first.offset));
    throw new Error(
      `${placeOf(text, first.offset)}: not JSON: ${what}${trailing ? ' (a comma before the closing bracket: JSON takes none after the last item)' : ''}`,
    );
  }
  const twice = keyGivenTwice(tree);
  if (twice) throw new Error(`${placeOf(text, twice.offset)}: "${twice.value}" is given twice in one object; JSON keeps only the last`);
  return tree === undefined ? undefined : getNodeValue(tree);
}

export function loadSeed(seedDir: string = DEFAULT_SEED_DIR): { data: SeedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = { articles: new Map<string, string>(), digests: new Map<string, string>() } as SeedData;
  for (const [name, { schema, key }] of Object.entries(SEED_FILES)) {
    const file = `data/${name}.json`;
    let rows: unknown[] = [];
    try {
      const parsed = parseSeedJson(readFileSync(join(seedDir, file), 'utf8'));
      if (!Array.isArray(parsed)) throw new Error('the file must hold a JSON array');
      rows = parsed;
    } catch (error) {
      problems.push({ file, id: '-', field: '-', reason: (error as Error).message });
    }
    const valid: unknown[] = [];
    rows.forEach((row, index) => {
      const rowId = key && row && typeof row === 'object' ? String((row as Record<string, unknown>)[key] ?? `#${index}`) : `#${index}`;
      const result = schema.safeParse(row);
      if (result.success) valid.push(result.data);
      for (const issue of result.error?.issues ?? []) {
        problems.push({ file, id: rowId, field: issue.path.join('.') || '-', reason: issue.message });
      }
    });
    (data as Record<string, unknown>)[name] = valid;
  }
  const readObject = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    try {
      const parsed = schema.safeParse(parseSeedJson(readFileSync(join(seedDir, file), 'utf8')));
      for (const issue of parsed.error?.issues ?? [])
        problems.push({ file, id: '-', field: issue.path.join('.') || '-', reason: issue.message });
      return parsed.data;
    } catch (error) {
      problems.push({ file, id: '-', field: '-', reason: (error as Error).message });
    }
  };
  const about = readObject('dataset.json', aboutSchema);
  if (about) data.about = about;
  // Unread, it stays undefined: its problem is reported, and no check reads an empty ledger as the truth.
  data.published = readObject('data/published.json', publishedSchema);
  for (const source of data.sources) {
    try {
      const bytes = readFileSync(join(seedDir, 'sources', source.file));
      data.digests.set(source.id, createHash('sha256').update(bytes).digest('hex'));
      data.articles.set(source.id, bytes.toString('utf8'));
    } catch (error) {
      problems.push({ file: 'data/sources.json', id: source.id, field: 'file', reason: (error as Error).message });
    }
  }
  return { data, problems };
}
