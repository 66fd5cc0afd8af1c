import { and, eq, isNull } from 'drizzle-orm';
import { newId, sha256Hex } from '@xuanpin/core';
import { invitations, memberships, type Invitation } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import type { Write } from '../audit/commit';
import { auditInsert } from '../audit/record';
import type { AuthContext } from '../sessions/context';
import { invitationStatus } from './status';

/**
 * The pending invitation behind a token, addressed to `email`. Unknown, expired, revoked, used and other people's
 * invitations all answer the same 404, so a token reveals nothing about the organization that issued it.
 */
export async function findPendingInvitation(ctx: AuthContext, token: string, email: string): Promise<Invitation> {
  const [inv] = await ctx.db.select().from(invitations).where(eq(invitations.tokenHash, await sha256Hex(token))).limit(1);
  if (!inv || invitationStatus(inv, ctx.now) !== 'pending' || inv.email !== email.toLowerCase()) {
    throw new ApiError('not_found', 'Invitation not found: it may have expired, been revoked or used, or be meant for another email.');
  }
  return inv;
}

/** The writes that make `userId` a member through `inv` and mark it accepted (the batch is the caller's). */
export function joinWrites(ctx: AuthContext, inv: Invitation, userId: string): Write[] {
  const membership = { id: newId('membership', ctx.now), orgId: inv.orgId, userId, role: inv.role, createdAt: ctx.now };
  return [
    ctx.db.insert(memberships).values(membership),
    ctx.db
      .update(invitations)
      .set({ acceptedAt: ctx.now, acceptedBy: userId })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt))),
    auditInsert(ctx, { orgId: inv.orgId, actorId: userId, action: 'invitation.accepted', targetId: inv.id, data: { role: inv.role, membershipId: membership.id } }),
  ];
}
