import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, refundReversal, PAYABLE_PARTS, applyBps, lineBase, type SplitRates } from '../src';
import { RUNS, ratesInBounds } from './arbitraries';

const sum = (s: Record<string, number>) => PAYABLE_PARTS.reduce((t, p) => t + s[p], 0);

describe('allocate', () => {
  it.each([
    // base, creator, fee, platform, second → creatorNet, providerNet, second, platform(c), platform(p), merchant
    [10_000, 2_000, 1_000, 1_000, 0, [1_800, 900, 0, 200, 100, 7_000]],
    [1, 5_000, 4_000, 1_000, 0, [1, 0, 0, 0, 0, 0]],
    [3, 3_333, 3_333, 0, 0, [1, 1, 0, 0, 0, 1]],
    [199, 1_550, 500, 1_000, 5_000, [28, 4, 5, 3, 1, 158]],
    [33_283_100, 2_000, 1_000, 500, 0, [6_323_789, 3_161_894, 0, 332_831, 166_416, 23_298_170]],
  ] as const)('splits %d at %d/%d/%d/%d bps', (base, c, f, p, s, expected) => {
    const split = allocate(base, { creatorRateBps: c, serviceFeeBps: f, platformFeeBps: p, secondLevelShareBps: s });
    expect(PAYABLE_PARTS.map((k) => split[k])).toEqual(expected);
    expect(sum(split)).toBe(base);
  });

  it('rounds half up in integer arithmetic', () => {
    expect(applyBps(5, 1_000)).toBe(1); // 0.5 → 1
    expect(applyBps(4, 1_000)).toBe(0); // 0.4 → 0
    expect(applyBps(1_000_000_000, 9_999)).toBe(999_900_000);
  });

  it('gives parts that are each ≥ 0 and sum exactly to the base, for amounts 1…10⁹ and all rates in bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), ratesInBounds, (base, rates) => {
        const split = allocate(base, rates);
        for (const p of PAYABLE_PARTS) expect(split[p]).toBeGreaterThanOrEqual(0);
        expect(sum(split)).toBe(base);
        expect(split.creatorGross + split.providerGross + split.merchantNet).toBe(base);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the parts exact even for rates outside the commercial bounds (up to 100% each)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (base, c, f, p) => {
        const split = allocate(base, { creatorRateBps: c, serviceFeeBps: f, platformFeeBps: p });
        for (const k of PAYABLE_PARTS) expect(split[k]).toBeGreaterThanOrEqual(0);
        expect(sum(split)).toBe(base);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects fractional or out-of-range inputs', () => {
    const r: SplitRates = { creatorRateBps: 1000, serviceFeeBps: 0, platformFeeBps: 0 };
    expect(() => allocate(10.5, r)).toThrow(RangeError);
    expect(() => allocate(-1, r)).toThrow(RangeError);
    expect(() => allocate(100, { ...r, creatorRateBps: 10_001 })).toThrow(RangeError);
    expect(() => allocate(100, { ...r, platformFeeBps: 1.5 })).toThrow(RangeError);
  });
});

describe('refunds', () => {
  /** A line and a random sequence of refunds that together may or may not reach its full amount. */
  const refundSequence = fc
    .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), ratesInBounds, fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 12 }), fc.boolean())
    .map(([base, rates, weights, full]) => {
      // Turn weights into refunds that sum to at most the base (exactly the base when `full`).
      const total = weights.reduce((a, b) => a + b, 0);
      const target = full ? base : Math.floor(base / 2);
      const refunds: number[] = [];
      let left = target;
      weights.forEach((w, i) => {
        const r = i === weights.length - 1 ? left : Math.min(left, Math.floor((target * w) / total));
        if (r > 0) refunds.push(r);
        left -= r;
      });
      return { base, rates, refunds, full };
    });

  it('never takes a part below zero, and refunding everything takes back exactly what was allocated', () => {
    fc.assert(
      fc.property(refundSequence, ({ base, rates, refunds, full }) => {
        const remaining: Record<string, number> = { ...allocate(base, rates) };
        let refunded = 0;
        for (const r of refunds) {
          const back = refundReversal(base, refunded, r, rates);
          expect(sum(back)).toBe(r);
          for (const p of PAYABLE_PARTS) {
            remaining[p] -= back[p];
            expect(remaining[p]).toBeGreaterThanOrEqual(0);
          }
          refunded += r;
        }
        const left = allocate(base - refunded, rates);
        for (const p of PAYABLE_PARTS) expect(remaining[p]).toBe(left[p]);
        if (full) for (const p of PAYABLE_PARTS) expect(remaining[p]).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a refund larger than what remains', () => {
    const rates = { creatorRateBps: 1000, serviceFeeBps: 500, platformFeeBps: 1000 };
    expect(() => refundReversal(1000, 600, 401, rates)).toThrow(/exceeds/);
    expect(() => refundReversal(1000, 0, 0, rates)).toThrow(RangeError);
  });
});

describe('lineBase', () => {
  it('is quantity × unit price − discount, never negative', () => {
    expect(lineBase(3, 1_980, 500)).toBe(5_440);
    expect(() => lineBase(0, 100)).toThrow(RangeError);
    expect(() => lineBase(1, 100, 101)).toThrow(/discount/);
  });
});
