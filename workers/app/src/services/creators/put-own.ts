import { creatorProfiles } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { CreatorProfileInput } from '../../schemas/creator';
import { getOwnProfile } from './get-own';
import { requireKind } from './kind';
import { deriveTotals } from './totals';

/** Creates or replaces the calling creator's profile; totals are derived from the handles and stored. */
export async function putOwnProfile({ ctx, input }: { ctx: ServiceContext; input: CreatorProfileInput }) {
  requireKind(ctx, 'creator');
  const handles = input.handles.map((h) => ({ ...h }));
  const row = {
    displayName: input.displayName,
    bio: input.bio,
    avatarUrl: input.avatarUrl ?? null,
    handles,
    ...deriveTotals(handles),
    categories: input.categories,
    tags: input.tags,
    audience: input.audience ?? null,
    formats: input.formats,
    listed: input.listed,
    updatedAt: ctx.now,
  };
  await ctx.db
    .insert(creatorProfiles)
    .values({ orgId: ctx.caller.orgId, ...row })
    .onConflictDoUpdate({ target: creatorProfiles.orgId, set: row });
  return getOwnProfile({ ctx });
}
