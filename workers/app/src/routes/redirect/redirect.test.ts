import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import { call, db } from '../../../test/security';
import { overrideClickSender } from '../../services/redirect/sink';
import { unpackClicks } from '../../services/clicks/message';
import { BROWSER_UA, captureClicks, settle, visit } from './test-helpers';

const clicks = captureClicks();
const CLICK_ID = /^clk_[0-9A-Z]{26}$/;

async function linkFor(opts: Parameters<typeof createOpenOffer>[2] & { destination?: 'merchant' | 'hosted' } = {}) {
  const creator = await createTenant(db(), 'creator');
  const offer = await createOpenOffer(db(), creator.org.id, opts);
  const { link } = await createLink(db(), creator.org.id, { offer, destination: opts.destination });
  return { creator, offer, link };
}

describe('GET /l/<code>', () => {
  it('redirects with the click id in the query and a first-party cookie, and queues the click', async () => {
    const { offer, link } = await linkFor();
    const res = await visit(`/l/${link.code}`, { headers: { referer: 'https://www.xiaohongshu.com/explore/1' } });
    expect(res.status, await res.text()).toBe(302);
    const location = res.headers.get('location')!;
    // The destination's own query is kept; the click id is added to it.
    expect(location).toMatch(/^https:\/\/shop\.example\.test\/p\/arita-cup\?ref=xp&xp_click=clk_[0-9A-Z]{26}$/);
    const id = new URL(location).searchParams.get('xp_click')!;
    expect(id).toMatch(CLICK_ID);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toBe(`xp_click=${id}; Max-Age=${7 * 86400}; Path=/; HttpOnly; SameSite=Lax`);
    expect(res.headers.get('cache-control')).toBeNull(); // a 302 is not cached unless told to (RFC 9111)
    const [message] = await clicks.waitFor(1);
    expect(message).toEqual({
      id,
      linkId: link.id,
      creatorOrgId: link.creatorOrgId,
      offerId: offer.id,
      providerOrgId: offer.providerOrgId,
      merchantOrgId: offer.merchantOrgId,
      at: message.at,
      // Raw, for the consumer to hash (and to classify bots): it is never stored (see services/clicks/record.test.ts).
      ip: '203.0.113.7',
      userAgent: BROWSER_UA,
      referrer: 'https://www.xiaohongshu.com/explore/1',
      country: null,
    });
    expect(message.at).toBeLessThanOrEqual(Date.now());
  });

  it('gives every visit its own click id', async () => {
    const { link } = await linkFor();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(new URL((await visit(`/l/${link.code}`)).headers.get('location')!).searchParams.get('xp_click'));
    expect(new Set(ids).size).toBe(3);
    expect((await clicks.waitFor(3)).map((m) => m.id).sort()).toEqual([...ids].sort());
  });

  it('marks the cookie Secure outside plain-HTTP localhost', async () => {
    const { link } = await linkFor();
    const secure = async (base: string) => {
      const res = await visit(`/l/${link.code}`, { base });
      expect(res.status).toBe(302);
      return res.headers.get('set-cookie')!.endsWith('; HttpOnly; SameSite=Lax; Secure');
    };
    for (const base of ['https://xuanpin.example', 'https://localhost:8787', 'http://localhost.example', 'http://127.0.0.10:8787', 'http://xuanpin.example']) {
      expect(await secure(base), base).toBe(true);
    }
    for (const base of ['http://localhost:8787', 'http://localhost', 'http://127.0.0.1:8787', 'http://[::1]:8787']) {
      expect(await secure(base), base).toBe(false);
    }
  });

  it("keeps the destination's fragment last, passes the link's own query on, and never takes a caller's click id", async () => {
    const { link } = await linkFor({ productUrl: 'https://shop.example.test/item#reviews' });
    const res = await visit(`/l/${link.code}?utm_source=live&xp_click=clk_FORGED&slot=2`);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^https:\/\/shop\.example\.test\/item\?xp_click=clk_[0-9A-Z]{26}&utm_source=live&slot=2#reviews$/);
    expect(location).not.toContain('FORGED');
  });

  it('leads hosted links to the hosted product page, which shows the product', async () => {
    const { link, offer } = await linkFor({ destination: 'hosted' });
    const res = await visit(`/l/${link.code}/`);
    const location = res.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^/p/${link.code}\\?xp_click=clk_[0-9A-Z]{26}$`));
    const product = await visit(location);
    expect(product.status).toBe(200);
    const html = await product.text();
    expect(html).toContain(offer.product.title);
    expect(html).toContain('28.00 CNY');
  });

  it('answers a friendly 404 page for an unknown or malformed code, in the visitor’s language', async () => {
    for (const path of ['/l/AAAAAAAAAA', '/l/short', '/l/', '/l/has%20space00', '/l/ABCDEFGHIJ/extra']) {
      const res = await visit(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('Link not found');
    }
    const ja = await visit('/l/AAAAAAAAAA', { headers: { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.8' } });
    expect(await ja.text()).toContain('リンクが見つかりません');
    const zh = await visit('/l/AAAAAAAAAA', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(await zh.text()).toContain('链接不存在');
    await settle();
    expect(clicks.sent).toEqual([]);
  });

  it('answers HEAD with the redirect but no click id, no cookie and nothing recorded', async () => {
    const { link, offer } = await linkFor();
    const res = await visit(`/l/${link.code}`, { method: 'HEAD' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(offer.product.productUrl);
    expect(res.headers.get('set-cookie')).toBeNull();
    await settle();
    expect(clicks.sent).toEqual([]);
  });

  it('refuses other methods', async () => {
    const { link } = await linkFor();
    const res = await visit(`/l/${link.code}`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('sends bots and clients without a user agent through, their clicks recorded for the consumer to flag', async () => {
    const { link } = await linkFor();
    const agents = ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0', ''];
    for (const ua of agents) {
      const res = await visit(`/l/${link.code}`, { headers: { 'user-agent': ua } });
      expect(res.status).toBe(302);
    }
    // An empty User-Agent arrives as none; the consumer flags all four (services/clicks/record.test.ts).
    expect((await clicks.waitFor(4)).map((m) => m.userAgent)).toEqual([...agents.slice(0, 3), null]);
  });

  it('passes the edge country on', async () => {
    const { link } = await linkFor();
    await visit(`/l/${link.code}`, { headers: { 'cf-ipcountry': 'JP' } });
    expect((await clicks.waitFor(1))[0].country).toBe('JP');
  });

  it('sends the clicks of many requests together', async () => {
    const { link } = await linkFor();
    const batches: number[] = [];
    overrideClickSender(async (_env, messages) => void batches.push(messages.reduce((n, m) => n + unpackClicks(m)!.length, 0)));
    await Promise.all(Array.from({ length: 20 }, (_, i) => visit(`/l/${link.code}`, { headers: { 'cf-connecting-ip': `198.51.100.${i}` } })));
    await settle();
    expect(batches.reduce((a, b) => a + b, 0)).toBe(20);
    expect(batches.length).toBeLessThanOrEqual(2);
  });

  it('answers a friendly "offer ended" page for a disabled link, at once, and redirects again once enabled', async () => {
    const { creator, link } = await linkFor();
    expect((await visit(`/l/${link.code}`)).status).toBe(302); // warm in the cache
    expect((await call('POST', `/v1/links/${link.id}/disable`, { key: creator.key })).status).toBe(200);
    const ended = await visit(`/l/${link.code}`);
    expect(ended.status).toBe(410);
    expect(ended.headers.get('location')).toBeNull();
    expect(await ended.text()).toContain('This offer has ended');
    expect((await call('POST', `/v1/links/${link.id}/enable`, { key: creator.key })).status).toBe(200);
    expect((await visit(`/l/${link.code}`)).status).toBe(302);
    expect(await clicks.waitFor(2)).toHaveLength(2);
  });

  it('stops redirecting at once when the provider closes the activity', async () => {
    const provider = await createTenant(db(), 'provider');
    const { link, offer } = await linkFor({ providerOrgId: provider.org.id });
    expect((await visit(`/l/${link.code}`)).status).toBe(302);
    const closed = await call('POST', `/v1/activities/${offer.activity.id}/close`, { key: provider.key });
    expect(closed.status, closed.text).toBe(200);
    const res = await visit(`/l/${link.code}`);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain(offer.product.title);
  });

  it('stops redirecting at once when the merchant withdraws the offer or the provider removes the creator', async () => {
    const merchant = await createTenant(db(), 'merchant');
    const a = await linkFor({ merchantOrgId: merchant.org.id });
    expect((await visit(`/l/${a.link.code}`)).status).toBe(302);
    expect((await call('POST', `/v1/enrollments/${a.offer.id}/withdraw`, { key: merchant.key })).status).toBe(200);
    expect((await visit(`/l/${a.link.code}`)).status).toBe(410);

    const provider = await createTenant(db(), 'provider');
    const b = await linkFor({ providerOrgId: provider.org.id });
    expect((await visit(`/l/${b.link.code}`)).status).toBe(302);
    const roster = await call('GET', `/v1/roster?status=active`, { key: provider.key });
    const member = roster.body.data.find((m: any) => m.creatorOrgId === b.creator.org.id);
    expect((await call('POST', `/v1/roster/${member.id}/remove`, { key: provider.key })).status).toBe(200);
    expect((await visit(`/l/${b.link.code}`)).status).toBe(410);
  });
});
