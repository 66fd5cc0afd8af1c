import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { HeldOrderPage, HoldsQuery } from '../../schemas/order-admin';
import { listHolds } from '../../services/orders/holds';

/** The platform reviews the orders its fraud rules hold. */
export const route = new Hono<AppEnv>().get(
  '/v1/admin/holds',
  doc({
    operationId: 'listHolds',
    summary: 'List held orders',
    description:
      'The platform organization only (403 for others). Orders whose commission a fraud rule holds (`self_purchase`, ' +
      '`brushing`, `bot_click`; filter with `reason`), newest first, with the merchant, the creator and what the held ' +
      'lines are worth now per beneficiary. Held lines never lock until released (`POST /v1/admin/orders/{id}/release`).',
    tags: ['Admin'],
    auth: 'key',
    scope: 'orders:read',
    errors: [400],
    responses: { 200: { description: 'A page of held orders', schema: HeldOrderPage } },
  }),
  requireScope('orders:read'),
  query(HoldsQuery),
  async (c) => reply(c, HeldOrderPage, await listHolds({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
