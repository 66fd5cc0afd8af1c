import { sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The platform's fee (a rate on the creator's and the provider's gross), in versions like an offer's terms: the
 * version in force at an order's time is frozen on its commission lines. Version 1 (10 %) comes with the migration.
 */
export const platformFees = sqliteTable(
  'platform_fees',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    feeBps: integer('fee_bps').notNull(),
    effectiveAt: integer('effective_at').notNull(),
    createdBy: text('created_by'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('platform_fees_version').on(t.version)],
);

export type PlatformFee = typeof platformFees.$inferSelect;
