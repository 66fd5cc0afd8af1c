import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocate,
  beneficiary,
  fundedJournal,
  fundingAccount,
  inLedger,
  isBalanced,
  lockJournal,
  refundReversal,
  reversed,
  topUpJournal,
  PAYABLE_PARTS,
  type OrderChannel,
  type Parties,
  type Part,
  type Posting,
  type SplitRates,
} from '../src';
import { RUNS, ratesInBounds } from './arbitraries';

const PLATFORM = 'platform';
/** Small pools, so that organizations meet in several orders (and a creator may also be a provider). */
const MERCHANTS = ['m1', 'm2'];
const PEOPLE = ['c1', 'c2', 'p1', 'p2'];

/** One operation of the sequence; indexes pick an existing order or line modulo what exists. */
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('order' as const), channel: fc.constantFrom<OrderChannel>('checkout', 'postback', 'csv'), merchant: fc.constantFrom(...MERCHANTS), creator: fc.constantFrom(...PEOPLE), provider: fc.constantFrom(...PEOPLE), second: fc.option(fc.constantFrom(...PEOPLE), { nil: null }), rates: ratesInBounds, bases: fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('refund' as const), order: fc.nat(), line: fc.nat(), share: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lock' as const), order: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('topUp' as const), merchant: fc.constantFrom(...MERCHANTS), amount: fc.integer({ min: 1, max: 50_000_000 }) }) },
);

interface ModelLine {
  base: number;
  refunded: number;
  /** What is left of each part (the allocation of base − refunded). */
  left: Record<Part, number>;
}
interface ModelOrder {
  channel: OrderChannel;
  parties: Parties;
  rates: SplitRates;
  locked: boolean;
  lines: ModelLine[];
}

/** The parts of an order that move through the books, with who is owed each. */
const owedParts = (o: ModelOrder) => PAYABLE_PARTS.flatMap((part) => {
  const orgId = beneficiary(part, o.parties);
  return orgId && inLedger(part, o.channel) ? [{ part, orgId }] : [];
});

/** The balances the model expects, as sums of postings (debit +, credit −), by `org|account`. */
function expected(orders: ModelOrder[], topUps: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (org: string, account: string, amount: number) => out.set(`${org}|${account}`, (out.get(`${org}|${account}`) ?? 0) + amount);
  for (const [merchant, amount] of topUps) {
    add(merchant, 'merchant_balance', -amount);
    add(PLATFORM, 'stripe_clearing', amount);
  }
  for (const o of orders) {
    for (const { part, orgId } of owedParts(o)) {
      const owed = o.lines.reduce((s, l) => s + l.left[part], 0);
      add(orgId, o.locked ? 'payable' : 'pending', -owed);
      const funding = fundingAccount(o.channel, o.parties);
      add(funding.orgId, funding.account, owed);
    }
  }
  return new Map([...out].filter(([, v]) => v !== 0));
}

function actual(journals: Posting[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const j of journals) for (const p of j) out.set(`${p.orgId}|${p.account}`, (out.get(`${p.orgId}|${p.account}`) ?? 0) + p.amount);
  return new Map([...out].filter(([, v]) => v !== 0));
}

describe('ledger journals', () => {
  it('any sequence of accruals, refunds, locks and top-ups: every journal balances and balances equal the model', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const orders: ModelOrder[] = [];
        const topUps = new Map<string, number>();
        const journals: Posting[][] = [];
        const post = (postings: Posting[]) => {
          expect(isBalanced(postings), JSON.stringify(postings)).toBe(true);
          journals.push(postings);
        };
        for (const o of ops) {
          if (o.kind === 'order') {
            const parties: Parties = { merchant: o.merchant, creator: o.creator, provider: o.provider, secondProvider: o.second, platform: PLATFORM };
            const rates = { ...o.rates, secondLevelShareBps: o.second ? o.rates.secondLevelShareBps : 0 };
            const order: ModelOrder = { channel: o.channel, parties, rates, locked: false, lines: o.bases.map((base) => ({ base, refunded: 0, left: allocate(base, rates) })) };
            // As build.ts does: one credit to `pending` per owed part of every line, funded by one debit.
            const credits = order.lines.flatMap((l) => owedParts(order).map(({ part, orgId }) => ({ orgId, account: 'pending' as const, amount: l.left[part] })));
            post(fundedJournal(fundingAccount(o.channel, parties), credits));
            orders.push(order);
          } else if (o.kind === 'refund') {
            if (orders.length === 0) continue;
            const order = orders[o.order % orders.length];
            const line = order.lines[o.line % order.lines.length];
            const amount = Math.round((line.base - line.refunded) * o.share);
            if (amount === 0) continue;
            // As refund.ts does: each owed part gives back its reversal from the account it sits in.
            const back = refundReversal(line.base, line.refunded, amount, order.rates);
            const credits = owedParts(order).map(({ part, orgId }) => ({ orgId, account: order.locked ? ('payable' as const) : ('pending' as const), amount: -back[part] }));
            post(fundedJournal(fundingAccount(order.channel, order.parties), credits));
            line.refunded += amount;
            line.left = allocate(line.base - line.refunded, order.rates);
          } else if (o.kind === 'lock') {
            if (orders.length === 0) continue;
            const order = orders[o.order % orders.length];
            if (order.locked) continue;
            post(lockJournal(owedParts(order).map(({ part, orgId }) => ({ orgId, amount: order.lines.reduce((s, l) => s + l.left[part], 0) }))));
            order.locked = true;
          } else {
            post(topUpJournal(o.merchant, PLATFORM, o.amount));
            topUps.set(o.merchant, (topUps.get(o.merchant) ?? 0) + o.amount);
          }
          expect(actual(journals)).toEqual(expected(orders, topUps));
        }
        // Reversing everything brings every balance back to zero.
        expect(actual([...journals, ...journals.map(reversed)]).size).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('drops zero amounts and keeps a rounding unit moving back signed', () => {
    const funding = { orgId: 'm', account: 'merchant_balance' as const };
    expect(fundedJournal(funding, [{ orgId: 'c', account: 'pending', amount: 0 }])).toEqual([]);
    const j = fundedJournal(funding, [
      { orgId: 'c', account: 'pending', amount: 5 },
      { orgId: 'p', account: 'pending', amount: -1 },
    ]);
    expect(j).toEqual([
      { orgId: 'm', account: 'merchant_balance', amount: 4 },
      { orgId: 'c', account: 'pending', amount: -5 },
      { orgId: 'p', account: 'pending', amount: 1 },
    ]);
    expect(isBalanced(j)).toBe(true);
    expect(isBalanced([{ amount: 0.5 }, { amount: -0.5 }])).toBe(false);
    expect(() => topUpJournal('m', 'x', 0)).toThrow(RangeError);
  });
});
