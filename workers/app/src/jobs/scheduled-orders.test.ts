import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../index';
import { call, db } from '../../test/security';
import { balancesOf, imbalancedJournals } from '../services/ledger/balances';
import { postbackSetup } from '../routes/orders/test-helpers';
import { runScheduled } from './scheduled';

const DAY = 86_400_000;

describe('scheduled: commission locks', () => {
  it('locks a confirmed order past its return window from the cron trigger, once', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const due = await s.order();
    const notYet = await s.order();
    const open = await s.order();
    await call('POST', `/v1/orders/${due.id}/confirm`, { key: s.merchant.key, body: { confirmedAt: now } });
    await call('POST', `/v1/orders/${notYet.id}/confirm`, { key: s.merchant.key, body: { confirmedAt: now + 2 * DAY } });
    const statuses = async (id: string) => (await call('GET', `/v1/orders/${id}`, { key: s.merchant.key })).body.commissions.map((c: any) => c.status);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '*/5 * * * *', scheduledTime: now + 7 * DAY + 1 }), env, ctx);
    await waitOnExecutionContext(ctx);

    expect(await statuses(due.id)).toEqual(['payable', 'payable', 'payable', 'payable']);
    expect(await statuses(notYet.id)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(await statuses(open.id)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect((await balancesOf(db(), s.creator.org.id)).map((b) => [b.account, b.balance])).toEqual([['payable', 990], ['pending', 1_980]]);
    // Running again changes nothing more.
    const again = await runScheduled('*/5 * * * *', env, now + 7 * DAY + 2);
    expect(again.ordersLocked).toBe(0);
    expect(await statuses(due.id)).toEqual(['payable', 'payable', 'payable', 'payable']);
    expect(await imbalancedJournals(db())).toBe(0);
  });
});
