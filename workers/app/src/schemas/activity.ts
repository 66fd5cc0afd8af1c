import * as v from 'valibot';
import { isCategory, PLAN_TYPES } from '@xuanpin/core';
import { ACTIVITY_STATUSES, VISIBILITIES } from '@xuanpin/db';
import { Page, PageQuery, Timestamp } from './common';

export const PlanTypeSchema = v.picklist(PLAN_TYPES);
export const VisibilitySchema = v.picklist(VISIBILITIES);
export const ActivityStatusSchema = v.picklist(ACTIVITY_STATUSES);
/** A whole number of basis points (1% = 100); bounds depend on the plan and are checked with the other rates. */
export const Bps = v.pipe(v.number(), v.integer('must be a whole number of basis points'));
export const CategoryCode = v.pipe(v.string(), v.check(isCategory, 'must be a category code such as `kitchen` or `kitchen.tableware`'));
const Days = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const OrgIds = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(64))),
  v.maxLength(500, 'at most 500 creators'),
  v.check((ids) => new Set(ids).size === ids.length, 'creator ids must not repeat'),
);

const fields = {
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name must not be empty'), v.maxLength(120, 'name is at most 120 characters')),
  description: v.pipe(v.string(), v.maxLength(5000, 'description is at most 5000 characters')),
  categories: v.pipe(
    v.array(CategoryCode),
    v.minLength(1, 'give at least one category'),
    v.maxLength(20),
    v.check((c) => new Set(c).size === c.length, 'categories must not repeat'),
  ),
  planType: PlanTypeSchema,
  exclusiveUntil: v.pipe(Timestamp, v.description('Exclusive plans only: the end of the exclusivity, after `startsAt`.')),
  minCreatorRateBps: v.pipe(Bps, v.description('The least creator commission an offer may commit to.')),
  serviceFeeBps: v.pipe(Bps, v.description("The provider's service fee; offers commit to at least this.")),
  startsAt: Timestamp,
  endsAt: v.pipe(Timestamp, v.description('After `startsAt`.')),
  attributionWindowDays: Days(1, 90),
  returnWindowDays: Days(0, 90),
  contentDueDays: Days(1, 60),
  visibility: VisibilitySchema,
  targetCreatorIds: v.pipe(OrgIds, v.description('Targeted plans: the creator organizations the offers are open to (required, non-empty).')),
  status: v.pipe(v.picklist(['draft', 'open']), v.description('`open` publishes the activity; close it with POST …/close.')),
};

export const CreateActivityBody = v.pipe(
  v.strictObject({
    name: fields.name,
    description: v.optional(fields.description, ''),
    categories: fields.categories,
    planType: fields.planType,
    exclusiveUntil: v.optional(fields.exclusiveUntil),
    minCreatorRateBps: fields.minCreatorRateBps,
    serviceFeeBps: fields.serviceFeeBps,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    attributionWindowDays: v.optional(fields.attributionWindowDays, 7),
    returnWindowDays: v.optional(fields.returnWindowDays, 7),
    contentDueDays: v.optional(fields.contentDueDays, 14),
    visibility: fields.visibility,
    targetCreatorIds: v.optional(fields.targetCreatorIds),
    status: v.optional(fields.status, 'draft'),
  }),
  v.metadata({ ref: 'CreateActivity' }),
);
export type CreateActivityInput = v.InferOutput<typeof CreateActivityBody>;

export const UpdateActivityBody = v.pipe(
  v.partial(v.strictObject(fields)),
  v.metadata({ ref: 'UpdateActivity' }),
);
export type UpdateActivityInput = v.InferOutput<typeof UpdateActivityBody>;

const activityEntries = {
  id: v.string(),
  providerOrgId: v.string(),
  name: v.string(),
  description: v.string(),
  categories: v.array(v.string()),
  planType: PlanTypeSchema,
  exclusiveUntil: v.nullable(Timestamp),
  minCreatorRateBps: v.number(),
  serviceFeeBps: v.number(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  attributionWindowDays: v.number(),
  returnWindowDays: v.number(),
  contentDueDays: v.number(),
  visibility: VisibilitySchema,
  status: ActivityStatusSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** An activity as its provider sees it, with the creators a targeted plan names. */
export const Activity = v.pipe(v.object({ ...activityEntries, targetCreatorIds: v.array(v.string()) }), v.metadata({ ref: 'Activity' }));
export const ActivityPage = Page(Activity, 'ActivityPage');

/** An activity as merchants browse it: the terms, never the provider's target list. */
export const MarketplaceActivity = v.pipe(v.object({ ...activityEntries, providerName: v.string() }), v.metadata({ ref: 'MarketplaceActivity' }));
export const MarketplaceActivityPage = Page(MarketplaceActivity, 'MarketplaceActivityPage');

export const ActivityListQuery = v.strictObject({ ...PageQuery.entries, status: v.optional(ActivityStatusSchema) });

export const MarketplaceQuery = v.strictObject({
  ...PageQuery.entries,
  category: v.optional(CategoryCode),
  planType: v.optional(PlanTypeSchema),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
});
