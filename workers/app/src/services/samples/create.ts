import { and, eq, gte, inArray, ne, not, sql } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { activities, enrollments, products, sampleRequests, skus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import type { CreateSampleInput } from '../../schemas/sample';
import { requireKind } from '../creators/kind';
import { getSample } from './get';
import { insertWhere } from './insert-where';
import { offerOpenTo } from '../offers/visible';

/** A request is open until it is posted, rejected or cancelled: one at a time per creator and offer. */
export const OPEN_STATUSES = ['requested', 'approved', 'shipped', 'delivered'] as const;

/**
 * A creator requests a sample of an offer open to it. The insert and the decrement of the product's sample
 * units are one batch: the insert happens only if, when it runs, the offer is still open, samples are offered,
 * enough units are left and no open request exists; the decrement only if that insert happened. So concurrent
 * requests can never take the units below zero, and the returned rows say who won.
 */
export async function createSample({ ctx, input }: { ctx: ServiceContext; input: CreateSampleInput }) {
  requireKind(ctx, 'creator');
  const me = ctx.caller.orgId;
  const offerQuery = sql`${enrollments} inner join ${activities} on ${activities.id} = ${enrollments.activityId}
    inner join ${products} on ${products.id} = ${enrollments.productId}`;
  const [offer] = await ctx.db
    .select({ ...pickOffer(), samplePolicy: products.samplePolicy, contentDueDays: activities.contentDueDays })
    .from(enrollments)
    .innerJoin(activities, eq(activities.id, enrollments.activityId))
    .innerJoin(products, eq(products.id, enrollments.productId))
    .where(and(eq(enrollments.id, input.offerId), offerOpenTo(me, ctx.now)));
  if (!offer) throw notFound('Offer');
  if (offer.samplePolicy === 'none') throw new ApiError('conflict', `Offer ${input.offerId} does not offer samples.`, { path: 'offerId' });
  if (input.skuId) {
    const [sku] = await ctx.db.select({ id: skus.id }).from(skus).where(and(eq(skus.id, input.skuId), eq(skus.productId, offer.productId)));
    if (!sku) throw new ApiError('validation_failed', '`skuId`: not a SKU of this offer’s product.', { path: 'skuId' });
  }
  const id = newId('sample', ctx.now);
  const openRequest = sql`exists (select 1 from ${sampleRequests} where ${sampleRequests.enrollmentId} = ${offer.id}
    and ${sampleRequests.creatorOrgId} = ${me} and ${inArray(sampleRequests.status, [...OPEN_STATUSES])})`;
  const row = {
    id,
    enrollmentId: offer.id,
    creatorOrgId: me,
    merchantOrgId: offer.merchantOrgId,
    providerOrgId: offer.providerOrgId,
    skuId: input.skuId ?? null,
    quantity: input.quantity,
    status: 'requested',
    note: input.note ?? null,
    shippingAddress: input.shippingAddress,
    // Copied so that a later change to the activity does not move this request's deadline.
    contentDueDays: offer.contentDueDays,
    requestedAt: ctx.now,
    updatedAt: ctx.now,
  };
  const [inserted] = await ctx.db.batch([
    insertWhere(
      ctx.db,
      sampleRequests,
      row,
      offerQuery,
      and(
        eq(enrollments.id, offer.id),
        offerOpenTo(me, ctx.now),
        ne(products.samplePolicy, 'none'),
        gte(products.sampleQuantity, input.quantity),
        not(openRequest),
      )!,
    ).returning({ id: sampleRequests.id }),
    ctx.db
      .update(products)
      .set({ sampleQuantity: sql`${products.sampleQuantity} - ${input.quantity}` })
      .where(and(eq(products.id, offer.productId), gte(products.sampleQuantity, input.quantity), sql`exists (select 1 from ${sampleRequests} where ${sampleRequests.id} = ${id})`)),
  ]);
  if (inserted.length === 0) throw await whyRefused(ctx, offer, input.quantity);
  return getSample({ ctx, input: { id } });
}

const pickOffer = () => ({
  id: enrollments.id,
  merchantOrgId: enrollments.merchantOrgId,
  providerOrgId: enrollments.providerOrgId,
  productId: enrollments.productId,
});

/** Explains a refused insert from the state after it (for the message only; the outcome came from the batch). */
async function whyRefused(ctx: ServiceContext, offer: { id: string; productId: string }, quantity: number) {
  const [open] = await ctx.db
    .select({ id: sampleRequests.id })
    .from(sampleRequests)
    .where(and(eq(sampleRequests.enrollmentId, offer.id), eq(sampleRequests.creatorOrgId, ctx.caller.orgId), inArray(sampleRequests.status, [...OPEN_STATUSES])));
  if (open) return new ApiError('conflict', `You already have an open sample request (${open.id}) for offer ${offer.id}.`, { path: 'offerId' });
  const [product] = await ctx.db.select({ left: products.sampleQuantity }).from(products).where(eq(products.id, offer.productId));
  if (product && product.left < quantity) {
    return new ApiError('conflict', `Only ${product.left} sample unit(s) left for offer ${offer.id}.`, { path: 'quantity' });
  }
  return new ApiError('conflict', `Offer ${offer.id} changed while requesting; retry.`, { path: 'offerId' });
}
