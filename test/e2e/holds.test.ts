/**
 * Fraud holds in Chromium: a creator buying through its own link (the buyer's e-mail is the creator's) has its
 * commission held; the creator's Earnings page shows it held, not pending; the platform operator reviews it on the
 * Fraud holds page and releases it with a reason (a too-short reason is refused at the field first); the creator's
 * commission is then pending again. The platform organization is made by the operator, not by sign-up, so this file
 * runs its own Worker whose database it can reach to make a member of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isolatedContext, launchChromium, ROOT, SCREENSHOTS, startWorker, type Browser, type RunningWorker } from './harness';
import { ok, sellingSetup, signUpApi, USER_AGENT } from './money-seed';
import { account, shot } from './supply-helpers';

let browser: Browser;
let worker: RunningWorker;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, worker] = await Promise.all([launchChromium(), startWorker()]);
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

/** SQL straight into the Worker's local D1 (what the operator's tooling does for the platform organization). */
function sql(command: string) {
  const env = { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
  const args = ['pnpm', 'exec', 'wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', worker.persistDir, '--command', command];
  const result = spawnSync('corepack', args, { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, `${command}\n${result.stdout}\n${result.stderr}`).toBe(0);
}

const desktop = { viewport: { width: 1280, height: 800 }, locale: 'en-US', userAgent: USER_AGENT };

describe('fraud holds', () => {
  test('a self-purchase is held until the platform releases it with a reason', { timeout: 300_000 }, async () => {
    const baseURL = worker.url;
    const s = await sellingSetup(baseURL);
    const order = await ok(s.merchant.ctx, 'POST', '/v1/orders', {
      externalId: 'ORD-3001',
      clickId: s.clickId,
      currency: 'CNY',
      placedAt: Date.now(),
      buyer: s.creator.account.email,
      lines: [{ sku: 'HB-L', quantity: 1, unitPrice: 19_800 }],
    });
    expect(order).toMatchObject({ attribution: 'attributed', holdReason: 'self_purchase' });
    const errors: string[] = [];

    // ---------- The creator: the commission is held, nothing pending ----------
    const c = await isolatedContext(browser, baseURL, { ...desktop, storageState: await s.creator.ctx.storageState() });
    const creator = await c.context.newPage();
    creator.on('pageerror', (err) => errors.push(err.message));
    const figure = (name: string) => creator.getByTestId('earnings-CNY').getByTestId(`earnings-${name}`).getAttribute('data-amount');
    await creator.goto('/earnings');
    await creator.getByTestId('earnings-CNY').waitFor();
    const held = Number(await figure('held'));
    expect(held).toBeGreaterThan(0);
    expect(await figure('pending')).toBe('0');
    await creator.getByRole('button', { name: 'Held', exact: true }).click();
    await creator.getByTestId('commission-row').first().getByText('Held: Self-purchase suspected').waitFor();
    await shot(creator, '80-earnings-held');

    // ---------- The operator, a member of the platform organization ----------
    const operator = await signUpApi(baseURL, account('Creator', 'Ops Reviewer', 'Ops sandbox'));
    const session = await ok(operator.ctx, 'GET', '/auth/session');
    sql(`INSERT INTO memberships (id, org_id, user_id, role, created_at) SELECT 'mem_e2e_platform_ops', id, '${session.user.id}', 'owner', 0 FROM organizations WHERE kind = 'platform' LIMIT 1`);
    const platform = (await ok(operator.ctx, 'GET', '/auth/session')).organizations.find((o: { kind: string }) => o.kind === 'platform');
    expect(platform, 'the operator is a member of the platform organization').toBeTruthy();
    await ok(operator.ctx, 'POST', '/auth/switch-org', { orgId: platform.id });

    const o = await isolatedContext(browser, baseURL, { ...desktop, storageState: await operator.ctx.storageState() });
    const page = await o.context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto('/');
    await page.locator('#sidebar nav').getByRole('link', { name: 'Fraud holds', exact: true }).click();
    await page.getByRole('heading', { name: 'Fraud holds', level: 1 }).waitFor();
    const row = page.getByTestId('hold-row').filter({ hasText: 'ORD-3001' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Self-purchase suspected');
    expect(await row.textContent()).toContain('Kobayashi Craft Works');
    expect(Number(await row.getByTestId('held-amount').getAttribute('data-amount'))).toBeGreaterThanOrEqual(held);
    await page.getByRole('button', { name: 'Many orders from one buyer' }).click();
    await page.getByText('No order is on hold.').waitFor();
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await row.waitFor();
    await shot(page, '81-holds');

    // ---------- Release, with a reason (kept in the audit log) ----------
    await row.getByRole('button', { name: 'Release' }).click();
    const dialog = page.getByRole('dialog', { name: 'Release the hold on ORD-3001?' });
    await dialog.getByRole('button', { name: 'Release' }).click();
    await dialog.getByText('Required.').waitFor();
    await dialog.getByLabel(/^Why release it/).fill('ok');
    await dialog.getByRole('button', { name: 'Release' }).click();
    await dialog.getByText('Use at least 3 characters.').waitFor();
    await dialog.getByLabel(/^Why release it/).fill('Creator bought a sample for a review video; confirmed with the merchant.');
    await shot(page, '82-release-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Release' }).click();
    await page.getByText('Hold on ORD-3001 released.').waitFor();
    await page.getByText('No order is on hold.').waitFor();

    // ---------- The creator: pending again, nothing held ----------
    await expect
      .poll(async () => {
        await creator.goto('/earnings');
        await creator.getByTestId('earnings-CNY').waitFor();
        return [await figure('pending'), await figure('held')];
      })
      .toEqual([String(held), '0']);
    await shot(creator, '83-earnings-released');

    expect(errors).toEqual([]);
    for (const x of [c, o]) {
      expect(x.outside).toEqual([]);
      await x.context.close();
    }
    await Promise.all([s.dispose(), operator.ctx.dispose()]);
  });
});
