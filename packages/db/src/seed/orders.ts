import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { clicks, commissionLines, links, memberships, orders, organizations, skus, users } from '../schema';
import { DAY_MS, type SeedContext } from './context';
import { chunked } from './batch';
import {
  DEMO_BOT_ORDER_EVERY,
  DEMO_BRUSHING_ORDERS,
  DEMO_CONVERSION,
  DEMO_DELIVERY_DAYS,
  DEMO_ORDER_FATE,
  DEMO_ORDER_PREFIX,
  DEMO_SELF_PURCHASE_SHARE,
  DEMO_TOP_UP_FACTOR,
  DEMO_UNATTRIBUTED_PER_MERCHANT,
  DEMO_UNFUNDED_MERCHANT,
} from './data/orders';
import { between, seeded, token } from './random';

/**
 * The order pipeline the demo orders go through. It lives in the Worker (workers/app/src/services/orders and
 * ledger), which this package cannot import (the Worker depends on it, not the other way round): the caller hands
 * it in — scripts/seed.ts passes workers/app/src/services/orders/demo-pipeline.ts. So the demo orders are recorded
 * exactly as a merchant's postbacks are: attribution, frozen terms, the split, fraud holds, stock and the ledger.
 */
export interface DemoOrderInput {
  externalId: string;
  clickId?: string | null;
  currency: string;
  placedAt: number;
  buyer?: string | null;
  lines: { sku: string; quantity: number; unitPrice: number; discount?: number }[];
}
export interface DemoOrderPipeline {
  recordOrders(
    db: Database,
    rc: { merchantOrgId: string; source: 'postback'; now: number },
    inputs: DemoOrderInput[],
  ): Promise<({ status: 'created' | 'replayed'; orderId: string } | { status: 'rejected'; error: Error })[]>;
  refundOrder(db: Database, rc: { merchantOrgId: string; now: number; cancel?: boolean }, ref: { id: string }, input: { externalId: string; amount?: number; reason?: string | null }): Promise<unknown>;
  confirmOrder(db: Database, rc: { merchantOrgId: string; now: number }, ref: { id: string }, at?: number): Promise<unknown>;
  /** Credits a merchant's balance (what a paid Stripe top-up does), once per `key`. */
  topUp(db: Database, t: { merchantOrgId: string; currency: string; amount: number; key: string; now: number }): Promise<void>;
  refreshFunding(db: Database, now: number): Promise<unknown>;
  runLocks(db: Database, now: number): Promise<unknown>;
}

/** What the demo orders hold, read back from the database (the same whether this run wrote them or an earlier one). */
export interface DemoOrdersSummary {
  orders: number;
  attributed: number;
  cancelled: number;
  partlyRefunded: number;
  confirmed: number;
  held: number;
  /** Commission lines by status (pending, locked, payable, reversed). */
  lines: Record<string, number>;
  merchantsFunded: number;
  merchantsPaused: number;
}

interface PlannedOrder {
  merchantOrgId: string;
  input: DemoOrderInput;
  fate: 'cancel' | 'fullRefund' | 'partialRefund' | 'unconfirmed' | 'delivered';
  refundShare: number;
}

/**
 * Demo orders on the demo creators' links (read from the database: the links and clicks an earlier step wrote),
 * recorded through the real pipeline, then refunded, cancelled, confirmed, funded and locked so that every state
 * shows: pending (awaiting delivery or inside the return window), locked (the unfunded merchant's), payable,
 * partly refunded, cancelled (commission reversed) and held (self-purchase, bot click, brushing). Idempotent: when
 * any demo order exists the step writes nothing (its plan depends on when it runs, as the links' does).
 * Deterministic: each link draws from its own seeded stream.
 */
export async function seedOrders(ctx: SeedContext, pipeline: DemoOrderPipeline): Promise<DemoOrdersSummary> {
  const { db } = ctx;
  const [done] = await db.select({ id: orders.id }).from(orders).where(like(orders.externalId, `${DEMO_ORDER_PREFIX}%`)).limit(1);
  if (!done) await writeOrders(ctx, pipeline);
  return summary(db);
}

async function writeOrders(ctx: SeedContext, pipeline: DemoOrderPipeline) {
  const { db, now } = ctx;
  // The demo organizations' links only (a developer's own links in the same database are left alone).
  const demoOrgIds = [...ctx.orgIds.values()];
  const demoLinks = (await Promise.all(chunked(demoOrgIds).map((part) => db.select().from(links).where(inArray(links.creatorOrgId, part))))).flat().sort((a, b) => (a.code < b.code ? -1 : 1));
  if (demoLinks.length === 0) return;
  const merchantIds = [...new Set(demoLinks.map((l) => l.merchantOrgId))];
  const merchantSkus = new Map<string, { code: string; productId: string; price: number; currency: string }[]>();
  for (const part of chunked(merchantIds)) {
    for (const s of await db.select().from(skus).where(inArray(skus.orgId, part)).orderBy(asc(skus.code))) {
      merchantSkus.set(s.orgId, [...(merchantSkus.get(s.orgId) ?? []), s]);
    }
  }
  const emails = new Map<string, string>();
  for (const part of chunked([...new Set(demoLinks.map((l) => l.creatorOrgId))])) {
    const rows = await db.select({ orgId: memberships.orgId, email: users.email }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(and(inArray(memberships.orgId, part), eq(memberships.role, 'owner')));
    for (const r of rows) emails.set(r.orgId, r.email);
  }

  const planned: PlannedOrder[] = [];
  let brushingDone = false;
  const fate = (r: () => number): Pick<PlannedOrder, 'fate' | 'refundShare'> => {
    const f = DEMO_ORDER_FATE;
    const p = r();
    const refundShare = between(r, 20, 50) / 100;
    if (p < f.cancel) return { fate: 'cancel', refundShare };
    if (p < f.cancel + f.fullRefund) return { fate: 'fullRefund', refundShare };
    if (p < f.cancel + f.fullRefund + f.partialRefund) return { fate: 'partialRefund', refundShare };
    return { fate: r() < f.unconfirmed ? 'unconfirmed' : 'delivered', refundShare };
  };
  for (const [i, link] of demoLinks.entries()) {
    const r = seeded(`orders/${link.code}`);
    const own = (merchantSkus.get(link.merchantOrgId) ?? []).filter((s) => s.productId === link.productId);
    const others = (merchantSkus.get(link.merchantOrgId) ?? []).filter((s) => s.productId !== link.productId && s.currency === own[0]?.currency);
    if (own.length === 0) continue;
    const linkClicks = await db
      .select({ id: clicks.id, at: clicks.clickedAt, bot: clicks.bot, counted: clicks.counted })
      .from(clicks)
      .where(eq(clicks.linkId, link.id))
      .orderBy(asc(clicks.clickedAt), asc(clicks.identityHash));
    const converting = linkClicks.filter((c) => c.counted && r() < DEMO_CONVERSION);
    if (i % DEMO_BOT_ORDER_EVERY === 0) {
      const bot = linkClicks.find((c) => c.bot);
      if (bot) converting.push(bot);
    }
    const mine: PlannedOrder[] = [];
    for (const c of converting) {
      const placedAt = c.at + between(r, 3, 120) * 60_000;
      if (placedAt > now - 60_000) continue;
      const sku = own[between(r, 0, own.length - 1)];
      const quantity = r() < 0.8 ? 1 : 2;
      const lines: DemoOrderInput['lines'] = [{ sku: sku.code, quantity, unitPrice: sku.price, discount: r() < 0.15 ? Math.floor((quantity * sku.price * between(r, 5, 10)) / 100) : 0 }];
      // Sometimes the buyer adds a product of the merchant that is not on offer: that line earns no commission.
      if (others.length && r() < 0.1) {
        const extra = others[between(r, 0, others.length - 1)];
        lines.push({ sku: extra.code, quantity: 1, unitPrice: extra.price });
      }
      const buyer = r() < DEMO_SELF_PURCHASE_SHARE ? (emails.get(link.creatorOrgId) ?? null) : `buyer-${token(r, 8, 'abcdefghijkmnpqrstuvwxyz23456789')}@example.test`;
      mine.push({ merchantOrgId: link.merchantOrgId, input: { externalId: `${DEMO_ORDER_PREFIX}${link.code}-${mine.length + 1}`, clickId: c.id, currency: sku.currency, placedAt, buyer, lines }, ...fate(r) });
    }
    // One buyer orders again and again within hours through the busiest live-stream link: brushing.
    if (!brushingDone && mine.length >= DEMO_BRUSHING_ORDERS && link.subId.startsWith('live')) {
      brushingDone = true;
      const last = mine.slice(-DEMO_BRUSHING_ORDERS);
      last.forEach((o, k) => {
        o.input.buyer = 'repeat-buyer@example.test';
        o.input.clickId = last[0].input.clickId;
        o.input.placedAt = Math.min(now - 60_000, last[0].input.placedAt + k * 40 * 60_000);
        o.fate = 'delivered';
      });
    }
    planned.push(...mine);
  }
  // A few orders per merchant that came without a click (the buyer found the shop by itself).
  for (const merchantOrgId of merchantIds.sort()) {
    const r = seeded(`orders/unattributed/${(merchantSkus.get(merchantOrgId) ?? [])[0]?.code}`);
    const list = merchantSkus.get(merchantOrgId) ?? [];
    for (let k = 0; k < DEMO_UNATTRIBUTED_PER_MERCHANT && list.length; k++) {
      const sku = list[between(r, 0, list.length - 1)];
      const placedAt = now - between(r, 1, 20 * 24) * 3_600_000;
      planned.push({ merchantOrgId, input: { externalId: `${DEMO_ORDER_PREFIX}${sku.code}-direct-${k + 1}`, currency: sku.currency, placedAt, lines: [{ sku: sku.code, quantity: 1, unitPrice: sku.price }] }, ...fate(r) });
    }
  }

  // Record: one pipeline call per merchant, oldest first.
  const orderIds = new Map<string, string>();
  for (const merchantOrgId of merchantIds) {
    const theirs = planned.filter((o) => o.merchantOrgId === merchantOrgId).sort((a, b) => a.input.placedAt - b.input.placedAt);
    for (let i = 0; i < theirs.length; i += 200) {
      const part = theirs.slice(i, i + 200);
      const outcomes = await pipeline.recordOrders(db, { merchantOrgId, source: 'postback', now }, part.map((o) => o.input));
      outcomes.forEach((out, k) => {
        if (out.status === 'rejected') throw new Error(`demo seed: order ${part[k].input.externalId} rejected: ${out.error.message}`);
        orderIds.set(part[k].input.externalId, out.orderId);
      });
    }
  }
  // Refunds and cancels (before delivery), then the delivery confirmation, order by order.
  const deliveredAt = (o: PlannedOrder) => o.input.placedAt + DEMO_DELIVERY_DAYS * DAY_MS;
  const settle = async (o: PlannedOrder) => {
    const id = orderIds.get(o.input.externalId)!;
    const rc = { merchantOrgId: o.merchantOrgId, now: Math.min(now, o.input.placedAt + DAY_MS) };
    const total = o.input.lines.reduce((t, l) => t + l.quantity * l.unitPrice - (l.discount ?? 0), 0);
    if (o.fate === 'cancel') await pipeline.refundOrder(db, { ...rc, cancel: true }, { id }, { externalId: `${o.input.externalId}-cancel`, reason: 'Cancelled by the buyer' });
    else if (o.fate === 'fullRefund') await pipeline.refundOrder(db, rc, { id }, { externalId: `${o.input.externalId}-R1`, reason: 'Returned' });
    else if (o.fate === 'partialRefund' && total > 1) await pipeline.refundOrder(db, rc, { id }, { externalId: `${o.input.externalId}-R1`, amount: Math.max(1, Math.floor(total * o.refundShare)), reason: 'Partly returned' });
    if ((o.fate === 'delivered' || o.fate === 'partialRefund') && deliveredAt(o) <= now) await pipeline.confirmOrder(db, { merchantOrgId: o.merchantOrgId, now }, { id }, deliveredAt(o));
  };
  for (const o of planned) await settle(o);
  // Top-ups: every merchant funds its balance, but one, whose offers pause; then the lock job runs once.
  const owed = await db
    .select({ orgId: commissionLines.merchantOrgId, currency: commissionLines.currency, amount: sql<number>`sum(${commissionLines.amount})` })
    .from(commissionLines)
    .innerJoin(orders, eq(orders.id, commissionLines.orderId))
    .where(like(orders.externalId, `${DEMO_ORDER_PREFIX}%`))
    .groupBy(commissionLines.merchantOrgId, commissionLines.currency);
  const [unfunded] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_UNFUNDED_MERCHANT));
  for (const o of owed) {
    if (o.orgId === unfunded?.id || Number(o.amount) <= 0) continue;
    const amount = Math.ceil((Number(o.amount) * DEMO_TOP_UP_FACTOR) / 10_000) * 10_000;
    await pipeline.topUp(db, { merchantOrgId: o.orgId, currency: o.currency, amount, key: `demo-top-up:${o.orgId}:${o.currency}`, now });
  }
  await pipeline.refreshFunding(db, now);
  await pipeline.runLocks(db, now);
}

async function summary(db: Database): Promise<DemoOrdersSummary> {
  const demo = like(orders.externalId, `${DEMO_ORDER_PREFIX}%`);
  const [o] = await db
    .select({
      orders: sql<number>`count(*)`,
      attributed: sql<number>`coalesce(sum(${orders.attribution} = 'attributed'), 0)`,
      cancelled: sql<number>`coalesce(sum(${orders.status} = 'cancelled'), 0)`,
      partlyRefunded: sql<number>`coalesce(sum(${orders.refunded} > 0 and ${orders.status} <> 'cancelled'), 0)`,
      confirmed: sql<number>`coalesce(sum(${orders.status} = 'confirmed'), 0)`,
      held: sql<number>`coalesce(sum(${orders.holdReason} is not null), 0)`,
    })
    .from(orders)
    .where(demo);
  const lines = await db
    .select({ status: commissionLines.status, n: sql<number>`count(*)` })
    .from(commissionLines)
    .innerJoin(orders, eq(orders.id, commissionLines.orderId))
    .where(demo)
    .groupBy(commissionLines.status)
    .orderBy(commissionLines.status);
  const [funding] = await db
    .select({
      funded: sql<number>`count(distinct case when ${organizations.fundingPausedAt} is null then ${organizations.id} end)`,
      paused: sql<number>`count(distinct case when ${organizations.fundingPausedAt} is not null then ${organizations.id} end)`,
    })
    .from(organizations)
    .where(sql`${organizations.id} in (select ${orders.merchantOrgId} from ${orders} where ${demo})`);
  return {
    orders: Number(o.orders),
    attributed: Number(o.attributed),
    cancelled: Number(o.cancelled),
    partlyRefunded: Number(o.partlyRefunded),
    confirmed: Number(o.confirmed),
    held: Number(o.held),
    lines: Object.fromEntries(lines.map((l) => [l.status, Number(l.n)])),
    merchantsFunded: Number(funding?.funded ?? 0),
    merchantsPaused: Number(funding?.paused ?? 0),
  };
}
