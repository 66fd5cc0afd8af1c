import { getTableColumns } from 'drizzle-orm';
import { creatorTier, profileEngagementRateBps } from '@xuanpin/core';
import { creatorProfiles, type CreatorProfile } from '@xuanpin/db';
import * as v from 'valibot';
import type { Audience, Handle } from '../../schemas/creator';
import { fulfilmentRateSql } from './fulfilment';

/** The profile's columns plus its fulfilment rate, for every read of a profile. */
export const profileColumns = (now: number) => ({
  ...getTableColumns(creatorProfiles),
  fulfilmentRateBps: fulfilmentRateSql(creatorProfiles.orgId, now),
});

export type ProfileRow = CreatorProfile & { fulfilmentRateBps: number | null };

/** Public fields: what providers and merchants may see (no listing flag, no edit time). Tier and rate are derived on read. */
export function publicView(row: ProfileRow) {
  return {
    orgId: row.orgId,
    displayName: row.displayName,
    avatarUrl: row.avatarUrl,
    // Stored JSON went through the same schemas on the way in; the response is validated against them again.
    handles: row.handles as v.InferInput<typeof Handle>[],
    followers: row.followers,
    avgViews: row.avgViews,
    avgEngagement: row.avgEngagement,
    tier: creatorTier(row.followers),
    engagementRateBps: profileEngagementRateBps(row.handles),
    fulfilmentRateBps: row.fulfilmentRateBps,
    categories: row.categories,
    tags: row.tags,
    formats: row.formats as ('note' | 'video' | 'live')[],
    audience: row.audience as v.InferInput<typeof Audience> | null,
  };
}

/** The creator's own view of its profile. */
export function ownView(row: ProfileRow) {
  return { ...publicView(row), bio: row.bio, listed: row.listed, updatedAt: row.updatedAt };
}
