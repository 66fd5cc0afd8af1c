import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';
import { enrollments } from '../enrollments/table';
import { skus } from '../skus/table';

export const SAMPLE_STATUSES = ['requested', 'approved', 'rejected', 'shipped', 'delivered', 'posted', 'cancelled'] as const;
export type SampleStatus = (typeof SAMPLE_STATUSES)[number];

/** A creator's sample request (寄样) for an offer. Overdue is derived: delivered and past `content_due_at`. */
export const sampleRequests = sqliteTable(
  'sample_requests',
  {
    id: text('id').primaryKey(),
    enrollmentId: text('enrollment_id').notNull().references(() => enrollments.id),
    creatorOrgId: text('creator_org_id').notNull().references(() => organizations.id),
    merchantOrgId: text('merchant_org_id').notNull().references(() => organizations.id),
    providerOrgId: text('provider_org_id').notNull().references(() => organizations.id),
    skuId: text('sku_id').references(() => skus.id),
    quantity: integer('quantity').notNull().default(1),
    status: text('status').$type<SampleStatus>().notNull(),
    note: text('note'),
    shippingAddress: text('shipping_address'),
    decisionReason: text('decision_reason'),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    contentDueDays: integer('content_due_days').notNull(),
    requestedAt: integer('requested_at').notNull(),
    decidedAt: integer('decided_at'),
    shippedAt: integer('shipped_at'),
    deliveredAt: integer('delivered_at'),
    contentDueAt: integer('content_due_at'),
    postUrl: text('post_url'),
    postedAt: integer('posted_at'),
    /** Set by the scheduled job the first time it finds the request overdue. */
    overdueFlaggedAt: integer('overdue_flagged_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('samples_creator').on(t.creatorOrgId, t.id),
    index('samples_merchant').on(t.merchantOrgId, t.status, t.id),
    index('samples_provider').on(t.providerOrgId, t.id),
    index('samples_due').on(t.status, t.contentDueAt),
  ],
);

export type SampleRequest = typeof sampleRequests.$inferSelect;
