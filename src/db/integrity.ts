/**
 * Whether a database file is the one its build wrote: the build records the file's SHA-256 beside
 * it (`<file>.sha256`), and a server compares it before it serves the file. A served file is never
 * written to, so any change, a damaged disk block or a truncation, shows in the digest.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';

const digestPath = (database: string) => `${database}.sha256`;

/** SHA-256 of a file, read in large blocks into one reused buffer (not a stream, which makes a new buffer of each small chunk). */
function fileDigest(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Records the digest of a database file just built. */
export function recordDigest(database: string): void {
  writeFileSync(digestPath(database), `${fileDigest(database)}\n`);
}

/** Why a database file is not the one its build wrote, or null when it is. */
export function damage(database: string): string | null {
  if (!existsSync(digestPath(database))) return 'without the digest its build records';
  const expected = readFileSync(digestPath(database), 'utf8').trim();
  const actual = fileDigest(database);
  return actual === expected ? null : `damaged: its SHA-256 is ${actual.slice(0, 12)}…, its build recorded ${expected.slice(0, 12)}…`;
}
