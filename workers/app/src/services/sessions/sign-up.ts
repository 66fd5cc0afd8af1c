import { eq } from 'drizzle-orm';
import { hashPassword, newId, type OrgKind } from '@xuanpin/core';
import { users } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { auditInsert } from '../audit/record';
import { commit, type Write } from '../audit/commit';
import { newOrganization } from '../organizations/create';
import { findPendingInvitation, joinWrites } from '../invitations/join';
import type { AuthContext } from './context';
import { endSession, newSession } from './create';

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  locale?: string;
  organization?: { name: string; kind: OrgKind };
  invitationToken?: string;
  /** The session cookie the browser came with, if any: replaced, so deleted. */
  previousToken?: string;
  userAgent?: string;
}

const TAKEN = 'An account with this email already exists; sign in instead.';

/**
 * Creates the user with either a new organization they own or the membership an invitation offers, and signs
 * them in. Every insert goes in one batch: a failure leaves no user without organization behind.
 */
export async function signUp({ ctx, input }: { ctx: AuthContext; input: SignUpInput }) {
  const { db, now } = ctx;
  if (!input.organization === !input.invitationToken) {
    throw new ApiError('validation_failed', 'Send exactly one of `organization` (to create one) or `invitationToken` (to join one).', {
      path: 'organization',
    });
  }
  const email = input.email.trim().toLowerCase();
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (taken) throw new ApiError('conflict', TAKEN, { path: 'email' });
  const invitation = input.invitationToken ? await findPendingInvitation(ctx, input.invitationToken, email) : undefined;

  const user = {
    id: newId('user', now),
    email,
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? 'en',
    createdAt: now,
    updatedAt: now,
  };
  const writes: Write[] = [db.insert(users).values(user)];
  let orgId: string;
  if (invitation) {
    orgId = invitation.orgId;
    writes.push(...joinWrites(ctx, invitation, user.id));
  } else {
    const created = await newOrganization(ctx, { ...input.organization!, locale: user.locale }, user.id);
    orgId = created.org.id;
    writes.push(...created.writes);
  }
  const session = await newSession(ctx, { userId: user.id, activeOrgId: orgId, userAgent: input.userAgent });
  if (input.previousToken) writes.push((await endSession(ctx, input.previousToken)).write);
  writes.push(session.insert, auditInsert(ctx, { orgId, actorId: user.id, action: 'user.signed_up', targetId: user.id }));
  // A unique violation here is a concurrent sign-up (same email or slug): a retry gets the precise answer.
  await commit(db, writes);
  return session.started;
}
