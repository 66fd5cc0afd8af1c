/**
 * The one allocation function (DESIGN.md money rule 2). Every split of an order line, every refund reversal and
 * every report derives its parts from `allocate`, so the same base always gives the same parts.
 *
 * For a base B (what the buyer paid for the line after discounts, without shipping and tax), in integer minor units:
 *   creator gross  = B × creator rate            provider gross = B × service-fee rate
 *   platform fee   = creator gross × platform rate + provider gross × platform rate
 *   second level   = (provider gross − its platform fee) × second-level share, where an activity delegates
 *   merchant net   = B − creator gross − provider gross
 * Each product is rounded half up in integer arithmetic and capped so that no part exceeds what is left; the
 * merchant takes the remainder. The parts are each ≥ 0 and sum to B exactly, for any rates from 0 to 100%.
 */
import { BPS } from './rates';

export interface SplitRates {
  creatorRateBps: number;
  serviceFeeBps: number;
  /** The platform's fee, a rate on the creator's and on the provider's gross. */
  platformFeeBps: number;
  /** Share of the provider's net passed to a second-level provider (0 when none). */
  secondLevelShareBps?: number;
}

export interface Split {
  base: number;
  creatorGross: number;
  providerGross: number;
  creatorNet: number;
  providerNet: number;
  secondProviderNet: number;
  platformFeeOnCreator: number;
  platformFeeOnProvider: number;
  merchantNet: number;
}

/** The parts that are paid to someone; they sum to `base`. */
export const PAYABLE_PARTS = ['creatorNet', 'providerNet', 'secondProviderNet', 'platformFeeOnCreator', 'platformFeeOnProvider', 'merchantNet'] as const;
export type Part = (typeof PAYABLE_PARTS)[number];

/** round(amount × bps / 10,000), half up, in exact integer arithmetic (amount ≤ 2^53 / 10^4 is checked). */
export function applyBps(amount: number, bps: number): number {
  return Math.floor((amount * bps + BPS / 2) / BPS);
}

const MAX_BASE = Math.floor(Number.MAX_SAFE_INTEGER / BPS);

function checkRate(name: string, bps: number) {
  if (!Number.isInteger(bps) || bps < 0 || bps > BPS) throw new RangeError(`${name} must be an integer from 0 to ${BPS} basis points`);
}

export function allocate(base: number, rates: SplitRates): Split {
  if (!Number.isInteger(base) || base < 0 || base > MAX_BASE) throw new RangeError(`base must be an integer from 0 to ${MAX_BASE}`);
  const share = rates.secondLevelShareBps ?? 0;
  checkRate('creatorRateBps', rates.creatorRateBps);
  checkRate('serviceFeeBps', rates.serviceFeeBps);
  checkRate('platformFeeBps', rates.platformFeeBps);
  checkRate('secondLevelShareBps', share);

  const creatorGross = Math.min(applyBps(base, rates.creatorRateBps), base);
  const providerGross = Math.min(applyBps(base, rates.serviceFeeBps), base - creatorGross);
  const platformFeeOnCreator = applyBps(creatorGross, rates.platformFeeBps);
  const platformFeeOnProvider = applyBps(providerGross, rates.platformFeeBps);
  const providerAfterFee = providerGross - platformFeeOnProvider;
  const secondProviderNet = applyBps(providerAfterFee, share);
  return {
    base,
    creatorGross,
    providerGross,
    creatorNet: creatorGross - platformFeeOnCreator,
    providerNet: providerAfterFee - secondProviderNet,
    secondProviderNet,
    platformFeeOnCreator,
    platformFeeOnProvider,
    merchantNet: base - creatorGross - providerGross,
  };
}

/**
 * What a refund takes back from each part. The parts left after any sequence of refunds are always the allocation
 * of the amount left, so refunds in any order never leave a part below zero, and refunding everything takes back
 * exactly what was allocated. (A part's reversal can be −1 when rounding shifts a unit between parts; the
 * remaining parts are what matter and they are exact.)
 */
export function refundReversal(base: number, refundedBefore: number, refund: number, rates: SplitRates): Record<Part, number> {
  if (!Number.isInteger(refund) || refund <= 0) throw new RangeError('refund must be a positive integer');
  if (!Number.isInteger(refundedBefore) || refundedBefore < 0 || refundedBefore + refund > base) {
    throw new RangeError('refund exceeds what remains of the line');
  }
  const before = allocate(base - refundedBefore, rates);
  const after = allocate(base - refundedBefore - refund, rates);
  return Object.fromEntries(PAYABLE_PARTS.map((p) => [p, before[p] - after[p]])) as Record<Part, number>;
}

/**
 * Splits a line total across its units' discounts: the base of an order line is quantity × unit price − discount,
 * never below zero. Integer in, integer out.
 */
export function lineBase(quantity: number, unitPrice: number, discount = 0): number {
  if (!Number.isInteger(quantity) || quantity <= 0) throw new RangeError('quantity must be a positive integer');
  if (!Number.isInteger(unitPrice) || unitPrice < 0) throw new RangeError('unitPrice must be a non-negative integer');
  if (!Number.isInteger(discount) || discount < 0) throw new RangeError('discount must be a non-negative integer');
  const gross = quantity * unitPrice;
  if (discount > gross) throw new RangeError('discount exceeds the line amount');
  return gross - discount;
}

/**
 * Spreads an order-level amount (a Stripe refund of part of a payment) over lines in proportion to what remains of
 * each, in integer units: floors first, then the leftover units go to the largest remainders (ties to the earlier
 * line). The shares sum to `amount` exactly and none exceeds its line's remaining.
 */
export function spreadOverLines(remaining: readonly number[], amount: number): number[] {
  const total = remaining.reduce((s, r) => s + r, 0);
  if (!Number.isInteger(amount) || amount <= 0) throw new RangeError('amount must be a positive integer');
  if (amount > total) throw new RangeError('amount exceeds what remains');
  // BigInt: remaining × amount can pass 2^53.
  const big = remaining.map((r) => BigInt(r) * BigInt(amount));
  const t = BigInt(total);
  const shares = big.map((p) => Number(p / t));
  let left = amount - shares.reduce((s, x) => s + x, 0);
  const order = big.map((p, i) => ({ i, rem: p % t })).sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of order) {
    if (left === 0) break;
    if (shares[i] < remaining[i]) {
      shares[i] += 1;
      left -= 1;
    }
  }
  return shares;
}
