import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import { doc, reply } from '../../lib/route';
import { stripeClient, verifiedEvent } from '../../lib/stripe';
import { limitBody } from '../../middleware/body-limit';
import { handleStripeEvent } from '../../services/checkout/webhook';

const Received = v.pipe(
  v.object({
    received: v.literal(true),
    /** What the event did (`order_recorded`, `order_replayed`, `refunds_applied`, `top_up_credited`, `ignored`…). */
    result: v.string(),
  }),
  v.metadata({ ref: 'StripeWebhookReceived' }),
);

/**
 * Stripe's events for the hosted checkout and top-ups. Not under /v1: Stripe authenticates with the
 * `Stripe-Signature` header (HMAC of the raw body with the endpoint's secret, timestamp within 5 minutes), checked
 * with WebCrypto before anything is read or written.
 */
export const route = new Hono<AppEnv>().post(
  '/webhooks/stripe',
  doc({
    operationId: 'stripeWebhook',
    summary: 'Stripe webhook',
    description:
      'Receives Stripe events, signed with `Stripe-Signature`. `checkout.session.completed` records the hosted-checkout ' +
      'order (attributed to the click id in `client_reference_id`) or credits a merchant top-up; `charge.refunded` and ' +
      '`refund.created`/`refund.updated` reverse commission pro rata. Duplicates and out-of-order events change nothing ' +
      'twice; a refund that arrives before its order records the order first. Other event types answer 200 and are ' +
      'ignored. A bad signature or a stale timestamp answers 400 and writes nothing; a failure on our side answers 500 ' +
      'so that Stripe delivers the event again.',
    tags: ['Webhooks'],
    auth: 'public',
    errors: [400, 413],
    responses: { 200: { description: 'The event was handled (or deliberately ignored).', schema: Received } },
  }),
  limitBody(),
  async (c) => {
    const { db, clock, logger, env } = c.var.services;
    const raw = await c.req.text();
    const event = await verifiedEvent(env, raw, c.req.header('stripe-signature'));
    const result = await handleStripeEvent({ db, stripe: await stripeClient(env), now: clock.now(), logger }, event);
    logger.info('stripe event', { eventId: event.id, type: event.type, result });
    return reply(c, Received, { received: true, result });
  },
);
