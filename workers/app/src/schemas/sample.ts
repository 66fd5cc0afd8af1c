import * as v from 'valibot';
import { SAMPLE_STATUSES } from '@xuanpin/db';
import { Page, Timestamp } from './common';

const text = (what: string, max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, `${what} must not be empty`), v.maxLength(max, `${what} is at most ${max} characters`));
const id = v.pipe(v.string(), v.maxLength(64));

export const SampleStatus = v.picklist(SAMPLE_STATUSES);

export const CreateSampleBody = v.pipe(
  v.strictObject({
    offerId: v.pipe(id, v.description('An offer (enrollment id) open to you.')),
    skuId: v.optional(v.pipe(id, v.description('A SKU of the offer’s product.'))),
    quantity: v.pipe(v.number(), v.integer('quantity must be a whole number'), v.minValue(1, 'quantity is at least 1'), v.maxValue(5, 'quantity is at most 5')),
    shippingAddress: text('shippingAddress', 500),
    note: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
  }),
  v.metadata({ ref: 'CreateSample' }),
);
export type CreateSampleInput = v.InferOutput<typeof CreateSampleBody>;

export const RejectSampleBody = v.pipe(v.strictObject({ reason: text('reason', 500) }), v.metadata({ ref: 'RejectSample' }));
export const ShipSampleBody = v.pipe(
  v.strictObject({ carrier: text('carrier', 60), trackingNumber: text('trackingNumber', 80) }),
  v.metadata({ ref: 'ShipSample' }),
);
export const PostSampleBody = v.pipe(
  v.strictObject({
    postUrl: v.pipe(v.string(), v.maxLength(500), v.url('postUrl must be a URL'), v.startsWith('https://', 'postUrl must use https')),
  }),
  v.metadata({ ref: 'PostSample' }),
);

export const Sample = v.pipe(
  v.object({
    id: v.string(),
    offerId: v.string(),
    activityId: v.string(),
    productId: v.string(),
    productTitle: v.string(),
    skuId: v.nullable(v.string()),
    quantity: v.number(),
    status: SampleStatus,
    creatorOrgId: v.string(),
    creatorName: v.pipe(v.nullable(v.string()), v.description('The creator’s display name, null without a profile.')),
    creatorFulfilmentRateBps: v.pipe(
      v.optional(v.nullable(v.number())),
      v.description('Shown to merchants and providers: the creator’s samples posted on time / settled deliveries, in bps.'),
    ),
    merchantOrgId: v.string(),
    providerOrgId: v.string(),
    shippingAddress: v.pipe(v.nullable(v.string()), v.description('Shown to the creator and the merchant only.')),
    note: v.nullable(v.string()),
    decisionReason: v.nullable(v.string()),
    carrier: v.nullable(v.string()),
    trackingNumber: v.nullable(v.string()),
    contentDueDays: v.number(),
    requestedAt: Timestamp,
    decidedAt: v.nullable(Timestamp),
    shippedAt: v.nullable(Timestamp),
    deliveredAt: v.nullable(Timestamp),
    contentDueAt: v.pipe(v.nullable(Timestamp), v.description('deliveredAt + contentDueDays.')),
    postUrl: v.nullable(v.string()),
    postedAt: v.nullable(Timestamp),
    overdue: v.pipe(v.boolean(), v.description('Delivered, not posted, and past contentDueAt.')),
    overdueFlaggedAt: v.pipe(v.nullable(Timestamp), v.description('When the scheduled job first found it overdue.')),
    postedOnTime: v.pipe(v.nullable(v.boolean()), v.description('null until posted.')),
    updatedAt: Timestamp,
  }),
  v.metadata({ ref: 'Sample' }),
);
export const SamplePage = Page(Sample, 'SamplePage');

export const SampleListQuery = v.strictObject({
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'limit must be a whole number'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  status: v.optional(SampleStatus),
  overdue: v.optional(v.picklist(['true', 'false'])),
  offerId: v.optional(id),
});
export type SampleListInput = v.InferOutput<typeof SampleListQuery>;
