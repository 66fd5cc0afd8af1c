import type { CreatorTier } from '@xuanpin/core';

/**
 * The follower range of each tier, inclusive, for filtering on the stored `followers` column. It must agree
 * with core's `creatorTier` (KOC 1k–10k, mid KOL 10k–100k, top KOL >100k); a test checks the edges.
 */
export const TIER_FOLLOWERS: Record<CreatorTier, { min: number; max: number | null }> = {
  nano: { min: 0, max: 999 },
  koc: { min: 1_000, max: 9_999 },
  mid_kol: { min: 10_000, max: 100_000 },
  top_kol: { min: 100_001, max: null },
};
