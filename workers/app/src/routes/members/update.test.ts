import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { auditActions, membershipsOf } from '../auth/test-browser';
import { team } from './test-team';

const roleOf = async (orgId: string, id: string) => (await membershipsOf(orgId)).find((m) => m.id === id)?.role;

describe('PATCH /v1/members/{id}', () => {
  it("changes a member's role and audits it", async () => {
    const t = await team('member');
    const { membership, user } = t.members[0];
    const res = await call('PATCH', `/v1/members/${membership.id}`, { key: t.key, body: { role: 'admin' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: membership.id, userId: user.id, role: 'admin' });
    expect(await roleOf(t.org.id, membership.id)).toBe('admin');
    expect(await auditActions(t.org.id)).toContain('member.role_changed');
  });

  it('never leaves the organization without an owner', async () => {
    const t = await team('owner');
    const owner = await t.browserOf(t.user.id);
    const second = t.members[0].membership;
    expect((await owner.fetch('PATCH', `/v1/members/${second.id}`, { role: 'admin' })).status).toBe(200);
    const res = await owner.fetch('PATCH', `/v1/members/${t.membership.id}`, { role: 'admin' });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.message).toContain('last owner');
    expect(res.body.error.message).toContain(t.org.name);
    expect(await roleOf(t.org.id, t.membership.id)).toBe('owner');
  });

  it('lets only owners grant owner, and nobody touch someone above them', async () => {
    const t = await team('admin', 'member');
    const [admin, member] = t.members;
    const asAdmin = await t.browserOf(admin.user.id);
    const grant = await asAdmin.fetch('PATCH', `/v1/members/${member.membership.id}`, { role: 'owner' });
    expect(grant.status, grant.text).toBe(403);
    expect(grant.body.error).toMatchObject({ code: 'forbidden', path: 'role' });
    const demote = await asAdmin.fetch('PATCH', `/v1/members/${t.membership.id}`, { role: 'viewer' });
    expect(demote.status, demote.text).toBe(403);
    expect((await asAdmin.fetch('PATCH', `/v1/members/${member.membership.id}`, { role: 'admin' })).status).toBe(200);

    const byKey = await call('PATCH', `/v1/members/${member.membership.id}`, { key: t.key, body: { role: 'owner' } });
    expect(byKey.status, 'an API key ranks as an admin').toBe(403);
    const asOwner = await t.browserOf(t.user.id);
    expect((await asOwner.fetch('PATCH', `/v1/members/${member.membership.id}`, { role: 'owner' })).status).toBe(200);
    expect(await roleOf(t.org.id, member.membership.id)).toBe('owner');
  });

  it('answers 404 for an unknown id and 400 for an unknown role', async () => {
    const t = await team('member');
    const unknown = await call('PATCH', '/v1/members/mem_00000000000000000000000000', { key: t.key, body: { role: 'viewer' } });
    expect(unknown.status, unknown.text).toBe(404);
    const bad = await call('PATCH', `/v1/members/${t.members[0].membership.id}`, { key: t.key, body: { role: 'king' } });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error.path).toBe('role');
    expect(await roleOf(t.org.id, t.members[0].membership.id)).toBe('member');
  });
});
