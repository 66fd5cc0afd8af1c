import { and, eq } from 'drizzle-orm';
import { memberships, sessions } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { commit } from '../audit/commit';
import type { AuthContext } from '../sessions/context';
import { findPendingInvitation, joinWrites } from './join';

const ALREADY = 'You are already a member of this organization.';

/** A signed-in user accepts an invitation addressed to their email: they join, and the session switches to it. */
export async function acceptInvitation({ ctx, input }: { ctx: AuthContext; input: { token: string; sessionId: string; userId: string; email: string } }) {
  const inv = await findPendingInvitation(ctx, input.token, input.email);
  const [member] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, inv.orgId), eq(memberships.userId, input.userId)))
    .limit(1);
  if (member) throw new ApiError('conflict', ALREADY);
  await commit(
    ctx.db,
    [...joinWrites(ctx, inv, input.userId), ctx.db.update(sessions).set({ activeOrgId: inv.orgId }).where(eq(sessions.id, input.sessionId))],
    ALREADY,
  );
  return inv.orgId;
}
