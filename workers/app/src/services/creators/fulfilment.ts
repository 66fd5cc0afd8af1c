import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * A creator's sample fulfilment rate in basis points, as one SQL aggregate usable as a column next to any row
 * that carries the creator's org id: samples posted on time over delivered samples whose outcome is known
 * (posted, or past their content due date). Samples still inside their window are left out until they are
 * posted or come due, so a fresh delivery does not dip the rate. Null when no delivered sample is settled.
 * Integer division floors; the figure is the same wherever it is shown.
 */
export function fulfilmentRateSql(creatorOrgId: AnyColumn, now: number): SQL<number | null> {
  const onTime = sql`sum(case when s.status = 'posted' and s.posted_at <= s.content_due_at then 1 else 0 end)`;
  const settled = sql`sum(case when s.status = 'posted' or s.content_due_at < ${now} then 1 else 0 end)`;
  return sql<number | null>`(select case when coalesce(${settled}, 0) = 0 then null else ${onTime} * 10000 / ${settled} end
    from sample_requests s where s.creator_org_id = ${creatorOrgId} and s.delivered_at is not null)`;
}
