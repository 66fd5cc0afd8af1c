import { checkRates } from '@xuanpin/core';
import type { Activity } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';

const invalid = (path: string, message: string) => new ApiError('validation_failed', `\`${path}\`: ${message}`, { path });

/** An offer's rates against its activity's terms: at least the minimum creator rate and the service fee, within bounds. */
export function checkOfferRates(activity: Activity, creatorRateBps: number, serviceFeeBps: number): void {
  if (creatorRateBps < activity.minCreatorRateBps) {
    throw invalid('creatorRateBps', `must be at least the activity's minimum, ${activity.minCreatorRateBps} basis points.`);
  }
  if (serviceFeeBps < activity.serviceFeeBps) {
    throw invalid('serviceFeeBps', `must be at least the activity's service fee, ${activity.serviceFeeBps} basis points.`);
  }
  const problem = checkRates(activity.planType, creatorRateBps, serviceFeeBps);
  if (problem) throw invalid(problem.field, problem.message);
}
