import { describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { overrideServices } from '../../middleware/init';
import { call, db } from '../../../test/security';
import { auditOf } from './test-helpers';

describe('POST /v1/keys/{id}/revoke', () => {
  it('revokes at once, keeps the first time when repeated, and audits once', async () => {
    const t = await createTenant(db());
    const k = await createApiKey(db(), t.org.id, { scopes: ['catalog:read'] });
    expect((await call('GET', '/v1/me', { key: k.key })).status).toBe(200);
    const first = await call('POST', `/v1/keys/${k.id}/revoke`, { key: t.key });
    expect(first.status, first.text).toBe(200);
    expect(first.body.id).toBe(k.id);
    expect(first.body.revokedAt).toBeTypeOf('number');
    const me = await call('GET', '/v1/me', { key: k.key });
    expect(me.status, me.text).toBe(401);
    const later = first.body.revokedAt + 60_000;
    overrideServices((s) => ({ ...s, clock: { now: () => later } }));
    try {
      const again = await call('POST', `/v1/keys/${k.id}/revoke`, { key: t.key });
      expect(again.status, again.text).toBe(200);
      expect(again.body.revokedAt).toBe(first.body.revokedAt);
    } finally {
      overrideServices(undefined);
    }
    const audit = await auditOf(t.org.id);
    expect(audit.map((a) => [a.action, a.targetId])).toEqual([['api_key.revoked', k.id]]);
  });

  it('lets a key revoke itself', async () => {
    const t = await createTenant(db());
    const res = await call('POST', `/v1/keys/${t.apiKey.id}/revoke`, { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect((await call('GET', '/v1/me', { key: t.key })).status).toBe(401);
  });

  it('answers 404 for an unknown key', async () => {
    const t = await createTenant(db());
    const res = await call('POST', '/v1/keys/key_00000000000000000000000000/revoke', { key: t.key });
    expect(res.status, res.text).toBe(404);
    expect(await auditOf(t.org.id)).toHaveLength(0);
  });

  it("leaves another organization's key alone", async () => {
    const me = await createTenant(db());
    const other = await createTenant(db());
    const res = await call('POST', `/v1/keys/${other.apiKey.id}/revoke`, { key: me.key });
    expect(res.status, res.text).toBe(404);
    expect((await call('GET', '/v1/me', { key: other.key })).status).toBe(200);
    expect(await auditOf(me.org.id)).toHaveLength(0);
  });
});
