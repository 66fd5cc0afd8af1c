import { and, desc, eq, lt } from 'drizzle-orm';
import { enrollments, type EnrollmentStatus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { requireKind } from '../creators/kind';
import { partyCondition } from './find';
import { selectEnrollments, toEnrollments } from './view';

/** A merchant's applications, or the applications to a provider's activities; newest first. */
export async function listEnrollments({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { limit: number; cursor?: string; status?: EnrollmentStatus; activityId?: string };
}) {
  requireKind(ctx, 'merchant', 'provider');
  const rows = await selectEnrollments(
    ctx,
    and(
      partyCondition(ctx, ctx.caller.orgKind === 'merchant' ? 'merchant' : 'provider'),
      input.status ? eq(enrollments.status, input.status) : undefined,
      input.activityId ? eq(enrollments.activityId, input.activityId) : undefined,
      input.cursor ? lt(enrollments.id, input.cursor) : undefined,
    ),
  )
    .orderBy(desc(enrollments.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    data: await toEnrollments(ctx, page),
    nextCursor: rows.length > input.limit ? page[page.length - 1].enrollment.id : null,
  };
}
