import { and, eq, inArray, ne } from 'drizzle-orm';
import { activities, enrollments } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { findOwnActivity } from './find';
import { loadTargets } from './rules';
import { toActivity } from './view';
import { forgetLinks } from '../redirect/cache';

/** Closes an activity for good: its pending and approved offers end with it, in the same batch. */
export async function closeActivity({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const row = await findOwnActivity(ctx, input.id);
  const [[closed]] = await ctx.db.batch([
    ctx.db
      .update(activities)
      .set({ status: 'closed', updatedAt: ctx.now })
      .where(and(eq(activities.id, row.id), eq(activities.orgId, ctx.caller.orgId), ne(activities.status, 'closed')))
      .returning(),
    ctx.db
      .update(enrollments)
      .set({ status: 'ended', updatedAt: ctx.now })
      .where(and(eq(enrollments.activityId, row.id), eq(enrollments.providerOrgId, ctx.caller.orgId), inArray(enrollments.status, ['applied', 'approved']))),
  ]);
  if (!closed) throw new ApiError('conflict', 'This activity is already closed.');
  forgetLinks({ activityId: row.id }); // its promo links stop redirecting now, in this isolate (others: within the TTL)
  const targets = await loadTargets(ctx.db, [row.id]);
  return toActivity(closed, targets.get(row.id) ?? []);
}
