import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import type { Link } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import { recordClicks, type ClickRecord } from '../../services/clicks/record';
import { call, db } from '../../../test/security';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TODAY = Math.floor(Date.now() / DAY) * DAY;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const click = (link: Link, at: number, identity = 'a', bot = false): ClickRecord => ({
  id: newId('click', at),
  linkId: link.id,
  creatorOrgId: link.creatorOrgId,
  offerId: link.enrollmentId,
  providerOrgId: link.providerOrgId,
  merchantOrgId: link.merchantOrgId,
  at,
  identity: identity.padEnd(64, '0'),
  bot,
  referrer: null,
  country: null,
});

/** Two creators promoting one provider's two offers (one merchant), and an unrelated link; clicks over 3 days. */
async function market() {
  const provider = await createTenant(db(), 'provider');
  const merchant = await createTenant(db(), 'merchant');
  const alice = await createTenant(db(), 'creator');
  const bob = await createTenant(db(), 'creator');
  const cup = await createOpenOffer(db(), alice.org.id, { providerOrgId: provider.org.id, merchantOrgId: merchant.org.id });
  const bowl = await createOpenOffer(db(), bob.org.id, { providerOrgId: provider.org.id, merchantOrgId: merchant.org.id });
  const aliceCup = (await createLink(db(), alice.org.id, { offer: cup })).link;
  const aliceCupLive = (await createLink(db(), alice.org.id, { offer: cup, subId: 'live' })).link;
  const bobBowl = (await createLink(db(), bob.org.id, { offer: bowl })).link;
  const stranger = (await createLink(db(), (await createTenant(db(), 'creator')).org.id)).link;
  const d2 = TODAY - 2 * DAY + 9 * HOUR;
  const d0 = TODAY + 1;
  await recordClicks(db(), [
    click(aliceCup, d2), click(aliceCup, d2 + 60_000), click(aliceCup, d2 + 2 * HOUR), click(aliceCup, d2, 'b'), click(aliceCup, d2, 'bot', true),
    click(aliceCupLive, d0), click(bobBowl, d0), click(bobBowl, d0, 'x', true), click(stranger, d0),
  ]);
  return { provider, merchant, alice, bob, cup, bowl, aliceCup, aliceCupLive, bobBowl, stranger };
}

describe('GET /v1/analytics/links', () => {
  it('gives a creator its clicks per link per day, every day of the range, and totals', async () => {
    const m = await market();
    const res = await call('GET', '/v1/analytics/links?from=' + iso(TODAY - 3 * DAY), { key: m.alice.key });
    expect(res.status, res.text).toBe(200);
    const b = res.body;
    expect(b).toMatchObject({ from: iso(TODAY - 3 * DAY), to: iso(TODAY), groupBy: 'day', truncated: false });
    expect(b.totals).toEqual({ counted: 4, bot: 1, duplicate: 1 });
    expect(b.days).toEqual([
      { day: iso(TODAY - 3 * DAY), counted: 0, bot: 0, duplicate: 0 },
      { day: iso(TODAY - 2 * DAY), counted: 3, bot: 1, duplicate: 1 },
      { day: iso(TODAY - DAY), counted: 0, bot: 0, duplicate: 0 },
      { day: iso(TODAY), counted: 1, bot: 0, duplicate: 0 },
    ]);
    expect(b.rows).toEqual([
      { linkId: m.aliceCup.id, code: m.aliceCup.code, subId: null, offerId: m.cup.id, creatorOrgId: m.alice.org.id, productTitle: m.cup.product.title, day: iso(TODAY - 2 * DAY), counted: 3, bot: 1, duplicate: 1 },
      { linkId: m.aliceCupLive.id, code: m.aliceCupLive.code, subId: 'live', offerId: m.cup.id, creatorOrgId: m.alice.org.id, productTitle: m.cup.product.title, day: iso(TODAY), counted: 1, bot: 0, duplicate: 0 },
    ]);
    expect(b.byOffer).toEqual([{ offerId: m.cup.id, productTitle: m.cup.product.title, counted: 4, bot: 1, duplicate: 1 }]);
    expect(b.byCreator).toEqual([{ creatorOrgId: m.alice.org.id, creatorName: m.alice.org.name, counted: 4, bot: 1, duplicate: 1 }]);

    const perLink = await call('GET', '/v1/analytics/links?groupBy=link', { key: m.alice.key });
    expect(perLink.body.rows.map((r: any) => [r.linkId, r.counted, r.day])).toEqual([
      [m.aliceCup.id, 3, undefined],
      [m.aliceCupLive.id, 1, undefined],
    ]);
    const one = await call('GET', `/v1/analytics/links?linkId=${m.aliceCupLive.id}`, { key: m.alice.key });
    expect(one.body.totals).toEqual({ counted: 1, bot: 0, duplicate: 0 });
    const today = await call('GET', `/v1/analytics/links?from=${TODAY}&to=${TODAY + DAY - 1}`, { key: m.alice.key });
    expect(today.body.days).toEqual([{ day: iso(TODAY), counted: 1, bot: 0, duplicate: 0 }]);
  });

  it("gives a provider its offers' clicks and a merchant its products', across creators; nobody else's", async () => {
    const m = await market();
    for (const who of [m.provider, m.merchant]) {
      const res = await call('GET', '/v1/analytics/links', { key: who.key });
      expect(res.status, res.text).toBe(200);
      expect(res.body.totals).toEqual({ counted: 5, bot: 2, duplicate: 1 });
      expect(new Set(res.body.rows.map((r: any) => r.linkId))).toEqual(new Set([m.aliceCup.id, m.aliceCupLive.id, m.bobBowl.id]));
      expect(res.body.byOffer.map((o: any) => [o.offerId, o.counted])).toEqual([
        [m.cup.id, 4],
        [m.bowl.id, 1],
      ]);
      expect(res.body.byCreator.map((c: any) => [c.creatorOrgId, c.counted])).toEqual([
        [m.alice.org.id, 4],
        [m.bob.org.id, 1],
      ]);
      expect(res.text).not.toContain(m.stranger.id);
      const filtered = await call('GET', `/v1/analytics/links?offerId=${m.bowl.id}`, { key: who.key });
      expect(filtered.body.totals).toEqual({ counted: 1, bot: 1, duplicate: 0 });
    }
    const bob = await call('GET', `/v1/analytics/links?linkId=${m.aliceCup.id}`, { key: m.bob.key });
    expect(bob.body.totals).toEqual({ counted: 0, bot: 0, duplicate: 0 });
    const platform = await createTenant(db(), 'platform');
    expect((await call('GET', '/v1/analytics/links', { key: platform.key })).status).toBe(403);
  });

  it('checks the range', async () => {
    const t = await createTenant(db(), 'creator');
    for (const [qs, path] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-05-02&to=2026-05-01', 'to'],
      ['from=2025-01-01&to=2026-01-02', 'from'],
      ['groupBy=week', 'groupBy'],
    ]) {
      const res = await call('GET', `/v1/analytics/links?${qs}`, { key: t.key });
      expect(res.status, qs).toBe(400);
      expect(res.body.error.path, res.text).toBe(path);
    }
    expect((await call('GET', '/v1/analytics/links?from=2025-01-01&to=2026-01-01', { key: t.key })).status).toBe(200);
  });

  it('stays fast on a big account: 300 links × 90 days of rollup (millions of clicks) under a second', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOpenOffer(db(), creator.org.id);
    const rows = [];
    for (let i = 0; i < 300; i++) {
      const { link } = await createLink(db(), creator.org.id, { offer, subId: `s${i}` });
      for (let d = 0; d < 90; d++) rows.push({ l: link.id, d: TODAY - d * DAY, c: 40 + (i % 7), b: 3, u: 5 });
    }
    for (let i = 0; i < rows.length; i += 5_000) {
      const json = JSON.stringify(rows.slice(i, i + 5_000));
      await db().run(sql`INSERT INTO link_daily_clicks SELECT value->>'l', value->>'d', ${creator.org.id}, ${offer.id}, ${offer.providerOrgId}, ${offer.merchantOrgId}, value->>'c', value->>'b', value->>'u' FROM json_each(${json})`);
    }
    for (const qs of [`from=${iso(TODAY - 89 * DAY)}`, `from=${iso(TODAY - 89 * DAY)}&groupBy=link`, `offerId=${offer.id}`]) {
      const started = performance.now();
      const res = await call('GET', `/v1/analytics/links?${qs}`, { key: creator.key });
      const ms = performance.now() - started;
      expect(res.status, res.text.slice(0, 300)).toBe(200);
      expect(ms, `${qs}: ${ms} ms`).toBeLessThan(1_000);
      if (qs.includes('groupBy=link')) expect(res.body.rows).toHaveLength(300);
    }
    const all = await call('GET', `/v1/analytics/links?from=${iso(TODAY - 89 * DAY)}`, { key: creator.key });
    expect(all.body.truncated).toBe(true);
    expect(all.body.rows).toHaveLength(5_000);
    expect(all.body.totals.counted).toBe(rows.reduce((s, r) => s + r.c, 0));
  });
});
