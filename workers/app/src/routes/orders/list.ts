import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { OrderListQuery, OrderPage } from '../../schemas/order';
import { listOrders } from '../../services/orders/list';

/** The orders the caller is a party to. */
export const route = new Hono<AppEnv>().get(
  '/v1/orders',
  doc({
    operationId: 'listOrders',
    summary: 'List orders',
    description:
      'Newest placed first. A merchant sees all of its orders; a creator the orders attributed to it; a provider those ' +
      'of its activities (also as second-level provider). Filters: `status`, `attribution`, `creatorOrgId`, and ' +
      '`from` ≤ `placedAt` < `to` (ms).',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:read',
    errors: [400],
    responses: { 200: { description: 'A page of orders', schema: OrderPage } },
  }),
  requireScope('orders:read'),
  query(OrderListQuery),
  async (c) => reply(c, OrderPage, await listOrders({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
