/**
 * Writes src/domain/unicode61.ts: the code points outside ASCII that SQLite's unicode61 tokenizer, as
 * built into better-sqlite3, treats as separators, asked of SQLite itself. Each code point c goes into
 * an FTS5 table as the document `a` c `a`; where c separates tokens the document holds the token `a`.
 * Run it again when better-sqlite3 (and so SQLite) changes; test/domain.test.ts fails until then.
 *
 *   npx tsx scripts/unicode61-separators.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The separators among the code points given, by SQLite's unicode61 with the search tables' options. */
export function unicode61Separators(codePoints: Iterable<number>): Set<number> {
  const db = new Database(':memory:');
  db.exec("create virtual table t using fts5(c, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('insert into t (rowid, c) values (?, ?)');
  db.transaction(() => {
    for (const cp of codePoints) insert.run(cp, `a${String.fromCodePoint(cp)}a`);
  })();
  const separators = new Set(db.prepare("select rowid from t where t match 'a'").pluck().all() as number[]);
  db.close();
  return separators;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all: number[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all.push(cp);
  const separators = unicode61Separators(all);
  const ranges: [number, number][] = [];
  for (const cp of all) {
    if (!separators.has(cp)) continue;
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const items = ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`));
  const lines: string[] = [];
  for (let k = 0; k < items.length; k += 10) lines.push(items.slice(k, k + 10).join(' '));
  const version = new Database(':memory:').prepare('select sqlite_version()').pluck().get() as string;
  writeFileSync(
    join(ROOT, 'src/domain/unicode61.ts'),
    `/**
 * The code points outside ASCII that SQLite's unicode61 tokenizer (SQLite ${version}, as built into
 * better-sqlite3; remove_diacritics 2) treats as separators: ${separators.size.toLocaleString('en-US')} of them, in ${ranges.length} ranges of hex
 * code points, ascending. Everything else is part of a token, code points its Unicode 6.1 tables
 * leave unassigned included. Written by \`npx tsx scripts/unicode61-separators.ts\`, which asks SQLite;
 * test/domain.test.ts checks it against SQLite; \`isUnicode61Separator\` in chinese-search.ts reads it.
 */
export const UNICODE61_SEPARATORS = \`
${lines.join('\n')}
\`;
`,
  );
  console.log(`src/domain/unicode61.ts: ${separators.size} separators in ${ranges.length} ranges (SQLite ${version})`);
}
