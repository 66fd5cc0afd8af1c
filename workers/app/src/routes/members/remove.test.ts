import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { auditActions, membershipsOf } from '../auth/test-browser';
import { team } from './test-team';

describe('DELETE /v1/members/{id}', () => {
  it('removes a member, audits it, and their session loses the organization', async () => {
    const t = await team('member');
    const { membership, user } = t.members[0];
    const theirs = await t.browserOf(user.id);
    const res = await call('DELETE', `/v1/members/${membership.id}`, { key: t.key });
    expect(res.status, res.text).toBe(204);
    expect((await membershipsOf(t.org.id)).map((m) => m.id)).toEqual([t.membership.id]);
    expect(await auditActions(t.org.id)).toContain('member.removed');
    expect((await theirs.fetch('GET', '/v1/me')).status).toBe(403);
    expect((await theirs.open()).body.activeOrgId).toBeNull();
  });

  it('refuses to remove the last owner', async () => {
    const t = await team('owner');
    const owner = await t.browserOf(t.user.id);
    expect((await owner.fetch('DELETE', `/v1/members/${t.members[0].membership.id}`)).status).toBe(204);
    const res = await owner.fetch('DELETE', `/v1/members/${t.membership.id}`);
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.message).toContain('last owner');
    expect(await membershipsOf(t.org.id)).toHaveLength(1);
  });

  it('does not let an admin or a key remove an owner', async () => {
    const t = await team('admin');
    const asAdmin = await t.browserOf(t.members[0].user.id);
    expect((await asAdmin.fetch('DELETE', `/v1/members/${t.membership.id}`)).status).toBe(403);
    expect((await call('DELETE', `/v1/members/${t.membership.id}`, { key: t.key })).status).toBe(403);
    expect(await membershipsOf(t.org.id)).toHaveLength(2);
  });

  it('answers 404 for an unknown id', async () => {
    const t = await team();
    const res = await call('DELETE', '/v1/members/mem_00000000000000000000000000', { key: t.key });
    expect(res.status, res.text).toBe(404);
  });
});
