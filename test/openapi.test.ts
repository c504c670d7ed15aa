/** The public contract: the OpenAPI document validates, and any change to it shows up in review. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { getJson, useApp } from './helper.ts';

const app = useApp();

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(body))).resolves.toBeDefined();
  });

  it('gives every operation an operationId and a tag', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    const operations = Object.values(body.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>).flatMap((p) =>
      Object.values(p),
    );
    const paths = Object.keys(body.paths);
    for (const path of [
      '/',
      '/healthz',
      '/cities',
      '/cities/{slug}',
      '/cities/{slug}/indicators',
      '/cities/{slug}/initiatives',
      '/cities/{slug}/complaints',
      '/indicators',
      '/indicators/{id}',
      '/initiatives',
      '/initiatives/{id}',
      '/complaints',
      '/complaints/{id}',
      '/sources',
      '/sources/{id}',
      '/passages/{id}',
      '/metrics',
    ]) {
      expect(paths).toContain(path);
    }
    for (const op of operations) {
      expect(op.operationId).toBeTruthy();
      expect(op.tags?.length).toBeGreaterThan(0);
    }
  });

  it('matches the snapshot of the public contract', async () => {
    const { body } = await getJson(app(), '/openapi.json');
    body.info.version = '<dataset version>';
    await expect(JSON.stringify(body, null, 2)).toMatchFileSnapshot('./__snapshots__/openapi.json');
  });

  it('/docs serves Swagger UI', async () => {
    const response = await app().inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });
});
