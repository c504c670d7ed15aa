/**
 * The layout the README's map promises, checked over the source files as they are: files small
 * enough to read whole, routes and pages with no SQL, queries with no HTTP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(dir, name));
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** SQL of its own: the database drivers, a prepared statement, or a statement's text in a string. */
const SQL =
  /from 'drizzle-orm|from 'better-sqlite3'|\.prepare\(|\bsql`|['"`]\s*(select\s[^'"`]*\sfrom\s|insert\s+into\s|delete\s+from\s|update\s+\w+\s+set\s)/i;
const HTTP = /from 'fastify|from '@fastify\//;

describe('the source layout', () => {
  const files = sourceFiles('src');

  it('gives every test file its app through test/helper.ts, which closes its database too (arch15)', () => {
    // query-plans.test.ts builds apps that record their statements, and closes each app and database itself.
    const own = readdirSync(join(ROOT, 'test'))
      .filter((name) => /\.tsx?$/.test(name) && !['helper.ts', 'query-plans.test.ts'].includes(name))
      .filter((name) => /\bbuildApp\(/.test(read(join('test', name))));
    expect(own).toEqual([]);
  });

  it('finds the source files it checks', () => {
    expect(files).toContain(join('src', 'app.ts'));
    expect(files.some((f) => f.startsWith(join('src', 'routes')))).toBe(true);
  });

  it("has no file under src/ over 300 lines, the pages' stylesheets and script included", () => {
    const written = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(tsx?|css|js)$/.test(name))
      .map((name) => join('src', name));
    expect(written).toContain(join('src', 'pages', 'static', 'ledger', '1-base.css'));
    const long = written.map((f) => [relative(ROOT, join(ROOT, f)), read(f).split('\n').length - 1] as const).filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it('keeps SQL out of routes (each route folder’s index.ts, and src/routes/*.ts) and pages', () => {
    const routes = files.filter(
      (f) => /^src[/\\]routes[/\\]([^/\\]+[/\\]index|[^/\\]+)\.ts$/.test(f) || f.startsWith(join('src', 'pages')),
    );
    expect(routes).toContain(join('src', 'routes', 'check', 'index.ts'));
    const withSql = routes.filter((f) => SQL.test(read(f)));
    expect(withSql).toEqual([]);
    // What it looks for, it finds: a query module's statements.
    expect(SQL.test(read(join('src', 'routes', 'check', 'lexicon.ts')))).toBe(true);
  });

  it("keeps a route folder's SQL in the modules the README names: query.ts, and /check's lexicon, measure and direction", () => {
    const named = /^src[/\\]routes[/\\]([^/\\]+[/\\]query|check[/\\](lexicon|measure|direction))\.ts$/;
    const withSql = files.filter((f) => f.startsWith(join('src', 'routes')) && SQL.test(read(f)));
    expect(withSql.length).toBeGreaterThan(4);
    expect(withSql.filter((f) => !named.test(f))).toEqual([]);
  });

  it('keeps HTTP out of queries and the database layer', () => {
    const queries = files.filter(
      (f) => /[/\\]query\.ts$/.test(f) || f.startsWith(join('src', 'db')) || f.startsWith(join('src', 'domain')),
    );
    const withHttp = queries.filter((f) => HTTP.test(read(f)));
    expect(withHttp).toEqual([]);
  });

  it('imports nothing upward: domain, db, resources and http below routes, pages, the MCP server, the app and seed/', () => {
    // Each layer, and the folders it may not import from (README, "Layout"); seed/ (the build, which
    // writes through resources) is above them all. Imports made at run time (import('…')) count too.
    const above: [string, string[]][] = [
      ['domain', ['db', 'resources', 'http', 'routes', 'pages', 'mcp', 'dataset', 'citations', 'seed']],
      ['db', ['resources', 'http', 'routes', 'pages', 'mcp', 'dataset', 'citations', 'seed']],
      ['resources', ['http', 'routes', 'pages', 'mcp', 'seed']],
      ['http', ['routes', 'pages', 'mcp', 'seed']],
    ];
    /** The folder an import lands in: under src/, its first folder there; elsewhere, its first folder in the project. */
    const folderOf = (file: string, specifier: string) => {
      const [top, under] = relative(ROOT, join(ROOT, file, '..', specifier)).split(/[/\\]/);
      return top === 'src' ? under : top;
    };
    const upward = above.flatMap(([layer, higher]) =>
      files
        .filter((f) => f.startsWith(join('src', layer)))
        .flatMap((f) =>
          [...read(f).matchAll(/(?:from |import\()'(\.[^']+)'/g)]
            .map((m) => folderOf(f, m[1]))
            .filter((folder) => higher.includes(folder))
            .map((folder) => `${f} imports from ${folder}`),
        ),
    );
    expect(upward).toEqual([]);
  });
});

describe('a record type', () => {
  // Written three times (seed/records.ts, the drizzle table, src/resources/): a field left out of the API's schema
  // would be dropped from JSON, CSV and the data package without a word (arch15), so the three are compared here.
  it('serves every field its seed record and its table hold', async () => {
    const { getTableColumns } = await import('drizzle-orm');
    const seed = await import('../seed/records.ts');
    const { RESOURCES } = await import('../src/resources/index.ts');
    const seedOf: Record<string, { shape: object }> = {
      city: seed.cityRecord,
      metric: seed.metricRecord,
      scope: seed.scopeRecord,
      initiative: seed.initiativeRecord,
      indicator: seed.indicatorRecord,
      complaint: seed.complaintRecord,
      project: seed.projectRecord,
      source: seed.sourceRecord,
      passage: seed.passageRecord,
    };
    expect(RESOURCES.map((r) => r.type).sort()).toEqual(Object.keys(seedOf).sort());
    for (const resource of RESOURCES) {
      const served = Object.keys((resource.item as unknown as { shape: object }).shape);
      const unserved = (fields: string[]) => fields.filter((f) => !served.includes(f));
      expect(unserved(Object.keys(getTableColumns(resource.table))), `${resource.type}: columns not served`).toEqual([]);
      expect(unserved(Object.keys(seedOf[resource.type].shape)), `${resource.type}: seed fields not served`).toEqual([]);
    }
  });
});
