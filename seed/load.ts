/**
 * Reads seed/data and seed/sources into memory, parsing each row with its
 * zod schema. Shape problems are collected, never thrown one at a time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutSchema } from '../src/dataset/about.ts';
import { DEFAULT_SEED_DIR } from '../src/db/version.ts';
import type { Problem } from './problems.ts';
import { SEED_FILES, type SeedData } from './records.ts';

export function loadSeed(seedDir: string = DEFAULT_SEED_DIR): { data: SeedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = { articles: new Map<string, string>(), digests: new Map<string, string>() } as SeedData;
  for (const [name, { schema, key }] of Object.entries(SEED_FILES)) {
    const file = `data/${name}.json`;
    let rows: unknown[] = [];
    try {
      const parsed = JSON.parse(readFileSync(join(seedDir, file), 'utf8'));
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
  try {
    const about = aboutSchema.safeParse(JSON.parse(readFileSync(join(seedDir, 'dataset.json'), 'utf8')));
    if (about.success) data.about = about.data;
    for (const issue of about.error?.issues ?? []) {
      problems.push({ file: 'dataset.json', id: '-', field: issue.path.join('.') || '-', reason: issue.message });
    }
  } catch (error) {
    problems.push({ file: 'dataset.json', id: '-', field: '-', reason: (error as Error).message });
  }
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
