import { allocate, beneficiary, fundedJournal, fundingAccount, inLedger, lineBase, newId, PART_NAMES, PAYABLE_PARTS, type Parties, type Posting, type SplitRates } from '@xuanpin/core';
import type { CommissionLine, Order, OrderLine, Sku } from '@xuanpin/db';
import type { OrderInput, RecordContext } from './input';

/** Return window for lines without an offer (unattributed hosted orders: the merchant's own share). */
export const DEFAULT_RETURN_WINDOW_DAYS = 7;

export interface FrozenTerms {
  rates: SplitRates;
  termsVersion: number;
  attributionWindowDays: number;
  returnWindowDays: number;
}

const NO_TERMS: FrozenTerms = {
  rates: { creatorRateBps: 0, serviceFeeBps: 0, platformFeeBps: 0, secondLevelShareBps: 0 },
  termsVersion: 0,
  attributionWindowDays: 0,
  returnWindowDays: DEFAULT_RETURN_WINDOW_DAYS,
};

export interface Decided {
  input: OrderInput;
  contentHash: string;
  buyerHash: string | null;
  skus: Sku[];
  attribution: { outcome: 'attributed' | 'unattributed'; reason: string };
  click: { id: string; linkId: string; enrollmentId: string; productId: string } | null;
  parties: Parties;
  terms: FrozenTerms | null;
  holdReason: string | null;
}

export interface Built {
  order: Order;
  lines: OrderLine[];
  commissions: CommissionLine[];
  postings: Posting[];
}

/** Whether an order line earns commission: the order is attributed and the line is for the offer's product. */
export const isCommissionable = (d: Pick<Decided, 'attribution' | 'click'>, productId: string) =>
  d.attribution.outcome === 'attributed' && d.click !== null && productId === d.click.productId;

/**
 * The commission lines of one order line — every part owed through our books, from the one allocation function
 * applied to `amountBase` (the line's base; for a re-attribution, what remains of it), with the terms frozen — and
 * the ledger credits they make.
 */
export function lineCommissions(
  d: Pick<Decided, 'parties' | 'terms' | 'holdReason'>,
  rc: Pick<RecordContext, 'merchantOrgId' | 'source' | 'now'>,
  line: Pick<OrderLine, 'id' | 'orderId' | 'base' | 'commissionable'>,
  currency: string,
  amountBase = line.base,
): { commissions: CommissionLine[]; credits: Posting[] } {
  const now = rc.now;
  const commissions: CommissionLine[] = [];
  const credits: Posting[] = [];
  const terms = line.commissionable && d.terms ? d.terms : NO_TERMS;
  const split = allocate(amountBase, terms.rates);
  for (const part of PAYABLE_PARTS) {
    if (!line.commissionable && part !== 'merchantNet') continue;
    if (!inLedger(part, rc.source)) continue;
    const orgId = beneficiary(part, d.parties);
    if (!orgId) continue;
    const held = part !== 'merchantNet' ? d.holdReason : null;
    commissions.push({
      id: newId('commissionLine', now),
      orderId: line.orderId,
      orderLineId: line.id,
      orgId,
      merchantOrgId: rc.merchantOrgId,
      part: PART_NAMES[part],
      currency,
      amount: split[part],
      original: split[part],
      status: 'pending',
      holdReason: held,
      base: line.base,
      creatorRateBps: terms.rates.creatorRateBps,
      serviceFeeBps: terms.rates.serviceFeeBps,
      platformFeeBps: terms.rates.platformFeeBps,
      secondLevelShareBps: terms.rates.secondLevelShareBps ?? 0,
      termsVersion: terms.termsVersion,
      attributionWindowDays: terms.attributionWindowDays,
      returnWindowDays: terms.returnWindowDays,
      clawbackOf: null,
      lockedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    credits.push({ orgId, account: 'pending', amount: split[part] });
  }
  return { commissions, credits };
}

/** The order's attribution columns as a decision sets them. */
export function attributionColumns(d: Decided) {
  const attributed = d.attribution.outcome === 'attributed';
  return {
    clickId: d.input.clickId ?? null,
    linkId: d.click?.linkId ?? null,
    enrollmentId: attributed ? (d.click?.enrollmentId ?? null) : null,
    creatorOrgId: attributed ? d.parties.creator : null,
    providerOrgId: attributed ? d.parties.provider : null,
    secondProviderOrgId: attributed ? d.parties.secondProvider : null,
    attribution: d.attribution.outcome,
    attributionReason: d.attribution.reason,
    holdReason: d.holdReason,
  };
}

/**
 * The rows of one new order: the order, its lines, the commission lines of each line (every part owed through our
 * books, from the one allocation function, with the terms frozen) and the postings of its journal entry.
 */
export function buildOrder(d: Decided, rc: RecordContext): Built {
  const now = rc.now;
  const orderId = newId('order', now);
  const lines: OrderLine[] = [];
  const commissions: CommissionLine[] = [];
  const credits: Posting[] = [];
  d.input.lines.forEach((l, i) => {
    const sku = d.skus[i];
    const base = lineBase(l.quantity, l.unitPrice, l.discount ?? 0);
    const line: OrderLine = {
      id: newId('orderLine', now),
      orderId,
      merchantOrgId: rc.merchantOrgId,
      lineNo: i + 1,
      skuId: sku.id,
      productId: sku.productId,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discount: l.discount ?? 0,
      base,
      refunded: 0,
      commissionable: isCommissionable(d, sku.productId),
    };
    lines.push(line);
    const own = lineCommissions(d, rc, line, d.input.currency);
    commissions.push(...own.commissions);
    credits.push(...own.credits);
  });
  const order: Order = {
    id: orderId,
    merchantOrgId: rc.merchantOrgId,
    externalId: d.input.externalId,
    source: rc.source,
    contentHash: d.contentHash,
    currency: d.input.currency,
    status: 'paid',
    placedAt: d.input.placedAt,
    confirmedAt: null,
    lockAt: null,
    total: lines.reduce((s, l) => s + l.base, 0),
    refunded: 0,
    revision: 1,
    ...attributionColumns(d),
    buyerHash: d.buyerHash,
    stripeSessionId: rc.stripe?.sessionId ?? null,
    stripePaymentIntentId: rc.stripe?.paymentIntentId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  return { order, lines, commissions, postings: fundedJournal(fundingAccount(rc.source, d.parties), credits) };
}
