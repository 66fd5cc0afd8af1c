import { eq } from 'drizzle-orm';
import { newId, randomToken, sha256Hex } from '@xuanpin/core';
import { sessions } from '@xuanpin/db';
import type { AuthContext } from './context';
import { SESSION_ABSOLUTE_MS } from './policy';

export interface StartedSession {
  token: string;
  userId: string;
  activeOrgId: string | null;
  expiresAt: number;
}

/**
 * A fresh session: a new random token (256 bits) of which only the SHA-256 is stored. Returns the insert
 * unexecuted so that it joins the batch of the change that signs the user in.
 */
export async function newSession(ctx: AuthContext, input: { userId: string; activeOrgId: string | null; userAgent?: string }) {
  const token = randomToken(32);
  const row = {
    id: newId('session', ctx.now),
    tokenHash: await sha256Hex(token),
    userId: input.userId,
    activeOrgId: input.activeOrgId,
    createdAt: ctx.now,
    lastSeenAt: ctx.now,
    expiresAt: ctx.now + SESSION_ABSOLUTE_MS,
    userAgent: input.userAgent?.slice(0, 256) ?? null,
  };
  const started: StartedSession = { token, userId: row.userId, activeOrgId: row.activeOrgId, expiresAt: row.expiresAt };
  return { started, insert: ctx.db.insert(sessions).values(row) };
}

/**
 * The delete of the session behind a cookie token (sign-out, or rotation on sign-in); unknown tokens delete
 * nothing. Wrapped in an object: an async function returning the query itself would run it.
 */
export async function endSession(ctx: AuthContext, token: string) {
  return { write: ctx.db.delete(sessions).where(eq(sessions.tokenHash, await sha256Hex(token))) };
}
