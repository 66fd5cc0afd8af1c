import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { clicks, enrollments, linkDailyClicks, links, organizations } from '../src/schema';
import { seedDemo } from '../src/seed/index';
import { DEMO_CLICK_DAYS, DEMO_LINK_SETS } from '../src/seed/data/links';
// The Worker's rules, which the seed follows on its planned data (it cannot import the Worker).
import { offerOpenTo } from '../../../workers/app/src/services/offers/visible';
import { recordClicks } from '../../../workers/app/src/services/clicks/record';
import { migratedDatabase } from './database';

const NOW = 1_780_000_000_000; // 2026-05-28T20:26:40Z
const DAY = 86_400_000;

describe('demo links seed', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    db = await migratedDatabase();
    await seedDemo(db, NOW);
  });

  it('gives the demo creators their links, each on an offer open to its creator', async () => {
    const rows = await db.select().from(links);
    expect(rows).toHaveLength(DEMO_LINK_SETS.reduce((n, s) => n + s.offers, 0));
    for (const l of rows) {
      const [open] = await db.select({ id: enrollments.id }).from(enrollments).where(and(eq(enrollments.id, l.enrollmentId), offerOpenTo(l.creatorOrgId, NOW)));
      expect(open, l.code).toBeDefined();
      expect(l.code).toMatch(/^[0-9A-Za-z]{10}$/);
      expect(l.createdAt).toBeGreaterThanOrEqual(NOW - DEMO_CLICK_DAYS * DAY);
    }
    const [mika] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'mika-japan-finds'));
    expect(rows.filter((l) => l.creatorOrgId === mika.id).map((l) => l.subId).sort()).toEqual(['', '', '', '', '', '', '', '', 'note-tableware', 'note-tableware', 'note-tableware']);
  });

  it('holds weeks of clicks, before now and after each link was made', async () => {
    const [range] = await db.select({ n: sql<number>`count(*)`, first: sql<number>`min(${clicks.clickedAt})`, last: sql<number>`max(${clicks.clickedAt})` }).from(clicks);
    expect(range.n).toBeGreaterThan(5_000);
    expect(range.last).toBeLessThan(NOW);
    expect(NOW - range.first).toBeGreaterThan(14 * DAY);
    const early = await db.select({ id: clicks.id }).from(clicks).innerJoin(links, eq(links.id, clicks.linkId)).where(sql`${clicks.clickedAt} < ${links.createdAt}`);
    expect(early).toEqual([]);
  });

  it('counts as the click consumer counts, and its rollup matches its clicks', async () => {
    const perDay = await db
      .select({
        linkId: clicks.linkId,
        day: sql<number>`(${clicks.clickedAt} / ${sql.raw(String(DAY))}) * ${sql.raw(String(DAY))}`,
        counted: sql<number>`sum(${clicks.counted})`,
        bot: sql<number>`sum(${clicks.bot})`,
        duplicate: sql<number>`sum(${clicks.bot} = 0 and ${clicks.counted} = 0)`,
      })
      .from(clicks)
      .groupBy(clicks.linkId, sql`2`)
      .orderBy(asc(clicks.linkId), sql`2`);
    const rollup = await db
      .select({ linkId: linkDailyClicks.linkId, day: linkDailyClicks.day, counted: linkDailyClicks.counted, bot: linkDailyClicks.bot, duplicate: linkDailyClicks.duplicate })
      .from(linkDailyClicks)
      .orderBy(asc(linkDailyClicks.linkId), asc(linkDailyClicks.day));
    expect(rollup).toEqual(perDay);
    expect(perDay.some((d) => d.duplicate > 0) && perDay.some((d) => d.bot > 0)).toBe(true);

    // Replay one busy link's clicks through the consumer: the same counts come out.
    const [busy] = await db.select({ linkId: clicks.linkId, n: sql<number>`count(*)` }).from(clicks).groupBy(clicks.linkId).orderBy(sql`2 desc`).limit(1);
    const [link] = await db.select().from(links).where(eq(links.id, busy.linkId));
    const seeded = await db.select().from(clicks).where(eq(clicks.linkId, link.id));
    const before = await db.select().from(linkDailyClicks).where(eq(linkDailyClicks.linkId, link.id)).orderBy(asc(linkDailyClicks.day));
    await db.delete(clicks).where(eq(clicks.linkId, link.id));
    await db.delete(linkDailyClicks).where(eq(linkDailyClicks.linkId, link.id));
    const messages = seeded.map((c) => ({
      id: c.id, linkId: c.linkId, creatorOrgId: c.creatorOrgId, offerId: c.enrollmentId, providerOrgId: c.providerOrgId,
      merchantOrgId: c.merchantOrgId, at: c.clickedAt, identity: c.identityHash, bot: c.bot, referrer: c.referrer, country: c.country,
    }));
    for (let i = 0; i < messages.length; i += 100) await recordClicks(db, messages.slice(i, i + 100));
    const replayed = await db.select().from(clicks).where(inArray(clicks.id, seeded.map((c) => c.id)));
    const countedOf = new Map(replayed.map((c) => [c.id, c.counted]));
    expect(seeded.filter((c) => countedOf.get(c.id) !== c.counted)).toEqual([]);
    expect(await db.select().from(linkDailyClicks).where(eq(linkDailyClicks.linkId, link.id)).orderBy(asc(linkDailyClicks.day))).toEqual(before);
  });
});
