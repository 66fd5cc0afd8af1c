import { and, asc, eq, gt } from 'drizzle-orm';
import { memberships, users } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { toPage } from './page';

export const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  name: users.name,
  email: users.email,
  role: memberships.role,
  createdAt: memberships.createdAt,
};

/** The caller's members, oldest first (ids sort by creation time, so the last id is the cursor). */
export async function listMembers({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string } }) {
  const rows = await ctx.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.caller.orgId), input.cursor ? gt(memberships.id, input.cursor) : undefined))
    .orderBy(asc(memberships.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit);
}

/** One member of the caller's organization, or undefined (another organization's id looks the same as none). */
export async function findMember(ctx: ServiceContext, id: string) {
  const [m] = await ctx.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, id), eq(memberships.orgId, ctx.caller.orgId)))
    .limit(1);
  return m;
}
