import { describe, expect, it } from 'vitest';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { approvedOffer, market } from '../enrollments/test-helpers';
import { activityBody, T0 } from './test-helpers';

async function draft(over: Record<string, unknown> = {}) {
  const p = await createTenant(db(), 'provider');
  const res = await call('POST', '/v1/activities', { key: p.key, body: activityBody(over) });
  if (res.status !== 201) throw new Error(res.text);
  return { p, a: res.body };
}
const patch = (key: string, id: string, body: unknown) => call('PATCH', `/v1/activities/${id}`, { key, body });

describe('PATCH /v1/activities/{id}', () => {
  it('changes fields and opens a draft; the whole result is checked like a create', async () => {
    const { p, a } = await draft();
    const res = await patch(p.key, a.id, { name: 'Renamed', serviceFeeBps: 700, status: 'open' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ name: 'Renamed', serviceFeeBps: 700, status: 'open', minCreatorRateBps: 1000 });
    const bad = await patch(p.key, a.id, { endsAt: a.startsAt });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error.path).toBe('endsAt');
    const rates = await patch(p.key, a.id, { minCreatorRateBps: 5000, serviceFeeBps: 4001 });
    expect(rates.body.error.path).toBe('serviceFeeBps');
    expect((await call('GET', `/v1/activities/${a.id}`, { key: p.key })).body.serviceFeeBps).toBe(700);
  });

  it('switches plans: targeted needs targets, leaving targeted drops them, exclusive needs its period', async () => {
    const { p, a } = await draft();
    const creator = await createOrg(db(), { kind: 'creator' });
    expect((await patch(p.key, a.id, { planType: 'targeted' })).body.error.path).toBe('targetCreatorIds');
    const t = await patch(p.key, a.id, { planType: 'targeted', targetCreatorIds: [creator.id], minCreatorRateBps: 7000 });
    expect(t.body, t.text).toMatchObject({ planType: 'targeted', targetCreatorIds: [creator.id] });
    expect((await patch(p.key, a.id, { planType: 'open' })).body.error.path).toBe('minCreatorRateBps');
    const o = await patch(p.key, a.id, { planType: 'open', minCreatorRateBps: 2000 });
    expect(o.body, o.text).toMatchObject({ planType: 'open', targetCreatorIds: [] });
    expect((await patch(p.key, a.id, { planType: 'exclusive' })).body.error.path).toBe('exclusiveUntil');
    const e = await patch(p.key, a.id, { planType: 'exclusive', exclusiveUntil: T0 + 5 });
    expect(e.body.exclusiveUntil, e.text).toBe(T0 + 5);
    expect((await patch(p.key, a.id, { planType: 'open' })).body.exclusiveUntil).toBeNull();
  });

  it('never rewrites the rate versions offers committed to', async () => {
    const m = await market({ activity: { serviceFeeBps: 500 } });
    const offer = await approvedOffer(m, { creatorRateBps: 2000 });
    const res = await patch(m.provider.key, m.activity.id, { serviceFeeBps: 900, minCreatorRateBps: 3000 });
    expect(res.status, res.text).toBe(200);
    const seen = await call('GET', `/v1/enrollments/${offer.id}`, { key: m.merchant.key });
    expect(seen.body.terms).toEqual(offer.terms);
    expect(seen.body.currentTerms).toMatchObject({ creatorRateBps: 2000, serviceFeeBps: 500 });
  });

  it('answers 409 to open → draft and to any change of a closed activity', async () => {
    const { p, a } = await draft({ status: 'open' });
    expect((await patch(p.key, a.id, { status: 'draft' })).status).toBe(409);
    await call('POST', `/v1/activities/${a.id}/close`, { key: p.key });
    const res = await patch(p.key, a.id, { name: 'x' });
    expect(res.status, res.text).toBe(409);
  });

  it('rejects unknown fields and is 404 for another provider', async () => {
    const { p, a } = await draft();
    expect((await patch(p.key, a.id, { orgId: 'org_x' })).body.error.path).toBe('orgId');
    const other = await createTenant(db(), 'provider');
    expect((await patch(other.key, a.id, { name: 'mine' })).status).toBe(404);
  });
});
