import { eq, getTableColumns } from 'drizzle-orm';
import { creatorProfiles, enrollments, products, sampleRequests, type SampleRequest } from '@xuanpin/db';
import type { Caller, ServiceContext } from '../../env';
import { fulfilmentRateSql } from '../creators/fulfilment';

/** A sample request with what its parties need beside it: offer, product, creator name and fulfilment rate. */
export function selectSamples(ctx: ServiceContext) {
  return ctx.db
    .select({
      ...getTableColumns(sampleRequests),
      activityId: enrollments.activityId,
      productId: enrollments.productId,
      productTitle: products.title,
      creatorName: creatorProfiles.displayName,
      creatorFulfilmentRateBps: fulfilmentRateSql(sampleRequests.creatorOrgId, ctx.now),
    })
    .from(sampleRequests)
    .innerJoin(enrollments, eq(enrollments.id, sampleRequests.enrollmentId))
    .innerJoin(products, eq(products.id, enrollments.productId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.orgId, sampleRequests.creatorOrgId));
}

type Row = SampleRequest & { activityId: string; productId: string; productTitle: string; creatorName: string | null; creatorFulfilmentRateBps: number | null };

/** Overdue: delivered, not posted, and past its content due time. */
export const isOverdue = (s: Pick<SampleRequest, 'status' | 'contentDueAt'>, now: number) =>
  s.status === 'delivered' && s.contentDueAt !== null && now > s.contentDueAt;

/**
 * The API view. The shipping address is personal data the provider does not need; the creator's fulfilment
 * rate is for the merchant and provider deciding on requests.
 */
export function toView(row: Row, caller: Caller, now: number) {
  const { enrollmentId, creatorFulfilmentRateBps, ...rest } = row;
  return {
    ...rest,
    offerId: enrollmentId,
    shippingAddress: caller.orgKind === 'provider' ? null : row.shippingAddress,
    ...(caller.orgKind === 'creator' ? {} : { creatorFulfilmentRateBps }),
    overdue: isOverdue(row, now),
    postedOnTime: row.status === 'posted' && row.postedAt !== null && row.contentDueAt !== null ? row.postedAt <= row.contentDueAt : null,
  };
}
