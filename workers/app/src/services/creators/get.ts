import { and, eq, exists, ne, or } from 'drizzle-orm';
import { creatorProfiles, rosterMembers, sampleRequests } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { requireKind } from './kind';
import { profileColumns, publicView } from './view';

/**
 * One creator as a provider or merchant sees it. Listed profiles are public; an unlisted one is visible only
 * through a relationship: a provider that has the creator on its roster (any status but removed), or a
 * merchant the creator has requested samples from. Anything else is 404.
 */
export async function getCreator({ ctx, input }: { ctx: ServiceContext; input: { orgId: string } }) {
  requireKind(ctx, 'provider', 'merchant');
  const me = ctx.caller.orgId;
  const isProvider = ctx.caller.orgKind === 'provider';
  const related = isProvider
    ? exists(
        ctx.db
          .select({ one: rosterMembers.id })
          .from(rosterMembers)
          .where(and(eq(rosterMembers.providerOrgId, me), eq(rosterMembers.creatorOrgId, creatorProfiles.orgId), ne(rosterMembers.status, 'removed'))),
      )
    : exists(
        ctx.db
          .select({ one: sampleRequests.id })
          .from(sampleRequests)
          .where(and(eq(sampleRequests.merchantOrgId, me), eq(sampleRequests.creatorOrgId, creatorProfiles.orgId))),
      );
  const [row] = await ctx.db
    .select({ ...profileColumns(ctx.now), onRoster: rosterMembers.status })
    .from(creatorProfiles)
    .leftJoin(rosterMembers, and(eq(rosterMembers.providerOrgId, me), eq(rosterMembers.creatorOrgId, creatorProfiles.orgId)))
    .where(and(eq(creatorProfiles.orgId, input.orgId), or(eq(creatorProfiles.listed, true), related)));
  if (!row) throw notFound('Creator');
  return { ...publicView(row), bio: row.bio, onRoster: isProvider ? (row.onRoster ?? null) : null };
}
