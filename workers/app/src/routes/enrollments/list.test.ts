import { describe, expect, it } from 'vitest';
import { insertProduct } from '@xuanpin/db/test/marketplace-factories';
import { call, db } from '../../../test/security';
import { apply, market } from './test-helpers';

describe('GET /v1/enrollments and /v1/enrollments/{id}', () => {
  it('shows merchants their applications and providers those to their activities, with the full history', async () => {
    const m = await market();
    const second = await insertProduct(db(), m.merchant.org.id);
    const a = await apply(m);
    const b = await apply(m, { productId: second.id, creatorRateBps: 3000 });
    await call('POST', `/v1/enrollments/${a.body.id}/approve`, { key: m.provider.key });
    await call('POST', `/v1/enrollments/${a.body.id}/rates`, { key: m.merchant.key, body: { creatorRateBps: 2500 } });

    for (const key of [m.merchant.key, m.provider.key]) {
      const list = await call('GET', '/v1/enrollments', { key });
      expect(list.status, list.text).toBe(200);
      expect(list.body.data.map((e: any) => e.id)).toEqual([b.body.id, a.body.id]);
      expect(list.body.data[1].terms.map((t: any) => t.creatorRateBps)).toEqual([2000, 2500]);
      const approved = await call('GET', '/v1/enrollments?status=approved', { key });
      expect(approved.body.data.map((e: any) => e.id)).toEqual([a.body.id]);
      const one = await call('GET', `/v1/enrollments/${a.body.id}`, { key });
      expect(one.body).toMatchObject({ id: a.body.id, currentTerms: { version: 2, creatorRateBps: 2500 } });
      expect(one.body.terms).toHaveLength(2);
    }
    const byActivity = await call('GET', `/v1/enrollments?activityId=${m.activity.id}&limit=1`, { key: m.provider.key });
    expect(byActivity.body.data).toHaveLength(1);
    expect(byActivity.body.nextCursor).toBe(b.body.id);
    const next = await call('GET', `/v1/enrollments?activityId=${m.activity.id}&limit=1&cursor=${byActivity.body.nextCursor}`, { key: m.provider.key });
    expect(next.body.data.map((e: any) => e.id)).toEqual([a.body.id]);
    expect(next.body.nextCursor).toBeNull();
  });

  it('shows nothing to outsiders: another merchant or provider sees an empty list and 404; creators get 403 on the list', async () => {
    const m = await market();
    const a = await apply(m);
    const outsiders = await market();
    for (const key of [outsiders.merchant.key, outsiders.provider.key]) {
      const list = await call('GET', '/v1/enrollments', { key });
      expect(list.text).not.toContain(a.body.id);
      expect((await call('GET', `/v1/enrollments/${a.body.id}`, { key })).status).toBe(404);
    }
    expect((await call('GET', '/v1/enrollments', { key: m.creator.key })).status).toBe(403);
    expect((await call('GET', `/v1/enrollments/${a.body.id}`, { key: m.creator.key })).status).toBe(404);
  });

  it('rejects unknown filters naming them', async () => {
    const m = await market();
    const res = await call('GET', '/v1/enrollments?state=applied', { key: m.merchant.key });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe('state');
    const bad = await call('GET', '/v1/enrollments?status=pending', { key: m.merchant.key });
    expect(bad.body.error.path).toBe('status');
  });
});
