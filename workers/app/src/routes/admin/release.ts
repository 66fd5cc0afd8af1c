import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { OrderDetail } from '../../schemas/order';
import { ReleaseHoldBody } from '../../schemas/order-admin';
import { releaseHold } from '../../services/orders/release';

/** The platform releases a fraud hold, with an audited reason. */
export const route = new Hono<AppEnv>().post(
  '/v1/admin/orders/:id/release',
  doc({
    operationId: 'releaseHold',
    summary: 'Release a fraud hold',
    description:
      'The platform organization only (403 for others). Clears the hold of the order and its commission lines, so that ' +
      'the lock job locks them once the order is confirmed and its return window has passed. `reason` (3 to 500 ' +
      'characters) is kept in the audit log with the change. 409 when the order is not held.',
    tags: ['Admin'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The order, released', schema: OrderDetail } },
  }),
  requireScope('orders:write'),
  params(IdParam),
  jsonBody(ReleaseHoldBody),
  async (c) => reply(c, OrderDetail, await releaseHold({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
