/**
 * The hosted checkout in Chromium, end to end: a creator's link leads a buyer (a Japanese browser) to the hosted
 * product page; the buyer picks a quantity and buys; stripe-local's checkout page takes the payment and sends the
 * buyer back to our thank-you page; stripe-local delivers the webhook events to the Worker — shuffled, each twice,
 * and the completed one once more later — and the order is recorded once, attributed to the creator, whose session
 * then sees a pending commission. Requests stay on 127.0.0.1 (the Worker and stripe-local); each step leaves a
 * 6x-*.png screenshot.
 */
import { describe, expect, inject, test } from 'vitest';
import { isolatedContext } from './harness';
import { useChromium } from './chromium';
import { apiCall as api, ok, signUpApi, USER_AGENT } from './money-seed';
import { account, shot } from './supply-helpers';

const baseURL = inject('baseURL');
const stripeURL = inject('stripeURL');
const chromium = useChromium();

/** stripe-local's test controls. */
async function stripeLocal(method: 'GET' | 'POST', path: string, body?: unknown) {
  const res = await fetch(stripeURL + path, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  expect(res.ok, `${method} ${path} → ${res.status}`).toBe(true);
  return (await res.json()) as any;
}

describe('hosted checkout', () => {
  test('a buyer follows a creator’s link, pays on Stripe Checkout, and the creator sees a pending commission', { timeout: 300_000 }, async () => {
    // ---------- Supply: a merchant's product (no page of its own: links lead to the hosted page) in an open activity ----------
    const { ctx: merchant } = await signUpApi(baseURL, account('Merchant', 'Aya Kobayashi', 'Kobayashi Craft Works'));
    const { ctx: provider } = await signUpApi(baseURL, account('Selection provider', 'Lin Wei', 'Red Lantern Selection'));
    const { ctx: creator, orgId: creatorOrgId } = await signUpApi(baseURL, account('Creator', 'Mika Sato', 'Mika Table Diaries'));
    const now = Date.now();
    const activity = await ok(provider, 'POST', '/v1/activities', {
      name: 'Live-stream tea picks',
      categories: ['food'],
      planType: 'open',
      minCreatorRateBps: 1000,
      serviceFeeBps: 500,
      startsAt: now - 60_000,
      endsAt: now + 30 * 86_400_000,
      visibility: 'public',
      status: 'open',
    });
    const product = await ok(merchant, 'POST', '/v1/products', {
      title: 'Uji matcha set',
      description: 'Stone-ground ceremonial matcha with a bamboo whisk.',
      images: [],
      category: 'food.tea',
      status: 'active',
      defaultCreatorRateBps: 1500,
      samplePolicy: 'none',
      sampleQuantity: 0,
      skus: [
        { code: 'UJI-30', name: '30 g tin', price: 7_900, currency: 'CNY', stock: 20 },
        { code: 'UJI-100', name: '100 g tin', price: 19_800, currency: 'CNY', stock: 5 },
      ],
    });
    const enrollment = await ok(merchant, 'POST', '/v1/enrollments', { activityId: activity.id, productId: product.id, creatorRateBps: 1500 });
    await ok(provider, 'POST', `/v1/enrollments/${enrollment.id}/approve`, {});
    const invitation = await ok(provider, 'POST', '/v1/roster', { creatorOrgId });
    await ok(creator, 'POST', `/v1/roster/${invitation.id}/accept`, {});
    const link = await ok(creator, 'POST', '/v1/links', { offerId: enrollment.id });
    expect(link.shortUrl).toBe(`${baseURL}/l/${link.code}`);

    // ---------- The buyer opens the link: the hosted product page, in Japanese, with the click id ----------
    const b = await isolatedContext(chromium.browser, baseURL, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ja-JP', userAgent: USER_AGENT }, [stripeURL]);
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const landed = await page.goto(link.shortUrl);
    expect(landed?.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/p/${link.code}`);
    const clickId = url.searchParams.get('xp_click');
    expect(clickId).toMatch(/^clk_/);
    await page.getByRole('heading', { name: 'Uji matcha set', level: 1 }).waitFor();
    expect(await page.getByTestId('price').textContent()).toBe('79.00 CNY');
    expect(await page.getByTestId('sku-option').count()).toBe(2);
    expect(await page.getByTestId('sku-option').first().textContent()).toContain('在庫 20 点');
    await shot(page, '60-hosted-product-ja');

    // The click reaches the database through the queue; the order must find it to be attributed.
    await expect
      .poll(async () => (await ok(creator, 'GET', `/v1/analytics/links?linkId=${link.id}`)).totals.counted, { timeout: 60_000, intervals: [500] })
      .toBe(1);

    // Stripe delivers in any order and more than once: so does stripe-local from here on.
    await stripeLocal('POST', '/_test/config', { shuffle: true, duplicates: true, seed: 20261125 });

    // ---------- Buy 2 × 30 g: the form posts to the Worker, which sends the buyer to Stripe Checkout ----------
    await page.getByLabel('数量').fill('2');
    await page.getByRole('button', { name: '購入する' }).click();
    await page.waitForURL((u) => u.href.startsWith(`${stripeURL}/pay/cs_`));
    const sessionId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('amount-total').getAttribute('data-amount')).toBe('15800');
    await shot(page, '61-stripe-checkout');
    await page.locator('input[name=email]').fill('hana.buyer@example.test');
    await page.locator('#pay').click();
    await page.waitForURL((u) => u.href.startsWith(`${baseURL}/p/${link.code}/thanks`));
    await page.getByRole('heading', { name: 'ご注文ありがとうございます' }).waitFor();
    await shot(page, '62-thanks-ja');

    // ---------- The webhooks: every delivery answered 200, each event at least twice ----------
    await stripeLocal('GET', '/_test/settle');
    const completed = (await stripeLocal('GET', '/_test/events')).data.find((e: any) => e.type === 'checkout.session.completed' && e.data.object.id === sessionId);
    expect(completed.data.object.client_reference_id).toBe(clickId);
    await stripeLocal('POST', `/_test/redeliver/${completed.id}`); // and once more, late
    await stripeLocal('GET', '/_test/settle');
    const deliveries = (await stripeLocal('GET', `/_test/deliveries?event_id=${completed.id}`)).data;
    expect(deliveries.length).toBeGreaterThanOrEqual(3);
    expect(deliveries.every((d: any) => d.status === 200), JSON.stringify(deliveries)).toBe(true);

    // ---------- The creator's session sees the commission, pending: 15,800 × 15 % = 2,370, less the platform's 10 % ----------
    const commissions = await api(creator, 'GET', '/v1/commissions');
    expect(commissions.status, commissions.text).toBe(200);
    const mine = commissions.body.data.filter((c: any) => c.orgId === creatorOrgId);
    expect(mine, commissions.text).toHaveLength(1);
    expect(mine[0]).toMatchObject({ part: 'creator', status: 'pending', amount: 2_133, currency: 'CNY', productTitle: 'Uji matcha set' });

    // The merchant has exactly one order for the session, attributed.
    const orders = await api(merchant, 'GET', '/v1/orders');
    expect(orders.status, orders.text).toBe(200);
    const recorded = orders.body.data.filter((o: any) => o.externalId === sessionId);
    expect(recorded, orders.text).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ source: 'checkout', total: 15_800, attribution: 'attributed' });

    await stripeLocal('POST', '/_test/config', { shuffle: false, duplicates: false });
    expect(errors).toEqual([]);
    expect(b.outside, `requests that left the Worker and stripe-local: ${b.outside.join(', ')}`).toEqual([]);
    await Promise.all([b.context.close(), merchant.dispose(), provider.dispose(), creator.dispose()]);
  });
});
