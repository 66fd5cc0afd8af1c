import { and, eq } from 'drizzle-orm';
import { sha256Hex } from '@xuanpin/core';
import { sessions, memberships, organizations, users, type Database } from '@xuanpin/db';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './policy';

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  userName: string;
  email: string;
  locale: string;
  activeOrg: { id: string; kind: 'merchant' | 'provider' | 'creator' | 'platform'; role: 'owner' | 'admin' | 'member' | 'viewer' } | null;
  /** A promise that records the session as seen, when it is due (debounced). */
  touch?: () => Promise<unknown>;
}

/**
 * Looks up the session behind a cookie token. Expired (idle or absolute) sessions are deleted and answer null.
 * The active organization is returned only while the user is still a member of it.
 */
export async function resolveSession(db: Database, token: string, now: number): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = await sha256Hex(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const { session, user } = row;
  if (session.expiresAt <= now || session.lastSeenAt + SESSION_IDLE_MS <= now) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return null;
  }
  let activeOrg: ResolvedSession['activeOrg'] = null;
  if (session.activeOrgId) {
    const [m] = await db
      .select({ id: organizations.id, kind: organizations.kind, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, user.id), eq(memberships.orgId, session.activeOrgId)))
      .limit(1);
    activeOrg = m ?? null;
  }
  const touch =
    now - session.lastSeenAt >= SESSION_TOUCH_MS
      ? async () => db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id))
      : undefined;
  return {
    sessionId: session.id,
    userId: user.id,
    userName: user.name,
    email: user.email,
    locale: user.locale,
    activeOrg,
    touch,
  };
}
