import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { MAX_BATCH_ORDERS, OrderBatchBody, OrderBatchResponse } from '../../schemas/order-batch';
import { postOrderBatch } from '../../services/orders/batch';

/** The bulk postback door: many orders in one call (a merchant's hourly sync, a backfill). */
export const route = new Hono<AppEnv>().post(
  '/v1/orders/batch',
  doc({
    operationId: 'createOrderBatch',
    summary: 'Report many orders (bulk postback)',
    description:
      `Up to ${MAX_BATCH_ORDERS} orders, each exactly as for POST /v1/orders. Answers 200 with one result per order, in the ` +
      'order sent: `created` (with `orderId`), `replayed` (already recorded with the same content: the same `orderId`; ' +
      'safe to retry the whole call) or `rejected` (with `error`: `validation_failed` naming the field of that order, ' +
      'e.g. `lines[0].sku`, or `conflict` for an `externalId` recorded with other content). One bad order never fails ' +
      'the others. A body that is not of the documented shape is a 400 naming the field (`orders[3].placedAt`).',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 413, 415],
    responses: { 200: { description: 'One result per order sent', schema: OrderBatchResponse } },
  }),
  requireScope('orders:write'),
  jsonBody(OrderBatchBody),
  async (c) => reply(c, OrderBatchResponse, await postOrderBatch({ ctx: serviceContext(c), input: c.req.valid('json') })),
);
