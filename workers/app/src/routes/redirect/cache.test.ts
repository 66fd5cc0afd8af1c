import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { products } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import worker from '../../index';
import { countingD1 } from '../../lib/query-count';
import { cacheTarget, cachedTarget, forgetLinkCode, LINK_CACHE_MAX, LINK_CACHE_TTL_MS, linkCacheSize } from '../../services/redirect/cache';
import { overrideRedirectClock } from '../../services/redirect/handle';
import { BASE, db } from '../../../test/security';
import { BROWSER_UA, captureClicks, settle } from './test-helpers';

const clicks = captureClicks();

/**
 * Calls the Worker's entry directly with a D1 binding that counts statements; answers the response and the count.
 * Concurrent calls may share one `counter` (the statements all of them ran).
 */
async function open(code: string, extraEnv: Record<string, unknown> = {}, counter = { queries: 0 }) {
  const ctx = createExecutionContext();
  const request = new Request(`${BASE}/l/${code}`, { redirect: 'manual', headers: { 'user-agent': BROWSER_UA } });
  const res = await worker.fetch(request, { ...env, DB: countingD1(env.DB, counter), ...extraEnv } as typeof env, ctx);
  await waitOnExecutionContext(ctx);
  return { status: res.status, queries: counter.queries, header: res.headers.get('x-db-queries'), location: res.headers.get('location') };
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

  it('drops the clicks but still redirects with BENCH_DISCARD_CLICKS (the benchmark measures what recording costs)', async () => {
    const { link } = await aLink();
    expect(await open(link.code, { BENCH_DISCARD_CLICKS: '1' })).toMatchObject({ status: 302 });
    await settle();
    expect(clicks.sent).toHaveLength(0);
    expect(await open(link.code)).toMatchObject({ status: 302 });
    expect(await clicks.waitFor(1)).toHaveLength(1);
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

  it('shares one lookup between concurrent misses of a code (single flight)', async () => {
    const { link } = await aLink();
    const counter = { queries: 0 };
    const answers = await Promise.all(Array.from({ length: 8 }, () => open(link.code, {}, counter)));
    for (const a of answers) expect(a.status, JSON.stringify(a)).toBe(302);
    expect(counter.queries).toBe(2); // one lookup for the eight, not eight
    expect(new Set(answers.map((a) => a.location)).size).toBe(8); // each visitor still gets a click id of its own
    expect(await open(link.code)).toMatchObject({ status: 302, queries: 0 });
  });

  it('does not cache a lookup that was running when its link was forgotten, nor let later misses join it', async () => {
    const { link } = await aLink();
    // A lookup is in flight when the link changes in this isolate: its answer (read before the change) is not cached.
    const stale = open(link.code);
    forgetLinkCode(link.code);
    expect((await stale).status).toBe(302);
    expect(await open(link.code)).toMatchObject({ status: 302, queries: 2 });

    // A miss after the change runs a lookup of its own instead of joining the one in flight.
    forgetLinkCode(link.code);
    const first = { queries: 0 };
    const second = { queries: 0 };
    const before = open(link.code, {}, first);
    forgetLinkCode(link.code);
    const after = open(link.code, {}, second);
    expect([(await before).status, (await after).status]).toEqual([302, 302]);
    expect([first.queries, second.queries]).toEqual([2, 2]);
    expect(await open(link.code)).toMatchObject({ status: 302, queries: 0 }); // the later lookup's answer was cached
  });

  it('gives a failed lookup to every request waiting on it, caches nothing, and tries again on the next miss', async () => {
    const { link } = await aLink();
    const failing = new Proxy(env.DB, {
      get: (target, prop) =>
        prop === 'prepare' ? () => { throw new Error('D1 is unreachable'); } : Reflect.get(target, prop, target),
    });
    const answers = await Promise.all(Array.from({ length: 4 }, () => open(link.code, { DB: failing })));
    for (const a of answers) expect(a.status, JSON.stringify(a)).toBe(503);
    expect(await open(link.code)).toMatchObject({ status: 302, queries: 2 });
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

  it('never answers from the last hit it keeps aside once that entry is replaced, forgotten or expired', () => {
    const facts = { linkId: 'l', creatorOrgId: 'c', offerId: 'o', activityId: 'a', productId: 'p', providerOrgId: 'v', merchantOrgId: 'm' };
    const at = Date.now();
    const first = { kind: 'ended' as const, facts, productTitle: 'first', expires: at + 60_000 };
    cacheTarget('kept-aside', first);
    expect(cachedTarget('kept-aside', at)).toBe(first);
    expect(cachedTarget('kept-aside', at + 1)).toBe(first); // the repeat: from the entry kept aside
    const second = { ...first, productTitle: 'second' };
    cacheTarget('kept-aside', second);
    expect(cachedTarget('kept-aside', at + 2)).toBe(second);
    forgetLinkCode('kept-aside');
    expect(cachedTarget('kept-aside', at + 3)).toBeUndefined();
    const brief = { ...first, expires: at + 500 };
    cacheTarget('kept-aside', brief);
    expect(cachedTarget('kept-aside', at + 4)).toBe(brief);
    expect(cachedTarget('kept-aside', at + 499)).toBe(brief);
    expect(cachedTarget('kept-aside', at + 500)).toBeUndefined();
    expect(cachedTarget('kept-aside', at + 4)).toBeUndefined(); // the expired entry is gone, not only hidden
  });
});
