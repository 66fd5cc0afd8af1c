import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';
import { products } from '../products/table';
import { activities } from '../activities/table';

export const ENROLLMENT_STATUSES = ['applied', 'approved', 'rejected', 'withdrawn', 'ended'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** A merchant's product in a provider's activity: the offer creators promote. */
export const enrollments = sqliteTable(
  'enrollments',
  {
    id: text('id').primaryKey(),
    activityId: text('activity_id').notNull().references(() => activities.id),
    providerOrgId: text('provider_org_id').notNull().references(() => organizations.id),
    merchantOrgId: text('merchant_org_id').notNull().references(() => organizations.id),
    productId: text('product_id').notNull().references(() => products.id),
    status: text('status').$type<EnrollmentStatus>().notNull(),
    decisionReason: text('decision_reason'),
    appliedAt: integer('applied_at').notNull(),
    decidedAt: integer('decided_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('enrollments_activity_product').on(t.activityId, t.productId),
    index('enrollments_merchant').on(t.merchantOrgId, t.id),
    index('enrollments_provider').on(t.providerOrgId, t.status, t.id),
  ],
);

/**
 * Versions of an offer's rates. The terms in force at time T are those of the highest `version` whose
 * `effective_at <= T` (so a later decision wins once it takes effect: a raise made while a cut is scheduled is not
 * undone when the cut starts); orders freeze them on their commission lines. See services/enrollments/terms.ts.
 */
export const enrollmentTerms = sqliteTable(
  'enrollment_terms',
  {
    id: text('id').primaryKey(),
    enrollmentId: text('enrollment_id').notNull().references(() => enrollments.id),
    version: integer('version').notNull(),
    creatorRateBps: integer('creator_rate_bps').notNull(),
    serviceFeeBps: integer('service_fee_bps').notNull(),
    effectiveAt: integer('effective_at').notNull(),
    /** `usr_…` or `key_…` of whoever proposed the change. */
    createdBy: text('created_by'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('enrollment_terms_version').on(t.enrollmentId, t.version), index('enrollment_terms_effective').on(t.enrollmentId, t.effectiveAt)],
);

export type Enrollment = typeof enrollments.$inferSelect;
export type EnrollmentTerm = typeof enrollmentTerms.$inferSelect;
