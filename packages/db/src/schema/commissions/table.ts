import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { orders, orderLines } from '../orders/table';

/** Who a commission line pays: the parts of `allocate` (packages/core/src/allocation.ts). */
export const COMMISSION_PARTS = ['creator', 'provider', 'second_provider', 'platform_creator_fee', 'platform_provider_fee', 'merchant'] as const;
export type CommissionPart = (typeof COMMISSION_PARTS)[number];
/** pending (paid order) → locked (confirmed and past its return window) → payable → in_payout → paid; or reversed. */
export const COMMISSION_STATUSES = ['pending', 'locked', 'payable', 'in_payout', 'paid', 'reversed'] as const;
export type CommissionStatus = (typeof COMMISSION_STATUSES)[number];

/**
 * One beneficiary's share of one order line, with the terms frozen at order time (rates, platform fee, windows):
 * later rate changes never touch it. `amount` is what the line is worth now (after refunds before lock);
 * `original` what it was at order time. A refund after payout leaves the paid line alone and adds a clawback line
 * (negative amount, `clawback_of` the paid line) that the next payout nets.
 */
export const commissionLines = sqliteTable(
  'commission_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull().references(() => orders.id),
    orderLineId: text('order_line_id').notNull().references(() => orderLines.id),
    /** The beneficiary organization (creator, provider, second-level provider, platform or merchant). */
    orgId: text('org_id').notNull(),
    merchantOrgId: text('merchant_org_id').notNull(),
    part: text('part').$type<CommissionPart>().notNull(),
    currency: text('currency').notNull(),
    amount: integer('amount').notNull(),
    original: integer('original').notNull(),
    status: text('status').$type<CommissionStatus>().notNull(),
    holdReason: text('hold_reason'),
    base: integer('base').notNull(),
    creatorRateBps: integer('creator_rate_bps').notNull(),
    serviceFeeBps: integer('service_fee_bps').notNull(),
    platformFeeBps: integer('platform_fee_bps').notNull(),
    secondLevelShareBps: integer('second_level_share_bps').notNull(),
    termsVersion: integer('terms_version').notNull(),
    attributionWindowDays: integer('attribution_window_days').notNull(),
    returnWindowDays: integer('return_window_days').notNull(),
    clawbackOf: text('clawback_of'),
    lockedAt: integer('locked_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('commission_lines_order').on(t.orderId),
    index('commission_lines_org_status').on(t.orgId, t.status, t.createdAt),
    index('commission_lines_held').on(t.holdReason).where(sql`hold_reason is not null`),
  ],
);

export type CommissionLine = typeof commissionLines.$inferSelect;
