import { and, asc, eq } from 'drizzle-orm';
import { commissionLines, orderLines, orders, type Database } from '@xuanpin/db';
import { notFound } from '../../lib/errors';

/** An order of the merchant (a foreign id is a 404), or by the merchant's external id. */
export async function merchantOrder(db: Database, merchantOrgId: string, ref: { id?: string; externalId?: string }) {
  const where = ref.id ? eq(orders.id, ref.id) : eq(orders.externalId, ref.externalId ?? '');
  const [order] = await db.select().from(orders).where(and(eq(orders.merchantOrgId, merchantOrgId), where));
  if (!order) throw notFound('Order');
  return order;
}

export async function orderDetail(db: Database, orderId: string) {
  const [lines, commissions] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.lineNo)),
    db.select().from(commissionLines).where(eq(commissionLines.orderId, orderId)).orderBy(asc(commissionLines.id)),
  ]);
  return { lines, commissions };
}

/**
 * A hosted-checkout order by its Stripe payment intent (the Stripe webhook's refunds name the charge's intent, not
 * our order), across merchants: the webhook acts for the platform, and the order carries its merchant.
 */
export async function orderByPaymentIntent(db: Database, paymentIntentId: string) {
  const [order] = await db.select().from(orders).where(eq(orders.stripePaymentIntentId, paymentIntentId)).limit(1);
  return order;
}
