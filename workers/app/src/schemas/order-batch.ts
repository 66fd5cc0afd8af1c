import * as v from 'valibot';
import { CreateOrderBody } from './order';

/**
 * The bulk postback (POST /v1/orders/batch): up to 500 orders of the single postback's shape (CreateOrderBody) in
 * one call, one result each. A body that is not of that shape is a 400 naming the field (`orders[3].lines[0].sku`);
 * what only the catalog can tell (an unknown SKU, a currency other than the SKU's) rejects that order alone.
 */
export const MAX_BATCH_ORDERS = 500;

export const OrderBatchBody = v.pipe(
  v.strictObject({
    orders: v.pipe(
      v.array(CreateOrderBody),
      v.minLength(1, 'orders must hold at least one order'),
      v.maxLength(MAX_BATCH_ORDERS, `at most ${MAX_BATCH_ORDERS} orders per call`),
      v.description(`1 to ${MAX_BATCH_ORDERS} orders, each as for POST /v1/orders.`),
    ),
  }),
  v.metadata({ ref: 'OrderBatch' }),
);
export type OrderBatchInput = v.InferOutput<typeof OrderBatchBody>;

export const OrderBatchResult = v.pipe(
  v.object({
    externalId: v.string(),
    status: v.pipe(
      v.picklist(['created', 'replayed', 'rejected']),
      v.description('`created`: recorded now; `replayed`: already recorded with this content (same `orderId` as the first time); `rejected`: see `error`.'),
    ),
    orderId: v.optional(v.string()),
    error: v.optional(
      v.pipe(
        v.object({ code: v.string(), message: v.string(), path: v.optional(v.string()) }),
        v.description('`validation_failed` with the field of this order (`lines[0].sku`), or `conflict` when this `externalId` was recorded with other content.'),
      ),
    ),
  }),
  v.metadata({ ref: 'OrderBatchResult' }),
);

export const OrderBatchResponse = v.pipe(
  v.object({
    results: v.pipe(v.array(OrderBatchResult), v.description('One per order sent, in the order sent.')),
    counts: v.object({ created: v.number(), replayed: v.number(), rejected: v.number() }),
  }),
  v.metadata({ ref: 'OrderBatchResponse' }),
);
export type OrderBatchView = v.InferOutput<typeof OrderBatchResponse>;
