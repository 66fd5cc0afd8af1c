import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@xuanpin/core';
import { createApiKey, createSession, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { auditOf, countKeys, keyRow } from './test-helpers';

describe('POST /v1/keys', () => {
  it('creates a key, shows its secret once, stores only its hash, and audits it', async () => {
    const t = await createTenant(db());
    const res = await call('POST', '/v1/keys', { key: t.key, body: { name: ' CI deploy ', scopes: ['catalog:read', 'orders:write'] } });
    expect(res.status, res.text).toBe(201);
    const k = res.body;
    expect(k.key).toMatch(/^xpk_[\w-]{32}$/);
    expect(k.key.startsWith(k.start)).toBe(true);
    expect(k).toMatchObject({ name: 'CI deploy', scopes: ['catalog:read', 'orders:write'], expiresAt: null, revokedAt: null, rotatedFrom: null, lastUsedAt: null });
    expect(k.id).toMatch(/^key_/);
    expect(k).not.toHaveProperty('hash');
    const row = await keyRow(k.id);
    expect(row.hash).toBe(await sha256Hex(k.key));
    expect(JSON.stringify(row)).not.toContain(k.key);
    const me = await call('GET', '/v1/me', { key: k.key });
    expect(me.status, me.text).toBe(200);
    expect(me.body.scopes).toEqual(['catalog:read', 'orders:write']);
    const audit = await auditOf(t.org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'api_key.created', targetId: k.id, actorId: t.apiKey.id, requestId: res.headers.get('x-request-id') });
    expect(JSON.stringify(audit)).not.toContain(k.key);
  });

  it('keeps an expiry in the future', async () => {
    const t = await createTenant(db());
    const expiresAt = Date.now() + 3_600_000;
    const res = await call('POST', '/v1/keys', { key: t.key, body: { name: 'short', scopes: ['catalog:read'], expiresAt } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.expiresAt).toBe(expiresAt);
  });

  it('records the user who created a key through the web session', async () => {
    const t = await createTenant(db());
    const s = await createSession(db(), t.user.id, t.org.id);
    const res = await call('POST', '/v1/keys', {
      body: { name: 'from the console', scopes: ['links:write'] },
      headers: { cookie: `xp_session=${s.token}; xp_csrf=tok`, 'x-csrf-token': 'tok' },
    });
    expect(res.status, res.text).toBe(201);
    expect((await keyRow(res.body.id)).createdBy).toBe(t.user.id);
    expect((await auditOf(t.org.id))[0].actorId).toBe(t.user.id);
  });

  it('refuses to grant a scope the caller does not hold, naming it', async () => {
    const t = await createTenant(db());
    const weak = await createApiKey(db(), t.org.id, { scopes: ['keys:write', 'catalog:write'] });
    const before = await countKeys(t.org.id);
    const res = await call('POST', '/v1/keys', { key: weak.key, body: { name: 'x', scopes: ['catalog:read', 'payouts:write'] } });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.message).toContain('payouts:write');
    expect(await countKeys(t.org.id)).toBe(before);
    // A write scope implies its read scope, so granting `catalog:read` is fine.
    const ok = await call('POST', '/v1/keys', { key: weak.key, body: { name: 'x', scopes: ['catalog:read'] } });
    expect(ok.status, ok.text).toBe(201);
  });

  it.each([
    [{ name: '', scopes: ['catalog:read'] }, 'name'],
    [{ name: '   ', scopes: ['catalog:read'] }, 'name'],
    [{ name: 'x'.repeat(101), scopes: ['catalog:read'] }, 'name'],
    [{ scopes: ['catalog:read'] }, 'name'],
    [{ name: 'x', scopes: [] }, 'scopes'],
    [{ name: 'x', scopes: ['catalog:read', 'catalog:read'] }, 'scopes'],
    [{ name: 'x', scopes: ['catalog:read', 'root'] }, 'scopes.1'],
    [{ name: 'x', scopes: 'catalog:read' }, 'scopes'],
    [{ name: 'x', scopes: ['catalog:read'], expiresAt: Date.now() - 1 }, 'expiresAt'],
    [{ name: 'x', scopes: ['catalog:read'], expiresAt: 1.5 }, 'expiresAt'],
    [{ name: 'x', scopes: ['catalog:read'], expiresAt: '2030-01-01' }, 'expiresAt'],
    [{ name: 'x', scopes: ['catalog:read'], admin: true }, 'admin'],
  ])('rejects %j naming %s, writing nothing', async (body, path) => {
    const t = await createTenant(db());
    const res = await call('POST', '/v1/keys', { key: t.key, body });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    expect(await countKeys(t.org.id)).toBe(1);
    expect(await auditOf(t.org.id)).toHaveLength(0);
  });
});
