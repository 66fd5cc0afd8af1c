import { describe, expect, it } from 'vitest';
import { addMember, createOrg, createTenant } from '@xuanpin/db/test/factories';
import { db } from '../../../test/security';
import { Browser, signedInBrowser } from './test-browser';

describe('POST /auth/switch-org', () => {
  it('switches the active organization, which /v1 then acts on', async () => {
    const t = await createTenant(db(), 'provider');
    const other = await createOrg(db(), { kind: 'merchant' });
    await addMember(db(), other.id, t.user.id, 'member');
    const browser = await signedInBrowser(t.user.id, t.org.id);
    const res = await browser.fetch('POST', '/auth/switch-org', { orgId: other.id });
    expect(res.status, res.text).toBe(200);
    expect(res.body.activeOrgId).toBe(other.id);
    const me = await browser.fetch('GET', '/v1/me');
    expect(me.body.organization.id, me.text).toBe(other.id);
    expect(me.body.role).toBe('member');
  });

  it('answers 404 for an organization the user is not a member of, and stays put', async () => {
    const t = await createTenant(db());
    const stranger = await createTenant(db());
    const browser = await signedInBrowser(t.user.id, t.org.id);
    for (const orgId of [stranger.org.id, 'org_nope']) {
      const res = await browser.fetch('POST', '/auth/switch-org', { orgId });
      expect(res.status, res.text).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
    expect((await browser.open()).body.activeOrgId).toBe(t.org.id);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const t = await createTenant(db());
    const anonymous = new Browser();
    await anonymous.open();
    expect((await anonymous.fetch('POST', '/auth/switch-org', { orgId: t.org.id })).status).toBe(401);

    const browser = await signedInBrowser(t.user.id, null);
    browser.sendCsrf = false;
    const res = await browser.fetch('POST', '/auth/switch-org', { orgId: t.org.id });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});
