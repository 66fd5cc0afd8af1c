import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { rejection, sdk, sessionParams, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
beforeAll(async () => ({ server, stripe } = await start()));
afterAll(() => server.close());

const key = () => `test-${Math.random().toString(36).slice(2)}`;

describe('idempotency keys', () => {
  it('the same key and parameters replay the first response, marked Idempotent-Replayed', async () => {
    const k = key();
    const first = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: k });
    const count = server.engine.store.checkoutSessions.size;
    const second = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: k });
    expect(second.id).toBe(first.id);
    expect(second).toEqual(first);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(second.lastResponse.headers['original-request']).toBe(first.lastResponse.requestId);
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(server.engine.store.checkoutSessions.size).toBe(count);
  });

  it('the same key with other parameters is a 400 idempotency_error', async () => {
    const k = key();
    await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: k });
    const error = await rejection(stripe.checkout.sessions.create(sessionParams({ client_reference_id: 'clk_other' }), { idempotencyKey: k }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
    expect(error.message).toContain('same parameters');
  });

  it('the same key on another endpoint is an idempotency_error', async () => {
    const k = key();
    await stripe.paymentIntents.create({ amount: 100, currency: 'usd' }, { idempotencyKey: k });
    const error = await rejection(stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: k }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error.message).toContain('same endpoint');
  });

  it('keys are scoped per secret key and per Stripe-Account', async () => {
    const k = key();
    const a = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' }, { idempotencyKey: k });
    const other = sdk(server, 'sk_test_someoneelse');
    const b = await other.paymentIntents.create({ amount: 100, currency: 'usd' }, { idempotencyKey: k });
    expect(b.id).not.toBe(a.id);
    const c = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' }, { idempotencyKey: k, stripeAccount: 'acct_1Connected0000' });
    expect(c.id).not.toBe(a.id);
  });

  it('replays saved errors too (a refund above what remains), but not failed validation', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const intent = server.completeCheckout(session.id).payment_intent as string;
    const k = key();
    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: intent, amount: 999_999 }, { idempotencyKey: k }));
    expect(tooMuch.param).toBe('amount');
    const replay = await rejection(stripe.refunds.create({ payment_intent: intent, amount: 999_999 }, { idempotencyKey: k }));
    expect(replay.requestId).not.toBe(tooMuch.requestId);
    expect(replay.headers?.['idempotent-replayed']).toBe('true');

    // A validation failure leaves the key unused: fixing the request with the same key works.
    const k2 = key();
    const invalid = await rejection(stripe.refunds.create({ payment_intent: intent, amount: 'x' as never }, { idempotencyKey: k2 }));
    expect(invalid.code).toBe('parameter_invalid_integer');
    const fixed = await stripe.refunds.create({ payment_intent: intent, amount: 100 }, { idempotencyKey: k2 });
    expect(fixed.amount).toBe(100);
  });

  it('a replayed refund is not refunded twice', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const intent = server.completeCheckout(session.id).payment_intent as string;
    const k = key();
    const [a, b] = await Promise.all([
      stripe.refunds.create({ payment_intent: intent, amount: 1_000 }, { idempotencyKey: k }),
      stripe.refunds.create({ payment_intent: intent, amount: 1_000 }, { idempotencyKey: k }),
    ]);
    expect(a.id).toBe(b.id);
    const charge = await stripe.charges.list({ payment_intent: intent });
    expect(charge.data[0].amount_refunded).toBe(1_000);
    expect(server.events('refund.created').filter((e) => e.data.object.payment_intent === intent)).toHaveLength(1);
  });

  it('every SDK POST carries its own generated key, so plain calls never collide', async () => {
    const a = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    const b = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    expect(a.id).not.toBe(b.id);
    expect(a.lastResponse.idempotencyKey).toMatch(/^stripe-node-retry-/);
  });
});
