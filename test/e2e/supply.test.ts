/**
 * The supply side in Chromium, in one flow with three browsers signed up in the test: a merchant imports a CSV with
 * some bad rows and sees the report (row, column, reason); a provider publishes an activity; the merchant applies
 * with an imported product; the provider approves it and invites a creator from the directory to its roster; the
 * creator accepts, sees the offer and requests a sample; the merchant sees the request and ships it. Then every new
 * page on a 390px and a 360px screen. Every request stays on 127.0.0.1; each step leaves a 4x-*.png screenshot.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isolatedContext } from './harness';
import { useChromium } from './chromium';
import { account, fitsWidth, nav, productsCsv, shot, signUp } from './supply-helpers';

const baseURL = inject('baseURL');
const chromium = useChromium();

const desktop = { viewport: { width: 1280, height: 800 }, locale: 'en-US' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' };

const merchant = account('Merchant', 'Aya Kobayashi', 'Kobayashi Craft Works');
const provider = account('Selection provider', 'Lin Wei', 'Red Lantern Selection');
const creator = account('Creator', 'Mika Sato', 'Mika Table Diaries');
const ACTIVITY = 'Spring tableware picks';

async function open(kind: 'merchant' | 'provider' | 'creator', options = desktop) {
  const ctx = await isolatedContext(chromium.browser, baseURL, options);
  const page = await ctx.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`${kind}: ${err.message}`));
  return { ...ctx, page, errors };
}

async function signIn(page: Page, a: { email: string; password: string; name: string }) {
  await page.goto('/sign-in');
  await page.locator('input[name=email]').fill(a.email);
  await page.locator('input[name=password]').fill(a.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('supply side', () => {
  test('import with a report; activity, application and approval; roster, offer and sample request', { timeout: 300_000 }, async () => {
    const m = await open('merchant');
    const p = await open('provider');
    const c = await open('creator');

    // ---------- The merchant imports a CSV with three bad rows ----------
    await signUp(m.page, merchant);
    await m.page.getByTestId('live-tiles').waitFor();
    await nav(m.page, 'Catalog');
    await m.page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
    await m.page.getByText('No products yet').waitFor();
    await m.page.getByRole('link', { name: 'Import CSV' }).first().click();
    await m.page.getByRole('heading', { name: 'Import products', level: 1 }).waitFor();
    const file = productsCsv();
    await m.page.getByTestId('csv-file').setInputFiles({ name: 'spring-catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(file.csv) });
    await m.page.getByText('spring-catalog.csv').first().waitFor();
    await m.page.getByRole('button', { name: 'Upload and import' }).click();
    await m.page.getByTestId('rejected-rows').waitFor();
    expect(await m.page.getByTestId('import-status').textContent()).toBe('Done');
    expect(await m.page.getByTestId('import-created').textContent()).toBe(String(file.good));
    expect(await m.page.getByTestId('import-rejected').textContent()).toBe('3');
    expect(await m.page.getByTestId('import-processed').textContent()).toBe(`${file.good + 3} of ${file.good + 3} rows processed`);
    const report = m.page.getByTestId('rejected-rows').locator('tbody tr');
    expect(await report.count()).toBe(3);
    for (const [i, bad] of file.rejected.entries()) {
      const cells = await report.nth(i).locator('td').allTextContents();
      expect(cells[0]).toBe(`Line ${bad.line}`);
      expect(cells[1]).toBe(bad.field);
      expect(cells[2].length, cells.join(' | ')).toBeGreaterThan(5);
    }
    expect(await report.nth(0).textContent()).toMatch(/greater than 0/);
    expect(await report.nth(1).textContent()).toMatch(/JPY/);
    await shot(m.page, '40-import-report');

    // The catalog lists the eight imported products; search and the stock filter narrow it.
    await m.page.getByRole('link', { name: 'See the catalog' }).click();
    const products = m.page.getByTestId('products');
    await products.waitFor();
    await expect.poll(() => products.locator('tbody tr').count()).toBe(8);
    expect(await products.getByRole('row', { name: /Kutani plate/ }).textContent()).toMatch(/CNY 128\.00 – 228\.00/);
    await shot(m.page, '41-catalog');
    await m.page.getByPlaceholder('Title, description or SKU code').fill('kettle');
    await m.page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => products.locator('tbody tr').count()).toBe(1);
    await m.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => products.locator('tbody tr').count()).toBe(8);

    // The editor: a field error from the API lands on its field (images.0 → Image links); stock is adjusted in a dialog.
    await products.getByRole('link', { name: 'Kutani plate' }).click();
    await m.page.getByRole('heading', { name: 'Kutani plate', level: 1 }).waitFor();
    await m.page.getByLabel(/Image links/).fill('http://insecure.example/plate.jpg');
    await m.page.getByRole('button', { name: 'Save changes' }).click();
    const imagesError = m.page.locator('.field-invalid', { has: m.page.getByLabel(/Image links/) }).locator('.field-error');
    await imagesError.waitFor();
    expect(await imagesError.textContent()).toMatch(/https/);
    // A bad price is caught before sending, on its own SKU row.
    await m.page.locator('input[name="skus.1.price"]').fill('12.345');
    await m.page.getByRole('button', { name: 'Save changes' }).click();
    await m.page.getByText('Enter an amount above 0 like 128.00.').waitFor();
    await shot(m.page, '42-product-editor-errors');
    await m.page.getByLabel(/Image links/).fill('');
    await m.page.locator('input[name="skus.1.price"]').fill('172.00');
    await m.page.getByRole('button', { name: 'Save changes' }).click();
    await m.page.getByText('Kutani plate was saved.').waitFor();
    await m.page.locator('.sku-row', { hasText: 'KP-S' }).getByRole('button', { name: 'Adjust stock' }).click();
    const stockDialog = m.page.getByRole('dialog', { name: /Adjust stock of Kutani plate/ });
    await stockDialog.getByLabel('Change').fill('+5');
    await stockDialog.getByLabel('Reason').fill('Spring restock');
    await shot(m.page, '42b-stock-dialog', { fullPage: false });
    await stockDialog.getByRole('button', { name: 'Save adjustment' }).click();
    await m.page.getByText('Stock of KP-S is now 25.').waitFor();

    // ---------- The provider publishes an open activity ----------
    await signUp(p.page, provider);
    await nav(p.page, 'Activities');
    await p.page.getByText('No activities yet').waitFor();
    await p.page.getByRole('link', { name: 'New activity' }).click();
    await p.page.getByRole('heading', { name: 'New activity', level: 1 }).waitFor();
    await p.page.getByLabel('Name', { exact: true }).fill(ACTIVITY);
    await p.page.getByLabel(/Description/).fill('Japanese tableware and kitchen tools for spring notes and live streams.');
    await p.page.getByRole('button', { name: 'Kitchen & tableware', exact: true }).click();
    // Rates out of bounds are refused on their field before anything is sent.
    await p.page.getByLabel('Minimum creator commission').fill('55');
    await p.page.getByRole('button', { name: 'Publish' }).click();
    await p.page.getByText('Enter a percentage from 0 to 50%, with at most 2 decimals.').waitFor();
    await p.page.getByLabel('Minimum creator commission').fill('10');
    await p.page.getByLabel('Service fee').fill('5');
    await shot(p.page, '43-activity-editor');
    await p.page.getByRole('button', { name: 'Publish' }).click();
    await p.page.getByText(`${ACTIVITY} is open for applications.`).waitFor();
    const activityRow = p.page.getByTestId('activities').getByRole('row', { name: new RegExp(ACTIVITY) });
    await activityRow.getByText('Open', { exact: true }).waitFor();
    await shot(p.page, '43b-activities');

    // ---------- The creator fills in a listed profile ----------
    await signUp(c.page, creator);
    await nav(c.page, 'Profile');
    await c.page.getByRole('heading', { name: 'Creator profile', level: 1 }).waitFor();
    await c.page.getByLabel('Display name').fill('Mika Sato');
    await c.page.getByLabel(/Bio/).fill('Table settings and slow mornings in Kyoto. Ceramics, tea and seasonal food.');
    await c.page.getByLabel('Handle').fill('@mika.table');
    await c.page.locator('input[name="handles.0.followers"]').fill('25000');
    await c.page.locator('input[name="handles.0.avgViews"]').fill('8000');
    await c.page.locator('input[name="handles.0.avgEngagement"]').fill('1200');
    await c.page.getByRole('button', { name: 'Kitchen & tableware', exact: true }).click();
    await c.page.getByRole('button', { name: 'Notes', exact: true }).click();
    await c.page.getByRole('button', { name: 'Video', exact: true }).click();
    await c.page.getByLabel(/Tags/).fill('tableware, kyoto, slow living');
    await c.page.getByLabel('Share my audience').check();
    await c.page.getByLabel('Women', { exact: true }).fill('78');
    await c.page.getByLabel('Men', { exact: true }).fill('22');
    await c.page.getByLabel('Top regions').fill('Shanghai, Hangzhou, Tokyo');
    expect(await c.page.getByTestId('profile-tier').textContent()).toBe('Mid KOL');
    await c.page.getByRole('button', { name: 'Save profile' }).click();
    await c.page.getByText('Your profile was saved.').waitFor();
    await shot(c.page, '44-creator-profile');

    // ---------- The merchant applies with an imported product ----------
    await nav(m.page, 'Marketplace');
    const card = m.page.getByTestId('activity-card').filter({ hasText: ACTIVITY });
    await card.waitFor();
    expect(await card.textContent()).toContain(provider.org);
    await shot(m.page, '45-marketplace');
    await card.getByRole('button', { name: 'Apply with a product' }).click();
    const apply = m.page.getByRole('dialog', { name: `Apply to ${ACTIVITY}` });
    await apply.getByLabel('Product').selectOption({ label: 'Kutani plate' });
    // The bounds are shown; a rate under the activity's minimum is refused in the form.
    expect(await apply.getByTestId('rate-bounds').textContent()).toContain('10% to 50%');
    await apply.getByLabel('Creator commission').fill('8');
    await apply.getByRole('button', { name: 'Send application' }).click();
    await apply.getByText('Enter a rate from 10% to 50%.').waitFor();
    await apply.getByLabel('Creator commission').fill('15');
    await shot(m.page, '45b-apply-dialog', { fullPage: false });
    await apply.getByRole('button', { name: 'Send application' }).click();
    await m.page.getByText(`Kutani plate applied to ${ACTIVITY}.`).waitFor();
    await nav(m.page, 'Applications');
    const mine = m.page.getByTestId('enrollment').filter({ hasText: 'Kutani plate' });
    expect(await mine.getByTestId('enrollment-status').textContent()).toBe('Awaiting review');

    // ---------- The provider approves it ----------
    await nav(p.page, 'Applications');
    const application = p.page.getByTestId('enrollment').filter({ hasText: 'Kutani plate' });
    await application.waitFor();
    expect(await application.textContent()).toContain(merchant.org);
    expect(await application.textContent()).toContain('15%');
    await application.getByRole('button', { name: /Rate history/ }).click();
    await application.getByTestId('terms-history').waitFor();
    await shot(p.page, '46-review-applications');
    await application.getByRole('button', { name: 'Approve' }).click();
    await p.page.getByText('Kutani plate was approved.').waitFor();
    await p.page.getByRole('button', { name: 'Approved', exact: true }).click();
    await p.page.getByTestId('enrollment').filter({ hasText: 'Kutani plate' }).getByTestId('enrollment-status').filter({ hasText: 'Approved' }).waitFor();

    // The merchant sees the approval and schedules a cut, which waits for the next day.
    await m.page.reload();
    await expect.poll(() => mine.getByTestId('enrollment-status').textContent()).toBe('Approved');
    await mine.getByRole('button', { name: 'Change rates' }).click();
    const rates = m.page.getByRole('dialog', { name: 'Change the rates of Kutani plate' });
    await rates.getByTestId('rate-bounds').waitFor();
    await rates.getByLabel('Creator commission').fill('12');
    await rates.getByText(/This cut takes effect/).waitFor();
    await shot(m.page, '46b-rate-change-dialog', { fullPage: false });
    await rates.getByRole('button', { name: 'Save new rates' }).click();
    await m.page.getByText(/New rates scheduled for/).waitFor();
    await mine.getByText(/Creator commission changes to 12%/).waitFor();
    await mine.getByRole('button', { name: /Rate history/ }).click();
    await mine.getByTestId('terms-history').getByText('Scheduled').waitFor();
    await shot(m.page, '46c-my-applications');

    // ---------- The provider invites the creator from the directory ----------
    await nav(p.page, 'Creator directory');
    const tile = p.page.getByTestId('creator-card').filter({ hasText: 'Mika Sato' });
    await tile.waitFor();
    expect(await tile.textContent()).toContain('Mid KOL');
    expect(await tile.textContent()).toContain('4.8%');
    await p.page.getByLabel('Tier').selectOption('mid_kol');
    await tile.waitFor();
    await p.page.getByLabel('Tier').selectOption('top_kol');
    await p.page.getByText('No listed creator matches these filters.').waitFor();
    await p.page.getByLabel('Tier').selectOption('');
    await tile.getByRole('button', { name: 'Invite to roster' }).click();
    const invite = p.page.getByRole('dialog', { name: 'Invite Mika Sato to your roster' });
    await invite.getByLabel(/Note to the creator/).fill('Your Kyoto table settings would suit our spring tableware pool.');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await p.page.getByText('Mika Sato was invited.').waitFor();
    await tile.getByTestId('roster-status').filter({ hasText: 'Invited' }).waitFor();
    await shot(p.page, '47-creator-directory');
    await nav(p.page, 'Roster');
    await p.page.getByTestId('roster').getByRole('row', { name: new RegExp(creator.org) }).getByText('Invited').waitFor();

    // ---------- The creator accepts, sees the offer and requests a sample ----------
    await nav(c.page, 'Offers');
    await c.page.getByText('No offer is open to you yet.').waitFor();
    await nav(c.page, 'Providers');
    const invitation = c.page.getByTestId('roster-invitations').locator('li').filter({ hasText: provider.org });
    await invitation.waitFor();
    await shot(c.page, '48-providers-invitation');
    await invitation.getByRole('button', { name: 'Accept' }).click();
    await c.page.getByText(`You joined ${provider.org}’s roster.`).waitFor();
    await nav(c.page, 'Offers');
    const offer = c.page.getByTestId('offer-card').filter({ hasText: 'Kutani plate' });
    await offer.waitFor();
    // The cut is scheduled for tomorrow: today's offer still pays 15%.
    expect(await offer.textContent()).toContain('15%');
    expect(await offer.textContent()).toContain('from CNY 128.00');
    await shot(c.page, '48b-offers');
    await offer.getByRole('link').click();
    await c.page.getByRole('heading', { name: 'Kutani plate', level: 1 }).waitFor();
    expect(await c.page.getByTestId('offer-rate').textContent()).toBe('15%');
    await c.page.getByTestId('terms-history').getByText('Scheduled').waitFor();
    const request = c.page.getByTestId('sample-request');
    await request.getByRole('button', { name: 'Request sample' }).click();
    await request.getByText('Required.').waitFor();
    await request.getByLabel('Quantity').selectOption('2');
    await request.getByLabel('Shipping address').fill('Mika Sato\n12 Karasuma-dori, Nakagyo-ku\nKyoto 604-8166, Japan');
    await request.getByLabel(/Note to the merchant/).fill('I plan a spring breakfast note; the medium plate would be ideal.');
    await shot(c.page, '48c-offer-detail');
    await request.getByRole('button', { name: 'Request sample' }).click();
    await c.page.getByText('Request sent').waitFor();
    await nav(c.page, 'Samples');
    const mySample = c.page.getByTestId('sample').filter({ hasText: 'Kutani plate' });
    await expect.poll(() => mySample.getByTestId('sample-status').textContent()).toBe('Requested');

    // ---------- The merchant sees the request, with the creator's name, and ships it ----------
    await nav(m.page, 'Samples');
    const incoming = m.page.getByTestId('sample').filter({ hasText: 'Kutani plate' });
    await incoming.waitFor();
    expect(await incoming.getByTestId('sample-creator').textContent()).toBe('Mika Sato');
    expect(await incoming.textContent()).toContain('No fulfilment history');
    expect(await incoming.textContent()).toContain('Karasuma-dori');
    await shot(m.page, '49-merchant-sample-request');
    await incoming.getByRole('button', { name: 'Approve' }).click();
    await m.page.getByText('Sample of Kutani plate approved.').waitFor();
    await incoming.getByRole('button', { name: 'Mark shipped' }).click();
    const ship = m.page.getByRole('dialog', { name: 'Ship the sample of Kutani plate' });
    await ship.getByLabel('Carrier').fill('Yamato Transport');
    await ship.getByLabel('Tracking number').fill('4470-1234-5678');
    await ship.getByRole('button', { name: 'Mark shipped' }).click();
    await m.page.getByText('Sample of Kutani plate marked shipped.').waitFor();
    await incoming.getByRole('button', { name: 'Mark delivered' }).click();
    await m.page.getByRole('dialog').getByRole('button', { name: 'Mark delivered' }).click();
    await m.page.getByText('Sample of Kutani plate marked delivered.').waitFor();
    await expect.poll(() => incoming.getByTestId('sample-status').textContent()).toBe('Delivered');

    // The creator posts; the provider follows along read-only.
    await c.page.reload();
    await mySample.getByText(/Post due/).waitFor();
    await shot(c.page, '49b-creator-sample-delivered');
    await mySample.getByLabel('Link to your post').fill('https://www.xiaohongshu.com/explore/65f0c0ffee');
    await mySample.getByRole('button', { name: 'Submit post' }).click();
    await c.page.getByText('Post for Kutani plate submitted. Thank you!').waitFor();
    await expect.poll(() => mySample.getByTestId('sample-status').textContent()).toBe('Posted');
    await nav(p.page, 'Samples');
    const followed = p.page.getByTestId('sample').filter({ hasText: 'Kutani plate' });
    await followed.getByText('Posted on time').waitFor();
    expect(await followed.getByRole('button').count()).toBe(0);
    await shot(p.page, '49c-provider-samples');

    // ---------- The overview shows live figures; the pages read in Japanese and Chinese ----------
    await m.page.goto('/');
    await expect.poll(() => m.page.getByTestId('tile-catalog').locator('strong').textContent()).toBe('8');
    await shot(m.page, '4a-home-merchant');
    await m.page.getByTestId('language').selectOption('ja');
    await nav(m.page, 'カタログ');
    await m.page.getByRole('heading', { name: 'カタログ', level: 1 }).waitFor();
    await m.page.getByTestId('products').getByText('キッチン・食器 › 食器').first().waitFor();
    await shot(m.page, '4b-catalog-ja');
    await m.page.getByTestId('language').selectOption('en');
    await c.page.getByTestId('language').selectOption('zh-CN');
    await nav(c.page, '可推广商品');
    await c.page.getByRole('heading', { name: '可推广商品', level: 1 }).waitFor();
    await c.page.getByTestId('offer-card').getByText('CNY 128.00 起').waitFor();
    await shot(c.page, '4c-offers-zh');
    await c.page.getByTestId('language').selectOption('en');

    const errors = [...m.errors, ...p.errors, ...c.errors];
    expect(errors).toEqual([]);
    const outside = [...m.outside, ...p.outside, ...c.outside];
    expect(outside, `requests that left 127.0.0.1: ${outside.join(', ')}`).toEqual([]);
    await Promise.all([m.context.close(), p.context.close(), c.context.close()]);
  });

  test('every new page on a 390px and a 360px phone screen', { timeout: 240_000 }, async () => {
    const pages: Record<string, string[]> = {
      merchant: ['/', '/catalog', '/catalog/import', '/catalog/new', '/marketplace', '/applications', '/samples'],
      provider: ['/', '/activities', '/activities/new', '/applications', '/roster', '/creators', '/samples'],
      creator: ['/', '/offers', '/providers', '/profile', '/samples'],
    };
    const who = { merchant, provider, creator } as const;
    const outside: string[] = [];
    for (const kind of ['merchant', 'provider', 'creator'] as const) {
      const s = await open(kind, phone);
      await signIn(s.page, who[kind]);
      await s.page.getByTestId('language').selectOption('en');
      for (const path of pages[kind]) {
        await s.page.setViewportSize({ width: 390, height: 844 });
        await s.page.goto(path);
        await s.page.locator('h1').first().waitFor();
        await s.page.waitForLoadState('networkidle');
        expect(await fitsWidth(s.page), `${kind} ${path} at 390px`).toBe(true);
        await s.page.setViewportSize({ width: 360, height: 740 });
        expect(await fitsWidth(s.page), `${kind} ${path} at 360px`).toBe(true);
      }
      await s.page.setViewportSize({ width: 390, height: 844 });
      if (kind === 'merchant') {
        await s.page.goto('/catalog/import');
        await s.page.getByRole('button', { name: 'View report' }).first().click();
        await s.page.getByTestId('rejected-rows').waitFor();
        await s.page.getByTestId('import-result').scrollIntoViewIfNeeded();
        expect(await fitsWidth(s.page)).toBe(true);
        await shot(s.page, '4m1-phone-import-report');
        await s.page.goto('/catalog');
        await s.page.getByTestId('products').waitFor();
        await shot(s.page, '4m2-phone-catalog');
        await s.page.goto('/samples');
        await s.page.getByTestId('sample').first().waitFor();
        await shot(s.page, '4m3-phone-merchant-samples');
      }
      if (kind === 'provider') {
        await s.page.goto('/creators');
        await s.page.getByTestId('creator-card').first().waitFor();
        await shot(s.page, '4m4-phone-creator-directory');
        await s.page.goto('/activities/new');
        await s.page.getByLabel('Name', { exact: true }).waitFor();
        await shot(s.page, '4m5-phone-activity-editor');
      }
      if (kind === 'creator') {
        await s.page.goto('/offers');
        await s.page.getByTestId('offer-card').first().waitFor();
        await shot(s.page, '4m6-phone-offers');
        await s.page.getByTestId('offer-card').first().getByRole('link').click();
        await s.page.getByTestId('offer-rate').waitFor();
        await shot(s.page, '4m7-phone-offer-detail');
        await s.page.goto('/samples');
        await s.page.getByTestId('sample').first().waitFor();
        await shot(s.page, '4m8-phone-creator-samples');
      }
      expect(s.errors).toEqual([]);
      outside.push(...s.outside);
      await s.context.close();
    }
    expect(outside, `requests that left 127.0.0.1: ${outside.join(', ')}`).toEqual([]);
  });
});
