import { and, eq, inArray, sql } from 'drizzle-orm';
import { attribute, brushingWindowMs, holdFor, newId, type Parties } from '@xuanpin/core';
import { commissionLines, orderLines, orders, skus, stockMoves, type Database, type Sku } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { insertRows } from '../../lib/json-rows';
import { isUniqueViolation } from '../audit/commit';
import { chunks } from '../activities/rules';
import { loadTerms, termsInForce } from '../enrollments/terms';
import { journalWrites } from '../ledger/write';
import { runBatch, type Write } from '../skus/batch';
import { buildOrder, type Built, type Decided } from './build';
import { creatorIdentities, feeInForce, loadClicks, loadFraudRules, loadPlatformFees, loadSkus, platformOrgId, recentBuyerOrders } from './facts';
import { buyerHash, contentHash, type OrderInput, type RecordContext } from './input';
import { checkOrderInput } from './validate';

export type RecordOutcome = { status: 'created' | 'replayed'; orderId: string } | { status: 'rejected'; error: ApiError };

/**
 * THE order pipeline, shared by the three doors (postback, CSV, hosted checkout): idempotency by (merchant,
 * external id), validation against the merchant's SKUs, attribution, frozen terms, the split, fraud holds, stock,
 * and the ledger — every new order of the call written in ONE `db.batch` (all land or none). A replay answers the
 * recorded order; the same external id with other content is a 409. Outcomes are in the inputs' order.
 */
export async function recordOrders(db: Database, rc: RecordContext, inputs: readonly OrderInput[]): Promise<RecordOutcome[]> {
  const plan = await planOrders(db, rc, inputs);
  try {
    if (plan.writes.length) await runBatch(db, plan.writes);
  } catch (err) {
    if (!isUniqueViolation(err) || plan.created.length === 0) throw err;
    // A concurrent call recorded one of these first: record them one by one, so each becomes a replay or a 409.
    for (const i of plan.created) plan.outcomes[i] = (await recordOrders(db, rc, [inputs[i]]))[0];
    plan.settleRepeats();
  }
  return plan.outcomes;
}

export interface OrderPlan {
  /** Each input's outcome, once `writes` have landed. */
  outcomes: RecordOutcome[];
  /** Every write of the new orders, for ONE `db.batch` (empty when nothing is new). */
  writes: Write[];
  /** The inputs the writes create. */
  created: number[];
  /** Answers again the inputs that repeat an external id of the same call, after their first's outcome changed. */
  settleRepeats: () => void;
}

/**
 * Everything `recordOrders` decides, without writing: the outcomes and the writes of the new orders. A caller that
 * must land other writes atomically with the orders (the CSV import marks its chunk done) runs the batch itself;
 * a unique violation then means a concurrent duplicate, and planning again answers it as a replay or a 409.
 */
export async function planOrders(db: Database, rc: RecordContext, inputs: readonly OrderInput[]): Promise<OrderPlan> {
  const outcomes: (RecordOutcome | undefined)[] = new Array(inputs.length);
  const hashes = await Promise.all(inputs.map(contentHash));
  const existing = await existingOrders(db, rc.merchantOrgId, inputs.map((i) => i.externalId));
  const firstInCall = new Map<string, number>();
  const repeats: number[] = [];
  const fresh: number[] = [];
  inputs.forEach((input, i) => {
    const known = existing.get(input.externalId);
    if (known) outcomes[i] = known.contentHash === hashes[i] ? { status: 'replayed', orderId: known.id } : conflict();
    else if (firstInCall.has(input.externalId)) repeats.push(i);
    else {
      firstInCall.set(input.externalId, i);
      fresh.push(i);
    }
  });

  const skuMap = await loadSkus(db, rc.merchantOrgId, fresh.flatMap((i) => inputs[i].lines.map((l) => l.sku)));
  const valid: number[] = [];
  for (const i of fresh) {
    const problem = checkOrderInput(inputs[i], skuMap);
    if (problem) outcomes[i] = { status: 'rejected', error: problem };
    else valid.push(i);
  }
  const decided = await decide(db, rc, valid.map((i) => ({ input: inputs[i], contentHash: hashes[i], skus: inputs[i].lines.map((l) => skuMap.get(l.sku)!) })));
  const built = decided.map((d) => buildOrder(d, rc));
  valid.forEach((i, k) => (outcomes[i] = { status: 'created', orderId: built[k].order.id }));
  // The same external id twice in one call: the second answers as a replay of the first (or a 409).
  const settleRepeats = () => {
    for (const i of repeats) {
      const first = firstInCall.get(inputs[i].externalId)!;
      const o = outcomes[first]!;
      outcomes[i] = hashes[i] !== hashes[first] ? conflict() : o.status === 'rejected' ? o : { status: 'replayed', orderId: o.orderId };
    }
  };
  settleRepeats();
  return { outcomes: outcomes as RecordOutcome[], writes: writesFor(db, rc, built), created: valid, settleRepeats };
}

const conflict = (): RecordOutcome => ({
  status: 'rejected',
  error: new ApiError('conflict', '`externalId`: this order was already recorded with different content.', { path: 'externalId' }),
});

async function existingOrders(db: Database, merchantOrgId: string, externalIds: string[]) {
  const map = new Map<string, { id: string; contentHash: string }>();
  for (const part of chunks([...new Set(externalIds)])) {
    const rows = await db
      .select({ id: orders.id, externalId: orders.externalId, contentHash: orders.contentHash })
      .from(orders)
      .where(and(eq(orders.merchantOrgId, merchantOrgId), inArray(orders.externalId, part)));
    for (const r of rows) map.set(r.externalId, r);
  }
  return map;
}

/**
 * Attribution, frozen terms and fraud holds for a batch of valid orders, with set-based reads. `buyerHash`, when
 * given, is the stored hash of an order already recorded (a re-attribution), in place of hashing `input.buyer`.
 */
export async function decide(db: Database, rc: RecordContext, items: { input: OrderInput; contentHash: string; skus: Sku[]; buyerHash?: string | null }[]): Promise<Decided[]> {
  if (items.length === 0) return [];
  const [platform, clickMap, fees, rules, buyers] = await Promise.all([
    platformOrgId(db),
    loadClicks(db, items.flatMap((it) => (it.input.clickId ? [it.input.clickId] : []))),
    loadPlatformFees(db),
    loadFraudRules(db),
    Promise.all(items.map((it) => (it.buyerHash !== undefined ? it.buyerHash : buyerHash(it.input.buyer)))),
  ]);
  const results = items.map((it) => {
    const click = it.input.clickId ? (clickMap.get(it.input.clickId) ?? null) : null;
    const attribution = attribute({ merchantOrgId: rc.merchantOrgId, placedAt: it.input.placedAt, clickId: it.input.clickId, click, productIds: it.skus.map((s) => s.productId) });
    return { it, click: attribution.outcome === 'attributed' ? click : null, attribution };
  });
  const attributed = results.filter((r) => r.click);
  const terms = await loadTerms(db, [...new Set(attributed.map((r) => r.click!.enrollmentId))]);
  const window = brushingWindowMs(rules);
  const creators = [...new Set(attributed.map((r) => r.click!.creatorOrgId))];
  const identities = rules.some((r) => r.kind === 'self_purchase' && r.enabled) ? await creatorIdentities(db, creators) : new Map<string, Set<string>>();
  const pairs = results.flatMap((r, k) => (r.click && buyers[k] ? [{ creatorOrgId: r.click.creatorOrgId, buyerHash: buyers[k]! }] : []));
  const minPlaced = Math.min(...items.map((it) => it.input.placedAt));
  const recent = window && pairs.length ? await recentBuyerOrders(db, pairs, minPlaced - window) : new Map<string, number>();
  const seenInCall = new Map<string, number>();

  return results.map((r, k) => {
    const buyer = buyers[k];
    const c = r.click;
    const parties: Parties = {
      merchant: rc.merchantOrgId,
      creator: c?.creatorOrgId ?? '',
      provider: c?.providerOrgId ?? '',
      secondProvider: c && c.delegateOrgId && c.delegateShareBps > 0 ? c.delegateOrgId : null,
      platform,
    };
    let frozen: Decided['terms'] = null;
    let holdReason: string | null = null;
    if (c) {
      const t = termsInForce(terms.get(c.enrollmentId) ?? [], r.it.input.placedAt);
      const fee = feeInForce(fees, r.it.input.placedAt);
      frozen = {
        rates: { creatorRateBps: t.creatorRateBps, serviceFeeBps: t.serviceFeeBps, platformFeeBps: fee.feeBps, secondLevelShareBps: parties.secondProvider ? c.delegateShareBps : 0 },
        termsVersion: t.version,
        attributionWindowDays: c.attributionWindowDays,
        returnWindowDays: c.returnWindowDays,
      };
      const pairKey = `${c.creatorOrgId}|${buyer}`;
      const before = buyer ? (recent.get(pairKey) ?? 0) + (seenInCall.get(pairKey) ?? 0) : 0;
      if (buyer) seenInCall.set(pairKey, (seenInCall.get(pairKey) ?? 0) + 1);
      holdReason = holdFor({ buyerIsCreator: !!buyer && (identities.get(c.creatorOrgId)?.has(buyer) ?? false), recentOrdersFromBuyer: before, botClick: c.bot }, rules);
    }
    return {
      input: r.it.input,
      contentHash: r.it.contentHash,
      buyerHash: buyer,
      skus: r.it.skus,
      attribution: r.attribution,
      click: c ? { id: c.id, linkId: c.linkId, enrollmentId: c.enrollmentId, productId: c.productId } : null,
      parties,
      terms: frozen,
      holdReason,
    };
  });
}

/** Every write of the new orders: rows, stock, and one journal entry per order (revision 1). */
function writesFor(db: Database, rc: RecordContext, built: Built[]): Write[] {
  if (built.length === 0) return [];
  const now = rc.now;
  const stock = built.flatMap((b) => b.lines.map((l) => ({ sku: l.skuId, q: l.quantity, order: b.order.id, lineNo: l.lineNo })));
  const stockJson = JSON.stringify(stock);
  const writes: Write[] = [
    insertRows(db, orders, built.map((b) => b.order)),
    insertRows(db, orderLines, built.flatMap((b) => b.lines)),
    // Stock goes down with the order, never below zero: the sale happened whatever our count says.
    db
      .update(skus)
      .set({
        stock: sql`max(0, ${skus.stock} - coalesce((select sum(json_extract(value, '$.q')) from json_each(${stockJson}) where json_extract(value, '$.sku') = ${skus.id}), 0))`,
        updatedAt: now,
      })
      .where(sql`${skus.id} in (select json_extract(value, '$.sku') from json_each(${stockJson}))`),
    insertRows(
      db,
      stockMoves,
      stock.map((s) => ({ id: newId('stockMove', now), orgId: rc.merchantOrgId, skuId: s.sku, delta: -s.q, reason: 'order', idempotencyKey: `order:${s.order}:${s.lineNo}`, stockAfter: null, createdAt: now })),
    ),
    ...journalWrites(
      db,
      built.map((b) => ({ key: `order:${rc.merchantOrgId}:${b.order.externalId}`, kind: 'order' as const, currency: b.order.currency, orderId: b.order.id, orderRevision: 1, postings: b.postings })),
      now,
    ),
  ];
  const commissions = built.flatMap((b) => b.commissions);
  if (commissions.length) writes.splice(2, 0, insertRows(db, commissionLines, commissions));
  return writes;
}
