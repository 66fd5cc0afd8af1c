import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { approvedOffer, market } from '../enrollments/test-helpers';

const act = (key: string, id: string, action: 'accept' | 'decline' | 'remove') => call('POST', `/v1/roster/${id}/${action}`, { key });

async function invited() {
  const p = await createTenant(db(), 'provider');
  const c = await createTenant(db(), 'creator');
  const res = await call('POST', '/v1/roster', { key: p.key, body: { creatorOrgId: c.org.id } });
  return { p, c, id: res.body.id as string };
}

describe('roster transitions', () => {
  it.each([
    // [steps before, action, by, expected status or 409]
    [[], 'accept', 'creator', 'active'],
    [[], 'decline', 'creator', 'declined'],
    [[], 'remove', 'provider', 'removed'],
    [['accept'], 'remove', 'provider', 'removed'],
    [['accept'], 'accept', 'creator', 409],
    [['accept'], 'decline', 'creator', 409],
    [['decline'], 'accept', 'creator', 409],
    [['decline'], 'remove', 'provider', 409],
    [['remove'], 'accept', 'creator', 409],
    [['accept', 'remove'], 'remove', 'provider', 409],
    [['accept', 'remove'], 'accept', 'creator', 409],
  ] as const)('after %j, %s by the %s → %s', async (before, action, by, expected) => {
    const r = await invited();
    for (const step of before) {
      const res = await act(step === 'remove' ? r.p.key : r.c.key, r.id, step);
      expect(res.status, res.text).toBe(200);
    }
    const res = await act(by === 'creator' ? r.c.key : r.p.key, r.id, action);
    if (expected === 409) {
      expect(res.status, res.text).toBe(409);
    } else {
      expect(res.status, res.text).toBe(200);
      expect(res.body.status).toBe(expected);
      expect(res.body[expected === 'removed' ? 'removedAt' : 'respondedAt']).toBeGreaterThan(0);
    }
  });

  it('lets only the right party act: the provider cannot accept, the creator cannot remove, outsiders see 404', async () => {
    const r = await invited();
    const outsider = await createTenant(db(), 'creator');
    const otherProvider = await createTenant(db(), 'provider');
    expect((await act(r.p.key, r.id, 'accept')).status).toBe(404);
    expect((await act(r.c.key, r.id, 'remove')).status).toBe(404);
    expect((await act(outsider.key, r.id, 'accept')).status).toBe(404);
    expect((await act(otherProvider.key, r.id, 'remove')).status).toBe(404);
  });

  it('opens and closes offers: accepted → visible; removed → gone at once', async () => {
    const m = await market();
    const offer = await approvedOffer(m);
    const inv = await call('POST', '/v1/roster', { key: m.provider.key, body: { creatorOrgId: m.creator.org.id } });
    expect((await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key })).status).toBe(404);
    await act(m.creator.key, inv.body.id, 'accept');
    expect((await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key })).status).toBe(200);
    await act(m.provider.key, inv.body.id, 'remove');
    expect((await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key })).status).toBe(404);
  });
});
