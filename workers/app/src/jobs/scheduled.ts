import { lt, or } from 'drizzle-orm';
import { d1Database, sessions } from '@xuanpin/db';
import type { Bindings } from '../env';
import { SESSION_IDLE_MS } from '../services/sessions/policy';
import { createLogger } from '../lib/logger';
import { flagOverdueSamples } from '../services/samples/flag-overdue';
import { runLocks } from '../services/orders/lock';
import { refreshFunding } from '../services/ledger/funding';

/** Scheduled work, by cron expression. Every job is idempotent: running it twice changes nothing more. */
export async function runScheduled(cron: string, env: Bindings, now: number): Promise<Record<string, number>> {
  const db = d1Database(env.DB);
  const log = createLogger(`cron-${now}`);
  const done: Record<string, number> = {};
  // Every run: drop sessions past their absolute or idle expiry.
  const expired = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, now - SESSION_IDLE_MS)))
    .returning({ id: sessions.id });
  done.sessionsExpired = expired.length;
  // Every run: flag sample requests whose content is overdue (once each).
  done.samplesFlaggedOverdue = await flagOverdueSamples(db, now);
  // Every run: lock the commission of confirmed orders past their return window (in batches; the rest next run),
  // then pause merchants whose balance went negative and resume those topped up.
  const locks = await runLocks(db, now);
  done.ordersLocked = locks.ordersLocked;
  done.commissionLinesLocked = locks.linesLocked;
  done.commissionLinesPayable = locks.linesPayable;
  const funding = await refreshFunding(db, now);
  done.merchantsPaused = funding.paused;
  done.merchantsResumed = funding.resumed;
  log.info('scheduled run', { cron, ...done });
  return done;
}
