import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { createInvitation } from '../auth/test-browser';
import { team } from '../members/test-team';

describe('GET /v1/invitations', () => {
  it('lists invitations with their status, never their token', async () => {
    const t = await team();
    const now = Date.now();
    const pending = await createInvitation(t.org.id, { now: now - 4, role: 'admin' });
    const accepted = await createInvitation(t.org.id, { now: now - 3, acceptedAt: now });
    const revoked = await createInvitation(t.org.id, { now: now - 2, revokedAt: now });
    const expired = await createInvitation(t.org.id, { now: now - 1, expiresAt: now - 1 });
    const res = await call('GET', '/v1/invitations', { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.map((i: any) => [i.id, i.status])).toEqual([
      [pending.id, 'pending'],
      [accepted.id, 'accepted'],
      [revoked.id, 'revoked'],
      [expired.id, 'expired'],
    ]);
    expect(res.body.data[0]).toEqual({
      id: pending.id,
      email: pending.email,
      role: 'admin',
      createdAt: pending.createdAt,
      expiresAt: pending.expiresAt,
      status: 'pending',
    });
    expect(res.text).not.toContain(pending.token);
    expect(res.text).not.toContain(pending.tokenHash);
    expect(res.body.nextCursor).toBeNull();
  });

  it('pages with limit and cursor', async () => {
    const t = await team();
    for (let i = 0; i < 3; i++) await createInvitation(t.org.id, { now: Date.now() + i });
    const first = await call('GET', '/v1/invitations?limit=2', { key: t.key });
    expect(first.body.data).toHaveLength(2);
    const second = await call('GET', `/v1/invitations?limit=2&cursor=${first.body.nextCursor}`, { key: t.key });
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });
});
