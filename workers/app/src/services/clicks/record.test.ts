import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { clicks, linkDailyClicks, type Link } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { newId, sha256Hex } from '@xuanpin/core';
import worker from '../../index';
import type { QueueMessage } from '../../jobs/queue';
import { countingD1 } from '../../lib/query-count';
import { db } from '../../../test/security';
import { packClicks, type Visit } from './message';
import { DEDUPE_WINDOW_MS } from './record';

const HOUR = DEDUPE_WINDOW_MS;
const DAY = 24 * HOUR;
/** 10:00 UTC on some day, so that +/- a few hours stays on that day. */
const T = Math.floor(Date.now() / DAY) * DAY - 5 * DAY + 10 * HOUR;

async function aLink() {
  const creator = await createTenant(db(), 'creator');
  return (await createLink(db(), creator.org.id)).link;
}

const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** A visit as the redirect records it; `who` stands for the visitor's IP. */
function click(link: Link, at: number, o: { who?: string; bot?: boolean; id?: string } = {}): Visit {
  return {
    id: o.id ?? newId('click', at),
    at,
    facts: { linkId: link.id, creatorOrgId: link.creatorOrgId, offerId: link.enrollmentId, activityId: link.activityId, productId: link.productId, providerOrgId: link.providerOrgId, merchantOrgId: link.merchantOrgId },
    ip: `203.0.113.${(o.who ?? 'a').charCodeAt(0)}`,
    userAgent: o.bot ? GOOGLEBOT : BROWSER,
    referrer: null,
    country: 'JP',
  };
}

/** Runs the Worker's queue entry on one batch of the given clicks, packed as the redirect packs them (or raw bodies). */
async function consume(visits: (Visit | unknown)[], binding: D1Database = env.DB, perMessage = 3) {
  const bodies: unknown[] = [];
  for (let i = 0; i < visits.length; i += perMessage) {
    const part = visits.slice(i, i + perMessage);
    bodies.push(...(part.every((v) => (v as Visit).facts) ? packClicks(part as Visit[]).map((m) => m.buffer) : part));
  }
  return consumeBodies(bodies, binding);
}

/** Runs the Worker's queue entry on one batch; answers what was acked and retried, and the statements run. */
async function consumeBodies(bodies: unknown[], binding: D1Database = env.DB) {
  const counter = { queries: 0 };
  const batch = createMessageBatch<QueueMessage>(
    'xuanpin-events',
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: body as QueueMessage })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, { ...env, DB: countingD1(binding, counter) } as typeof env);
  const result = await getQueueResult(batch, ctx);
  return { acked: result.explicitAcks.length, retried: result.retryMessages.length, queries: counter.queries };
}

const stored = (link: Link) =>
  db().select({ id: clicks.id, counted: clicks.counted, bot: clicks.bot }).from(clicks).where(eq(clicks.linkId, link.id)).orderBy(asc(clicks.clickedAt), asc(clicks.id));
const rollup = (link: Link) =>
  db()
    .select({ day: linkDailyClicks.day, counted: linkDailyClicks.counted, bot: linkDailyClicks.bot, duplicate: linkDailyClicks.duplicate })
    .from(linkDailyClicks)
    .where(eq(linkDailyClicks.linkId, link.id))
    .orderBy(asc(linkDailyClicks.day));

describe('the click consumer', () => {
  it('writes a whole queue batch in one db.batch, and acks it', async () => {
    const link = await aLink();
    const messages = Array.from({ length: 1200 }, (_, i) => click(link, T + i, { who: String.fromCharCode(0x4e00 + i) }));
    // 1,200 clicks in 100 messages: one db.batch of an INSERT and a rollup per 500 clicks.
    expect(await consume(messages, env.DB, 12)).toEqual({ acked: 100, retried: 0, queries: 6 });
    expect(await stored(link)).toHaveLength(1200);
    expect(await rollup(link)).toEqual([{ day: T - 10 * HOUR, counted: 1200, bot: 0, duplicate: 0 }]);
  });

  it('changes nothing when the same batch comes again (clicks have unique ids)', async () => {
    const link = await aLink();
    const messages = [click(link, T), click(link, T + 1000), click(link, T + 2000, { who: 'b' }), click(link, T + 3000, { bot: true })];
    await consume(messages);
    const first = { clicks: await stored(link), rollup: await rollup(link) };
    expect(first.rollup).toEqual([{ day: T - 10 * HOUR, counted: 2, bot: 1, duplicate: 1 }]);
    await consume(messages);
    await consume([...messages].reverse());
    await consume([messages[1], messages[1]], env.DB, 1); // a message delivered twice in one batch
    expect({ clicks: await stored(link), rollup: await rollup(link) }).toEqual(first);
  });

  it('retries a failed batch, which then lands once', async () => {
    const link = await aLink();
    const messages = [click(link, T), click(link, T + 10), click(link, T + 20, { who: 'b' })];
    const down = new Proxy(env.DB, {
      get: (target, prop) => (prop === 'batch' ? () => Promise.reject(new Error('D1 is unavailable')) : Reflect.get(target, prop, target)),
    }) as D1Database;
    expect(await consume(messages, down, 1)).toMatchObject({ acked: 0, retried: 3 });
    expect(await stored(link)).toHaveLength(0);
    expect(await consume(messages, env.DB, 1)).toMatchObject({ acked: 3, retried: 0 });
    expect(await consume(messages, env.DB, 2)).toMatchObject({ acked: 2, retried: 0 });
    expect(await stored(link)).toHaveLength(3);
    expect(await rollup(link)).toEqual([{ day: T - 10 * HOUR, counted: 2, bot: 0, duplicate: 1 }]);
  });

  it('counts one click per identity per link per hour window, within a batch and across batches', async () => {
    const link = await aLink();
    const other = await aLink();
    const window = Math.floor(T / HOUR) * HOUR;
    // Listed out of order: the earliest click of the window is the counted one.
    const a2 = click(link, window + 50 * 60_000);
    const a1 = click(link, window + 5 * 60_000);
    await consume([a2, a1, click(other, window + 6 * 60_000)]);
    await consume([click(link, window + 59 * 60_000)]); // same hour, later batch: a duplicate
    await consume([click(link, window + HOUR), click(link, window + HOUR + 1)]); // next hour: counted again, once
    await consume([click(link, window + 30 * 60_000, { who: 'b' })]); // another visitor
    const rows = await stored(link);
    expect(rows.map((r) => [r.id === a1.id ? 'a1' : r.id === a2.id ? 'a2' : '-', r.counted])).toEqual([
      ['a1', true],
      ['-', true], // b
      ['a2', false],
      ['-', false],
      ['-', true],
      ['-', false],
    ]);
    expect((await stored(other)).map((r) => r.counted)).toEqual([true]);
  });

  it('never counts bots, and a bot does not use up a visitor’s window', async () => {
    const link = await aLink();
    await consume([click(link, T, { bot: true }), click(link, T + 1, { bot: true }), click(link, T + 2)]);
    expect((await stored(link)).map((r) => [r.bot, r.counted])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ]);
    expect(await rollup(link)).toEqual([{ day: T - 10 * HOUR, counted: 1, bot: 2, duplicate: 0 }]);
  });

  it('rolls clicks up per UTC day', async () => {
    const link = await aLink();
    const midnight = T - 10 * HOUR + DAY;
    await consume([click(link, midnight - 1), click(link, midnight, { who: 'b' }), click(link, midnight + HOUR, { who: 'b' })]);
    await consume([click(link, midnight + 2 * HOUR, { who: 'c' })]);
    expect(await rollup(link)).toEqual([
      { day: midnight - DAY, counted: 1, bot: 0, duplicate: 0 },
      { day: midnight, counted: 3, bot: 0, duplicate: 0 },
    ]);
  });

  it('drops malformed messages (acked, not retried) and still writes the good ones', async () => {
    const link = await aLink();
    const good = click(link, T);
    const [packed] = packClicks([click(link, T + 1)]);
    const unknownRecord = packed.slice();
    unknownRecord[4] = 9;
    const bad = [
      { type: 'clicks', links: [], clicks: [[newId('click'), 0, T, '1.2.3.4', null, null, null]] },
      packed.slice(0, packed.length - 5).buffer,
      unknownRecord.buffer,
      new Uint8Array([0x58, 0x50, 0x43, 9, 2]).buffer,
    ];
    expect(await consumeBodies([...bad, ...packClicks([good]).map((m) => m.buffer)])).toMatchObject({ acked: 5, retried: 0 });
    expect((await stored(link)).map((r) => r.id)).toEqual([good.id]);
  });

  it('keeps the identity hash, never the raw IP or user agent', async () => {
    const link = await aLink();
    const visit = click(link, T);
    await consume([visit]);
    const [row] = await db().select().from(clicks).where(eq(clicks.id, visit.id));
    expect(row.identityHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.identityHash).toBe(await sha256Hex(`${visit.ip}\n${visit.userAgent}`));
    expect(JSON.stringify(row)).not.toContain(visit.ip);
    expect(JSON.stringify(row)).not.toContain('Safari');
    expect(row).toMatchObject({ country: 'JP', bot: false, counted: true });
  });

  it('flags known crawlers and clients without a user agent as bots', async () => {
    const link = await aLink();
    const agents = [GOOGLEBOT, 'facebookexternalhit/1.1', 'curl/8.5.0', 'python-requests/2.32', null, '  ', BROWSER, 'Mozilla/5.0 (Linux; Android 14) Chrome/131 Mobile [Pinterest/Android]'];
    const visits = agents.map((userAgent, i) => ({ ...click(link, T + i, { who: String(i) }), userAgent }));
    await consume(visits, env.DB, 8);
    expect((await stored(link)).map((r) => r.bot)).toEqual([true, true, true, true, true, true, false, false]);
  });
});
