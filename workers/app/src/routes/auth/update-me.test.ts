import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { db } from '../../../test/security';
import { Browser, signedInBrowser } from './test-browser';

describe('PATCH /auth/me', () => {
  it('changes the name and language', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const res = await browser.fetch('PATCH', '/auth/me', { name: '王小明', locale: 'zh-CN' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.user).toMatchObject({ id: t.user.id, name: '王小明', locale: 'zh-CN' });
    expect(res.body.activeOrgId).toBe(t.org.id);
    const only = await browser.fetch('PATCH', '/auth/me', { locale: 'ja' });
    expect(only.body.user).toMatchObject({ name: '王小明', locale: 'ja' });
  });

  it('rejects an unknown locale, blank name or unknown field and writes nothing', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    for (const [body, path] of [
      [{ locale: 'fr' }, 'locale'],
      [{ name: '' }, 'name'],
      [{ email: 'new@example.test' }, 'email'],
    ] as const) {
      const res = await browser.fetch('PATCH', '/auth/me', body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    const [row] = await db().select().from(users).where(eq(users.id, t.user.id));
    expect(row).toMatchObject({ name: t.user.name, email: t.user.email, locale: 'en', updatedAt: t.user.updatedAt });
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const anonymous = new Browser();
    await anonymous.open();
    expect((await anonymous.fetch('PATCH', '/auth/me', { name: 'X' })).status).toBe(401);
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    browser.sendCsrf = false;
    expect((await browser.fetch('PATCH', '/auth/me', { name: 'X' })).body.error.code).toBe('csrf_failed');
  });
});
