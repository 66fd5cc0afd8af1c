import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { sessions } from '@xuanpin/db';
import { createSession, createTenant } from '@xuanpin/db/test/factories';
import worker from '../index';
import { db } from '../../test/security';
import { SESSION_IDLE_MS } from '../services/sessions/policy';
import { runScheduled } from './scheduled';

const HOUR = 3_600_000;

/** A live session, one past its idle timeout, one past its absolute expiry — as of `now`. */
async function threeSessions(now: number) {
  const t = await createTenant(db());
  const live = await createSession(db(), t.user.id, t.org.id, { now: now - HOUR });
  const nearlyIdle = await createSession(db(), t.user.id, t.org.id, { now: now - SESSION_IDLE_MS + 1 });
  const idle = await createSession(db(), t.user.id, t.org.id, { now: now - SESSION_IDLE_MS - 1 });
  const absolute = await createSession(db(), t.user.id, t.org.id, { now: now - HOUR, expiresAt: now - 1 });
  const ids = [live.id, nearlyIdle.id, idle.id, absolute.id];
  const remaining = async () =>
    (await db().select({ id: sessions.id }).from(sessions).where(inArray(sessions.id, ids))).map((s) => s.id).sort();
  return { live, nearlyIdle, idle, absolute, remaining };
}

describe('scheduled: session clean-up', () => {
  it('deletes idle and absolutely expired sessions, keeps live ones, and is idempotent', async () => {
    const now = Date.now();
    const s = await threeSessions(now);
    const first = await runScheduled('*/5 * * * *', env, now);
    expect(first.sessionsExpired).toBeGreaterThanOrEqual(2);
    expect(await s.remaining()).toEqual([s.live.id, s.nearlyIdle.id].sort());
    const second = await runScheduled('*/5 * * * *', env, now);
    expect(second.sessionsExpired).toBe(0);
    expect(await s.remaining()).toEqual([s.live.id, s.nearlyIdle.id].sort());
  });

  it('runs from the entry on a cron trigger, at the scheduled time', async () => {
    const now = Date.now();
    const s = await threeSessions(now);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '0 3 * * *', scheduledTime: now }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await s.remaining()).toEqual([s.live.id, s.nearlyIdle.id].sort());
    // Later, the nearly idle one has gone idle too.
    await runScheduled('*/5 * * * *', env, now + 2);
    expect(await s.remaining()).toEqual([s.live.id]);
  });
});
