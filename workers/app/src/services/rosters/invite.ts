import { and, eq, inArray } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { organizations, rosterMembers } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { commit } from '../audit/commit';
import { requireKind } from '../creators/kind';
import { rosterView } from './view';

/**
 * A provider invites a creator to its roster. A creator who declined or was removed may be invited again: the
 * same row goes back to `invited` (one row per provider and creator).
 */
export async function inviteCreator({ ctx, input }: { ctx: ServiceContext; input: { creatorOrgId: string; note?: string } }) {
  requireKind(ctx, 'provider');
  const [creator] = await ctx.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, input.creatorOrgId), eq(organizations.kind, 'creator')))
    .limit(1);
  if (!creator) throw new ApiError('validation_failed', '`creatorOrgId`: no creator organization has this id.', { path: 'creatorOrgId' });
  const [existing] = await ctx.db
    .select()
    .from(rosterMembers)
    .where(and(eq(rosterMembers.providerOrgId, ctx.caller.orgId), eq(rosterMembers.creatorOrgId, creator.id)))
    .limit(1);
  const invited = { status: 'invited' as const, note: input.note || null, invitedAt: ctx.now, respondedAt: null, removedAt: null, updatedAt: ctx.now };
  if (!existing) {
    const id = newId('roster', ctx.now);
    await commit(
      ctx.db,
      [ctx.db.insert(rosterMembers).values({ id, providerOrgId: ctx.caller.orgId, creatorOrgId: creator.id, ...invited })],
      'This creator was just invited by another request.',
    );
    return rosterView(ctx, id);
  }
  const [reopened] = await ctx.db
    .update(rosterMembers)
    .set(invited)
    .where(and(eq(rosterMembers.id, existing.id), eq(rosterMembers.providerOrgId, ctx.caller.orgId), inArray(rosterMembers.status, ['declined', 'removed'])))
    .returning();
  if (!reopened) throw new ApiError('conflict', `This creator is already ${existing.status === 'active' ? 'on your roster' : 'invited'}.`, { path: 'creatorOrgId' });
  return rosterView(ctx, existing.id);
}
