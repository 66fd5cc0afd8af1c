import { and, eq, sql } from 'drizzle-orm';
import { fundedJournal, fundingAccount, type Posting } from '@xuanpin/core';
import { commissionLines, orderLines, orders, type CommissionLine } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { insertRows } from '../../lib/json-rows';
import { commit } from '../audit/commit';
import { auditInsert, byCaller } from '../audit/record';
import { journalWrites } from '../ledger/write';
import type { Write } from '../skus/batch';
import { attributionColumns, isCommissionable, lineCommissions, type Decided } from './build';
import { loadSkus, platformOrgId } from './facts';
import type { OrderInput, RecordContext } from './input';
import { orderDetail } from './load';
import { decide } from './record';
import { platformOrder } from './release';
import { orderDetailView } from './view';

/**
 * The platform re-attributes an order to another click, or to none (issue 5, "Re-attribution by an admin is an
 * audited action"). Only while every live commission line of the order is still pending (none locked, payable, in
 * a payout or paid; reversed lines carry nothing): else 409. The pipeline's own pieces decide the new attribution —
 * `attribute` with the click at the order's `placedAt`, the terms and platform fee in force then, the fraud rules —
 * and `lineCommissions` splits what remains of each line. In ONE batch: the pending lines reversed (their amounts
 * back out of `pending`), the new lines, the order's attribution (reason `reattributed` or `unattributed_by_admin`),
 * one journal entry keyed by the order's next revision (a concurrent change of the order makes the batch fail:
 * 409), and the audit entry.
 */
export async function reattributeOrder({ ctx, input }: { ctx: ServiceContext; input: { id: string; clickId: string | null; reason: string } }) {
  const order = await platformOrder(ctx, input.id);
  if (order.status === 'cancelled') throw new ApiError('conflict', 'A cancelled order cannot be re-attributed.');
  const { lines, commissions } = await orderDetail(ctx.db, order.id);
  // Reversed lines (refunded away, or by an earlier re-attribution) carry nothing; any other state means money moved on.
  const settled = commissions.find((c) => c.status !== 'pending' && c.status !== 'reversed');
  if (settled) throw new ApiError('conflict', `Only an order whose commission lines are all pending can be re-attributed; a ${settled.part} line is ${settled.status}.`);
  const live = commissions.filter((c) => c.status === 'pending');

  const rc: RecordContext = { merchantOrgId: order.merchantOrgId, source: order.source, now: ctx.now };
  const skus = await loadSkus(ctx.db, order.merchantOrgId, lines.map((l) => l.skuId));
  const asInput: OrderInput = {
    externalId: order.externalId,
    clickId: input.clickId,
    currency: order.currency,
    placedAt: order.placedAt,
    lines: lines.map((l) => ({ sku: l.skuId, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount })),
  };
  const [d] = await decide(ctx.db, rc, [{ input: asInput, contentHash: order.contentHash, skus: lines.map((l) => skus.get(l.skuId)!), buyerHash: order.buyerHash }]);
  if (input.clickId && d.attribution.outcome !== 'attributed') {
    throw new ApiError('validation_failed', `\`clickId\`: this click does not attribute the order (${d.attribution.reason}).`, { path: 'clickId' });
  }
  const decided: Decided = { ...d, attribution: { outcome: d.attribution.outcome, reason: input.clickId ? 'reattributed' : 'unattributed_by_admin' } };

  // The ledger: every current line's amount leaves the beneficiary's `pending`; the new lines' amounts enter it;
  // the difference comes from (or goes back to) the order's funding account.
  const credits: Posting[] = live.map((c) => ({ orgId: c.orgId, account: 'pending', amount: -c.amount }));
  const fresh: CommissionLine[] = [];
  const flags: { id: string; commissionable: boolean }[] = [];
  for (const l of lines) {
    const commissionable = isCommissionable(decided, l.productId);
    if (commissionable !== l.commissionable) flags.push({ id: l.id, commissionable });
    const remaining = l.base - l.refunded;
    if (remaining === 0) continue; // refunded in full: nothing left to earn on
    const own = lineCommissions(decided, rc, { ...l, commissionable }, order.currency, remaining);
    fresh.push(...own.commissions);
    credits.push(...own.credits);
  }
  const platform = await platformOrgId(ctx.db);
  const postings = fundedJournal(fundingAccount(order.source, { merchant: order.merchantOrgId, platform }), credits);
  const columns = attributionColumns(decided);
  const revision = order.revision + 1;

  const writes: Write[] = [
    ctx.db
      .update(orders)
      .set({ ...columns, revision, updatedAt: ctx.now })
      .where(and(eq(orders.id, order.id), eq(orders.revision, order.revision))),
    ...journalWrites(
      ctx.db,
      [{ key: `reattribution:${order.id}:${revision}`, kind: 'reattribution', currency: order.currency, orderId: order.id, orderRevision: revision, memo: input.reason, postings }],
      ctx.now,
    ),
    auditInsert(ctx, {
      ...byCaller(ctx),
      action: 'order.reattributed',
      targetId: order.id,
      data: {
        reason: input.reason,
        merchantOrgId: order.merchantOrgId,
        revision,
        from: { clickId: order.clickId, creatorOrgId: order.creatorOrgId, attributionReason: order.attributionReason },
        to: { clickId: columns.clickId, creatorOrgId: columns.creatorOrgId, attributionReason: columns.attributionReason },
      },
    }),
  ];
  if (live.length) {
    const ids = JSON.stringify(live.map((c) => c.id));
    writes.push(
      ctx.db
        .update(commissionLines)
        .set({ status: 'reversed', amount: 0, updatedAt: ctx.now })
        .where(and(sql`${commissionLines.id} in (select value from json_each(${ids}))`, eq(commissionLines.status, 'pending'))),
    );
  }
  if (flags.length) {
    const json = JSON.stringify(flags);
    writes.push(
      ctx.db
        .update(orderLines)
        .set({ commissionable: sql`(select json_extract(value, '$.commissionable') from json_each(${json}) where json_extract(value, '$.id') = ${orderLines.id})` })
        .where(sql`${orderLines.id} in (select json_extract(value, '$.id') from json_each(${json}))`),
    );
  }
  if (fresh.length) writes.push(insertRows(ctx.db, commissionLines, fresh));
  await commit(ctx.db, writes, 'The order changed while it was being re-attributed; retry.');
  return orderDetailView(ctx, await platformOrder(ctx, order.id));
}
