import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';

export const PRODUCT_STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export const SAMPLE_POLICIES = ['free', 'refundable', 'none'] as const;
export type SamplePolicy = (typeof SAMPLE_POLICIES)[number];

/** A merchant's product. Prices and stock live on its SKUs. */
export const products = sqliteTable(
  'products',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    images: text('images', { mode: 'json' }).$type<string[]>().notNull(),
    category: text('category').notNull(),
    status: text('status').$type<ProductStatus>().notNull(),
    /** The merchant's own product page; links lead here unless the hosted page is chosen. */
    productUrl: text('product_url'),
    /** Default commission offer, in basis points of the order line. */
    defaultCreatorRateBps: integer('default_creator_rate_bps').notNull(),
    samplePolicy: text('sample_policy').$type<SamplePolicy>().notNull(),
    /** Sample units still available to request. */
    sampleQuantity: integer('sample_quantity').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('products_org_status').on(t.orgId, t.status, t.id), index('products_org_category').on(t.orgId, t.category)],
);

export type Product = typeof products.$inferSelect;
