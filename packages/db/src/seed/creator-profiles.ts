import { creatorTier, type CreatorTier } from '@xuanpin/core';
import { creatorProfiles, type CreatorHandle } from '../schema';
import { runGrouped } from './batch';
import { DAY_MS, HOUR_MS, idOf, type SeedContext } from './context';
import { DEMO_CREATORS, type DemoCreator, type HandleRow } from './data/creators';
import { between, seeded, type Random } from './random';

/**
 * Average views per post as a share of a handle's followers, and the profile's engagement rate, by the creator's
 * tier: small accounts reach and engage a larger share of their followers (KOC 2–8 % engagement), big ones a
 * smaller share. Views in percent, engagement in basis points; the ranges sit inside the tiers' bands with a
 * margin for the jitter and the integer floors.
 */
const REACH: Record<Exclude<CreatorTier, 'nano'>, { views: [number, number]; engagementBps: [number, number] }> = {
  koc: { views: [25, 90], engagementBps: [250, 670] },
  mid_kol: { views: [15, 60], engagementBps: [190, 400] },
  top_kol: { views: [8, 35], engagementBps: [70, 240] },
};

/** Profile URLs where the platform's handle is the address; the Chinese platforms address users by opaque ids. */
const PROFILE_URL: Partial<Record<string, (handle: string) => string>> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
};

/**
 * The handles with their averages. The profile's engagement rate is Σ engagement / Σ followers (core's
 * `profileEngagementRateBps`), the follower-weighted average of the handles' own rates; so a target rate for the
 * profile is drawn first, and each handle's own rate is that target, give or take 15 %.
 */
function handlesOf(random: Random, rows: readonly HandleRow[]): CreatorHandle[] {
  const followers = rows.reduce((sum, [, , f]) => sum + f, 0);
  const tier = creatorTier(followers);
  if (tier === 'nano') throw new Error(`demo seed: a creator with ${followers} followers is below the KOC tier`);
  const reach = REACH[tier];
  const target = between(random, ...reach.engagementBps);
  return rows.map(([platform, handle, count]) => {
    const url = PROFILE_URL[platform]?.(handle);
    const rateBps = Math.floor((target * between(random, 85, 115)) / 100);
    return {
      platform,
      handle,
      followers: count,
      avgViews: Math.floor((count * between(random, ...reach.views)) / 100),
      avgEngagement: Math.floor((count * rateBps) / 10_000),
      ...(url ? { url } : {}),
    };
  });
}

/**
 * The profile's stored totals, by the rule of the profile service (workers/app/src/services/creators/totals.ts,
 * which the seed cannot import): followers summed, views and engagement averaged weighted by followers, floored,
 * in BigInt so that followers × views stays exact. A test checks the two agree.
 */
export function profileTotals(handles: readonly CreatorHandle[]) {
  const followers = handles.reduce((sum, h) => sum + h.followers, 0);
  const weight = (h: CreatorHandle) => BigInt(followers > 0 ? h.followers : 1);
  const total = handles.reduce((sum, h) => sum + weight(h), 0n);
  const average = (pick: (h: CreatorHandle) => number) => (total === 0n ? 0 : Number(handles.reduce((sum, h) => sum + weight(h) * BigInt(pick(h)), 0n) / total));
  return { followers, avgViews: average((h) => h.avgViews), avgEngagement: average((h) => h.avgEngagement) };
}

export function planProfile(now: number, c: DemoCreator) {
  const random = seeded(`profile/${c.slug}`);
  const handles = handlesOf(random, c.handles);
  const unknownBps = between(random, 50, 300);
  return {
    displayName: c.name,
    bio: c.bio,
    avatarUrl: `https://images.demo.xuanpin.test/avatars/${c.slug}.jpg`,
    handles,
    ...profileTotals(handles),
    categories: c.categories,
    tags: c.tags,
    audience: { femaleBps: c.femaleBps, maleBps: 10_000 - c.femaleBps - unknownBps, topRegions: c.regions, ageBand: c.ageBand },
    formats: c.formats,
    listed: true,
    updatedAt: now - between(random, 1, 30) * DAY_MS - between(random, 0, 23) * HOUR_MS,
  };
}

/** Inserts the profiles that are missing (one per creator organization); a profile already there is the creator's. */
export async function seedCreatorProfiles(ctx: SeedContext): Promise<void> {
  await runGrouped(
    ctx.db,
    DEMO_CREATORS.map((c) => [
      ctx.db
        .insert(creatorProfiles)
        .values({ orgId: idOf(ctx.orgIds, c.slug), ...planProfile(ctx.now, c) })
        .onConflictDoNothing({ target: creatorProfiles.orgId }),
    ]),
  );
}
