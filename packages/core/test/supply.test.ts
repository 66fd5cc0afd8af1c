import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkRates, rateChangeEffectiveAt, MAX_COMBINED_BPS, creatorTier, engagementRateBps,
  CATEGORY_CODES, isCategory, inCategory, formatMinor, parseMajor, isCurrency,
} from '../src';

const DAY = 86_400_000;

describe('rate bounds', () => {
  it.each([
    ['targeted', 6000, 3001, 'creatorRateBps'],
    ['open', 5000, 4000, null],
    ['open', 5001, 0, 'creatorRateBps'],
    ['targeted', 8000, 1000, null],
    ['targeted', 8001, 0, 'creatorRateBps'],
    ['exclusive', 2000, 4001, 'serviceFeeBps'],
    ['open', -1, 0, 'creatorRateBps'],
    ['open', 10.5, 0, 'creatorRateBps'],
    ['open', 3000, 2000, null],
  ] as const)('%s plan, creator %d bps, fee %d bps → %s', (plan, c, f, field) => {
    expect(checkRates(plan, c, f)?.field ?? null).toBe(field);
  });

  it('accepts exactly the pairs within every bound', () => {
    fc.assert(
      fc.property(fc.constantFrom('open', 'targeted', 'exclusive'), fc.integer({ min: -10, max: 10_000 }), fc.integer({ min: -10, max: 10_000 }), (plan, c, f) => {
        const ok = c >= 0 && f >= 0 && c <= (plan === 'targeted' ? 8000 : 5000) && f <= 4000 && c + f <= MAX_COMBINED_BPS;
        expect(checkRates(plan, c, f) === null).toBe(ok);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rate change timing', () => {
  const now = Date.UTC(2026, 10, 22, 15, 30);
  it('applies a raise at once', () => {
    expect(rateChangeEffectiveAt({ creatorRateBps: 1000, serviceFeeBps: 500 }, { creatorRateBps: 1500, serviceFeeBps: 500 }, now)).toBe(now);
  });
  it('defers a cut to the next UTC day', () => {
    expect(rateChangeEffectiveAt({ creatorRateBps: 1500, serviceFeeBps: 500 }, { creatorRateBps: 1000, serviceFeeBps: 500 }, now)).toBe(Date.UTC(2026, 10, 23));
  });
  it('never lets a cut take effect before tomorrow, whatever is requested', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 10 * DAY }), (rate, cut, ahead) => {
        const at = rateChangeEffectiveAt({ creatorRateBps: rate + cut, serviceFeeBps: 0 }, { creatorRateBps: rate, serviceFeeBps: 0 }, now, now + ahead);
        expect(at).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 23));
        expect(at).toBeGreaterThanOrEqual(now + ahead);
      }),
    );
  });
});

describe('creator tiers', () => {
  it.each([[999, 'nano'], [1000, 'koc'], [9999, 'koc'], [10_000, 'mid_kol'], [100_000, 'mid_kol'], [100_001, 'top_kol']] as const)('%d followers → %s', (n, tier) => {
    expect(creatorTier(n)).toBe(tier);
  });
  it('derives engagement rate in basis points', () => {
    expect(engagementRateBps(250, 10_000)).toBe(250);
    expect(engagementRateBps(5, 0)).toBe(0);
  });
});

describe('categories', () => {
  it('has unique codes with parents and children', () => {
    expect(new Set(CATEGORY_CODES).size).toBe(CATEGORY_CODES.length);
    expect(isCategory('kitchen.tableware')).toBe(true);
    expect(isCategory('kitchen.spaceships')).toBe(false);
    expect(inCategory('kitchen.tableware', 'kitchen')).toBe(true);
    expect(inCategory('kitchenette', 'kitchen')).toBe(false);
  });
});

describe('currency', () => {
  it('formats and parses minor units without floats', () => {
    expect(formatMinor(12345, 'CNY')).toBe('123.45');
    expect(formatMinor(-5, 'USD')).toBe('-0.05');
    expect(formatMinor(3000, 'JPY')).toBe('3000');
    expect(parseMajor('123.45', 'CNY')).toBe(12345);
    expect(parseMajor('123.456', 'CNY')).toBeNull();
    expect(parseMajor('12.5', 'JPY')).toBeNull();
    expect(isCurrency('XXX')).toBe(false);
  });
  it('round-trips every amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('CNY', 'JPY', 'USD'), (n, cur) => {
      expect(parseMajor(formatMinor(n, cur), cur)).toBe(n);
    }), { numRuns: 5000 });
  });
});
