import { inArray } from 'drizzle-orm';
import { checkRates, newId } from '@xuanpin/core';
import { activities, activityTargets } from '../schema';
import { runGrouped, type Statement } from './batch';
import { DAY_MS, idOf, type SeedContext } from './context';
import { DEMO_ACTIVITIES, activityKey, type DemoActivity } from './data/activities';
import { PROVIDER_SLUGS } from './data/creators';

export interface PlannedActivity extends DemoActivity {
  key: string;
  startsAt: number;
  endsAt: number;
  exclusiveUntil: number | null;
  contentDueDays: number;
  attributionWindowDays: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * The activities with their dates: whole UTC days around the seed's clock, so a period always covers "now".
 * Rates are checked against the bounds of DESIGN.md here, where a typo in the data would otherwise slip through.
 */
export function planActivities(now: number): PlannedActivity[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return DEMO_ACTIVITIES.map((a) => {
    const problem = checkRates(a.planType, a.minCreatorRateBps, a.serviceFeeBps);
    if (problem) throw new Error(`demo seed: activity ${a.name}: ${problem.message}`);
    if ((a.planType === 'exclusive') !== (a.exclusiveUntilDay !== undefined)) throw new Error(`demo seed: ${a.name}: exclusiveUntilDay is for exclusive plans`);
    if ((a.planType === 'targeted') !== (a.targets !== undefined)) throw new Error(`demo seed: ${a.name}: targets are for targeted plans`);
    const startsAt = today + a.startDay * DAY_MS;
    const createdAt = startsAt - 7 * DAY_MS;
    return {
      ...a,
      key: activityKey(a),
      startsAt,
      endsAt: today + a.endDay * DAY_MS,
      exclusiveUntil: a.exclusiveUntilDay === undefined ? null : today + a.exclusiveUntilDay * DAY_MS,
      contentDueDays: a.contentDueDays ?? 14,
      attributionWindowDays: a.attributionWindowDays ?? 7,
      createdAt,
      // The closed one was closed three days ago.
      updatedAt: a.status === 'closed' ? now - 3 * DAY_MS : createdAt,
    };
  });
}

/** Inserts the activities that are missing, found by (provider, name), each with its targets in the same group. */
export async function seedActivities(ctx: SeedContext): Promise<PlannedActivity[]> {
  const plan = planActivities(ctx.now);
  const providerIds = PROVIDER_SLUGS.map((slug) => idOf(ctx.orgIds, slug));
  const found = async () => {
    const slugOf = new Map(PROVIDER_SLUGS.map((slug) => [idOf(ctx.orgIds, slug), slug]));
    const rows = await ctx.db.select({ id: activities.id, orgId: activities.orgId, name: activities.name }).from(activities).where(inArray(activities.orgId, providerIds));
    for (const r of rows) ctx.activityIds.set(`${slugOf.get(r.orgId)}/${r.name}`, r.id);
  };
  await found();
  const groups: Statement[][] = [];
  for (const a of plan) {
    if (ctx.activityIds.has(a.key)) continue;
    const id = newId('activity', a.createdAt);
    groups.push([
      ctx.db.insert(activities).values({
        id,
        orgId: idOf(ctx.orgIds, a.provider),
        name: a.name,
        description: a.description,
        categories: a.categories,
        planType: a.planType,
        exclusiveUntil: a.exclusiveUntil,
        minCreatorRateBps: a.minCreatorRateBps,
        serviceFeeBps: a.serviceFeeBps,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        attributionWindowDays: a.attributionWindowDays,
        returnWindowDays: 7,
        contentDueDays: a.contentDueDays,
        visibility: a.visibility,
        status: a.status,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      }),
      ...(a.targets ?? []).map((slug) =>
        ctx.db.insert(activityTargets).values({ activityId: id, creatorOrgId: idOf(ctx.orgIds, slug), createdAt: a.createdAt }).onConflictDoNothing(),
      ),
    ]);
  }
  await runGrouped(ctx.db, groups);
  await found();
  for (const a of plan) idOf(ctx.activityIds, a.key);
  return plan;
}
