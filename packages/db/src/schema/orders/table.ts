import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, check } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';
import { skus } from '../skus/table';

/** How an order came in: the hosted Stripe Checkout (webhook), a merchant's postback, or a CSV upload. */
export const ORDER_SOURCES = ['checkout', 'postback', 'csv'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];
/** paid → confirmed (delivered / received) ; or cancelled (fully reversed). Refunds are amounts, not a status. */
export const ORDER_STATUSES = ['paid', 'confirmed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * An order (conversion). Idempotent by (merchant, external id): `content_hash` is the hash of what the merchant sent,
 * so a replay is recognised and the same id with other content is refused. `revision` grows by one with every change
 * of the order's money; each change's journal entry carries the revision it produced under a unique index, so two
 * concurrent changes computed from the same state cannot both land (see services/orders/README.md).
 */
export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    merchantOrgId: text('merchant_org_id').notNull().references(() => organizations.id),
    externalId: text('external_id').notNull(),
    source: text('source').$type<OrderSource>().notNull(),
    contentHash: text('content_hash').notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    placedAt: integer('placed_at').notNull(),
    confirmedAt: integer('confirmed_at'),
    /** When the commission may lock: confirmation + the frozen return window; null until confirmed. */
    lockAt: integer('lock_at'),
    /** Sum of the lines' bases (after discounts), and what has been refunded of it. */
    total: integer('total').notNull(),
    refunded: integer('refunded').notNull().default(0),
    revision: integer('revision').notNull().default(1),
    clickId: text('click_id'),
    linkId: text('link_id'),
    enrollmentId: text('enrollment_id'),
    creatorOrgId: text('creator_org_id'),
    providerOrgId: text('provider_org_id'),
    secondProviderOrgId: text('second_provider_org_id'),
    /** attributed | unattributed, and why (see @xuanpin/core attribution.ts for the codes). */
    attribution: text('attribution').$type<'attributed' | 'unattributed'>().notNull(),
    attributionReason: text('attribution_reason').notNull(),
    /** A fraud rule held the order's commission (lines never become payable until released). */
    holdReason: text('hold_reason'),
    /** SHA-256 of the buyer's normalised e-mail or id; never the raw value. */
    buyerHash: text('buyer_hash'),
    stripeSessionId: text('stripe_session_id'),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('orders_merchant_external').on(t.merchantOrgId, t.externalId),
    index('orders_merchant_placed').on(t.merchantOrgId, t.placedAt),
    index('orders_creator_placed').on(t.creatorOrgId, t.placedAt),
    index('orders_provider_placed').on(t.providerOrgId, t.placedAt),
    index('orders_lockable').on(t.lockAt).where(sql`lock_at is not null`),
    index('orders_buyer').on(t.buyerHash, t.placedAt),
    index('orders_payment_intent').on(t.stripePaymentIntentId),
    check('orders_refunded_in_bounds', sql`refunded >= 0 and refunded <= total`),
  ],
);

/** One SKU of an order. `base` = quantity × unit price − discount; `refunded` never exceeds it (CHECK in SQL). */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull().references(() => orders.id),
    merchantOrgId: text('merchant_org_id').notNull(),
    lineNo: integer('line_no').notNull(),
    skuId: text('sku_id').notNull().references(() => skus.id),
    productId: text('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    discount: integer('discount').notNull().default(0),
    base: integer('base').notNull(),
    refunded: integer('refunded').notNull().default(0),
    /** The line is for the product of the attributed offer, so it earns commission. */
    commissionable: integer('commissionable', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    uniqueIndex('order_lines_order_no').on(t.orderId, t.lineNo),
    index('order_lines_sku').on(t.skuId),
    check('order_lines_refunded_in_bounds', sql`refunded >= 0 and refunded <= base`),
  ],
);

/** A refund of an order, idempotent by (order, external refund id); `lines` says what each line gave back. */
export const orderRefunds = sqliteTable(
  'order_refunds',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull().references(() => orders.id),
    merchantOrgId: text('merchant_org_id').notNull(),
    externalId: text('external_id').notNull(),
    contentHash: text('content_hash').notNull(),
    amount: integer('amount').notNull(),
    lines: text('lines', { mode: 'json' }).$type<{ lineNo: number; amount: number }[]>().notNull(),
    reason: text('reason'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('order_refunds_external').on(t.orderId, t.externalId)],
);

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type OrderRefund = typeof orderRefunds.$inferSelect;
