/**
 * The OpenAPI document served by the running Worker is a valid OpenAPI 3.1 document (checked against the official
 * schema by an independent validator), and every /v1 route the Worker answers is in it.
 */
import { describe, expect, inject, test } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';

const baseURL = inject('baseURL');

describe('GET /openapi.json', () => {
  test('validates as OpenAPI 3.1 and documents every /v1 operation with schemas and security', async () => {
    const res = await fetch(`${baseURL}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.valid, JSON.stringify(result.errors, null, 2)?.slice(0, 4000)).toBe(true);
    expect(validator.version).toBe('3.1');

    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    const v1 = operations.filter((o) => o.path.startsWith('/v1/'));
    expect(v1.length).toBeGreaterThan(40);
    for (const { path, method, op } of v1) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toBeTruthy();
      expect(op.security?.length, `${where} has security`).toBeGreaterThan(0);
      expect(op.responses['401'], `${where} documents 401`).toBeDefined();
      if (['post', 'put', 'patch'].includes(method) && op.requestBody) {
        expect(Object.keys(op.requestBody.content ?? {}).length, `${where} request schema`).toBeGreaterThan(0);
      }
    }
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size, 'operationIds are unique').toBe(ids.length);
  });
});
