import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import { sampleRequests, type Database } from '@xuanpin/db';

export const OVERDUE_BATCH = 500;
const MAX_BATCHES = 20;

/**
 * Scheduled job: stamps `overdue_flagged_at` on delivered requests past their content due time, once each
 * (rows already stamped are skipped, so a second run changes nothing). Works in batches of at most 500 rows
 * to stay within a Worker's limits; what is left waits for the next run. Returns how many it flagged.
 */
export async function flagOverdueSamples(db: Database, now: number): Promise<number> {
  const s = sampleRequests;
  const pending = and(eq(s.status, 'delivered'), lt(s.contentDueAt, now), isNull(s.overdueFlaggedAt));
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const batch = db.select({ id: s.id }).from(s).where(pending).limit(OVERDUE_BATCH);
    const flagged = await db
      .update(s)
      .set({ overdueFlaggedAt: now })
      .where(and(inArray(s.id, batch), pending))
      .returning({ id: s.id });
    total += flagged.length;
    if (flagged.length < OVERDUE_BATCH) break;
  }
  return total;
}
