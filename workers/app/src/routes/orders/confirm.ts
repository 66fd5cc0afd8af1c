import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ConfirmOrderBody, OrderDetail } from '../../schemas/order';
import { confirmAsMerchant } from '../../services/orders/act';

/** The merchant confirms delivery / receipt: the return window starts. */
export const route = new Hono<AppEnv>().post(
  '/v1/orders/:id/confirm',
  doc({
    operationId: 'confirmOrder',
    summary: 'Confirm an order',
    description:
      'The buyer received the goods (at `confirmedAt`, default now). The commission locks once the return window frozen ' +
      'on the order has passed since then (`lockAt`). Send `{}` to confirm as of now. Confirming again answers the first confirmation; a cancelled ' +
      'order is 409. Merchants only.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The order', schema: OrderDetail } },
  }),
  requireScope('orders:write'),
  params(IdParam),
  jsonBody(ConfirmOrderBody),
  async (c) => reply(c, OrderDetail, await confirmAsMerchant({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
