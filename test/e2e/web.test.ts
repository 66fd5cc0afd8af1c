/**
 * The web app in Chromium against the real Worker: a merchant signs up, signs out and in, reads the app in Japanese
 * and Chinese, creates an API key and sees its secret once; the same account on a phone-sized screen. Every request
 * stays on 127.0.0.1, and each step leaves a screenshot in test/e2e/screenshots/.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isolatedContext, SCREENSHOTS } from './harness';
import { useChromium } from './chromium';

const baseURL = inject('baseURL');
const chromium = useChromium();

/**
 * A screenshot, checked to be written and not blank (a white or empty capture is a few KB). For the whole page the
 * viewport is grown to the page's height first, so that what is sized to the screen (the sidebar) looks as it does
 * to a reader rather than cut at the first screenful.
 */
async function shot(page: Page, name: string, { fullPage = true } = {}) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize()!;
  if (fullPage) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  }
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  expect(statSync(file).size, file).toBeGreaterThan(15_000);
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

const account = {
  name: 'Aiko Tanaka',
  email: `aiko+${Date.now()}@hanamori.example`,
  password: 'correct horse battery',
  org: 'Hanamori Cosmetics',
};

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.locator('input[name=email]').fill(account.email);
  await page.locator('input[name=password]').fill(account.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('web app', () => {
  test('sign up, sign out and in, switch language, create an API key, sign out', async () => {
    const { context, outside } = await isolatedContext(chromium.browser, baseURL, { viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    // Signed out, the app sends you to sign in.
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await page.getByRole('heading', { name: 'Sign in to Xuanpin' }).waitFor();
    await shot(page, '01-sign-in');

    // Sign up a merchant.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    // A submission with missing fields is refused in the form, naming each field.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use 10 to 200 characters.').waitFor();
    await page.getByLabel('Your name').fill(account.name);
    await page.getByLabel('Work email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByLabel('Organization name').fill(account.org);
    await page.getByRole('radio', { name: /Merchant/ }).check();
    await shot(page, '02-sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: `Welcome, ${account.name}` }).waitFor();
    await expect.poll(() => page.getByTestId('org-name').textContent()).toBe(account.org);
    await expect.poll(() => page.getByTestId('member-count').textContent()).toBe('1');
    // The merchant's home shows the sections to come.
    for (const section of ['Catalog', 'Activities', 'Samples', 'Orders']) {
      await page.getByRole('heading', { name: section, exact: true }).waitFor();
    }
    await shot(page, '03-home-merchant');

    // Sign out, and back in.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    // A wrong password is refused with a plain message.
    await page.locator('input[name=email]').fill(account.email);
    await page.locator('input[name=password]').fill('not the password');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    await shot(page, '03b-sign-in-error');
    await signIn(page);
    await page.getByRole('heading', { name: `Welcome, ${account.name}` }).waitFor();

    // Japanese, then Simplified Chinese: the text and <html lang> follow.
    await page.getByTestId('language').selectOption('ja');
    await page.getByRole('heading', { name: `ようこそ、${account.name} さん` }).waitFor();
    await page.getByRole('link', { name: '概要' }).waitFor();
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.title()).toContain('概要');
    await shot(page, '04-home-ja');

    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('heading', { name: `欢迎，${account.name}` }).waitFor();
    await page.getByRole('link', { name: '概览' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');
    await page.getByText('即将上线的功能').waitFor();
    await shot(page, '05-home-zh');

    // The choice is kept on the account as well as in this browser.
    const saved = await page.evaluate(async () => {
      const res = await fetch('/auth/session', { credentials: 'same-origin' });
      return { locale: (await res.json()).user?.locale, stored: localStorage.getItem('xp.locale') };
    });
    expect(saved).toEqual({ locale: 'zh-CN', stored: 'zh-CN' });

    // An API key, in Chinese: the secret is shown once.
    await page.getByRole('link', { name: 'API 密钥', exact: true }).click();
    await page.waitForURL('**/settings/keys');
    await page.getByRole('heading', { name: 'API 密钥', level: 1 }).waitFor();
    await page.getByText('还没有 API 密钥').waitFor();
    await page.getByLabel('名称', { exact: true }).fill('ERP order sync');
    await page.locator('input[name="organization:read"]').check();
    await page.locator('input[name="keys:write"]').check();
    await page.locator('input[name="orders:read"]').check();
    await page.getByRole('button', { name: '创建密钥' }).click();
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    const key = (await secret.textContent()) ?? '';
    expect(key).toMatch(/^xpk_[A-Za-z0-9_-]{20,}$/);
    await page.getByText('请立即复制新密钥').waitFor();
    const row = page.getByTestId('api-keys').getByRole('row', { name: /ERP order sync/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(key.slice(0, 8));
    expect(await row.textContent()).not.toContain(key);
    await shot(page, '06-api-key-created-zh');

    // The key works against the API with exactly its scopes.
    const me = await page.evaluate(async (k) => {
      const res = await fetch('/v1/me', { headers: { authorization: `Bearer ${k}` }, credentials: 'omit' });
      return { status: res.status, body: await res.json() };
    }, key);
    expect(me.status, JSON.stringify(me.body)).toBe(200);
    expect(me.body.scopes.sort()).toEqual(['keys:write', 'orders:read', 'organization:read']);

    // Shown once: after a reload only its start is left.
    await page.reload();
    await page.getByTestId('api-keys').getByRole('row', { name: /ERP order sync/ }).waitFor();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(key);

    // Sign out: back to sign-in, still in Chinese.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: '登录 Xuanpin' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');
    await shot(page, '07-signed-out-zh');

    expect(pageErrors).toEqual([]);
    expect(outside, `requests that left 127.0.0.1: ${outside.join(', ')}`).toEqual([]);
    await context.close();
  });

  test('the same account on a 390px phone screen', async () => {
    const { context, outside } = await isolatedContext(chromium.browser, baseURL, {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
    });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in to Xuanpin' }).waitFor();
    await shot(page, '10-mobile-sign-in');
    await signIn(page);
    // The account's language (Chinese, chosen in the previous test) follows it to this new browser.
    await page.getByRole('heading', { name: `欢迎，${account.name}` }).waitFor();
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: `Welcome, ${account.name}` }).waitFor();
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, '11-mobile-home');

    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'API keys', exact: true }).waitFor();
    // The drawer slides in; capture it once it has arrived.
    await page.waitForFunction(() => getComputedStyle(document.getElementById('sidebar')!).transform === 'none');
    await page.waitForTimeout(250);
    await shot(page, '12-mobile-menu', { fullPage: false });
    await page.getByRole('link', { name: 'API keys', exact: true }).click();
    await page.waitForURL('**/settings/keys');
    await page.getByRole('row', { name: /ERP order sync/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, '13-mobile-keys');

    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Invitations' }).click();
    await page.waitForURL('**/settings/invitations');
    await page.getByLabel('Email').fill('ren@hanamori.example');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = (await page.getByTestId('invitation-link').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${baseURL}/accept-invitation\\?token=`));
    await page.getByRole('row', { name: /ren@hanamori\.example/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, '14-mobile-invitation');

    // Down to 360px (small Android phones), no page scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/settings/members', '/settings/invitations', '/settings/keys', '/organizations/new']) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await shot(page, '15-mobile-360-new-org');

    expect(outside, `requests that left 127.0.0.1: ${outside.join(', ')}`).toEqual([]);
    await context.close();
  });

  test('a teammate joins by invitation; roles, keys and a second organization are managed from the pages', async () => {
    const owner = await isolatedContext(chromium.browser, baseURL, { viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await owner.context.newPage();
    await signIn(page);
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: `Welcome, ${account.name}` }).waitFor();

    // Invite a teammate and follow the link in another browser.
    await page.getByRole('link', { name: 'Invitations', exact: true }).click();
    await page.getByLabel('Email').fill('kenji@hanamori.example');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = (await page.getByTestId('invitation-link').textContent()) ?? '';

    const invitee = await isolatedContext(chromium.browser, baseURL, { viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    const other = await invitee.context.newPage();
    await other.goto(link);
    // A Japanese browser gets the Japanese page.
    await other.getByRole('heading', { name: '組織に参加' }).waitFor();
    expect(await htmlLang(other)).toBe('ja');
    await shot(other, '30-accept-invitation-ja');
    await other.getByRole('link', { name: 'アカウントを作成して承諾' }).click();
    await other.getByText('招待により組織に参加します').waitFor();
    expect(await other.getByLabel('組織名').count()).toBe(0);
    await other.getByLabel('お名前').fill('Kenji Mori');
    await other.getByLabel('仕事用メールアドレス').fill('kenji@hanamori.example');
    await other.getByLabel('パスワード').fill('another long passphrase');
    await other.getByRole('button', { name: 'アカウントを作成' }).click();
    await other.getByRole('heading', { name: 'ようこそ、Kenji Mori さん' }).waitFor();
    await expect.poll(() => other.getByTestId('org-name').textContent()).toBe(account.org);
    // A member sees the keys page read-only.
    await other.getByRole('link', { name: 'API キー', exact: true }).click();
    await other.getByText('API キーの管理はオーナーと管理者のみ可能です。').waitFor();

    // The owner makes the teammate an admin, then removes them.
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByRole('row', { name: /Kenji Mori/ }).waitFor();
    await page.getByLabel('Role for Kenji Mori').selectOption('admin');
    await page.getByText('Kenji Mori is now Admin.').waitFor();
    await shot(page, '31-members');
    await page.getByRole('row', { name: /Kenji Mori/ }).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog', { name: 'Remove Kenji Mori?' }).waitFor();
    await shot(page, '32-remove-member-dialog', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Kenji Mori was removed.').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Kenji Mori/ }).count()).toBe(0);

    // Rotate the key: a new secret, shown once; then revoke the old one.
    await page.getByRole('link', { name: 'API keys', exact: true }).click();
    const oldRow = page.getByTestId('api-keys').getByRole('row', { name: /ERP order sync/ });
    await oldRow.waitFor();
    await oldRow.getByRole('button', { name: 'Rotate' }).click();
    await page.getByRole('dialog').getByLabel('Overlap').selectOption('3600');
    await page.getByRole('dialog').getByRole('button', { name: 'Rotate' }).click();
    const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
    expect(secret).toMatch(/^xpk_/);
    await expect.poll(() => page.getByTestId('api-keys').getByRole('row', { name: /ERP order sync/ }).count()).toBe(2);
    const old = page.getByTestId('api-keys').getByRole('row', { name: /ERP order sync/ }).nth(1);
    await old.getByText(/Expires/).waitFor();
    await old.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('ERP order sync was revoked.').waitFor();
    await old.getByText('Revoked').waitFor();
    await shot(page, '33-keys-rotated');

    // A second organization, of another kind, then back to the first.
    await page.getByRole('button', { name: /Switch organization/ }).click();
    await page.getByRole('link', { name: 'Create organization' }).waitFor();
    await shot(page, '34-org-switcher', { fullPage: false });
    await page.getByRole('link', { name: 'Create organization' }).click();
    await page.getByLabel('Organization name').fill('Aiko Picks');
    await page.getByRole('radio', { name: /Creator/ }).check();
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByText('Aiko Picks is ready.').waitFor();
    await expect.poll(() => page.getByTestId('org-name').textContent()).toBe('Aiko Picks');
    for (const section of ['Offers', 'Links', 'Earnings']) await page.getByRole('heading', { name: section, exact: true }).waitFor();
    await shot(page, '35-home-creator');
    await page.getByRole('button', { name: /Switch organization/ }).click();
    await page.getByRole('button', { name: new RegExp(account.org) }).click();
    await expect.poll(() => page.getByTestId('org-name').textContent()).toBe(account.org);

    expect([...owner.outside, ...invitee.outside]).toEqual([]);
    await owner.context.close();
    await invitee.context.close();
  });

  test('the /docs API reference renders offline', async () => {
    const { context, outside } = await isolatedContext(chromium.browser, baseURL, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/docs');
    // The document loaded: its title, and an operation of the open first group.
    await page.getByRole('heading', { name: 'Xuanpin API' }).waitFor({ timeout: 30_000 });
    await page.getByText('Health check').first().waitFor();
    // Operations render as their group opens: the API keys group lists ours.
    await page.getByText('API keys', { exact: true }).first().click();
    await page.getByText('Create an API key').filter({ visible: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, '20-docs', { fullPage: false });
    expect(outside, `requests that left 127.0.0.1: ${outside.join(', ')}`).toEqual([]);
    await context.close();
  });
});
