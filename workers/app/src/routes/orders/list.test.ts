import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { postbackSetup } from './test-helpers';

describe('GET /v1/orders', () => {
  it('lists the merchant’s orders newest placed first, with filters and stable pages', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const a = await s.order({ placedAt: now - 3_000 });
    const b = await s.order({ placedAt: now - 1_000, clickId: null });
    const c = await s.order({ placedAt: now - 2_000 });
    await call('POST', `/v1/orders/${c.id}/confirm`, { key: s.merchant.key, body: {} });
    const ids = async (qs = '', key = s.merchant.key) => {
      const res = await call('GET', `/v1/orders${qs}`, { key });
      expect(res.status, res.text).toBe(200);
      return res.body.data.map((o: any) => o.id);
    };
    expect(await ids()).toEqual([b.id, c.id, a.id]);
    expect(await ids('?status=confirmed')).toEqual([c.id]);
    expect(await ids('?attribution=unattributed')).toEqual([b.id]);
    expect(await ids(`?creatorOrgId=${s.creator.org.id}`)).toEqual([c.id, a.id]);
    expect(await ids(`?from=${now - 2_000}&to=${now - 1_000}`)).toEqual([c.id]);
    const page = await call('GET', '/v1/orders?limit=2', { key: s.merchant.key });
    expect(page.body.data.map((o: any) => o.id)).toEqual([b.id, c.id]);
    expect(page.body.data[0]).not.toHaveProperty('lines');
    expect(await ids(`?limit=2&cursor=${page.body.nextCursor}`)).toEqual([a.id]);
    expect((await call('GET', `/v1/orders?limit=2&cursor=${page.body.nextCursor}`, { key: s.merchant.key })).body.nextCursor).toBeNull();
    for (const [qs, path] of [['?status=open', 'status'], ['?from=yesterday', 'from'], ['?cursor=nope', 'cursor'], ['?x=1', 'x']]) {
      const res = await call('GET', `/v1/orders${qs}`, { key: s.merchant.key });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
  });

  it('lists for the creator and the provider only the orders attributed to them; for a stranger none', async () => {
    const s = await postbackSetup();
    const a = await s.order();
    await s.order({ clickId: null });
    const other = await postbackSetup();
    await other.order();
    expect((await call('GET', '/v1/orders', { key: s.creator.key })).body.data.map((o: any) => o.id)).toEqual([a.id]);
    expect((await call('GET', '/v1/orders', { key: s.providerKey })).body.data.map((o: any) => o.id)).toEqual([a.id]);
    const stranger = await createTenant(db(), 'creator');
    expect((await call('GET', '/v1/orders', { key: stranger.key })).body).toEqual({ data: [], nextCursor: null });
  });
});
