import { describe, expect, it } from 'vitest';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { addToRoster, createCreatorProfile, createOffer, createSample } from '@xuanpin/db/test/creator-factories';
import { call, db } from '../../../test/security';

const get = (key: string, orgId: string) => call('GET', `/v1/creators/${orgId}`, { key });

describe('GET /v1/creators/{orgId}', () => {
  it('shows a listed profile to any provider, with its bio and the caller’s roster status', async () => {
    const creator = await createOrg(db(), { kind: 'creator' });
    await createCreatorProfile(db(), creator.id, { displayName: 'Listed', followers: 150_000, avgEngagement: 4_500 });
    const p = await createTenant(db(), 'provider');
    const res = await get(p.key, creator.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ orgId: creator.id, displayName: 'Listed', tier: 'top_kol', engagementRateBps: 300, bio: '', onRoster: null });
    expect(res.body).not.toHaveProperty('listed');
    await addToRoster(db(), p.org.id, creator.id, 'active');
    expect((await get(p.key, creator.id)).body.onRoster).toBe('active');
  });

  it.each(['invited', 'active', 'declined'] as const)('shows an unlisted profile to a provider with the creator %s on its roster', async (status) => {
    const creator = await createOrg(db(), { kind: 'creator' });
    await createCreatorProfile(db(), creator.id, { listed: false });
    const p = await createTenant(db(), 'provider');
    await addToRoster(db(), p.org.id, creator.id, status);
    const res = await get(p.key, creator.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body.onRoster).toBe(status);
  });

  it('hides an unlisted profile from other providers and once the creator is removed', async () => {
    const creator = await createOrg(db(), { kind: 'creator' });
    await createCreatorProfile(db(), creator.id, { listed: false });
    const stranger = await createTenant(db(), 'provider');
    const former = await createTenant(db(), 'provider');
    await addToRoster(db(), former.org.id, creator.id, 'removed');
    for (const p of [stranger, former]) {
      const res = await get(p.key, creator.id);
      expect(res.status, res.text).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
  });

  it('shows an unlisted profile to a merchant the creator requested samples from, and to no other merchant', async () => {
    const creator = await createOrg(db(), { kind: 'creator' });
    await createCreatorProfile(db(), creator.id, { listed: false });
    const merchant = await createTenant(db(), 'merchant');
    const offer = await createOffer(db(), { creatorOrgId: creator.id, merchantOrgId: merchant.org.id });
    const other = await createTenant(db(), 'merchant');
    expect((await get(merchant.key, creator.id)).status).toBe(404);
    await createSample(db(), offer, creator.id);
    const res = await get(merchant.key, creator.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body.onRoster).toBeNull();
    expect((await get(other.key, creator.id)).status).toBe(404);
  });

  it('answers 404 for an unknown id or an org without a profile, and 403 to creators', async () => {
    const p = await createTenant(db(), 'provider');
    expect((await get(p.key, 'org_unknown')).status).toBe(404);
    const bare = await createOrg(db(), { kind: 'creator' });
    expect((await get(p.key, bare.id)).status).toBe(404);
    const c = await createTenant(db(), 'creator');
    expect((await get(c.key, bare.id)).status).toBe(403);
  });
});
