import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { OrderDetail } from '../../schemas/order';
import { getOrder } from '../../services/orders/get';

/** One order the caller is a party to. */
export const route = new Hono<AppEnv>().get(
  '/v1/orders/:id',
  doc({
    operationId: 'getOrder',
    summary: 'Get an order',
    description:
      'The order, its lines and its commission lines: the merchant (and the platform) see every commission line, the ' +
      'creator and providers only their own. An order you are not a party to is 404.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:read',
    errors: [404],
    responses: { 200: { description: 'The order', schema: OrderDetail } },
  }),
  requireScope('orders:read'),
  params(IdParam),
  async (c) => reply(c, OrderDetail, await getOrder({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
