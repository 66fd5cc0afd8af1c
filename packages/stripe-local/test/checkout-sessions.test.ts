import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { rejection, sessionParams, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
beforeAll(async () => ({ server, stripe } = await start()));
afterAll(() => server.close());

describe('checkout sessions', () => {
  it('creates a payment session with Stripe\'s shape', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: 26_300,
      amount_total: 26_300,
      currency: 'cny',
      client_reference_id: 'clk_01JTEST',
      customer_email: 'buyer@example.com',
      metadata: { offer: 'ofr_1', org: 'org_1' },
      payment_intent: null,
      livemode: false,
      success_url: 'http://127.0.0.1:1/done?session_id={CHECKOUT_SESSION_ID}',
      url: `${server.url}/pay/${session.id}`,
    });
    expect(Number.isInteger(session.created)).toBe(true);
    expect(Math.abs(session.created - Date.now() / 1000)).toBeLessThan(5);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
    expect(session).not.toHaveProperty('line_items');
  });

  it('retrieves, lists, and lists line items (also expanded on the session)', async () => {
    const created = await stripe.checkout.sessions.create(sessionParams());
    const got = await stripe.checkout.sessions.retrieve(created.id);
    expect(got).toEqual(created);

    const items = await stripe.checkout.sessions.listLineItems(created.id);
    expect(items.object).toBe('list');
    expect(items.data.map((i) => [i.description, i.quantity, i.amount_total, i.price?.unit_amount])).toEqual([
      ['Matcha set 抹茶', 2, 25_800, 12_900],
      ['Gift wrap', 1, 500, 500],
    ]);
    expect(items.data[0].id).toMatch(/^li_/);
    expect(items.data[0].price?.product).toMatch(/^prod_/);

    const page = await stripe.checkout.sessions.listLineItems(created.id, { limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(page.has_more).toBe(true);
    const next = await stripe.checkout.sessions.listLineItems(created.id, { limit: 1, starting_after: page.data[0].id });
    expect(next.data[0].description).toBe('Gift wrap');

    const expanded = await stripe.checkout.sessions.retrieve(created.id, { expand: ['line_items', 'line_items.data.price.product'] });
    expect(expanded.line_items?.data).toHaveLength(2);
    expect((expanded.line_items?.data[0].price?.product as Stripe.Product).name).toBe('Matcha set 抹茶');

    const list = await stripe.checkout.sessions.list({ limit: 2 });
    expect(list.data[0].id).toBe(created.id); // newest first
    const open = await stripe.checkout.sessions.list({ status: 'complete' });
    expect(open.data.every((s) => s.status === 'complete')).toBe(true);
  });

  it('completes through the test shortcut: payment intent, charge, session paid, events in order', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const before = server.events().length;
    const res = await fetch(`${server.url}/_test/checkout/sessions/${session.id}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.com', name: 'Li Lei', card_fingerprint: 'fpSAMEPERSON0001' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);

    const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', url: null });
    expect(paid.customer_details).toMatchObject({ email: 'someone@example.com', name: 'Li Lei' });
    const intent = paid.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      object: 'payment_intent',
      status: 'succeeded',
      amount: 26_300,
      amount_received: 26_300,
      currency: 'cny',
      metadata: { order_ref: 'ord_1' },
    });
    expect(intent.id).toMatch(/^pi_/);
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge.id).toMatch(/^ch_/);
    expect(charge).toMatchObject({ amount: 26_300, paid: true, status: 'succeeded', amount_refunded: 0, payment_intent: intent.id });
    expect(charge.billing_details.email).toBe('someone@example.com');
    expect(charge.payment_method_details?.card?.fingerprint).toBe('fpSAMEPERSON0001');
    expect(charge.payment_method_details?.card?.last4).toBe('4242');

    const types = server.events().slice(before).map((e) => e.type);
    expect(types).toEqual(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded', 'checkout.session.completed']);
    const completed = server.events('checkout.session.completed').at(-1)!;
    expect(completed.data.object).toMatchObject({ id: session.id, status: 'complete', payment_intent: intent.id, client_reference_id: 'clk_01JTEST' });

    // Paying twice is refused.
    const again = await fetch(`${server.url}/_test/checkout/sessions/${session.id}/complete`, { method: 'POST' });
    expect(again.status).toBe(400);
  });

  it('the programmatic completeCheckout does the same; the same card gives the same fingerprint', async () => {
    const a = await stripe.checkout.sessions.create(sessionParams());
    const b = await stripe.checkout.sessions.create(sessionParams());
    server.completeCheckout(a.id, { email: 'x@example.com' });
    server.completeCheckout(b.id, { email: 'y@example.com' });
    const fp = async (id: string) => {
      const s = await stripe.checkout.sessions.retrieve(id, { expand: ['payment_intent.latest_charge'] });
      return ((s.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge).payment_method_details?.card?.fingerprint;
    };
    expect(await fp(a.id)).toBe(await fp(b.id));
  });

  it('a free session completes with no payment intent', async () => {
    const session = await stripe.checkout.sessions.create(
      sessionParams({ line_items: [{ price_data: { currency: 'jpy', unit_amount: 0, product_data: { name: 'Sample' } }, quantity: 1 }] }),
    );
    const done = server.completeCheckout(session.id);
    expect(done).toMatchObject({ status: 'complete', payment_status: 'no_payment_required', payment_intent: null });
  });

  it('expires on request and by its expires_at (with a movable clock)', async () => {
    const expired = await stripe.checkout.sessions.expire((await stripe.checkout.sessions.create(sessionParams())).id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    expect(server.events('checkout.session.expired').at(-1)?.data.object).toMatchObject({ id: expired.id });
    const error = await rejection(stripe.checkout.sessions.expire(expired.id));
    expect(error.type).toBe('StripeInvalidRequestError');

    let now = Date.now();
    const clocked = await start({ now: () => now });
    try {
      const s = await clocked.stripe.checkout.sessions.create(sessionParams({ expires_at: Math.floor(now / 1000) + 3600 }));
      now += 3601 * 1000;
      expect((await clocked.stripe.checkout.sessions.retrieve(s.id)).status).toBe('expired');
      const pay = await fetch(`${clocked.server.url}/_test/checkout/sessions/${s.id}/complete`, { method: 'POST' });
      expect(pay.status).toBe(400);
    } finally {
      await clocked.server.close();
    }
  });

  it('answers bad parameters with StripeInvalidRequestError naming the field', async () => {
    const cases: [Stripe.Checkout.SessionCreateParams, string, string?][] = [
      [{ ...sessionParams(), mode: undefined } as never, 'mode', 'parameter_missing'],
      [sessionParams({ line_items: [] }), 'line_items'],
      [sessionParams({ line_items: [{ price_data: { currency: 'cny', product_data: { name: 'x' } }, quantity: 1 }] }), 'line_items[0][price_data][unit_amount]', 'parameter_missing'],
      [sessionParams({ line_items: [{ price_data: { currency: 'cny', unit_amount: 100, product_data: { name: 'x' } } }] }), 'line_items[0][quantity]', 'parameter_missing'],
      [sessionParams({ line_items: [{ price_data: { currency: 'cny', unit_amount: -1, product_data: { name: 'x' } }, quantity: 1 }] }), 'line_items[0][price_data][unit_amount]'],
      [sessionParams({ line_items: [{ price_data: { currency: 'cny', unit_amount: 'abc' as never, product_data: { name: 'x' } }, quantity: 1 }] }), 'line_items[0][price_data][unit_amount]', 'parameter_invalid_integer'],
      [sessionParams({ line_items: [{ price_data: { currency: 'xyz', unit_amount: 1, product_data: { name: 'x' } }, quantity: 1 }] }), 'line_items[0][price_data][currency]'],
      [sessionParams({ line_items: [{ price_data: { currency: 'cny', unit_amount: 1, product_data: { name: 'x' } }, quantity: 1 }, { price_data: { currency: 'usd', unit_amount: 1, product_data: { name: 'y' } }, quantity: 1 }] }), 'line_items[1][price_data][currency]'],
      [sessionParams({ line_items: [{ price: 'price_nope', quantity: 1 }] }), 'line_items[0][price]', 'resource_missing'],
      [sessionParams({ customer_email: 'not-an-email' }), 'customer_email', 'email_invalid'],
      [sessionParams({ success_url: 'nope' }), 'success_url', 'url_invalid'],
      [sessionParams({ expires_at: Math.floor(Date.now() / 1000) + 60 }), 'expires_at'],
      [sessionParams({ expires_at: Math.floor(Date.now() / 1000) + 25 * 3600 }), 'expires_at'],
      [{ ...sessionParams(), colour: 'red' } as never, 'colour', 'parameter_unknown'],
      [sessionParams({ client_reference_id: 'x'.repeat(201) }), 'client_reference_id'],
      [sessionParams({ metadata: { ['k'.repeat(41)]: 'v' } }), `metadata[${'k'.repeat(41)}]`],
      [sessionParams({ mode: 'subscription' }), 'mode'],
    ];
    for (const [params, param, code] of cases) {
      const error = await rejection(stripe.checkout.sessions.create(params));
      expect(error, `${param}: ${String(error)}`).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(error.statusCode, param).toBe(400);
      expect(error.param, error.message).toBe(param);
      if (code) expect(error.code, error.message).toBe(code);
    }
  });

  it('unknown ids are 404 resource_missing', async () => {
    const error = await rejection(stripe.checkout.sessions.retrieve('cs_test_nope'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', message: "No such checkout.session: 'cs_test_nope'" });
    const items = await rejection(stripe.checkout.sessions.listLineItems('cs_test_nope'));
    expect(items.statusCode).toBe(404);
    const expand = await rejection(stripe.checkout.sessions.retrieve((await stripe.checkout.sessions.create(sessionParams())).id, { expand: ['colour'] }));
    expect(expand).toMatchObject({ statusCode: 400, param: 'expand' });
  });

  it('works through the fetch HTTP client (what the Worker uses inside workerd)', async () => {
    const viaFetch = new Stripe('sk_test_fetchclient', {
      host: '127.0.0.1',
      port: server.port,
      protocol: 'http',
      httpClient: Stripe.createFetchHttpClient(),
      maxNetworkRetries: 0,
    });
    const session = await viaFetch.checkout.sessions.create(sessionParams());
    expect((await viaFetch.checkout.sessions.retrieve(session.id)).id).toBe(session.id);
    const error = await rejection(viaFetch.checkout.sessions.retrieve('cs_test_missing'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });
});
