import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { topUpJournal } from '@xuanpin/core';
import { call, db } from '../../../test/security';
import { runScheduled } from '../../jobs/scheduled';
import { captureClicks, visit } from '../../routes/redirect/test-helpers';
import { postbackSetup } from '../../routes/orders/test-helpers';
import { clearLinkCache } from '../redirect/cache';
import { journalWrites } from '../ledger/write';
import { runBatch } from '../skus/batch';

captureClicks();

describe('offerOpenTo: a merchant whose balance went negative', () => {
  it('has its offers closed — gone from the creator’s offers, its links answer "offer ended" — until a top-up', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const offerIds = async () => (await call('GET', '/v1/offers', { key: s.creator.key })).body.data.map((o: any) => o.id);
    expect(await offerIds()).toContain(s.offer.id);
    expect((await visit(`/l/${s.link.code}`)).status).toBe(302);

    await s.order(); // the merchant owes 1,375 it has not funded
    const run = await runScheduled('*/5 * * * *', env, now);
    expect(run.merchantsPaused).toBeGreaterThanOrEqual(1);
    clearLinkCache(); // what the link cache's TTL does within 30 s
    expect(await offerIds()).not.toContain(s.offer.id);
    expect((await visit(`/l/${s.link.code}`)).status).toBe(410);
    const link = await call('GET', `/v1/links/${s.link.id}`, { key: s.creator.key });
    expect(link.body.offerOpen).toBe(false);
    expect((await call('POST', '/v1/links', { key: s.creator.key, body: { offerId: s.offer.id, subId: 'new' } })).status).toBe(404);

    // A top-up that covers the debt lifts the pause at the next run.
    await runBatch(db(), journalWrites(db(), [{ key: `top_up:test:${s.merchant.org.id}`, kind: 'top_up', currency: 'CNY', postings: topUpJournal(s.merchant.org.id, s.platform.id, 1_375) }], now));
    const next = await runScheduled('*/5 * * * *', env, now + 1);
    expect(next.merchantsResumed).toBeGreaterThanOrEqual(1);
    clearLinkCache();
    expect(await offerIds()).toContain(s.offer.id);
    expect((await visit(`/l/${s.link.code}`)).status).toBe(302);
  });
});
