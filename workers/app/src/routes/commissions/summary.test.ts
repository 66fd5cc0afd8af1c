import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { runLocks } from '../../services/orders/lock';
import { postbackSetup } from '../orders/test-helpers';

const DAY = 86_400_000;

describe('GET /v1/commissions/summary', () => {
  it('adds up the caller’s lines per state: pending, held, payable, reversed', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const summary = async (key = s.creator.key) => {
      const res = await call('GET', '/v1/commissions/summary', { key });
      expect(res.status, res.text).toBe(200);
      return res.body.data;
    };
    expect(await summary()).toEqual([]);
    await s.order(); // creator 990, stays pending
    await s.order({ buyer: s.creator.user.email }); // 990 held (self-purchase)
    const refunded = await s.order({ lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 10_000 }] }); // 1,800
    await call('POST', `/v1/orders/${refunded.id}/refunds`, { key: s.merchant.key, body: { externalId: 'r', amount: 2_500 } }); // → 1,350
    const locked = await s.order(); // 990 → payable
    await call('POST', `/v1/orders/${locked.id}/confirm`, { key: s.merchant.key, body: {} });
    await runLocks(db(), now + 8 * DAY);
    expect(await summary()).toEqual([{ currency: 'CNY', pending: 990 + 1_350, held: 990, locked: 0, payable: 990, inPayout: 0, paid: 0, reversed: 450 }]);
    const stranger = await createTenant(db(), 'creator');
    expect(await summary(stranger.key)).toEqual([]);
  });
});
