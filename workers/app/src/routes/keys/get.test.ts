import { describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

describe('GET /v1/keys/{id}', () => {
  it('answers one key without its secret or hash', async () => {
    const t = await createTenant(db());
    const k = await createApiKey(db(), t.org.id, { name: 'reporting', scopes: ['orders:read'] });
    const res = await call('GET', `/v1/keys/${k.id}`, { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      id: k.id,
      name: 'reporting',
      start: k.start,
      scopes: ['orders:read'],
      createdAt: k.createdAt,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      rotatedFrom: null,
    });
    expect(res.text).not.toContain(k.key);
  });

  it('answers 404 for an unknown id and 400 for an absurd one', async () => {
    const t = await createTenant(db());
    const missing = await call('GET', '/v1/keys/key_00000000000000000000000000', { key: t.key });
    expect(missing.status, missing.text).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const long = await call('GET', `/v1/keys/${'k'.repeat(65)}`, { key: t.key });
    expect(long.status, long.text).toBe(400);
    expect(long.body.error.path).toBe('id');
  });
});
