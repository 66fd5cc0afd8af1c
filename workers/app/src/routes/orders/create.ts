import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreateOrderBody, OrderDetail } from '../../schemas/order';
import { postOrder } from '../../services/orders/postback';

/** The postback door: a merchant's server reports an order. */
export const route = new Hono<AppEnv>().post(
  '/v1/orders',
  doc({
    operationId: 'createOrder',
    summary: 'Report an order (postback)',
    description:
      'For merchants who sell on their own store. Send the `xp_click` id the buyer arrived with as `clickId`: the order is ' +
      'attributed to the creator of that click when it is within the offer’s attribution window, and its commission is ' +
      'split with the terms in force at `placedAt` (frozen). 201 with the recorded order; the same `externalId` with the ' +
      'same content again answers 200 with the same order (safe to retry); with other content, 409. 400 names the ' +
      'field: an unknown SKU (`lines[0].sku`), a currency other than the SKUs’ (`currency`), a quantity below 1, a ' +
      'discount above its line. The commission is debited from your balance (GET /v1/ledger/balances).',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 409, 413, 415],
    responses: {
      200: { description: 'The order as already recorded (a replay)', schema: OrderDetail },
      201: { description: 'The recorded order', schema: OrderDetail },
    },
  }),
  requireScope('orders:write'),
  jsonBody(CreateOrderBody),
  async (c) => {
    const { created, order } = await postOrder({ ctx: serviceContext(c), input: c.req.valid('json') });
    return created ? reply(c, OrderDetail, order, 201) : reply(c, OrderDetail, order, 200);
  },
);
