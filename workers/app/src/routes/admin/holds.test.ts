import { describe, expect, it } from 'vitest';
import { createClick } from '@xuanpin/db/test/order-factories';
import { call, db } from '../../../test/security';
import { refundOrder } from '../../services/orders/refund';
import { sellingSetup } from '../../services/orders/test-setup';
import { platformCaller, postback } from './test-helpers';

const NOW = Date.now();

describe('GET /v1/admin/holds', () => {
  it('lists held orders newest first, by page, filtered by rule, without those refunded away', async () => {
    const s = await sellingSetup(db(), NOW);
    const admin = await platformCaller(db());
    const merchant = s.merchant.org.id;
    const bot = await createClick(db(), s.link, { at: NOW - 1_800_000, bot: true });
    // Recorded a second apart: ids sort by creation time.
    const line = [{ sku: s.sku.code, quantity: 1, unitPrice: 2_000 }];
    const a = await postback(db(), merchant, { externalId: 'HA', clickId: bot.id, currency: 'CNY', placedAt: NOW - 60_000, lines: line }, NOW - 2_000);
    const b = await postback(db(), merchant, { externalId: 'HB', clickId: s.click.id, buyer: s.creator.user.email, currency: 'CNY', placedAt: NOW - 60_000, lines: line }, NOW - 1_000);
    const gone = await postback(db(), merchant, { externalId: 'HC', clickId: bot.id, currency: 'CNY', placedAt: NOW - 60_000, lines: line }, NOW);
    await refundOrder(db(), { merchantOrgId: merchant, now: NOW }, { id: gone.order.id }, { externalId: 'R-all' });

    const first = await call('GET', '/v1/admin/holds?limit=1', { key: admin.key });
    expect(first.status, first.text).toBe(200);
    expect(first.body.data).toHaveLength(1);
    expect(first.body.data[0]).toMatchObject({ id: b.order.id, externalId: 'HB', holdReason: 'self_purchase', heldAmount: 500 });
    const all = (await call('GET', '/v1/admin/holds?limit=200', { key: admin.key })).body.data.map((o: { id: string }) => o.id);
    expect(all).toContain(a.order.id);
    expect(all).not.toContain(gone.order.id);
    const next = await call('GET', `/v1/admin/holds?limit=200&cursor=${first.body.nextCursor}`, { key: admin.key });
    expect(next.body.data.map((o: { id: string }) => o.id)).toContain(a.order.id);
    expect(next.body.data.map((o: { id: string }) => o.id)).not.toContain(b.order.id);
    const bots = (await call('GET', '/v1/admin/holds?reason=bot_click&limit=200', { key: admin.key })).body.data;
    expect(bots.every((o: { holdReason: string }) => o.holdReason === 'bot_click')).toBe(true);
    expect(bots.map((o: { id: string }) => o.id)).toContain(a.order.id);
    expect((await call('GET', '/v1/admin/holds?reason=other', { key: admin.key })).status).toBe(400);
  });

  it('is for the platform only', async () => {
    const s = await sellingSetup(db(), NOW);
    for (const key of [s.merchant.key, s.creator.key]) {
      const res = await call('GET', '/v1/admin/holds', { key });
      expect(res.status, res.text).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });
});
