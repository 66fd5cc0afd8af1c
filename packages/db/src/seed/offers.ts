import { inArray } from 'drizzle-orm';
import { checkRates, inCategory, newId, rateChangeEffectiveAt, MAX_COMBINED_BPS, MAX_CREATOR_RATE_BPS, MAX_CREATOR_RATE_TARGETED_BPS } from '@xuanpin/core';
import { enrollments, enrollmentTerms, type EnrollmentStatus } from '../schema';
import type { PlannedActivity } from './activities';
import { runGrouped, type Statement } from './batch';
import type { PlannedProduct } from './catalog';
import { DAY_MS, HOUR_MS, idOf, type SeedContext } from './context';
import { DEMO_OFFER_CASES, type OfferCase } from './data/offers';
import { DEMO_MEMBERSHIPS } from './memberships';
import { between, seeded, shuffled } from './random';

export interface PlannedTerm {
  version: number;
  creatorRateBps: number;
  serviceFeeBps: number;
  effectiveAt: number;
  createdAt: number;
}

export interface PlannedOffer {
  key: string;
  activity: PlannedActivity;
  product: PlannedProduct;
  status: EnrollmentStatus;
  decisionReason: string | null;
  appliedAt: number;
  decidedAt: number | null;
  updatedAt: number;
  terms: PlannedTerm[];
}

export const offerKey = (activityKey: string, productCode: string) => `${activityKey}/${productCode}`;

/**
 * Which products are in which activities, with what status and terms. Exclusive activities pick first, and a product
 * one provider has exclusively is offered to no other provider. Then every activity takes its named cases
 * (data/offers.ts) and fills up to its `offers` from the active products of its categories, in a seeded order.
 * Rates start from the product's default commission, never below the activity's minimum and fee, within bounds.
 */
export function planOffers(now: number, catalog: readonly PlannedProduct[], plannedActivities: readonly PlannedActivity[]): PlannedOffer[] {
  const byCode = new Map(catalog.map((p) => [p.code, p]));
  const heldBy = new Map<string, string>();
  // An exclusive activity does not take a product another provider's named case needs.
  const namedFor = (code: string) => DEMO_OFFER_CASES.filter((c) => c.product === code).map((c) => c.activity.split('/')[0]);
  const order = [...plannedActivities].sort((a, b) => Number(b.planType === 'exclusive') - Number(a.planType === 'exclusive'));
  const out: PlannedOffer[] = [];
  for (const a of order) {
    const fits = (p: PlannedProduct) =>
      p.status === 'active' && a.categories.some((c) => inCategory(p.category, c)) && (heldBy.get(p.code) ?? a.provider) === a.provider;
    const cases = DEMO_OFFER_CASES.filter((c) => c.activity === a.key);
    const pinned = cases.map((c) => {
      const p = byCode.get(c.product);
      if (!p || !fits(p)) throw new Error(`demo seed: ${c.product} cannot be offered in ${a.key}`);
      return p;
    });
    const free = (p: PlannedProduct) => a.planType !== 'exclusive' || namedFor(p.code).every((provider) => provider === a.provider);
    const rest = shuffled(seeded(`offers/${a.key}`), catalog.filter((p) => fits(p) && free(p) && !pinned.includes(p)));
    const chosen = [...pinned, ...rest].slice(0, Math.max(a.offers, pinned.length));
    for (const p of chosen) {
      if (a.planType === 'exclusive') heldBy.set(p.code, a.provider);
      const named = cases.find((c) => c.product === p.code)?.case;
      out.push(planOffer(now, a, p, named ?? { kind: 'approved' }));
    }
  }
  return out;
}

function planOffer(now: number, a: PlannedActivity, p: PlannedProduct, c: OfferCase): PlannedOffer {
  const random = seeded(`offer/${a.key}/${p.code}`);
  const serviceFeeBps = a.serviceFeeBps + (random() < 0.2 ? 200 : 0);
  const cap = Math.min(a.planType === 'targeted' ? MAX_CREATOR_RATE_TARGETED_BPS : MAX_CREATOR_RATE_BPS, MAX_COMBINED_BPS - serviceFeeBps);
  const creatorRateBps = Math.min(cap, Math.max(a.minCreatorRateBps, p.defaultCreatorRateBps) + [0, 0, 100, 200, 500][between(random, 0, 4)]);

  const decided = a.startsAt + between(random, 1, 10) * DAY_MS + between(random, 0, 23) * HOUR_MS;
  let appliedAt = decided - between(random, 4, 40) * HOUR_MS;
  let decidedAt: number | null = decided;
  let status: EnrollmentStatus = a.status === 'closed' ? 'ended' : 'approved';
  let updatedAt = a.status === 'closed' ? a.updatedAt : decided;
  let decisionReason: string | null = null;
  const v1: PlannedTerm = { version: 1, creatorRateBps, serviceFeeBps, effectiveAt: 0, createdAt: 0 };
  const terms = [v1];
  switch (c.kind) {
    case 'approved':
      break;
    case 'applied':
      appliedAt = now - between(random, 6, 60) * HOUR_MS;
      decidedAt = null;
      status = 'applied';
      updatedAt = appliedAt;
      break;
    case 'withdrawn':
      appliedAt = now - between(random, 4, 8) * DAY_MS;
      decidedAt = null;
      status = 'withdrawn';
      updatedAt = appliedAt + between(random, 6, 30) * HOUR_MS;
      break;
    case 'rejected':
      status = 'rejected';
      decisionReason = c.reason;
      break;
    case 'rate-cut':
    case 'rate-raise': {
      // A cut proposed now takes effect at the next UTC midnight; the raise was made three days ago, at once.
      const at = c.kind === 'rate-cut' ? now : now - 3 * DAY_MS;
      const next = { creatorRateBps: creatorRateBps + (c.kind === 'rate-cut' ? -c.deltaBps : c.deltaBps), serviceFeeBps };
      terms.push({ version: 2, ...next, effectiveAt: rateChangeEffectiveAt(v1, next, at), createdAt: at });
      updatedAt = at;
      break;
    }
  }
  v1.effectiveAt = appliedAt;
  v1.createdAt = appliedAt;
  for (const t of terms) {
    const problem = checkRates(a.planType, t.creatorRateBps, t.serviceFeeBps);
    if (problem || t.creatorRateBps < a.minCreatorRateBps || t.serviceFeeBps < a.serviceFeeBps) {
      throw new Error(`demo seed: offer ${p.code} in ${a.key} v${t.version}: ${problem?.message ?? 'below the activity minimum'}`);
    }
  }
  if ((decidedAt ?? appliedAt) > now || updatedAt > now) throw new Error(`demo seed: offer ${p.code} in ${a.key} is dated in the future`);
  return { key: offerKey(a.key, p.code), activity: a, product: p, status, decisionReason, appliedAt, decidedAt, updatedAt, terms };
}

/** Inserts the offers that are missing, found by (activity, product), each with its rate versions in the same group. */
export async function seedOffers(ctx: SeedContext, catalog: readonly PlannedProduct[], plannedActivities: readonly PlannedActivity[]): Promise<PlannedOffer[]> {
  const plan = planOffers(ctx.now, catalog, plannedActivities);
  const activityKeyOf = new Map(plannedActivities.map((a) => [idOf(ctx.activityIds, a.key), a.key]));
  const productCodeOf = new Map(catalog.map((p) => [idOf(ctx.productIds, p.code), p.code]));
  const found = async () => {
    const rows = await ctx.db
      .select({ id: enrollments.id, activityId: enrollments.activityId, productId: enrollments.productId })
      .from(enrollments)
      .where(inArray(enrollments.activityId, [...activityKeyOf.keys()]));
    for (const r of rows) {
      const code = productCodeOf.get(r.productId);
      if (code) ctx.enrollmentIds.set(offerKey(activityKeyOf.get(r.activityId)!, code), r.id);
    }
  };
  await found();
  const groups: Statement[][] = [];
  for (const o of plan) {
    if (ctx.enrollmentIds.has(o.key)) continue;
    const id = newId('enrollment', o.appliedAt);
    const owner = ownerOf(ctx, o.product.merchant);
    groups.push([
      ctx.db.insert(enrollments).values({
        id,
        activityId: idOf(ctx.activityIds, o.activity.key),
        providerOrgId: idOf(ctx.orgIds, o.activity.provider),
        merchantOrgId: idOf(ctx.orgIds, o.product.merchant),
        productId: idOf(ctx.productIds, o.product.code),
        status: o.status,
        decisionReason: o.decisionReason,
        appliedAt: o.appliedAt,
        decidedAt: o.decidedAt,
        updatedAt: o.updatedAt,
      }),
      ...o.terms.map((t) =>
        ctx.db
          .insert(enrollmentTerms)
          .values({ id: newId('termVersion', t.createdAt), enrollmentId: id, ...t, createdBy: owner })
          .onConflictDoNothing({ target: [enrollmentTerms.enrollmentId, enrollmentTerms.version] }),
      ),
    ]);
  }
  await runGrouped(ctx.db, groups);
  await found();
  for (const o of plan) idOf(ctx.enrollmentIds, o.key);
  return plan;
}

/** The merchant's owner proposed its terms (`created_by` holds a user id). */
function ownerOf(ctx: SeedContext, merchant: string): string {
  const owner = DEMO_MEMBERSHIPS.find((m) => m.slug === merchant && m.role === 'owner');
  return idOf(ctx.userIds, owner!.email);
}
