import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { Browser, sessionExists, signedInBrowser } from './test-browser';

describe('POST /auth/sign-out', () => {
  it('deletes the session row and clears the cookie', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const token = browser.session!;
    const res = await browser.fetch('POST', '/auth/sign-out');
    expect(res.status, res.text).toBe(204);
    expect(res.setCookies.some((l) => /^xp_session=;.*Max-Age=0/i.test(l)), res.setCookies.join('\n')).toBe(true);
    expect(browser.session).toBeUndefined();
    expect(await sessionExists(browser.sessionId)).toBe(false);
    expect((await browser.open()).body.user).toBeNull();
    // A copy of the cookie kept elsewhere is worthless too.
    expect((await call('GET', '/v1/me', { headers: { cookie: `xp_session=${token}` } })).status).toBe(401);
  });

  it('answers 204 when already signed out', async () => {
    const browser = new Browser();
    await browser.open();
    expect((await browser.fetch('POST', '/auth/sign-out')).status).toBe(204);
  });

  it('answers 403 without the CSRF token and keeps the session', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    browser.sendCsrf = false;
    const res = await browser.fetch('POST', '/auth/sign-out');
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect(await sessionExists(browser.sessionId)).toBe(true);
  });
});
