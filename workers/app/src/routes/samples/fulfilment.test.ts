import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { createCreatorProfile, createOffer, createSample } from '@xuanpin/db/test/creator-factories';
import { call, db } from '../../../test/security';
import { DAY } from './test-helpers';

/** A creator with samples from one merchant through one provider, and keys for all three. */
async function creatorWith(samples: Parameters<typeof createSample>[3][]) {
  const creator = await createTenant(db(), 'creator');
  const merchant = await createTenant(db(), 'merchant');
  const provider = await createTenant(db(), 'provider');
  await createCreatorProfile(db(), creator.org.id, { listed: false });
  const offer = await createOffer(db(), { creatorOrgId: creator.org.id, merchantOrgId: merchant.org.id, providerOrgId: provider.org.id });
  for (const s of samples) await createSample(db(), offer, creator.org.id, s);
  return { creator, merchant, provider };
}

const now = Date.now();
const onTime = { status: 'posted' as const, deliveredAt: now - 20 * DAY, postedAt: now - 10 * DAY };
const late = { status: 'posted' as const, deliveredAt: now - 20 * DAY, postedAt: now - 2 * DAY };
const overdue = { status: 'delivered' as const, deliveredAt: now - 20 * DAY };
const pending = { status: 'delivered' as const, deliveredAt: now - 2 * DAY };

describe('sample fulfilment rate', () => {
  it('is posted on time over settled deliveries, in basis points, the same wherever it is shown', async () => {
    // 2 on time, 1 late, 1 overdue → 2 / 4 = 5000; the pending delivery and the undelivered requests do not count.
    const t = await creatorWith([onTime, onTime, late, overdue, pending, { status: 'requested' }, { status: 'rejected' }]);
    const profile = await call('GET', `/v1/creators/${t.creator.org.id}`, { key: t.provider.key });
    expect(profile.status, profile.text).toBe(200);
    expect(profile.body.fulfilmentRateBps).toBe(5_000);
    const asMerchant = await call('GET', `/v1/creators/${t.creator.org.id}`, { key: t.merchant.key });
    expect(asMerchant.status, asMerchant.text).toBe(200);
    expect(asMerchant.body.fulfilmentRateBps).toBe(5_000);
    const list = await call('GET', '/v1/samples', { key: t.merchant.key });
    expect(list.body.data).toHaveLength(7);
    expect(list.body.data.every((s: any) => s.creatorFulfilmentRateBps === 5_000)).toBe(true);
    const own = await call('GET', '/v1/creator-profile', { key: t.creator.key });
    expect(own.body.fulfilmentRateBps).toBe(5_000);
  });

  it('floors to whole basis points', async () => {
    const t = await creatorWith([onTime, late, late]);
    expect((await call('GET', `/v1/creators/${t.creator.org.id}`, { key: t.provider.key })).body.fulfilmentRateBps).toBe(3_333);
  });

  it('is null until a delivered sample is settled', async () => {
    const t = await creatorWith([pending, { status: 'shipped' }]);
    expect((await call('GET', `/v1/creators/${t.creator.org.id}`, { key: t.provider.key })).body.fulfilmentRateBps).toBeNull();
    const none = await creatorWith([]);
    expect((await call('GET', `/v1/creators/${none.creator.org.id}`, { key: none.provider.key })).body.fulfilmentRateBps).toBeNull();
  });
});
