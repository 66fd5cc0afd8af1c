/**
 * The double-entry rules (DESIGN.md "The ledger", ADR 8): which accounts each change of money moves. Pure — the
 * services turn these postings into one journal entry, written in the same `db.batch` as the state change.
 * Amounts are signed minor units: a debit is positive, a credit negative; a journal's postings sum to zero.
 *
 * Accounts (per organization and currency): `pending` and `payable` — what the platform owes a beneficiary before
 * and after its lock; `merchant_balance` — a postback merchant's funding; `stripe_clearing` — the platform's money
 * at Stripe. Liabilities are credit-normal: a beneficiary's balance is minus the sum of its postings.
 */
import type { Part } from './allocation';

export type Account = 'pending' | 'payable' | 'merchant_balance' | 'stripe_clearing';
export type OrderChannel = 'checkout' | 'postback' | 'csv';

export interface Posting {
  orgId: string;
  account: Account;
  amount: number;
}

/** Who each part of a split pays. `secondProvider` is null when the activity delegates to no one. */
export interface Parties {
  merchant: string;
  creator: string;
  provider: string;
  secondProvider: string | null;
  platform: string;
}

/** The commission-line part names (as stored) for the allocation's parts. */
export const PART_NAMES: Record<Part, 'creator' | 'provider' | 'second_provider' | 'platform_creator_fee' | 'platform_provider_fee' | 'merchant'> = {
  creatorNet: 'creator',
  providerNet: 'provider',
  secondProviderNet: 'second_provider',
  platformFeeOnCreator: 'platform_creator_fee',
  platformFeeOnProvider: 'platform_provider_fee',
  merchantNet: 'merchant',
};

export function beneficiary(part: Part, parties: Parties): string | null {
  switch (part) {
    case 'creatorNet':
      return parties.creator;
    case 'providerNet':
      return parties.provider;
    case 'secondProviderNet':
      return parties.secondProvider;
    case 'platformFeeOnCreator':
    case 'platformFeeOnProvider':
      return parties.platform;
    case 'merchantNet':
      return parties.merchant;
  }
}

/**
 * Whether a part moves through our books. With hosted checkout the platform collects everything, so every part is
 * owed to someone; with postback and CSV the merchant collected and keeps its net, so only the commission (the
 * creator's and providers' gross, platform fees included) is owed, from the merchant's balance.
 */
export function inLedger(part: Part | string, channel: OrderChannel): boolean {
  return channel === 'checkout' || (part !== 'merchantNet' && part !== 'merchant');
}

/** Where the money of an order comes from: Stripe for hosted checkout, the merchant's balance otherwise. */
export function fundingAccount(channel: OrderChannel, parties: Pick<Parties, 'merchant' | 'platform'>): Pick<Posting, 'orgId' | 'account'> {
  return channel === 'checkout' ? { orgId: parties.platform, account: 'stripe_clearing' } : { orgId: parties.merchant, account: 'merchant_balance' };
}

/**
 * A journal: `credits` to beneficiaries (positive amounts owed to them) balanced by one debit of the funding
 * account. Zero amounts are dropped; a negative credit (a rounding unit moving back) stays, signed.
 */
export function fundedJournal(funding: Pick<Posting, 'orgId' | 'account'>, credits: readonly Posting[]): Posting[] {
  const lines = credits.filter((c) => c.amount !== 0).map((c) => ({ ...c, amount: -c.amount }));
  const total = credits.reduce((s, c) => s + c.amount, 0);
  return total === 0 ? lines : [{ ...funding, amount: total }, ...lines];
}

/** The reverse of a journal (a refund of what `fundedJournal` accrued). */
export function reversed(postings: readonly Posting[]): Posting[] {
  return postings.map((p) => ({ ...p, amount: -p.amount }));
}

/** Moves amounts owed from `pending` to `payable` (a lock): a debit and a credit per beneficiary. */
export function lockJournal(amounts: readonly { orgId: string; amount: number }[]): Posting[] {
  const out: Posting[] = [];
  for (const a of amounts) {
    if (a.amount === 0) continue;
    out.push({ orgId: a.orgId, account: 'pending', amount: a.amount }, { orgId: a.orgId, account: 'payable', amount: -a.amount });
  }
  return out;
}

/** A merchant's top-up through Stripe: the platform's clearing is debited, the merchant's balance credited. */
export function topUpJournal(merchant: string, platform: string, amount: number): Posting[] {
  if (!Number.isInteger(amount) || amount <= 0) throw new RangeError('amount must be a positive integer');
  return [
    { orgId: platform, account: 'stripe_clearing', amount },
    { orgId: merchant, account: 'merchant_balance', amount: -amount },
  ];
}

export function isBalanced(postings: readonly Pick<Posting, 'amount'>[]): boolean {
  let sum = 0;
  for (const p of postings) {
    if (!Number.isInteger(p.amount)) return false;
    sum += p.amount;
  }
  return sum === 0;
}
