import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { DAY, market, requestBody, sampleRow, unitsLeft } from './test-helpers';

describe('sample lifecycle', () => {
  it('goes requested → approved → shipped → delivered → posted, each step by its party', async () => {
    const m = await market({ sampleQuantity: 5, contentDueDays: 10 });
    const created = await call('POST', '/v1/samples', {
      key: m.creator.key,
      body: requestBody(m.offer.id, { skuId: m.offer.sku.id, quantity: 2, note: 'white please' }),
    });
    expect(created.status, created.text).toBe(201);
    const s = created.body;
    expect(s).toMatchObject({
      status: 'requested',
      offerId: m.offer.id,
      productId: m.offer.product.id,
      activityId: m.offer.activity.id,
      skuId: m.offer.sku.id,
      quantity: 2,
      contentDueDays: 10,
      creatorOrgId: m.creator.org.id,
      merchantOrgId: m.merchant.org.id,
      providerOrgId: m.provider.org.id,
      overdue: false,
      postedOnTime: null,
    });
    expect(s.id).toMatch(/^smp_/);
    expect(s).not.toHaveProperty('creatorFulfilmentRateBps');
    expect(await unitsLeft(m.offer.product.id)).toBe(3);

    const approved = await call('POST', `/v1/samples/${s.id}/approve`, { key: m.merchant.key });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.decidedAt).toBeTypeOf('number');

    const shipped = await call('POST', `/v1/samples/${s.id}/ship`, { key: m.merchant.key, body: { carrier: 'SF Express', trackingNumber: 'SF1234567' } });
    expect(shipped.status, shipped.text).toBe(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: 'SF Express', trackingNumber: 'SF1234567' });

    const delivered = await call('POST', `/v1/samples/${s.id}/deliver`, { key: m.merchant.key });
    expect(delivered.status, delivered.text).toBe(200);
    expect(delivered.body.status).toBe('delivered');
    expect(delivered.body.contentDueAt).toBe(delivered.body.deliveredAt + 10 * DAY);

    const posted = await call('POST', `/v1/samples/${s.id}/post`, { key: m.creator.key, body: { postUrl: 'https://www.xiaohongshu.com/explore/6650' } });
    expect(posted.status, posted.text).toBe(200);
    expect(posted.body).toMatchObject({ status: 'posted', postUrl: 'https://www.xiaohongshu.com/explore/6650', postedOnTime: true, overdue: false });
    // The units stay with the creator: only reject and cancel give them back.
    expect(await unitsLeft(m.offer.product.id)).toBe(3);
  });

  it('gives the units back on reject (with its reason) and on cancel', async () => {
    const m = await market({ sampleQuantity: 3 });
    const a = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id, { quantity: 2 }) });
    expect(await unitsLeft(m.offer.product.id)).toBe(1);
    const rejected = await call('POST', `/v1/samples/${a.body.id}/reject`, { key: m.merchant.key, body: { reason: 'Out of season' } });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Out of season' });
    expect(await unitsLeft(m.offer.product.id)).toBe(3);
    // Rejecting twice gives nothing back twice.
    const again = await call('POST', `/v1/samples/${a.body.id}/reject`, { key: m.merchant.key, body: { reason: 'again' } });
    expect(again.status, again.text).toBe(409);
    expect(await unitsLeft(m.offer.product.id)).toBe(3);

    const b = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id, { quantity: 3 }) });
    expect(b.status, b.text).toBe(201);
    expect(await unitsLeft(m.offer.product.id)).toBe(0);
    const cancelled = await call('POST', `/v1/samples/${b.body.id}/cancel`, { key: m.creator.key });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await unitsLeft(m.offer.product.id)).toBe(3);
    expect((await call('POST', `/v1/samples/${b.body.id}/cancel`, { key: m.creator.key })).status).toBe(409);
    expect(await unitsLeft(m.offer.product.id)).toBe(3);
  });

  it.each([
    ['approve', 'merchant', 'approved', undefined],
    ['ship', 'merchant', 'requested', { carrier: 'SF', trackingNumber: '1' }],
    ['deliver', 'merchant', 'requested', undefined],
    ['post', 'creator', 'requested', { postUrl: 'https://x.example/p' }],
    ['cancel', 'creator', 'approved', undefined],
    ['reject', 'merchant', 'approved', { reason: 'no' }],
  ] as const)('refuses %s from the wrong status with 409, changing nothing', async (verb, by, from, body) => {
    const m = await market();
    const created = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    const id = created.body.id;
    if (from === 'approved') await call('POST', `/v1/samples/${id}/approve`, { key: m.merchant.key });
    const before = await sampleRow(id);
    const res = await call('POST', `/v1/samples/${id}/${verb}`, { key: (by === 'merchant' ? m.merchant : m.creator).key, body });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(await sampleRow(id)).toEqual(before);
  });

  it('refuses a transition by the wrong side with 403 and by an unrelated party with 404', async () => {
    const m = await market();
    const created = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    const id = created.body.id;
    const byCreator = await call('POST', `/v1/samples/${id}/approve`, { key: m.creator.key });
    expect(byCreator.status, byCreator.text).toBe(403);
    const byProvider = await call('POST', `/v1/samples/${id}/cancel`, { key: m.provider.key });
    expect(byProvider.status, byProvider.text).toBe(403);
    const other = await market();
    const byOtherMerchant = await call('POST', `/v1/samples/${id}/approve`, { key: other.merchant.key });
    expect(byOtherMerchant.status, byOtherMerchant.text).toBe(404);
    expect((await sampleRow(id)).status).toBe('requested');
  });

  it.each([
    ['/reject', { reason: '' }, 'reason'],
    ['/ship', { carrier: 'SF' }, 'trackingNumber'],
    ['/post', { postUrl: 'http://www.xiaohongshu.com/explore/1' }, 'postUrl'],
    ['/post', { postUrl: 'not a url' }, 'postUrl'],
    ['/post', { postUrl: 'https://x.example/p', extra: 1 }, 'extra'],
  ])('rejects bad input to %s (%j) naming %s', async (suffix, body, path) => {
    const m = await market();
    const created = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    const key = suffix === '/post' ? m.creator.key : m.merchant.key;
    const res = await call('POST', `/v1/samples/${created.body.id}${suffix}`, { key, body });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
  });
});
