import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { signatureHeader, type StripeLocal } from '../src/index.ts';
import { json, receiver, sessionParams, start } from './helpers.ts';

const SECRET = 'whsec_test_stripelocal_secret';
const verifier = new Stripe('sk_test_verifier');
const subtle = Stripe.createSubtleCryptoProvider();

let hook: Awaited<ReturnType<typeof receiver>>;
let server: StripeLocal;
let stripe: Stripe;
beforeEach(async () => {
  hook = await receiver();
  ({ server, stripe } = await start({ webhooks: [{ url: hook.url, secret: SECRET }] }));
});
afterEach(async () => {
  await server.close();
  await hook.close();
});
afterAll(() => undefined);

async function paySession() {
  const session = await stripe.checkout.sessions.create(sessionParams());
  server.completeCheckout(session.id);
  await server.settle();
  return session;
}

describe('webhook delivery', () => {
  it('POSTs every event with a Stripe-Signature the SDK verifies (SubtleCrypto and Node crypto)', async () => {
    const session = await paySession();
    expect(hook.received.map((r) => JSON.parse(r.body).type)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);
    for (const { body, headers } of hook.received) {
      expect(headers['content-type']).toBe('application/json; charset=utf-8');
      expect(headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      const event = await verifier.webhooks.constructEventAsync(body, headers['stripe-signature'] as string, SECRET, undefined, subtle);
      expect(event.id).toMatch(/^evt_/);
      expect(verifier.webhooks.constructEvent(body, headers['stripe-signature'] as string, SECRET).id).toBe(event.id);
    }
    const completed = JSON.parse(hook.received[3].body);
    expect(completed.data.object.id).toBe(session.id);
    expect(server.engine.store.events.get(completed.id)?.pending_webhooks).toBe(0);
  });

  it('a tampered payload, another secret or a stale timestamp fails verification', async () => {
    await paySession();
    const { body, headers } = hook.received[0];
    const header = headers['stripe-signature'] as string;
    const tampered = body.replace('"livemode": false', '"livemode": true');
    expect(tampered).not.toBe(body);
    await expect(verifier.webhooks.constructEventAsync(tampered, header, SECRET, undefined, subtle)).rejects.toBeInstanceOf(
      Stripe.errors.StripeSignatureVerificationError,
    );
    await expect(verifier.webhooks.constructEventAsync(body, header, 'whsec_other', undefined, subtle)).rejects.toThrow(/signature/i);
    expect(() => verifier.webhooks.constructEvent(tampered, header, SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError);

    const stale = signatureHeader(body, SECRET, Math.floor(Date.now() / 1000) - 3600);
    await expect(verifier.webhooks.constructEventAsync(body, stale, SECRET, undefined, subtle)).rejects.toThrow(/tolerance/);
    // The same construction with the SDK's own test helper gives the same header.
    const t = Math.floor(Date.now() / 1000);
    expect(signatureHeader(body, SECRET, t)).toBe(verifier.webhooks.generateTestHeaderString({ payload: body, secret: SECRET, timestamp: t }));
  });

  it('retries non-2xx answers with backoff, then succeeds; the log shows each attempt', async () => {
    hook.fail(2);
    const intent = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    await server.settle();
    const log = server.deliveries();
    expect(log.map((d) => [d.attempt, d.status, d.ok])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    expect(log[2].at - log[1].at).toBeGreaterThanOrEqual(log[1].at - log[0].at); // backoff grows
    expect(hook.received).toHaveLength(3);
    const event = server.events('payment_intent.created')[0];
    expect(event.data.object.id).toBe(intent.id);
    expect(server.engine.store.events.get(event.id)?.pending_webhooks).toBe(0);

    const res = await fetch(`${server.url}/_test/deliveries?event_id=${event.id}`);
    expect((await json(res)).data).toHaveLength(3);
  });

  it('gives up after the configured number of attempts', async () => {
    hook.fail(100);
    await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    await server.settle();
    expect(server.deliveries().map((d) => d.ok)).toEqual([false, false, false]);
    expect(server.events()[0].pending_webhooks).toBe(1);
    const unreachable = await start({ webhooks: [{ url: 'http://127.0.0.1:9/closed', secret: SECRET }] });
    try {
      await unreachable.stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
      await unreachable.server.settle();
      const log = unreachable.server.deliveries();
      expect(log).toHaveLength(3);
      expect(log[0]).toMatchObject({ status: null, ok: false });
      expect(log[0].error).toBeTruthy();
    } finally {
      await unreachable.server.close();
    }
  });

  it('redelivers an event on request (a duplicate, same id, fresh signature)', async () => {
    await paySession();
    const event = server.events('checkout.session.completed')[0];
    const res = await fetch(`${server.url}/_test/redeliver/${event.id}`, { method: 'POST' });
    expect(res.status).toBe(202);
    await fetch(`${server.url}/_test/settle`);
    const copies = hook.received.filter((r) => JSON.parse(r.body).id === event.id);
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      await verifier.webhooks.constructEventAsync(copy.body, copy.headers['stripe-signature'] as string, SECRET, undefined, subtle);
    }
    expect(server.deliveries().at(-1)).toMatchObject({ event_id: event.id, redelivery: true, ok: true });
  });

  it('duplicates and shuffles when asked (seeded: the same seed gives the same order)', async () => {
    server.configureDelivery({ duplicates: true });
    await paySession();
    expect(hook.received).toHaveLength(8);
    expect(new Set(hook.events().map((e) => e.id)).size).toBe(4);

    const orders: string[][] = [];
    for (const seed of [7, 7, 8]) {
      const h = await receiver();
      const s = await start({ webhooks: [{ url: h.url, secret: SECRET }], delivery: { shuffle: true, seed } });
      const sessions = [];
      for (let i = 0; i < 3; i++) sessions.push(await s.stripe.checkout.sessions.create(sessionParams()));
      // Paid in one go, so all twelve events are queued before the first pick: the order depends on the seed only.
      for (const session of sessions) s.server.completeCheckout(session.id);
      await s.server.settle();
      const ids = s.server.events().map((e) => e.id);
      orders.push(h.events().map((e) => String(ids.indexOf(e.id))));
      await s.server.close();
      await h.close();
    }
    expect(orders[0]).toHaveLength(12);
    expect(orders[0]).not.toEqual([...orders[0]].sort((a, b) => Number(a) - Number(b)));
    expect(orders[0]).toEqual(orders[1]);
    expect(orders[2]).not.toEqual(orders[0]);
  });

  it('endpoints can be added over HTTP, with enabled_events, and removed', async () => {
    const second = await receiver();
    try {
      const res = await fetch(`${server.url}/_test/webhook_endpoints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ url: second.url, enabled_events: ['charge.*'] }),
      });
      const endpoint = await json(res);
      expect(endpoint).toMatchObject({ object: 'webhook_endpoint', url: second.url, enabled_events: ['charge.*'] });
      expect(endpoint.secret).toMatch(/^whsec_/);
      await paySession();
      expect(second.events().map((e) => e.type)).toEqual(['charge.succeeded']);
      const { header } = await json(
        await fetch(`${server.url}/_test/sign`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ payload: second.received[0].body, secret: endpoint.secret }),
        })
      );
      await verifier.webhooks.constructEventAsync(second.received[0].body, header, endpoint.secret, undefined, subtle);
      await verifier.webhooks.constructEventAsync(second.received[0].body, second.received[0].headers['stripe-signature'] as string, endpoint.secret, undefined, subtle);

      const removed = await fetch(`${server.url}/_test/webhook_endpoints/${endpoint.id}`, { method: 'DELETE' });
      expect(removed.status).toBe(200);
      await paySession();
      expect(second.received).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('/_test/sign signs a stored event for tests that deliver it themselves', async () => {
    await paySession();
    const event = server.events('checkout.session.completed')[0];
    const res = await fetch(`${server.url}/_test/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event_id: event.id, secret: 'whsec_worker' }),
    });
    const { payload, header } = await json(res);
    const verified = await verifier.webhooks.constructEventAsync(payload, header, 'whsec_worker', undefined, subtle);
    expect(verified.id).toBe(event.id);
  });
});
