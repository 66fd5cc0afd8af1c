import { eq } from 'drizzle-orm';
import { creatorProfiles } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { requireKind } from './kind';
import { ownView, profileColumns } from './view';

/** The calling creator organization's own profile; 404 until it has saved one. */
export async function getOwnProfile({ ctx }: { ctx: ServiceContext }) {
  requireKind(ctx, 'creator');
  const [row] = await ctx.db.select(profileColumns(ctx.now)).from(creatorProfiles).where(eq(creatorProfiles.orgId, ctx.caller.orgId));
  if (!row) throw notFound('Creator profile');
  return ownView(row);
}
