/**
 * Commission-rate bounds in basis points (DESIGN.md rule 2, Douyin's defaults): creator rate ≤ 50% (≤ 80% on
 * targeted plans), provider service fee ≤ 40%, the two together ≤ 90%.
 */
export const BPS = 10_000;
export const MAX_CREATOR_RATE_BPS = 5_000;
export const MAX_CREATOR_RATE_TARGETED_BPS = 8_000;
export const MAX_SERVICE_FEE_BPS = 4_000;
export const MAX_COMBINED_BPS = 9_000;

export const PLAN_TYPES = ['open', 'targeted', 'exclusive'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export interface RateProblem {
  field: 'creatorRateBps' | 'serviceFeeBps';
  message: string;
}

/** The first bound a pair of rates breaks, or null. Rates must be whole basis points. */
export function checkRates(plan: PlanType, creatorRateBps: number, serviceFeeBps: number): RateProblem | null {
  const maxCreator = plan === 'targeted' ? MAX_CREATOR_RATE_TARGETED_BPS : MAX_CREATOR_RATE_BPS;
  if (!Number.isInteger(creatorRateBps) || creatorRateBps < 0 || creatorRateBps > maxCreator) {
    return { field: 'creatorRateBps', message: `The creator rate must be a whole number of basis points from 0 to ${maxCreator} on ${plan} plans.` };
  }
  if (!Number.isInteger(serviceFeeBps) || serviceFeeBps < 0 || serviceFeeBps > MAX_SERVICE_FEE_BPS) {
    return { field: 'serviceFeeBps', message: `The service fee must be a whole number of basis points from 0 to ${MAX_SERVICE_FEE_BPS}.` };
  }
  if (creatorRateBps + serviceFeeBps > MAX_COMBINED_BPS) {
    return { field: 'creatorRateBps', message: `The creator rate and service fee together may not exceed ${MAX_COMBINED_BPS} basis points.` };
  }
  return null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a new version of an offer's rates takes effect. A raise of the creator rate (and no cut of the service fee)
 * is immediate; any cut takes effect no earlier than the start of the next UTC day, so creators promoting today keep
 * today's terms. A requested later time is honoured.
 */
export function rateChangeEffectiveAt(
  current: { creatorRateBps: number; serviceFeeBps: number },
  next: { creatorRateBps: number; serviceFeeBps: number },
  now: number,
  requested?: number,
): number {
  const isCut = next.creatorRateBps < current.creatorRateBps || next.serviceFeeBps < current.serviceFeeBps;
  const earliest = isCut ? Math.floor(now / DAY_MS) * DAY_MS + DAY_MS : now;
  return requested !== undefined && requested > earliest ? requested : earliest;
}
