import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { postbackSetup } from '../orders/test-helpers';

describe('GET /v1/commissions', () => {
  it('lists the caller’s own commission lines, newest first, with filters and stable pages', async () => {
    const s = await postbackSetup();
    const a = await s.order();
    const b = await s.order({ buyer: s.creator.user.email });
    const c = await s.order();
    await call('POST', `/v1/orders/${c.id}/refunds`, { key: s.merchant.key, body: { externalId: 'all' } });
    const list = async (qs = '', key = s.creator.key) => {
      const res = await call('GET', `/v1/commissions${qs}`, { key });
      expect(res.status, res.text).toBe(200);
      return res.body.data;
    };
    const all = await list();
    expect(all.map((l: any) => l.orderId)).toEqual([c.id, b.id, a.id]);
    expect(all.every((l: any) => l.orgId === s.creator.org.id && l.part === 'creator')).toBe(true);
    expect(all[2]).toMatchObject({ lineNo: 1, productId: s.offer.product.id, productTitle: s.offer.product.title, amount: 990, original: 990, status: 'pending', currency: 'CNY', base: 5_500 });
    expect((await list('?held=true')).map((l: any) => l.orderId)).toEqual([b.id]);
    expect((await list('?held=false')).map((l: any) => l.orderId)).toEqual([c.id, a.id]);
    expect((await list('?status=reversed')).map((l: any) => l.orderId)).toEqual([c.id]);
    expect((await list(`?orderId=${a.id}`)).map((l: any) => l.orderId)).toEqual([a.id]);
    expect(await list('?currency=JPY')).toEqual([]);
    const page = await call('GET', '/v1/commissions?limit=2', { key: s.creator.key });
    expect(page.body.data.map((l: any) => l.orderId)).toEqual([c.id, b.id]);
    expect((await list(`?limit=2&cursor=${page.body.nextCursor}`)).map((l: any) => l.orderId)).toEqual([a.id]);
    // The provider and the platform each see their own parts only; the postback merchant earns no line.
    expect((await list('', s.providerKey)).every((l: any) => l.orgId === s.providerOrgId && l.part === 'provider')).toBe(true);
    expect(await list('', s.merchant.key)).toEqual([]);
    for (const [qs, path] of [['?held=yes', 'held'], ['?status=gone', 'status'], ['?currency=XXX', 'currency']]) {
      const res = await call('GET', `/v1/commissions${qs}`, { key: s.creator.key });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
  });
});
