import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { addToRoster, createCreatorProfile, createOffer } from '@xuanpin/db/test/creator-factories';
import { call, db } from '../../../test/security';
import { market, requestBody } from './test-helpers';

const ids = (res: { body: any }) => res.body.data.map((s: any) => s.id);

describe('GET /v1/samples and /v1/samples/{id}', () => {
  it('shows each party its own: creator its requests, merchant its products’, provider its activities’', async () => {
    const m = await market();
    await createCreatorProfile(db(), m.creator.org.id, { displayName: 'Mika' });
    const mine = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    // Another creator on the same offer, and an unrelated market.
    const other = await createTenant(db(), 'creator');
    await addToRoster(db(), m.offer.providerOrgId, other.org.id);
    const theirs = await call('POST', '/v1/samples', { key: other.key, body: requestBody(m.offer.id) });
    const elsewhere = await market();
    const far = await call('POST', '/v1/samples', { key: elsewhere.creator.key, body: requestBody(elsewhere.offer.id) });

    expect(ids(await call('GET', '/v1/samples', { key: m.creator.key }))).toEqual([mine.body.id]);
    expect(ids(await call('GET', '/v1/samples', { key: m.merchant.key }))).toEqual([theirs.body.id, mine.body.id]);
    expect(ids(await call('GET', '/v1/samples', { key: m.provider.key }))).toEqual([theirs.body.id, mine.body.id]);
    for (const t of [m.creator, m.merchant, m.provider]) {
      const got = await call('GET', `/v1/samples/${mine.body.id}`, { key: t.key });
      expect(got.status, got.text).toBe(200);
      expect(got.body.creatorName).toBe('Mika');
      const foreign = await call('GET', `/v1/samples/${far.body.id}`, { key: t.key });
      expect(foreign.status, foreign.text).toBe(404);
    }
    expect((await call('GET', `/v1/samples/${theirs.body.id}`, { key: m.creator.key })).status).toBe(404);
  });

  it('keeps the shipping address from the provider and shows the fulfilment rate to merchant and provider', async () => {
    const m = await market();
    const s = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    const asCreator = (await call('GET', `/v1/samples/${s.body.id}`, { key: m.creator.key })).body;
    const asMerchant = (await call('GET', `/v1/samples/${s.body.id}`, { key: m.merchant.key })).body;
    const asProvider = (await call('GET', `/v1/samples/${s.body.id}`, { key: m.provider.key })).body;
    expect(asCreator.shippingAddress).toBe('88 Huaihai Road, Shanghai');
    expect(asMerchant.shippingAddress).toBe('88 Huaihai Road, Shanghai');
    expect(asProvider.shippingAddress).toBeNull();
    expect(asCreator).not.toHaveProperty('creatorFulfilmentRateBps');
    expect(asMerchant).toHaveProperty('creatorFulfilmentRateBps', null);
    expect(asProvider).toHaveProperty('creatorFulfilmentRateBps', null);
  });

  it('filters by status and offer, and pages by cursor', async () => {
    const creator = await createTenant(db(), 'creator');
    const merchant = await createTenant(db(), 'merchant');
    const offers = [];
    for (let i = 0; i < 3; i++) offers.push(await createOffer(db(), { creatorOrgId: creator.org.id, merchantOrgId: merchant.org.id }));
    const made = [];
    for (const o of offers) made.push((await call('POST', '/v1/samples', { key: creator.key, body: requestBody(o.id) })).body.id);
    await call('POST', `/v1/samples/${made[1]}/approve`, { key: merchant.key });
    expect(ids(await call('GET', '/v1/samples?status=approved', { key: merchant.key }))).toEqual([made[1]]);
    expect(ids(await call('GET', `/v1/samples?offerId=${offers[2].id}`, { key: creator.key }))).toEqual([made[2]]);
    const p1 = await call('GET', '/v1/samples?limit=2', { key: creator.key });
    expect(ids(p1)).toEqual([made[2], made[1]]);
    const p2 = await call('GET', `/v1/samples?limit=2&cursor=${p1.body.nextCursor}`, { key: creator.key });
    expect(ids(p2)).toEqual([made[0]]);
    expect(p2.body.nextCursor).toBeNull();
  });

  it.each([
    ['status=lost', 'status'],
    ['overdue=yes', 'overdue'],
    ['limit=0', 'limit'],
    ['colour=red', 'colour'],
  ])('rejects ?%s naming %s', async (q, path) => {
    const t = await createTenant(db(), 'creator');
    const res = await call('GET', `/v1/samples?${q}`, { key: t.key });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
  });

  it('is for creators, merchants and providers: the platform gets 403', async () => {
    const t = await createTenant(db(), 'platform');
    expect((await call('GET', '/v1/samples', { key: t.key })).status).toBe(403);
  });
});
