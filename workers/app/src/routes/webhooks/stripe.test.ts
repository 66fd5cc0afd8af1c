import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { commissionLines, journalEntries, orderRefunds, orders, skus } from '@xuanpin/db';
import worker from '../../index';
import { BASE, db } from '../../../test/security';
import { buyAndPay, deliver, eventAbout, eventsAbout, post, signed, stripe } from '../../../test/stripe';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { sellingSetup } from '../../services/orders/test-setup';

/** A buyer came through the creator's link (the click an hour ago) and paid 2 × 28.00 CNY on Stripe Checkout. */
async function paidOrder() {
  const s = await sellingSetup(db());
  const session = await buyAndPay(s.link.code, { sku: s.sku.id, quantity: '2', xp_click: s.click.id }, { email: 'Buyer@Example.test' });
  const completed = await eventAbout(session.id, 'checkout.session.completed');
  return { s, session, completed, paymentIntent: session.payment_intent as string };
}

const ordersOf = (merchantOrgId: string) => db().select().from(orders).where(eq(orders.merchantOrgId, merchantOrgId));
const linesOf = (orderId: string) => db().select().from(commissionLines).where(eq(commissionLines.orderId, orderId)).orderBy(asc(commissionLines.part));
const byPart = (rows: { part: string; amount: number }[]) => Object.fromEntries(rows.map((r) => [r.part, r.amount]));

async function refund(paymentIntent: string, amount?: number) {
  const r = await (await stripe()).refunds.create({ payment_intent: paymentIntent, ...(amount ? { amount } : {}) });
  const event = (await eventsAbout(r.id, 'charge.refunded')).at(-1)!;
  return { refund: r, event };
}

describe('POST /webhooks/stripe', () => {
  it('records the paid session as an attributed checkout order with pending commission lines', async () => {
    const { s, session, completed, paymentIntent } = await paidOrder();
    const res = await deliver(completed.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ received: true, result: 'order_recorded' });
    const [order] = await ordersOf(s.merchant.org.id);
    expect(order).toMatchObject({
      externalId: session.id,
      source: 'checkout',
      status: 'paid',
      currency: 'CNY',
      total: 5_600,
      refunded: 0,
      placedAt: session.created * 1000,
      clickId: s.click.id,
      linkId: s.link.id,
      creatorOrgId: s.creator.org.id,
      providerOrgId: s.providerOrgId,
      attribution: 'attributed',
      attributionReason: 'attributed',
      holdReason: null,
      stripeSessionId: session.id,
      stripePaymentIntentId: paymentIntent,
    });
    expect(order.buyerHash).toMatch(/^[0-9a-f]{64}$/);
    const lines = await linesOf(order.id);
    // Hosted checkout: the platform collected everything, so the merchant's net is a line too. 5,600 × 20 % = 1,120
    // creator gross, × 5 % = 280 provider gross; the platform's 10 % of each; the merchant keeps the rest.
    expect(byPart(lines)).toEqual({ creator: 1_008, platform_creator_fee: 112, provider: 252, platform_provider_fee: 28, merchant: 4_200 });
    expect(lines.every((l) => l.status === 'pending')).toBe(true);
    const [sku] = await db().select().from(skus).where(eq(skus.id, s.sku.id));
    expect(sku.stock).toBe(48);
    expect((await balancesOf(db(), s.creator.org.id)).find((b) => b.account === 'pending')?.balance).toBe(1_008);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('records one order however often the event comes (duplicates, redelivery with a new signature)', async () => {
    const { s, completed } = await paidOrder();
    // Two deliveries at once (Stripe may send a retry while the first is still running), then more later.
    const both = await Promise.all([deliver(completed.id), deliver(completed.id)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => r.body.result).sort()).toEqual(['order_recorded', 'order_replayed']);
    for (let i = 0; i < 2; i++) expect((await deliver(completed.id)).body.result).toBe('order_replayed');
    const all = await ordersOf(s.merchant.org.id);
    expect(all).toHaveLength(1);
    expect(await db().select().from(journalEntries).where(eq(journalEntries.orderId, all[0].id))).toHaveLength(1);
    expect(await linesOf(all[0].id)).toHaveLength(5);
  });

  it('answers 400 and writes nothing for a bad signature, a tampered body, a missing header or a stale timestamp', async () => {
    const { s, completed } = await paidOrder();
    const wrongSecret = await deliver(completed.id, { secret: 'whsec_not_ours' });
    expect(wrongSecret.status, wrongSecret.text).toBe(400);
    expect(wrongSecret.body.error.code).toBe('bad_request');
    expect(wrongSecret.body.error.message).toMatch(/signature/i);
    const tamper = (p: string) => {
      const changed = p.replace(/"amount_total": \d+/, '"amount_total": 1');
      expect(changed).not.toBe(p);
      return changed;
    };
    const tampered = await deliver(completed.id, { tamper });
    expect(tampered.status).toBe(400);
    const { payload } = await signed(completed.id);
    expect((await post(payload, null)).status).toBe(400);
    expect((await post(payload, 't=1,v1=deadbeef')).status).toBe(400);
    // Signed correctly, ten minutes ago: Stripe's tolerance is five.
    const stale = await deliver(completed.id, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status, stale.text).toBe(400);
    expect(stale.body.error.message).toMatch(/timestamp/i);
    expect(await ordersOf(s.merchant.org.id)).toEqual([]);
  });

  it('reverses commission pro rata on a partial refund, then fully on the rest; replays change nothing', async () => {
    const { s, completed, paymentIntent } = await paidOrder();
    await deliver(completed.id);
    const [order] = await ordersOf(s.merchant.org.id);

    const first = await refund(paymentIntent, 1_400); // a quarter
    expect((await deliver(first.event.id)).body.result).toBe('refunds_applied');
    let [now] = await ordersOf(s.merchant.org.id);
    expect(now).toMatchObject({ refunded: 1_400, status: 'paid' });
    expect(byPart(await linesOf(order.id))).toEqual({ creator: 756, platform_creator_fee: 84, provider: 189, platform_provider_fee: 21, merchant: 3_150 });

    const rest = await refund(paymentIntent); // what remains
    expect(rest.refund.amount).toBe(4_200);
    // refund.created events name the same refunds: harmless.
    for (const e of await eventsAbout(paymentIntent, 'refund.created')) expect((await deliver(e.id)).status).toBe(200);
    expect((await deliver(rest.event.id)).status).toBe(200);
    expect((await deliver(first.event.id)).status).toBe(200); // late duplicate of the first
    [now] = await ordersOf(s.merchant.org.id);
    expect(now).toMatchObject({ refunded: 5_600, status: 'cancelled' });
    const lines = await linesOf(order.id);
    expect(lines.every((l) => l.amount === 0 && l.status === 'reversed')).toBe(true);
    const refunds = await db().select().from(orderRefunds).where(eq(orderRefunds.orderId, order.id));
    expect(refunds.map((r) => [r.externalId, r.amount]).sort()).toEqual([[first.refund.id, 1_400], [rest.refund.id, 4_200]].sort());
    expect((await balancesOf(db(), s.creator.org.id)).find((b) => b.account === 'pending')?.balance ?? 0).toBe(0);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('records the order first when a refund arrives before checkout.session.completed', async () => {
    const { s, session, completed, paymentIntent } = await paidOrder();
    const r = await refund(paymentIntent, 2_800);
    const early = await deliver(r.event.id);
    expect(early.status, early.text).toBe(200);
    expect(early.body.result).toBe('refunds_applied');
    let all = await ordersOf(s.merchant.org.id);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ externalId: session.id, attribution: 'attributed', total: 5_600, refunded: 2_800 });
    // The completed event, late: the same order, nothing new.
    expect((await deliver(completed.id)).body.result).toBe('order_replayed');
    all = await ordersOf(s.merchant.org.id);
    expect(all).toHaveLength(1);
    expect(all[0].refunded).toBe(2_800);
    expect(byPart(await linesOf(all[0].id))).toEqual({ creator: 504, platform_creator_fee: 56, provider: 126, platform_provider_fee: 14, merchant: 2_100 });
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('lists the refunds when charge.refunded does not carry them (as Stripe sends it by default)', async () => {
    const { s, completed, paymentIntent } = await paidOrder();
    await deliver(completed.id);
    const r = await refund(paymentIntent, 700);
    const event = JSON.parse((await signed(r.event.id)).payload);
    delete event.data.object.refunds;
    const { payload, header } = await signed('', { payload: JSON.stringify(event) });
    const res = await post(payload, header);
    expect(res.status, res.text).toBe(200);
    const [order] = await ordersOf(s.merchant.org.id);
    expect(order.refunded).toBe(700);
  });

  it('answers 200 and does nothing for events it does not handle, and for sessions that are not ours', async () => {
    const { s, paymentIntent } = await paidOrder();
    for (const type of ['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded']) {
      const res = await deliver((await eventAbout(paymentIntent, type)).id);
      expect(res.status, type).toBe(200);
      expect(res.body.result).toBe('ignored');
    }
    // A session made by other software on the same Stripe account: no metadata of ours.
    const foreign = await (await stripe()).checkout.sessions.create({
      mode: 'payment',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'Elsewhere' } } }],
      success_url: 'https://elsewhere.example/ok',
      cancel_url: 'https://elsewhere.example/no',
    });
    const res = await fetch(`http://${env.STRIPE_API_HOST}:${env.STRIPE_API_PORT}/_test/checkout/sessions/${foreign.id}/complete`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await deliver((await eventAbout(foreign.id, 'checkout.session.completed')).id)).body.result).toBe('not_ours');
    expect(await ordersOf(s.merchant.org.id)).toEqual([]);
  });

  it('is in the OpenAPI document (public, outside /v1); the hosted pages are not', async () => {
    const doc = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as any;
    const op = doc.paths['/webhooks/stripe'].post;
    expect(op).toMatchObject({ operationId: 'stripeWebhook', security: [] });
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/StripeWebhookReceived');
    expect(op.responses['400']).toBeDefined();
    expect(doc.paths['/v1/balance/top-ups'].post.operationId).toBe('createTopUp');
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/p/'))).toEqual([]);
  });

  it('answers 500 misconfigured without the webhook secret', async () => {
    const { s, completed } = await paidOrder();
    const { payload, header } = await signed(completed.id);
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${BASE}/webhooks/stripe`, { method: 'POST', headers: { 'stripe-signature': header, 'content-type': 'application/json' }, body: payload }),
      { ...env, STRIPE_WEBHOOK_SECRET: undefined } as typeof env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(500);
    expect(((await res.json()) as any).error.code).toBe('misconfigured');
    expect(await ordersOf(s.merchant.org.id)).toEqual([]);
  });
});
