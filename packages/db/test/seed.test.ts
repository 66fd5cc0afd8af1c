import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { isWellFormedApiKey, sha256Hex, verifyPassword } from '@xuanpin/core';
import { apiKeys, memberships, organizations, users } from '../src/schema';
import {
  seedDemo,
  demoApiKey,
  DEMO_MEMBERSHIPS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_KEY_SCOPES,
  type DemoSummary,
} from '../src/seed/index';
import { migratedDatabase, rowCounts } from './database';

describe('demo seed', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  let first: DemoSummary;
  let countsAfterFirst: Record<string, number>;

  beforeAll(async () => {
    db = await migratedDatabase();
    first = await seedDemo(db, 1_780_000_000_000);
    countsAfterFirst = await rowCounts(db);
  });

  it('creates the demo organizations, users and memberships', () => {
    expect(countsAfterFirst.organizations).toBe(DEMO_ORGANIZATIONS.length);
    expect(countsAfterFirst.users).toBe(DEMO_USERS.length);
    expect(countsAfterFirst.memberships).toBe(DEMO_MEMBERSHIPS.length);
    expect(DEMO_ORGANIZATIONS.filter((o) => o.kind === 'provider')).toHaveLength(3);
    expect(DEMO_ORGANIZATIONS.filter((o) => o.kind === 'merchant').length).toBeGreaterThanOrEqual(6);
    expect(DEMO_ORGANIZATIONS.filter((o) => o.kind === 'creator').length).toBeGreaterThanOrEqual(8);
  });

  it('adds nothing and fails nothing on a second run', async () => {
    const second = await seedDemo(db, 1_780_000_100_000);
    expect(await rowCounts(db)).toEqual(countsAfterFirst);
    expect(second).toEqual(first);
  });

  it('gives every organization exactly one owner', async () => {
    const owners = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.role, 'owner'));
    expect(owners).toHaveLength(DEMO_ORGANIZATIONS.length);
    expect(new Set(owners.map((o) => o.orgId)).size).toBe(DEMO_ORGANIZATIONS.length);
  });

  it('has a user in two organizations for the switcher, and members with every role', async () => {
    const [switcher] = await db.select().from(users).where(eq(users.email, 'switcher@demo.xuanpin.test'));
    const rows = await db.select().from(memberships).where(eq(memberships.userId, switcher.id));
    expect(rows).toHaveLength(2);
    const roles = new Set((await db.select({ role: memberships.role }).from(memberships)).map((r) => r.role));
    expect([...roles].sort()).toEqual(['admin', 'member', 'owner', 'viewer']);
  });

  it('lets the listed logins sign in with the demo password (100k-iteration hashes)', async () => {
    for (const login of first.logins) {
      const [user] = await db.select().from(users).where(eq(users.email, login.email));
      expect(user, login.email).toBeDefined();
      expect(user.passwordHash).toMatch(/^pbkdf2-sha256\$100000\$/);
      expect(login.password).toBe(DEMO_PASSWORD);
    }
    const [merchant] = await db.select().from(users).where(eq(users.email, 'merchant@demo.xuanpin.test'));
    expect(await verifyPassword(DEMO_PASSWORD, merchant.passwordHash)).toBe(true);
    expect(await verifyPassword('wrong password', merchant.passwordHash)).toBe(false);
  });

  it('prints one well-formed, read-only API key per kind, stored only as a hash', async () => {
    expect(first.apiKeys.map((k) => k.kind).sort()).toEqual(['creator', 'merchant', 'platform', 'provider']);
    for (const k of first.apiKeys) {
      expect(isWellFormedApiKey(k.key), k.key).toBe(true);
      expect(k.key).toBe(await demoApiKey(k.slug));
      const [row] = await db
        .select({ key: apiKeys, slug: organizations.slug })
        .from(apiKeys)
        .innerJoin(organizations, eq(organizations.id, apiKeys.orgId))
        .where(eq(apiKeys.hash, await sha256Hex(k.key)));
      expect(row.slug).toBe(k.slug);
      expect(row.key.scopes).toEqual(DEMO_KEY_SCOPES);
      expect(row.key.scopes.every((s) => s.endsWith(':read'))).toBe(true);
      expect(JSON.stringify(row.key)).not.toContain(k.key);
    }
  });
});
