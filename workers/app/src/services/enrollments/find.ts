import { and, eq, or } from 'drizzle-orm';
import { enrollments } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';

export type Side = 'merchant' | 'provider' | 'either';

/** The WHERE clause that lets the caller reach enrollments: as their merchant, as the activity's provider, or either. */
export function partyCondition(ctx: ServiceContext, side: Side) {
  const asMerchant = eq(enrollments.merchantOrgId, ctx.caller.orgId);
  const asProvider = eq(enrollments.providerOrgId, ctx.caller.orgId);
  return side === 'merchant' ? asMerchant : side === 'provider' ? asProvider : or(asMerchant, asProvider)!;
}

/** One enrollment the caller is a party to on `side`; 404 otherwise. */
export async function findEnrollment(ctx: ServiceContext, id: string, side: Side) {
  const [row] = await ctx.db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.id, id), partyCondition(ctx, side)))
    .limit(1);
  if (!row) throw notFound('Enrollment');
  return row;
}
