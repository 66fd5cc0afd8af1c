import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { CancelOrderBody, OrderDetail } from '../../schemas/order';
import { cancelAsMerchant } from '../../services/orders/act';

/** The merchant cancels an order: everything that remains is refunded. */
export const route = new Hono<AppEnv>().post(
  '/v1/orders/:id/cancel',
  doc({
    operationId: 'cancelOrder',
    summary: 'Cancel an order',
    description:
      'Refunds everything that remains and marks the order `cancelled`: its commission is reversed in full (clawed back ' +
      'where already paid out). Send `{}` or `{ "reason": … }`. Cancelling again changes nothing. Merchants only.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The cancelled order', schema: OrderDetail } },
  }),
  requireScope('orders:write'),
  params(IdParam),
  jsonBody(CancelOrderBody),
  async (c) => reply(c, OrderDetail, await cancelAsMerchant({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
