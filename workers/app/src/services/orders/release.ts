import { and, eq, isNotNull } from 'drizzle-orm';
import { commissionLines, orders } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import { commit } from '../audit/commit';
import { auditInsert, byCaller } from '../audit/record';
import { requireKind } from '../creators/kind';
import { orderDetailView } from './view';
import { ordersVisibleTo } from './visibility';

/** Any order, for the platform's own operations (403 for anyone else; an unknown id is a 404). */
export async function platformOrder(ctx: ServiceContext, id: string) {
  requireKind(ctx, 'platform');
  const [order] = await ctx.db.select().from(orders).where(and(eq(orders.id, id), ordersVisibleTo(ctx.caller)));
  if (!order) throw notFound('Order');
  return order;
}

/**
 * The platform releases a fraud hold (DESIGN.md "fraud holds"): the hold reason goes from the order and its
 * commission lines, so the lock job may lock them once the order is confirmed and its return window has passed.
 * Audited with the platform's reason, in the same batch as the change.
 */
export async function releaseHold({ ctx, input }: { ctx: ServiceContext; input: { id: string; reason: string } }) {
  const order = await platformOrder(ctx, input.id);
  const held = await ctx.db
    .select({ id: commissionLines.id, holdReason: commissionLines.holdReason })
    .from(commissionLines)
    .where(and(eq(commissionLines.orderId, order.id), isNotNull(commissionLines.holdReason)));
  if (!order.holdReason && held.length === 0) throw new ApiError('conflict', 'This order is not held.');
  await commit(ctx.db, [
    ctx.db
      .update(commissionLines)
      .set({ holdReason: null, updatedAt: ctx.now })
      .where(and(eq(commissionLines.orderId, order.id), isNotNull(commissionLines.holdReason))),
    ctx.db.update(orders).set({ holdReason: null, updatedAt: ctx.now }).where(eq(orders.id, order.id)),
    auditInsert(ctx, {
      ...byCaller(ctx),
      action: 'order.hold_released',
      targetId: order.id,
      data: { reason: input.reason, holdReason: order.holdReason ?? held[0]?.holdReason ?? null, merchantOrgId: order.merchantOrgId, lines: held.length },
    }),
  ]);
  return orderDetailView(ctx, { ...order, holdReason: null, updatedAt: ctx.now });
}
