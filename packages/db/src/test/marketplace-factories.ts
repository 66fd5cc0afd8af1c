import { eq } from 'drizzle-orm';
import { newId, type Currency, type PlanType } from '@xuanpin/core';
import type { Database } from '../client';
import {
  activities,
  activityTargets,
  enrollments,
  enrollmentTerms,
  products,
  rosterMembers,
  type ActivityStatus,
  type EnrollmentStatus,
  type ProductStatus,
  type RosterStatus,
  type SamplePolicy,
  type Visibility,
} from '../schema';
import { createOrg } from './factories';
import { createProduct } from './catalog-factories';

/** Test factories for the marketplace: activities, offers (enrollments with their rate versions) and rosters. */
const DAY = 24 * 3600 * 1000;
let counter = 0;

/** An active product (catalog factory) whose sample policy and SKU prices a test may set. */
export async function insertProduct(
  db: Database,
  orgId: string,
  opts: { title?: string; category?: string; status?: ProductStatus; samplePolicy?: SamplePolicy; sampleQuantity?: number; prices?: [number, Currency][] } = {},
) {
  const skuSpecs = (opts.prices ?? [[12800, 'CNY']]).map(([price, currency]) => ({ price, currency }));
  const { product } = await createProduct(db, orgId, { title: opts.title, category: opts.category, status: opts.status, skus: skuSpecs });
  const sample = { samplePolicy: opts.samplePolicy ?? product.samplePolicy, sampleQuantity: opts.sampleQuantity ?? product.sampleQuantity };
  await db.update(products).set(sample).where(eq(products.id, product.id));
  return { ...product, ...sample };
}

export interface ActivityOpts {
  planType?: PlanType;
  status?: ActivityStatus;
  visibility?: Visibility;
  categories?: string[];
  minCreatorRateBps?: number;
  serviceFeeBps?: number;
  startsAt?: number;
  endsAt?: number;
  targets?: string[];
  name?: string;
}

export async function insertActivity(db: Database, providerOrgId: string, opts: ActivityOpts = {}) {
  const now = Date.now();
  const planType = opts.planType ?? 'open';
  const startsAt = opts.startsAt ?? now - DAY;
  const row = {
    id: newId('activity', now),
    orgId: providerOrgId,
    name: opts.name ?? `Test activity ${counter++}`,
    description: '',
    categories: opts.categories ?? ['kitchen'],
    planType,
    exclusiveUntil: planType === 'exclusive' ? startsAt + 10 * DAY : null,
    minCreatorRateBps: opts.minCreatorRateBps ?? 1000,
    serviceFeeBps: opts.serviceFeeBps ?? 500,
    startsAt,
    endsAt: opts.endsAt ?? now + 30 * DAY,
    attributionWindowDays: 7,
    returnWindowDays: 7,
    contentDueDays: 14,
    visibility: opts.visibility ?? ('public' as const),
    status: opts.status ?? ('open' as const),
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(activities).values(row);
  for (const creatorOrgId of opts.targets ?? []) {
    await db.insert(activityTargets).values({ activityId: row.id, creatorOrgId, createdAt: now });
  }
  return row;
}

/** An enrollment of `productId` in `activity` with one rate version (or the versions given). */
export async function insertEnrollment(
  db: Database,
  activity: { id: string; orgId: string },
  product: { id: string; orgId: string },
  opts: { status?: EnrollmentStatus; terms?: { creatorRateBps: number; serviceFeeBps: number; effectiveAt?: number }[] } = {},
) {
  const now = Date.now();
  const row = {
    id: newId('enrollment', now),
    activityId: activity.id,
    providerOrgId: activity.orgId,
    merchantOrgId: product.orgId,
    productId: product.id,
    status: opts.status ?? ('approved' as const),
    decisionReason: null,
    appliedAt: now,
    decidedAt: opts.status === 'applied' ? null : now,
    updatedAt: now,
  };
  await db.insert(enrollments).values(row);
  const terms = opts.terms ?? [{ creatorRateBps: 2000, serviceFeeBps: 500 }];
  for (const [i, t] of terms.entries()) {
    await db.insert(enrollmentTerms).values({
      id: newId('termVersion', now),
      enrollmentId: row.id,
      version: i + 1,
      creatorRateBps: t.creatorRateBps,
      serviceFeeBps: t.serviceFeeBps,
      effectiveAt: t.effectiveAt ?? now - 1000,
      createdBy: null,
      createdAt: now,
    });
  }
  return row;
}

export async function insertRosterMember(db: Database, providerOrgId: string, creatorOrgId: string, status: RosterStatus = 'active') {
  const now = Date.now();
  const row = {
    id: newId('roster', now),
    providerOrgId,
    creatorOrgId,
    status,
    note: null,
    invitedAt: now,
    respondedAt: status === 'invited' ? null : now,
    removedAt: status === 'removed' ? now : null,
    updatedAt: now,
  };
  await db.insert(rosterMembers).values(row);
  return row;
}

/**
 * A whole offer: a provider with an activity, a merchant with an active product, and an enrollment (approved by
 * default). Pass existing org ids to attach it to a test's tenants.
 */
export async function createOffer(
  db: Database,
  opts: { providerOrgId?: string; merchantOrgId?: string; activity?: ActivityOpts; status?: EnrollmentStatus; productStatus?: ProductStatus } = {},
) {
  const providerOrgId = opts.providerOrgId ?? (await createOrg(db, { kind: 'provider' })).id;
  const merchantOrgId = opts.merchantOrgId ?? (await createOrg(db, { kind: 'merchant' })).id;
  const activity = await insertActivity(db, providerOrgId, opts.activity);
  const product = await insertProduct(db, merchantOrgId, { status: opts.productStatus });
  const enrollment = await insertEnrollment(db, activity, product, { status: opts.status });
  return { providerOrgId, merchantOrgId, activity, product, enrollment };
}
