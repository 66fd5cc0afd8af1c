import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { products } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import worker from '../../index';
import { countingD1 } from '../../lib/query-count';
import { cacheTarget, cachedTarget, LINK_CACHE_MAX, LINK_CACHE_TTL_MS, linkCacheSize } from '../../services/redirect/cache';
import { overrideRedirectClock } from '../../services/redirect/handle';
import { BASE, db } from '../../../test/security';
import { BROWSER_UA, captureClicks } from './test-helpers';

captureClicks();

/** Calls the Worker's entry directly with a D1 binding that counts statements; answers the response and the count. */
async function open(code: string, extraEnv: Record<string, unknown> = {}) {
  const counter = { queries: 0 };
  const ctx = createExecutionContext();
  const request = new Request(`${BASE}/l/${code}`, { redirect: 'manual', headers: { 'user-agent': BROWSER_UA } });
  const res = await worker.fetch(request, { ...env, DB: countingD1(env.DB, counter), ...extraEnv } as typeof env, ctx);
  await waitOnExecutionContext(ctx);
  return { status: res.status, queries: counter.queries, header: res.headers.get('x-db-queries') };
}

async function aLink(opts: Parameters<typeof createOpenOffer>[2] = {}) {
  const creator = await createTenant(db(), 'creator');
  const offer = await createOpenOffer(db(), creator.org.id, opts);
  return { offer, link: (await createLink(db(), creator.org.id, { offer })).link };
}

describe('the link cache', () => {
  it('answers a warm link with no database query at all', async () => {
    const { link } = await aLink();
    const cold = await open(link.code);
    expect(cold.status).toBe(302);
    expect(cold.queries).toBe(2); // the link, then whether its offer is still open
    for (let i = 0; i < 5; i++) expect(await open(link.code)).toMatchObject({ status: 302, queries: 0 });
  });

  it('tells the benchmark how many statements a redirect ran (x-db-queries, with BENCH_COUNT_QUERIES)', async () => {
    const { link } = await aLink();
    expect((await open(link.code, { BENCH_COUNT_QUERIES: '1' })).header).toBe('2');
    expect((await open(link.code, { BENCH_COUNT_QUERIES: '1' })).header).toBe('0');
    expect((await open(link.code)).header).toBeNull();
  });

  it('remembers unknown codes too, so repeats do not reach the database', async () => {
    expect(await open('ZZZZZZZZZZ')).toMatchObject({ status: 404, queries: 1 });
    expect(await open('ZZZZZZZZZZ')).toMatchObject({ status: 404, queries: 0 });
    expect(await open('not-a-code')).toMatchObject({ status: 404, queries: 0 });
  });

  it('catches up with changes made elsewhere within the TTL (bounded staleness)', async () => {
    const t0 = Date.now();
    overrideRedirectClock(() => t0);
    const { link, offer } = await aLink();
    expect((await open(link.code)).status).toBe(302);
    // Another isolate (here: straight in the database) pauses the product: this isolate does not know yet.
    await db().update(products).set({ status: 'paused' }).where(eq(products.id, offer.product.id));
    overrideRedirectClock(() => t0 + LINK_CACHE_TTL_MS - 1);
    expect(await open(link.code)).toMatchObject({ status: 302, queries: 0 });
    overrideRedirectClock(() => t0 + LINK_CACHE_TTL_MS);
    expect(await open(link.code)).toMatchObject({ status: 410, queries: 2 });
  });

  it('stops a warm link when its promotion period ends, without waiting for the TTL', async () => {
    const t0 = Date.now();
    overrideRedirectClock(() => t0);
    const { link } = await aLink({ endsAt: t0 + 5_000 });
    expect((await open(link.code)).status).toBe(302);
    overrideRedirectClock(() => t0 + 4_999);
    expect(await open(link.code)).toMatchObject({ status: 302, queries: 0 });
    overrideRedirectClock(() => t0 + 5_000);
    expect((await open(link.code)).status).toBe(410);
  });

  it('is bounded: past its size, the least recently used entry goes', () => {
    const facts = { linkId: 'l', creatorOrgId: 'c', offerId: 'o', activityId: 'a', productId: 'p', providerOrgId: 'v', merchantOrgId: 'm' };
    const entry = { kind: 'ended' as const, facts, productTitle: 't', expires: Date.now() + 60_000 };
    for (let i = 0; i < LINK_CACHE_MAX; i++) cacheTarget(`k${i}`, entry);
    expect(cachedTarget('k0', Date.now())).toBeDefined(); // k0 is now the most recently used
    cacheTarget('one-more', entry);
    expect(linkCacheSize().known).toBe(LINK_CACHE_MAX);
    expect(cachedTarget('k0', Date.now())).toBeDefined();
    expect(cachedTarget('k1', Date.now())).toBeUndefined();
  });
});
