import { and, eq } from 'drizzle-orm';
import { activities, activityTargets } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import type { UpdateActivityInput } from '../../schemas/activity';
import { findOwnActivity } from './find';
import { checkActivityTerms, checkTargets, loadTargets, targetInserts } from './rules';
import { toActivity } from './view';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Changes an activity's terms with the same checks as creating it. Offers keep the rate versions they committed
 * to: nothing here rewrites an enrollment. A plan that stops being targeted/exclusive drops its targets/exclusivity.
 */
export async function updateActivity({ ctx, input }: { ctx: ServiceContext; input: { id: string; patch: UpdateActivityInput } }) {
  const row = await findOwnActivity(ctx, input.id);
  if (row.status === 'closed') throw new ApiError('conflict', 'This activity is closed; it can no longer change.');
  if (input.patch.status === 'draft' && row.status === 'open') {
    throw new ApiError('conflict', 'An open activity cannot return to draft; close it instead.', { path: 'status' });
  }
  const { targetCreatorIds: givenTargets, ...given } = input.patch;
  const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as typeof given;
  const planType = fields.planType ?? row.planType;
  const currentTargets = (await loadTargets(ctx.db, [row.id])).get(row.id) ?? [];
  const targetCreatorIds = givenTargets ?? (planType === 'targeted' ? currentTargets : []);
  const exclusiveUntil = fields.exclusiveUntil ?? (planType === 'exclusive' ? row.exclusiveUntil : null);
  const next = { ...row, ...fields, planType, exclusiveUntil, updatedAt: ctx.now };
  checkActivityTerms({ ...next, targetCreatorIds });
  if (givenTargets) await checkTargets(ctx.db, givenTargets);

  const { id, orgId, createdAt, ...changes } = next;
  // Conditional on the status read above, so a concurrent close or publish is not silently overwritten.
  const update = ctx.db
    .update(activities)
    .set(changes)
    .where(and(eq(activities.id, id), eq(activities.orgId, orgId), eq(activities.status, row.status)))
    .returning();
  const targetWrites = sameSet(targetCreatorIds, currentTargets)
    ? []
    : [ctx.db.delete(activityTargets).where(eq(activityTargets.activityId, id)), ...targetInserts(ctx.db, id, targetCreatorIds, ctx.now)];
  const [updated] = (await ctx.db.batch([update, ...targetWrites]))[0] as (typeof row)[];
  if (!updated) throw new ApiError('conflict', 'The activity changed meanwhile; read it again and retry.');
  return toActivity(updated, targetCreatorIds);
}
