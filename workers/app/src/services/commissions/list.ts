import { and, desc, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { commissionLines } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { CommissionLineView, CommissionListInput } from '../../schemas/order';
import { selectCommissions, toCommission } from './view';

/** The caller's own commission lines (what it earns, or — clawbacks — gives back), newest first, by cursor. */
export async function listCommissions({ ctx, input }: { ctx: ServiceContext; input: CommissionListInput }): Promise<{ data: CommissionLineView[]; nextCursor: string | null }> {
  const rows = await selectCommissions(
    ctx.db,
    and(
      eq(commissionLines.orgId, ctx.caller.orgId),
      input.status ? eq(commissionLines.status, input.status) : undefined,
      input.held === 'true' ? isNotNull(commissionLines.holdReason) : input.held === 'false' ? isNull(commissionLines.holdReason) : undefined,
      input.currency ? eq(commissionLines.currency, input.currency) : undefined,
      input.orderId ? eq(commissionLines.orderId, input.orderId) : undefined,
      input.cursor ? lt(commissionLines.id, input.cursor) : undefined,
    ),
  )
    .orderBy(desc(commissionLines.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { data: page.map(toCommission), nextCursor: rows.length > input.limit ? page[page.length - 1].c.id : null };
}
