import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { sampleRequests } from '@xuanpin/db';
import { createOrg } from '@xuanpin/db/test/factories';
import { createOffer, createSample } from '@xuanpin/db/test/creator-factories';
import { runScheduled } from '../../jobs/scheduled';
import { flagOverdueSamples } from '../../services/samples/flag-overdue';
import { call, db } from '../../../test/security';
import { DAY, atTime, deliveredSample, market, sampleRow } from './test-helpers';

describe('sample deadlines', () => {
  it('makes content due contentDueDays after delivery; overdue only once that has passed', async () => {
    const m = await market({ contentDueDays: 14 });
    const t0 = Date.now();
    const s = await atTime(t0, () => deliveredSample(m));
    expect(s.contentDueAt).toBe(t0 + 14 * DAY);
    const at = (ms: number) => atTime(ms, () => call('GET', `/v1/samples/${s.id}`, { key: m.merchant.key }));
    expect((await at(s.contentDueAt)).body.overdue).toBe(false);
    expect((await at(s.contentDueAt + 1)).body.overdue).toBe(true);
    const overdueList = await atTime(s.contentDueAt + 1, () => call('GET', `/v1/samples?overdue=true`, { key: m.merchant.key }));
    expect(overdueList.body.data.map((x: any) => x.id)).toEqual([s.id]);
    const onTimeList = await atTime(s.contentDueAt + 1, () => call('GET', `/v1/samples?overdue=false`, { key: m.merchant.key }));
    expect(onTimeList.body.data).toEqual([]);
  });

  it('accepts a late post and records it as not on time', async () => {
    const m = await market({ contentDueDays: 3 });
    const s = await deliveredSample(m);
    const res = await atTime(s.contentDueAt + DAY, () =>
      call('POST', `/v1/samples/${s.id}/post`, { key: m.creator.key, body: { postUrl: 'https://v.douyin.com/abc/' } }),
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'posted', postedOnTime: false, overdue: false });
  });

  it('the scheduled job flags exactly the overdue requests, once', async () => {
    const creator = await createOrg(db(), { kind: 'creator' });
    const offer = await createOffer(db(), { creatorOrgId: creator.id });
    const now = Date.now();
    const make = (o: Parameters<typeof createSample>[3]) => createSample(db(), offer, creator.id, o);
    const overdue = await make({ status: 'delivered', deliveredAt: now - 15 * DAY });
    const dueNow = await make({ status: 'delivered', deliveredAt: now - 14 * DAY }); // due exactly now: not yet overdue
    const notDue = await make({ status: 'delivered', deliveredAt: now - 2 * DAY });
    const postedLate = await make({ status: 'posted', deliveredAt: now - 20 * DAY, postedAt: now - DAY });
    const shipped = await make({ status: 'shipped' });
    const ids = [overdue.id, dueNow.id, notDue.id, postedLate.id, shipped.id];

    const first = await runScheduled('*/5 * * * *', env, now);
    expect(first.samplesFlaggedOverdue).toBeGreaterThanOrEqual(1);
    const flagged = await db().select({ id: sampleRequests.id, at: sampleRequests.overdueFlaggedAt }).from(sampleRequests).where(inArray(sampleRequests.id, ids));
    expect(flagged.filter((r) => r.at !== null)).toEqual([{ id: overdue.id, at: now }]);

    // Twice is the same: nothing new is flagged and the first stamp stays.
    expect((await runScheduled('*/5 * * * *', env, now)).samplesFlaggedOverdue).toBe(0);
    expect((await sampleRow(overdue.id)).overdueFlaggedAt).toBe(now);
  });

  it('works through more than one batch of 500 and reports the total', async () => {
    const creator = await createOrg(db(), { kind: 'creator' });
    const offer = await createOffer(db(), { creatorOrgId: creator.id });
    const deliveredAt = Date.now() - 30 * DAY;
    // 620 overdue requests in one statement (a recursive CTE), faster than 620 inserts.
    await env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < 620)
       insert into sample_requests (id, enrollment_id, creator_org_id, merchant_org_id, provider_org_id, quantity, status,
         content_due_days, requested_at, delivered_at, content_due_at, updated_at)
       select 'smp_bulk_' || ?1 || '_' || i, ?2, ?3, ?4, ?5, 1, 'delivered', 14, ?6, ?6, ?6 + 14 * 86400000, ?6 from n`,
    )
      .bind(creator.id.slice(-10), offer.id, creator.id, offer.merchantOrgId, offer.providerOrgId, deliveredAt)
      .run();
    const now = Date.now();
    expect(await flagOverdueSamples(db(), now)).toBeGreaterThanOrEqual(620);
    const left = await db().select({ id: sampleRequests.id }).from(sampleRequests).where(eq(sampleRequests.creatorOrgId, creator.id));
    const rows = await db().select({ at: sampleRequests.overdueFlaggedAt }).from(sampleRequests).where(eq(sampleRequests.creatorOrgId, creator.id));
    expect(left).toHaveLength(620);
    expect(rows.every((r) => r.at === now)).toBe(true);
    expect(await flagOverdueSamples(db(), now + 1)).toBe(0);
  });
});
