import { and, desc, eq, lt, not, type SQL } from 'drizzle-orm';
import { sampleRequests } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { SampleListInput } from '../../schemas/sample';
import { requireKind } from '../creators/kind';
import { visibleTo } from './parties';
import { selectSamples, toView } from './view';

/**
 * Sample requests the caller is party to, newest first: a creator's own, a merchant's for its products, a
 * provider's through its activities. `overdue=true` keeps delivered requests past their due time.
 */
export async function listSamples({ ctx, input }: { ctx: ServiceContext; input: SampleListInput }) {
  requireKind(ctx, 'creator', 'merchant', 'provider');
  const s = sampleRequests;
  const overdue: SQL = and(eq(s.status, 'delivered'), lt(s.contentDueAt, ctx.now))!;
  const rows = await selectSamples(ctx)
    .where(
      and(
        visibleTo(ctx.caller),
        input.status ? eq(s.status, input.status) : undefined,
        input.offerId ? eq(s.enrollmentId, input.offerId) : undefined,
        input.overdue === 'true' ? overdue : input.overdue === 'false' ? not(overdue) : undefined,
        input.cursor ? lt(s.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(s.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    data: page.map((r) => toView(r, ctx.caller, ctx.now)),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
