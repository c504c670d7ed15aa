/**
 * What an article holds besides its passages, for reading it whole: its text as received (the file
 * under seed/sources, served only while its bytes still have the SHA-256 the database recorded, for
 * the quotes' offsets count its code points), the digit runs that are not statistics, and the
 * reviewed readings of characters the Simplified conversion gets wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CACHES } from '../config.ts';
import { Lru } from '../lru.ts';
import type { Db } from './open.ts';
import { rows } from './statements.ts';
import { DEFAULT_SEED_DIR } from './version.ts';

export type Exclusion = { start: number; end: number; text: string; reason: string; note: string | null; note_zh: string | null };
export type Reading = { start: number; end: number; text: string; reading: string; note: string };

/** The articles read, by file and hash: bounded, as a database rebuilt under a running server brings new hashes. */
const texts = new Lru<string>(CACHES.articleTexts);

/**
 * An article file that is not the one the database was built from: seed/ changed under a running
 * server (a `git pull` before the restart that rebuilds the database), whose quotes' offsets would
 * point into other text.
 */
export class ArticleChangedError extends Error {}

/**
 * The article's text as received, or an error saying why it cannot be served. Read once per file, hash and the file's
 * size and modification time: a file changed on disk after it was read is read again and refused, as one never read is.
 */
export function articleText(source: { id: string; file: string; sha256: string }, seedDir = DEFAULT_SEED_DIR): string {
  const path = join(seedDir, 'sources', source.file);
  let bytes: Buffer;
  let key: string;
  try {
    const { size, mtimeMs } = statSync(path);
    key = `${path}\0${source.sha256}\0${size}\0${mtimeMs}`;
    const known = texts.get(key);
    if (known !== undefined) return known;
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ArticleChangedError(`article ${source.id} is no longer on disk`);
    throw error;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== source.sha256) throw new ArticleChangedError(`article ${source.id} on disk is not the one the database was built from`);
  const text = bytes.toString('utf8');
  texts.set(key, text);
  return text;
}

/** The digit runs of an article that are not statistics, in order, each with its reason. */
export const exclusionsOf = (db: Db, source: string): Exclusion[] =>
  rows<Exclusion>(db, 'select start, "end", text, reason, note, note_zh from exclusions where source = ? order by start', [source]);

/** The reviewed readings of an article's characters, in order. */
export const readingsOf = (db: Db, source: string): Reading[] =>
  rows<Reading>(db, 'select start, "end", text, reading, note from readings where source = ? order by start', [source]);

/**
 * The other indicators quoted from the same passages as this one: the growth, share or rank of a
 * figure, its parts and its whole are written in the sentence that gives it. Read through the
 * evidence table's passage index (CROSS JOIN keeps that order), never the whole table.
 */
export const indicatorsQuotedWith = (db: Db, id: string): string[] =>
  rows<{ id: string }>(
    db,
    `select distinct other.record_id as id from evidence as mine cross join evidence as other on other.passage = mine.passage
      where mine.record_type = 'indicator' and mine.record_id = ? and +other.record_type = 'indicator' and other.record_id <> ?
      order by other.record_id`,
    [id, id],
  ).map((r) => r.id);

/** The records that quote a passage, by type, in id order (the evidence table's passage index). */
export const recordsQuoting = (db: Db, passage: string): { record_type: string; record_id: string }[] =>
  rows(db, 'select record_type, record_id from evidence where passage = ? order by record_type, record_id', [passage]);
