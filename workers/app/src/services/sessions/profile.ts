import { and, eq } from 'drizzle-orm';
import { memberships, sessions, users } from '@xuanpin/db';
import { notFound } from '../../lib/errors';
import type { AuthContext } from './context';

/** Changes the signed-in user's own name or language. */
export async function updateProfile({ ctx, input }: { ctx: AuthContext; input: { userId: string; name?: string; locale?: string } }) {
  const patch = {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(patch).length === 0) return;
  await ctx.db.update(users).set({ ...patch, updatedAt: ctx.now }).where(eq(users.id, input.userId));
}

/** Makes `orgId` the session's active organization; 404 unless the user is a member of it. */
export async function switchOrganization({ ctx, input }: { ctx: AuthContext; input: { sessionId: string; userId: string; orgId: string } }) {
  const [m] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, input.userId), eq(memberships.orgId, input.orgId)))
    .limit(1);
  if (!m) throw notFound('Organization');
  await ctx.db.update(sessions).set({ activeOrgId: input.orgId }).where(eq(sessions.id, input.sessionId));
}
