import { and, asc, eq, gt } from 'drizzle-orm';
import { invitations } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { toPage } from '../members/page';
import { invitationStatus } from './status';

const columns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
};

/** The caller's invitations, oldest first, each with its status as of now. */
export async function listInvitations({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string } }) {
  const rows = await ctx.db
    .select(columns)
    .from(invitations)
    .where(and(eq(invitations.orgId, ctx.caller.orgId), input.cursor ? gt(invitations.id, input.cursor) : undefined))
    .orderBy(asc(invitations.id))
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit);
  return {
    data: page.data.map(({ acceptedAt, revokedAt, ...inv }) => ({ ...inv, status: invitationStatus({ acceptedAt, revokedAt, expiresAt: inv.expiresAt }, ctx.now) })),
    nextCursor: page.nextCursor,
  };
}
