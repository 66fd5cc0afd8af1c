import { and, eq } from 'drizzle-orm';
import { activities } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';

/** One activity of the caller's organization (a provider); 404 for anyone else's. */
export async function findOwnActivity(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), eq(activities.orgId, ctx.caller.orgId)))
    .limit(1);
  if (!row) throw notFound('Activity');
  return row;
}
