import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '@xuanpin/db';
import { createClick } from '@xuanpin/db/test/order-factories';
import { call, db } from '../../../test/security';
import { imbalancedJournals } from '../../services/ledger/balances';
import { confirmOrder } from '../../services/orders/confirm';
import { runLocks } from '../../services/orders/lock';
import { recordOrders } from '../../services/orders/record';
import { sellingSetup } from '../../services/orders/test-setup';
import { orderWithLines, platformCaller, postback } from './test-helpers';

const NOW = Date.now();
const DAY = 86_400_000;
const REASON = 'Checked with the creator: a gift bought for a friend';

describe('POST /v1/admin/orders/{id}/release', () => {
  it('holds self-purchase, brushing and bot-click orders; held lines never lock until released, then they do', async () => {
    const s = await sellingSetup(db(), NOW);
    const admin = await platformCaller(db());
    const merchant = s.merchant.org.id;
    const order = (externalId: string, over: { clickId?: string; buyer?: string; placedAt?: number } = {}) => ({
      externalId,
      clickId: s.click.id,
      currency: 'CNY',
      placedAt: NOW - 60_000,
      lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 10_000 }],
      ...over,
    });
    // The buyer is the creator's own member (its e-mail, written differently).
    const self = await postback(db(), merchant, order('SELF-1', { buyer: ` ${s.creator.user.email.toUpperCase()} ` }), NOW);
    // One buyer's 4th order for one creator within 24 hours (all after the click, an hour ago).
    const outs = await recordOrders(db(), { merchantOrgId: merchant, source: 'postback', now: NOW }, [1, 2, 3, 4].map((n) => order(`BRUSH-${n}`, { buyer: 'fan@example.test', placedAt: NOW - 40 * 60_000 + n * 60_000 })));
    const brushing = await Promise.all(outs.map((o) => orderWithLines(db(), (o as { orderId: string }).orderId)));
    // A click flagged as a bot.
    const botClick = await createClick(db(), s.link, { at: NOW - 1_800_000, bot: true });
    const bot = await postback(db(), merchant, order('BOT-1', { clickId: botClick.id }), NOW);

    expect([self, ...brushing, bot].map((o) => o.order.holdReason)).toEqual(['self_purchase', null, null, null, 'brushing', 'bot_click']);
    const held = [self, brushing[3], bot];
    for (const h of held) expect(h.lines.every((l) => l.holdReason === h.order.holdReason && l.status === 'pending')).toBe(true);

    // The platform sees them in its review list.
    const list = await call('GET', '/v1/admin/holds?limit=200', { key: admin.key });
    expect(list.status, list.text).toBe(200);
    const mine = list.body.data.filter((o: { merchantOrgId: string }) => o.merchantOrgId === merchant);
    expect(mine.map((o: { externalId: string }) => o.externalId).sort()).toEqual(['BOT-1', 'BRUSH-4', 'SELF-1']);
    const selfRow = mine.find((o: { externalId: string }) => o.externalId === 'SELF-1');
    // 10,000 × 20 % + 10,000 × 5 %, platform fees included: the whole commission is held.
    expect(selfRow).toMatchObject({ holdReason: 'self_purchase', creatorOrgId: s.creator.org.id, merchantName: s.merchant.org.name, creatorName: s.creator.org.name, heldAmount: 2_500, total: 10_000 });
    expect(selfRow.held).toContainEqual({ part: 'creator', orgId: s.creator.org.id, amount: 1_800 });

    // Confirmed, past the return window: the unheld lock, the held stay pending.
    for (const o of [self, ...brushing, bot]) await confirmOrder(db(), { merchantOrgId: merchant, now: NOW }, { id: o.order.id });
    await runLocks(db(), NOW + 8 * DAY, { maxBatches: 100 });
    for (const o of brushing.slice(0, 3)) expect((await orderWithLines(db(), o.order.id)).lines.every((l) => l.status !== 'pending')).toBe(true);
    for (const h of held) expect((await orderWithLines(db(), h.order.id)).lines.every((l) => l.status === 'pending'), h.order.externalId).toBe(true);

    // Released, one by one, audited.
    for (const h of held) {
      const res = await call('POST', `/v1/admin/orders/${h.order.id}/release`, { key: admin.key, body: { reason: REASON } });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ id: h.order.id, holdReason: null });
      expect(res.body.commissions.every((c: { holdReason: string | null }) => c.holdReason === null)).toBe(true);
      const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, h.order.id), eq(auditLog.action, 'order.hold_released')));
      expect(entry).toMatchObject({ orgId: admin.org.id, actorId: admin.keyId, data: { reason: REASON, holdReason: h.order.holdReason, merchantOrgId: merchant, lines: 4 } });
    }
    const again = await call('POST', `/v1/admin/orders/${self.order.id}/release`, { key: admin.key, body: { reason: REASON } });
    expect(again.status, again.text).toBe(409);
    const after = (await call('GET', '/v1/admin/holds?limit=200', { key: admin.key })).body.data;
    expect(after.filter((o: { merchantOrgId: string }) => o.merchantOrgId === merchant)).toEqual([]);

    // The next lock run locks them.
    await runLocks(db(), NOW + 8 * DAY, { maxBatches: 100 });
    for (const h of held) expect((await orderWithLines(db(), h.order.id)).lines.every((l) => l.status === 'locked' || l.status === 'payable'), h.order.externalId).toBe(true);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('wants a reason, answers 404 for an unknown order, and is for the platform only', async () => {
    const s = await sellingSetup(db(), NOW);
    const admin = await platformCaller(db());
    const { order } = await postback(db(), s.merchant.org.id, { externalId: 'SELF-2', clickId: s.click.id, currency: 'CNY', placedAt: NOW - 60_000, buyer: s.creator.user.email, lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 1_000 }] }, NOW);
    for (const body of [{}, { reason: ' ok ' }, { reason: 'x'.repeat(501) }, { reason: REASON, extra: 1 }]) {
      const res = await call('POST', `/v1/admin/orders/${order.id}/release`, { key: admin.key, body });
      expect(res.status, res.text).toBe(400);
    }
    const short = await call('POST', `/v1/admin/orders/${order.id}/release`, { key: admin.key, body: { reason: 'ok' } });
    expect(short.body.error).toMatchObject({ code: 'validation_failed', path: 'reason' });
    const unknown = await call('POST', '/v1/admin/orders/ord_00000000000000000000000000/release', { key: admin.key, body: { reason: REASON } });
    expect(unknown.status, unknown.text).toBe(404);
    // The merchant of the order cannot release its own hold, nor can its creator.
    for (const key of [s.merchant.key, s.creator.key]) {
      const res = await call('POST', `/v1/admin/orders/${order.id}/release`, { key, body: { reason: REASON } });
      expect(res.status, res.text).toBe(403);
    }
    expect((await orderWithLines(db(), order.id)).order.holdReason).toBe('self_purchase');
  });
});
