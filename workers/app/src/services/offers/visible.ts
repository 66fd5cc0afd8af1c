import { and, eq, sql, type SQL } from 'drizzle-orm';
import { activities, activityTargets, enrollments, organizations, products, rosterMembers } from '@xuanpin/db';

/**
 * THE rule of which offers a creator may see, link and request samples for — the one place it is written.
 * A condition on `enrollments`, usable in any query that has that table in its FROM (joined or not with
 * `activities`/`products`: the subqueries name their own). An offer is open to the creator when:
 *   - the enrollment is approved (not applied, rejected, withdrawn or ended) and its product is active;
 *   - the product's merchant is funded: its `funding_paused_at` is null (a negative balance pauses its offers);
 *   - its activity is open and `startsAt ≤ now < endsAt`;
 *   - open and exclusive plans: the activity's provider has the creator ACTIVE on its roster (an invitation not
 *     yet accepted, a decline or a removal opens nothing); targeted plans: the activity names the creator.
 * Nothing else opens an offer: there are no public offers.
 */
export function offerOpenTo(creatorOrgId: string, now: number): SQL {
  const onRoster = sql`select 1 from ${rosterMembers} where ${rosterMembers.providerOrgId} = ${activities.orgId}
    and ${rosterMembers.creatorOrgId} = ${creatorOrgId} and ${rosterMembers.status} = 'active'`;
  const named = sql`select 1 from ${activityTargets} where ${activityTargets.activityId} = ${activities.id}
    and ${activityTargets.creatorOrgId} = ${creatorOrgId}`;
  const activityOpen = sql`select 1 from ${activities} where ${activities.id} = ${enrollments.activityId}
    and ${activities.orgId} = ${enrollments.providerOrgId} and ${activities.status} = 'open'
    and ${activities.startsAt} <= ${now} and ${activities.endsAt} > ${now}
    and ((${activities.planType} in ('open', 'exclusive') and exists (${onRoster}))
      or (${activities.planType} = 'targeted' and exists (${named})))`;
  const productActive = sql`select 1 from ${products} where ${products.id} = ${enrollments.productId}
    and ${products.orgId} = ${enrollments.merchantOrgId} and ${products.status} = 'active'
    and exists (select 1 from ${organizations} where ${organizations.id} = ${products.orgId} and ${organizations.fundingPausedAt} is null)`;
  // Raw subqueries are parenthesised by hand: drizzle's exists() only wraps query builders.
  return and(eq(enrollments.status, 'approved'), sql`exists (${activityOpen})`, sql`exists (${productActive})`)!;
}
