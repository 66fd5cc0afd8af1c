import { afterEach, describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { overrideServices } from '../../middleware/init';
import { call, db } from '../../../test/security';
import { auditOf, countKeys, keyRow } from './test-helpers';

const DAY = 86_400_000;
/** Runs the app with its clock at `now`. */
const at = (now: number) => overrideServices((s) => ({ ...s, clock: { now: () => now } }));
afterEach(() => overrideServices(undefined));

describe('POST /v1/keys/{id}/rotate', () => {
  it('issues a successor and keeps the old key working for the default overlap of a day', async () => {
    const t = await createTenant(db());
    const old = await createApiKey(db(), t.org.id, { name: 'shop sync', scopes: ['orders:write', 'catalog:read'] });
    const now = Date.now();
    at(now);
    const res = await call('POST', `/v1/keys/${old.id}/rotate`, { key: t.key, body: {} });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ name: 'shop sync', scopes: ['orders:write', 'catalog:read'], rotatedFrom: old.id, expiresAt: null });
    expect(res.body.key).toMatch(/^xpk_/);
    expect(res.body.id).not.toBe(old.id);
    expect((await keyRow(old.id)).expiresAt).toBe(now + DAY);
    at(now + DAY - 1);
    expect((await call('GET', '/v1/me', { key: old.key })).status).toBe(200);
    at(now + DAY);
    expect((await call('GET', '/v1/me', { key: old.key })).status).toBe(401);
    expect((await call('GET', '/v1/me', { key: res.body.key })).status).toBe(200);
    const audit = await auditOf(t.org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'api_key.rotated', targetId: old.id, data: { newKeyId: res.body.id, overlapSeconds: 86_400 } });
  });

  it('with no overlap, retires the old key at once', async () => {
    const t = await createTenant(db());
    const old = await createApiKey(db(), t.org.id);
    const res = await call('POST', `/v1/keys/${old.id}/rotate`, { key: t.key, body: { overlapSeconds: 0 } });
    expect(res.status, res.text).toBe(201);
    expect((await call('GET', '/v1/me', { key: old.key })).status).toBe(401);
    expect((await call('GET', '/v1/me', { key: res.body.key })).status).toBe(200);
  });

  it('keeps an earlier expiry of the old key, and the successor inherits it', async () => {
    const t = await createTenant(db());
    const expiresAt = Date.now() + 3_600_000;
    const old = await createApiKey(db(), t.org.id, { expiresAt });
    const res = await call('POST', `/v1/keys/${old.id}/rotate`, { key: t.key, body: { overlapSeconds: 604_800 } });
    expect(res.status, res.text).toBe(201);
    expect((await keyRow(old.id)).expiresAt).toBe(expiresAt);
    expect(res.body.expiresAt).toBe(expiresAt);
  });

  it('answers 409 for a revoked or an expired key, writing nothing', async () => {
    const t = await createTenant(db());
    const revoked = await createApiKey(db(), t.org.id, { revokedAt: Date.now() - 1 });
    const expired = await createApiKey(db(), t.org.id, { expiresAt: Date.now() - 1 });
    for (const k of [revoked, expired]) {
      const res = await call('POST', `/v1/keys/${k.id}/rotate`, { key: t.key, body: {} });
      expect(res.status, res.text).toBe(409);
      expect(res.body.error.code).toBe('conflict');
    }
    expect(await countKeys(t.org.id)).toBe(3);
    expect(await auditOf(t.org.id)).toHaveLength(0);
  });

  it('refuses to hand a weaker caller the secret of a stronger key', async () => {
    const t = await createTenant(db());
    const weak = await createApiKey(db(), t.org.id, { scopes: ['keys:write'] });
    const res = await call('POST', `/v1/keys/${t.apiKey.id}/rotate`, { key: weak.key, body: {} });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.message).toMatch(/`\w+:(read|write)`/);
    expect(res.text).not.toContain('xpk_');
    expect(await countKeys(t.org.id)).toBe(2);
  });

  it.each([[{ overlapSeconds: -1 }], [{ overlapSeconds: 604_801 }], [{ overlapSeconds: 1.5 }], [{ overlapSeconds: '60' }], [{ overlap: 60 }]])(
    'rejects %j naming the field',
    async (body) => {
      const t = await createTenant(db());
      const res = await call('POST', `/v1/keys/${t.apiKey.id}/rotate`, { key: t.key, body });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(Object.keys(body)[0]);
      expect(await countKeys(t.org.id)).toBe(1);
    },
  );

  it('answers 404 for an unknown key', async () => {
    const t = await createTenant(db());
    const res = await call('POST', '/v1/keys/key_00000000000000000000000000/rotate', { key: t.key, body: {} });
    expect(res.status, res.text).toBe(404);
  });

  it("leaves another organization's key alone", async () => {
    const me = await createTenant(db());
    const other = await createTenant(db());
    const res = await call('POST', `/v1/keys/${other.apiKey.id}/rotate`, { key: me.key, body: {} });
    expect(res.status, res.text).toBe(404);
    expect((await keyRow(other.apiKey.id)).expiresAt).toBeNull();
    expect([await countKeys(me.org.id), await countKeys(other.org.id)]).toEqual([1, 1]);
  });
});
