/**
 * The money pages in Chromium: a merchant's postback orders (one through a creator's link, one without a click)
 * show in its Orders list with why each did or did not earn commission; the creator's Earnings page shows the
 * pending commission; the merchant refunds part of a line in the UI (a too-large amount is refused at the field
 * first) and the creator's pending figure drops by the refunded share; the merchant's Balance page says its offers
 * are paused by the negative balance and tops it up through stripe-local's Checkout; the merchant confirms one
 * order and cancels the other, and the creator's pending commission goes to zero, all of it reversed.
 * Requests stay on 127.0.0.1 (the Worker and stripe-local); each step leaves a 7x-*.png screenshot.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isolatedContext, type Browser } from './harness';
import { useChromium } from './chromium';
import { ok, sellingSetup, USER_AGENT, type Session } from './money-seed';
import { fitsWidth, nav, shot } from './supply-helpers';

const baseURL = inject('baseURL');
const stripeURL = inject('stripeURL');
const chromium = useChromium();

const desktop = { viewport: { width: 1280, height: 800 }, locale: 'en-US', userAgent: USER_AGENT };

/** A signed-in browser for a session made through the API (its cookies carried over); page errors are collected. */
async function browserFor(session: Session, errors: string[], options: Parameters<Browser['newContext']>[0] = desktop) {
  const c = await isolatedContext(chromium.browser, baseURL, { ...options, storageState: await session.ctx.storageState() }, [stripeURL]);
  const page = await c.context.newPage();
  page.on('pageerror', (err) => errors.push(`${session.account.kind}: ${err.message}`));
  return { ...c, page };
}

/** The creator's pending commission in CNY, as the Earnings page shows it (the exact minor units). */
async function pendingShown(page: Page): Promise<number> {
  await page.goto('/earnings');
  await page.getByRole('heading', { name: 'Earnings', level: 1 }).waitFor();
  const figure = page.getByTestId('earnings-CNY').getByTestId('earnings-pending');
  await figure.waitFor();
  return Number(await figure.getAttribute('data-amount'));
}

async function summary(session: Session) {
  const answer = await ok(session.ctx, 'GET', '/v1/commissions/summary');
  return answer.data.find((t: { currency: string }) => t.currency === 'CNY');
}

describe('orders, refunds and earnings', () => {
  test('a merchant refunds in the UI and the creator’s pending commission drops; cancel reverses it all', { timeout: 300_000 }, async () => {
    const s = await sellingSetup(baseURL);
    const placedAt = Date.now(); // after the click (an order placed before its click is not attributed)
    // Two Large boards and one Small through the creator's link; and an order that came without a click.
    const attributed = await ok(s.merchant.ctx, 'POST', '/v1/orders', {
      externalId: 'ORD-1001',
      clickId: s.clickId,
      currency: 'CNY',
      placedAt,
      buyer: 'hana.buyer@example.test',
      lines: [
        { sku: 'HB-L', quantity: 2, unitPrice: 19_800 },
        { sku: 'HB-S', quantity: 1, unitPrice: 7_900 },
      ],
    });
    expect(attributed).toMatchObject({ total: 47_500, attribution: 'attributed', status: 'paid' });
    await ok(s.merchant.ctx, 'POST', '/v1/orders', { externalId: 'ORD-1002', currency: 'CNY', placedAt, lines: [{ sku: 'HB-S', quantity: 1, unitPrice: 7_900 }] });
    const errors: string[] = [];

    // ---------- The creator sees a pending commission ----------
    const creator = await browserFor(s.creator, errors);
    const pendingBefore = await pendingShown(creator.page);
    expect(pendingBefore).toBeGreaterThan(0);
    expect(pendingBefore).toBe((await summary(s.creator)).pending);
    await creator.page.getByTestId('commission-row').filter({ hasText: 'Hinoki cutting board' }).first().waitFor();
    expect(await creator.page.getByTestId('orders').getByTestId('order-row').count()).toBe(1);
    await shot(creator.page, '70-earnings-creator');

    // ---------- The merchant's orders: attribution in words, filters ----------
    const merchant = await browserFor(s.merchant, errors);
    const m = merchant.page;
    await m.goto('/');
    await nav(m, 'Orders');
    await m.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    await expect.poll(() => m.getByTestId('order-row').count()).toBe(2);
    const unattributed = m.getByTestId('order-row').filter({ hasText: 'ORD-1002' });
    expect(await unattributed.textContent()).toContain('No click id came with the order.');
    await shot(m, '71-orders-merchant');
    await m.getByRole('button', { name: 'Not attributed' }).click();
    await expect.poll(() => m.getByTestId('order-row').count()).toBe(1);
    await m.getByRole('button', { name: 'Any attribution' }).click();
    await expect.poll(() => m.getByTestId('order-row').count()).toBe(2);

    // ---------- Order detail, then a refund of 100.00 on line 1 (too much first: the field says so) ----------
    await m.getByRole('link', { name: 'ORD-1001' }).click();
    await m.getByRole('heading', { name: 'Order ORD-1001', level: 1 }).waitFor();
    expect(await m.getByTestId('order-attribution').textContent()).toContain('Attributed to the creator’s click.');
    expect(await m.getByTestId('order-line').count()).toBe(2);
    expect(await m.getByTestId('commission-line').count()).toBeGreaterThanOrEqual(6);
    await shot(m, '72-order-detail');
    await m.getByTestId('order-refund').click();
    const refund = m.getByRole('dialog', { name: 'Refund ORD-1001' });
    await refund.waitFor();
    await refund.getByRole('button', { name: 'An amount per line' }).click();
    await refund.getByLabel(/^Line 1/).fill('500');
    await refund.getByRole('button', { name: 'Refund', exact: true }).click();
    await refund.getByText('At most CNY 396.00 remains on this line.').waitFor();
    await refund.getByLabel(/^Line 1/).fill('100.00');
    await refund.getByLabel(/^Reason/).fill('One board arrived scratched');
    await shot(m, '73-refund-dialog', { fullPage: false });
    await refund.getByRole('button', { name: 'Refund', exact: true }).click();
    await m.getByText('Refund recorded for ORD-1001.').waitFor();
    await expect.poll(() => m.getByTestId('order-refunded').first().getAttribute('data-amount')).toBe('10000');

    // ---------- The creator's pending figure drops by the refunded share ----------
    await expect.poll(() => pendingShown(creator.page), { timeout: 10_000 }).toBeLessThan(pendingBefore);
    const pendingAfterRefund = await pendingShown(creator.page);
    expect(pendingAfterRefund).toBe((await summary(s.creator)).pending);
    // 100.00 of 475.00 refunded: the commission keeps (47,500 − 10,000) / 47,500 of itself, to the rounding of one fen per line.
    expect(Math.abs(pendingAfterRefund - Math.round((pendingBefore * 37_500) / 47_500))).toBeLessThanOrEqual(2);
    await shot(creator.page, '74-earnings-after-refund');

    // The provider's service fee shows on its own Earnings page.
    const provider = await browserFor(s.provider, errors);
    await provider.page.goto('/earnings');
    await provider.page.getByRole('heading', { name: 'Earnings', level: 1 }).waitFor();
    const fee = Number(await provider.page.getByTestId('earnings-CNY').getByTestId('earnings-pending').getAttribute('data-amount'));
    expect(fee).toBe((await summary(s.provider)).pending);
    expect(fee).toBeGreaterThan(0);
    await shot(provider.page, '74b-earnings-provider');

    // ---------- Balance: the commission debited the merchant below zero, so its offers are paused; top up ----------
    await nav(m, 'Balance');
    await m.getByRole('heading', { name: 'Balance', level: 1 }).waitFor();
    const funding = m.getByTestId('balance-merchant_balance-CNY').locator('.money');
    const owed = Number(await funding.getAttribute('data-amount'));
    expect(owed).toBeLessThan(0);
    await m.getByTestId('funding-paused').getByText('Your offers are paused').waitFor();
    await shot(m, '75-balance-paused');
    const topUp = m.getByTestId('top-up');
    await topUp.getByLabel('Amount').fill('12.345');
    await topUp.getByRole('button', { name: 'Continue to payment' }).click();
    await topUp.getByText('Enter a positive amount in CNY, like 1000.00.').waitFor();
    await topUp.getByLabel('Amount').fill('2000');
    await topUp.getByRole('button', { name: 'Continue to payment' }).click();
    await m.waitForURL((u) => u.href.startsWith(`${stripeURL}/pay/cs_`));
    expect(await m.getByTestId('amount-total').getAttribute('data-amount')).toBe('200000');
    await m.locator('input[name=email]').fill(s.merchant.account.email);
    await m.locator('#pay').click();
    await m.waitForURL((u) => u.origin === baseURL && u.pathname === '/balance');
    await m.getByText('Payment received').waitFor();
    // The webhook credits the balance; the page shows it on reload.
    await expect
      .poll(
        async () => {
          await m.reload();
          await m.getByTestId('balances').waitFor();
          return Number(await funding.getAttribute('data-amount'));
        },
        { timeout: 30_000, intervals: [1_000] },
      )
      .toBe(owed + 200_000);
    await expect.poll(() => m.getByTestId('funding-paused').count()).toBe(0);
    await shot(m, '76-balance-topped-up');

    // ---------- Confirm the order without a click; cancel the refunded one ----------
    await nav(m, 'Orders');
    await m.getByRole('link', { name: 'ORD-1002' }).click();
    await m.getByRole('heading', { name: 'Order ORD-1002', level: 1 }).waitFor();
    await m.getByTestId('order-confirm').click();
    await m.getByRole('dialog', { name: 'Confirm delivery of ORD-1002?' }).getByRole('button', { name: 'Confirm delivery' }).click();
    await m.getByText('Order ORD-1002 confirmed.').waitFor();
    await expect.poll(() => m.getByTestId('order-status').textContent()).toBe('Confirmed');

    // ---------- The CSV door: one good order, one with an unknown SKU (its row names the column) ----------
    await m.goto('/orders');
    await m.getByRole('link', { name: 'Import CSV' }).click();
    await m.getByRole('heading', { name: 'Import orders', level: 1 }).waitFor();
    const at = new Date().toISOString();
    const csv = `external_order_id,currency,placed_at,sku,quantity,unit_price\r\nCSV-2001,CNY,${at},HB-S,1,79.00\r\nCSV-2002,CNY,${at},NOPE-1,1,79.00\r\nCSV-2002,,,HB-L,1,198.00\r\n`;
    await m.getByTestId('csv-file').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await m.getByRole('button', { name: 'Upload and import' }).click();
    await expect.poll(() => m.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Done');
    expect(await m.getByTestId('import-created').textContent()).toBe('1');
    const rejected = m.getByTestId('rejected-rows');
    expect(await rejected.textContent()).toContain('sku');
    expect(await rejected.textContent()).toContain('Line 3');
    await shot(m, '77a-orders-csv');
    await m.getByRole('link', { name: 'See the orders' }).click();
    await m.getByTestId('order-row').filter({ hasText: 'CSV-2001' }).getByText('CSV upload').waitFor();
    expect(await m.getByTestId('order-row').filter({ hasText: 'CSV-2002' }).count()).toBe(0);

    await m.getByRole('link', { name: 'ORD-1001' }).click();
    await m.getByRole('heading', { name: 'Order ORD-1001', level: 1 }).waitFor();
    await m.getByTestId('order-cancel').click();
    const cancel = m.getByRole('dialog', { name: 'Cancel ORD-1001?' });
    expect(await cancel.textContent()).toContain('CNY 375.00');
    await cancel.getByLabel(/^Reason/).fill('Buyer cancelled before shipping');
    await cancel.getByRole('button', { name: 'Cancel order' }).click();
    await m.getByText('Order ORD-1001 cancelled.').waitFor();
    await expect.poll(() => m.getByTestId('order-status').textContent()).toBe('Cancelled');
    await shot(m, '77-order-cancelled');

    // ---------- The creator: nothing pending, all of it reversed ----------
    await expect.poll(() => pendingShown(creator.page), { timeout: 10_000 }).toBe(0);
    const reversed = Number(await creator.page.getByTestId('earnings-CNY').getByTestId('earnings-reversed').getAttribute('data-amount'));
    expect(reversed).toBe((await summary(s.creator)).reversed);
    expect(reversed).toBeGreaterThanOrEqual(pendingBefore);
    await shot(creator.page, '78-earnings-reversed');

    // ---------- The pages in Chinese, and on a phone ----------
    const zh = await browserFor(s.creator, errors, { ...desktop, locale: 'zh-CN' });
    await zh.context.addInitScript(() => localStorage.setItem('xp.locale', 'zh-CN'));
    await zh.page.goto('/earnings');
    await zh.page.getByRole('heading', { name: '收益', level: 1 }).waitFor();
    await zh.page.getByTestId('commission-row').first().waitFor();
    await shot(zh.page, '79-earnings-zh');
    const phone = await browserFor(s.merchant, errors, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US', userAgent: USER_AGENT });
    for (const path of ['/orders', `/orders/${attributed.id}`, '/balance']) {
      await phone.page.goto(path);
      await phone.page.getByRole('heading', { level: 1 }).waitFor();
      await phone.page.locator('.skeleton-list').waitFor({ state: 'detached' });
      expect(await fitsWidth(phone.page), `${path} is wider than 390 px`).toBe(true);
    }
    await shot(phone.page, '79b-balance-phone');

    expect(errors).toEqual([]);
    for (const c of [creator, merchant, provider, zh, phone]) {
      expect(c.outside, `requests that left the Worker and stripe-local: ${c.outside.join(', ')}`).toEqual([]);
      await c.context.close();
    }
    await s.dispose();
  });
});
