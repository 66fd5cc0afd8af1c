import { eq } from 'drizzle-orm';
import { isCurrency, topUpJournal } from '@xuanpin/core';
import { journalEntries, type Database } from '@xuanpin/db';
import type { Logger } from '../../env';
import { ApiError } from '../../lib/errors';
import type { Stripe } from '../../lib/stripe';
import { isUniqueViolation } from '../audit/commit';
import { refreshFunding } from '../ledger/funding';
import { journalWrites } from '../ledger/write';
import { platformOrgId } from '../orders/facts';
import { orderByPaymentIntent } from '../orders/load';
import { recordOrders } from '../orders/record';
import { refundOrder } from '../orders/refund';
import { runBatch } from '../skus/batch';
import { fromStripeCurrency, sessionPurpose, type OrderMetadata, type TopUpMetadata } from './metadata';

export interface WebhookDeps {
  db: Database;
  stripe: Stripe;
  now: number;
  logger: Logger;
}

export type WebhookResult =
  | 'order_recorded'
  | 'order_replayed'
  | 'order_rejected'
  | 'refunds_applied'
  | 'top_up_credited'
  | 'top_up_replayed'
  | 'top_up_rejected'
  | 'not_paid'
  | 'not_ours'
  | 'ignored';

/**
 * One verified Stripe event (see README.md in this folder). Every effect is keyed by a Stripe id — the order by
 * (merchant, session id), a refund by refund id, a top-up's journal by `top_up:<session id>` — so duplicates and
 * redeliveries change nothing. Out of order: a refund that arrives before its order records the order first, from
 * the Checkout Session found by payment intent, so no event waits on another. A throw (database or Stripe
 * unreachable, a concurrent change) answers 500 and Stripe delivers the event again later.
 */
export async function handleStripeEvent(deps: WebhookDeps, event: Stripe.Event): Promise<WebhookResult> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return sessionPaid(deps, event.data.object);
    case 'charge.refunded': {
      const charge = event.data.object;
      return refundsOf(deps, idOf(charge.payment_intent), await chargeRefunds(deps.stripe, charge));
    }
    case 'refund.created':
    case 'refund.updated': {
      const refund = event.data.object;
      return refundsOf(deps, idOf(refund.payment_intent), [refund]);
    }
    default:
      return 'ignored';
  }
}

const idOf = (x: string | { id: string } | null | undefined) => (typeof x === 'string' ? x : (x?.id ?? null));

async function sessionPaid(deps: WebhookDeps, session: Stripe.Checkout.Session): Promise<WebhookResult> {
  const purpose = sessionPurpose(session.metadata);
  if (!purpose) return 'not_ours';
  // Delayed payment methods complete the session unpaid; `async_payment_succeeded` follows once they pay.
  if (session.payment_status !== 'paid') return 'not_paid';
  if (purpose.kind === 'top_up') return creditTopUp(deps, session, purpose);
  const out = await recordCheckoutOrder(deps, session, purpose);
  return out.status === 'created' ? 'order_recorded' : out.status === 'replayed' ? 'order_replayed' : 'order_rejected';
}

/**
 * The hosted-checkout order of a paid session, through the one order pipeline: the external id is the session id,
 * the click id its `client_reference_id`, the line the SKU and quantity of its metadata at the price paid. Built
 * only from the session, so the completed event and a refund arriving first record the very same content.
 */
async function recordCheckoutOrder(deps: WebhookDeps, session: Stripe.Checkout.Session, meta: OrderMetadata) {
  const subtotal = session.amount_subtotal ?? 0;
  const unitPrice = subtotal / meta.quantity;
  const [out] = await recordOrders(
    deps.db,
    { merchantOrgId: meta.merchantOrgId, source: 'checkout', now: deps.now, stripe: { sessionId: session.id, paymentIntentId: idOf(session.payment_intent) } },
    [
      {
        externalId: session.id,
        clickId: session.client_reference_id,
        currency: fromStripeCurrency(session.currency ?? ''),
        placedAt: session.created * 1000,
        buyer: session.customer_details?.email ?? null,
        // A fractional unit price (a session not made by start.ts) fails validation like any bad order.
        lines: [{ sku: meta.skuId, quantity: meta.quantity, unitPrice }],
      },
    ],
  );
  if (out.status === 'rejected') {
    // Money was taken but the order cannot be recorded: loud in the logs; a redelivery would not change the answer.
    deps.logger.error('stripe checkout order rejected', { sessionId: session.id, code: out.error.code, message: out.error.message, path: out.error.path });
  }
  return out;
}

/** A charge's refunds: from the event when it carries them all, else listed (Stripe omits `refunds` by default). */
async function chargeRefunds(stripe: Stripe, charge: Stripe.Charge): Promise<Stripe.Refund[]> {
  if (charge.refunds && !charge.refunds.has_more) return charge.refunds.data;
  const all: Stripe.Refund[] = [];
  for await (const refund of stripe.refunds.list({ charge: charge.id, limit: 100 })) all.push(refund);
  return all;
}

async function refundsOf(deps: WebhookDeps, paymentIntentId: string | null, refunds: Stripe.Refund[]): Promise<WebhookResult> {
  if (!paymentIntentId) return 'not_ours';
  // Only money that has left: a pending refund is applied when its `refund.updated` says it succeeded.
  const done = refunds.filter((r) => r.status === 'succeeded').sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
  if (done.length === 0) return 'ignored';
  let order = await orderByPaymentIntent(deps.db, paymentIntentId);
  if (!order) {
    // The refund overtook checkout.session.completed (or that event is lost): record the order from its session now.
    const { data } = await deps.stripe.checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 });
    const session = data[0];
    const purpose = session ? sessionPurpose(session.metadata) : null;
    if (!session || purpose?.kind !== 'order' || session.payment_status !== 'paid') return 'not_ours';
    const out = await recordCheckoutOrder(deps, session, purpose);
    if (out.status === 'rejected') return 'order_rejected';
    order = await orderByPaymentIntent(deps.db, paymentIntentId);
    if (!order) return 'order_rejected';
  }
  for (const refund of done) {
    try {
      await refundOrder(deps.db, { merchantOrgId: order.merchantOrgId, now: deps.now }, { id: order.id }, { externalId: refund.id, amount: refund.amount, reason: refund.reason ?? null });
    } catch (err) {
      // A bad amount cannot get better on redelivery: log it and go on. A concurrent change (conflict) can: rethrow.
      if (!(err instanceof ApiError) || err.code === 'conflict') throw err;
      deps.logger.error('stripe refund not applied', { refundId: refund.id, orderId: order.id, code: err.code, message: err.message });
    }
  }
  return 'refunds_applied';
}

/**
 * A merchant's top-up (DESIGN.md "How the money moves"): the platform's Stripe clearing is debited and the
 * merchant's balance credited, once per session (journal key `top_up:<session id>`); then the merchant's funding
 * pause is lifted if every currency is back at zero or more — also on a replay, which heals a crash in between.
 */
async function creditTopUp(deps: WebhookDeps, session: Stripe.Checkout.Session, meta: TopUpMetadata): Promise<WebhookResult> {
  const { db, now } = deps;
  const currency = fromStripeCurrency(session.currency ?? '');
  const amount = session.amount_total ?? 0;
  if (!isCurrency(currency) || !Number.isInteger(amount) || amount <= 0) {
    deps.logger.error('stripe top-up not credited', { sessionId: session.id, currency, amount });
    return 'top_up_rejected';
  }
  const key = `top_up:${session.id}`;
  const [known] = await db.select({ id: journalEntries.id }).from(journalEntries).where(eq(journalEntries.idempotencyKey, key)).limit(1);
  let result: WebhookResult = 'top_up_replayed';
  if (!known) {
    const platform = await platformOrgId(db);
    try {
      await runBatch(db, journalWrites(db, [{ key, kind: 'top_up', currency, memo: `Stripe Checkout ${session.id}`, postings: topUpJournal(meta.merchantOrgId, platform, amount) }], now));
      result = 'top_up_credited';
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // the same event, delivered twice at once: the other one wrote it
    }
  }
  await refreshFunding(db, now, meta.merchantOrgId);
  return result;
}
