import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { runLocks } from '../../services/orders/lock';
import { postbackSetup } from './test-helpers';

const DAY = 86_400_000;

describe('POST /v1/orders/{id}/confirm', () => {
  it('confirms: the commission may lock after the frozen return window, and confirming again answers the first', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const o = await s.order();
    const at = now + 1_000;
    const res = await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: { confirmedAt: at } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'confirmed', confirmedAt: at, lockAt: at + 7 * DAY });
    const again = await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: {} });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(res.body);
    // Before the window: nothing locks; after it, the lines become payable.
    await runLocks(db(), at + 7 * DAY - 1);
    expect((await call('GET', `/v1/orders/${o.id}`, { key: s.merchant.key })).body.commissions.every((c: any) => c.status === 'pending')).toBe(true);
    await runLocks(db(), at + 7 * DAY);
    const after = await call('GET', `/v1/orders/${o.id}`, { key: s.creator.key });
    expect(after.body.commissions.map((c: any) => c.status)).toEqual(['payable']);
  });

  it('confirms as of now without a date, refuses a date before the order was placed', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const o = await s.order();
    const early = await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: { confirmedAt: now - 1 } });
    expect(early.status, early.text).toBe(400);
    expect(early.body.error.path).toBe('confirmedAt');
    const bad = await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: { confirmedAt: 'today' } });
    expect(bad.body.error.path).toBe('confirmedAt');
    const res = await call('POST', `/v1/orders/${o.id}/confirm`, { key: s.merchant.key, body: {} });
    expect(res.status, res.text).toBe(200);
    expect(res.body.confirmedAt).toBeGreaterThanOrEqual(now);
  });

  it('is the merchant’s: another merchant gets 404, the creator and provider 403', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    expect((await call('POST', `/v1/orders/${o.id}/confirm`, { key: (await createTenant(db(), 'merchant')).key, body: {} })).status).toBe(404);
    for (const key of [s.creator.key, s.providerKey]) expect((await call('POST', `/v1/orders/${o.id}/confirm`, { key, body: {} })).status).toBe(403);
    expect((await call('GET', `/v1/orders/${o.id}`, { key: s.merchant.key })).body.confirmedAt).toBeNull();
  });
});
