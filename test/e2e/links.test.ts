/**
 * Promo links in Chromium: a creator with offers open to it (merchant, provider, approval and roster made through
 * the API, as the supply-side test already drives them through the pages) gets a link on an offer's page, copies
 * it, opens it in a new page and lands on the hosted product page of the same Worker; then it sees the click
 * counted on the analytics page (the click travels through the queue, so the page is reloaded until it shows).
 * Also: the list with QR code, disable/enable, the bulk generator with its CSV, and every page at 390 and 360 px.
 * Every request stays on 127.0.0.1; each step leaves a 5x-*.png screenshot.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { request, type APIRequestContext } from 'playwright-core';
import { isolatedContext } from './harness';
import { useChromium } from './chromium';
import { ok, signUpIn, USER_AGENT } from './money-seed';
import { account, fitsWidth, nav, shot } from './supply-helpers';

const baseURL = inject('baseURL');
const chromium = useChromium();

const desktop = { viewport: { width: 1280, height: 800 }, locale: 'en-US', userAgent: USER_AGENT };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US', userAgent: USER_AGENT };

// ---------- Seeding through the API (the supply side has its own UI test) ----------

const PRODUCTS = [
  { title: 'Arita tea cup', category: 'kitchen.drinkware', sku: ['AT-1', 'Indigo', 1980, 'JPY'] },
  { title: 'Hinoki cutting board', category: 'kitchen.cookware', sku: ['HB-S', 'Small', 19800, 'CNY'] },
  { title: 'Yuzu hand cream', category: 'health.personal', sku: ['YH-1', '30 g', 7900, 'CNY'] },
] as const;

/**
 * A merchant with three active products (no product URL of their own, so links lead to the hosted product page on
 * this same Worker), a provider whose open activity approved them, and `creatorOrgId` on its roster.
 */
async function seedOffers(creator: APIRequestContext, creatorOrgId: string) {
  const merchant = await request.newContext({ baseURL });
  const provider = await request.newContext({ baseURL });
  await signUpIn(merchant, account('Merchant', 'Aya Kobayashi', 'Kobayashi Craft Works'));
  await signUpIn(provider, account('Selection provider', 'Lin Wei', 'Red Lantern Selection'));
  const now = Date.now();
  const activity = await ok(provider, 'POST', '/v1/activities', {
    name: 'Live-stream kitchen picks',
    categories: ['kitchen', 'health'],
    planType: 'open',
    minCreatorRateBps: 1000,
    serviceFeeBps: 500,
    startsAt: now - 60_000,
    endsAt: now + 30 * 86_400_000,
    visibility: 'public',
    status: 'open',
  });
  for (const p of PRODUCTS) {
    const product = await ok(merchant, 'POST', '/v1/products', {
      title: p.title,
      description: `${p.title}, made in Japan.`,
      images: [],
      category: p.category,
      status: 'active',
      defaultCreatorRateBps: 1500,
      samplePolicy: 'none',
      sampleQuantity: 0,
      skus: [{ code: p.sku[0], name: p.sku[1], price: p.sku[2], currency: p.sku[3], stock: 20 }],
    });
    const enrollment = await ok(merchant, 'POST', '/v1/enrollments', { activityId: activity.id, productId: product.id, creatorRateBps: 1500 });
    await ok(provider, 'POST', `/v1/enrollments/${enrollment.id}/approve`, {});
  }
  const invitation = await ok(provider, 'POST', '/v1/roster', { creatorOrgId });
  await ok(creator, 'POST', `/v1/roster/${invitation.id}/accept`, {});
  await Promise.all([merchant.dispose(), provider.dispose()]);
}

describe('promo links', () => {
  const creator = account('Creator', 'Mika Sato', 'Mika Table Diaries');

  test('get a link on an offer, copy it, open it, land on the product, see the click counted', { timeout: 300_000 }, async () => {
    const c = await isolatedContext(chromium.browser, baseURL, desktop);
    await c.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const page = await c.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    // The context's own request client shares its cookies: the page is signed in as the creator.
    const creatorOrgId = await signUpIn(c.context.request, creator);
    await seedOffers(c.context.request, creatorOrgId);

    // ---------- The overview's Links tile is live, and the list starts empty ----------
    await page.goto('/');
    await page.getByTestId('live-tiles').waitFor();
    await expect.poll(() => page.getByTestId('tile-links').locator('strong').textContent()).toBe('0');
    await nav(page, 'Links');
    await page.getByRole('heading', { name: 'Links', level: 1 }).waitFor();
    await page.getByText('No links yet.').waitFor();

    // ---------- Get link on the offer page, then copy it ----------
    await nav(page, 'Offers');
    await page.getByTestId('offer-card').filter({ hasText: 'Arita tea cup' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Arita tea cup', level: 1 }).waitFor();
    const getLink = page.getByTestId('get-link');
    await getLink.getByRole('button', { name: 'Get link' }).click();
    const shortUrl = (await getLink.getByTestId('short-url').textContent())!.trim();
    expect(shortUrl).toMatch(new RegExp(`^${baseURL.replace(/\./g, '\\.')}/l/[0-9A-Za-z]{10}$`));
    await getLink.getByTestId('copy-link').click();
    await getLink.getByTestId('copy-link').getByText('Copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shortUrl);
    await shot(page, '50-offer-get-link');

    // ---------- Open the copied link: a 302 to the hosted product page, with the click id ----------
    const buyer = await c.context.newPage();
    buyer.on('pageerror', (err) => errors.push(err.message));
    const landed = await buyer.goto(copied);
    expect(landed?.status()).toBe(200);
    const code = copied.split('/l/')[1];
    const destination = new URL(buyer.url());
    expect(destination.origin).toBe(baseURL);
    expect(destination.pathname).toBe(`/p/${code}`);
    expect(destination.searchParams.get('xp_click')).toMatch(/^clk_/);
    expect(await buyer.content()).toContain('Arita tea cup');
    const redirect = landed!.request().redirectedFrom();
    expect((await redirect?.response())?.status()).toBe(302);
    await shot(buyer, '51-landing');
    await buyer.close();

    // ---------- Analytics: the click arrives through the queue; reload until it is counted (bounded) ----------
    await page.goto('/links/analytics');
    await page.getByRole('heading', { name: 'Link analytics', level: 1 }).waitFor();
    const deadline = Date.now() + 60_000;
    let counted = '';
    for (;;) {
      await page.getByTestId('click-chart').waitFor();
      counted = (await page.getByTestId('total-counted').textContent()) ?? '';
      if (counted === '1' || Date.now() > deadline) break;
      await page.waitForTimeout(1_000);
      await page.reload();
    }
    expect(counted, 'the click was not counted within 60 s').toBe('1');
    expect(await page.getByTestId('total-bot').textContent()).toBe('0');
    const row = page.getByTestId('analytics-links').getByRole('row', { name: /Arita tea cup/ });
    expect(await row.textContent()).toContain(code);
    // The same visitor again within the hour is a repeat, not a second counted click.
    const again = await c.context.newPage();
    await again.goto(copied);
    await again.close();
    for (let i = 0; i < 60; i++) {
      await page.reload();
      await page.getByTestId('click-chart').waitFor();
      if ((await page.getByTestId('total-duplicate').textContent()) === '1') break;
      await page.waitForTimeout(1_000);
    }
    expect(await page.getByTestId('total-duplicate').textContent()).toBe('1');
    expect(await page.getByTestId('total-counted').textContent()).toBe('1');
    await page.getByTestId('analytics-link').selectOption({ label: `Arita tea cup · ${code}` });
    await expect.poll(() => page.getByTestId('total-counted').textContent()).toBe('1');
    await shot(page, '52-analytics');

    // ---------- The list: today's and the week's counted clicks, QR code, disable and enable ----------
    await nav(page, 'Links');
    const link = page.getByTestId('link-row').filter({ hasText: 'Arita tea cup' });
    await link.waitFor();
    await expect.poll(() => link.getByTestId('clicks-today').textContent()).toBe('1');
    expect(await link.getByTestId('clicks-week').textContent()).toBe('1');
    expect(await link.getByTestId('link-url').textContent()).toBe(shortUrl.replace('http://', ''));
    await shot(page, '53-links');
    await link.getByRole('button', { name: 'QR code' }).click();
    const qr = page.getByRole('dialog', { name: 'QR code for Arita tea cup' });
    await qr.waitFor();
    await expect.poll(() => qr.getByTestId('qr-image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const [qrFile] = await Promise.all([page.waitForEvent('download'), qr.getByRole('link', { name: 'Download SVG' }).click()]);
    expect(qrFile.suggestedFilename()).toBe(`xuanpin-${code}.svg`);
    expect(readFileSync((await qrFile.path())!, 'utf8')).toMatch(/^<svg /);
    await shot(page, '53b-qr-dialog', { fullPage: false });
    await qr.getByRole('button', { name: 'Close' }).click();
    await link.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('dialog', { name: 'Disable the link for Arita tea cup?' }).getByRole('button', { name: 'Disable' }).click();
    await page.getByText(`Link ${code} disabled.`).waitFor();
    await expect.poll(() => link.getByTestId('link-status').textContent()).toBe('Disabled');
    const ended = await c.context.request.get(copied, { maxRedirects: 0, failOnStatusCode: false });
    expect(ended.status()).toBe(410);
    await link.getByRole('button', { name: 'Enable' }).click();
    await page.getByText(`Link ${code} enabled.`).waitFor();
    await expect.poll(() => link.getByTestId('link-status').textContent()).toBe('Active');

    // ---------- Bulk: every offer with one sub-id, results, the run sheet as CSV ----------
    await page.getByRole('link', { name: 'Bulk generate' }).click();
    await page.getByRole('heading', { name: 'Generate links in bulk', level: 1 }).waitFor();
    await page.getByTestId('bulk-offers').locator('li').first().waitFor();
    expect(await page.getByTestId('bulk-offers').locator('li').count()).toBe(3);
    await page.getByRole('button', { name: 'Generate links' }).click();
    await page.getByText('Pick at least one offer.').waitFor();
    await page.getByRole('button', { name: 'Select shown' }).click();
    expect(await page.getByTestId('bulk-count').textContent()).toBe('3 of 200 selected');
    await page.getByLabel(/Sub-ID for all/).fill('live 1125');
    await page.getByRole('button', { name: 'Generate links' }).click();
    await page.getByText('Use up to 64 letters, digits, _ or -.').waitFor();
    await page.getByLabel(/Sub-ID for all/).fill('live-1125-a');
    await shot(page, '54-bulk-picker');
    await page.getByRole('button', { name: 'Generate links' }).click();
    await page.getByTestId('bulk-results').waitFor();
    expect(await page.getByTestId('bulk-summary').textContent()).toBe('3 created · 0 already there · 0 failed');
    expect(await page.getByTestId('bulk-result').count()).toBe(3);
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csvFile.suggestedFilename()).toBe('links-live-1125-a.csv');
    const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(csv[0]).toBe('short_url,code,product,sub_id,offer_id,result,error');
    expect(csv).toHaveLength(4);
    for (const line of csv.slice(1)) expect(line).toMatch(new RegExp(`^${baseURL.replace(/\./g, '\\.')}/l/[0-9A-Za-z]{10},[0-9A-Za-z]{10},[^,]+,live-1125-a,[a-z]+_\\w+,created,$`));
    await shot(page, '55-bulk-results');
    await nav(page, 'Links');
    await expect.poll(() => page.getByTestId('link-row').count()).toBe(4);
    await page.getByPlaceholder(/Sub-ID/).fill('live-1125-a');
    await page.getByPlaceholder(/Sub-ID/).press('Enter');
    await expect.poll(() => page.getByTestId('link-row').count()).toBe(3);

    // ---------- The pages read in Japanese and Chinese ----------
    await page.getByTestId('language').selectOption('ja');
    await page.getByRole('heading', { name: 'リンク', level: 1 }).waitFor();
    await page.goto('/links/analytics');
    await page.getByRole('heading', { name: 'リンク分析', level: 1 }).waitFor();
    await page.getByTestId('click-chart').waitFor();
    await shot(page, '56-analytics-ja');
    await page.getByTestId('language').selectOption('zh-CN');
    await page.goto('/links');
    await page.getByRole('heading', { name: '推广链接', level: 1 }).waitFor();
    await page.getByTestId('link-row').first().waitFor();
    await shot(page, '57-links-zh');
    await page.getByTestId('language').selectOption('en');

    // ---------- Phones: 390 and 360 px ----------
    const p = await isolatedContext(chromium.browser, baseURL, phone);
    const mobile = await p.context.newPage();
    mobile.on('pageerror', (err) => errors.push(err.message));
    await mobile.goto('/sign-in');
    await mobile.locator('input[name=email]').fill(creator.email);
    await mobile.locator('input[name=password]').fill(creator.password);
    await mobile.locator('form button[type=submit]').click();
    await mobile.waitForURL((url) => url.pathname === '/');
    await mobile.getByTestId('language').selectOption('en');
    const screens: [string, string, string][] = [
      ['/links', 'link-row', '5m1-phone-links'],
      ['/links/bulk', 'bulk-offers', '5m2-phone-bulk'],
      ['/links/analytics', 'click-chart', '5m3-phone-analytics'],
    ];
    for (const [path, testId, name] of screens) {
      await mobile.setViewportSize({ width: 390, height: 844 });
      await mobile.goto(path);
      await mobile.getByTestId(testId).first().waitFor();
      await mobile.waitForLoadState('networkidle');
      expect(await fitsWidth(mobile), `${path} at 390px`).toBe(true);
      await shot(mobile, name);
      await mobile.setViewportSize({ width: 360, height: 740 });
      await mobile.waitForTimeout(100);
      expect(await fitsWidth(mobile), `${path} at 360px`).toBe(true);
    }
    await mobile.setViewportSize({ width: 390, height: 844 });
    await mobile.goto('/offers');
    await mobile.getByTestId('offer-card').filter({ hasText: 'Hinoki cutting board' }).getByRole('link').click();
    await mobile.getByTestId('get-link').getByRole('button', { name: 'Get link' }).click();
    await mobile.getByTestId('short-url').waitFor();
    expect(await fitsWidth(mobile)).toBe(true);
    await mobile.getByTestId('get-link').scrollIntoViewIfNeeded();
    await shot(mobile, '5m4-phone-get-link', { fullPage: false });
    await mobile.setViewportSize({ width: 360, height: 740 });
    expect(await fitsWidth(mobile), 'offer page with its link at 360px').toBe(true);

    expect(errors).toEqual([]);
    const outside = [...c.outside, ...p.outside];
    expect(outside, `requests that left 127.0.0.1: ${outside.join(', ')}`).toEqual([]);
    await Promise.all([c.context.close(), p.context.close()]);
  });
});
