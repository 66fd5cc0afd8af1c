import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { addToRoster, createCreatorProfile } from '@xuanpin/db/test/creator-factories';
import { createOrg } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

type ProfileOpts = Parameters<typeof createCreatorProfile>[2];

/** Profiles sharing a fresh tag, so that `q=<tag>` narrows the shared directory to this test's creators. */
async function cohort(profiles: ProfileOpts[]) {
  const tag = `c${Math.random().toString(36).slice(2, 10)}`;
  const ids: string[] = [];
  for (const p of profiles) {
    const org = await createOrg(db(), { kind: 'creator' });
    await createCreatorProfile(db(), org.id, { ...p, tags: [tag, ...(p?.tags ?? [])] });
    ids.push(org.id);
  }
  return { tag, ids };
}

const search = async (key: string, query: string) => {
  const res = await call('GET', `/v1/creators?${query}`, { key });
  expect(res.status, res.text).toBe(200);
  return res.body;
};
const idsOf = (page: any) => page.data.map((c: any) => c.orgId);

describe('GET /v1/creators (directory)', () => {
  it('filters by tier, followers, category, platform and format', async () => {
    const p = await createTenant(db(), 'provider');
    const { tag, ids } = await cohort([
      { followers: 500, platform: 'douyin', categories: ['beauty.makeup'], formats: ['live'] },
      { followers: 5_000, platform: 'xiaohongshu', categories: ['kitchen.tableware'], formats: ['note'] },
      { followers: 50_000, platform: 'xiaohongshu', categories: ['kitchen'], formats: ['note', 'video'] },
      { followers: 500_000, platform: 'tiktok', categories: ['fashion'], formats: ['video'] },
    ]);
    const [nano, koc, mid, top] = ids;
    expect(idsOf(await search(p.key, `q=${tag}`))).toEqual([top, mid, koc, nano]);
    expect(idsOf(await search(p.key, `q=${tag}&tier=koc`))).toEqual([koc]);
    expect(idsOf(await search(p.key, `q=${tag}&tier=top_kol`))).toEqual([top]);
    expect(idsOf(await search(p.key, `q=${tag}&minFollowers=5000&maxFollowers=50000`))).toEqual([mid, koc]);
    expect(idsOf(await search(p.key, `q=${tag}&category=kitchen`))).toEqual([mid, koc]);
    expect(idsOf(await search(p.key, `q=${tag}&category=kitchen.tableware`))).toEqual([koc]);
    expect(idsOf(await search(p.key, `q=${tag}&platform=xiaohongshu`))).toEqual([mid, koc]);
    expect(idsOf(await search(p.key, `q=${tag}&format=video`))).toEqual([top, mid]);
    const first = (await search(p.key, `q=${tag}&tier=mid_kol`)).data[0];
    expect(first).toMatchObject({ tier: 'mid_kol', followers: 50_000, engagementRateBps: 48, fulfilmentRateBps: null, onRoster: null });
    for (const hidden of ['listed', 'updatedAt', 'bio']) expect(first).not.toHaveProperty(hidden);
  });

  it('finds by display name or tag, treating % and _ literally', async () => {
    const p = await createTenant(db(), 'provider');
    const { tag, ids } = await cohort([{ displayName: 'Sakura Table 桜' }, { tags: ['matcha'] }]);
    expect(idsOf(await search(p.key, `q=${tag}`))).toHaveLength(2);
    expect(idsOf(await search(p.key, `q=${encodeURIComponent('sakura table 桜')}`))).toContain(ids[0]);
    expect(idsOf(await search(p.key, `q=${tag.toUpperCase()}`))).toHaveLength(2);
    expect(idsOf(await search(p.key, `q=${tag.slice(0, 3)}%25${tag.slice(4)}`))).toEqual([]);
    expect(idsOf(await search(p.key, `q=${tag.slice(0, 3)}_${tag.slice(4)}`))).toEqual([]);
  });

  it('sorts by engagement rate and pages stably by cursor, ties included', async () => {
    const p = await createTenant(db(), 'provider');
    const { tag, ids } = await cohort([
      { followers: 10_000, avgEngagement: 100 }, // 100 bps
      { followers: 10_000, avgEngagement: 800 }, // 800 bps
      { followers: 20_000, avgEngagement: 200 }, // 100 bps (tie with the first)
      { followers: 1_000, avgEngagement: 50 }, // 500 bps
    ]);
    const all = idsOf(await search(p.key, `q=${tag}&sort=engagement`));
    const tie = [ids[0], ids[2]].sort().reverse();
    expect(all).toEqual([ids[1], ids[3], ...tie]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await search(p.key, `q=${tag}&sort=engagement&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const byFollowers = await search(p.key, `q=${tag}&limit=3`);
    expect(idsOf(byFollowers)).toEqual([ids[2], ...[ids[0], ids[1]].sort().reverse()]);
    expect(idsOf(await search(p.key, `q=${tag}&limit=3&cursor=${encodeURIComponent(byFollowers.nextCursor)}`))).toEqual([ids[3]]);
  });

  it('lists listed profiles only, even for creators on the caller’s roster, and shows roster status', async () => {
    const p = await createTenant(db(), 'provider');
    const { tag, ids } = await cohort([{ listed: true }, { listed: false }, { listed: true }]);
    await addToRoster(db(), p.org.id, ids[1], 'active');
    await addToRoster(db(), p.org.id, ids[2], 'invited');
    const page = await search(p.key, `q=${tag}`);
    expect(idsOf(page).sort()).toEqual([ids[0], ids[2]].sort());
    expect(page.data.find((c: any) => c.orgId === ids[2]).onRoster).toBe('invited');
    expect(page.data.find((c: any) => c.orgId === ids[0]).onRoster).toBeNull();
  });

  it('is for providers: creators and merchants get 403', async () => {
    for (const kind of ['creator', 'merchant'] as const) {
      const t = await createTenant(db(), kind);
      expect((await call('GET', '/v1/creators', { key: t.key })).status).toBe(403);
    }
  });

  it.each([
    ['tier=giant', 'tier'],
    ['category=crypto', 'category'],
    ['platform=myspace', 'platform'],
    ['format=reel', 'format'],
    ['minFollowers=abc', 'minFollowers'],
    ['minFollowers=10&maxFollowers=5', 'maxFollowers'],
    ['sort=newest', 'sort'],
    ['cursor=nonsense', 'cursor'],
    ['followers=1', 'followers'],
  ])('rejects ?%s naming %s', async (q, path) => {
    const p = await createTenant(db(), 'provider');
    const res = await call('GET', `/v1/creators?${q}`, { key: p.key });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
  });
});
