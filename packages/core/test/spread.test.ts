import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, refundReversal, spreadOverLines, PAYABLE_PARTS, type Part } from '../src';
import { RUNS, ratesInBounds } from './arbitraries';

describe('spreadOverLines', () => {
  it.each([
    // remaining, amount → shares
    [[100], 1, [1]],
    [[100, 100], 1, [1, 0]], // tie: the earlier line
    [[100, 300], 100, [25, 75]],
    [[1, 1, 1], 2, [1, 1, 0]],
    [[0, 50, 50], 99, [0, 50, 49]],
    [[333, 333, 334], 1_000, [333, 333, 334]],
    [[7, 0, 3], 5, [4, 0, 1]],
  ] as const)('spreads %j by %d', (remaining, amount, expected) => {
    expect(spreadOverLines(remaining, amount)).toEqual(expected);
  });

  it('sums exactly to the amount and never exceeds what remains of a line (or goes below 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000 })), { minLength: 1, maxLength: 20 }).filter((r) => r.some((x) => x > 0)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (remaining, f) => {
          const total = remaining.reduce((s, r) => s + r, 0);
          const amount = Math.max(1, Math.min(total, Math.round(total * f)));
          const shares = spreadOverLines(remaining, amount);
          expect(shares).toHaveLength(remaining.length);
          expect(shares.reduce((s, x) => s + x, 0)).toBe(amount);
          shares.forEach((s, i) => {
            expect(Number.isInteger(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(remaining[i]);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses amounts it cannot spread', () => {
    expect(() => spreadOverLines([10, 10], 21)).toThrow(/exceeds/);
    expect(() => spreadOverLines([10], 0)).toThrow(RangeError);
    expect(() => spreadOverLines([10], 1.5)).toThrow(RangeError);
  });
});

describe('order refunds in any sequence (several lines, per line or spread over them)', () => {
  /** An order of 1–6 lines, their rates, and a sequence of refund steps: a line and a share, or the order and a share. */
  const scenario = fc.record({
    lines: fc.array(fc.record({ base: fc.integer({ min: 1, max: 100_000_000 }), rates: ratesInBounds }), { minLength: 1, maxLength: 6 }),
    steps: fc.array(fc.record({ line: fc.option(fc.nat(5), { nil: null }), share: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 15 }),
    finish: fc.boolean(),
  });

  it('never takes a part below zero; what is left is the allocation of what remains; refunding all restores the original exactly', () => {
    fc.assert(
      fc.property(scenario, ({ lines, steps, finish }) => {
        const original = lines.map((l) => allocate(l.base, l.rates));
        const left = original.map((s) => Object.fromEntries(PAYABLE_PARTS.map((p) => [p, s[p]])) as Record<Part, number>);
        const taken = lines.map(() => Object.fromEntries(PAYABLE_PARTS.map((p) => [p, 0])) as Record<Part, number>);
        const refunded = lines.map(() => 0);
        const refund = (i: number, amount: number) => {
          if (amount === 0) return;
          const back = refundReversal(lines[i].base, refunded[i], amount, lines[i].rates);
          expect(PAYABLE_PARTS.reduce((s, p) => s + back[p], 0)).toBe(amount);
          for (const p of PAYABLE_PARTS) {
            left[i][p] -= back[p];
            taken[i][p] += back[p];
            expect(left[i][p]).toBeGreaterThanOrEqual(0);
          }
          refunded[i] += amount;
        };
        for (const step of steps) {
          const remaining = lines.map((l, i) => l.base - refunded[i]);
          const total = remaining.reduce((s, r) => s + r, 0);
          if (total === 0) break;
          if (step.line !== null && step.line < lines.length) {
            const i = step.line;
            refund(i, Math.min(remaining[i], Math.round(remaining[i] * step.share)));
          } else {
            const amount = Math.max(1, Math.round(total * step.share));
            spreadOverLines(remaining, amount).forEach((a, i) => refund(i, a));
          }
        }
        if (finish) lines.forEach((l, i) => refund(i, l.base - refunded[i]));
        lines.forEach((l, i) => {
          const now = allocate(l.base - refunded[i], l.rates);
          for (const p of PAYABLE_PARTS) {
            expect(left[i][p]).toBe(now[p]);
            // What was taken back plus what is left is exactly what was allocated.
            expect(taken[i][p] + left[i][p]).toBe(original[i][p]);
            if (finish) expect(taken[i][p]).toBe(original[i][p]);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
