import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { sha256Hex, type ClickFacts, type FraudRuleConfig } from '@xuanpin/core';
import { activities, clicks, enrollments, fraudRules, links, memberships, orders, organizations, platformFees, skus, users, type Database, type Sku } from '@xuanpin/db';
import { chunks } from '../activities/rules';

/** The facts the pipeline reads before it writes, each in one query for a whole batch of orders. */

export interface ClickRow extends ClickFacts {
  id: string;
  linkId: string;
  enrollmentId: string;
  creatorOrgId: string;
  providerOrgId: string;
  identityHash: string;
  returnWindowDays: number;
  delegateOrgId: string | null;
  delegateShareBps: number;
}

export async function loadClicks(db: Database, ids: string[]): Promise<Map<string, ClickRow>> {
  const map = new Map<string, ClickRow>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .select({
        id: clicks.id,
        linkId: clicks.linkId,
        enrollmentId: clicks.enrollmentId,
        creatorOrgId: clicks.creatorOrgId,
        providerOrgId: clicks.providerOrgId,
        merchantOrgId: clicks.merchantOrgId,
        clickedAt: clicks.clickedAt,
        bot: clicks.bot,
        identityHash: clicks.identityHash,
        productId: links.productId,
        enrollmentStatus: enrollments.status,
        activityStatus: activities.status,
        activityStartsAt: activities.startsAt,
        activityEndsAt: activities.endsAt,
        attributionWindowDays: activities.attributionWindowDays,
        returnWindowDays: activities.returnWindowDays,
        delegateOrgId: activities.delegateOrgId,
        delegateShareBps: activities.delegateShareBps,
      })
      .from(clicks)
      .innerJoin(links, eq(links.id, clicks.linkId))
      .innerJoin(enrollments, eq(enrollments.id, clicks.enrollmentId))
      .innerJoin(activities, eq(activities.id, links.activityId))
      .where(inArray(clicks.id, part));
    for (const r of rows) map.set(r.id, r);
  }
  return map;
}

/** The merchant's SKUs named by id or by code. */
export async function loadSkus(db: Database, merchantOrgId: string, refs: string[]): Promise<Map<string, Sku>> {
  const map = new Map<string, Sku>();
  for (const part of chunks([...new Set(refs)], 45)) {
    const rows = await db
      .select()
      .from(skus)
      .where(and(eq(skus.orgId, merchantOrgId), or(inArray(skus.id, part), inArray(skus.code, part))));
    for (const r of rows) {
      map.set(r.id, r);
      map.set(r.code, r);
    }
  }
  return map;
}

export async function loadFraudRules(db: Database): Promise<FraudRuleConfig[]> {
  return (await db.select().from(fraudRules)) as FraudRuleConfig[];
}

/** The platform fee versions, and the one in force at `at` (the highest version effective by then). */
export async function loadPlatformFees(db: Database) {
  return db.select().from(platformFees);
}
export function feeInForce(fees: readonly { version: number; feeBps: number; effectiveAt: number }[], at: number) {
  let best: (typeof fees)[number] | undefined;
  for (const f of fees) if (f.effectiveAt <= at && (!best || f.version > best.version)) best = f;
  return best ?? { version: 0, feeBps: 0, effectiveAt: 0 };
}

let platformId: string | undefined;
/** The platform organization (there is one); it earns the platform fee and holds Stripe clearing. */
export async function platformOrgId(db: Database): Promise<string> {
  if (platformId) return platformId;
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.kind, 'platform')).limit(1);
  if (!row) throw new Error('no platform organization');
  return (platformId = row.id);
}

/** Hashes of the creators' members' e-mails, in the buyer-hash form, by creator organization. */
export async function creatorIdentities(db: Database, creatorOrgIds: string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  for (const part of chunks([...new Set(creatorOrgIds)])) {
    const rows = await db
      .select({ orgId: memberships.orgId, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(inArray(memberships.orgId, part));
    for (const r of rows) {
      const set = map.get(r.orgId) ?? new Set<string>();
      set.add(await sha256Hex(`buyer:${r.email.trim().toLowerCase()}`));
      map.set(r.orgId, set);
    }
  }
  return map;
}

/** Orders already recorded per (creator, buyer) since `since`, for the brushing rule. */
export async function recentBuyerOrders(db: Database, pairs: { creatorOrgId: string; buyerHash: string }[], since: number): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  const buyers = [...new Set(pairs.map((p) => p.buyerHash))];
  for (const part of chunks(buyers)) {
    const rows = await db
      .select({ creatorOrgId: orders.creatorOrgId, buyerHash: orders.buyerHash, n: sql<number>`count(*)` })
      .from(orders)
      .where(and(inArray(orders.buyerHash, part), gt(orders.placedAt, since)))
      .groupBy(orders.creatorOrgId, orders.buyerHash);
    for (const r of rows) map.set(`${r.creatorOrgId}|${r.buyerHash}`, r.n);
  }
  return map;
}
