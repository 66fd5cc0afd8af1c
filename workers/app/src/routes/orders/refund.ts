import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { RefundBody, RefundResult } from '../../schemas/order';
import { refundAsMerchant } from '../../services/orders/act';

/** The merchant refunds (part of) an order. */
export const route = new Hono<AppEnv>().post(
  '/v1/orders/:id/refunds',
  doc({
    operationId: 'refundOrder',
    summary: 'Refund an order',
    description:
      'Per line (`lines`), an amount spread over the lines pro rata (`amount`), or — neither — everything that remains; ' +
      'any number of times, never more than remains (400 naming the field). The commission of each line is reduced ' +
      'pro rata; after a payout a clawback line takes it back from the next one. 201 with the order and the refund; the ' +
      'same `externalId` and content again answers 200 with the same refund; with other content, 409. Merchants only.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 404, 409, 413, 415],
    responses: {
      200: { description: 'The refund as already recorded (a replay)', schema: RefundResult },
      201: { description: 'The order after the refund, and the refund', schema: RefundResult },
    },
  }),
  requireScope('orders:write'),
  params(IdParam),
  jsonBody(RefundBody),
  async (c) => {
    const { created, result } = await refundAsMerchant({ ctx: serviceContext(c), input: { ...c.req.valid('param'), refund: c.req.valid('json') } });
    return created ? reply(c, RefundResult, result, 201) : reply(c, RefundResult, result, 200);
  },
);
