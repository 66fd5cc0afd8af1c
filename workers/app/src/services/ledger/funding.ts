import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { ledgerPostings, organizations, type Database } from '@xuanpin/db';

/**
 * A postback merchant's funding: its `merchant_balance` (credited by top-ups, debited as commission accrues) per
 * currency, derived from the ledger. While any currency is below zero the merchant's offers are paused
 * (`organizations.funding_paused_at`, read by `offerOpenTo`); a top-up that brings every currency back to zero or
 * more lifts the pause. Run after top-ups and by the scheduled job (accruals do not run it: they stay fast).
 */
export async function refreshFunding(db: Database, now: number, merchantOrgId?: string): Promise<{ paused: number; resumed: number }> {
  const negative = sql`exists (select 1 from ${ledgerPostings} p where p.org_id = ${organizations.id} and p.account = 'merchant_balance'
    group by p.currency having sum(p.amount) > 0)`;
  const scope = merchantOrgId ? eq(organizations.id, merchantOrgId) : eq(organizations.kind, 'merchant');
  const paused = await db
    .update(organizations)
    .set({ fundingPausedAt: now })
    .where(and(scope, isNull(organizations.fundingPausedAt), negative))
    .returning({ id: organizations.id });
  const resumed = await db
    .update(organizations)
    .set({ fundingPausedAt: null })
    .where(and(scope, isNotNull(organizations.fundingPausedAt), sql`not ${negative}`))
    .returning({ id: organizations.id });
  return { paused: paused.length, resumed: resumed.length };
}
