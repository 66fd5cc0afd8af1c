import { newId } from '@xuanpin/core';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { isStripeError, type Stripe } from '../../lib/stripe';
import { toStripeCurrency, topUpMetadata } from './metadata';

export interface TopUpInput {
  amount: number;
  currency: string;
  idempotencyKey?: string;
}

/**
 * A merchant funds its balance (what its postback and CSV orders' commissions are debited from) through Stripe
 * Checkout. Nothing is credited here: the webhook credits the balance once the session is paid (webhook.ts).
 */
export async function startTopUp({ ctx, input, stripe, origin }: { ctx: ServiceContext; input: TopUpInput; stripe: Stripe; origin: string }) {
  if (ctx.caller.orgKind !== 'merchant') throw new ApiError('forbidden', 'Only a merchant organization has a balance to top up.');
  const metadata = topUpMetadata(ctx.caller.orgId);
  // Without the caller's key every request is its own session; with it, a retry gets the same one (Stripe keeps it 24 h).
  const key = `xp-top-up:${ctx.caller.orgId}:${input.idempotencyKey ?? newId('request', ctx.now)}`;
  try {
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [{ quantity: 1, price_data: { currency: toStripeCurrency(input.currency), unit_amount: input.amount, product_data: { name: 'Xuanpin balance top-up' } } }],
        client_reference_id: ctx.caller.orgId,
        metadata,
        payment_intent_data: { metadata },
        success_url: `${origin}/?top_up=paid&session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${origin}/?top_up=cancelled`,
      },
      { idempotencyKey: key },
    );
    if (!session.url) throw new Error(`Stripe answered checkout session ${session.id} without a url`);
    return { id: session.id, url: session.url, amount: input.amount, currency: input.currency };
  } catch (err) {
    if (isStripeError(err) && err.type === 'StripeIdempotencyError') {
      throw new ApiError('conflict', '`idempotencyKey`: already used for a top-up with other content.', { path: 'idempotencyKey' });
    }
    throw err;
  }
}
