import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { auditActions, Browser, createInvitation, uniqueEmail } from '../auth/test-browser';
import { team } from '../members/test-team';

describe('DELETE /v1/invitations/{id}', () => {
  it('revokes an invitation so its link stops working; revoking again is harmless', async () => {
    const t = await team();
    const inv = await createInvitation(t.org.id);
    const res = await call('DELETE', `/v1/invitations/${inv.id}`, { key: t.key });
    expect(res.status, res.text).toBe(204);
    expect((await call('DELETE', `/v1/invitations/${inv.id}`, { key: t.key })).status).toBe(204);
    expect((await auditActions(t.org.id)).filter((a) => a === 'invitation.revoked')).toHaveLength(1);
    const list = await call('GET', '/v1/invitations', { key: t.key });
    expect(list.body.data[0].status).toBe('revoked');

    const browser = new Browser();
    await browser.open();
    const signUp = await browser.fetch('POST', '/auth/sign-up', { email: inv.email, password: 'long enough pw', name: 'X', invitationToken: inv.token });
    expect(signUp.status, signUp.text).toBe(404);
  });

  it('answers 409 for an accepted invitation and 404 for an unknown id', async () => {
    const t = await team();
    const accepted = await createInvitation(t.org.id, { email: uniqueEmail(), acceptedAt: Date.now() });
    const res = await call('DELETE', `/v1/invitations/${accepted.id}`, { key: t.key });
    expect(res.status, res.text).toBe(409);
    expect((await call('DELETE', '/v1/invitations/inv_00000000000000000000000000', { key: t.key })).status).toBe(404);
  });
});
