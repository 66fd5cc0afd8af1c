import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '@xuanpin/db';
import { addMember, createTenant, createUser } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { auditActions, signedInBrowser } from '../auth/test-browser';

describe('PATCH /v1/organization', () => {
  it('renames the organization and changes its language, keeping the slug, and audits it', async () => {
    const t = await createTenant(db());
    const res = await call('PATCH', '/v1/organization', { key: t.key, body: { name: '和風堂', locale: 'ja' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: t.org.id, name: '和風堂', locale: 'ja', slug: t.org.slug });
    expect(await auditActions(t.org.id)).toContain('organization.updated');
  });

  it('accepts an empty patch and changes nothing', async () => {
    const t = await createTenant(db());
    const res = await call('PATCH', '/v1/organization', { key: t.key, body: {} });
    expect(res.status, res.text).toBe(200);
    expect(res.body.name).toBe(t.org.name);
    expect(await auditActions(t.org.id)).toEqual([]);
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const t = await createTenant(db());
    for (const [body, path] of [
      [{ locale: 'de' }, 'locale'],
      [{ name: '' }, 'name'],
      [{ slug: 'mine' }, 'slug'],
      [{ kind: 'platform' }, 'kind'],
    ] as const) {
      const res = await call('PATCH', '/v1/organization', { key: t.key, body });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    const [row] = await db().select().from(organizations).where(eq(organizations.id, t.org.id));
    expect(row).toMatchObject({ name: t.org.name, locale: 'en', kind: t.org.kind, updatedAt: t.org.updatedAt });
  });

  it('lets an admin session change it but not a member session', async () => {
    const t = await createTenant(db());
    const admin = await createUser(db());
    const member = await createUser(db());
    await addMember(db(), t.org.id, admin.id, 'admin');
    await addMember(db(), t.org.id, member.id, 'member');
    const asAdmin = await signedInBrowser(admin.id, t.org.id);
    expect((await asAdmin.fetch('PATCH', '/v1/organization', { name: 'By admin' })).status).toBe(200);
    const asMember = await signedInBrowser(member.id, t.org.id);
    const res = await asMember.fetch('PATCH', '/v1/organization', { name: 'By member' });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});
