import { and, eq, inArray } from 'drizzle-orm';
import { enrollments } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { findEnrollment } from './find';
import { enrollmentView } from './view';
import { forgetLinks } from '../redirect/cache';

/** The merchant takes its product out of an activity, pending or approved; it may apply again later. */
export async function withdrawEnrollment({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const row = await findEnrollment(ctx, input.id, 'merchant');
  const [withdrawn] = await ctx.db
    .update(enrollments)
    .set({ status: 'withdrawn', updatedAt: ctx.now })
    .where(and(eq(enrollments.id, row.id), eq(enrollments.merchantOrgId, ctx.caller.orgId), inArray(enrollments.status, ['applied', 'approved'])))
    .returning();
  if (!withdrawn) throw new ApiError('conflict', `Only an applied or approved enrollment can be withdrawn; this one is ${row.status}.`);
  forgetLinks({ offerId: row.id }); // its promo links stop redirecting now, in this isolate (others: within the TTL)
  return enrollmentView(ctx, row.id);
}
