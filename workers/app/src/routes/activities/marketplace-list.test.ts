import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { call, db } from '../../../test/security';

describe('browsing activities as a merchant', () => {
  it('lists open, public, unfinished activities of every provider, with filters', async () => {
    const p1 = await createTenant(db(), 'provider');
    const p2 = await createTenant(db(), 'provider');
    const merchant = await createTenant(db(), 'merchant');
    const tag = `zq${Date.now().toString(36)}`;
    const kitchen = await insertActivity(db(), p1.org.id, { name: `${tag} kitchen 50%_off`, categories: ['kitchen'] });
    const tableware = await insertActivity(db(), p2.org.id, { name: `${tag} tableware`, categories: ['kitchen.tableware'], planType: 'exclusive' });
    const beauty = await insertActivity(db(), p2.org.id, { name: `${tag} beauty`, categories: ['beauty', 'skincare.masks'] });
    const hidden = [
      await insertActivity(db(), p1.org.id, { name: `${tag} draft`, status: 'draft' }),
      await insertActivity(db(), p1.org.id, { name: `${tag} closed`, status: 'closed' }),
      await insertActivity(db(), p1.org.id, { name: `${tag} invite`, visibility: 'invite_only' }),
      await insertActivity(db(), p1.org.id, { name: `${tag} ended`, startsAt: Date.now() - 10_000, endsAt: Date.now() - 1 }),
    ];
    const ids = async (qs: string) => {
      const res = await call('GET', `/v1/marketplace/activities?q=${tag}${qs}`, { key: merchant.key });
      expect(res.status, res.text).toBe(200);
      return res.body.data.map((a: any) => a.id);
    };
    expect(await ids('')).toEqual([beauty.id, tableware.id, kitchen.id]);
    expect(await ids('&category=kitchen')).toEqual([tableware.id, kitchen.id]);
    expect(await ids('&category=kitchen.tableware')).toEqual([tableware.id, kitchen.id]);
    expect(await ids('&category=skincare')).toEqual([beauty.id]);
    expect(await ids('&planType=exclusive')).toEqual([tableware.id]);
    expect(await ids(encodeURIComponent(' kitchen 50%_off'))).toEqual([kitchen.id]);
    // `%` and `_` are literal: as wildcards `50_` would match `50%`.
    expect(await ids(encodeURIComponent(' kitchen 50_'))).toEqual([]);
    const res = await call('GET', `/v1/marketplace/activities?q=${tag}`, { key: merchant.key });
    for (const h of hidden) expect(res.text).not.toContain(h.id);
    expect(res.body.data[0]).toMatchObject({ providerName: p2.org.name, providerOrgId: p2.org.id });
    expect(res.body.data[0]).not.toHaveProperty('targetCreatorIds');
  });

  it('shows one activity by id, invite-only ones included, never drafts', async () => {
    const p = await createTenant(db(), 'provider');
    const merchant = await createTenant(db(), 'merchant');
    const invite = await insertActivity(db(), p.org.id, { visibility: 'invite_only' });
    const draft = await insertActivity(db(), p.org.id, { status: 'draft' });
    const ok = await call('GET', `/v1/marketplace/activities/${invite.id}`, { key: merchant.key });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ id: invite.id, visibility: 'invite_only', providerName: p.org.name });
    const no = await call('GET', `/v1/marketplace/activities/${draft.id}`, { key: merchant.key });
    expect(no.status, no.text).toBe(404);
  });

  it('is for merchants', async () => {
    for (const kind of ['provider', 'creator'] as const) {
      const t = await createTenant(db(), kind);
      expect((await call('GET', '/v1/marketplace/activities', { key: t.key })).status).toBe(403);
    }
  });
});
