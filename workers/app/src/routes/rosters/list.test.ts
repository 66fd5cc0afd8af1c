import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { insertRosterMember } from '@xuanpin/db/test/marketplace-factories';
import { call, db } from '../../../test/security';

describe('GET /v1/roster', () => {
  it('shows a provider its roster and a creator its invitations, each only their own', async () => {
    const p1 = await createTenant(db(), 'provider');
    const p2 = await createTenant(db(), 'provider');
    const c1 = await createTenant(db(), 'creator');
    const c2 = await createTenant(db(), 'creator');
    const a = await insertRosterMember(db(), p1.org.id, c1.org.id, 'active');
    const b = await insertRosterMember(db(), p1.org.id, c2.org.id, 'invited');
    const c = await insertRosterMember(db(), p2.org.id, c1.org.id, 'invited');
    const ids = async (key: string, qs = '') => {
      const res = await call('GET', `/v1/roster${qs}`, { key });
      expect(res.status, res.text).toBe(200);
      return res.body.data.map((r: any) => r.id);
    };
    expect(await ids(p1.key)).toEqual([b.id, a.id]);
    expect(await ids(p1.key, '?status=active')).toEqual([a.id]);
    expect(await ids(p2.key)).toEqual([c.id]);
    expect(await ids(c1.key)).toEqual([c.id, a.id]);
    expect(await ids(c1.key, '?status=invited')).toEqual([c.id]);
    expect(await ids(c2.key)).toEqual([b.id]);
    expect(await ids(p1.key, '?limit=1')).toEqual([b.id]);
    expect(await ids(p1.key, `?limit=1&cursor=${b.id}`)).toEqual([a.id]);
    const one = await call('GET', '/v1/roster', { key: c1.key });
    expect(one.body.data[0]).toMatchObject({ providerName: p2.org.name, creatorName: c1.org.name });
  });

  it('is for providers and creators', async () => {
    const m = await createTenant(db(), 'merchant');
    expect((await call('GET', '/v1/roster', { key: m.key })).status).toBe(403);
  });
});
