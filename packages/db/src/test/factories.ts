import { newId, hashPassword, generateApiKey, keyStart, sha256Hex, randomToken, type OrgKind, type Role, type Scope, SCOPES } from '@xuanpin/core';
import type { Database } from '../client';
import { organizations, users, memberships, apiKeys, sessions } from '../schema';

/**
 * Test factories: every test makes its own tenants instead of sharing seed ids.
 * Passwords use a low PBKDF2 work factor here only, to keep tests fast; production hashing is in core/crypto.
 */
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function createOrg(db: Database, opts: { kind?: OrgKind; name?: string; now?: number } = {}) {
  const now = opts.now ?? Date.now();
  const u = unique();
  const row = {
    id: newId('organization', now),
    name: opts.name ?? `Test org ${u}`,
    slug: `test-${u}`,
    kind: opts.kind ?? 'merchant',
    locale: 'en',
    createdAt: now,
    updatedAt: now,
  } as const;
  await db.insert(organizations).values(row);
  return row;
}

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createUser(db: Database, opts: { email?: string; name?: string; password?: string; now?: number } = {}) {
  const now = opts.now ?? Date.now();
  const u = unique();
  const row = {
    id: newId('user', now),
    email: (opts.email ?? `user-${u}@example.test`).toLowerCase(),
    name: opts.name ?? `Test user ${u}`,
    passwordHash: await hashPassword(opts.password ?? TEST_PASSWORD, 1_000),
    locale: 'en',
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(users).values(row);
  return row;
}

export async function addMember(db: Database, orgId: string, userId: string, role: Role = 'owner', now = Date.now()) {
  const row = { id: newId('membership', now), orgId, userId, role, createdAt: now };
  await db.insert(memberships).values(row);
  return row;
}

export async function createApiKey(
  db: Database,
  orgId: string,
  opts: { scopes?: readonly Scope[]; name?: string; now?: number; expiresAt?: number | null; revokedAt?: number | null } = {},
) {
  const now = opts.now ?? Date.now();
  const key = generateApiKey();
  const row = {
    id: newId('apiKey', now),
    orgId,
    name: opts.name ?? 'test key',
    hash: await sha256Hex(key),
    start: keyStart(key),
    scopes: [...(opts.scopes ?? SCOPES)],
    createdAt: now,
    expiresAt: opts.expiresAt ?? null,
    revokedAt: opts.revokedAt ?? null,
    lastUsedAt: null,
    createdBy: null,
    rotatedFrom: null,
  };
  await db.insert(apiKeys).values(row);
  return { ...row, key };
}

/** A signed-in web session for `userId` with `orgId` active; returns the cookie token. */
export async function createSession(db: Database, userId: string, orgId: string | null, opts: { now?: number; expiresAt?: number } = {}) {
  const now = opts.now ?? Date.now();
  const token = randomToken(32);
  const row = {
    id: newId('session', now),
    tokenHash: await sha256Hex(token),
    userId,
    activeOrgId: orgId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: opts.expiresAt ?? now + 14 * 24 * 3600 * 1000,
    userAgent: null,
  };
  await db.insert(sessions).values(row);
  return { ...row, token };
}

/** An organization of the given kind with an owner and a full-scope key: the usual starting point of a test. */
export async function createTenant(db: Database, kind: OrgKind = 'merchant', opts: { scopes?: readonly Scope[] } = {}) {
  const org = await createOrg(db, { kind });
  const user = await createUser(db);
  const membership = await addMember(db, org.id, user.id, 'owner');
  const apiKey = await createApiKey(db, org.id, { scopes: opts.scopes });
  return { org, user, membership, apiKey, key: apiKey.key };
}
