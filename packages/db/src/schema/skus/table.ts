import { sqliteTable, text, integer, uniqueIndex, index, check } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import type { Currency } from '@xuanpin/core';
import { organizations } from '../organizations/table';
import { products } from '../products/table';

/** A sellable variant. `code` is the merchant's SKU code, unique per merchant (CSV imports key on it). */
export const skus = sqliteTable(
  'skus',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    productId: text('product_id').notNull().references(() => products.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Integer minor units of `currency`. */
    price: integer('price').notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    stock: integer('stock').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('skus_org_code').on(t.orgId, t.code),
    index('skus_product').on(t.productId),
    index('skus_org_stock').on(t.orgId, t.stock),
    check('skus_stock_non_negative', sql`${t.stock} >= 0`),
    check('skus_price_positive', sql`${t.price} > 0`),
  ],
);

export type Sku = typeof skus.$inferSelect;
