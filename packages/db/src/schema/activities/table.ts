import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import type { PlanType } from '@xuanpin/core';
import { organizations } from '../organizations/table';

export const ACTIVITY_STATUSES = ['draft', 'open', 'closed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const VISIBILITIES = ['public', 'invite_only'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A provider's selection pool with its terms (团长活动). */
export const activities = sqliteTable(
  'activities',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    categories: text('categories', { mode: 'json' }).$type<string[]>().notNull(),
    planType: text('plan_type').$type<PlanType>().notNull(),
    /** Exclusive plans: the provider's exclusivity ends here. */
    exclusiveUntil: integer('exclusive_until'),
    minCreatorRateBps: integer('min_creator_rate_bps').notNull(),
    serviceFeeBps: integer('service_fee_bps').notNull(),
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    attributionWindowDays: integer('attribution_window_days').notNull().default(7),
    returnWindowDays: integer('return_window_days').notNull().default(7),
    /** A second-level provider the activity delegates to, and its share of the provider's net (basis points). */
    delegateOrgId: text('delegate_org_id'),
    delegateShareBps: integer('delegate_share_bps').notNull().default(0),
    contentDueDays: integer('content_due_days').notNull().default(14),
    /** public: every merchant may browse and apply; invite_only: merchants see it only through a direct link. */
    visibility: text('visibility').$type<Visibility>().notNull(),
    status: text('status').$type<ActivityStatus>().notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('activities_org').on(t.orgId, t.id), index('activities_public').on(t.visibility, t.status, t.id)],
);

/** Targeted plans: the creators an activity is open to by name. */
export const activityTargets = sqliteTable(
  'activity_targets',
  {
    activityId: text('activity_id').notNull().references(() => activities.id),
    creatorOrgId: text('creator_org_id').notNull().references(() => organizations.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.creatorOrgId] }), index('activity_targets_creator').on(t.creatorOrgId)],
);

export type Activity = typeof activities.$inferSelect;
