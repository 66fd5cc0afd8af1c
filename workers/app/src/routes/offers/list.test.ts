import { describe, expect, it } from 'vitest';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { insertActivity, insertEnrollment, insertProduct, insertRosterMember, type ActivityOpts } from '@xuanpin/db/test/marketplace-factories';
import type { EnrollmentStatus, ProductStatus, RosterStatus } from '@xuanpin/db';
import { call, db } from '../../../test/security';

const DAY = 24 * 3600 * 1000;

interface Case {
  name: string;
  activity?: ActivityOpts;
  roster?: RosterStatus | 'other-provider';
  named?: 'me' | 'someone-else';
  enrollment?: EnrollmentStatus;
  product?: ProductStatus;
  visible: boolean;
}

const CASES: Case[] = [
  { name: 'open plan, active on the roster', roster: 'active', visible: true },
  { name: 'exclusive plan, active on the roster', activity: { planType: 'exclusive' }, roster: 'active', visible: true },
  { name: 'targeted plan naming me, not on the roster', activity: { planType: 'targeted' }, named: 'me', visible: true },
  { name: 'targeted plan naming me, also on the roster', activity: { planType: 'targeted' }, named: 'me', roster: 'active', visible: true },
  { name: 'open plan, invited but not accepted', roster: 'invited', visible: false },
  { name: 'open plan, declined', roster: 'declined', visible: false },
  { name: 'open plan, removed', roster: 'removed', visible: false },
  { name: 'open plan, not on the roster', visible: false },
  { name: "open plan, on another provider's roster", roster: 'other-provider', visible: false },
  { name: 'exclusive plan, invited only', activity: { planType: 'exclusive' }, roster: 'invited', visible: false },
  { name: 'exclusive plan, not on the roster', activity: { planType: 'exclusive' }, visible: false },
  { name: 'targeted plan, on the roster but not named', activity: { planType: 'targeted' }, roster: 'active', visible: false },
  { name: 'targeted plan naming someone else', activity: { planType: 'targeted' }, named: 'someone-else', roster: 'active', visible: false },
  { name: 'application not yet approved', roster: 'active', enrollment: 'applied', visible: false },
  { name: 'application rejected', roster: 'active', enrollment: 'rejected', visible: false },
  { name: 'offer withdrawn', roster: 'active', enrollment: 'withdrawn', visible: false },
  { name: 'offer ended', roster: 'active', enrollment: 'ended', visible: false },
  { name: 'activity still a draft', roster: 'active', activity: { status: 'draft' }, visible: false },
  { name: 'activity closed', roster: 'active', activity: { status: 'closed' }, visible: false },
  { name: 'promotion not started', roster: 'active', activity: { startsAt: Date.now() + DAY }, visible: false },
  { name: 'promotion over', roster: 'active', activity: { startsAt: Date.now() - 2 * DAY, endsAt: Date.now() - 1 }, visible: false },
  { name: 'targeted, named, promotion over', activity: { planType: 'targeted', startsAt: Date.now() - 2 * DAY, endsAt: Date.now() - 1 }, named: 'me', visible: false },
  { name: 'product paused', roster: 'active', product: 'paused', visible: false },
  { name: 'invite-only activity, active on the roster', activity: { visibility: 'invite_only' }, roster: 'active', visible: true },
];

describe('which offers a creator sees', () => {
  it.each(CASES)('$name → visible: $visible', async (c) => {
    const provider = await createOrg(db(), { kind: 'provider' });
    const merchant = await createOrg(db(), { kind: 'merchant' });
    const creator = await createTenant(db(), 'creator');
    const someone = await createOrg(db(), { kind: 'creator' });
    const targets = c.named === 'me' ? [creator.org.id] : c.named === 'someone-else' ? [someone.id] : [];
    const activity = await insertActivity(db(), provider.id, { ...c.activity, targets });
    const product = await insertProduct(db(), merchant.id, { status: c.product });
    const enrollment = await insertEnrollment(db(), activity, product, { status: c.enrollment ?? 'approved' });
    if (c.roster === 'other-provider') {
      await insertRosterMember(db(), (await createOrg(db(), { kind: 'provider' })).id, creator.org.id, 'active');
    } else if (c.roster) {
      await insertRosterMember(db(), provider.id, creator.org.id, c.roster);
    }
    const list = await call('GET', '/v1/offers', { key: creator.key });
    expect(list.status, list.text).toBe(200);
    expect(list.body.data.map((o: any) => o.id)).toEqual(c.visible ? [enrollment.id] : []);
    const one = await call('GET', `/v1/offers/${enrollment.id}`, { key: creator.key });
    expect(one.status, one.text).toBe(c.visible ? 200 : 404);
    if (!c.visible) expect(Object.keys(one.body)).toEqual(['error']);
  });

  it('shows what a creator needs to choose, with filters and stable pages', async () => {
    const provider = await createTenant(db(), 'provider');
    const merchant = await createOrg(db(), { kind: 'merchant' });
    const creator = await createTenant(db(), 'creator');
    await insertRosterMember(db(), provider.org.id, creator.org.id);
    const activity = await insertActivity(db(), provider.org.id, { name: 'Spring pool', categories: ['kitchen', 'beauty'] });
    const bowl = await insertProduct(db(), merchant.id, { title: 'Arita bowl', category: 'kitchen.tableware', prices: [[3200, 'CNY'], [2800, 'CNY'], [4000, 'CNY']], samplePolicy: 'refundable', sampleQuantity: 3 });
    const lipstick = await insertProduct(db(), merchant.id, { title: 'Tint lipstick', category: 'beauty.makeup', prices: [[1500, 'JPY']] });
    const e1 = await insertEnrollment(db(), activity, bowl, { terms: [{ creatorRateBps: 2000, serviceFeeBps: 500 }, { creatorRateBps: 2600, serviceFeeBps: 500 }, { creatorRateBps: 1000, serviceFeeBps: 500, effectiveAt: Date.now() + DAY }] });
    const e2 = await insertEnrollment(db(), activity, lipstick);
    const res = await call('GET', '/v1/offers', { key: creator.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.map((o: any) => o.id)).toEqual([e2.id, e1.id]);
    expect(res.body.data[1]).toMatchObject({
      activityId: activity.id,
      activityName: 'Spring pool',
      planType: 'open',
      providerOrgId: provider.org.id,
      providerName: provider.org.name,
      productId: bowl.id,
      productTitle: 'Arita bowl',
      images: bowl.images,
      category: 'kitchen.tableware',
      minPrice: { amount: 2800, currency: 'CNY' },
      creatorRateBps: 2600,
      samplePolicy: 'refundable',
      sampleQuantity: 3,
      contentDueDays: 14,
    });
    expect(res.body.data[1]).not.toHaveProperty('terms');
    const detail = await call('GET', `/v1/offers/${e1.id}`, { key: creator.key });
    expect(detail.body.terms.map((t: any) => t.creatorRateBps), detail.text).toEqual([2000, 2600, 1000]);
    const ids = async (qs: string) => (await call('GET', `/v1/offers?${qs}`, { key: creator.key })).body.data.map((o: any) => o.id);
    expect(await ids('category=kitchen')).toEqual([e1.id]);
    expect(await ids('category=beauty.makeup')).toEqual([e2.id]);
    expect(await ids('q=arita')).toEqual([e1.id]);
    expect(await ids(`activityId=${activity.id}&limit=1`)).toEqual([e2.id]);
    expect(await ids(`limit=1&cursor=${e2.id}`)).toEqual([e1.id]);
  });

  it('is for creators: merchants and providers get 403 on the list and 404 by id', async () => {
    const provider = await createTenant(db(), 'provider');
    const merchant = await createTenant(db(), 'merchant');
    const activity = await insertActivity(db(), provider.org.id);
    const e = await insertEnrollment(db(), activity, await insertProduct(db(), merchant.org.id));
    for (const t of [provider, merchant]) {
      expect((await call('GET', '/v1/offers', { key: t.key })).status).toBe(403);
      expect((await call('GET', `/v1/offers/${e.id}`, { key: t.key })).status).toBe(404);
    }
  });
});
