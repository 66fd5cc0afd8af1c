import { and, eq, exists, sql } from 'drizzle-orm';
import { enrollments, products, sampleRequests, type SampleStatus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { requireKind } from '../creators/kind';
import { getSample } from './get';

export interface Transition {
  id: string;
  /** Who moves the request: the merchant (approve, reject, ship, deliver) or the creator (post, cancel). */
  by: 'merchant' | 'creator';
  from: SampleStatus;
  to: SampleStatus;
  /** Past participle for the message: "Only a requested sample can be approved". */
  verb: string;
  set?: Partial<Record<keyof typeof sampleRequests.$inferInsert, unknown>>;
  /** Rejecting or cancelling gives the units back to the product's sample stock. */
  returnUnits?: boolean;
}

/**
 * Moves a sample request with a conditional UPDATE … WHERE status = `from` and the caller's party column;
 * the returned rows say whether it moved. When units go back, the product update is guarded on the same
 * pre-state and runs first in the same batch, so it happens exactly when the status change does.
 */
export async function transition(ctx: ServiceContext, t: Transition) {
  requireKind(ctx, t.by);
  const party = t.by === 'merchant' ? sampleRequests.merchantOrgId : sampleRequests.creatorOrgId;
  const guard = and(eq(sampleRequests.id, t.id), eq(party, ctx.caller.orgId), eq(sampleRequests.status, t.from))!;
  const move = ctx.db
    .update(sampleRequests)
    .set({ ...t.set, status: t.to, updatedAt: ctx.now } as typeof sampleRequests.$inferInsert)
    .where(guard)
    .returning({ id: sampleRequests.id });
  let moved: { id: string }[];
  if (t.returnUnits) {
    const giveBack = ctx.db
      .update(products)
      .set({ sampleQuantity: sql`${products.sampleQuantity} + (select ${sampleRequests.quantity} from ${sampleRequests} where ${sampleRequests.id} = ${t.id})` })
      .where(
        and(
          eq(products.id, sql`(select ${enrollments.productId} from ${enrollments} inner join ${sampleRequests} on ${sampleRequests.enrollmentId} = ${enrollments.id} where ${sampleRequests.id} = ${t.id})`),
          exists(ctx.db.select({ one: sql`1` }).from(sampleRequests).where(guard)),
        ),
      );
    [, moved] = await ctx.db.batch([giveBack, move]);
  } else {
    moved = await move;
  }
  if (moved.length === 0) {
    const current = await getSample({ ctx, input: { id: t.id } }); // 404 unless the caller is this party
    throw new ApiError('conflict', `Only a ${t.from} sample request can be ${t.verb}; this one is ${current.status}.`);
  }
  return getSample({ ctx, input: { id: t.id } });
}
