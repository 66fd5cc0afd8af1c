import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '@xuanpin/core';
import { unpackClicks, type Visit } from '../clicks/message';
import { drainClicks, MAX_PENDING, overrideClickSender, recordVisit, type SinkEnv } from './sink';

const facts = {
  linkId: 'lnk_sink',
  creatorOrgId: 'org_creator',
  offerId: 'enr_sink',
  activityId: 'act_sink',
  productId: 'prd_sink',
  providerOrgId: 'org_provider',
  merchantOrgId: 'org_merchant',
};
const at = Date.now();
const visit = (i: number): Visit => ({
  id: newId('click', at + i),
  at: at + i,
  facts,
  ip: `198.51.100.${i % 256}`,
  userAgent: `Mozilla/5.0 (iPhone) XHS/${i}`,
  referrer: null,
  country: 'CN',
});
const env = { EVENTS: {} } as SinkEnv;
function fakeCtx() {
  const waiting: Promise<unknown>[] = [];
  return { ctx: { waitUntil: (p: Promise<unknown>) => void waiting.push(p) } as unknown as ExecutionContext, waiting };
}

describe('the click sink', () => {
  afterEach(async () => {
    await drainClicks();
    overrideClickSender(undefined);
    vi.restoreAllMocks();
  });

  it('keeps the visits until the flush, then sends them packed, in order, and at once when MAX_PENDING wait', async () => {
    const sent: string[][] = [];
    overrideClickSender(async (_env, messages) => void sent.push(messages.flatMap((m) => unpackClicks(m)!.map((c) => c.id))));
    const { ctx, waiting } = fakeCtx();
    const visits = Array.from({ length: MAX_PENDING }, (_, i) => visit(i));
    for (const v of visits.slice(0, -1)) recordVisit(env, ctx, v);
    expect(sent).toEqual([]); // nothing sent before the flush
    expect(waiting).toHaveLength(1); // the timer of the first visit
    recordVisit(env, ctx, visits.at(-1)!);
    expect(waiting).toHaveLength(2); // the full list goes now, not when the timer fires
    await waiting[1];
    expect(sent).toEqual([visits.map((v) => v.id)]);
    await drainClicks();
    expect(sent).toHaveLength(1); // the timer found nothing left to send
  });

  it('logs a send that fails and goes on with the next visits', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const sent: number[] = [];
    overrideClickSender(async (_env, messages) => {
      if (fail) throw new Error('queue down');
      sent.push(messages.reduce((n, m) => n + unpackClicks(m)!.length, 0));
    });
    const { ctx } = fakeCtx();
    recordVisit(env, ctx, visit(1));
    recordVisit(env, ctx, visit(2));
    await drainClicks();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(JSON.parse(errors.mock.calls[0][0] as string)).toMatchObject({ msg: 'clicks could not be queued', count: 2 });
    fail = false;
    recordVisit(env, ctx, visit(3));
    await drainClicks();
    expect(sent).toEqual([1]);
  });

  it('drops the visits without sending when the bench asks it to', async () => {
    const sender = vi.fn(async () => {});
    overrideClickSender(sender);
    const { ctx, waiting } = fakeCtx();
    recordVisit({ ...env, BENCH_DISCARD_CLICKS: '1' }, ctx, visit(1));
    await drainClicks();
    expect(waiting).toHaveLength(0);
    expect(sender).not.toHaveBeenCalled();
  });
});
