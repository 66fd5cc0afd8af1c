import { and, eq } from 'drizzle-orm';
import { enrollments } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { findEnrollment } from './find';
import { enrollmentView } from './view';

/**
 * The activity's provider approves or rejects an application. Only an `applied` enrollment can be decided: the
 * UPDATE carries that condition, so of two concurrent decisions one wins and the other answers 409.
 */
export async function decideEnrollment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; decision: 'approved' | 'rejected'; reason?: string };
}) {
  const row = await findEnrollment(ctx, input.id, 'provider');
  const [decided] = await ctx.db
    .update(enrollments)
    .set({ status: input.decision, decisionReason: input.reason ?? null, decidedAt: ctx.now, updatedAt: ctx.now })
    .where(and(eq(enrollments.id, row.id), eq(enrollments.providerOrgId, ctx.caller.orgId), eq(enrollments.status, 'applied')))
    .returning();
  if (!decided) throw new ApiError('conflict', `Only an applied enrollment can be decided; this one is ${row.status === 'applied' ? 'already decided' : row.status}.`);
  return enrollmentView(ctx, row.id);
}
