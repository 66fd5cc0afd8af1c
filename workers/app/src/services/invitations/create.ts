import { and, eq, gt, isNull } from 'drizzle-orm';
import { newId, randomToken, sha256Hex, type Role } from '@xuanpin/core';
import { invitations, memberships, users } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { commit } from '../audit/commit';
import { auditInsert } from '../audit/record';
import { assertMayGrant } from '../members/rules';
import { INVITATION_TTL_MS } from './status';

/**
 * Invites an email to the caller's organization. The token is returned once (only its SHA-256 is kept); a new
 * invitation to the same email revokes the pending one, so only the latest link works.
 */
export async function createInvitation({ ctx, input }: { ctx: ServiceContext; input: { email: string; role: Role } }) {
  const { db, now, caller } = ctx;
  assertMayGrant(caller, input.role);
  const email = input.email.trim().toLowerCase();
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, caller.orgId), eq(users.email, email)))
    .limit(1);
  if (member) throw new ApiError('conflict', `${email} is already a member of this organization.`, { path: 'email' });

  const token = randomToken(32);
  const row = {
    id: newId('invitation', now),
    orgId: caller.orgId,
    email,
    role: input.role,
    tokenHash: await sha256Hex(token),
    invitedBy: caller.userId ?? null,
    createdAt: now,
    expiresAt: now + INVITATION_TTL_MS,
  };
  await commit(db, [
    db
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.orgId, caller.orgId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now))),
    db.insert(invitations).values(row),
    auditInsert(ctx, { orgId: caller.orgId, actorId: caller.actorId, action: 'invitation.created', targetId: row.id, data: { email, role: input.role } }),
  ]);
  return {
    id: row.id,
    email,
    role: row.role,
    createdAt: now,
    expiresAt: row.expiresAt,
    token,
    acceptUrl: `/accept-invitation?token=${encodeURIComponent(token)}`,
  };
}
