import fc from 'fast-check';
import { MAX_COMBINED_BPS, MAX_CREATOR_RATE_TARGETED_BPS, MAX_SERVICE_FEE_BPS } from '../src';

/** Property runs: ≥10,000 in CI (the bar), more with XP_PROPERTY_RUNS. */
export const RUNS = Number(process.env.XP_PROPERTY_RUNS ?? 10_000);

/** Every combination of rates within DESIGN.md's bounds (targeted plans allow the widest creator rate). */
export const ratesInBounds = fc
  .record({
    creatorRateBps: fc.integer({ min: 0, max: MAX_CREATOR_RATE_TARGETED_BPS }),
    serviceFeeBps: fc.integer({ min: 0, max: MAX_SERVICE_FEE_BPS }),
    platformFeeBps: fc.integer({ min: 0, max: 3_000 }),
    secondLevelShareBps: fc.integer({ min: 0, max: 10_000 }),
  })
  .filter((r) => r.creatorRateBps + r.serviceFeeBps <= MAX_COMBINED_BPS);
