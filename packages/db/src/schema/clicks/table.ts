import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { links } from '../links/table';

/**
 * One visit of a promo link (`GET /l/<code>`), written in batches by the queue consumer. The id is made by the
 * redirect and travels to the destination (`xp_click`), so a replayed batch inserts nothing twice.
 * Never the raw IP: `identity_hash` is SHA-256 of IP and user agent. A click is `bot` (a crawler or no user agent;
 * never counted), or else `counted` (the first of its identity on this link in this hour window) or a duplicate.
 * Creator, offer, provider and merchant are copied from the link for analytics scoped to each of them.
 */
export const clicks = sqliteTable(
  'clicks',
  {
    id: text('id').primaryKey(),
    linkId: text('link_id').notNull().references(() => links.id),
    creatorOrgId: text('creator_org_id').notNull(),
    enrollmentId: text('enrollment_id').notNull(),
    providerOrgId: text('provider_org_id').notNull(),
    merchantOrgId: text('merchant_org_id').notNull(),
    clickedAt: integer('clicked_at').notNull(),
    /** The dedupe window: whole hours since the epoch (`floor(clicked_at / 3600000)`). */
    dedupeWindow: integer('dedupe_window').notNull(),
    identityHash: text('identity_hash').notNull(),
    referrer: text('referrer'),
    /** ISO 3166 country from the edge (`request.cf.country`); null when unknown (local runs). */
    country: text('country'),
    bot: integer('bot', { mode: 'boolean' }).notNull(),
    counted: integer('counted', { mode: 'boolean' }).notNull(),
    /** The consumer attempt that wrote the row: the daily rollup adds only the rows its own attempt inserted. */
    ingest: text('ingest').notNull(),
  },
  (t) => [
    index('clicks_link_time').on(t.linkId, t.clickedAt),
    // Only counted clicks are looked up for dedupe, so only they are indexed for it.
    index('clicks_counted_identity').on(t.linkId, t.identityHash, t.dedupeWindow).where(sql`counted = 1`),
  ],
);

/**
 * Clicks per link per UTC day, kept by the queue consumer in the same batch that inserts the clicks, so that
 * analytics read a few rows per link and day instead of scanning clicks.
 */
export const linkDailyClicks = sqliteTable(
  'link_daily_clicks',
  {
    linkId: text('link_id').notNull().references(() => links.id),
    /** UTC midnight of the day, in ms. */
    day: integer('day').notNull(),
    creatorOrgId: text('creator_org_id').notNull(),
    enrollmentId: text('enrollment_id').notNull(),
    providerOrgId: text('provider_org_id').notNull(),
    merchantOrgId: text('merchant_org_id').notNull(),
    counted: integer('counted').notNull().default(0),
    bot: integer('bot').notNull().default(0),
    duplicate: integer('duplicate').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.linkId, t.day] }),
    index('link_daily_clicks_creator').on(t.creatorOrgId, t.day),
    index('link_daily_clicks_provider').on(t.providerOrgId, t.day),
    index('link_daily_clicks_merchant').on(t.merchantOrgId, t.day),
  ],
);

export type Click = typeof clicks.$inferSelect;
export type LinkDailyClicks = typeof linkDailyClicks.$inferSelect;
