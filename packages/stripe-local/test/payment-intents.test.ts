import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { rejection, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
beforeAll(async () => ({ server, stripe } = await start()));
afterAll(() => server.close());

describe('payment intents', () => {
  it('creates, retrieves, updates, confirms', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 5_000, currency: 'JPY', metadata: { topup: 'tp_1' } });
    expect(intent).toMatchObject({
      object: 'payment_intent',
      amount: 5_000,
      currency: 'jpy',
      status: 'requires_payment_method',
      latest_charge: null,
      livemode: false,
      metadata: { topup: 'tp_1' },
    });
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`));

    const updated = await stripe.paymentIntents.update(intent.id, { metadata: { note: 'x', topup: '' } });
    expect(updated.metadata).toEqual({ note: 'x' });

    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    expect(confirmed).toMatchObject({ status: 'succeeded', amount_received: 5_000 });
    expect(confirmed.latest_charge).toMatch(/^ch_/);
    const charge = await stripe.charges.retrieve(confirmed.latest_charge as string);
    expect(charge).toMatchObject({ amount: 5_000, currency: 'jpy', payment_intent: intent.id, paid: true });
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');

    const again = await rejection(stripe.paymentIntents.confirm(intent.id));
    expect(again).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
  });

  it('create with confirm=true succeeds at once and emits the events', async () => {
    const before = server.events().length;
    const intent = await stripe.paymentIntents.create({ amount: 1_234, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    expect(intent.status).toBe('succeeded');
    expect(server.events().slice(before).map((e) => e.type)).toEqual(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded']);
  });

  it('a declined test payment method is a StripeCardError; the intent stays payable', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1_000, currency: 'usd' });
    const error = await rejection(stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(error).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'generic_decline' });
    expect(server.events('payment_intent.payment_failed').at(-1)?.data.object.id).toBe(intent.id);
    const ok = await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    expect(ok.status).toBe('succeeded');
  });

  it('cancels, lists, rejects bad input', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 700, currency: 'eur' });
    const canceled = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    const list = await stripe.paymentIntents.list({ limit: 1 });
    expect(list.data[0].id).toBe(intent.id);

    expect(await rejection(stripe.paymentIntents.create({ amount: 0, currency: 'usd' }))).toMatchObject({ statusCode: 400, param: 'amount' });
    expect(await rejection(stripe.paymentIntents.create({ currency: 'usd' } as never))).toMatchObject({ param: 'amount', code: 'parameter_missing' });
    expect(await rejection(stripe.paymentIntents.create({ amount: 100_000_000, currency: 'usd' }))).toMatchObject({ param: 'amount' });
    expect(await rejection(stripe.paymentIntents.create({ amount: 10, currency: 'usd', capture_method: 'manual' }))).toMatchObject({ param: 'capture_method' });
    expect(await rejection(stripe.paymentIntents.retrieve('pi_missing'))).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'intent' });
    const charges = await stripe.charges.list({ payment_intent: 'pi_missing' });
    expect(charges.data).toEqual([]);
  });
});
