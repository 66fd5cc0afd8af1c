import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { stripeClient } from '../../lib/stripe';
import { requireScope } from '../../middleware/auth';
import { TopUpBody, TopUpSession } from '../../schemas/balance';
import { startTopUp } from '../../services/checkout/top-up';

/** A merchant tops up its balance through Stripe Checkout; the webhook credits it once paid. */
export const route = new Hono<AppEnv>().post(
  '/v1/balance/top-ups',
  doc({
    operationId: 'createTopUp',
    summary: 'Top up the balance',
    description:
      "Starts a Stripe Checkout Session for `amount` (minor units) of `currency`; send the merchant's browser to `url`. " +
      'Once Stripe reports the session paid (webhook), the amount is credited to the merchant balance that postback and ' +
      'CSV orders debit, and offers paused for a negative balance resume when every currency is back at zero or more. ' +
      'Merchants only. Send an `idempotencyKey` to make retries safe.',
    tags: ['Balance'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 409, 413, 415],
    responses: { 201: { description: 'The Checkout Session to pay', schema: TopUpSession } },
  }),
  requireScope('orders:write'),
  jsonBody(TopUpBody),
  async (c) => {
    const stripe = await stripeClient(c.var.services.env);
    const session = await startTopUp({ ctx: serviceContext(c), input: c.req.valid('json'), stripe, origin: new URL(c.req.url).origin });
    return reply(c, TopUpSession, session, 201);
  },
);
