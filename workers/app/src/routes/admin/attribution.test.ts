import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, journalEntries } from '@xuanpin/db';
import { call, db } from '../../../test/security';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { confirmOrder } from '../../services/orders/confirm';
import { runLocks } from '../../services/orders/lock';
import { refundOrder } from '../../services/orders/refund';
import { sellingSetup } from '../../services/orders/test-setup';
import { orderWithLines, platformCaller, postback } from './test-helpers';

const NOW = Date.now();
const REASON = 'The buyer sent a screenshot of the creator’s link';
const balance = async (orgId: string, account: string) => (await balancesOf(db(), orgId)).find((b) => b.account === account)?.balance ?? 0;

describe('POST /v1/admin/orders/{id}/attribution', () => {
  it('attributes an unattributed order to a click on what remains of it, then back to none, with a balanced ledger', async () => {
    const s = await sellingSetup(db(), NOW);
    const admin = await platformCaller(db());
    const merchant = s.merchant.org.id;
    const { order } = await postback(db(), merchant, { externalId: 'U-1', currency: 'CNY', placedAt: NOW - 60_000, lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 10_000 }] }, NOW);
    expect(order).toMatchObject({ attribution: 'unattributed', attributionReason: 'no_click_id' });
    await refundOrder(db(), { merchantOrgId: merchant, now: NOW }, { id: order.id }, { externalId: 'R-1', amount: 2_500 });

    const res = await call('POST', `/v1/admin/orders/${order.id}/attribution`, { key: admin.key, body: { clickId: s.click.id, reason: REASON } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ attribution: 'attributed', attributionReason: 'reattributed', clickId: s.click.id, linkId: s.link.id, creatorOrgId: s.creator.org.id, providerOrgId: s.providerOrgId, holdReason: null });
    expect(res.body.lines[0].commissionable).toBe(true);
    // The split of the 7,500 that remains, at the terms in force when the order was placed (20 %, 5 %, platform 10 %).
    const parts = Object.fromEntries(res.body.commissions.map((c: { part: string; amount: number; status: string }) => [c.part, [c.amount, c.status]]));
    expect(parts).toEqual({ creator: [1_350, 'pending'], platform_creator_fee: [150, 'pending'], provider: [337, 'pending'], platform_provider_fee: [38, 'pending'] });
    expect(res.body.commissions.every((c: { original: number; amount: number }) => c.original === c.amount)).toBe(true);
    expect(await balance(s.creator.org.id, 'pending')).toBe(1_350);
    expect(await balance(merchant, 'merchant_balance')).toBe(-1_875);
    const [entry] = await db().select().from(journalEntries).where(and(eq(journalEntries.orderId, order.id), eq(journalEntries.kind, 'reattribution')));
    expect(entry).toMatchObject({ orderRevision: 3, idempotencyKey: `reattribution:${order.id}:3`, memo: REASON });
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, order.id), eq(auditLog.action, 'order.reattributed')));
    expect(audit).toMatchObject({ orgId: admin.org.id, actorId: admin.keyId, data: { reason: REASON, merchantOrgId: merchant, revision: 3, from: { clickId: null, creatorOrgId: null, attributionReason: 'no_click_id' }, to: { clickId: s.click.id, creatorOrgId: s.creator.org.id, attributionReason: 'reattributed' } } });
    expect(await imbalancedJournals(db())).toBe(0);

    // Back to none: the lines are reversed and every balance returns to zero.
    const undo = await call('POST', `/v1/admin/orders/${order.id}/attribution`, { key: admin.key, body: { clickId: null, reason: REASON } });
    expect(undo.status, undo.text).toBe(200);
    expect(undo.body).toMatchObject({ attribution: 'unattributed', attributionReason: 'unattributed_by_admin', clickId: null, linkId: null, creatorOrgId: null, providerOrgId: null });
    expect(undo.body.lines[0].commissionable).toBe(false);
    expect(undo.body.commissions.map((c: { status: string; amount: number }) => [c.status, c.amount])).toEqual([['reversed', 0], ['reversed', 0], ['reversed', 0], ['reversed', 0]]);
    expect(await balance(s.creator.org.id, 'pending')).toBe(0);
    expect(await balance(s.providerOrgId, 'pending')).toBe(0);
    expect(await balance(merchant, 'merchant_balance')).toBe(0);
    const { order: after } = await orderWithLines(db(), order.id);
    expect(after.revision).toBe(4);
    expect(await imbalancedJournals(db())).toBe(0);

    // And to the click again: a refund after that still takes back the right amounts.
    const redo = await call('POST', `/v1/admin/orders/${order.id}/attribution`, { key: admin.key, body: { clickId: s.click.id, reason: REASON } });
    expect(redo.status, redo.text).toBe(200);
    await refundOrder(db(), { merchantOrgId: merchant, now: NOW }, { id: order.id }, { externalId: 'R-2' });
    expect(await balance(s.creator.org.id, 'pending')).toBe(0);
    expect(await balance(merchant, 'merchant_balance')).toBe(0);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('refuses once a line has locked, a click that does not attribute the order, an unknown order, and non-platform callers', async () => {
    const s = await sellingSetup(db(), NOW);
    const other = await sellingSetup(db(), NOW);
    const admin = await platformCaller(db());
    const merchant = s.merchant.org.id;
    const { order } = await postback(db(), merchant, { externalId: 'L-1', clickId: s.click.id, currency: 'CNY', placedAt: NOW - 60_000, lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 10_000 }] }, NOW);
    const path = `/v1/admin/orders/${order.id}/attribution`;

    // Another merchant's click does not exist for this order.
    const foreign = await call('POST', path, { key: admin.key, body: { clickId: other.click.id, reason: REASON } });
    expect(foreign.status, foreign.text).toBe(400);
    expect(foreign.body.error).toMatchObject({ code: 'validation_failed', path: 'clickId' });
    expect(foreign.body.error.message).toContain('click_not_found');
    expect((await call('POST', path, { key: admin.key, body: { reason: REASON } })).body.error).toMatchObject({ path: 'clickId' });
    expect((await call('POST', path, { key: admin.key, body: { clickId: null, reason: 'no' } })).body.error).toMatchObject({ path: 'reason' });
    expect((await call('POST', '/v1/admin/orders/ord_00000000000000000000000000/attribution', { key: admin.key, body: { clickId: null, reason: REASON } })).status).toBe(404);
    for (const key of [s.merchant.key, s.creator.key]) {
      const res = await call('POST', path, { key, body: { clickId: null, reason: REASON } });
      expect(res.status, res.text).toBe(403);
    }

    await confirmOrder(db(), { merchantOrgId: merchant, now: NOW }, { id: order.id });
    await runLocks(db(), NOW + 8 * 86_400_000, { maxBatches: 100 });
    const locked = await call('POST', path, { key: admin.key, body: { clickId: null, reason: REASON } });
    expect(locked.status, locked.text).toBe(409);
    const { order: unchanged, lines } = await orderWithLines(db(), order.id);
    expect(unchanged).toMatchObject({ attribution: 'attributed', attributionReason: 'attributed' });
    expect(lines.every((l) => l.status !== 'reversed')).toBe(true);
  });
});
