import { count, eq } from 'drizzle-orm';
import { activities } from '@xuanpin/db';
import { db } from '../../../test/security';

const DAY = 24 * 3600 * 1000;
export const T0 = Date.UTC(2030, 0, 1);

/** A valid create body; override what a test is about. */
export const activityBody = (over: Record<string, unknown> = {}) => ({
  name: 'Spring tableware pool',
  categories: ['kitchen'],
  planType: 'open',
  minCreatorRateBps: 1000,
  serviceFeeBps: 500,
  startsAt: T0,
  endsAt: T0 + 30 * DAY,
  visibility: 'public',
  ...over,
});

export async function countActivities(orgId: string): Promise<number> {
  const [row] = await db().select({ n: count() }).from(activities).where(eq(activities.orgId, orgId));
  return row.n;
}
