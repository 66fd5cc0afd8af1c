import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { inCategory, newId } from '@xuanpin/core';
import { products, sampleRequests, type SampleStatus } from '../schema';
import { chunked, runGrouped, type Statement } from './batch';
import { skuCode, type PlannedProduct } from './catalog';
import { DAY_MS, HOUR_MS, idOf, type SeedContext } from './context';
import { DEMO_CREATORS, type DemoCreator } from './data/creators';
import { DEMO_SAMPLES, type DemoSample, type SampleState } from './data/samples';
import type { PlannedOffer } from './offers';
import { between, seeded, shuffled, token, type Random } from './random';
import type { PlannedRoster } from './rosters';

/** Statuses whose units stay taken from the product's sample stock (rejected and cancelled requests gave theirs back). */
export const HOLDING: readonly SampleStatus[] = ['requested', 'approved', 'shipped', 'delivered', 'posted'];

export interface PlannedSample {
  spec: DemoSample;
  creator: DemoCreator;
  offer: PlannedOffer;
  skuCode: string;
  quantity: number;
  status: SampleStatus;
  note: string | null;
  shippingAddress: string;
  decisionReason: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  contentDueDays: number;
  requestedAt: number;
  decidedAt: number | null;
  shippedAt: number | null;
  deliveredAt: number | null;
  contentDueAt: number | null;
  postUrl: string | null;
  postedAt: number | null;
  overdueFlaggedAt: number | null;
  updatedAt: number;
}

const STATUS_OF: Record<SampleState, SampleStatus> = {
  requested: 'requested',
  approved: 'approved',
  rejected: 'rejected',
  shipped: 'shipped',
  delivered: 'delivered',
  overdue: 'delivered',
  posted: 'posted',
  'posted-late': 'posted',
  cancelled: 'cancelled',
};

interface Timeline {
  requestedAt: number;
  decidedAt: number | null;
  shippedAt: number | null;
  deliveredAt: number | null;
  postedAt: number | null;
  overdueFlaggedAt: number | null;
  updatedAt: number;
}

/**
 * When each step happened, counted back from the seed's clock so that every state is true "now": a delivered
 * sample is still inside its window, an overdue one is past it, a late post came after its due date.
 */
function timeline(now: number, s: DemoSample, dueDays: number, random: Random): Timeline {
  const days = (min: number, max: number) => between(random, min, max) * DAY_MS;
  const hours = (min: number, max: number) => between(random, min, max) * HOUR_MS;
  const none = { decidedAt: null, shippedAt: null, deliveredAt: null, postedAt: null, overdueFlaggedAt: null };
  if (s.state === 'requested') {
    const requestedAt = now - hours(3, 60);
    return { ...none, requestedAt, updatedAt: requestedAt };
  }
  if (s.state === 'cancelled') {
    const requestedAt = now - days(2, 6);
    return { ...none, requestedAt, updatedAt: requestedAt + hours(2, 24) };
  }
  if (s.state === 'approved' || s.state === 'rejected') {
    const requestedAt = now - days(3, 8);
    const decidedAt = requestedAt + hours(4, 30);
    return { ...none, requestedAt, decidedAt, updatedAt: decidedAt };
  }
  if (s.state === 'shipped') {
    const shippedAt = now - days(1, 4) - hours(0, 12);
    const decidedAt = shippedAt - hours(12, 48);
    const requestedAt = decidedAt - hours(4, 20);
    return { ...none, requestedAt, decidedAt, shippedAt, updatedAt: shippedAt };
  }
  const deliveredAt =
    s.state === 'delivered' ? now - days(3, 8) - hours(0, 12)
    : s.state === 'overdue' ? now - (dueDays + between(random, 3, 10)) * DAY_MS
    : s.state === 'posted' ? now - days(12, 25)
    : now - (dueDays + between(random, 8, 14)) * DAY_MS; // posted late
  const shippedAt = deliveredAt - days(2, 5);
  const decidedAt = shippedAt - hours(12, 48);
  const requestedAt = decidedAt - hours(4, 20);
  const dueAt = deliveredAt + dueDays * DAY_MS;
  const base = { requestedAt, decidedAt, shippedAt, deliveredAt };
  if (s.state === 'delivered') return { ...base, postedAt: null, overdueFlaggedAt: null, updatedAt: deliveredAt };
  if (s.state === 'overdue') {
    // The hourly job flags it within hours of the due time; one is left for the job's next run.
    const overdueFlaggedAt = s.flagged === false ? null : dueAt + hours(1, 6);
    return { ...base, postedAt: null, overdueFlaggedAt, updatedAt: overdueFlaggedAt ?? deliveredAt };
  }
  if (s.state === 'posted') {
    const postedAt = Math.min(deliveredAt + days(3, dueDays - 2) + hours(0, 12), dueAt, now - 2 * HOUR_MS);
    return { ...base, postedAt, overdueFlaggedAt: null, updatedAt: postedAt };
  }
  const overdueFlaggedAt = dueAt + hours(1, 6);
  const postedAt = dueAt + days(2, 6);
  return { ...base, postedAt, overdueFlaggedAt, updatedAt: postedAt };
}

const ADDRESSES: Record<string, string> = {
  上海: '上海市静安区南京西路 1266 号 恒隆广场 2 座（示例地址）',
  北京: '北京市朝阳区建国路 87 号 华贸中心 3 号楼（示例地址）',
  广东: '广东省广州市天河区天河路 383 号（示例地址）',
  浙江: '浙江省杭州市西湖区文三路 259 号（示例地址）',
  四川: '四川省成都市锦江区红星路三段 1 号（示例地址）',
  东京: '東京都渋谷区神宮前 4-12-10（デモ住所）',
};

function shippingAddress(c: DemoCreator): string {
  if (c.locale === 'ja') return ADDRESSES['东京'];
  return ADDRESSES[c.regions.find((r) => ADDRESSES[r]) ?? '上海'];
}

/** Japanese creators get Yamato; Chinese ones SF Express from the bonded warehouse (CNY SKUs) or EMS from Japan. */
function shipment(random: Random, c: DemoCreator, p: PlannedProduct) {
  if (c.locale === 'ja') {
    const n = token(random, 12);
    return { carrier: 'Yamato ヤマト運輸', trackingNumber: `${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8)}` };
  }
  if (p.currency === 'JPY') return { carrier: 'EMS 日本郵便', trackingNumber: `EB${token(random, 9)}JP` };
  return { carrier: 'SF Express 顺丰速运', trackingNumber: `SF${token(random, 13)}` };
}

const HEX = '0123456789abcdef';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A post on the creator's main platform. */
function postUrl(random: Random, c: DemoCreator): string {
  const [platform, handle] = c.handles[0];
  switch (platform) {
    case 'xiaohongshu':
      return `https://www.xiaohongshu.com/explore/${token(random, 24, HEX)}`;
    case 'douyin':
      return `https://www.douyin.com/video/7${token(random, 18)}`;
    case 'instagram':
      return `https://www.instagram.com/p/${token(random, 11, B62)}/`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${token(random, 11, B62)}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${handle}/video/7${token(random, 18)}`;
    case 'bilibili':
      return `https://www.bilibili.com/video/BV1${token(random, 9, B62)}`;
    default:
      return `https://weibo.com/${token(random, 10)}/${token(random, 9, B62)}`;
  }
}

/**
 * The sample requests: each on an offer open to its creator now, preferably in the creator's categories (approved, activity open and in period, product
 * active; roster for open and exclusive plans, a name for targeted ones), whose product offers samples, that was
 * approved and visible to the creator before the request, with enough sample units left.
 */
export function planSamples(now: number, offers: readonly PlannedOffer[], rosters: readonly PlannedRoster[]): PlannedSample[] {
  const creators = new Map(DEMO_CREATORS.map((c) => [c.slug, c]));
  const unitsLeft = new Map(offers.map((o) => [o.product.code, o.product.sampleQuantity]));
  const taken = new Set<string>();
  return DEMO_SAMPLES.map((spec, index) => {
    const creator = creators.get(spec.creator);
    if (!creator) throw new Error(`demo seed: sample ${index}: no creator ${spec.creator}`);
    const quantity = spec.quantity ?? 1;
    const joinedAt = (provider: string) =>
      rosters.find((r) => r.provider === provider && r.creator === creator.slug && r.status === 'active')?.respondedAt ?? null;
    const visibleSince = ({ activity: a }: PlannedOffer) =>
      a.planType === 'targeted' ? (a.targets!.includes(creator.slug) ? a.startsAt : null) : joinedAt(a.provider);
    const open = offers.filter(
      (o) =>
        o.status === 'approved' &&
        o.activity.status === 'open' &&
        o.activity.startsAt <= now &&
        now < o.activity.endsAt &&
        o.product.status === 'active' &&
        o.product.samplePolicy !== 'none' &&
        visibleSince(o) !== null &&
        (!spec.product || spec.product === o.product.code) &&
        !taken.has(`${o.key}|${creator.slug}`) &&
        (unitsLeft.get(o.product.code) ?? 0) >= quantity,
    );
    // Offers in the creator's own categories first, then in the same top-level category, then any.
    const fit = (o: PlannedOffer) =>
      creator.categories.some((c) => inCategory(o.product.category, c)) ? 2
      : creator.categories.some((c) => c.split('.')[0] === o.product.category.split('.')[0]) ? 1
      : 0;
    const ranked = shuffled(seeded(`samples/${spec.creator}/${index}`), open).sort((x, y) => fit(y) - fit(x));
    for (const offer of ranked) {
      const random = seeded(`sample/${spec.creator}/${offer.key}`);
      const a = offer.activity;
      const t = timeline(now, spec, a.contentDueDays, random);
      // Requested only once the creator could see the offer and the provider had approved it.
      if (t.requestedAt < Math.max(visibleSince(offer)!, offer.decidedAt! + HOUR_MS, a.startsAt)) continue;
      taken.add(`${offer.key}|${creator.slug}`);
      const status = STATUS_OF[spec.state];
      if (HOLDING.includes(status)) unitsLeft.set(offer.product.code, unitsLeft.get(offer.product.code)! - quantity);
      const product = offer.product;
      const suffix = spec.sku ?? product.skus[between(random, 0, product.skus.length - 1)].suffix;
      const shipped = t.shippedAt !== null ? shipment(random, creator, product) : { carrier: null, trackingNumber: null };
      return {
        spec,
        creator,
        offer,
        skuCode: skuCode(product, suffix),
        quantity,
        status,
        note: spec.note ?? null,
        shippingAddress: shippingAddress(creator),
        decisionReason: spec.state === 'rejected' ? (spec.reason ?? '本期样品已发完。') : null,
        ...shipped,
        contentDueDays: a.contentDueDays,
        ...t,
        contentDueAt: t.deliveredAt === null ? null : t.deliveredAt + a.contentDueDays * DAY_MS,
        postUrl: t.postedAt === null ? null : postUrl(random, creator),
      };
    }
    throw new Error(`demo seed: no offer open to ${spec.creator} fits a ${spec.state} sample${spec.product ? ` of ${spec.product}` : ''}`);
  });
}

/**
 * Inserts the demo creators' sample requests. A creator's requests are written in one group, and a creator that
 * already has any sample request is left as it is: which offer a request lands on depends on dates counted from
 * `now`, so a later run must not look for the same (offer, creator) pairs. A request that holds units takes them
 * from its product's sample stock in the same group, guarded so that the stock never goes below zero, as the sample
 * service does it.
 */
export async function seedSamples(ctx: SeedContext, offers: readonly PlannedOffer[], rosters: readonly PlannedRoster[]): Promise<PlannedSample[]> {
  const plan = planSamples(ctx.now, offers, rosters);
  const done = new Set<string>();
  for (const part of chunked(DEMO_CREATORS.map((c) => idOf(ctx.orgIds, c.slug)))) {
    const rows = await ctx.db.selectDistinct({ creatorOrgId: sampleRequests.creatorOrgId }).from(sampleRequests).where(inArray(sampleRequests.creatorOrgId, part));
    for (const r of rows) done.add(r.creatorOrgId);
  }
  const groups = new Map<string, Statement[]>();
  for (const s of plan) {
    const creatorOrgId = idOf(ctx.orgIds, s.creator.slug);
    if (done.has(creatorOrgId)) continue;
    const { spec: _spec, creator: _creator, offer, skuCode: code, ...row } = s;
    const group = groups.get(creatorOrgId) ?? [];
    groups.set(creatorOrgId, group);
    group.push(
      ctx.db.insert(sampleRequests).values({
        id: newId('sample', s.requestedAt),
        enrollmentId: idOf(ctx.enrollmentIds, offer.key),
        creatorOrgId,
        merchantOrgId: idOf(ctx.orgIds, offer.product.merchant),
        providerOrgId: idOf(ctx.orgIds, offer.activity.provider),
        skuId: idOf(ctx.skuIds, code),
        ...row,
      }),
    );
    if (HOLDING.includes(s.status)) {
      group.push(
        ctx.db
          .update(products)
          .set({ sampleQuantity: sql`${products.sampleQuantity} - ${s.quantity}` })
          .where(and(eq(products.id, idOf(ctx.productIds, offer.product.code)), gte(products.sampleQuantity, s.quantity))),
      );
    }
  }
  await runGrouped(ctx.db, [...groups.values()]);
  return plan;
}
