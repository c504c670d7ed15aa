/** Builds the database from the real seed once for the whole run; each test file opens it read-only. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDatabase } from '../seed/build.ts';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-test-'));
  const { path } = buildDatabase(join(dir, 'ledger.db'));
  project.provide('databasePath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databasePath: string;
  }
}
