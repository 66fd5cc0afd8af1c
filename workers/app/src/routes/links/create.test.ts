import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { links } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createOpenOffer } from '@xuanpin/db/test/link-factories';
import { call, db, BASE } from '../../../test/security';

const DAY = 86_400_000;

describe('POST /v1/links', () => {
  it('makes a link once per (offer, sub-id): 201, then 200 with the same link', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOpenOffer(db(), creator.org.id);
    const first = await call('POST', '/v1/links', { key: creator.key, body: { offerId: offer.id } });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({
      offerId: offer.id,
      activityId: offer.activity.id,
      productId: offer.product.id,
      productTitle: offer.product.title,
      subId: null,
      destination: 'merchant',
      destinationUrl: offer.product.productUrl,
      status: 'active',
      offerOpen: true,
    });
    expect(first.body.code).toMatch(/^[0-9A-Za-z]{10}$/);
    expect(first.body.shortUrl).toBe(`${BASE}/l/${first.body.code}`);
    expect(first.body.qrUrl).toBe(`${BASE}/v1/links/${first.body.id}/qr.svg`);
    const again = await call('POST', '/v1/links', { key: creator.key, body: { offerId: offer.id } });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(first.body);
    const slot = await call('POST', '/v1/links', { key: creator.key, body: { offerId: offer.id, subId: 'live-1125_a' } });
    expect(slot.status, slot.text).toBe(201);
    expect(slot.body.subId).toBe('live-1125_a');
    expect(slot.body.code).not.toBe(first.body.code);
    const rows = await db().select().from(links).where(eq(links.creatorOrgId, creator.org.id));
    expect(rows).toHaveLength(2);
  });

  it('answers the same single link to concurrent creates', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOpenOffer(db(), creator.org.id);
    const answers = await Promise.all(Array.from({ length: 8 }, () => call('POST', '/v1/links', { key: creator.key, body: { offerId: offer.id, subId: 'race' } })));
    expect(answers.map((a) => a.status).sort(), answers.map((a) => a.text).join('\n')).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await db().select().from(links).where(eq(links.enrollmentId, offer.id))).toHaveLength(1);
  });

  it('leads to the hosted page when asked, or when the product has no page of its own', async () => {
    const creator = await createTenant(db(), 'creator');
    const withUrl = await createOpenOffer(db(), creator.org.id);
    const withoutUrl = await createOpenOffer(db(), creator.org.id, { productUrl: null });
    const hosted = await call('POST', '/v1/links', { key: creator.key, body: { offerId: withUrl.id, destination: 'hosted' } });
    expect(hosted.status, hosted.text).toBe(201);
    expect(hosted.body.destinationUrl).toBe(`${BASE}/p/${hosted.body.code}`);
    const fallback = await call('POST', '/v1/links', { key: creator.key, body: { offerId: withoutUrl.id } });
    expect(fallback.body).toMatchObject({ destination: 'hosted', destinationUrl: `${BASE}/p/${fallback.body.code}` });
    const refused = await call('POST', '/v1/links', { key: creator.key, body: { offerId: withoutUrl.id, destination: 'merchant', subId: 'x' } });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.error.path).toBe('destination');
    // The link exists with `hosted`: asking for it with `merchant` is a conflict, without a destination the link.
    const other = await call('POST', '/v1/links', { key: creator.key, body: { offerId: withUrl.id, destination: 'merchant' } });
    expect(other.status, other.text).toBe(409);
    expect((await call('POST', '/v1/links', { key: creator.key, body: { offerId: withUrl.id } })).body.id).toBe(hosted.body.id);
  });

  it('is 404 for an offer not open to the creator, whatever the reason', async () => {
    const creator = await createTenant(db(), 'creator');
    const other = await createTenant(db(), 'creator');
    const cases = [
      await createOpenOffer(db(), other.org.id), // another creator's roster
      await createOpenOffer(db(), creator.org.id, { rosterStatus: 'invited' }),
      await createOpenOffer(db(), creator.org.id, { rosterStatus: 'removed' }),
      await createOpenOffer(db(), creator.org.id, { enrollmentStatus: 'applied' }),
      await createOpenOffer(db(), creator.org.id, { enrollmentStatus: 'ended' }),
      await createOpenOffer(db(), creator.org.id, { activityStatus: 'closed' }),
      await createOpenOffer(db(), creator.org.id, { startsAt: Date.now() - 10 * DAY, endsAt: Date.now() - DAY }),
      await createOpenOffer(db(), creator.org.id, { startsAt: Date.now() + DAY }),
    ];
    for (const offer of cases) {
      const res = await call('POST', '/v1/links', { key: creator.key, body: { offerId: offer.id } });
      expect(res.status, res.text).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
    const unknown = await call('POST', '/v1/links', { key: creator.key, body: { offerId: 'enr_00000000000000000000000000' } });
    expect(unknown.status).toBe(404);
    expect(await db().select().from(links).where(eq(links.creatorOrgId, creator.org.id))).toHaveLength(0);
  });

  it('is for creators', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOpenOffer(db(), creator.org.id);
    for (const kind of ['merchant', 'provider'] as const) {
      const t = await createTenant(db(), kind);
      const res = await call('POST', '/v1/links', { key: t.key, body: { offerId: offer.id } });
      expect(res.status, res.text).toBe(403);
    }
  });

  it('names the bad field', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOpenOffer(db(), creator.org.id);
    for (const [body, path] of [
      [{ offerId: offer.id, subId: 'has space' }, 'subId'],
      [{ offerId: offer.id, subId: 'x'.repeat(65) }, 'subId'],
      [{ offerId: offer.id, subId: '' }, 'subId'],
      [{ offerId: offer.id, destination: 'elsewhere' }, 'destination'],
      [{ offerId: offer.id, extra: 1 }, 'extra'],
      [{}, 'offerId'],
    ] as const) {
      const res = await call('POST', '/v1/links', { key: creator.key, body });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path, res.text).toBe(path);
    }
  });
});
