import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';

export interface CreatorHandle {
  platform: string;
  handle: string;
  followers: number;
  avgViews: number;
  avgEngagement: number;
  url?: string;
}

export interface Audience {
  /** Shares in basis points; they sum to at most 10,000. */
  femaleBps: number;
  maleBps: number;
  topRegions: string[];
  ageBand: string;
}

/**
 * One profile per creator organization. Totals (followers, views, engagement) are derived from the handles when
 * the profile is saved, so the directory can filter and sort on columns.
 */
export const creatorProfiles = sqliteTable(
  'creator_profiles',
  {
    orgId: text('org_id').primaryKey().references(() => organizations.id),
    displayName: text('display_name').notNull(),
    bio: text('bio').notNull().default(''),
    avatarUrl: text('avatar_url'),
    handles: text('handles', { mode: 'json' }).$type<CreatorHandle[]>().notNull(),
    followers: integer('followers').notNull(),
    avgViews: integer('avg_views').notNull(),
    avgEngagement: integer('avg_engagement').notNull(),
    categories: text('categories', { mode: 'json' }).$type<string[]>().notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    audience: text('audience', { mode: 'json' }).$type<Audience>(),
    formats: text('formats', { mode: 'json' }).$type<string[]>().notNull(),
    /** Listed in the creator directory that providers search. */
    listed: integer('listed', { mode: 'boolean' }).notNull().default(true),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('creator_profiles_followers').on(t.listed, t.followers)],
);

export type CreatorProfile = typeof creatorProfiles.$inferSelect;
