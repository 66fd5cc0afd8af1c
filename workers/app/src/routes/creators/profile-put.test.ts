import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { creatorProfiles } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { profileBody } from './test-helpers';

const rowOf = async (orgId: string) => (await db().select().from(creatorProfiles).where(eq(creatorProfiles.orgId, orgId)))[0];

describe('PUT /v1/creator-profile', () => {
  it('saves the profile with derived totals, tier and engagement rate', async () => {
    const t = await createTenant(db(), 'creator');
    const res = await call('PUT', '/v1/creator-profile', { key: t.key, body: profileBody() });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      orgId: t.org.id,
      displayName: 'Mika 米卡',
      followers: 100_000,
      avgViews: 14_000,
      avgEngagement: 820,
      tier: 'mid_kol',
      engagementRateBps: 100, // both accounts engage 1% of their followers, so the profile does too
      fulfilmentRateBps: null,
      listed: true,
    });
    expect(await rowOf(t.org.id)).toMatchObject({ followers: 100_000, avgViews: 14_000, avgEngagement: 820 });
  });

  it('replaces the whole profile on the next save', async () => {
    const t = await createTenant(db(), 'creator');
    await call('PUT', '/v1/creator-profile', { key: t.key, body: profileBody() });
    const handles = [{ platform: 'tiktok', handle: 'mika.tt', followers: 150_000, avgViews: 20_000, avgEngagement: 3_000 }];
    const res = await call('PUT', '/v1/creator-profile', { key: t.key, body: profileBody({ handles, audience: undefined, bio: undefined, listed: false }) });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ followers: 150_000, tier: 'top_kol', engagementRateBps: 200, audience: null, bio: '', listed: false });
    expect(res.body.handles).toEqual(handles);
  });

  it.each([
    [{ handles: [{ platform: 'myspace', handle: 'x', followers: 1, avgViews: 1, avgEngagement: 1 }] }, 'handles.0.platform'],
    [{ audience: { femaleBps: 7_000, maleBps: 3_001, topRegions: [], ageBand: '18-24' } }, 'audience.femaleBps'],
    [{ audience: { femaleBps: 5_000, maleBps: 5_000, topRegions: ['a', 'b', 'c', 'd', 'e', 'f'], ageBand: '18-24' } }, 'audience.topRegions'],
    [{ audience: { femaleBps: 5_000, maleBps: 5_000, topRegions: [], ageBand: 'old' } }, 'audience.ageBand'],
    [{ audience: { femaleBps: -1, maleBps: 5_000, topRegions: [], ageBand: '45+' } }, 'audience.femaleBps'],
    [{ handles: [{ platform: 'douyin', handle: 'a', followers: -1, avgViews: 0, avgEngagement: 0 }] }, 'handles.0.followers'],
    [{ handles: [{ platform: 'douyin', handle: 'a', followers: 1.5, avgViews: 0, avgEngagement: 0 }] }, 'handles.0.followers'],
    [{ handles: [{ platform: 'douyin', handle: 'a', followers: 1, avgViews: 0, avgEngagement: 0, url: 'http://x.example' }] }, 'handles.0.url'],
    [{ handles: [{ platform: 'douyin', handle: ' ', followers: 1, avgViews: 0, avgEngagement: 0 }] }, 'handles.0.handle'],
    [{ handles: ['douyin', 'douyin'].map((platform) => ({ platform, handle: 'a', followers: 1, avgViews: 0, avgEngagement: 0 })) }, 'handles'],
    [{ handles: Array.from({ length: 11 }, () => ({ platform: 'douyin', handle: 'a', followers: 1, avgViews: 0, avgEngagement: 0 })) }, 'handles'],
    [{ categories: ['beauty', 'crypto'] }, 'categories.1'],
    [{ tags: ['x'.repeat(31)] }, 'tags.0'],
    [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
    [{ formats: ['reel'] }, 'formats.0'],
    [{ avatarUrl: 'http://cdn.example.com/a.png' }, 'avatarUrl'],
    [{ displayName: '' }, 'displayName'],
    [{ listed: 'yes' }, 'listed'],
    [{ followers: 5 }, 'followers'],
  ])('rejects %j naming %s, writing nothing', async (patch, path) => {
    const t = await createTenant(db(), 'creator');
    const res = await call('PUT', '/v1/creator-profile', { key: t.key, body: profileBody(patch) });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    expect(await rowOf(t.org.id)).toBeUndefined();
  });

  it('is for creators: a merchant or provider gets 403 and nothing is written', async () => {
    for (const kind of ['merchant', 'provider'] as const) {
      const t = await createTenant(db(), kind);
      const res = await call('PUT', '/v1/creator-profile', { key: t.key, body: profileBody() });
      expect(res.status, res.text).toBe(403);
      expect(await rowOf(t.org.id)).toBeUndefined();
    }
  });
});
