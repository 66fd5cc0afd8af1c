import { and, desc, eq, lt } from 'drizzle-orm';
import { activities, type ActivityStatus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { requireKind } from '../creators/kind';
import { loadTargets } from './rules';
import { toActivity } from './view';

/** The provider's own activities, newest first, paged by id. */
export async function listActivities({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string; status?: ActivityStatus } }) {
  requireKind(ctx, 'provider');
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.orgId, ctx.caller.orgId),
        input.status ? eq(activities.status, input.status) : undefined,
        input.cursor ? lt(activities.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(activities.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const targets = await loadTargets(ctx.db, page.map((r) => r.id));
  return {
    data: page.map((r) => toActivity(r, targets.get(r.id) ?? [])),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
