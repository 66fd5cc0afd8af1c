import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { commissionLines, journalEntries, ledgerPostings, orders, skus } from '@xuanpin/db';
import { db } from '../../../test/security';
import { recordOrders } from './record';
import { refundOrder } from './refund';
import { confirmOrder } from './confirm';
import { runLocks } from './lock';
import { balancesOf, imbalancedJournals } from '../ledger/balances';
import { sellingSetup } from './test-setup';

const NOW = Date.now();

describe('recordOrders (postback)', () => {
  it('attributes, splits with frozen terms, writes a balanced journal, and replays', async () => {
    const s = await sellingSetup(db(), NOW);
    const input = { externalId: 'A-1', clickId: s.click.id, currency: 'CNY', placedAt: NOW, lines: [{ sku: s.sku.code, quantity: 2, unitPrice: 2_800, discount: 100 }] };
    const rc = { merchantOrgId: s.merchant.org.id, source: 'postback' as const, now: NOW };
    const [out] = await recordOrders(db(), rc, [input]);
    expect(out.status).toBe('created');
    const orderId = (out as { orderId: string }).orderId;
    const [order] = await db().select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({ attribution: 'attributed', attributionReason: 'attributed', total: 5_500, creatorOrgId: s.creator.org.id });
    const lines = await db().select().from(commissionLines).where(eq(commissionLines.orderId, orderId));
    const byPart = Object.fromEntries(lines.map((l) => [l.part, l.amount]));
    // 5,500 × 20 % = 1,100 creator gross; × 5 % = 275 provider gross; platform 10 % of each.
    expect(byPart).toEqual({ creator: 990, platform_creator_fee: 110, provider: 247, platform_provider_fee: 28 });
    expect(lines.every((l) => l.creatorRateBps === 2_000 && l.platformFeeBps === 1_000 && l.status === 'pending')).toBe(true);
    const merchantBal = await balancesOf(db(), s.merchant.org.id);
    expect(merchantBal).toEqual([{ account: 'merchant_balance', currency: 'CNY', net: 1_375, balance: -1_375 }]);
    const [sku] = await db().select().from(skus).where(eq(skus.id, s.sku.id));
    expect(sku.stock).toBe(48);
    // Replay: same answer, nothing new; other content: 409.
    const [again] = await recordOrders(db(), rc, [input]);
    expect(again).toEqual({ status: 'replayed', orderId });
    const [clash] = await recordOrders(db(), rc, [{ ...input, lines: [{ ...input.lines[0], quantity: 3 }] }]);
    expect(clash.status).toBe('rejected');
    expect((clash as { error: { status: number } }).error.status).toBe(409);
    expect(await db().select().from(journalEntries).where(eq(journalEntries.orderId, orderId))).toHaveLength(1);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('refunds pro rata, confirms, locks after the return window', async () => {
    const s = await sellingSetup(db(), NOW);
    const rc = { merchantOrgId: s.merchant.org.id, source: 'postback' as const, now: NOW };
    const [out] = await recordOrders(db(), rc, [{ externalId: 'B-1', clickId: s.click.id, currency: 'CNY', placedAt: NOW, lines: [{ sku: s.sku.id, quantity: 1, unitPrice: 10_000 }] }]);
    const orderId = (out as { orderId: string }).orderId;
    const r1 = await refundOrder(db(), { merchantOrgId: s.merchant.org.id, now: NOW }, { id: orderId }, { externalId: 'R1', amount: 2_500 });
    expect(r1.status).toBe('created');
    const r1again = await refundOrder(db(), { merchantOrgId: s.merchant.org.id, now: NOW }, { id: orderId }, { externalId: 'R1', amount: 2_500 });
    expect(r1again.status).toBe('replayed');
    await expect(refundOrder(db(), { merchantOrgId: s.merchant.org.id, now: NOW }, { id: orderId }, { externalId: 'R2', amount: 7_501 })).rejects.toMatchObject({ path: 'amount' });
    const lines = await db().select().from(commissionLines).where(eq(commissionLines.orderId, orderId));
    expect(Object.fromEntries(lines.map((l) => [l.part, l.amount]))).toEqual({ creator: 1_350, platform_creator_fee: 150, provider: 337, platform_provider_fee: 38 });
    await confirmOrder(db(), { merchantOrgId: s.merchant.org.id, now: NOW }, { id: orderId });
    expect((await runLocks(db(), NOW + 86_400_000)).ordersLocked).toBe(0);
    const run = await runLocks(db(), NOW + 8 * 86_400_000);
    expect(run.ordersLocked).toBeGreaterThanOrEqual(1);
    const locked = await db().select().from(commissionLines).where(eq(commissionLines.orderId, orderId));
    expect(locked.every((l) => l.status === 'payable' || l.status === 'locked')).toBe(true);
    const creatorBal = await balancesOf(db(), s.creator.org.id);
    expect(creatorBal.find((b) => b.account === 'payable')?.balance).toBe(1_350);
    expect(creatorBal.find((b) => b.account === 'pending')?.balance ?? 0).toBe(0);
    expect(await imbalancedJournals(db())).toBe(0);
    const postings = await db().select().from(ledgerPostings);
    expect(postings.length).toBeGreaterThan(0);
  });
});
