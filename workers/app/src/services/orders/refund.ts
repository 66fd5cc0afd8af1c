import { and, eq, sql } from 'drizzle-orm';
import { fundedJournal, fundingAccount, newId, PART_NAMES, PAYABLE_PARTS, refundReversal, sha256Hex, spreadOverLines, type Part, type Posting } from '@xuanpin/core';
import { commissionLines, orderLines, orderRefunds, orders, type CommissionLine, type Database, type Order, type OrderLine } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { insertRows } from '../../lib/json-rows';
import { isUniqueViolation } from '../audit/commit';
import { journalWrites } from '../ledger/write';
import { runBatch, type Write } from '../skus/batch';
import { merchantOrder, orderDetail } from './load';
import { platformOrgId } from './facts';

export interface RefundInput {
  /** The merchant's (or Stripe's) refund id: a replay changes nothing. */
  externalId: string;
  /** Per line; or `amount` spread over the lines pro rata; or neither: everything that remains. */
  lines?: { lineNo: number; amount: number }[];
  amount?: number;
  reason?: string | null;
}

export interface RefundContext {
  merchantOrgId: string;
  now: number;
  /** Cancel: refund everything that remains and mark the order cancelled. */
  cancel?: boolean;
}

const bad = (path: string, message: string) => new ApiError('validation_failed', `\`${path}\`: ${message}`, { path });
const PART_OF = Object.fromEntries(PAYABLE_PARTS.map((p) => [PART_NAMES[p], p])) as Record<string, Part>;
const LIVE = new Set(['pending', 'locked', 'payable']);

/**
 * Refunds (part of) an order, any number of times, never below zero (DESIGN.md money rule 4). Each commission line
 * keeps the allocation of what remains of its order line (`refundReversal`); a line already in a payout or paid is
 * left alone and a clawback line takes the reversal instead, netted by the next payout. The refund, the lines, the
 * order and one journal entry land in one batch, guarded by the order's revision.
 */
export async function refundOrder(db: Database, rc: RefundContext, orderRef: { id?: string; externalId?: string }, input: RefundInput) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptRefund(db, rc, orderRef, input);
    } catch (err) {
      // A concurrent change of the same order landed first: recompute from the new state, once.
      if (attempt === 0 && isUniqueViolation(err)) continue;
      if (isUniqueViolation(err)) throw new ApiError('conflict', 'The order changed concurrently; retry.');
      throw err;
    }
  }
}

async function attemptRefund(db: Database, rc: RefundContext, orderRef: { id?: string; externalId?: string }, input: RefundInput) {
  const order = await merchantOrder(db, rc.merchantOrgId, orderRef);
  const hash = await sha256Hex(JSON.stringify([input.externalId, input.lines ?? null, input.amount ?? null, !!rc.cancel]));
  const [prior] = await db.select().from(orderRefunds).where(and(eq(orderRefunds.orderId, order.id), eq(orderRefunds.externalId, input.externalId)));
  if (prior) {
    if (prior.contentHash !== hash) throw new ApiError('conflict', '`externalId`: this refund was already recorded with different content.', { path: 'externalId' });
    return { status: 'replayed' as const, order, refund: prior };
  }
  const { lines, commissions } = await orderDetail(db, order.id);
  const amounts = refundAmounts(order, lines, input, !!rc.cancel);
  const total = amounts.reduce((s, a) => s + a, 0);
  const refund = {
    id: newId('refund', rc.now),
    orderId: order.id,
    merchantOrgId: order.merchantOrgId,
    externalId: input.externalId,
    contentHash: hash,
    amount: total,
    lines: lines.flatMap((l, i) => (amounts[i] > 0 ? [{ lineNo: l.lineNo, amount: amounts[i] }] : [])),
    reason: input.reason ?? null,
    createdAt: rc.now,
  };
  const platform = await platformOrgId(db);
  const { updates, clawbacks, credits } = reverseCommissions(lines, commissions, amounts, rc.now);
  const revision = order.revision + 1;
  const fullyRefunded = order.refunded + total === order.total;
  const writes: Write[] = [
    db.insert(orderRefunds).values({ ...refund, lines: refund.lines }),
    ...lines.flatMap((l, i) =>
      amounts[i] > 0 ? [db.update(orderLines).set({ refunded: l.refunded + amounts[i] }).where(and(eq(orderLines.id, l.id), eq(orderLines.refunded, l.refunded)))] : [],
    ),
    db
      .update(orders)
      .set({ refunded: order.refunded + total, revision, status: rc.cancel || (fullyRefunded && order.status === 'paid') ? 'cancelled' : order.status, updatedAt: rc.now })
      .where(and(eq(orders.id, order.id), eq(orders.revision, order.revision))),
    ...journalWrites(
      db,
      [{ key: `refund:${order.id}:${input.externalId}`, kind: rc.cancel ? 'cancel' : 'refund', currency: order.currency, orderId: order.id, orderRevision: revision, postings: fundedJournal(fundingAccount(order.source, { merchant: order.merchantOrgId, platform }), credits) }],
      rc.now,
    ),
  ];
  if (updates.length) {
    const json = JSON.stringify(updates);
    writes.push(
      db
        .update(commissionLines)
        .set({
          amount: sql`(select json_extract(value, '$.amount') from json_each(${json}) where json_extract(value, '$.id') = ${commissionLines.id})`,
          status: sql`(select json_extract(value, '$.status') from json_each(${json}) where json_extract(value, '$.id') = ${commissionLines.id})`,
          updatedAt: rc.now,
        })
        .where(sql`${commissionLines.id} in (select json_extract(value, '$.id') from json_each(${json}))`),
    );
  }
  if (clawbacks.length) writes.push(insertRows(db, commissionLines, clawbacks));
  await runBatch(db, writes);
  return { status: 'created' as const, order: { ...order, refunded: order.refunded + total, revision }, refund };
}

/** What each order line gives back, checked against what remains of it. */
function refundAmounts(order: Order, lines: OrderLine[], input: RefundInput, cancel: boolean): number[] {
  const remaining = lines.map((l) => l.base - l.refunded);
  const left = remaining.reduce((s, r) => s + r, 0);
  if (cancel || (!input.lines && input.amount === undefined)) {
    if (left === 0 && !cancel) throw bad('amount', 'nothing remains to refund on this order.');
    return remaining;
  }
  if (input.lines && input.amount !== undefined) throw bad('lines', 'give either `lines` or `amount`, not both.');
  if (input.amount !== undefined) {
    if (!Number.isInteger(input.amount) || input.amount <= 0) throw bad('amount', 'must be a whole number of minor units, at least 1.');
    if (input.amount > left) throw bad('amount', `is larger than what remains of the order (${left}).`);
    return spreadOverLines(remaining, input.amount);
  }
  const amounts = lines.map(() => 0);
  for (const [i, r] of (input.lines ?? []).entries()) {
    const k = lines.findIndex((l) => l.lineNo === r.lineNo);
    if (k < 0) throw bad(`lines[${i}].lineNo`, `order ${order.externalId} has no line ${r.lineNo}.`);
    if (!Number.isInteger(r.amount) || r.amount <= 0) throw bad(`lines[${i}].amount`, 'must be a whole number of minor units, at least 1.');
    amounts[k] += r.amount;
    if (amounts[k] > remaining[k]) throw bad(`lines[${i}].amount`, `is larger than what remains of line ${r.lineNo} (${remaining[k]}).`);
  }
  if (amounts.every((a) => a === 0)) throw bad('lines', 'name at least one line to refund.');
  return amounts;
}

/** The commission side of a refund: new amounts of live lines, clawbacks of paid ones, and the ledger credits. */
function reverseCommissions(lines: OrderLine[], commissions: CommissionLine[], amounts: number[], now: number) {
  const updates: { id: string; amount: number; status: string }[] = [];
  const clawbacks: CommissionLine[] = [];
  const credits: Posting[] = [];
  lines.forEach((line, i) => {
    if (amounts[i] === 0) return;
    const own = commissions.filter((c) => c.orderLineId === line.id && c.clawbackOf === null);
    if (own.length === 0) return;
    const r = own[0];
    const rates = { creatorRateBps: r.creatorRateBps, serviceFeeBps: r.serviceFeeBps, platformFeeBps: r.platformFeeBps, secondLevelShareBps: r.secondLevelShareBps };
    const reversal = refundReversal(line.base, line.refunded, amounts[i], rates);
    const gone = line.refunded + amounts[i] === line.base;
    for (const c of own) {
      const delta = reversal[PART_OF[c.part]];
      if (delta === 0 && !gone) continue;
      if (LIVE.has(c.status)) {
        updates.push({ id: c.id, amount: c.amount - delta, status: gone ? 'reversed' : c.status });
        credits.push({ orgId: c.orgId, account: c.status === 'pending' ? 'pending' : 'payable', amount: -delta });
      } else if (c.status === 'in_payout' || c.status === 'paid') {
        clawbacks.push({ ...c, id: newId('commissionLine', now), amount: -delta, original: -delta, status: 'payable', holdReason: null, clawbackOf: c.id, lockedAt: now, createdAt: now, updatedAt: now });
        credits.push({ orgId: c.orgId, account: 'payable', amount: -delta });
      }
    }
  });
  return { updates, clawbacks, credits };
}
