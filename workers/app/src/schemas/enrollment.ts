import * as v from 'valibot';
import { ENROLLMENT_STATUSES } from '@xuanpin/db';
import { Bps } from './activity';
import { Page, PageQuery, Timestamp } from './common';

export const EnrollmentStatusSchema = v.picklist(ENROLLMENT_STATUSES);

/** One version of an offer's rates. The terms in force at T: the highest version whose `effectiveAt` ≤ T. */
export const TermVersion = v.pipe(
  v.object({
    version: v.number(),
    creatorRateBps: v.number(),
    serviceFeeBps: v.number(),
    effectiveAt: Timestamp,
    createdAt: Timestamp,
  }),
  v.metadata({ ref: 'TermVersion' }),
);

/** A merchant's product in a provider's activity (an offer), with its full rate history. */
export const Enrollment = v.pipe(
  v.object({
    id: v.string(),
    activityId: v.string(),
    activityName: v.string(),
    providerOrgId: v.string(),
    providerName: v.string(),
    merchantOrgId: v.string(),
    merchantName: v.string(),
    productId: v.string(),
    productTitle: v.string(),
    status: EnrollmentStatusSchema,
    decisionReason: v.nullable(v.string()),
    appliedAt: Timestamp,
    decidedAt: v.nullable(Timestamp),
    updatedAt: Timestamp,
    currentTerms: v.pipe(TermVersion, v.description('The terms in force now.')),
    terms: v.pipe(v.array(TermVersion), v.description('Every version, oldest first, including ones not yet in force.')),
  }),
  v.metadata({ ref: 'Enrollment' }),
);
export const EnrollmentPage = Page(Enrollment, 'EnrollmentPage');

export const ApplyBody = v.pipe(
  v.strictObject({
    activityId: v.pipe(v.string(), v.maxLength(64)),
    productId: v.pipe(v.string(), v.maxLength(64), v.description('One of your active products.')),
    creatorRateBps: v.pipe(Bps, v.description("At least the activity's `minCreatorRateBps`.")),
    serviceFeeBps: v.optional(v.pipe(Bps, v.description("Default and minimum: the activity's `serviceFeeBps`."))),
  }),
  v.metadata({ ref: 'ApplyToActivity' }),
);
export type ApplyInput = v.InferOutput<typeof ApplyBody>;

export const RejectBody = v.pipe(
  v.strictObject({ reason: v.pipe(v.string(), v.trim(), v.minLength(1, 'give a reason'), v.maxLength(500, 'reason is at most 500 characters')) }),
  v.metadata({ ref: 'RejectEnrollment' }),
);

export const ChangeRatesBody = v.pipe(
  v.strictObject({
    creatorRateBps: Bps,
    serviceFeeBps: v.optional(v.pipe(Bps, v.description('Default: the latest version’s.'))),
    effectiveAt: v.optional(v.pipe(Timestamp, v.description('A later start; a cut starts no earlier than the next UTC midnight.'))),
  }),
  v.metadata({ ref: 'ChangeRates' }),
);
export type ChangeRatesInput = v.InferOutput<typeof ChangeRatesBody>;

export const EnrollmentListQuery = v.strictObject({
  ...PageQuery.entries,
  status: v.optional(EnrollmentStatusSchema),
  activityId: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
