import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { activities, enrollments, sampleRequests } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createOffer } from '@xuanpin/db/test/creator-factories';
import { call, db } from '../../../test/security';
import { DAY, market, requestBody, unitsLeft } from './test-helpers';

const samplesOf = async (creatorOrgId: string) =>
  (await db().select({ n: count() }).from(sampleRequests).where(eq(sampleRequests.creatorOrgId, creatorOrgId)))[0].n;

describe('POST /v1/samples', () => {
  it('refuses a product whose sample policy is none with 409 naming offerId', async () => {
    const m = await market({ samplePolicy: 'none' });
    const res = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', path: 'offerId' });
    expect(res.body.error.message).toContain(m.offer.id);
    expect(await samplesOf(m.creator.org.id)).toBe(0);
  });

  it('refuses more units than are left with 409 naming quantity, changing nothing', async () => {
    const m = await market({ sampleQuantity: 2 });
    const res = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id, { quantity: 3 }) });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', path: 'quantity' });
    expect(await unitsLeft(m.offer.product.id)).toBe(2);
    expect(await samplesOf(m.creator.org.id)).toBe(0);
  });

  it('allows one open request per creator and offer, and a new one once it is closed', async () => {
    const m = await market();
    const first = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    expect(first.status, first.text).toBe(201);
    const dup = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    expect(dup.status, dup.text).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'conflict', path: 'offerId' });
    expect(await unitsLeft(m.offer.product.id)).toBe(9);
    await call('POST', `/v1/samples/${first.body.id}/cancel`, { key: m.creator.key });
    const again = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    expect(again.status, again.text).toBe(201);
  });

  it.each([
    ['the creator is not on the roster', { creatorOrgId: undefined }],
    ['the roster invitation is not accepted', { rosterStatus: 'invited' as const }],
    ['the creator was removed from the roster', { rosterStatus: 'removed' as const }],
    ['the enrollment is not approved', { enrollmentStatus: 'applied' as const }],
    ['the activity is closed', { activityStatus: 'closed' as const }],
    ['the promotion period is over', { startsAt: Date.now() - 30 * DAY, endsAt: Date.now() - DAY }],
  ])('answers 404 when %s', async (_, opts) => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOffer(db(), { creatorOrgId: creator.org.id, ...opts });
    const res = await call('POST', '/v1/samples', { key: creator.key, body: requestBody(offer.id) });
    expect(res.status, res.text).toBe(404);
    expect(Object.keys(res.body)).toEqual(['error']);
    expect(await unitsLeft(offer.product.id)).toBe(10);
  });

  it('opens targeted plans to the named creators only, not to the rest of the roster', async () => {
    const named = await createTenant(db(), 'creator');
    const offer = await createOffer(db(), { planType: 'targeted', creatorOrgId: named.org.id });
    expect((await call('POST', '/v1/samples', { key: named.key, body: requestBody(offer.id) })).status).toBe(201);
    const other = await createTenant(db(), 'creator');
    const { addToRoster } = await import('@xuanpin/db/test/creator-factories');
    await addToRoster(db(), offer.providerOrgId, other.org.id, 'active');
    expect((await call('POST', '/v1/samples', { key: other.key, body: requestBody(offer.id) })).status).toBe(404);
  });

  it('is for creators: a merchant or provider gets 403', async () => {
    const m = await market();
    for (const t of [m.merchant, m.provider]) {
      const res = await call('POST', '/v1/samples', { key: t.key, body: requestBody(m.offer.id) });
      expect(res.status, res.text).toBe(403);
    }
  });

  it('takes a SKU of the offer’s product only', async () => {
    const m = await market();
    const elsewhere = await createOffer(db(), {});
    const bad = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id, { skuId: elsewhere.sku.id }) });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', path: 'skuId' });
    expect(await samplesOf(m.creator.org.id)).toBe(0);
  });

  it('copies the activity’s contentDueDays, so a later change does not move the deadline', async () => {
    const m = await market({ contentDueDays: 7 });
    const res = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
    await db().update(activities).set({ contentDueDays: 30 }).where(eq(activities.id, m.offer.activity.id));
    for (const [verb, body] of [['approve'], ['ship', { carrier: 'EMS', trackingNumber: 'E1' }], ['deliver']] as const) {
      await call('POST', `/v1/samples/${res.body.id}/${verb}`, { key: m.merchant.key, body });
    }
    const got = await call('GET', `/v1/samples/${res.body.id}`, { key: m.creator.key });
    expect(got.body.contentDueDays).toBe(7);
    expect(got.body.contentDueAt - got.body.deliveredAt).toBe(7 * DAY);
  });

  it.each([
    [{ quantity: 0 }, 'quantity'],
    [{ quantity: 6 }, 'quantity'],
    [{ quantity: 1.5 }, 'quantity'],
    [{ quantity: '1' }, 'quantity'],
    [{ shippingAddress: '  ' }, 'shippingAddress'],
    [{ offerId: 42 }, 'offerId'],
    [{ note: 'x'.repeat(1001) }, 'note'],
    [{ status: 'approved' }, 'status'],
  ])('rejects %j naming %s, writing nothing', async (patch, path) => {
    const m = await market();
    const res = await call('POST', '/v1/samples', { key: m.creator.key, body: { ...requestBody(m.offer.id), ...patch } });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    expect(await samplesOf(m.creator.org.id)).toBe(0);
    expect(await unitsLeft(m.offer.product.id)).toBe(10);
  });

  it('answers 404 for an enrollment id that does not exist', async () => {
    const m = await market();
    await db().update(enrollments).set({ status: 'ended' }).where(eq(enrollments.id, m.offer.id));
    const res = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody('enr_nothing') });
    expect(res.status, res.text).toBe(404);
  });
});
