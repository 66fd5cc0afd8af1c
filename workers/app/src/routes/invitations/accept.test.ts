import { describe, expect, it } from 'vitest';
import { createTenant, createUser } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { auditActions, Browser, createInvitation, membershipsOf, signedInBrowser, uniqueEmail } from '../auth/test-browser';
import { team } from '../members/test-team';

describe('POST /auth/invitations/accept', () => {
  it('end to end: invite by API, sign up elsewhere, accept, and act in the new organization', async () => {
    const provider = await team();
    const email = uniqueEmail('creator');
    const invite = await call('POST', '/v1/invitations', { key: provider.key, body: { email, role: 'member' } });
    expect(invite.status, invite.text).toBe(201);

    const browser = new Browser();
    await browser.open();
    const signUp = await browser.fetch('POST', '/auth/sign-up', { email, password: 'a long enough password', name: 'Mei', organization: { name: 'Mei Studio', kind: 'creator' } });
    expect(signUp.status, signUp.text).toBe(201);

    const token = new URL(invite.body.acceptUrl, 'http://x').searchParams.get('token');
    const res = await browser.fetch('POST', '/auth/invitations/accept', { token });
    expect(res.status, res.text).toBe(200);
    expect(res.body.activeOrgId).toBe(provider.org.id);
    expect(res.body.organizations.map((o: any) => [o.id, o.role])).toContainEqual([provider.org.id, 'member']);
    expect((await browser.fetch('GET', '/v1/me')).body.organization.id).toBe(provider.org.id);
    expect((await call('GET', '/v1/invitations', { key: provider.key })).body.data[0].status).toBe('accepted');
    expect(await auditActions(provider.org.id)).toEqual(expect.arrayContaining(['invitation.created', 'invitation.accepted']));

    const again = await browser.fetch('POST', '/auth/invitations/accept', { token });
    expect(again.status, 'a used token is gone').toBe(404);
  });

  it("answers 404 for someone else's, expired, revoked or unknown invitation, and writes nothing", async () => {
    const t = await createTenant(db());
    const user = await createUser(db());
    const browser = await signedInBrowser(user.id, null);
    const tokens = [
      (await createInvitation(t.org.id)).token,
      (await createInvitation(t.org.id, { email: user.email, expiresAt: Date.now() - 1 })).token,
      (await createInvitation(t.org.id, { email: user.email, revokedAt: Date.now() })).token,
      'A'.repeat(43),
    ];
    for (const token of tokens) {
      const res = await browser.fetch('POST', '/auth/invitations/accept', { token });
      expect(res.status, res.text).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
    expect(await membershipsOf(t.org.id)).toHaveLength(1);
  });

  it('answers 409 when already a member, 401 without a session, 403 without CSRF', async () => {
    const t = await createTenant(db());
    const inv = await createInvitation(t.org.id, { email: t.user.email });
    const owner = await signedInBrowser(t.user.id, t.org.id);
    expect((await owner.fetch('POST', '/auth/invitations/accept', { token: inv.token })).status).toBe(409);

    const anonymous = new Browser();
    await anonymous.open();
    expect((await anonymous.fetch('POST', '/auth/invitations/accept', { token: inv.token })).status).toBe(401);
    owner.sendCsrf = false;
    const res = await owner.fetch('POST', '/auth/invitations/accept', { token: inv.token });
    expect(res.body.error?.code, res.text).toBe('csrf_failed');
  });
});
