import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';
import { enrollments } from '../enrollments/table';

export const LINK_STATUSES = ['active', 'disabled'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
/** merchant: the product's own page (`products.product_url`); hosted: our product page `/p/<code>`. */
export const LINK_DESTINATIONS = ['merchant', 'hosted'] as const;
export type LinkDestination = (typeof LINK_DESTINATIONS)[number];

/**
 * A creator's promo link for one offer (enrollment), optionally per sub-id (a live-stream slot, a note). One link
 * per (creator, offer, sub-id): `sub_id` is '' when absent, because SQLite unique indexes treat NULLs as distinct.
 * The offer's activity, product, provider and merchant are copied here (they never change for an enrollment) so
 * that a click and its analytics carry them without a join.
 */
export const links = sqliteTable(
  'links',
  {
    id: text('id').primaryKey(),
    /** The short, unguessable code of `/l/<code>` (10 base62 characters). */
    code: text('code').notNull(),
    creatorOrgId: text('creator_org_id').notNull().references(() => organizations.id),
    enrollmentId: text('enrollment_id').notNull().references(() => enrollments.id),
    activityId: text('activity_id').notNull(),
    productId: text('product_id').notNull(),
    providerOrgId: text('provider_org_id').notNull(),
    merchantOrgId: text('merchant_org_id').notNull(),
    subId: text('sub_id').notNull().default(''),
    destination: text('destination').$type<LinkDestination>().notNull(),
    status: text('status').$type<LinkStatus>().notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('links_code').on(t.code),
    uniqueIndex('links_creator_offer_sub').on(t.creatorOrgId, t.enrollmentId, t.subId),
    index('links_creator').on(t.creatorOrgId, t.id),
  ],
);

export type Link = typeof links.$inferSelect;
