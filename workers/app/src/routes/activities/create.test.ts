import { describe, expect, it } from 'vitest';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { activityBody, countActivities, T0 } from './test-helpers';

const create = (key: string, over: Record<string, unknown> = {}) => call('POST', '/v1/activities', { key, body: activityBody(over) });

describe('POST /v1/activities', () => {
  it('creates a draft with the default windows, readable by id', async () => {
    const p = await createTenant(db(), 'provider');
    const res = await create(p.key, { description: 'Japanese ceramics for spring' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      providerOrgId: p.org.id,
      name: 'Spring tableware pool',
      description: 'Japanese ceramics for spring',
      categories: ['kitchen'],
      planType: 'open',
      exclusiveUntil: null,
      attributionWindowDays: 7,
      returnWindowDays: 7,
      contentDueDays: 14,
      status: 'draft',
      targetCreatorIds: [],
    });
    expect(res.body.id).toMatch(/^act_/);
    const got = await call('GET', `/v1/activities/${res.body.id}`, { key: p.key });
    expect(got.body, got.text).toEqual(res.body);
  });

  it('creates a targeted plan naming its creators, and an exclusive one with its period', async () => {
    const p = await createTenant(db(), 'provider');
    const c1 = await createOrg(db(), { kind: 'creator' });
    const c2 = await createOrg(db(), { kind: 'creator' });
    const t = await create(p.key, { planType: 'targeted', targetCreatorIds: [c1.id, c2.id], minCreatorRateBps: 8000, serviceFeeBps: 1000, status: 'open' });
    expect(t.status, t.text).toBe(201);
    expect(t.body.targetCreatorIds.sort()).toEqual([c1.id, c2.id].sort());
    expect(t.body.status).toBe('open');
    const e = await create(p.key, { planType: 'exclusive', exclusiveUntil: T0 + 1 });
    expect(e.status, e.text).toBe(201);
    expect(e.body.exclusiveUntil).toBe(T0 + 1);
  });

  it.each([
    // rate bounds, each boundary, with the field named
    ['open', 5000, 4000, null],
    ['open', 5001, 0, 'minCreatorRateBps'],
    ['exclusive', 5001, 0, 'minCreatorRateBps'],
    ['targeted', 8000, 1000, null],
    ['targeted', 8001, 0, 'minCreatorRateBps'],
    ['targeted', 8000, 1001, 'minCreatorRateBps'], // together > 9000
    ['open', 0, 4000, null],
    ['open', 0, 4001, 'serviceFeeBps'],
    ['open', -1, 0, 'minCreatorRateBps'],
    ['open', 1000, -1, 'serviceFeeBps'],
  ] as const)('%s plan, creator %i, fee %i → %s', async (planType, minCreatorRateBps, serviceFeeBps, path) => {
    const p = await createTenant(db(), 'provider');
    const creator = await createOrg(db(), { kind: 'creator' });
    const extra = planType === 'targeted' ? { targetCreatorIds: [creator.id] } : planType === 'exclusive' ? { exclusiveUntil: T0 + 1 } : {};
    const res = await create(p.key, { planType, minCreatorRateBps, serviceFeeBps, ...extra });
    if (path === null) {
      expect(res.status, res.text).toBe(201);
    } else {
      expect(res.status, res.text).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
      expect(await countActivities(p.org.id)).toBe(0);
    }
  });

  it.each([
    [{ endsAt: T0 }, 'endsAt'],
    [{ endsAt: T0 - 1 }, 'endsAt'],
    [{ planType: 'exclusive' }, 'exclusiveUntil'],
    [{ planType: 'exclusive', exclusiveUntil: T0 }, 'exclusiveUntil'],
    [{ exclusiveUntil: T0 + 1 }, 'exclusiveUntil'],
    [{ planType: 'targeted' }, 'targetCreatorIds'],
    [{ planType: 'targeted', targetCreatorIds: [] }, 'targetCreatorIds'],
    [{ targetCreatorIds: ['org_x'] }, 'targetCreatorIds'],
    [{ planType: 'targeted', targetCreatorIds: ['org_nope'] }, 'targetCreatorIds.0'],
    [{ categories: [] }, 'categories'],
    [{ categories: ['kitchen', 'cars'] }, 'categories.1'],
    [{ categories: ['kitchen', 'kitchen'] }, 'categories'],
    [{ name: ' ' }, 'name'],
    [{ planType: 'closed' }, 'planType'],
    [{ visibility: 'secret' }, 'visibility'],
    [{ attributionWindowDays: 0 }, 'attributionWindowDays'],
    [{ attributionWindowDays: 91 }, 'attributionWindowDays'],
    [{ returnWindowDays: 91 }, 'returnWindowDays'],
    [{ contentDueDays: 61 }, 'contentDueDays'],
    [{ status: 'closed' }, 'status'],
    [{ startsAt: '2030-01-01' }, 'startsAt'],
    [{ minCreatorRateBps: 10.5 }, 'minCreatorRateBps'],
    [{ budget: 1 }, 'budget'],
  ])('%j is 400 naming %s, writing nothing', async (over, path) => {
    const p = await createTenant(db(), 'provider');
    const res = await create(p.key, over);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    expect(await countActivities(p.org.id)).toBe(0);
  });

  it('targets only creator organizations, naming the first that is not one', async () => {
    const p = await createTenant(db(), 'provider');
    const creator = await createOrg(db(), { kind: 'creator' });
    const merchant = await createOrg(db(), { kind: 'merchant' });
    const res = await create(p.key, { planType: 'targeted', targetCreatorIds: [creator.id, merchant.id] });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe('targetCreatorIds.1');
  });

  it('is for providers: a merchant or creator gets 403', async () => {
    for (const kind of ['merchant', 'creator'] as const) {
      const t = await createTenant(db(), kind);
      const res = await create(t.key);
      expect(res.status, res.text).toBe(403);
      expect(res.body.error.message).toContain('providers');
    }
  });
});
