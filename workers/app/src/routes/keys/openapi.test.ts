import { generateSpecs } from 'hono-openapi';
import { describe, expect, it } from 'vitest';
import { routes } from '../index';

describe('API keys in the OpenAPI document', () => {
  it('describes every key operation with its scope, body and response schemas', async () => {
    // The operations as the routes declare them (GET /openapi.json itself is tested in routes/system).
    const doc = (await generateSpecs(routes, { defaultValidationErrorResponse: false })) as any;
    const ops = {
      createApiKey: doc.paths['/v1/keys'].post,
      listApiKeys: doc.paths['/v1/keys'].get,
      getApiKey: doc.paths['/v1/keys/{id}'].get,
      revokeApiKey: doc.paths['/v1/keys/{id}/revoke'].post,
      rotateApiKey: doc.paths['/v1/keys/{id}/rotate'].post,
    };
    for (const [id, op] of Object.entries(ops)) {
      expect(op.operationId).toBe(id);
      expect(op.description).toMatch(/Requires scope `keys:(read|write)`/);
      expect(op.responses['401']).toBeDefined();
    }
    expect(ops.rotateApiKey.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/RotateApiKey');
    expect(ops.createApiKey.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateApiKey');
    expect(ops.createApiKey.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/CreatedApiKey');
    expect(ops.rotateApiKey.responses['409']).toBeDefined();
    const create = doc.components.schemas.CreateApiKey;
    expect(create.required).toEqual(['name', 'scopes']);
    expect(create.properties.scopes.items.enum).toContain('keys:write');
    expect(doc.components.schemas.ApiKey.properties).not.toHaveProperty('hash');
    expect(doc.components.schemas.ApiKeyPage.properties.data.items.$ref).toBe('#/components/schemas/ApiKey');
  });
});
