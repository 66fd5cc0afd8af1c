/**
 * Seeding for the money flows through the API (the supply side and links have their own UI tests): sessions of a
 * merchant, a provider and a creator, an offer open to the creator, its link, and a counted click on it. Each
 * session is a playwright request context whose cookies a browser context can take over (`storageState`).
 */
import { expect } from 'vitest';
import { request, type APIRequestContext } from 'playwright-core';
import { account, type Account } from './supply-helpers';

const CSRF = ['xp_csrf', '__Host-xp_csrf'];
const KIND = { Merchant: 'merchant', 'Selection provider': 'provider', Creator: 'creator' } as const;

/** A buyer's browser, not "HeadlessChrome": the click consumer rightly files headless browsers under bots. */
export const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** A call with the session cookie and, for writes, the double-submit CSRF token; answers status and body. */
export async function apiCall(ctx: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown) {
  const csrf = (await ctx.storageState()).cookies.find((c) => CSRF.includes(c.name))?.value ?? '';
  const res = await ctx.fetch(path, { method, data, headers: method === 'POST' ? { 'x-csrf-token': csrf } : {}, failOnStatusCode: false });
  const text = await res.text();
  return { status: res.status(), body: text ? JSON.parse(text) : undefined, text };
}

/** The same, expecting success; answers the body. */
export async function ok(ctx: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown) {
  const res = await apiCall(ctx, method, path, data);
  expect(res.status < 300, `${method} ${path} → ${res.status} ${res.text}`).toBe(true);
  return res.body;
}

export interface Session {
  ctx: APIRequestContext;
  orgId: string;
  account: Account;
}

/** Signs an account up through /auth/sign-up in `ctx` (whose cookies a browser context may share); answers its org id. */
export async function signUpIn(ctx: APIRequestContext, a: Account): Promise<string> {
  await ok(ctx, 'GET', '/auth/session');
  const state = await ok(ctx, 'POST', '/auth/sign-up', { email: a.email, password: a.password, name: a.name, organization: { name: a.org, kind: KIND[a.kind] } });
  return state.activeOrgId;
}

/** Signs an account up through /auth/sign-up in a fresh request context. */
export async function signUpApi(baseURL: string, a: Account): Promise<Session> {
  const ctx = await request.newContext({ baseURL, userAgent: USER_AGENT });
  return { ctx, orgId: await signUpIn(ctx, a), account: a };
}

export interface SellingSetup {
  merchant: Session;
  provider: Session;
  creator: Session;
  productId: string;
  skuCodes: string[];
  offerId: string;
  link: { id: string; code: string; shortUrl: string };
  /** A click on the link, counted (it went through the queue), for orders to be attributed to. */
  clickId: string;
  dispose(): Promise<void>;
}

/**
 * A merchant's product (two CNY SKUs, 198.00 and 79.00) in a provider's open activity (creator 15 %, service fee
 * 5 %), the creator on the provider's roster with a link to the offer, and one counted click on that link.
 */
export async function sellingSetup(baseURL: string): Promise<SellingSetup> {
  const merchant = await signUpApi(baseURL, account('Merchant', 'Aya Kobayashi', 'Kobayashi Craft Works'));
  const provider = await signUpApi(baseURL, account('Selection provider', 'Lin Wei', 'Red Lantern Selection'));
  const creator = await signUpApi(baseURL, account('Creator', 'Mika Sato', 'Mika Table Diaries'));
  const now = Date.now();
  const activity = await ok(provider.ctx, 'POST', '/v1/activities', {
    name: 'Live-stream kitchen picks',
    categories: ['kitchen'],
    planType: 'open',
    minCreatorRateBps: 1000,
    serviceFeeBps: 500,
    startsAt: now - 60_000,
    endsAt: now + 30 * 86_400_000,
    visibility: 'public',
    status: 'open',
  });
  const product = await ok(merchant.ctx, 'POST', '/v1/products', {
    title: 'Hinoki cutting board',
    description: 'Hinoki cypress, made in Japan.',
    images: [],
    category: 'kitchen.cookware',
    status: 'active',
    defaultCreatorRateBps: 1500,
    samplePolicy: 'none',
    sampleQuantity: 0,
    skus: [
      { code: 'HB-L', name: 'Large', price: 19_800, currency: 'CNY', stock: 50 },
      { code: 'HB-S', name: 'Small', price: 7_900, currency: 'CNY', stock: 50 },
    ],
  });
  const enrollment = await ok(merchant.ctx, 'POST', '/v1/enrollments', { activityId: activity.id, productId: product.id, creatorRateBps: 1500 });
  await ok(provider.ctx, 'POST', `/v1/enrollments/${enrollment.id}/approve`, {});
  const invitation = await ok(provider.ctx, 'POST', '/v1/roster', { creatorOrgId: creator.orgId });
  await ok(creator.ctx, 'POST', `/v1/roster/${invitation.id}/accept`, {});
  const link = await ok(creator.ctx, 'POST', '/v1/links', { offerId: enrollment.id });

  // A buyer follows the link: the redirect names the click; the queue records it, and an order must find it.
  const buyer = await request.newContext({ baseURL, userAgent: USER_AGENT });
  const hop = await buyer.get(link.shortUrl, { maxRedirects: 0, failOnStatusCode: false });
  expect(hop.status(), await hop.text()).toBe(302);
  const clickId = new URL(hop.headers().location!, baseURL).searchParams.get('xp_click');
  expect(clickId).toMatch(/^clk_/);
  await buyer.dispose();
  await expect
    .poll(async () => (await ok(creator.ctx, 'GET', `/v1/analytics/links?linkId=${link.id}`)).totals.counted, { timeout: 60_000, intervals: [500] })
    .toBe(1);

  return {
    merchant,
    provider,
    creator,
    productId: product.id,
    skuCodes: ['HB-L', 'HB-S'],
    offerId: enrollment.id,
    link,
    clickId: clickId!,
    async dispose() {
      await Promise.all([merchant.ctx.dispose(), provider.ctx.dispose(), creator.ctx.dispose()]);
    },
  };
}
