import { afterEach, describe, expect, it } from 'vitest';
import { createTenant, TEST_PASSWORD } from '@xuanpin/db/test/factories';
import { overrideServices } from '../../middleware/init';
import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS } from '../../services/sessions/policy';
import { call, db } from '../../../test/security';
import { auditActions, Browser, sessionExists, signedInBrowser, uniqueEmail } from './test-browser';

afterEach(() => overrideServices(undefined));

async function signIn(email: string, password: string, browser = new Browser()) {
  if (!browser.csrf) await browser.open();
  return { browser, res: await browser.fetch('POST', '/auth/sign-in', { email, password }) };
}

describe('POST /auth/sign-in', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const t = await createTenant(db(), 'creator');
    const { browser, res } = await signIn(t.user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.status, res.text).toBe(200);
    expect(res.body.user.id).toBe(t.user.id);
    expect(res.body.activeOrgId).toBe(t.org.id);
    expect(res.body.organizations).toEqual([expect.objectContaining({ id: t.org.id, role: 'owner' })]);
    const cookie = res.setCookies.find((l) => l.startsWith('xp_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await auditActions(t.org.id)).toContain('user.signed_in');
    const me = await browser.fetch('GET', '/v1/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body.organization.id).toBe(t.org.id);
  });

  it('rotates the session and the CSRF token: the cookie held before no longer works', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const oldToken = browser.session!;
    const oldCsrf = browser.csrf!;
    const { res } = await signIn(t.user.email, TEST_PASSWORD, browser);
    expect(res.status, res.text).toBe(200);
    expect(browser.session).not.toBe(oldToken);
    expect(res.body.csrfToken).not.toBe(oldCsrf);
    expect(browser.csrf).toBe(res.body.csrfToken);
    expect(await sessionExists(browser.sessionId)).toBe(false);

    const stale = new Browser();
    stale.cookies.set('xp_session', oldToken);
    expect((await stale.open()).body.user).toBeNull();
    expect((await call('GET', '/v1/me', { headers: { cookie: `xp_session=${oldToken}` } })).status).toBe(401);
    expect((await browser.open()).body.user.id).toBe(t.user.id);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const t = await createTenant(db());
    const wrong = (await signIn(t.user.email, 'not the password')).res;
    const unknown = (await signIn(uniqueEmail(), TEST_PASSWORD)).res;
    expect(wrong.status, wrong.text).toBe(401);
    expect(unknown.status, unknown.text).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.setCookies.some((l) => l.includes('xp_session'))).toBe(false);
  });

  it(`answers 429 after ${MAX_FAILED_SIGN_INS} failures within the window, per email, until it slides by`, async () => {
    const t = await createTenant(db());
    const bystander = await createTenant(db());
    const start = Date.now();
    overrideServices((s) => ({ ...s, clock: { now: () => start } }));
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      expect((await signIn(t.user.email, `wrong ${i}`)).res.status).toBe(401);
    }
    const blocked = (await signIn(t.user.email, TEST_PASSWORD)).res;
    expect(blocked.status, blocked.text).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect((await signIn(bystander.user.email, TEST_PASSWORD)).res.status, 'other emails are not braked').toBe(200);

    overrideServices((s) => ({ ...s, clock: { now: () => start + SIGN_IN_WINDOW_MS + 1 } }));
    expect((await signIn(t.user.email, TEST_PASSWORD)).res.status).toBe(200);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const t = await createTenant(db());
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await signIn(t.user.email, 'wrong');
    expect((await signIn(t.user.email, TEST_PASSWORD)).res.status).toBe(200);
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await signIn(t.user.email, 'wrong');
    expect((await signIn(t.user.email, TEST_PASSWORD)).res.status).toBe(200);
  });

  it('answers 403 without the CSRF token, and 400 for a malformed body', async () => {
    const t = await createTenant(db());
    const browser = new Browser();
    await browser.open();
    browser.sendCsrf = false;
    const noCsrf = await browser.fetch('POST', '/auth/sign-in', { email: t.user.email, password: TEST_PASSWORD });
    expect(noCsrf.status, noCsrf.text).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf_failed');
    expect(noCsrf.setCookies.some((l) => l.includes('xp_session'))).toBe(false);

    const bad = (await signIn(t.user.email, '')).res;
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error.path).toBe('password');
  });

  it('refuses a cross-origin sign-in even with the token', async () => {
    const t = await createTenant(db());
    const browser = new Browser();
    await browser.open();
    const res = await browser.fetch('POST', '/auth/sign-in', { email: t.user.email, password: TEST_PASSWORD }, { origin: 'https://evil.example' });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});
