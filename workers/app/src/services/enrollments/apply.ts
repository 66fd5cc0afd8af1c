import { and, eq, inArray, ne } from 'drizzle-orm';
import { inCategory, newId } from '@xuanpin/core';
import { activities, enrollments, enrollmentTerms, products } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import type { ApplyInput } from '../../schemas/enrollment';
import { commit } from '../audit/commit';
import { requireKind } from '../creators/kind';
import { checkOfferRates } from './rules';
import { loadTerms, nextVersion } from './terms';
import { enrollmentView } from './view';

/**
 * A merchant applies with one of its active products to an open activity (by id: invite-only ones too), committing
 * to rates; version 1 of the terms is effective at once. A product withdrawn from or rejected by the activity may
 * apply again: the same enrollment reopens with a new version.
 */
export async function applyToActivity({ ctx, input }: { ctx: ServiceContext; input: ApplyInput }) {
  requireKind(ctx, 'merchant');
  const [activity] = await ctx.db
    .select()
    .from(activities)
    .where(and(eq(activities.id, input.activityId), ne(activities.status, 'draft')))
    .limit(1);
  if (!activity) throw notFound('Activity');
  if (activity.status !== 'open' || activity.endsAt <= ctx.now) {
    throw new ApiError('conflict', 'This activity no longer takes applications.', { path: 'activityId' });
  }
  const [product] = await ctx.db
    .select()
    .from(products)
    .where(and(eq(products.id, input.productId), eq(products.orgId, ctx.caller.orgId)))
    .limit(1);
  if (!product) throw notFound('Product');
  if (product.status !== 'active') throw new ApiError('conflict', 'Only an active product can apply.', { path: 'productId' });
  // An activity for `kitchen` takes `kitchen.tableware`; one for `kitchen.tableware` does not take a plain `kitchen`.
  if (!activity.categories.some((c) => inCategory(product.category, c))) {
    throw new ApiError('validation_failed', "`productId`: the product's category is not among the activity's.", { path: 'productId' });
  }
  const serviceFeeBps = input.serviceFeeBps ?? activity.serviceFeeBps;
  checkOfferRates(activity, input.creatorRateBps, serviceFeeBps);

  const [existing] = await ctx.db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.activityId, activity.id), eq(enrollments.productId, product.id)))
    .limit(1);
  if (existing && !['rejected', 'withdrawn'].includes(existing.status)) {
    throw new ApiError('conflict', `This product is already in the activity (status ${existing.status}).`, { path: 'productId' });
  }
  const id = existing?.id ?? newId('enrollment', ctx.now);
  const version = existing ? nextVersion((await loadTerms(ctx.db, [id])).get(id) ?? []) : 1;
  const term = ctx.db.insert(enrollmentTerms).values({
    id: newId('termVersion', ctx.now),
    enrollmentId: id,
    version,
    creatorRateBps: input.creatorRateBps,
    serviceFeeBps,
    effectiveAt: ctx.now,
    createdBy: ctx.caller.actorId,
    createdAt: ctx.now,
  });
  const fresh = { status: 'applied' as const, decisionReason: null, decidedAt: null, appliedAt: ctx.now, updatedAt: ctx.now };
  // A reopen races only with another reopen, which takes the same version number: the unique index turns it into a 409.
  const enrollment = existing
    ? ctx.db
        .update(enrollments)
        .set(fresh)
        .where(and(eq(enrollments.id, id), eq(enrollments.merchantOrgId, ctx.caller.orgId), inArray(enrollments.status, ['rejected', 'withdrawn'])))
    : ctx.db.insert(enrollments).values({ id, activityId: activity.id, providerOrgId: activity.orgId, merchantOrgId: ctx.caller.orgId, productId: product.id, ...fresh });
  await commit(ctx.db, [enrollment, term], 'This product was just applied to the activity by another request.');
  return enrollmentView(ctx, id);
}
