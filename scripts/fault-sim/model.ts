/**
 * The model the simulation checks the database against: what every order, commission line and ledger balance must
 * be, kept in plain memory from the operations the simulation sent and the rules of DESIGN.md. It predicts each
 * answer of the pipeline (created / replayed / rejected and why, refund errors, confirmations, which orders a lock
 * run locks) before comparing it with what the real services did. It uses the pure domain functions of
 * packages/core (allocation, attribution, fraud rules), which have their own property tests; what is under test
 * here is everything around them: the services, the SQL, the batches, idempotency, the ledger writes.
 */
import { allocate, attribute, holdFor, spreadOverLines, DAY_MS, PAYABLE_PARTS, type FraudRuleConfig, type Part, type SplitRates } from '@xuanpin/core';
import type { OrderInput } from '../../workers/app/src/services/orders/input';
import type { RefundInput } from '../../workers/app/src/services/orders/refund';
import { CURRENCY, PLATFORM_ID, type ClickW, type World } from './world';

/** The rules migration 0005 writes (the simulation does not change them). */
export const RULES: FraudRuleConfig[] = [
  { kind: 'self_purchase', enabled: true, threshold: null, windowMinutes: null },
  { kind: 'brushing', enabled: true, threshold: 3, windowMinutes: 1440 },
  { kind: 'bot_click', enabled: true, threshold: null, windowMinutes: null },
];
const BRUSHING_MS = 1440 * 60_000;
/** services/orders/build.ts: the return window of an order without commission lines. */
const DEFAULT_RETURN_WINDOW_DAYS = 7;

export type Stage = 'pending' | 'locked' | 'payable';

export interface MLine {
  lineNo: number;
  skuId: string;
  productId: string;
  base: number;
  refunded: number;
  commissionable: boolean;
  /** Fully refunded by a refund of it (a line of base 0 is never refunded, so never reversed). */
  reversed: boolean;
}

export interface MOrder {
  orderId: string;
  merchantOrgId: string;
  externalId: string;
  canonical: string;
  placedAt: number;
  status: 'paid' | 'confirmed' | 'cancelled';
  confirmedAt: number | null;
  lockAt: number | null;
  reason: string;
  attributed: boolean;
  hold: string | null;
  buyer: string | null;
  creatorOrgId: string | null;
  parties: { creator: string; provider: string; second: string | null } | null;
  rates: SplitRates;
  termsVersion: number;
  returnWindowDays: number;
  lines: MLine[];
  stage: Stage;
  revision: number;
  refunds: Map<string, string>;
}

/** An order input as the simulation made it, with the field a deliberately bad one must be rejected on. */
export interface Sent {
  merchantOrgId: string;
  input: OrderInput;
  badPath: string | null;
}

export type Expected = { status: 'created' | 'replayed'; order: MOrder } | { status: 'rejected'; code: string; path: string | null };

const normBuyer = (b: string | null | undefined) => (b && b.trim() ? b.trim().toLowerCase() : null);

/** What decides "same order": the fields services/orders/input.ts contentHash covers. */
export function canonical(input: OrderInput): string {
  return JSON.stringify([input.externalId, input.clickId ?? null, input.currency, input.placedAt, input.buyer?.trim().toLowerCase() ?? null, input.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.discount ?? 0])]);
}

export class Model {
  orders = new Map<string, MOrder>(); // by merchant|externalId
  byId = new Map<string, MOrder>();
  topUps = new Map<string, number>();
  paused = new Set<string>();
  stock = new Map<string, number>();

  constructor(readonly world: World) {
    for (const m of world.merchants) for (const s of m.skus) this.stock.set(s.id, s.stock);
  }

  key = (merchantOrgId: string, externalId: string) => `${merchantOrgId}|${externalId}`;
  find = (merchantOrgId: string, externalId: string) => this.orders.get(this.key(merchantOrgId, externalId));

  sku(merchantOrgId: string, ref: string) {
    return this.world.merchants.find((m) => m.orgId === merchantOrgId)!.skus.find((s) => s.id === ref || s.code === ref);
  }

  /**
   * The answers of one `recordOrders` call, in the inputs' order, and the orders it creates (not yet in the model:
   * `commit` adds them once the real call answered). `single` predicts the pipeline's fallback after a unique
   * violation: each valid new order recorded by a call of its own, in order.
   */
  predictRecord(merchantOrgId: string, sent: Sent[], mode: 'batch' | 'single'): { expected: Expected[]; created: MOrder[] } {
    const expected: (Expected | undefined)[] = new Array(sent.length);
    const created: MOrder[] = [];
    const first = new Map<string, number>();
    const repeats: number[] = [];
    const valid: number[] = [];
    sent.forEach((s, i) => {
      const known = this.find(merchantOrgId, s.input.externalId);
      if (known) expected[i] = known.canonical === canonical(s.input) ? { status: 'replayed', order: known } : { status: 'rejected', code: 'conflict', path: 'externalId' };
      else if (first.has(s.input.externalId)) repeats.push(i);
      else {
        first.set(s.input.externalId, i);
        if (s.badPath) expected[i] = { status: 'rejected', code: 'validation_failed', path: s.badPath };
        else valid.push(i);
      }
    });
    const extra = new Map<string, MOrder>();
    const decideAll = (idx: number[]) => {
      const orders = this.decide(merchantOrgId, idx.map((i) => sent[i].input), extra);
      idx.forEach((i, k) => {
        expected[i] = { status: 'created', order: orders[k] };
        created.push(orders[k]);
        extra.set(this.key(merchantOrgId, orders[k].externalId), orders[k]);
      });
    };
    if (mode === 'batch') decideAll(valid);
    else for (const i of valid) decideAll([i]);
    for (const i of repeats) {
      const f = expected[first.get(sent[i].input.externalId)!]!;
      expected[i] = canonical(sent[i].input) !== canonical(sent[first.get(sent[i].input.externalId)!].input) ? { status: 'rejected', code: 'conflict', path: 'externalId' } : f.status === 'rejected' ? f : { status: 'replayed', order: f.order };
    }
    return { expected: expected as Expected[], created };
  }

  /** Attribution, frozen terms, holds and lines of valid new orders recorded by one call (services/orders/record.ts decide). */
  private decide(merchantOrgId: string, inputs: OrderInput[], earlier: Map<string, MOrder>): MOrder[] {
    const minPlaced = Math.min(...inputs.map((i) => i.placedAt));
    const seenInCall = new Map<string, number>();
    const recorded = [...this.orders.values(), ...earlier.values()];
    return inputs.map((input) => {
      const skus = input.lines.map((l) => this.sku(merchantOrgId, l.sku)!);
      const click: ClickW | null = (input.clickId && this.world.clicks.find((c) => c.id === input.clickId)) || null;
      const o = click?.link.offer;
      const attribution = attribute({
        merchantOrgId,
        placedAt: input.placedAt,
        clickId: input.clickId,
        click: click && o ? { clickedAt: click.at, merchantOrgId: o.merchantOrgId, productId: o.productId, bot: click.bot, enrollmentStatus: o.enrollmentStatus, activityStatus: 'open', activityStartsAt: o.startsAt, activityEndsAt: o.endsAt, attributionWindowDays: o.attributionWindowDays } : null,
        productIds: skus.map((s) => s.productId),
      });
      const attributed = attribution.outcome === 'attributed';
      const buyer = normBuyer(input.buyer);
      let rates: SplitRates = { creatorRateBps: 0, serviceFeeBps: 0, platformFeeBps: 0, secondLevelShareBps: 0 };
      let termsVersion = 0;
      let hold: string | null = null;
      let parties: MOrder['parties'] = null;
      if (attributed && click && o) {
        const terms = termsInForce(o.terms, input.placedAt);
        const second = o.delegateOrgId && o.delegateShareBps > 0 ? o.delegateOrgId : null;
        rates = { creatorRateBps: terms.creatorRateBps, serviceFeeBps: terms.serviceFeeBps, platformFeeBps: feeInForce(this.world.fees, input.placedAt), secondLevelShareBps: second ? o.delegateShareBps : 0 };
        termsVersion = terms.version;
        parties = { creator: click.link.creatorOrgId, provider: o.providerOrgId, second };
        let before = 0;
        if (buyer) {
          const pair = `${parties.creator}|${buyer}`;
          const since = minPlaced - BRUSHING_MS;
          before = recorded.filter((r) => r.creatorOrgId === parties!.creator && r.buyer === buyer && r.placedAt > since).length + (seenInCall.get(pair) ?? 0);
          seenInCall.set(pair, (seenInCall.get(pair) ?? 0) + 1);
        }
        const creatorEmail = this.world.creators.find((c) => c.orgId === parties!.creator)!.email;
        hold = holdFor({ buyerIsCreator: buyer === creatorEmail, recentOrdersFromBuyer: before, botClick: click.bot }, RULES);
      }
      const lines: MLine[] = input.lines.map((l, i) => ({
        lineNo: i + 1,
        skuId: skus[i].id,
        productId: skus[i].productId,
        base: l.quantity * l.unitPrice - (l.discount ?? 0),
        refunded: 0,
        commissionable: attributed && skus[i].productId === o!.productId,
        reversed: false,
      }));
      const hasCommissions = lines.some((l) => l.commissionable);
      return {
        orderId: '',
        merchantOrgId,
        externalId: input.externalId,
        canonical: canonical(input),
        placedAt: input.placedAt,
        status: 'paid',
        confirmedAt: null,
        lockAt: null,
        reason: attribution.reason,
        attributed,
        hold,
        buyer,
        creatorOrgId: attributed ? parties!.creator : null,
        parties,
        rates,
        termsVersion,
        returnWindowDays: hasCommissions ? o!.returnWindowDays : DEFAULT_RETURN_WINDOW_DAYS,
        lines,
        stage: 'pending',
        revision: 1,
        refunds: new Map(),
      } satisfies MOrder;
    });
  }

  /** Adds the orders a call created (with the ids the pipeline gave them) and takes their stock. */
  commit(created: MOrder[], mode: 'batch' | 'single') {
    const take = (orders: MOrder[]) => {
      const q = new Map<string, number>();
      for (const o of orders) for (const l of o.lines) q.set(l.skuId, (q.get(l.skuId) ?? 0) + this.quantityOf(o, l));
      for (const [sku, n] of q) this.stock.set(sku, Math.max(0, this.stock.get(sku)! - n));
    };
    if (mode === 'batch') take(created);
    else for (const o of created) take([o]);
    for (const o of created) {
      this.orders.set(this.key(o.merchantOrgId, o.externalId), o);
      this.byId.set(o.orderId, o);
    }
  }

  private quantityOf(o: MOrder, l: MLine) {
    return (JSON.parse(o.canonical)[5] as [string, number][])[l.lineNo - 1][1];
  }

  /** The answer of `refundOrder`, and the change it makes (applied by `applyRefund`). */
  predictRefund(order: MOrder | undefined, input: RefundInput, cancel: boolean): { error: { code: string; path: string | null } } | { replayed: true } | { amounts: number[] } {
    if (!order) return { error: { code: 'not_found', path: null } };
    const content = JSON.stringify([input.lines ?? null, input.amount ?? null, cancel]);
    const prior = order.refunds.get(input.externalId);
    if (prior !== undefined) return prior === content ? { replayed: true } : { error: { code: 'conflict', path: 'externalId' } };
    const remaining = order.lines.map((l) => l.base - l.refunded);
    const left = remaining.reduce((s, r) => s + r, 0);
    const bad = (path: string) => ({ error: { code: 'validation_failed', path } });
    if (cancel || (!input.lines && input.amount === undefined)) {
      if (left === 0 && !cancel) return bad('amount');
      return { amounts: remaining };
    }
    if (input.amount !== undefined) {
      if (input.amount > left) return bad('amount');
      return { amounts: spreadOverLines(remaining, input.amount) };
    }
    const amounts = order.lines.map(() => 0);
    for (const [i, r] of input.lines!.entries()) {
      const k = order.lines.findIndex((l) => l.lineNo === r.lineNo);
      if (k < 0) return bad(`lines[${i}].lineNo`);
      amounts[k] += r.amount;
      if (amounts[k] > remaining[k]) return bad(`lines[${i}].amount`);
    }
    return { amounts };
  }

  applyRefund(order: MOrder, input: RefundInput, cancel: boolean, amounts: number[]) {
    const total = amounts.reduce((s, a) => s + a, 0);
    order.lines.forEach((l, i) => {
      l.refunded += amounts[i];
      if (amounts[i] > 0 && l.refunded === l.base) l.reversed = true;
    });
    const full = order.lines.every((l) => l.refunded === l.base);
    if (cancel || (full && order.status === 'paid')) order.status = 'cancelled';
    void total;
    order.revision += 1;
    order.refunds.set(input.externalId, JSON.stringify([input.lines ?? null, input.amount ?? null, cancel]));
  }

  /** The answer of `confirmOrder` at `at`. */
  predictConfirm(order: MOrder | undefined, at: number): { error: { code: string; path: string | null } } | { changes: boolean } {
    if (!order) return { error: { code: 'not_found', path: null } };
    if (order.status === 'cancelled') return { error: { code: 'conflict', path: null } };
    if (order.confirmedAt !== null) return { changes: false };
    if (at < order.placedAt) return { error: { code: 'validation_failed', path: 'confirmedAt' } };
    return { changes: true };
  }

  applyConfirm(order: MOrder, at: number) {
    order.status = 'confirmed';
    order.confirmedAt = at;
    order.lockAt = at + order.returnWindowDays * DAY_MS;
  }

  /** A lock run at `now`: confirmed orders past `lock_at` with live unheld commission lines lock; then payable. */
  applyLocks(now: number) {
    for (const o of this.byId.values()) {
      const live = o.lines.some((l) => l.commissionable && !l.reversed) && this.commissionParts(o).length > 0;
      if (o.stage === 'pending' && o.status === 'confirmed' && o.lockAt !== null && o.lockAt <= now && !o.hold && live) {
        o.stage = 'locked';
        o.revision += 1;
      }
    }
    for (const o of this.byId.values()) if (o.stage === 'locked' && !this.paused.has(o.merchantOrgId)) o.stage = 'payable';
  }

  topUp(merchantOrgId: string, amount: number) {
    this.topUps.set(merchantOrgId, (this.topUps.get(merchantOrgId) ?? 0) + amount);
  }

  /** services/ledger/funding.ts: paused while the merchant's balance is below zero. */
  refreshFunding(merchantOrgId?: string) {
    for (const m of this.world.merchants) {
      if (merchantOrgId && m.orgId !== merchantOrgId) continue;
      const owed = [...this.byId.values()].filter((o) => o.merchantOrgId === m.orgId).reduce((s, o) => s + this.commissionLines(o).reduce((t, c) => t + c.amount, 0), 0);
      if (owed - (this.topUps.get(m.orgId) ?? 0) > 0) this.paused.add(m.orgId);
      else this.paused.delete(m.orgId);
    }
  }

  /** Who each part of an order pays (postback: the merchant keeps its net, outside our books). */
  commissionParts(o: MOrder): { part: Part; orgId: string }[] {
    if (!o.parties) return [];
    const p = o.parties;
    const of: Record<Part, string | null> = { creatorNet: p.creator, providerNet: p.provider, secondProviderNet: p.second, platformFeeOnCreator: PLATFORM_ID, platformFeeOnProvider: PLATFORM_ID, merchantNet: null };
    return PAYABLE_PARTS.flatMap((part) => (of[part] ? [{ part, orgId: of[part]! }] : []));
  }

  /** The commission lines an order must have now: the allocation of what remains of each line, frozen rates. */
  commissionLines(o: MOrder) {
    const out: { lineNo: number; part: Part; orgId: string; amount: number; status: string }[] = [];
    for (const l of o.lines) {
      if (!l.commissionable) continue;
      const split = allocate(l.base - l.refunded, o.rates);
      for (const { part, orgId } of this.commissionParts(o)) out.push({ lineNo: l.lineNo, part, orgId, amount: split[part], status: l.reversed ? 'reversed' : o.stage });
    }
    return out;
  }

  /** Every non-zero balance as a sum of postings (debit +, credit −), by `org|account|currency`. */
  balances(): Map<string, number> {
    const out = new Map<string, number>();
    const add = (org: string, account: string, amount: number) => {
      const k = `${org}|${account}|${CURRENCY}`;
      out.set(k, (out.get(k) ?? 0) + amount);
    };
    for (const [m, amount] of this.topUps) {
      add(m, 'merchant_balance', -amount);
      add(PLATFORM_ID, 'stripe_clearing', amount);
    }
    for (const o of this.byId.values()) {
      for (const c of this.commissionLines(o)) {
        add(c.orgId, o.stage === 'pending' ? 'pending' : 'payable', -c.amount);
        add(o.merchantOrgId, 'merchant_balance', c.amount);
      }
    }
    return new Map([...out].filter(([, v]) => v !== 0));
  }
}

export function termsInForce<T extends { version: number; effectiveAt: number }>(terms: readonly T[], at: number): T {
  let best: T | undefined;
  for (const t of terms) if (t.effectiveAt <= at && (!best || t.version > best.version)) best = t;
  return best ?? [...terms].sort((a, b) => a.version - b.version)[0];
}

export function feeInForce(fees: readonly { version: number; feeBps: number; effectiveAt: number }[], at: number): number {
  let best: (typeof fees)[number] | undefined;
  for (const f of fees) if (f.effectiveAt <= at && (!best || f.version > best.version)) best = f;
  return best?.feeBps ?? 0;
}
