import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { signedInBrowser } from '../auth/test-browser';

describe('GET /v1/organization', () => {
  it('answers the organization behind a key', async () => {
    const t = await createTenant(db(), 'provider', { scopes: ['organization:read'] });
    const res = await call('GET', '/v1/organization', { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ id: t.org.id, name: t.org.name, slug: t.org.slug, kind: 'provider', locale: 'en', createdAt: t.org.createdAt });
  });

  it('answers the active organization of a session, even for a viewer', async () => {
    const t = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const res = await browser.fetch('GET', '/v1/organization');
    expect(res.status, res.text).toBe(200);
    expect(res.body.id).toBe(t.org.id);
  });
});
