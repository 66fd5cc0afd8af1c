import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { apply, market } from './test-helpers';

const decide = (key: string, id: string, action: 'approve' | 'reject', reason = 'not a fit') =>
  call('POST', `/v1/enrollments/${id}/${action}`, { key, ...(action === 'reject' ? { body: { reason } } : {}) });

describe('approving and rejecting applications', () => {
  it('approves an applied enrollment, stamping the decision', async () => {
    const m = await market();
    const applied = await apply(m);
    const res = await decide(m.provider.key, applied.body.id, 'approve');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'approved', decisionReason: null });
    expect(res.body.decidedAt).toBeGreaterThan(0);
  });

  it('rejects with a reason the merchant sees', async () => {
    const m = await market();
    const applied = await apply(m);
    const res = await decide(m.provider.key, applied.body.id, 'reject', '  Off-season for tableware  ');
    expect(res.status, res.text).toBe(200);
    const seen = await call('GET', `/v1/enrollments/${applied.body.id}`, { key: m.merchant.key });
    expect(seen.body).toMatchObject({ status: 'rejected', decisionReason: 'Off-season for tableware' });
  });

  it.each([
    ['approve', 'approve'],
    ['approve', 'reject'],
    ['reject', 'approve'],
    ['reject', 'reject'],
  ] as const)('answers 409 to %s then %s, keeping the first decision', async (first, second) => {
    const m = await market();
    const applied = await apply(m);
    expect((await decide(m.provider.key, applied.body.id, first)).status).toBe(200);
    const again = await decide(m.provider.key, applied.body.id, second);
    expect(again.status, again.text).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    const seen = await call('GET', `/v1/enrollments/${applied.body.id}`, { key: m.provider.key });
    expect(seen.body.status).toBe(first === 'approve' ? 'approved' : 'rejected');
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const m = await market();
    const applied = await apply(m);
    const [a, b] = await Promise.all([decide(m.provider.key, applied.body.id, 'approve'), decide(m.provider.key, applied.body.id, 'reject')]);
    expect([a.status, b.status].sort(), a.text + b.text).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const seen = await call('GET', `/v1/enrollments/${applied.body.id}`, { key: m.provider.key });
    expect(seen.body.status).toBe(winner.body.status);
  });

  it('cannot decide a withdrawn application', async () => {
    const m = await market();
    const applied = await apply(m);
    await call('POST', `/v1/enrollments/${applied.body.id}/withdraw`, { key: m.merchant.key });
    expect((await decide(m.provider.key, applied.body.id, 'approve')).status).toBe(409);
  });

  it('is for the activity’s provider only: the merchant and other providers get 404', async () => {
    const m = await market();
    const applied = await apply(m);
    const other = await createTenant(db(), 'provider');
    for (const key of [m.merchant.key, other.key, m.creator.key]) {
      const res = await decide(key, applied.body.id, 'approve');
      expect(res.status, res.text).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
  });

  it.each([[{}], [{ reason: '' }], [{ reason: 'x'.repeat(501) }], [{ reason: 'ok', extra: 1 }]])('rejecting needs a reason (case %#) is 400', async (body) => {
    const m = await market();
    const applied = await apply(m);
    const res = await call('POST', `/v1/enrollments/${applied.body.id}/reject`, { key: m.provider.key, body });
    expect(res.status, res.text).toBe(400);
    expect((await call('GET', `/v1/enrollments/${applied.body.id}`, { key: m.provider.key })).body.status).toBe('applied');
  });
});
