import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sha256Hex } from '@xuanpin/core';
import { invitations } from '@xuanpin/db';
import { call, db } from '../../../test/security';
import { auditActions, uniqueEmail } from '../auth/test-browser';
import { team } from '../members/test-team';

const rowsFor = (orgId: string) => db().select().from(invitations).where(eq(invitations.orgId, orgId));

describe('POST /v1/invitations', () => {
  it('creates an invitation valid for 7 days; the token is shown once and only its hash kept', async () => {
    const t = await team();
    const email = uniqueEmail('invitee');
    const before = Date.now();
    const res = await call('POST', '/v1/invitations', { key: t.key, body: { email: email.toUpperCase(), role: 'member' } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ email, role: 'member' });
    expect(res.body.id).toMatch(/^inv_/);
    expect(res.body.expiresAt - res.body.createdAt).toBe(7 * 24 * 3600 * 1000);
    expect(res.body.createdAt).toBeGreaterThanOrEqual(before);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.acceptUrl).toBe(`/accept-invitation?token=${res.body.token}`);
    const [row] = await rowsFor(t.org.id);
    expect(row.tokenHash).toBe(await sha256Hex(res.body.token));
    expect(JSON.stringify(row)).not.toContain(res.body.token);
    expect(await auditActions(t.org.id)).toContain('invitation.created');
  });

  it('revokes the pending invitation when the same email is invited again', async () => {
    const t = await team();
    const email = uniqueEmail();
    const first = await call('POST', '/v1/invitations', { key: t.key, body: { email, role: 'viewer' } });
    const second = await call('POST', '/v1/invitations', { key: t.key, body: { email, role: 'member' } });
    expect(second.status, second.text).toBe(201);
    const rows = await rowsFor(t.org.id);
    expect(rows.find((r) => r.id === first.body.id)?.revokedAt).not.toBeNull();
    expect(rows.find((r) => r.id === second.body.id)?.revokedAt).toBeNull();
  });

  it('answers 409 when the email is already a member, and writes nothing', async () => {
    const t = await team('viewer');
    const res = await call('POST', '/v1/invitations', { key: t.key, body: { email: t.members[0].user.email.toUpperCase(), role: 'member' } });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', path: 'email' });
    expect(await rowsFor(t.org.id)).toEqual([]);
  });

  it('never invites above the caller: owner only by an owner', async () => {
    const t = await team('admin');
    const asAdmin = await t.browserOf(t.members[0].user.id);
    const res = await asAdmin.fetch('POST', '/v1/invitations', { email: uniqueEmail(), role: 'owner' });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.path).toBe('role');
    expect((await call('POST', '/v1/invitations', { key: t.key, body: { email: uniqueEmail(), role: 'owner' } })).status).toBe(403);
    expect((await asAdmin.fetch('POST', '/v1/invitations', { email: uniqueEmail(), role: 'admin' })).status).toBe(201);
    const asOwner = await t.browserOf(t.user.id);
    expect((await asOwner.fetch('POST', '/v1/invitations', { email: uniqueEmail(), role: 'owner' })).status).toBe(201);
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const t = await team();
    for (const [body, path] of [
      [{ email: 'nope', role: 'member' }, 'email'],
      [{ email: uniqueEmail(), role: 'king' }, 'role'],
      [{ email: uniqueEmail() }, 'role'],
      [{ email: uniqueEmail(), role: 'member', orgId: 'org_x' }, 'orgId'],
    ] as const) {
      const res = await call('POST', '/v1/invitations', { key: t.key, body });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    expect(await rowsFor(t.org.id)).toEqual([]);
  });
});
