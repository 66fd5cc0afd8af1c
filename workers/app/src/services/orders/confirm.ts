import { and, eq, isNull, sql } from 'drizzle-orm';
import { DAY_MS } from '@xuanpin/core';
import { commissionLines, orders, type Database } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { DEFAULT_RETURN_WINDOW_DAYS } from './build';
import { merchantOrder } from './load';

/**
 * The merchant confirms delivery / receipt. The commission may lock once the return window frozen on the order's
 * lines has passed since then (`lock_at`). Idempotent: confirming again answers the first confirmation.
 */
export async function confirmOrder(db: Database, rc: { merchantOrgId: string; now: number }, orderRef: { id?: string; externalId?: string }, at?: number) {
  const order = await merchantOrder(db, rc.merchantOrgId, orderRef);
  if (order.status === 'cancelled') throw new ApiError('conflict', 'The order is cancelled; it cannot be confirmed.');
  if (order.confirmedAt !== null) return order;
  const confirmedAt = at ?? rc.now;
  if (confirmedAt < order.placedAt) throw new ApiError('validation_failed', '`confirmedAt`: cannot be before the order was placed.', { path: 'confirmedAt' });
  const [w] = await db
    .select({ days: sql<number | null>`max(${commissionLines.returnWindowDays})` })
    .from(commissionLines)
    .where(eq(commissionLines.orderId, order.id));
  const lockAt = confirmedAt + (w?.days ?? DEFAULT_RETURN_WINDOW_DAYS) * DAY_MS;
  const [updated] = await db
    .update(orders)
    .set({ status: 'confirmed', confirmedAt, lockAt, updatedAt: rc.now })
    .where(and(eq(orders.id, order.id), isNull(orders.confirmedAt), eq(orders.status, 'paid')))
    .returning();
  return updated ?? (await merchantOrder(db, rc.merchantOrgId, { id: order.id }));
}
