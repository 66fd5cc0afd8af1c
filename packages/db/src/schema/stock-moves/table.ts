import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';
import { skus } from '../skus/table';

/** Every stock change, appended in the same batch as the conditional update of `skus.stock`. */
export const stockMoves = sqliteTable(
  'stock_moves',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    skuId: text('sku_id').notNull().references(() => skus.id),
    delta: integer('delta').notNull(),
    reason: text('reason').notNull(),
    /** Optional caller key making the adjustment idempotent. */
    idempotencyKey: text('idempotency_key'),
    /** The SKU's stock right after this move, so an idempotent replay answers what the first call answered. */
    stockAfter: integer('stock_after'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('stock_moves_sku').on(t.skuId, t.createdAt), uniqueIndex('stock_moves_idem').on(t.orgId, t.idempotencyKey)],
);
