import { and, eq, inArray, sql } from 'drizzle-orm';
import { newId, rateChangeEffectiveAt } from '@xuanpin/core';
import { activities, enrollments, enrollmentTerms } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import type { ChangeRatesInput } from '../../schemas/enrollment';
import { isUniqueViolation } from '../audit/commit';
import { findEnrollment } from './find';
import { checkOfferRates } from './rules';
import { loadTerms, nextVersion, termsInForce } from './terms';
import { enrollmentView } from './view';

/**
 * The merchant changes an offer's rates: a new version, never an edit. Compared with the terms in force now, a
 * raise applies at once and a cut no earlier than the next UTC midnight (creators promoting today keep today's
 * terms). Two concurrent changes take the same version number: the unique index lets one win, the other gets 409.
 */
export async function changeRates({ ctx, input }: { ctx: ServiceContext; input: ChangeRatesInput & { id: string } }) {
  const row = await findEnrollment(ctx, input.id, 'merchant');
  const live = ['applied', 'approved'] as const;
  if (!(live as readonly string[]).includes(row.status)) {
    throw new ApiError('conflict', `Only an applied or approved offer can change its rates; this one is ${row.status}.`);
  }
  const [activity] = await ctx.db.select().from(activities).where(eq(activities.id, row.activityId)).limit(1);
  const history = (await loadTerms(ctx.db, [row.id])).get(row.id) ?? [];
  const latest = history[history.length - 1];
  const next = { creatorRateBps: input.creatorRateBps, serviceFeeBps: input.serviceFeeBps ?? latest.serviceFeeBps };
  checkOfferRates(activity, next.creatorRateBps, next.serviceFeeBps);
  const effectiveAt = rateChangeEffectiveAt(termsInForce(history, ctx.now), next, ctx.now, input.effectiveAt);

  // INSERT … SELECT from the enrollment, so the version lands only while the offer is still live.
  const version = nextVersion(history);
  const insert = ctx.db.insert(enrollmentTerms).select(
    ctx.db
      .select({
        id: sql<string>`${newId('termVersion', ctx.now)}`.as('id'),
        enrollmentId: enrollments.id,
        version: sql<number>`${version}`.as('version'),
        creatorRateBps: sql<number>`${next.creatorRateBps}`.as('creator_rate_bps'),
        serviceFeeBps: sql<number>`${next.serviceFeeBps}`.as('service_fee_bps'),
        effectiveAt: sql<number>`${effectiveAt}`.as('effective_at'),
        createdBy: sql<string>`${ctx.caller.actorId}`.as('created_by'),
        createdAt: sql<number>`${ctx.now}`.as('created_at'),
      })
      .from(enrollments)
      .where(and(eq(enrollments.id, row.id), eq(enrollments.merchantOrgId, ctx.caller.orgId), inArray(enrollments.status, live))),
  );
  const touch = ctx.db
    .update(enrollments)
    .set({ updatedAt: ctx.now })
    .where(and(eq(enrollments.id, row.id), inArray(enrollments.status, live)));
  let inserted: unknown;
  try {
    [[inserted]] = await ctx.db.batch([insert.returning(), touch]);
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError('conflict', 'Another rate change was saved at the same time; read the offer again and retry.');
    throw err;
  }
  if (!inserted) throw new ApiError('conflict', 'The offer was withdrawn or ended meanwhile; its rates did not change.');
  return enrollmentView(ctx, row.id);
}
