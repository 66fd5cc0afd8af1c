import { newId, type PlanType } from '@xuanpin/core';
import type { Database } from '../client';
import {
  activities,
  activityTargets,
  creatorProfiles,
  enrollments,
  products,
  rosterMembers,
  sampleRequests,
  skus,
  type CreatorHandle,
  type ActivityStatus,
  type EnrollmentStatus,
  type RosterStatus,
  type SamplePolicy,
  type SampleStatus,
} from '../schema';
import { createOrg } from './factories';

const DAY = 86_400_000;

/**
 * A creator profile. With one handle (the default) the stored totals are that handle's figures, so tests need no
 * copy of the Worker's derivation rule.
 */
export async function createCreatorProfile(
  db: Database,
  orgId: string,
  opts: {
    displayName?: string;
    followers?: number;
    avgViews?: number;
    avgEngagement?: number;
    platform?: string;
    categories?: string[];
    tags?: string[];
    formats?: string[];
    listed?: boolean;
    now?: number;
  } = {},
) {
  const followers = opts.followers ?? 12_000;
  const avgViews = opts.avgViews ?? 3_000;
  const avgEngagement = opts.avgEngagement ?? 240;
  const handle: CreatorHandle = { platform: opts.platform ?? 'xiaohongshu', handle: `h${orgId.slice(-8)}`, followers, avgViews, avgEngagement };
  const row = {
    orgId,
    displayName: opts.displayName ?? `Creator ${orgId.slice(-6)}`,
    bio: '',
    avatarUrl: null,
    handles: [handle],
    followers,
    avgViews,
    avgEngagement,
    categories: opts.categories ?? ['beauty'],
    tags: opts.tags ?? [],
    audience: { femaleBps: 8_000, maleBps: 2_000, topRegions: ['Shanghai'], ageBand: '25-34' },
    formats: opts.formats ?? ['note'],
    listed: opts.listed ?? true,
    updatedAt: opts.now ?? Date.now(),
  };
  await db.insert(creatorProfiles).values(row);
  return row;
}

export interface OfferOptions {
  merchantOrgId?: string;
  providerOrgId?: string;
  /** Put this creator on the provider's roster (open/exclusive plans) or target it (targeted plans). */
  creatorOrgId?: string;
  rosterStatus?: RosterStatus;
  planType?: PlanType;
  enrollmentStatus?: EnrollmentStatus;
  activityStatus?: ActivityStatus;
  startsAt?: number;
  endsAt?: number;
  samplePolicy?: SamplePolicy;
  sampleQuantity?: number;
  contentDueDays?: number;
  now?: number;
}

/**
 * An offer (approved enrollment) with its merchant product, one SKU and the provider's activity, open to
 * `creatorOrgId` unless the options say otherwise. Orgs not given are created.
 */
export async function createOffer(db: Database, o: OfferOptions = {}) {
  const now = o.now ?? Date.now();
  const merchantOrgId = o.merchantOrgId ?? (await createOrg(db, { kind: 'merchant' })).id;
  const providerOrgId = o.providerOrgId ?? (await createOrg(db, { kind: 'provider' })).id;
  const planType = o.planType ?? 'open';
  const product = {
    id: newId('product', now), orgId: merchantOrgId, title: 'Arita porcelain cup', images: [], category: 'kitchen.tableware',
    status: 'active' as const, defaultCreatorRateBps: 1_500, samplePolicy: o.samplePolicy ?? 'free',
    sampleQuantity: o.sampleQuantity ?? 10, createdAt: now, updatedAt: now,
  };
  const sku = {
    id: newId('sku', now), orgId: merchantOrgId, productId: product.id, code: `C-${product.id.slice(-8)}`, name: 'White',
    price: 2_800, currency: 'CNY' as const, stock: 50, createdAt: now, updatedAt: now,
  };
  const activity = {
    id: newId('activity', now), orgId: providerOrgId, name: 'Spring tableware', categories: ['kitchen'], planType,
    minCreatorRateBps: 1_000, serviceFeeBps: 500, startsAt: o.startsAt ?? now - DAY, endsAt: o.endsAt ?? now + 30 * DAY,
    contentDueDays: o.contentDueDays ?? 14, visibility: 'public' as const, status: o.activityStatus ?? 'open', createdAt: now, updatedAt: now,
  };
  const enrollment = {
    id: newId('enrollment', now), activityId: activity.id, providerOrgId, merchantOrgId, productId: product.id,
    status: o.enrollmentStatus ?? 'approved', appliedAt: now, decidedAt: now, updatedAt: now,
  };
  await db.insert(products).values(product);
  await db.insert(skus).values(sku);
  await db.insert(activities).values(activity);
  await db.insert(enrollments).values(enrollment);
  if (o.creatorOrgId) {
    if (planType === 'targeted') await db.insert(activityTargets).values({ activityId: activity.id, creatorOrgId: o.creatorOrgId, createdAt: now });
    else await addToRoster(db, providerOrgId, o.creatorOrgId, o.rosterStatus ?? 'active', now);
  }
  return { id: enrollment.id, merchantOrgId, providerOrgId, product, sku, activity, enrollment };
}

export async function addToRoster(db: Database, providerOrgId: string, creatorOrgId: string, status: RosterStatus = 'active', now = Date.now()) {
  const row = { id: newId('roster', now), providerOrgId, creatorOrgId, status, invitedAt: now, respondedAt: status === 'invited' ? null : now, removedAt: status === 'removed' ? now : null, updatedAt: now };
  await db.insert(rosterMembers).values(row);
  return row;
}

/** A sample request written directly in any state (for list, deadline and fulfilment tests). */
export async function createSample(
  db: Database,
  offer: { id: string; merchantOrgId: string; providerOrgId: string },
  creatorOrgId: string,
  o: { status?: SampleStatus; quantity?: number; contentDueDays?: number; deliveredAt?: number | null; postedAt?: number | null; now?: number } = {},
) {
  const now = o.now ?? Date.now();
  const contentDueDays = o.contentDueDays ?? 14;
  const deliveredAt = o.deliveredAt ?? null;
  const row = {
    id: newId('sample', now),
    enrollmentId: offer.id,
    creatorOrgId,
    merchantOrgId: offer.merchantOrgId,
    providerOrgId: offer.providerOrgId,
    quantity: o.quantity ?? 1,
    status: o.status ?? 'requested',
    shippingAddress: '1 Test Road, Shanghai',
    contentDueDays,
    requestedAt: now,
    deliveredAt,
    contentDueAt: deliveredAt === null ? null : deliveredAt + contentDueDays * DAY,
    postUrl: o.postedAt ? 'https://www.xiaohongshu.com/explore/abc' : null,
    postedAt: o.postedAt ?? null,
    updatedAt: now,
  };
  await db.insert(sampleRequests).values(row);
  return row;
}
