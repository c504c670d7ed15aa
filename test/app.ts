/** The one way tests get an app: the real seed's database, opened read-only, through buildApp. */
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';

export async function buildTestApp(options: Omit<AppOptions, 'db'> = {}) {
  // Load shedding off: a busy test machine must not turn answers into 503s (test/safety.test.ts covers it).
  return buildApp({ db: openDatabase(inject('databasePath')), maxEventLoopDelay: 0, ...options });
}

/** GET a path and parse the JSON answer. */
export async function getJson(app: Awaited<ReturnType<typeof buildTestApp>>, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  return { response, body: response.headers['content-type']?.toString().includes('json') ? response.json() : undefined };
}
