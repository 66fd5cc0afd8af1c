import { eq } from 'drizzle-orm';
import { sha256Hex, isScope, type OrgKind, type Scope } from '@xuanpin/core';
import { apiKeys, organizations, type Database } from '@xuanpin/db';

/** `last_used_at` is written at most once a minute per key. */
export const LAST_USED_DEBOUNCE_MS = 60_000;

export interface VerifiedKey {
  keyId: string;
  orgId: string;
  orgKind: OrgKind;
  scopes: Scope[];
  /** Present when the last-used time is due to be written. */
  touch?: () => Promise<unknown>;
}

/** Finds a live key by the hash of its secret; revoked and expired keys answer null. */
export async function verifyApiKey(db: Database, key: string, now: number): Promise<VerifiedKey | null> {
  const hash = await sha256Hex(key);
  const [row] = await db
    .select({ key: apiKeys, orgKind: organizations.kind })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.orgId))
    .where(eq(apiKeys.hash, hash))
    .limit(1);
  if (!row) return null;
  const { key: k } = row;
  if (k.revokedAt !== null || (k.expiresAt !== null && k.expiresAt <= now)) return null;
  const touch =
    k.lastUsedAt === null || now - k.lastUsedAt >= LAST_USED_DEBOUNCE_MS
      ? async () => db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, k.id))
      : undefined;
  return { keyId: k.id, orgId: k.orgId, orgKind: row.orgKind, scopes: k.scopes.filter(isScope), touch };
}
