import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { lockJournal } from '@xuanpin/core';
import { commissionLines, orders, organizations, type Database } from '@xuanpin/db';
import { journalWrites } from '../ledger/write';
import { runBatch, type Write } from '../skus/batch';

/**
 * The scheduled lock (DESIGN.md "Commission lines"): the unheld pending lines of confirmed orders whose return
 * window has passed become `locked`, their amounts moving from `pending` to `payable` in the ledger (one journal per
 * order, keyed by its revision); then locked lines become `payable` — at once for hosted checkout (the platform holds
 * the money), for postback/CSV while the merchant's funding is not paused. In batches of `batchSize` orders, each
 * batch atomic; running it again changes nothing more. A batch that loses a race with a refund is skipped and
 * retried by the next run.
 */
export async function runLocks(db: Database, now: number, { batchSize = 50, maxBatches = 20 } = {}) {
  let locked = 0;
  let lines = 0;
  let skipped = 0;
  for (let b = 0; b < maxBatches; b++) {
    const due = await db
      .select({ id: orders.id, revision: orders.revision, currency: orders.currency })
      .from(orders)
      .where(
        and(
          lte(orders.lockAt, now),
          eq(orders.status, 'confirmed'),
          sql`exists (select 1 from ${commissionLines} where ${commissionLines.orderId} = ${orders.id} and ${commissionLines.status} = 'pending' and ${commissionLines.holdReason} is null)`,
        ),
      )
      .orderBy(asc(orders.lockAt))
      .limit(batchSize);
    if (due.length === 0) break;
    const pending = await db
      .select({ id: commissionLines.id, orderId: commissionLines.orderId, orgId: commissionLines.orgId, amount: commissionLines.amount })
      .from(commissionLines)
      .where(
        and(
          // One JSON parameter, not one per order: D1 binds at most 100 per statement, whatever `batchSize` is.
          sql`${commissionLines.orderId} in (select value from json_each(${JSON.stringify(due.map((o) => o.id))}))`,
          eq(commissionLines.status, 'pending'),
          isNull(commissionLines.holdReason),
        ),
      );
    const writes: Write[] = [];
    const entries = due.map((o) => {
      const own = pending.filter((p) => p.orderId === o.id);
      return { key: `lock:${o.id}:${o.revision + 1}`, kind: 'lock' as const, currency: o.currency, orderId: o.id, orderRevision: o.revision + 1, postings: lockJournal(own) };
    });
    for (const o of due) writes.push(db.update(orders).set({ revision: o.revision + 1, updatedAt: now }).where(and(eq(orders.id, o.id), eq(orders.revision, o.revision))));
    const ids = JSON.stringify(pending.map((p) => p.id));
    writes.push(
      db
        .update(commissionLines)
        .set({ status: 'locked', lockedAt: now, updatedAt: now })
        .where(and(sql`${commissionLines.id} in (select value from json_each(${ids}))`, eq(commissionLines.status, 'pending'))),
      ...journalWrites(db, entries, now),
    );
    try {
      await runBatch(db, writes);
      locked += due.length;
      lines += pending.length;
    } catch (err) {
      skipped += due.length;
      if (!/UNIQUE constraint failed/i.test(String((err as Error).message) + String((err as { cause?: Error }).cause?.message))) throw err;
      break;
    }
  }
  const payable = await promotePayable(db, now);
  return { ordersLocked: locked, linesLocked: lines, linesPayable: payable, ordersSkipped: skipped };
}

/** Locked lines become payable when the money is there: hosted checkout always, postback while funding holds. */
export async function promotePayable(db: Database, now: number): Promise<number> {
  const rows = await db
    .update(commissionLines)
    .set({ status: 'payable', updatedAt: now })
    .where(
      and(
        eq(commissionLines.status, 'locked'),
        sql`exists (select 1 from ${orders} join ${organizations} on ${organizations.id} = ${orders.merchantOrgId}
          where ${orders.id} = ${commissionLines.orderId} and (${orders.source} = 'checkout' or ${organizations.fundingPausedAt} is null))`,
      ),
    )
    .returning({ id: commissionLines.id });
  return rows.length;
}
