import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { call, db, BASE } from '../../../test/security';

describe('GET /v1/links/{id}', () => {
  it('shows your link, and whether its offer is still open', async () => {
    const creator = await createTenant(db(), 'creator');
    const { link, offer } = await createLink(db(), creator.org.id, { subId: 'note-7' });
    const res = await call('GET', `/v1/links/${link.id}`, { key: creator.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      id: link.id,
      code: link.code,
      shortUrl: `${BASE}/l/${link.code}`,
      qrUrl: `${BASE}/v1/links/${link.id}/qr.svg`,
      offerId: offer.id,
      activityId: offer.activity.id,
      productId: offer.product.id,
      productTitle: offer.product.title,
      subId: 'note-7',
      destination: 'merchant',
      destinationUrl: offer.product.productUrl,
      status: 'active',
      offerOpen: true,
      createdAt: link.createdAt,
      updatedAt: link.updatedAt,
    });
    await db().update(activities).set({ status: 'closed' }).where(eq(activities.id, offer.activity.id));
    expect((await call('GET', `/v1/links/${link.id}`, { key: creator.key })).body.offerOpen).toBe(false);
  });

  it('is 404 for an unknown id and for anyone else, provider and merchant of the offer included', async () => {
    const creator = await createTenant(db(), 'creator');
    const { link } = await createLink(db(), creator.org.id);
    expect((await call('GET', '/v1/links/lnk_00000000000000000000000000', { key: creator.key })).status).toBe(404);
    for (const kind of ['creator', 'provider', 'merchant'] as const) {
      const t = await createTenant(db(), kind);
      const res = await call('GET', `/v1/links/${link.id}`, { key: t.key });
      expect(res.status, res.text).toBe(404);
    }
  });
});
