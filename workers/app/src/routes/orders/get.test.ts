import { describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { postbackSetup } from './test-helpers';

describe('GET /v1/orders/{id}', () => {
  it('shows the merchant the order with every commission line', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    const res = await call('GET', `/v1/orders/${o.id}`, { key: s.merchant.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual(o);
    expect(res.body.commissions).toHaveLength(4);
  });

  it('shows the creator and the provider the order with only their own commission lines', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    const mine = async (key: string, orgId: string) => {
      const res = await call('GET', `/v1/orders/${o.id}`, { key });
      expect(res.status, res.text).toBe(200);
      expect(res.body.lines).toEqual(o.lines);
      expect(res.body.commissions.length).toBeGreaterThan(0);
      expect(res.body.commissions.every((c: any) => c.orgId === orgId)).toBe(true);
      return res.body.commissions.map((c: any) => c.part);
    };
    expect(await mine(s.creator.key, s.creator.org.id)).toEqual(['creator']);
    expect(await mine(s.providerKey, s.providerOrgId)).toEqual(['provider']);
  });

  it('shows the platform every commission line', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    const key = (await createApiKey(db(), s.platform.id)).key;
    const res = await call('GET', `/v1/orders/${o.id}`, { key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.commissions).toHaveLength(4);
  });

  it('answers 404 to anyone else: another merchant, creator or provider, and for an unattributed order the creator', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    for (const kind of ['merchant', 'creator', 'provider'] as const) {
      const stranger = await createTenant(db(), kind);
      const res = await call('GET', `/v1/orders/${o.id}`, { key: stranger.key });
      expect(res.status, res.text).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
    const unattributed = await s.order({ clickId: null });
    expect((await call('GET', `/v1/orders/${unattributed.id}`, { key: s.creator.key })).status).toBe(404);
    expect((await call('GET', `/v1/orders/${unattributed.id}`, { key: s.providerKey })).status).toBe(404);
    expect((await call('GET', '/v1/orders/ord_00000000000000000000000000', { key: s.merchant.key })).status).toBe(404);
  });
});
