/**
 * The one way tests get an app: the real seed's database (built once for the run by
 * test/global-setup.ts), opened read-only, through buildApp; the app and its database are closed
 * when the file's tests are done.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { type App, type AppOptions, buildApp } from '../src/app.ts';
import { type Db, openDatabase } from '../src/db/open.ts';

export type TestAppOptions = Omit<AppOptions, 'db'> & { databasePath?: string };

/** Builds an app over its own read-only connection; `close` closes both. */
export async function openApp({ databasePath, ...options }: TestAppOptions = {}): Promise<App & { closeAll: () => Promise<void> }> {
  const db: Db = openDatabase(databasePath ?? inject('databasePath'));
  // Load shedding and the checks' share of time off: a busy test machine must not turn answers into 503s (test/safety.test.ts covers them).
  const app = await buildApp({ db, maxEventLoopDelay: 0, checkCpuPercent: 0, ...options });
  return Object.assign(app, {
    closeAll: async () => {
      await app.close();
      db.$client.close();
    },
  });
}

/** An app for the whole file: built before its first test, closed with its database after its last. */
export function useApp(options: TestAppOptions = {}): () => App {
  let app: Awaited<ReturnType<typeof openApp>> | undefined;
  beforeAll(async () => {
    app = await openApp(options);
  });
  afterAll(async () => {
    await app?.closeAll();
  });
  return () => {
    if (!app) throw new Error('the app is built in beforeAll: use it inside a test');
    return app;
  };
}

/** An app for one test: built, handed to `use`, and closed whatever happens. */
export async function withApp<T>(options: TestAppOptions, use: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(options);
  try {
    return await use(app);
  } finally {
    await app.closeAll();
  }
}

/** GET a path and parse the JSON answer. */
export async function getJson(app: App, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  return { response, body: response.headers['content-type']?.toString().includes('json') ? response.json() : undefined };
}
