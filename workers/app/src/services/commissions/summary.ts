import { eq, sql, type SQL } from 'drizzle-orm';
import { commissionLines } from '@xuanpin/db';
import type { ServiceContext } from '../../env';

const sum = (condition: SQL, value: SQL = sql`${commissionLines.amount}`) =>
  sql<number>`coalesce(sum(case when ${condition} then ${value} else 0 end), 0)`;

const unheld = sql`${commissionLines.holdReason} is null`;

/**
 * The caller's commission per currency and state. A held line (fraud rule) counts as held, not pending or locked;
 * `reversed` is everything refunds and cancellations took back: what live lines lost since the order, plus clawbacks.
 */
export async function commissionSummary({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select({
      currency: commissionLines.currency,
      pending: sum(sql`${commissionLines.status} = 'pending' and ${unheld}`),
      held: sum(sql`${commissionLines.status} in ('pending', 'locked') and ${commissionLines.holdReason} is not null`),
      locked: sum(sql`${commissionLines.status} = 'locked' and ${unheld}`),
      payable: sum(sql`${commissionLines.status} = 'payable'`),
      inPayout: sum(sql`${commissionLines.status} = 'in_payout'`),
      paid: sum(sql`${commissionLines.status} = 'paid'`),
      reversed: sum(
        sql`1`,
        sql`case when ${commissionLines.clawbackOf} is null then ${commissionLines.original} - ${commissionLines.amount} else 0 - ${commissionLines.amount} end`,
      ),
    })
    .from(commissionLines)
    .where(eq(commissionLines.orgId, ctx.caller.orgId))
    .groupBy(commissionLines.currency)
    .orderBy(commissionLines.currency);
  return { data: rows.map((r) => ({ ...r, pending: Number(r.pending), held: Number(r.held), locked: Number(r.locked), payable: Number(r.payable), inPayout: Number(r.inPayout), paid: Number(r.paid), reversed: Number(r.reversed) })) };
}
