import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import { db } from '../test/security';
import { LinkResolver } from './link-resolver';
import redirectWorker, { type RedirectBindings } from './redirect-worker';
import { BROWSER_UA, captureClicks, settle } from './routes/redirect/test-helpers';

/**
 * The redirect Worker (wrangler.redirect.toml) on its own bindings: the queue, and the app's LinkResolver over a
 * real service binding (here bound to this test Worker itself, see vitest.config.ts). The handler is the app's
 * `/l/` handler, tested at length in routes/redirect/; this is what the separate Worker adds.
 */
const clicks = captureClicks();
const bindings = (extra: Partial<RedirectBindings> = {}): RedirectBindings => ({ EVENTS: env.EVENTS, LINKS: env.LINKS, ...extra });

async function open(path: string, workerEnv = bindings(), init: RequestInit = {}) {
  const ctx = createExecutionContext();
  const headers = { 'user-agent': BROWSER_UA, 'cf-connecting-ip': '203.0.113.9', ...(init.headers as Record<string, string>) };
  const res = await redirectWorker.fetch(new Request(`https://xuanpin.example${path}`, { ...init, headers }), workerEnv, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

async function aLink(status?: 'active' | 'disabled') {
  const creator = await createTenant(db(), 'creator');
  const offer = await createOpenOffer(db(), creator.org.id);
  return (await createLink(db(), creator.org.id, { offer, status })).link;
}

describe('the redirect Worker', () => {
  it('redirects through the LinkResolver binding on a miss, then from its cache with no query', async () => {
    const link = await aLink();
    const counting = bindings({ BENCH_COUNT_QUERIES: '1' });
    const cold = await open(`/l/${link.code}`, counting);
    expect(cold.status, await cold.text()).toBe(302);
    // The statements the app ran for it, reported back over the binding.
    expect(cold.headers.get('x-db-queries')).toBe('2');
    const id = new URL(cold.headers.get('location')!).searchParams.get('xp_click');
    expect(cold.headers.get('location')).toMatch(/^https:\/\/shop\.example\.test\/p\/arita-cup\?ref=xp&xp_click=clk_[0-9A-Z]{26}$/);
    expect(cold.headers.get('set-cookie')).toBe(`xp_click=${id}; Max-Age=${7 * 86400}; Path=/; HttpOnly; SameSite=Lax; Secure`);
    const warm = await open(`/l/${link.code}`, counting);
    expect(warm.status).toBe(302);
    expect(warm.headers.get('x-db-queries')).toBe('0');
    const sent = await clicks.waitFor(2);
    expect(sent.map((c) => c.linkId)).toEqual([link.id, link.id]);
    expect(sent[0]).toMatchObject({ id, ip: '203.0.113.9', userAgent: BROWSER_UA, creatorOrgId: link.creatorOrgId });
  });

  it('answers an unknown code, a disabled link and a path that is not a link with the friendly pages', async () => {
    const disabled = await aLink('disabled');
    expect((await open('/l/ZZZZZZZZZZ')).status).toBe(404);
    expect((await open('/l/not-a-code')).status).toBe(404);
    const ended = await open(`/l/${disabled.code}`);
    expect(ended.status).toBe(410);
    expect(await ended.text()).toContain('Arita');
    const elsewhere = await open('/v1/links');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get('content-type')).toBe('text/html; charset=utf-8');
    await settle();
    expect(clicks.sent).toEqual([]);
  });

  it('redirects HEAD without a click id, a cookie or a click', async () => {
    const link = await aLink();
    const res = await open(`/l/${link.code}`, bindings(), { method: 'HEAD' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://shop.example.test/p/arita-cup?ref=xp');
    expect(res.headers.get('set-cookie')).toBeNull();
    await settle();
    expect(clicks.sent).toEqual([]);
  });

  it('answers "try again" when the app cannot be reached, and caches nothing', async () => {
    const link = await aLink();
    const failing = { resolve: () => Promise.reject(new Error('binding down')) } as unknown as RedirectBindings['LINKS'];
    expect((await open(`/l/${link.code}`, bindings({ LINKS: failing }))).status).toBe(503);
    expect((await open(`/l/${link.code}`)).status).toBe(302);
  });

  it('answers 503 with the problem logged when a binding is missing', async () => {
    const link = await aLink();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await open(`/l/${link.code}`, { EVENTS: env.EVENTS } as RedirectBindings);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('try again');
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/misconfigured bindings.*LINKS/);
    } finally {
      logged.mockRestore();
    }
  });
});

describe('LinkResolver', () => {
  const resolver = () => new LinkResolver(createExecutionContext(), env);

  it('resolves a code as the app would, counting its statements on request', async () => {
    const link = await aLink();
    const now = Date.now();
    const { target, queries } = await resolver().resolve(link.code, now, true);
    expect(queries).toBe(2);
    expect(target).toMatchObject({ kind: 'redirect', facts: { linkId: link.id }, destination: 'https://shop.example.test/p/arita-cup?ref=xp' });
    expect(await resolver().resolve('ZZZZZZZZZZ', now)).toEqual({ target: { kind: 'unknown', expires: now + 30_000 }, queries: 0 });
  });

  it('refuses what is not a link code or a time', async () => {
    await expect(resolver().resolve('../etc', Date.now())).rejects.toThrow('code must be a link code');
    await expect(resolver().resolve('ZZZZZZZZZZ', Number.NaN)).rejects.toThrow('now must be a time');
  });
});
