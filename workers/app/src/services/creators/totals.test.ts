import { describe, expect, it } from 'vitest';
import { CREATOR_TIERS, creatorTier } from '@xuanpin/core';
import { TIER_FOLLOWERS } from './tier-range';
import { deriveTotals } from './totals';

const h = (followers: number, avgViews: number, avgEngagement: number) => ({ platform: 'douyin', handle: 'x', followers, avgViews, avgEngagement });

describe('deriveTotals', () => {
  it('sums followers and weights views and engagement by followers', () => {
    expect(deriveTotals([h(90_000, 10_000, 900), h(10_000, 50_000, 100)])).toEqual({ followers: 100_000, avgViews: 14_000, avgEngagement: 820 });
  });
  it('floors to integers', () => {
    expect(deriveTotals([h(1, 1, 0), h(1, 1, 0), h(1, 2, 1)])).toEqual({ followers: 3, avgViews: 1, avgEngagement: 0 });
  });
  it('stays exact where followers × views passes 2^53', () => {
    const big = deriveTotals([h(2_000_000_000, 2_000_000_000, 3), h(1, 0, 0)]);
    expect(big.avgViews).toBe(Number((2_000_000_000n * 2_000_000_000n) / 2_000_000_001n));
  });
  it('averages plainly when no handle has followers, and is all zero without handles', () => {
    expect(deriveTotals([h(0, 10, 2), h(0, 21, 3)])).toEqual({ followers: 0, avgViews: 15, avgEngagement: 2 });
    expect(deriveTotals([])).toEqual({ followers: 0, avgViews: 0, avgEngagement: 0 });
  });
});

describe('tier ranges', () => {
  it.each([0, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 100_001, 5_000_000])('agree with creatorTier at %i followers', (n) => {
    const inRange = CREATOR_TIERS.filter((t) => n >= TIER_FOLLOWERS[t].min && (TIER_FOLLOWERS[t].max === null || n <= TIER_FOLLOWERS[t].max!));
    expect(inRange).toEqual([creatorTier(n)]);
  });
});
