/**
 * The seed's case as a test (issue 5, "Proof"): the JETRO promotion — 30 Japanese brands, 116 SKUs, 2,689 orders
 * totalling exactly 332,831.00 CNY — replayed through the bulk postback door (POST /v1/orders/batch) with realistic
 * refunds (partial by amount and by line, full, cancels, a few after the lock) and replays, then confirmed and
 * locked by the scheduled job's service. Every total by party must reconcile to the fen with an independent
 * computation from the orders as sent (core's allocation applied to what remains of each line), with the commission
 * lines, and with the ledger.
 *
 * The catalog is the demo seed's (packages/db/src/seed/data/catalog.ts: 30 brands, 66 products, 116 SKUs), sold in
 * CNY during the promotion: JPY list prices at 20 JPY to the yuan (×5 in fen), then a promotion price per SKU scaled
 * so that the orders land near the campaign's total; discounts make the total exact. Deterministic: a seeded PRNG.
 */
import { describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { allocate, newId, spreadOverLines, DAY_MS, PAYABLE_PARTS, type Part, type SplitRates } from '@xuanpin/core';
import { activities, clicks, commissionLines, journalEntries, ledgerPostings, links, orderLines, orders, type Database } from '@xuanpin/db';
import { DEMO_CATALOG } from '@xuanpin/db/seed/data/catalog';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { insertActivity, insertEnrollment } from '@xuanpin/db/test/marketplace-factories';
import { ensurePlatformOrg } from '@xuanpin/db/test/order-factories';
import { call, db } from './security';
import { insertRows } from '../src/lib/json-rows';
import { balancesOf, imbalancedJournals } from '../src/services/ledger/balances';
import { confirmOrder } from '../src/services/orders/confirm';
import { feeInForce, loadPlatformFees } from '../src/services/orders/facts';
import { runLocks } from '../src/services/orders/lock';

const ORDERS = 2_689;
const TOTAL_FEN = 33_283_100;
const SERVICE_FEE_BPS = 1_000;
const SECOND_LEVEL_SHARE_BPS = 2_000;
const CREATORS = 8;

/** mulberry32: the same orders, refunds and clicks on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), chance: (p: number) => next() < p };
}

interface Sku {
  id: string;
  code: string;
  productId: string;
  merchant: number;
  listFen: number;
  promoFen: number;
}
interface Line {
  sku: Sku;
  quantity: number;
  discount: number;
  refunded: number;
}
interface PlannedOrder {
  externalId: string;
  merchant: number;
  creator: number | null;
  placedAt: number;
  clickAt: number;
  lines: Line[];
  orderId?: string;
  cancelled?: boolean;
}

/** `column in (the list)` with one JSON parameter: D1 binds at most 100 per statement. */
const within = (column: SQLiteColumn, list: string[]) => sql`${column} in (select value from json_each(${JSON.stringify(list)}))`;

const base = (l: Line) => l.quantity * l.sku.promoFen - l.discount;

/** The catalog in the database: one merchant (with a key) per brand, its products and SKUs, an approved offer each. */
async function catalog(database: Database, now: number) {
  const merchants: { orgId: string; key: string }[] = [];
  const skus: Sku[] = [];
  const productRates = new Map<string, number>();
  const provider = await createOrg(database, { kind: 'provider', name: 'JETRO promotion agency' });
  const second = await createOrg(database, { kind: 'provider', name: 'JETRO regional partner' });
  const activity = await insertActivity(database, provider.id, { name: `JETRO Japan week ${now}`, startsAt: now - 40 * DAY_MS, endsAt: now + 10 * DAY_MS });
  // The agency passes a share of its fee to a regional partner (a second-level provider).
  await database.update(activities).set({ delegateOrgId: second.id, delegateShareBps: SECOND_LEVEL_SHARE_BPS }).where(eq(activities.id, activity.id));
  const enrollments = new Map<string, string>();
  for (const [m, products] of Object.values(DEMO_CATALOG).entries()) {
    const t = await createTenant(database, 'merchant');
    merchants.push({ orgId: t.org.id, key: t.key });
    for (const p of products) {
      const made = await createProduct(database, t.org.id, {
        now,
        title: p.title,
        category: p.category,
        skus: p.skus.map((s) => ({ code: `${p.code}-${s.suffix}`, name: s.name, price: p.currency === 'JPY' ? s.price * 5 : s.price, currency: 'CNY' as const, stock: s.stock })),
      });
      const creatorRateBps = Math.min(p.defaultCreatorRateBps, 5_000);
      productRates.set(made.product.id, creatorRateBps);
      const e = await insertEnrollment(database, activity, { id: made.product.id, orgId: t.org.id }, { terms: [{ creatorRateBps, serviceFeeBps: SERVICE_FEE_BPS, effectiveAt: now - 40 * DAY_MS }] });
      enrollments.set(made.product.id, e.id);
      for (const s of made.skus) skus.push({ id: s.id, code: s.code, productId: s.productId, merchant: m, listFen: s.price, promoFen: s.price });
    }
  }
  return { merchants, skus, productRates, enrollments, provider: provider.id, second: second.id, activity };
}

/**
 * 2,689 orders of 1–3 lines of one brand, every SKU sold at least once, ~3 % without a click; promotion prices
 * scaled to land just above 332,831.00 CNY, then discounts (never above a fifth of a line) bring the total to
 * exactly 33,283,100 fen.
 */
function planOrders(r: ReturnType<typeof prng>, skus: Sku[], now: number): PlannedOrder[] {
  const byMerchant = new Map<number, Sku[]>();
  for (const s of skus) byMerchant.set(s.merchant, [...(byMerchant.get(s.merchant) ?? []), s]);
  const planned: PlannedOrder[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const first = i < skus.length ? skus[i] : skus[r.int(0, skus.length - 1)];
    const own = byMerchant.get(first.merchant)!;
    const n = r.chance(0.7) ? 1 : r.chance(0.85) ? 2 : 3;
    const lines: Line[] = [{ sku: first, quantity: r.chance(0.8) ? 1 : r.int(2, 3), discount: 0, refunded: 0 }];
    for (let k = 1; k < n; k++) lines.push({ sku: own[r.int(0, own.length - 1)], quantity: 1, discount: 0, refunded: 0 });
    const placedAt = now - r.int(2 * 24, 30 * 24) * 3_600_000 - r.int(0, 3_599_999);
    planned.push({ externalId: `JETRO-${String(i + 1).padStart(5, '0')}`, merchant: first.merchant, creator: r.chance(0.97) ? r.int(0, CREATORS - 1) : null, placedAt, clickAt: placedAt - r.int(1, 48 * 60) * 60_000, lines });
  }
  const all = planned.flatMap((o) => o.lines);
  const raw = all.reduce((t, l) => t + l.quantity * l.sku.listFen, 0);
  // One promotion price per SKU, so that the list total scales to ~1.1 × the campaign's total.
  for (const s of skus) s.promoFen = Math.max(100, Math.floor((s.listFen * TOTAL_FEN * 1.1) / raw));
  let total = all.reduce((t, l) => t + base(l), 0);
  for (let k = 0; total < TOTAL_FEN; k++) {
    const l = all[k % all.length];
    l.quantity += 1;
    total += l.sku.promoFen;
  }
  let excess = total - TOTAL_FEN;
  for (let k = 0; excess > 0; k++) {
    const l = all[r.int(0, all.length - 1)];
    const d = Math.min(excess, Math.floor((l.quantity * l.sku.promoFen) / 5) - l.discount);
    if (d <= 0) continue;
    l.discount += d;
    excess -= d;
  }
  return planned;
}

describe('the JETRO promotion, replayed through the postback door', () => {
  it('reconciles every party to the fen: 30 brands, 116 SKUs, 2,689 orders, 332,831.00 CNY', { timeout: 300_000 }, async () => {
    const database = db();
    const now = Date.now();
    const r = prng(20_260_332);
    const platform = await ensurePlatformOrg(database);
    const cat = await catalog(database, now);
    const creators: string[] = [];
    for (let i = 0; i < CREATORS; i++) creators.push((await createOrg(database, { kind: 'creator', name: `JETRO creator ${i + 1}` })).id);
    const plan = planOrders(r, cat.skus, now);
    expect(plan.reduce((t, o) => t + o.lines.reduce((s, l) => s + base(l), 0), 0)).toBe(TOTAL_FEN);
    expect(new Set(plan.flatMap((o) => o.lines.map((l) => l.sku.id))).size).toBe(116);
    expect(new Set(plan.map((o) => o.merchant)).size).toBe(30);

    // Links (one per creator and product) and one click per attributed order, written as the click consumer does.
    const linkOf = new Map<string, string>();
    const linkRows = creators.flatMap((creatorOrgId) =>
      [...cat.enrollments].map(([productId, enrollmentId]) => {
        const id = newId('link', now);
        linkOf.set(`${creatorOrgId}|${productId}`, id);
        const merchantOrgId = cat.merchants[cat.skus.find((s) => s.productId === productId)!.merchant].orgId;
        return { id, code: `J${id.slice(-9)}`, creatorOrgId, enrollmentId, activityId: cat.activity.id, productId, providerOrgId: cat.provider, merchantOrgId, subId: 'jetro', destination: 'merchant', status: 'active', createdAt: now - 40 * DAY_MS, updatedAt: now - 40 * DAY_MS };
      }),
    );
    await insertRows(database, links, linkRows);
    const clickIds = new Map<string, string>();
    const clickRows = plan.flatMap((o) => {
      if (o.creator === null) return [];
      const productId = o.lines[0].sku.productId;
      const id = newId('click', o.clickAt);
      clickIds.set(o.externalId, id);
      return [{ id, linkId: linkOf.get(`${creators[o.creator]}|${productId}`)!, creatorOrgId: creators[o.creator], enrollmentId: cat.enrollments.get(productId)!, providerOrgId: cat.provider, merchantOrgId: cat.merchants[o.merchant].orgId, clickedAt: o.clickAt, dedupeWindow: Math.floor(o.clickAt / 3_600_000), identityHash: `jetro-${o.externalId}`, referrer: null, country: 'CN', bot: false, counted: true, ingest: 'test' }];
    });
    for (let i = 0; i < clickRows.length; i += 500) await insertRows(database, clicks, clickRows.slice(i, i + 500));

    // ── the orders, per brand, in batches of at most 500, through POST /v1/orders/batch ──
    const body = (o: PlannedOrder) => ({
      externalId: o.externalId,
      clickId: clickIds.get(o.externalId) ?? null,
      currency: 'CNY',
      placedAt: o.placedAt,
      lines: o.lines.map((l) => ({ sku: l.sku.code, quantity: l.quantity, unitPrice: l.sku.promoFen, discount: l.discount })),
    });
    for (const [m, merchant] of cat.merchants.entries()) {
      const mine = plan.filter((o) => o.merchant === m);
      for (let i = 0; i < mine.length; i += 500) {
        const part = mine.slice(i, i + 500);
        const res = await call('POST', '/v1/orders/batch', { key: merchant.key, body: { orders: part.map(body) } });
        expect(res.status, res.text.slice(0, 500)).toBe(200);
        expect(res.body.counts, res.text.slice(0, 500)).toEqual({ created: part.length, replayed: 0, rejected: 0 });
        part.forEach((o, k) => (o.orderId = res.body.results[k].orderId));
      }
    }
    // A merchant's sync that runs twice: every order answers as a replay, nothing is written again.
    const replayed = plan.filter((o) => o.merchant === 0);
    const again = await call('POST', '/v1/orders/batch', { key: cat.merchants[0].key, body: { orders: replayed.map(body) } });
    expect(again.body.counts).toEqual({ created: 0, replayed: replayed.length, rejected: 0 });
    expect(again.body.results.map((x: { orderId: string }) => x.orderId)).toEqual(replayed.map((o) => o.orderId));

    // ── refunds before delivery: ~8 % of the orders (full, by amount, by line), ~1.5 % cancelled ──
    let refundedFen = 0;
    let delivered = false;
    let refundCalls = 0;
    const refund = async (o: PlannedOrder, kind: 'full' | 'amount' | 'line' | 'cancel', n: number) => {
      const remaining = o.lines.map((l) => base(l) - l.refunded);
      const left = remaining.reduce((t, x) => t + x, 0);
      let amounts: number[];
      let res;
      const key = cat.merchants[o.merchant].key;
      if (kind === 'cancel') {
        res = await call('POST', `/v1/orders/${o.orderId}/cancel`, { key, body: { reason: 'buyer cancelled' } });
        expect(res.status, res.text).toBe(200);
        amounts = remaining;
        o.cancelled = true;
      } else {
        const externalId = `${o.externalId}-R${n}`;
        let refundBody: Record<string, unknown>;
        if (kind === 'full') {
          refundBody = { externalId, reason: 'returned' };
          amounts = remaining;
        } else if (kind === 'amount') {
          const amount = Math.max(1, Math.floor((left * r.int(10, 70)) / 100));
          refundBody = { externalId, amount };
          amounts = spreadOverLines(remaining, amount);
        } else {
          const amount = Math.max(1, Math.floor((remaining[0] * r.int(10, 100)) / 100));
          refundBody = { externalId, lines: [{ lineNo: 1, amount }] };
          amounts = remaining.map((_, i) => (i === 0 ? amount : 0));
        }
        res = await call('POST', `/v1/orders/${o.orderId}/refunds`, { key, body: refundBody });
        expect(res.status, res.text).toBe(201);
        // The merchant's retry of the same refund changes nothing.
        if (n === 1 && r.chance(0.2)) expect((await call('POST', `/v1/orders/${o.orderId}/refunds`, { key, body: refundBody })).status).toBe(200);
      }
      refundCalls += 1;
      o.lines.forEach((l, i) => (l.refunded += amounts[i]));
      // Everything refunded before delivery cancels the order (it is not confirmed then).
      if (!delivered && o.lines.every((l) => l.refunded === base(l))) o.cancelled = true;
      refundedFen += amounts.reduce((t, x) => t + x, 0);
    };
    for (const o of plan) {
      const p = r.next();
      if (p < 0.015) await refund(o, 'cancel', 1);
      else if (p < 0.045) await refund(o, 'full', 1);
      else if (p < 0.075) await refund(o, 'amount', 1);
      else if (p < 0.095) {
        await refund(o, 'line', 1);
        if (r.chance(0.3)) await refund(o, 'amount', 2);
      }
    }

    // ── delivery confirmed three days after each order; the lock job once every return window has passed ──
    for (const o of plan) {
      if (o.cancelled) continue;
      await confirmOrder(database, { merchantOrgId: cat.merchants[o.merchant].orgId, now }, { id: o.orderId }, o.placedAt + 3 * DAY_MS);
    }
    delivered = true;
    const lockedAt = now + 30 * DAY_MS;
    const lockRun = await runLocks(database, lockedAt, { batchSize: 200, maxBatches: 100 });
    expect(lockRun.ordersSkipped).toBe(0);
    // A few returns after the lock: the payable commission is reduced.
    for (const o of plan) if (!o.cancelled && r.chance(0.01)) await refund(o, 'amount', 9);

    // ── what must be true now ──
    const ids = plan.map((o) => o.orderId!);
    const fees = await loadPlatformFees(database);
    const expected: Record<Part, Map<string, number>> = Object.fromEntries(PAYABLE_PARTS.map((p) => [p, new Map()])) as never;
    const gross: Record<Part, number> = Object.fromEntries(PAYABLE_PARTS.map((p) => [p, 0])) as never;
    const add = (part: Part, org: string, amount: number) => expected[part].set(org, (expected[part].get(org) ?? 0) + amount);
    const owedBy = new Map<string, number>();
    for (const o of plan) {
      if (o.creator === null) continue;
      const rates: SplitRates = {
        creatorRateBps: cat.productRates.get(o.lines[0].sku.productId)!,
        serviceFeeBps: SERVICE_FEE_BPS,
        platformFeeBps: feeInForce(fees, o.placedAt).feeBps,
        secondLevelShareBps: SECOND_LEVEL_SHARE_BPS,
      };
      for (const l of o.lines) {
        if (l.sku.productId !== o.lines[0].sku.productId) continue; // only the offer's product earns commission
        const now_ = allocate(base(l) - l.refunded, rates);
        const first = allocate(base(l), rates);
        const to: Record<Part, string> = { creatorNet: creators[o.creator], providerNet: cat.provider, secondProviderNet: cat.second, platformFeeOnCreator: platform.id, platformFeeOnProvider: platform.id, merchantNet: cat.merchants[o.merchant].orgId };
        for (const part of PAYABLE_PARTS) {
          if (part === 'merchantNet') continue; // postback: the merchant collected and keeps its net
          add(part, to[part], now_[part]);
          gross[part] += first[part];
          owedBy.set(to.merchantNet, (owedBy.get(to.merchantNet) ?? 0) + now_[part]);
        }
      }
    }
    const PART: Record<string, Part> = { creator: 'creatorNet', provider: 'providerNet', second_provider: 'secondProviderNet', platform_creator_fee: 'platformFeeOnCreator', platform_provider_fee: 'platformFeeOnProvider' };

    // Orders and lines: the campaign's total exactly; what was refunded is what remains missing from it.
    const [sums] = await database
      .select({ n: sql<number>`count(*)`, total: sql<number>`sum(${orders.total})`, refunded: sql<number>`sum(${orders.refunded})`, merchants: sql<number>`count(distinct ${orders.merchantOrgId})` })
      .from(orders)
      .where(within(orders.id, ids));
    expect(sums).toEqual({ n: ORDERS, total: TOTAL_FEN, refunded: refundedFen, merchants: 30 });
    const [lineSums] = await database
      .select({ remaining: sql<number>`sum(${orderLines.base} - ${orderLines.refunded})`, skus: sql<number>`count(distinct ${orderLines.skuId})` })
      .from(orderLines)
      .where(within(orderLines.orderId, ids));
    expect(lineSums).toEqual({ remaining: TOTAL_FEN - refundedFen, skus: 116 });
    expect(refundCalls).toBeGreaterThan(ORDERS * 0.08);

    // Commission lines: per part and beneficiary, exactly the allocation of what remains of each line.
    const lines = await database
      .select({ part: commissionLines.part, orgId: commissionLines.orgId, status: commissionLines.status, amount: sql<number>`sum(${commissionLines.amount})`, original: sql<number>`sum(${commissionLines.original})` })
      .from(commissionLines)
      .where(within(commissionLines.orderId, ids))
      .groupBy(commissionLines.part, commissionLines.orgId, commissionLines.status);
    const actual: Record<Part, Map<string, number>> = Object.fromEntries(PAYABLE_PARTS.map((p) => [p, new Map()])) as never;
    const originals: Record<string, number> = {};
    for (const l of lines) {
      actual[PART[l.part]].set(l.orgId, (actual[PART[l.part]].get(l.orgId) ?? 0) + Number(l.amount));
      originals[PART[l.part]] = (originals[PART[l.part]] ?? 0) + Number(l.original);
      expect(['payable', 'reversed'], `${l.part} ${l.status}`).toContain(l.status);
    }
    for (const part of PAYABLE_PARTS) {
      if (part === 'merchantNet') continue;
      expect(Object.fromEntries(actual[part]), part).toEqual(Object.fromEntries(expected[part]));
      expect(originals[part], `gross ${part}`).toBe(gross[part]);
    }

    // Refunds of commission (from the ledger's refund and cancel journals) + what remains == the gross commission.
    const refundedCommission = await database
      .select({ orgId: ledgerPostings.orgId, amount: sql<number>`sum(${ledgerPostings.amount})` })
      .from(ledgerPostings)
      .innerJoin(journalEntries, eq(journalEntries.id, ledgerPostings.journalId))
      .where(and(within(journalEntries.orderId, ids), inArray(journalEntries.kind, ['refund', 'cancel']), inArray(ledgerPostings.account, ['pending', 'payable'])))
      .groupBy(ledgerPostings.orgId);
    const back = new Map(refundedCommission.map((x) => [x.orgId, Number(x.amount)]));
    const remainingBy = (org: string) => PAYABLE_PARTS.reduce((t, p) => t + (actual[p].get(org) ?? 0), 0);
    const grossBy = (org: string) => remainingBy(org) + (back.get(org) ?? 0);
    const totalGross = PAYABLE_PARTS.reduce((t, p) => t + (p === 'merchantNet' ? 0 : gross[p]), 0);
    expect([...creators, cat.provider, cat.second, platform.id].reduce((t, org) => t + grossBy(org), 0)).toBe(totalGross);

    // The ledger: each party's balance is the sum of its lines (everything locked and payable now); each merchant
    // owes exactly the commission of its orders; no journal out of balance.
    // (Postings of this campaign's journals only: the platform organization is shared with other tests.)
    const ledger = await database
      .select({ orgId: ledgerPostings.orgId, account: ledgerPostings.account, net: sql<number>`sum(${ledgerPostings.amount})` })
      .from(ledgerPostings)
      .innerJoin(journalEntries, eq(journalEntries.id, ledgerPostings.journalId))
      .where(within(journalEntries.orderId, ids))
      .groupBy(ledgerPostings.orgId, ledgerPostings.account);
    const balanceOf = (org: string, account: string) => 0 - Number(ledger.find((b) => b.orgId === org && b.account === account)?.net ?? 0);
    for (const org of [...creators, cat.provider, cat.second, platform.id]) {
      expect(balanceOf(org, 'payable'), org).toBe(remainingBy(org));
      expect(balanceOf(org, 'pending'), org).toBe(0);
    }
    let merchantsOwe = 0;
    for (const m of cat.merchants) {
      const [bal] = await balancesOf(database, m.orgId, ['merchant_balance']);
      expect(bal?.net ?? 0, m.orgId).toBe(owedBy.get(m.orgId) ?? 0);
      merchantsOwe += bal?.net ?? 0;
    }
    expect(merchantsOwe).toBe([...creators, cat.provider, cat.second, platform.id].reduce((t, org) => t + remainingBy(org), 0));
    expect(await imbalancedJournals(database)).toBe(0);

    // Orders without a click earn nothing and say why.
    const unattributed = plan.filter((o) => o.creator === null).map((o) => o.orderId!);
    const un = await database.select({ reason: orders.attributionReason }).from(orders).where(within(orders.id, unattributed));
    expect(un.every((o) => o.reason === 'no_click_id')).toBe(true);
    expect(await database.select({ id: commissionLines.id }).from(commissionLines).where(within(commissionLines.orderId, unattributed))).toHaveLength(0);

    console.log(
      `JETRO: ${ORDERS} orders, ${(TOTAL_FEN / 100).toFixed(2)} CNY, refunded ${(refundedFen / 100).toFixed(2)} in ${refundCalls} calls; ` +
        `commission gross ${(totalGross / 100).toFixed(2)}, after refunds: creators ${(creators.reduce((t, c) => t + remainingBy(c), 0) / 100).toFixed(2)}, ` +
        `provider ${(remainingBy(cat.provider) / 100).toFixed(2)}, second-level ${(remainingBy(cat.second) / 100).toFixed(2)}, platform ${(remainingBy(platform.id) / 100).toFixed(2)}; ` +
        `merchants owe ${(merchantsOwe / 100).toFixed(2)}`,
    );
  });
});
