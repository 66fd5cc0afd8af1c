import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { commissionLines, journalEntries, orders, organizations } from '../src/schema';
import { seedDemo, type DemoSummary } from '../src/seed/index';
import { DEMO_ORDER_PREFIX, DEMO_UNFUNDED_MERCHANT } from '../src/seed/data/orders';
// The Worker's order pipeline, which the seed is handed (it cannot import the Worker).
import { demoOrderPipeline } from '../../../workers/app/src/services/orders/demo-pipeline';
import { migratedDatabase, rowCounts } from './database';

const NOW = 1_780_000_000_000; // 2026-05-28T20:26:40Z
const demo = like(orders.externalId, `${DEMO_ORDER_PREFIX}%`);

describe('demo orders seed', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  let first: DemoSummary;
  beforeAll(async () => {
    db = await migratedDatabase();
    first = await seedDemo(db, NOW, { orders: demoOrderPipeline });
  }, 120_000);

  it('records orders on the demo links in every state, through the pipeline', async () => {
    const o = first.orders!;
    console.log(JSON.stringify(o));
    expect(o.orders).toBeGreaterThan(100);
    expect(o.attributed).toBeGreaterThan(o.orders * 0.8);
    expect(o.cancelled).toBeGreaterThan(0);
    expect(o.partlyRefunded).toBeGreaterThan(0);
    expect(o.confirmed).toBeGreaterThan(0);
    for (const status of ['pending', 'locked', 'payable', 'reversed']) expect(o.lines[status], status).toBeGreaterThan(0);
    const holds = await db.select({ reason: orders.holdReason, n: sql<number>`count(*)` }).from(orders).where(and(demo, sql`${orders.holdReason} is not null`)).groupBy(orders.holdReason);
    expect(holds.map((h) => h.reason).sort()).toEqual(['bot_click', 'brushing', 'self_purchase']);
    const reasons = await db.selectDistinct({ reason: orders.attributionReason }).from(orders).where(demo);
    expect(reasons.map((r) => r.reason).sort()).toEqual(['attributed', 'no_click_id']);
  });

  it('funds every merchant but one, whose matured commission stays locked; the ledger balances', async () => {
    const [unfunded] = await db.select().from(organizations).where(eq(organizations.slug, DEMO_UNFUNDED_MERCHANT));
    expect(unfunded.fundingPausedAt).not.toBeNull();
    expect(first.orders).toMatchObject({ merchantsPaused: 1 });
    const locked = await db.selectDistinct({ merchant: commissionLines.merchantOrgId }).from(commissionLines).where(eq(commissionLines.status, 'locked'));
    expect(locked).toEqual([{ merchant: unfunded.id }]);
    const topUps = await db.select({ id: journalEntries.id }).from(journalEntries).where(eq(journalEntries.kind, 'top_up'));
    expect(topUps.length).toBeGreaterThan(0);
    const paused = await db.select({ id: organizations.id }).from(organizations).where(sql`${organizations.fundingPausedAt} is not null`);
    expect(paused).toEqual([{ id: unfunded.id }]);
    const [imbalanced] = await db.all<{ n: number }>(sql`select count(*) as n from (select journal_id from ledger_postings group by journal_id having sum(amount) <> 0)`);
    expect(Number(imbalanced.n)).toBe(0);
    // Nothing locked before its time or while held.
    const early = await db
      .select({ id: commissionLines.id })
      .from(commissionLines)
      .innerJoin(orders, eq(orders.id, commissionLines.orderId))
      .where(sql`${commissionLines.status} in ('locked', 'payable') and (${orders.lockAt} > ${NOW} or ${commissionLines.holdReason} is not null)`);
    expect(early).toEqual([]);
  });

  it('adds nothing and fails nothing on a second run', async () => {
    const before = await rowCounts(db);
    const second = await seedDemo(db, NOW + 3_600_000, { orders: demoOrderPipeline });
    expect(await rowCounts(db)).toEqual(before);
    expect(second.orders).toEqual(first.orders);
  }, 120_000);
});
