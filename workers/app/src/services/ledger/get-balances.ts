import { eq } from 'drizzle-orm';
import { organizations } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { balancesOf } from './balances';

/** The caller's balances, derived from its postings, and whether a negative balance pauses its offers. */
export async function getBalances({ ctx }: { ctx: ServiceContext }) {
  const [data, [org]] = await Promise.all([
    balancesOf(ctx.db, ctx.caller.orgId),
    ctx.db.select({ fundingPausedAt: organizations.fundingPausedAt }).from(organizations).where(eq(organizations.id, ctx.caller.orgId)),
  ]);
  return { data, fundingPausedAt: org?.fundingPausedAt ?? null };
}
