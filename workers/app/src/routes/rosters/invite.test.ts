import { describe, expect, it } from 'vitest';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

const invite = (key: string, creatorOrgId: string, note?: string) => call('POST', '/v1/roster', { key, body: { creatorOrgId, ...(note ? { note } : {}) } });

describe('POST /v1/roster', () => {
  it('invites a creator, with both names on the membership', async () => {
    const p = await createTenant(db(), 'provider');
    const c = await createOrg(db(), { kind: 'creator' });
    const res = await invite(p.key, c.id, ' Welcome to our tableware roster ');
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      providerOrgId: p.org.id,
      providerName: p.org.name,
      creatorOrgId: c.id,
      creatorName: c.name,
      status: 'invited',
      note: 'Welcome to our tableware roster',
      respondedAt: null,
      removedAt: null,
    });
    expect(res.body.id).toMatch(/^ros_/);
  });

  it('answers 409 to inviting an invited or active creator; re-invites after a decline or removal', async () => {
    const p = await createTenant(db(), 'provider');
    const c = await createTenant(db(), 'creator');
    const first = await invite(p.key, c.org.id);
    expect((await invite(p.key, c.org.id)).status).toBe(409);
    await call('POST', `/v1/roster/${first.body.id}/decline`, { key: c.key });
    const again = await invite(p.key, c.org.id, 'second try');
    expect(again.status, again.text).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'invited', note: 'second try', respondedAt: null });
    await call('POST', `/v1/roster/${first.body.id}/accept`, { key: c.key });
    const active = await invite(p.key, c.org.id);
    expect(active.status, active.text).toBe(409);
    expect(active.body.error.message).toContain('on your roster');
    await call('POST', `/v1/roster/${first.body.id}/remove`, { key: p.key });
    const back = await invite(p.key, c.org.id);
    expect(back.body).toMatchObject({ status: 'invited', removedAt: null });
  });

  it('invites only creator organizations, naming the field', async () => {
    const p = await createTenant(db(), 'provider');
    const m = await createOrg(db(), { kind: 'merchant' });
    for (const id of [m.id, 'org_00000000000000000000000000']) {
      const res = await invite(p.key, id);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe('creatorOrgId');
    }
    const extra = await call('POST', '/v1/roster', { key: p.key, body: { creatorOrgId: m.id, status: 'active' } });
    expect(extra.body.error.path).toBe('status');
  });

  it('is for providers', async () => {
    const c = await createOrg(db(), { kind: 'creator' });
    for (const kind of ['merchant', 'creator'] as const) {
      const t = await createTenant(db(), kind);
      expect((await invite(t.key, c.id)).status).toBe(403);
    }
  });
});
