import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { rejection, sessionParams, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
beforeAll(async () => ({ server, stripe } = await start()));
afterAll(() => server.close());

async function paidIntent(): Promise<Stripe.PaymentIntent> {
  const session = await stripe.checkout.sessions.create(sessionParams());
  const done = server.completeCheckout(session.id, { email: 'b@example.com' });
  return stripe.paymentIntents.retrieve(done.payment_intent as string);
}

describe('refunds', () => {
  it('partial refunds, then the remainder by default; never more than remains', async () => {
    const intent = await paidIntent(); // 26,300 fen
    const first = await stripe.refunds.create({ payment_intent: intent.id, amount: 10_000, reason: 'requested_by_customer', metadata: { line: 'li_1' } });
    expect(first).toMatchObject({ object: 'refund', amount: 10_000, currency: 'cny', status: 'succeeded', payment_intent: intent.id, charge: intent.latest_charge, reason: 'requested_by_customer', metadata: { line: 'li_1' } });
    expect(first.id).toMatch(/^re_/);

    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 16_301 }));
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(tooMuch).toMatchObject({ statusCode: 400, param: 'amount' });

    const rest = await stripe.refunds.create({ charge: intent.latest_charge as string });
    expect(rest.amount).toBe(16_300);

    const charge = await stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({ amount_refunded: 26_300, refunded: true });
    expect(charge.refunds?.data.map((r) => r.id)).toEqual([rest.id, first.id]);

    const none = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 1 }));
    expect(none).toMatchObject({ statusCode: 400, code: 'charge_already_refunded' });
  });

  it('emits charge.refunded with amount_refunded and the refunds, and refund.created', async () => {
    const intent = await paidIntent();
    const before = server.events().length;
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 300 });
    const events = server.events().slice(before);
    expect(events.map((e) => e.type)).toEqual(['charge.refunded', 'refund.created']);
    const charge = events[0].data.object as unknown as Stripe.Charge;
    expect(charge).toMatchObject({ id: intent.latest_charge, amount: 26_300, amount_refunded: 300, refunded: false });
    expect(charge.refunds?.data.map((r) => r.id)).toEqual([refund.id]);
    expect(events[0].data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    expect(events[1].data.object).toMatchObject({ id: refund.id, amount: 300 });
    expect(events[0].request.id).toMatch(/^req_/);
  });

  it('retrieves, lists by charge or payment intent, updates metadata', async () => {
    const intent = await paidIntent();
    const a = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    const b = await stripe.refunds.create({ payment_intent: intent.id, amount: 200 });
    expect((await stripe.refunds.retrieve(a.id)).amount).toBe(100);
    expect((await stripe.refunds.list({ payment_intent: intent.id })).data.map((r) => r.id)).toEqual([b.id, a.id]);
    expect((await stripe.refunds.list({ charge: intent.latest_charge as string, limit: 1 })).has_more).toBe(true);
    expect((await stripe.refunds.update(a.id, { metadata: { k: 'v' } })).metadata).toEqual({ k: 'v' });
  });

  it('rejects refunds of nothing, of unpaid intents and of unknown ids', async () => {
    expect(await rejection(stripe.refunds.create({}))).toMatchObject({ statusCode: 400, code: 'parameter_missing' });
    const unpaid = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    expect(await rejection(stripe.refunds.create({ payment_intent: unpaid.id }))).toMatchObject({ statusCode: 400, param: 'payment_intent' });
    expect(await rejection(stripe.refunds.create({ payment_intent: 'pi_nope' }))).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'payment_intent' });
    expect(await rejection(stripe.refunds.create({ charge: 'ch_nope' }))).toMatchObject({ statusCode: 404, param: 'charge' });
    expect(await rejection(stripe.refunds.create({ payment_intent: 'pi_x', amount: 0 }))).toMatchObject({ statusCode: 400, param: 'amount' });
    expect(await rejection(stripe.refunds.retrieve('re_nope'))).toMatchObject({ statusCode: 404 });
  });

  it('concurrent refunds never exceed the charge', async () => {
    const intent = await paidIntent();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => stripe.refunds.create({ payment_intent: intent.id, amount: 5_000 })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok).toHaveLength(5); // 5 × 5,000 ≤ 26,300 < 6 × 5,000
    const charge = await stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge.amount_refunded).toBe(25_000);
  });
});
