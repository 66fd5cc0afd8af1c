import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { commissionLines, orders, organizations, type CommissionPart } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { requireKind } from '../creators/kind';
import { toOrder } from './view';

/** A held commission line still counts while it is worth something to someone (not reversed by a refund). */
const HELD = sql`${commissionLines.holdReason} is not null and ${commissionLines.status} <> 'reversed'`;

/**
 * The orders a fraud rule holds, for the platform to review: newest first, with the merchant, the creator, and what
 * the held commission is worth now per beneficiary part. Found through the held lines' partial index.
 */
export async function listHolds({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string; reason?: string } }) {
  requireKind(ctx, 'platform');
  const merchant = alias(organizations, 'merchant_org');
  const creator = alias(organizations, 'creator_org');
  const rows = await ctx.db
    .select({ o: orders, merchantName: merchant.name, creatorName: creator.name })
    .from(orders)
    .innerJoin(merchant, eq(merchant.id, orders.merchantOrgId))
    .leftJoin(creator, eq(creator.id, orders.creatorOrgId))
    .where(
      and(
        sql`${orders.id} in (select ${commissionLines.orderId} from ${commissionLines} where ${HELD})`,
        input.reason ? eq(orders.holdReason, input.reason) : undefined,
        input.cursor ? lt(orders.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(orders.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const ids = JSON.stringify(page.map((r) => r.o.id));
  const lines = page.length
    ? await ctx.db
        .select({ orderId: commissionLines.orderId, orgId: commissionLines.orgId, part: commissionLines.part, amount: commissionLines.amount })
        .from(commissionLines)
        .where(and(sql`${commissionLines.orderId} in (select value from json_each(${ids}))`, HELD))
    : [];
  const data = page.map(({ o, merchantName, creatorName }) => {
    const parts = new Map<string, { part: CommissionPart; orgId: string; amount: number }>();
    for (const l of lines.filter((x) => x.orderId === o.id)) {
      const key = `${l.part}|${l.orgId}`;
      const p = parts.get(key) ?? { part: l.part, orgId: l.orgId, amount: 0 };
      p.amount += l.amount;
      parts.set(key, p);
    }
    const held = [...parts.values()];
    return { ...toOrder(o), merchantOrgId: o.merchantOrgId, merchantName, creatorName, heldAmount: held.reduce((s, p) => s + p.amount, 0), held };
  });
  return { data, nextCursor: rows.length > input.limit ? page[page.length - 1].o.id : null };
}
