import { and, eq, inArray } from 'drizzle-orm';
import { rosterMembers, type RosterStatus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import { rosterView } from './view';
import { forgetLinks } from '../redirect/cache';

/** Who may move a roster row, from where, to where. */
const TRANSITIONS = {
  accept: { side: 'creator', from: ['invited'], to: 'active' },
  decline: { side: 'creator', from: ['invited'], to: 'declined' },
  remove: { side: 'provider', from: ['invited', 'active'], to: 'removed' },
} as const satisfies Record<string, { side: 'creator' | 'provider'; from: RosterStatus[]; to: RosterStatus }>;

export type RosterAction = keyof typeof TRANSITIONS;

/**
 * Moves a roster row with a conditional UPDATE on its current status; the outcome is read from the returned row.
 * A row the caller is not the right party to is 404; a move from the wrong status is 409.
 */
export async function transitionRoster({ ctx, input }: { ctx: ServiceContext; input: { id: string; action: RosterAction } }) {
  const t = TRANSITIONS[input.action];
  const party = t.side === 'creator' ? rosterMembers.creatorOrgId : rosterMembers.providerOrgId;
  const stamp = t.to === 'removed' ? { removedAt: ctx.now } : { respondedAt: ctx.now };
  const [moved] = await ctx.db
    .update(rosterMembers)
    .set({ status: t.to, updatedAt: ctx.now, ...stamp })
    .where(and(eq(rosterMembers.id, input.id), eq(party, ctx.caller.orgId), inArray(rosterMembers.status, [...t.from])))
    .returning();
  if (!moved) {
    const [row] = await ctx.db
      .select({ status: rosterMembers.status })
      .from(rosterMembers)
      .where(and(eq(rosterMembers.id, input.id), eq(party, ctx.caller.orgId)))
      .limit(1);
    if (!row) throw notFound('Roster member');
    throw new ApiError('conflict', `Cannot ${input.action} a roster membership that is ${row.status}.`);
  }
  // A removed creator's promo links to this provider's offers stop redirecting now, in this isolate.
  if (moved.status === 'removed') forgetLinks({ providerOrgId: moved.providerOrgId, creatorOrgId: moved.creatorOrgId });
  return rosterView(ctx, moved.id);
}
