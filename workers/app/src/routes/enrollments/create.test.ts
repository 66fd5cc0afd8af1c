import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { enrollments } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { insertProduct } from '@xuanpin/db/test/marketplace-factories';
import { call, db } from '../../../test/security';
import { apply, market } from './test-helpers';

const count = async (productId: string) => (await db().select().from(enrollments).where(eq(enrollments.productId, productId))).length;

describe('POST /v1/enrollments', () => {
  it('applies with rate version 1 effective now, the service fee defaulting to the activity’s', async () => {
    const m = await market();
    const before = Date.now();
    const res = await apply(m, { creatorRateBps: 1500 });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      activityId: m.activity.id,
      activityName: m.activity.name,
      productId: m.product.id,
      productTitle: m.product.title,
      providerOrgId: m.provider.org.id,
      providerName: m.provider.org.name,
      merchantOrgId: m.merchant.org.id,
      merchantName: m.merchant.org.name,
      status: 'applied',
      decisionReason: null,
      decidedAt: null,
      currentTerms: { version: 1, creatorRateBps: 1500, serviceFeeBps: 500 },
    });
    expect(res.body.id).toMatch(/^enr_/);
    expect(res.body.terms).toHaveLength(1);
    expect(res.body.terms[0].effectiveAt).toBeGreaterThanOrEqual(before);
  });

  it('reopens a withdrawn or rejected enrollment with a new version; a live one is 409', async () => {
    const m = await market();
    const first = await apply(m);
    const dup = await apply(m, { creatorRateBps: 2500 });
    expect(dup.status, dup.text).toBe(409);
    const w = await call('POST', `/v1/enrollments/${first.body.id}/withdraw`, { key: m.merchant.key });
    expect(w.status, w.text).toBe(200);
    const again = await apply(m, { creatorRateBps: 2500, serviceFeeBps: 600 });
    expect(again.status, again.text).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.status).toBe('applied');
    expect(again.body.terms.map((t: any) => [t.version, t.creatorRateBps, t.serviceFeeBps])).toEqual([[1, 2000, 500], [2, 2500, 600]]);
    expect(again.body.currentTerms.version).toBe(2);
    const r = await call('POST', `/v1/enrollments/${first.body.id}/reject`, { key: m.provider.key, body: { reason: 'off-brief' } });
    expect(r.status, r.text).toBe(200);
    const third = await apply(m, { creatorRateBps: 3000 });
    expect(third.status, third.text).toBe(201);
    expect(third.body).toMatchObject({ status: 'applied', decisionReason: null, decidedAt: null, currentTerms: { version: 3, creatorRateBps: 3000 } });
    expect(await count(m.product.id)).toBe(1);
  });

  it.each([
    ['open', { creatorRateBps: 999 }, 'creatorRateBps'], // below the activity minimum (1000)
    ['open', { creatorRateBps: 5001 }, 'creatorRateBps'],
    ['exclusive', { creatorRateBps: 5001 }, 'creatorRateBps'],
    ['targeted', { creatorRateBps: 8001 }, 'creatorRateBps'],
    ['open', { creatorRateBps: 2000, serviceFeeBps: 499 }, 'serviceFeeBps'], // below the activity fee (500)
    ['open', { creatorRateBps: 2000, serviceFeeBps: 4001 }, 'serviceFeeBps'],
    ['targeted', { creatorRateBps: 5001, serviceFeeBps: 4000 }, 'creatorRateBps'], // together > 9000
    ['open', { creatorRateBps: 20.5 }, 'creatorRateBps'],
    ['open', { creatorRateBps: '2000' }, 'creatorRateBps'],
    ['open', { creatorRateBps: 2000, extra: 1 }, 'extra'],
  ] as const)('%s plan: %j is 400 naming %s, writing nothing', async (planType, body, path) => {
    const m = await market({ activity: { planType, targets: [] } });
    const res = await apply(m, body);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    expect(await count(m.product.id)).toBe(0);
  });

  it.each([
    ['open', 5000, 4000],
    ['exclusive', 5000, 4000],
    ['targeted', 8000, 1000],
    ['targeted', 5000, 4000],
  ] as const)('%s plan accepts the bounds exactly: creator %i, fee %i', async (planType, creatorRateBps, serviceFeeBps) => {
    const m = await market({ activity: { planType } });
    const res = await apply(m, { creatorRateBps, serviceFeeBps });
    expect(res.status, res.text).toBe(201);
    expect(res.body.currentTerms).toMatchObject({ creatorRateBps, serviceFeeBps });
  });

  it('refuses what the merchant may not apply with', async () => {
    const m = await market();
    const other = await createTenant(db(), 'merchant');
    const foreign = await insertProduct(db(), other.org.id);
    expect((await apply(m, { productId: foreign.id })).status).toBe(404);
    const draft = await insertProduct(db(), m.merchant.org.id, { status: 'draft' });
    const d = await apply(m, { productId: draft.id });
    expect(d.status, d.text).toBe(409);
    expect(d.body.error.path).toBe('productId');
    const food = await insertProduct(db(), m.merchant.org.id, { category: 'food.snacks' });
    const f = await apply(m, { productId: food.id });
    expect(f.status, f.text).toBe(400);
    expect(f.body.error.path).toBe('productId');
    expect((await apply(m, { activityId: 'act_00000000000000000000000000' })).status).toBe(404);
  });

  it('takes only open, unfinished activities: drafts are 404, closed or ended ones 409', async () => {
    for (const [activity, status] of [
      [{ status: 'draft' }, 404],
      [{ status: 'closed' }, 409],
      [{ endsAt: Date.now() - 1000, startsAt: Date.now() - 10_000 }, 409],
    ] as const) {
      const m = await market({ activity });
      const res = await apply(m);
      expect(res.status, res.text).toBe(status);
    }
  });

  it('takes invite-only activities by id', async () => {
    const m = await market({ activity: { visibility: 'invite_only' } });
    expect((await apply(m)).status).toBe(201);
  });

  it('is for merchants: a provider or creator gets 403', async () => {
    const m = await market();
    for (const key of [m.provider.key, m.creator.key]) {
      const res = await call('POST', '/v1/enrollments', { key, body: { activityId: m.activity.id, productId: m.product.id, creatorRateBps: 2000 } });
      expect(res.status, res.text).toBe(403);
      expect(res.body.error.message).toContain('merchants');
    }
  });
});
