import { and, eq, type SQL } from 'drizzle-orm';
import { commissionLines, orderLines, products, type Database } from '@xuanpin/db';
import type { CommissionLineView } from '../../schemas/order';

/** Commission lines with what their view names: the order line's number and the product. */
export function selectCommissions(db: Database, where: SQL | undefined) {
  return db
    .select({ c: commissionLines, lineNo: orderLines.lineNo, productId: orderLines.productId, productTitle: products.title })
    .from(commissionLines)
    .innerJoin(orderLines, eq(orderLines.id, commissionLines.orderLineId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(and(where));
}

export type CommissionRow = Awaited<ReturnType<typeof selectCommissions>>[number];

export function toCommission({ c, lineNo, productId, productTitle }: CommissionRow): CommissionLineView {
  return {
    id: c.id,
    orderId: c.orderId,
    lineNo,
    productId,
    productTitle,
    orgId: c.orgId,
    part: c.part,
    currency: c.currency,
    amount: c.amount,
    original: c.original,
    base: c.base,
    status: c.status,
    holdReason: c.holdReason,
    clawbackOf: c.clawbackOf,
    termsVersion: c.termsVersion,
    lockedAt: c.lockedAt,
    createdAt: c.createdAt,
  };
}
