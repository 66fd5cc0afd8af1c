import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { apply, approvedOffer, market, onRoster } from '../enrollments/test-helpers';
import { insertProduct } from '@xuanpin/db/test/marketplace-factories';
import { db } from '../../../test/security';

describe('POST /v1/activities/{id}/close', () => {
  it('closes the activity and ends its applied and approved offers; creators stop seeing them', async () => {
    const m = await market();
    await onRoster(m);
    const offer = await approvedOffer(m);
    const pending = await apply(m, { productId: (await insertProduct(db(), m.merchant.org.id)).id });
    expect((await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key })).status).toBe(200);
    const res = await call('POST', `/v1/activities/${m.activity.id}/close`, { key: m.provider.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('closed');
    for (const id of [offer.id, pending.body.id]) {
      expect((await call('GET', `/v1/enrollments/${id}`, { key: m.merchant.key })).body.status).toBe('ended');
    }
    expect((await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key })).status).toBe(404);
    const again = await call('POST', `/v1/activities/${m.activity.id}/close`, { key: m.provider.key });
    expect(again.status, again.text).toBe(409);
  });

  it('is 404 for anyone but the provider', async () => {
    const m = await market();
    for (const key of [m.merchant.key, m.creator.key]) {
      expect((await call('POST', `/v1/activities/${m.activity.id}/close`, { key })).status).toBe(404);
    }
  });
});
