import { and, eq } from 'drizzle-orm';
import { invitations } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import { commit } from '../audit/commit';
import { auditInsert } from '../audit/record';

/** Revokes an invitation so its link stops working. Revoking twice is fine; an accepted one is a 409. */
export async function revokeInvitation({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const where = and(eq(invitations.id, input.id), eq(invitations.orgId, ctx.caller.orgId));
  const [inv] = await ctx.db.select().from(invitations).where(where).limit(1);
  if (!inv) throw notFound('Invitation');
  if (inv.acceptedAt !== null) throw new ApiError('conflict', 'This invitation was already accepted; remove the member instead.');
  if (inv.revokedAt !== null) return;
  await commit(ctx.db, [
    ctx.db.update(invitations).set({ revokedAt: ctx.now }).where(where),
    auditInsert(ctx, { orgId: ctx.caller.orgId, actorId: ctx.caller.actorId, action: 'invitation.revoked', targetId: inv.id, data: { email: inv.email } }),
  ]);
}
