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
    const commissionable = d.attribution.outcome === 'attributed' && d.click !== null && sku.productId === d.click.productId;
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
      commissionable,
    };
    lines.push(line);
    const terms = commissionable && d.terms ? d.terms : NO_TERMS;
    const split = allocate(base, terms.rates);
    for (const part of PAYABLE_PARTS) {
      if (!commissionable && part !== 'merchantNet') continue;
      if (!inLedger(part, rc.source)) continue;
      const orgId = beneficiary(part, d.parties);
      if (!orgId) continue;
      const held = part !== 'merchantNet' ? d.holdReason : null;
      commissions.push({
        id: newId('commissionLine', now),
        orderId,
        orderLineId: line.id,
        orgId,
        merchantOrgId: rc.merchantOrgId,
        part: PART_NAMES[part],
        currency: d.input.currency,
        amount: split[part],
        original: split[part],
        status: 'pending',
        holdReason: held,
        base,
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
  });
  const attributed = d.attribution.outcome === 'attributed';
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
    clickId: d.input.clickId ?? null,
    linkId: d.click?.linkId ?? null,
    enrollmentId: attributed ? (d.click?.enrollmentId ?? null) : null,
    creatorOrgId: attributed ? d.parties.creator : null,
    providerOrgId: attributed ? d.parties.provider : null,
    secondProviderOrgId: attributed ? d.parties.secondProvider : null,
    attribution: d.attribution.outcome,
    attributionReason: d.attribution.reason,
    holdReason: d.holdReason,
    buyerHash: d.buyerHash,
    stripeSessionId: rc.stripe?.sessionId ?? null,
    stripePaymentIntentId: rc.stripe?.paymentIntentId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  return { order, lines, commissions, postings: fundedJournal(fundingAccount(rc.source, d.parties), credits) };
}
