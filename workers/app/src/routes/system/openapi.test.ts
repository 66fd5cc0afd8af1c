import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with every /v1 route, its schemas and the error body', async () => {
    const res = await SELF.fetch('http://example.com/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/v1/me'].get.operationId).toBe('getMe');
    expect(doc.paths['/v1/me'].get.responses['401'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    expect(doc.components.schemas.Me).toBeDefined();
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe('bearer');
    expect(doc.paths['/docs']).toBeUndefined();
    // The redirect is answered before the router, and documented all the same.
    expect(doc.paths['/l/{code}'].get.operationId).toBe('openLink');
    expect(Object.keys(doc.paths['/l/{code}'].get.responses)).toEqual(['302', '404', '405', '410', '503']);
    expect(doc.paths['/l/{code}'].head.responses['302'].headers['Set-Cookie']).toBeUndefined();
  });

  it('serves the error code table and the reference page', async () => {
    const errors = await SELF.fetch('http://example.com/docs/errors');
    expect(await errors.text()).toContain('id="validation_failed"');
    const docs = await SELF.fetch('http://example.com/docs');
    expect(await docs.text()).toContain('data-url="/openapi.json"');
  });
});
