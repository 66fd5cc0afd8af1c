/** Creator tiers and derived figures (DESIGN.md: KOC 1k–10k, mid KOL 10k–100k, top KOL >100k followers). */
export const CREATOR_TIERS = ['nano', 'koc', 'mid_kol', 'top_kol'] as const;
export type CreatorTier = (typeof CREATOR_TIERS)[number];

export function creatorTier(followers: number): CreatorTier {
  if (followers > 100_000) return 'top_kol';
  if (followers >= 10_000) return 'mid_kol';
  if (followers >= 1_000) return 'koc';
  return 'nano';
}

/** Engagement rate in basis points: average engagements per post over followers (0 with no followers). */
export function engagementRateBps(avgEngagement: number, followers: number): number {
  if (followers <= 0) return 0;
  return Math.floor((avgEngagement * 10_000) / followers);
}

export const PLATFORMS = ['xiaohongshu', 'douyin', 'tiktok', 'instagram', 'youtube', 'weibo', 'bilibili', 'kuaishou'] as const;
export const CONTENT_FORMATS = ['note', 'video', 'live'] as const;

/**
 * A profile's engagement rate over all its accounts: total average engagement per post over total followers, which
 * is the follower-weighted average of each account's own rate. (Dividing a weighted average of engagements by the
 * summed followers would understate any creator with more than one account.)
 */
export function profileEngagementRateBps(handles: readonly { followers: number; avgEngagement: number }[]): number {
  const followers = handles.reduce((t, h) => t + h.followers, 0);
  const engagement = handles.reduce((t, h) => t + h.avgEngagement, 0);
  return engagementRateBps(engagement, followers);
}
