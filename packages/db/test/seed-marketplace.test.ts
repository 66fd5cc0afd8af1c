import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { CURRENCIES, PLAN_TYPES, checkRates, creatorTier, profileEngagementRateBps, isCategory, rateChangeEffectiveAt } from '@xuanpin/core';
import {
  activities,
  activityTargets,
  creatorProfiles,
  enrollments,
  enrollmentTerms,
  organizations,
  products,
  rosterMembers,
  sampleRequests,
  skus,
  stockMoves,
  SAMPLE_POLICIES,
  SAMPLE_STATUSES,
} from '../src/schema';
import { seedDemo, DEMO_ORGANIZATIONS, type DemoSummary } from '../src/seed/index';
import { planCatalog } from '../src/seed/catalog';
import { DEMO_CREATORS } from '../src/seed/data/creators';
import { HOLDING } from '../src/seed/samples';
import { profileTotals } from '../src/seed/creator-profiles';
// The profile service's rule for the stored totals, which the seed copies (it cannot import the Worker).
import { deriveTotals } from '../../../workers/app/src/services/creators/totals';
import { migratedDatabase, rowCounts } from './database';

const NOW = 1_780_000_000_000; // 2026-05-28T20:26:40Z
const DAY = 86_400_000;

describe('demo marketplace seed', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  let summary: DemoSummary;
  let seedMs: number;
  let counts: Record<string, number>;

  beforeAll(async () => {
    db = await migratedDatabase();
    const started = performance.now();
    summary = await seedDemo(db, NOW);
    seedMs = performance.now() - started;
    counts = await rowCounts(db);
  });

  it('holds about 30 brands with 116 SKUs priced in CNY and JPY', async () => {
    expect(summary.marketplace).toMatchObject({ merchants: 30, skus: 116 });
    expect(DEMO_ORGANIZATIONS.filter((o) => o.kind === 'merchant').length).toBeGreaterThanOrEqual(30);
    expect(counts.skus).toBe(116);
    expect(counts.products).toBe(summary.marketplace.products);
    const perMerchant = await db
      .select({ orgId: products.orgId, n: sql<number>`count(*)` })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.orgId))
      .where(eq(organizations.kind, 'merchant'))
      .groupBy(products.orgId);
    expect(perMerchant).toHaveLength(30);
    const currencies = await db.selectDistinct({ c: skus.currency }).from(skus);
    expect(currencies.map((r) => r.c).sort()).toEqual(['CNY', 'JPY']);
    for (const s of await db.select().from(skus)) {
      expect(CURRENCIES).toContain(s.currency);
      expect(Number.isInteger(s.price) && s.price > 0, s.code).toBe(true);
      // Realistic retail prices: ¥10–¥2,000 in fen, ¥500–¥100,000 in yen.
      if (s.currency === 'CNY') expect(s.price, s.code).toBeGreaterThanOrEqual(1_000);
      if (s.currency === 'CNY') expect(s.price, s.code).toBeLessThanOrEqual(200_000);
      if (s.currency === 'JPY') expect(s.price, s.code).toBeGreaterThanOrEqual(500);
      if (s.currency === 'JPY') expect(s.price, s.code).toBeLessThanOrEqual(100_000);
    }
  });

  it('files every product under the category tree, with https images, a product page and every sample policy', async () => {
    const rows = await db.select().from(products);
    for (const p of rows) {
      expect(isCategory(p.category), p.category).toBe(true);
      expect(p.images.length).toBeGreaterThan(0);
      for (const url of [...p.images, p.productUrl!]) expect(new URL(url).protocol, url).toBe('https:');
      expect(p.defaultCreatorRateBps).toBeLessThanOrEqual(5_000);
      if (p.samplePolicy === 'none') expect(p.sampleQuantity).toBe(0);
    }
    expect(new Set(rows.map((p) => p.samplePolicy))).toEqual(new Set(SAMPLE_POLICIES));
    expect(new Set(rows.map((p) => p.status))).toEqual(new Set(['active', 'draft', 'paused']));
  });

  it('never has negative stock or sample units, and records every opening stock as a move', async () => {
    const [low] = await db.select({ stock: sql<number>`min(${skus.stock})` }).from(skus);
    const [lowSamples] = await db.select({ n: sql<number>`min(${products.sampleQuantity})` }).from(products);
    expect(low.stock).toBeGreaterThanOrEqual(0);
    expect(lowSamples.n).toBeGreaterThanOrEqual(0);
    const moved = await db
      .select({ stock: skus.stock, moved: sql<number>`coalesce(sum(${stockMoves.delta}), 0)` })
      .from(skus)
      .leftJoin(stockMoves, eq(stockMoves.skuId, skus.id))
      .groupBy(skus.id);
    for (const r of moved) expect(r.moved).toBe(r.stock);
  });

  it('keeps each product’s sample units equal to what was set aside minus what open and posted requests hold', async () => {
    const setAside = new Map(planCatalog(NOW).map((p) => [p.title, p.sampleQuantity]));
    const holding = await db
      .select({ productId: enrollments.productId, quantity: sampleRequests.quantity })
      .from(sampleRequests)
      .innerJoin(enrollments, eq(enrollments.id, sampleRequests.enrollmentId))
      .where(inArray(sampleRequests.status, [...HOLDING]));
    const rows = await db.select().from(products);
    const held = rows.map((p) => ({
      title: p.title,
      left: p.sampleQuantity,
      held: holding.filter((h) => h.productId === p.id).reduce((n, h) => n + h.quantity, 0),
    }));
    expect(held.some((p) => p.held > 0)).toBe(true);
    for (const p of held) expect(p.left + p.held, p.title).toBe(setAside.get(p.title));
  });

  it('gives the 3 providers activities of every plan type, open and one closed, periods covering now', async () => {
    const rows = await db
      .select({ a: activities, provider: organizations.slug })
      .from(activities)
      .innerJoin(organizations, eq(organizations.id, activities.orgId));
    expect(new Set(rows.map((r) => r.provider)).size).toBe(3);
    for (const provider of new Set(rows.map((r) => r.provider))) {
      expect(new Set(rows.filter((r) => r.provider === provider).map((r) => r.a.planType)), provider).toEqual(new Set(PLAN_TYPES));
    }
    expect(rows.filter((r) => r.a.status === 'closed')).toHaveLength(1);
    expect(rows.filter((r) => r.a.status === 'open')).toHaveLength(rows.length - 1);
    const targets = await db.select().from(activityTargets);
    for (const { a } of rows) {
      expect(a.startsAt, a.name).toBeLessThanOrEqual(NOW);
      expect(a.endsAt, a.name).toBeGreaterThan(NOW);
      expect(checkRates(a.planType, a.minCreatorRateBps, a.serviceFeeBps), a.name).toBeNull();
      a.categories.forEach((c) => expect(isCategory(c), c).toBe(true));
      if (a.planType === 'exclusive') expect(a.exclusiveUntil, a.name).toBeGreaterThan(a.startsAt);
      else expect(a.exclusiveUntil, a.name).toBeNull();
      const named = targets.filter((t) => t.activityId === a.id);
      if (a.planType === 'targeted') expect(named.length, a.name).toBeGreaterThan(0);
      else expect(named, a.name).toHaveLength(0);
    }
  });

  it('keeps every offer’s rates within bounds and the activity’s minimums; mostly approved, some pending, rejected with reasons', async () => {
    const rows = await db
      .select({ e: enrollments, a: activities, t: enrollmentTerms })
      .from(enrollmentTerms)
      .innerJoin(enrollments, eq(enrollments.id, enrollmentTerms.enrollmentId))
      .innerJoin(activities, eq(activities.id, enrollments.activityId));
    for (const { a, t } of rows) {
      expect(checkRates(a.planType, t.creatorRateBps, t.serviceFeeBps)).toBeNull();
      expect(t.creatorRateBps).toBeGreaterThanOrEqual(a.minCreatorRateBps);
      expect(t.serviceFeeBps).toBeGreaterThanOrEqual(a.serviceFeeBps);
    }
    const all = await db.select().from(enrollments);
    const by = (s: string) => all.filter((e) => e.status === s);
    expect(all).toHaveLength(summary.marketplace.offers);
    expect(by('approved').length).toBeGreaterThan(all.length / 2);
    expect(by('applied').length).toBeGreaterThanOrEqual(3);
    expect(by('rejected')).toHaveLength(2);
    for (const e of by('rejected')) expect(e.decisionReason).toBeTruthy();
    expect(by('withdrawn')).toHaveLength(1);
    const closed = await db.select().from(activities).where(eq(activities.status, 'closed'));
    expect(all.filter((e) => e.activityId === closed[0].id).every((e) => e.status === 'ended')).toBe(true);
    // Version 1 of every offer, with the merchant as its author.
    const v1 = rows.filter((r) => r.t.version === 1);
    expect(v1).toHaveLength(all.length);
    for (const { e, t } of v1) {
      expect(t.effectiveAt).toBe(e.appliedAt);
      expect(t.createdBy).toMatch(/^usr_/);
    }
  });

  it('has one scheduled rate cut (version 2 from the next UTC midnight) and one raise already in force', async () => {
    const v2 = await db
      .select({ t: enrollmentTerms, v1: sql<number>`(select creator_rate_bps from enrollment_terms o where o.enrollment_id = ${enrollmentTerms.enrollmentId} and o.version = 1)` })
      .from(enrollmentTerms)
      .where(eq(enrollmentTerms.version, 2));
    expect(v2).toHaveLength(2);
    const cut = v2.find((r) => r.t.creatorRateBps < r.v1)!;
    const raise = v2.find((r) => r.t.creatorRateBps > r.v1)!;
    const tomorrow = Math.floor(NOW / DAY) * DAY + DAY;
    expect(cut.t.effectiveAt).toBe(tomorrow);
    expect(cut.t.effectiveAt).toBe(rateChangeEffectiveAt({ creatorRateBps: cut.v1, serviceFeeBps: cut.t.serviceFeeBps }, cut.t, NOW));
    expect(raise.t.effectiveAt).toBeLessThan(NOW);
    expect(raise.t.effectiveAt).toBe(raise.t.createdAt);
  });

  it('has 40+ creators in all three tiers with realistic, consistently derived profile figures', async () => {
    const rows = await db.select().from(creatorProfiles);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows).toHaveLength(DEMO_ORGANIZATIONS.filter((o) => o.kind === 'creator').length);
    const tiers = rows.map((p) => creatorTier(p.followers));
    expect(new Set(tiers)).toEqual(new Set(['koc', 'mid_kol', 'top_kol']));
    for (const tier of ['koc', 'mid_kol', 'top_kol']) expect(tiers.filter((t) => t === tier).length, tier).toBeGreaterThanOrEqual(10);
    const band = { koc: [200, 800], mid_kol: [100, 500], top_kol: [30, 300] } as const;
    for (const p of rows) {
      const derived = deriveTotals(p.handles);
      expect({ followers: p.followers, avgViews: p.avgViews, avgEngagement: p.avgEngagement }, p.displayName).toEqual(derived);
      expect(profileTotals(p.handles)).toEqual(derived);
      const [min, max] = band[creatorTier(p.followers) as keyof typeof band];
      const rate = profileEngagementRateBps(p.handles);
      expect(rate, p.displayName).toBeGreaterThanOrEqual(min);
      expect(rate, p.displayName).toBeLessThanOrEqual(max);
      for (const h of p.handles) expect(h.avgEngagement, `${p.displayName} ${h.platform}`).toBeLessThan(h.avgViews);
      expect(new Set(p.handles.map((h) => h.platform)).size).toBe(p.handles.length);
      p.categories.forEach((c) => expect(isCategory(c), c).toBe(true));
      expect(p.tags.length).toBeGreaterThan(0);
      p.tags.forEach((t) => expect(t.length, t).toBeLessThanOrEqual(30));
      expect(p.audience!.femaleBps + p.audience!.maleBps).toBeLessThanOrEqual(10_000);
      expect(p.audience!.topRegions.length).toBeLessThanOrEqual(5);
      expect(p.formats.length).toBeGreaterThan(0);
    }
    // Beauty and tableware audiences are mostly women.
    const beauty = rows.filter((p) => p.categories.some((c) => c.startsWith('beauty') || c.startsWith('skincare') || c === 'kitchen.tableware'));
    for (const p of beauty) expect(p.audience!.femaleBps, p.displayName).toBeGreaterThanOrEqual(7_000);
    // The backbone's creators keep their names.
    for (const c of DEMO_CREATORS) expect(DEMO_ORGANIZATIONS.find((o) => o.slug === c.slug)?.name).toBe(c.name);
  });

  it('puts most creators on one or two providers’ rosters, a few invited, one declined', async () => {
    const rows = await db.select().from(rosterMembers);
    const active = new Map<string, number>();
    for (const r of rows) if (r.status === 'active') active.set(r.creatorOrgId, (active.get(r.creatorOrgId) ?? 0) + 1);
    const creators = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.kind, 'creator'));
    for (const c of creators) {
      expect(active.get(c.id) ?? 0).toBeGreaterThanOrEqual(1);
      expect(active.get(c.id) ?? 0).toBeLessThanOrEqual(2);
    }
    expect(rows.filter((r) => r.status === 'invited').length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.status === 'declined')).toHaveLength(1);
    for (const r of rows) expect(r.respondedAt === null).toBe(r.status === 'invited');
  });

  it('has sample requests in every state, with carriers, tracking numbers and deadlines that fit', async () => {
    const rows = await db.select().from(sampleRequests);
    expect(rows).toHaveLength(summary.marketplace.samples);
    expect(new Set(rows.map((s) => s.status))).toEqual(new Set(SAMPLE_STATUSES));
    const delivered = rows.filter((s) => s.status === 'delivered');
    expect(delivered.filter((s) => s.contentDueAt! > NOW).length, 'delivered within the deadline').toBeGreaterThanOrEqual(1);
    expect(delivered.filter((s) => s.contentDueAt! < NOW).length, 'delivered and overdue').toBeGreaterThanOrEqual(1);
    const posted = rows.filter((s) => s.status === 'posted');
    expect(posted.filter((s) => s.postedAt! <= s.contentDueAt!).length, 'posted on time').toBeGreaterThanOrEqual(1);
    expect(posted.filter((s) => s.postedAt! > s.contentDueAt!).length, 'posted late').toBeGreaterThanOrEqual(1);
    for (const s of rows) {
      const shipped = ['shipped', 'delivered', 'posted'].includes(s.status);
      expect(s.carrier !== null, s.id).toBe(shipped);
      if (shipped) expect(s.trackingNumber).toMatch(/^(SF\d{13}|EB\d{9}JP|\d{4}-\d{4}-\d{4})$/);
      if (s.deliveredAt !== null) expect(s.contentDueAt).toBe(s.deliveredAt + s.contentDueDays * DAY);
      if (s.status === 'posted') expect(new URL(s.postUrl!).protocol).toBe('https:');
      if (s.status === 'rejected') expect(s.decisionReason).toBeTruthy();
      if (s.overdueFlaggedAt !== null) expect(s.overdueFlaggedAt).toBeGreaterThan(s.contentDueAt!);
      const times = [s.requestedAt, s.decidedAt, s.shippedAt, s.deliveredAt].filter((t) => t !== null);
      expect(times, s.id).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times, s.postedAt ?? 0, s.updatedAt)).toBeLessThanOrEqual(NOW);
    }
  });

  it('asks for samples only on approved offers, of the creator’s providers or naming the creator, of products that offer samples', async () => {
    const rows = await db
      .select({ s: sampleRequests, e: enrollments, a: activities, p: products })
      .from(sampleRequests)
      .innerJoin(enrollments, eq(enrollments.id, sampleRequests.enrollmentId))
      .innerJoin(activities, eq(activities.id, enrollments.activityId))
      .innerJoin(products, eq(products.id, enrollments.productId));
    for (const { s, e, a, p } of rows) {
      expect(e.status).toBe('approved');
      expect(p.samplePolicy).not.toBe('none');
      expect([s.merchantOrgId, s.providerOrgId]).toEqual([e.merchantOrgId, e.providerOrgId]);
      expect(s.requestedAt).toBeGreaterThan(e.decidedAt!);
      const open =
        a.planType === 'targeted'
          ? await db.select().from(activityTargets).where(and(eq(activityTargets.activityId, a.id), eq(activityTargets.creatorOrgId, s.creatorOrgId)))
          : await db
              .select()
              .from(rosterMembers)
              .where(and(eq(rosterMembers.providerOrgId, a.orgId), eq(rosterMembers.creatorOrgId, s.creatorOrgId), eq(rosterMembers.status, 'active')));
      expect(open, s.id).toHaveLength(1);
    }
  });

  it('adds and changes nothing when run again later', async () => {
    const snapshot = async () => ({
      counts: await rowCounts(db),
      products: await db.select().from(products).orderBy(products.id),
      samples: await db.select().from(sampleRequests).orderBy(sampleRequests.id),
      terms: await db.select().from(enrollmentTerms).orderBy(enrollmentTerms.id),
    });
    const before = await snapshot();
    expect(before.counts).toEqual(counts);
    // Two and a half days later: every date the plan computes has moved, the natural keys have not.
    const again = await seedDemo(db, NOW + 2.5 * DAY);
    expect(await snapshot()).toEqual(before);
    expect(again.marketplace).toEqual(summary.marketplace);
  });

  it('is quick', () => {
    expect(seedMs).toBeLessThan(5_000);
  });
});
