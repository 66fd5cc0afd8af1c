import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { isId, isWellFormedApiKey, keyStart, sha256Hex, verifyPassword, SCOPES } from '@xuanpin/core';
import { apiKeys, memberships, organizations, sessions } from '../src/schema';
import { TEST_PASSWORD, createApiKey, createOrg, createSession, createTenant, createUser } from '../src/test/factories';
import { migratedDatabase } from './database';

/** The factories the Worker's tests use on D1 work on libSQL too, for Node-side tests. */
describe('test factories on libSQL', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    db = await migratedDatabase();
  });

  it('createTenant makes an organization, an owner and a full-scope key', async () => {
    const tenant = await createTenant(db, 'provider');
    expect(isId('organization', tenant.org.id)).toBe(true);
    expect(isId('user', tenant.user.id)).toBe(true);
    expect(isWellFormedApiKey(tenant.key)).toBe(true);
    const [org] = await db.select().from(organizations).where(eq(organizations.id, tenant.org.id));
    expect(org.kind).toBe('provider');
    const [member] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, tenant.org.id), eq(memberships.userId, tenant.user.id)));
    expect(member.role).toBe('owner');
    const [key] = await db.select().from(apiKeys).where(eq(apiKeys.hash, await sha256Hex(tenant.key)));
    expect(key.orgId).toBe(tenant.org.id);
    expect(key.start).toBe(keyStart(tenant.key));
    expect(key.scopes).toEqual([...SCOPES]);
  });

  it('createUser stores a lower-cased email and a verifiable password hash', async () => {
    const user = await createUser(db, { email: 'Mixed.Case@Example.TEST' });
    expect(user.email).toBe('mixed.case@example.test');
    expect(await verifyPassword(TEST_PASSWORD, user.passwordHash)).toBe(true);
  });

  it('createApiKey honours scopes, expiry and revocation', async () => {
    const org = await createOrg(db);
    const key = await createApiKey(db, org.id, { scopes: ['catalog:read'], expiresAt: 123, revokedAt: 456 });
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row).toMatchObject({ scopes: ['catalog:read'], expiresAt: 123, revokedAt: 456 });
  });

  it('createSession stores only the hash of the cookie token', async () => {
    const { org, user } = await createTenant(db);
    const session = await createSession(db, user.id, org.id);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(row.tokenHash).toBe(await sha256Hex(session.token));
    expect(row.activeOrgId).toBe(org.id);
    expect(JSON.stringify(row)).not.toContain(session.token);
  });
});
