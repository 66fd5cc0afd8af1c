import type { ServiceContext } from '../../env';
import type { OrderDetailView, RefundBodyInput } from '../../schemas/order';
import { requireKind } from '../creators/kind';
import { confirmOrder } from './confirm';
import { merchantOrder } from './load';
import { refundOrder } from './refund';
import { orderDetailView } from './view';

/**
 * The merchant's changes of one of its orders over the API: confirm, refund, cancel. Another merchant's order is
 * a 404 (`merchantOrder`); other kinds of organization are refused (403).
 */

const rc = (ctx: ServiceContext) => ({ merchantOrgId: ctx.caller.orgId, now: ctx.now });

export async function confirmAsMerchant({ ctx, input }: { ctx: ServiceContext; input: { id: string; confirmedAt?: number } }): Promise<OrderDetailView> {
  requireKind(ctx, 'merchant');
  const order = await confirmOrder(ctx.db, rc(ctx), { id: input.id }, input.confirmedAt);
  return orderDetailView(ctx, order);
}

export async function refundAsMerchant({ ctx, input }: { ctx: ServiceContext; input: { id: string; refund: RefundBodyInput } }) {
  requireKind(ctx, 'merchant');
  const { externalId, lines, amount, reason } = input.refund;
  const out = await refundOrder(ctx.db, rc(ctx), { id: input.id }, { externalId, lines, amount, reason });
  const order = await orderDetailView(ctx, await merchantOrder(ctx.db, ctx.caller.orgId, { id: input.id }));
  const r = out.refund;
  return {
    created: out.status === 'created',
    result: { ...order, refund: { id: r.id, externalId: r.externalId, amount: r.amount, lines: r.lines, reason: r.reason, createdAt: r.createdAt } },
  };
}

/**
 * Cancel: everything that remains is refunded and the order is cancelled, its commission reversed in full. It is
 * recorded as a refund under a reserved id, so cancelling again changes nothing.
 */
export const CANCEL_REFUND_ID = 'xp:cancel';

export async function cancelAsMerchant({ ctx, input }: { ctx: ServiceContext; input: { id: string; reason?: string | null } }): Promise<OrderDetailView> {
  requireKind(ctx, 'merchant');
  await refundOrder(ctx.db, { ...rc(ctx), cancel: true }, { id: input.id }, { externalId: CANCEL_REFUND_ID, reason: input.reason ?? null });
  return orderDetailView(ctx, await merchantOrder(ctx.db, ctx.caller.orgId, { id: input.id }));
}
