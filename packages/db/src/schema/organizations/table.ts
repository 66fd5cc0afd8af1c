import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import type { OrgKind } from '@xuanpin/core';

export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  kind: text('kind').$type<OrgKind>().notNull(),
  /** Default UI language for the organization's pages: en, ja or zh-CN. */
  locale: text('locale').notNull().default('en'),
  createdAt: integer('created_at').notNull(),
  /**
   * Merchants: set while a currency's balance (derived from the ledger) is below zero; its offers are closed to
   * creators until a top-up brings it back (services/ledger/funding.ts).
   */
  fundingPausedAt: integer('funding_paused_at'),
  updatedAt: integer('updated_at').notNull(),
});

export type Organization = typeof organizations.$inferSelect;
