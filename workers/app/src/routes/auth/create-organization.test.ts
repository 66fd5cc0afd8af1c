import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { db } from '../../../test/security';
import { auditActions, Browser, signedInBrowser } from './test-browser';

describe('POST /auth/organizations', () => {
  it('creates an organization owned by the caller and switches to it', async () => {
    const t = await createTenant(db(), 'merchant');
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const res = await browser.fetch('POST', '/auth/organizations', { name: 'Second Brand', kind: 'provider' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.organizations).toHaveLength(2);
    const created = res.body.organizations.find((o: any) => o.id !== t.org.id);
    expect(created).toMatchObject({ name: 'Second Brand', kind: 'provider', role: 'owner' });
    expect(created.slug).toMatch(/^second-brand/);
    expect(res.body.activeOrgId).toBe(created.id);
    expect(await auditActions(created.id)).toEqual(['organization.created']);
  });

  it('rejects invalid input and writes nothing', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const name = `Not made ${Date.now()}`;
    for (const [body, path] of [
      [{ name, kind: 'platform' }, 'kind'],
      [{ name: '   ', kind: 'merchant' }, 'name'],
      [{ name, kind: 'merchant', slug: 'mine' }, 'slug'],
    ] as const) {
      const res = await browser.fetch('POST', '/auth/organizations', body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    expect(await db().select().from(organizations).where(eq(organizations.name, name))).toEqual([]);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const anonymous = new Browser();
    await anonymous.open();
    expect((await anonymous.fetch('POST', '/auth/organizations', { name: 'X', kind: 'merchant' })).status).toBe(401);

    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    browser.sendCsrf = false;
    const res = await browser.fetch('POST', '/auth/organizations', { name: 'X', kind: 'merchant' });
    expect(res.body.error?.code, res.text).toBe('csrf_failed');
  });
});
