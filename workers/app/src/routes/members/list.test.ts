import { describe, expect, it } from 'vitest';
import { addMember, createTenant, createUser } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

describe('GET /v1/members', () => {
  it('lists the members with their user, role and membership id, oldest first', async () => {
    const t = await createTenant(db(), 'provider', { scopes: ['members:read'] });
    const viewer = await createUser(db());
    const m = await addMember(db(), t.org.id, viewer.id, 'viewer', Date.now() + 1);
    const res = await call('GET', '/v1/members', { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      data: [
        { id: t.membership.id, userId: t.user.id, name: t.user.name, email: t.user.email, role: 'owner', createdAt: t.membership.createdAt },
        { id: m.id, userId: viewer.id, name: viewer.name, email: viewer.email, role: 'viewer', createdAt: m.createdAt },
      ],
      nextCursor: null,
    });
    expect(res.body.data[0].id).toMatch(/^mem_/);
  });

  it('pages with limit and cursor', async () => {
    const t = await createTenant(db());
    for (let i = 1; i <= 4; i++) await addMember(db(), t.org.id, (await createUser(db())).id, 'member', Date.now() + i);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call('GET', `/v1/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key: t.key });
      expect(res.status, res.text).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((m: any) => m.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort()).toEqual(seen);
  });

  it('rejects a bad limit or an unknown parameter', async () => {
    const t = await createTenant(db());
    for (const [q, path] of [['limit=0', 'limit'], ['limit=x', 'limit'], ['role=owner', 'role']]) {
      const res = await call('GET', `/v1/members?${q}`, { key: t.key });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
  });
});
