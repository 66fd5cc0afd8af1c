import { newId } from '@xuanpin/core';
import { rosterMembers, type RosterStatus } from '../schema';
import { runGrouped } from './batch';
import { DAY_MS, HOUR_MS, idOf, type SeedContext } from './context';
import { DEMO_CREATORS, type ProviderSlug } from './data/creators';
import { between, seeded } from './random';

export interface PlannedRoster {
  provider: ProviderSlug;
  creator: string;
  status: RosterStatus;
  invitedAt: number;
  respondedAt: number | null;
}

/**
 * Each creator's place on the providers' rosters (data/creators.ts). Accepted and declined invitations were sent
 * two to five months ago, before any offer was promoted; the pending ones this week.
 */
export function planRosters(now: number): PlannedRoster[] {
  return DEMO_CREATORS.flatMap((c) =>
    (Object.entries(c.rosters) as [ProviderSlug, RosterStatus][]).map(([provider, status]) => {
      const random = seeded(`roster/${provider}/${c.slug}`);
      if (status === 'invited') return { provider, creator: c.slug, status, invitedAt: now - between(random, 20, 140) * HOUR_MS, respondedAt: null };
      const invitedAt = now - between(random, 60, 150) * DAY_MS;
      return { provider, creator: c.slug, status, invitedAt, respondedAt: invitedAt + between(random, 2, 72) * HOUR_MS };
    }),
  );
}

/** Inserts the roster entries that are missing; (provider, creator) is unique, and one already there is left as it is. */
export async function seedRosters(ctx: SeedContext): Promise<PlannedRoster[]> {
  const plan = planRosters(ctx.now);
  await runGrouped(
    ctx.db,
    plan.map((r) => [
      ctx.db
        .insert(rosterMembers)
        .values({
          id: newId('roster', r.invitedAt),
          providerOrgId: idOf(ctx.orgIds, r.provider),
          creatorOrgId: idOf(ctx.orgIds, r.creator),
          status: r.status,
          note: null,
          invitedAt: r.invitedAt,
          respondedAt: r.respondedAt,
          removedAt: null,
          updatedAt: r.respondedAt ?? r.invitedAt,
        })
        .onConflictDoNothing({ target: [rosterMembers.providerOrgId, rosterMembers.creatorOrgId] }),
    ]),
  );
  return plan;
}
