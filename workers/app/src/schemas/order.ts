import * as v from 'valibot';
import { CURRENCIES } from '@xuanpin/core';
import { COMMISSION_PARTS, COMMISSION_STATUSES, LEDGER_ACCOUNTS, ORDER_SOURCES, ORDER_STATUSES } from '@xuanpin/db';
import { Page, PageQuery, Timestamp } from './common';

/**
 * Orders, commission lines and balances over /v1 (issue 5). Values the pipeline checks against the catalog and the
 * order (SKU known, currency of the SKU, quantity ≥ 1, refund within what remains) are checked by the services, whose
 * errors name the field as `lines[0].sku`; the schemas check shapes and types.
 */

const id = v.pipe(v.string(), v.maxLength(64));
// Whole numbers and their ranges are checked by the services, so that every value error of a line names it the same
// way (`lines[0].quantity`); the schema refuses other types.
const minor = (what: string) => v.pipe(v.number(`${what} must be a number`), v.description('A whole number of minor units.'));
const count = (what: string) => v.pipe(v.number(`${what} must be a number`), v.description('A whole number.'));
const msQuery = (what: string) =>
  v.pipe(v.string(), v.regex(/^\d{1,15}$/, `${what} must be a time in ms since the epoch`), v.transform(Number));

export const OrderStatusSchema = v.picklist(ORDER_STATUSES);
export const CommissionStatusSchema = v.picklist(COMMISSION_STATUSES);
const Attribution = v.picklist(['attributed', 'unattributed']);

export const OrderLineBody = v.strictObject({
  sku: v.pipe(v.string('sku must be a string'), v.minLength(1, 'sku must not be empty'), v.maxLength(64), v.description('Our SKU id (`sku_…`) or your SKU code.')),
  quantity: v.pipe(count('quantity'), v.description('A whole number, at least 1.')),
  unitPrice: v.pipe(minor('unitPrice'), v.description('Whole minor units of `currency` (fen, yen, cents), 0 or more.')),
  discount: v.optional(v.pipe(minor('discount'), v.description('Off the whole line (quantity × unit price), in minor units. Default 0.'))),
});

/** The caller's own id for what it sends (an order, a refund): the key that makes a replay harmless. */
const externalId = (description: string) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'externalId must not be empty'),
    v.maxLength(200, 'externalId is at most 200 characters'),
    v.description(description),
  );

export const CreateOrderBody = v.pipe(
  v.strictObject({
    externalId: externalId('Your order id. Sending it again with the same content answers the recorded order (200); with other content, 409.'),
    clickId: v.optional(
      v.nullable(v.pipe(v.string(), v.maxLength(64), v.description('The `xp_click` value the buyer arrived with (query parameter or cookie); without it the order is unattributed.'))),
    ),
    currency: v.pipe(v.picklist(CURRENCIES, `currency must be one of ${CURRENCIES.join(', ')}`), v.description('The currency of every line; must be the SKUs’ currency.')),
    placedAt: v.pipe(Timestamp, v.minValue(1, 'placedAt must be a time in ms since the epoch'), v.description('When the buyer paid, ms since the epoch.')),
    buyer: v.optional(
      v.nullable(v.pipe(v.string(), v.maxLength(320), v.description('The buyer’s e-mail or your own buyer id; only a hash is stored (fraud rules).'))),
    ),
    lines: v.pipe(v.array(OrderLineBody), v.minLength(1, 'an order needs at least one line'), v.maxLength(100, 'at most 100 lines per order')),
  }),
  v.metadata({ ref: 'CreateOrder' }),
);
export type CreateOrderInput = v.InferOutput<typeof CreateOrderBody>;

export const ConfirmOrderBody = v.pipe(
  v.strictObject({
    confirmedAt: v.optional(v.pipe(Timestamp, v.description('When the buyer received the goods (default: now). The return window runs from here.'))),
  }),
  v.metadata({ ref: 'ConfirmOrder' }),
);

export const RefundBody = v.pipe(
  v.strictObject({
    externalId: externalId('Your refund id. Sending it again with the same content changes nothing (200); with other content, 409.'),
    lines: v.optional(
      v.pipe(
        v.array(v.strictObject({ lineNo: count('lineNo'), amount: minor('amount') })),
        v.minLength(1, 'lines must name at least one line (leave it out to refund everything)'),
        v.maxLength(100),
        v.description('Amounts per order line (`lineNo` from the order). Give `lines` or `amount`, or neither to refund everything that remains.'),
      ),
    ),
    amount: v.optional(v.pipe(minor('amount'), v.description('An amount spread over the lines in proportion to what remains of each.'))),
    reason: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500)))),
  }),
  v.metadata({ ref: 'Refund' }),
);
export type RefundBodyInput = v.InferOutput<typeof RefundBody>;

export const CancelOrderBody = v.pipe(v.strictObject({ reason: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500)))) }), v.metadata({ ref: 'CancelOrder' }));

export const Order = v.pipe(
  v.object({
    id: v.string(),
    externalId: v.string(),
    source: v.picklist(ORDER_SOURCES),
    status: v.pipe(OrderStatusSchema, v.description('`paid` → `confirmed` (delivered / received); or `cancelled`. Refunds are amounts (`refunded`).')),
    currency: v.string(),
    total: v.pipe(v.number(), v.description('Sum of the lines after discounts, minor units.')),
    refunded: v.number(),
    placedAt: Timestamp,
    confirmedAt: v.nullable(Timestamp),
    lockAt: v.pipe(v.nullable(Timestamp), v.description('When the commission may lock: confirmation + the return window.')),
    attribution: Attribution,
    attributionReason: v.pipe(v.string(), v.description('Why the order is (not) attributed: `attributed`, `no_click_id`, `click_not_found`, `click_expired`, …')),
    holdReason: v.pipe(v.nullable(v.string()), v.description('A fraud rule holds the commission (it never becomes payable until released).')),
    clickId: v.nullable(v.string()),
    linkId: v.nullable(v.string()),
    offerId: v.nullable(v.string()),
    creatorOrgId: v.nullable(v.string()),
    providerOrgId: v.nullable(v.string()),
    secondProviderOrgId: v.nullable(v.string()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  v.metadata({ ref: 'Order' }),
);
export type OrderView = v.InferOutput<typeof Order>;
export const OrderPage = Page(Order, 'OrderPage');

export const OrderLine = v.pipe(
  v.object({
    lineNo: v.number(),
    skuId: v.string(),
    productId: v.string(),
    quantity: v.number(),
    unitPrice: v.number(),
    discount: v.number(),
    base: v.pipe(v.number(), v.description('quantity × unitPrice − discount: what commission is computed on.')),
    refunded: v.number(),
    commissionable: v.pipe(v.boolean(), v.description('The line is for the product of the attributed offer.')),
  }),
  v.metadata({ ref: 'OrderLine' }),
);

export const CommissionLine = v.pipe(
  v.object({
    id: v.string(),
    orderId: v.string(),
    lineNo: v.number(),
    productId: v.string(),
    productTitle: v.string(),
    orgId: v.pipe(v.string(), v.description('Who the line pays.')),
    part: v.picklist(COMMISSION_PARTS),
    currency: v.string(),
    amount: v.pipe(v.number(), v.description('What it is worth now (after refunds); negative for a clawback.')),
    original: v.pipe(v.number(), v.description('What it was worth when the order was recorded.')),
    base: v.number(),
    status: CommissionStatusSchema,
    holdReason: v.nullable(v.string()),
    clawbackOf: v.pipe(v.nullable(v.string()), v.description('For a clawback (refund after payout): the paid line it takes back from.')),
    termsVersion: v.pipe(v.number(), v.description('The version of the offer’s rates frozen on the line.')),
    lockedAt: v.nullable(Timestamp),
    createdAt: Timestamp,
  }),
  v.metadata({ ref: 'CommissionLine' }),
);
export type CommissionLineView = v.InferOutput<typeof CommissionLine>;
export const CommissionPage = Page(CommissionLine, 'CommissionPage');

export const OrderDetail = v.pipe(
  v.object({
    ...Order.entries,
    lines: v.array(OrderLine),
    commissions: v.pipe(
      v.array(CommissionLine),
      v.description('The merchant and the platform see every line; a creator or provider only its own.'),
    ),
  }),
  v.metadata({ ref: 'OrderDetail' }),
);
export type OrderDetailView = v.InferOutput<typeof OrderDetail>;

export const RefundResult = v.pipe(
  v.object({
    ...OrderDetail.entries,
    refund: v.object({
      id: v.string(),
      externalId: v.string(),
      amount: v.number(),
      lines: v.array(v.object({ lineNo: v.number(), amount: v.number() })),
      reason: v.nullable(v.string()),
      createdAt: Timestamp,
    }),
  }),
  v.metadata({ ref: 'RefundResult' }),
);

export const OrderListQuery = v.strictObject({
  ...PageQuery.entries,
  status: v.optional(OrderStatusSchema),
  attribution: v.optional(Attribution),
  creatorOrgId: v.optional(id),
  from: v.optional(v.pipe(msQuery('from'), v.description('placedAt ≥ from (ms).'))),
  to: v.optional(v.pipe(msQuery('to'), v.description('placedAt < to (ms).'))),
});
export type OrderListInput = v.InferOutput<typeof OrderListQuery>;

export const CommissionListQuery = v.strictObject({
  ...PageQuery.entries,
  status: v.optional(CommissionStatusSchema),
  held: v.optional(v.picklist(['true', 'false'])),
  currency: v.optional(v.picklist(CURRENCIES)),
  orderId: v.optional(id),
});
export type CommissionListInput = v.InferOutput<typeof CommissionListQuery>;

export const CommissionTotals = v.pipe(
  v.object({
    currency: v.string(),
    pending: v.pipe(v.number(), v.description('Pending, not held: waiting for the order’s confirmation and return window.')),
    held: v.pipe(v.number(), v.description('Held by a fraud rule (pending or locked).')),
    locked: v.number(),
    payable: v.pipe(v.number(), v.description('Ready for the next payout (clawbacks net it).')),
    inPayout: v.number(),
    paid: v.number(),
    reversed: v.pipe(v.number(), v.description('Taken back by refunds and cancellations, in total.')),
  }),
  v.metadata({ ref: 'CommissionTotals' }),
);
export const CommissionSummary = v.pipe(v.object({ data: v.array(CommissionTotals) }), v.metadata({ ref: 'CommissionSummary' }));

export const Balance = v.pipe(
  v.object({
    account: v.picklist(LEDGER_ACCOUNTS),
    currency: v.string(),
    net: v.pipe(v.number(), v.description('Sum of the postings: debits positive, credits negative.')),
    balance: v.pipe(v.number(), v.description('As you read it: owed to you, or held for you, is positive.')),
  }),
  v.metadata({ ref: 'Balance' }),
);
export const Balances = v.pipe(
  v.object({
    data: v.array(Balance),
    fundingPausedAt: v.pipe(
      v.nullable(Timestamp),
      v.description('Merchants: set while a negative balance pauses your offers (a top-up lifts it); always null for others.'),
    ),
  }),
  v.metadata({ ref: 'Balances' }),
);
