import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createOrg, createTenant } from '@xuanpin/db/test/factories';
import { overrideServices } from '../../middleware/init';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../services/sessions/policy';
import { db } from '../../../test/security';
import { Browser, sessionExists, signedInBrowser } from './test-browser';

afterEach(() => overrideServices(undefined));

const moveClock = (to: number) => overrideServices((s) => ({ ...s, clock: { now: () => to } }));

describe('GET /auth/session', () => {
  it('answers user null when signed out and hands out a readable, strict CSRF cookie', async () => {
    const browser = new Browser();
    const res = await browser.open();
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ user: null, organizations: [], activeOrgId: null });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.csrf).toBe(res.body.csrfToken);
    const cookie = res.setCookies.find((l) => l.startsWith('xp_csrf='))!;
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/HttpOnly/i);
    expect(res.headers.get('cache-control')).toBe('no-store');

    const again = await browser.open();
    expect(again.body.csrfToken, 'the token stays while the cookie lives').toBe(res.body.csrfToken);
    expect(again.setCookies).toEqual([]);
  });

  it('uses __Host- cookie names with Secure outside localhost', async () => {
    const browser = new Browser('https://app.example.test');
    const res = await browser.open();
    const cookie = res.setCookies.find((l) => l.startsWith('__Host-xp_csrf='));
    expect(cookie, res.setCookies.join('\n')).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('answers the user, their organizations with roles, and the active one', async () => {
    const t = await createTenant(db(), 'provider');
    const other = await createOrg(db(), { kind: 'merchant' });
    await addMember(db(), other.id, t.user.id, 'viewer');
    const browser = await signedInBrowser(t.user.id, other.id);
    const res = await browser.open();
    expect(res.status, res.text).toBe(200);
    expect(res.body.user).toEqual({ id: t.user.id, email: t.user.email, name: t.user.name, locale: 'en' });
    expect(res.body.organizations).toEqual([
      { id: t.org.id, name: t.org.name, slug: t.org.slug, kind: 'provider', role: 'owner' },
      { id: other.id, name: other.name, slug: other.slug, kind: 'merchant', role: 'viewer' },
    ]);
    expect(res.body.activeOrgId).toBe(other.id);
  });

  it('treats forged and unknown cookies as signed out and clears them', async () => {
    for (const token of ['forged', 'A'.repeat(43)]) {
      const browser = new Browser();
      browser.cookies.set('xp_session', token);
      const res = await browser.open();
      expect(res.status, res.text).toBe(200);
      expect(res.body.user).toBeNull();
      expect(res.setCookies.some((l) => /^xp_session=;.*Max-Age=0/i.test(l)), res.setCookies.join('\n')).toBe(true);
    }
  });

  it('expires a session idle for longer than the idle timeout, and deletes it', async () => {
    const t = await createTenant(db());
    const start = Date.now();
    const fresh = await signedInBrowser(t.user.id, t.org.id, { now: start });
    const browser = await signedInBrowser(t.user.id, t.org.id, { now: start });
    moveClock(start + SESSION_IDLE_MS - 60_000);
    expect((await fresh.open()).body.user?.id, 'still inside the idle window').toBe(t.user.id);
    moveClock(start + SESSION_IDLE_MS);
    expect((await browser.open()).body.user).toBeNull();
    expect(await sessionExists(browser.sessionId)).toBe(false);
  });

  it('expires a session at its absolute expiry even while it is in use', async () => {
    const t = await createTenant(db());
    const start = Date.now();
    const browser = await signedInBrowser(t.user.id, t.org.id, { now: start });
    // Seen every two days: never idle, yet the absolute lifetime still ends it.
    for (let at = start; at < start + SESSION_ABSOLUTE_MS; at += 2 * 24 * 3600 * 1000) {
      moveClock(at);
      expect((await browser.open()).body.user?.id, `at +${(at - start) / 3600000} h`).toBe(t.user.id);
    }
    moveClock(start + SESSION_ABSOLUTE_MS);
    expect((await browser.open()).body.user).toBeNull();
    expect(await sessionExists(browser.sessionId)).toBe(false);
  });

  it('reports no active organization after the user has left it', async () => {
    const t = await createTenant(db());
    const gone = await createOrg(db());
    const browser = await signedInBrowser(t.user.id, gone.id);
    const res = await browser.open();
    expect(res.body.user.id).toBe(t.user.id);
    expect(res.body.activeOrgId).toBeNull();
  });
});
