import { and, count, eq, gt, lte } from 'drizzle-orm';
import { sha256Hex, verifyPassword } from '@xuanpin/core';
import { signInAttempts, users } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { auditInsert } from '../audit/record';
import { commit, type Write } from '../audit/commit';
import type { AuthContext } from './context';
import { endSession, newSession } from './create';
import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS } from './policy';
import { firstOrganizationOf } from './state';

/** Verified against when the email is unknown, so that both failures cost the same PBKDF2 time. */
const DUMMY_HASH = 'pbkdf2-sha256$100000$LLldlSJe_tMYxKhIDOf88Q$tUy5vMooO6VkTnqfkVIvdMwzc_duaxaZ7QRvLMknm1Q';

const WRONG = 'Wrong email or password.';

/**
 * Checks the password and starts a fresh session, deleting the one the browser came with (session rotation:
 * a token planted before sign-in never becomes a signed-in token). Failed attempts are counted per email.
 */
export async function signIn({ ctx, input }: { ctx: AuthContext; input: { email: string; password: string; previousToken?: string; userAgent?: string } }) {
  const { db, now } = ctx;
  const email = input.email.trim().toLowerCase();
  const emailHash = await sha256Hex(email);
  const since = now - SIGN_IN_WINDOW_MS;
  const [{ failures }] = await db
    .select({ failures: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.emailHash, emailHash), gt(signInAttempts.createdAt, since)));
  if (failures >= MAX_FAILED_SIGN_INS) {
    throw new ApiError('rate_limited', 'Too many failed sign-ins for this email; wait 15 minutes and try again.');
  }

  const [user] = await db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    // Old attempts of every email are pruned here, so the table stays the size of one window.
    await commit(db, [
      db.insert(signInAttempts).values({ emailHash, createdAt: now }),
      db.delete(signInAttempts).where(lte(signInAttempts.createdAt, since)),
    ]);
    throw new ApiError('unauthorized', WRONG);
  }

  const activeOrgId = await firstOrganizationOf(db, user.id);
  const session = await newSession(ctx, { userId: user.id, activeOrgId, userAgent: input.userAgent });
  const writes: Write[] = [session.insert, db.delete(signInAttempts).where(eq(signInAttempts.emailHash, emailHash))];
  if (input.previousToken) writes.unshift((await endSession(ctx, input.previousToken)).write);
  if (activeOrgId) writes.push(auditInsert(ctx, { orgId: activeOrgId, actorId: user.id, action: 'user.signed_in', targetId: user.id }));
  await commit(db, writes);
  return session.started;
}
