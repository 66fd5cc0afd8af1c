import { and, asc, eq } from 'drizzle-orm';
import { commissionLines, orderLines, type Order } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { OrderDetailView, OrderView } from '../../schemas/order';
import { selectCommissions, toCommission } from '../commissions/view';
import { commissionsVisibleTo } from './visibility';

/** The API shape of an order (the enrollment is the offer). */
export function toOrder(o: Order): OrderView {
  return {
    id: o.id,
    externalId: o.externalId,
    source: o.source,
    status: o.status,
    currency: o.currency,
    total: o.total,
    refunded: o.refunded,
    placedAt: o.placedAt,
    confirmedAt: o.confirmedAt,
    lockAt: o.lockAt,
    attribution: o.attribution,
    attributionReason: o.attributionReason,
    holdReason: o.holdReason,
    clickId: o.clickId,
    linkId: o.linkId,
    offerId: o.enrollmentId,
    creatorOrgId: o.creatorOrgId,
    providerOrgId: o.providerOrgId,
    secondProviderOrgId: o.secondProviderOrgId,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/** An order the caller may see, with its lines and the commission lines the caller may see. */
export async function orderDetailView(ctx: ServiceContext, order: Order): Promise<OrderDetailView> {
  const [lines, commissions] = await Promise.all([
    ctx.db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.lineNo)),
    selectCommissions(ctx.db, and(eq(commissionLines.orderId, order.id), commissionsVisibleTo(ctx.caller))).orderBy(asc(orderLines.lineNo), asc(commissionLines.id)),
  ]);
  return {
    ...toOrder(order),
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      skuId: l.skuId,
      productId: l.productId,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discount: l.discount,
      base: l.base,
      refunded: l.refunded,
      commissionable: l.commissionable,
    })),
    commissions: commissions.map(toCommission),
  };
}
