import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { sampleRequests } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { addToRoster, createOffer } from '@xuanpin/db/test/creator-factories';
import { call, db } from '../../../test/security';
import { requestBody, unitsLeft } from './test-helpers';

const requestsFor = async (offerId: string) =>
  (await db().select({ n: count() }).from(sampleRequests).where(eq(sampleRequests.enrollmentId, offerId)))[0].n;

describe('sample units under concurrent requests', () => {
  it('never go below zero: with 5 units and 8 creators asking for 2 each, exactly 2 requests win', async () => {
    const offer = await createOffer(db(), { sampleQuantity: 5 });
    const creators = await Promise.all(Array.from({ length: 8 }, () => createTenant(db(), 'creator')));
    for (const c of creators) await addToRoster(db(), offer.providerOrgId, c.org.id);
    const results = await Promise.all(creators.map((c) => call('POST', '/v1/samples', { key: c.key, body: requestBody(offer.id, { quantity: 2 }) })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses, results.map((r) => r.text).join('\n')).toEqual([201, 201, 409, 409, 409, 409, 409, 409]);
    expect(await unitsLeft(offer.product.id)).toBe(1);
    expect(await requestsFor(offer.id)).toBe(2);
  });

  it('hand out every unit exactly once when requests race for the last ones', async () => {
    const offer = await createOffer(db(), { sampleQuantity: 3 });
    const creators = await Promise.all(Array.from({ length: 10 }, () => createTenant(db(), 'creator')));
    for (const c of creators) await addToRoster(db(), offer.providerOrgId, c.org.id);
    const results = await Promise.all(creators.map((c) => call('POST', '/v1/samples', { key: c.key, body: requestBody(offer.id) })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.path === 'quantity')).toBe(true);
    expect(await unitsLeft(offer.product.id)).toBe(0);
  });

  it('let one creator racing itself hold one open request and take its units once', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOffer(db(), { creatorOrgId: creator.org.id, sampleQuantity: 10 });
    const results = await Promise.all(Array.from({ length: 6 }, () => call('POST', '/v1/samples', { key: creator.key, body: requestBody(offer.id, { quantity: 2 }) })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(await unitsLeft(offer.product.id)).toBe(8);
    expect(await requestsFor(offer.id)).toBe(1);
  });

  it('give units back once when a reject and a cancel race', async () => {
    const creator = await createTenant(db(), 'creator');
    const merchant = await createTenant(db(), 'merchant');
    const offer = await createOffer(db(), { creatorOrgId: creator.org.id, merchantOrgId: merchant.org.id, sampleQuantity: 4 });
    const s = await call('POST', '/v1/samples', { key: creator.key, body: requestBody(offer.id, { quantity: 3 }) });
    const [rej, can] = await Promise.all([
      call('POST', `/v1/samples/${s.body.id}/reject`, { key: merchant.key, body: { reason: 'gone' } }),
      call('POST', `/v1/samples/${s.body.id}/cancel`, { key: creator.key }),
    ]);
    expect([rej.status, can.status].sort()).toEqual([200, 409]);
    expect(await unitsLeft(offer.product.id)).toBe(4);
  });
});
