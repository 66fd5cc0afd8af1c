import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { orders } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { runLocks } from '../../services/orders/lock';
import { postbackSetup } from './test-helpers';

const DAY = 86_400_000;

describe('POST /v1/orders/{id}/cancel', () => {
  it('reverses the order fully, and cancelling again changes nothing', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    await call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body: { externalId: 'R', amount: 500 } });
    const res = await call('POST', `/v1/orders/${o.id}/cancel`, { key: s.merchant.key, body: { reason: 'buyer cancelled' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: o.id, status: 'cancelled', refunded: 5_500, total: 5_500 });
    expect(res.body.lines[0].refunded).toBe(5_500);
    expect(res.body.commissions).toHaveLength(4);
    for (const c of res.body.commissions) expect(c).toMatchObject({ status: 'reversed', amount: 0 });
    for (const org of [s.merchant.org.id, s.creator.org.id, s.providerOrgId]) {
      expect((await balancesOf(db(), org)).every((b) => b.balance === 0), org).toBe(true);
    }
    const again = await call('POST', `/v1/orders/${o.id}/cancel`, { key: s.merchant.key, body: {} });
    expect(again.status, again.text).toBe(200);
    expect({ ...again.body, updatedAt: 0 }).toEqual({ ...res.body, updatedAt: 0 });
    const [row] = await db().select().from(orders).where(eq(orders.id, o.id));
    expect(row.revision).toBe(3);
    // A cancelled order cannot be confirmed.
    expect((await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: {} })).status).toBe(409);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('reverses a confirmed, locked order out of payable', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const o = await s.order();
    expect((await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: {} })).status).toBe(200);
    await runLocks(db(), now + 8 * DAY);
    const before = (await balancesOf(db(), s.creator.org.id)).find((b) => b.account === 'payable');
    expect(before?.balance).toBe(990);
    const res = await call('POST', `/v1/orders/${o.id}/cancel`, { key: s.merchant.key, body: {} });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('cancelled');
    expect(res.body.commissions.every((c: any) => c.status === 'reversed' && c.amount === 0)).toBe(true);
    expect((await balancesOf(db(), s.creator.org.id)).every((b) => b.balance === 0)).toBe(true);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('is the merchant’s: another merchant gets 404, a creator 403', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    expect((await call('POST', `/v1/orders/${o.id}/cancel`, { key: (await createTenant(db(), 'merchant')).key, body: {} })).status).toBe(404);
    expect((await call('POST', `/v1/orders/${o.id}/cancel`, { key: s.creator.key, body: {} })).status).toBe(403);
    expect((await call('GET', `/v1/orders/${o.id}`, { key: s.merchant.key })).body.status).toBe('paid');
  });
});
