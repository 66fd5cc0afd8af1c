import { and, desc, eq, gte, lt, or } from 'drizzle-orm';
import { orders } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import type { OrderListInput, OrderView } from '../../schemas/order';
import { toOrder } from './view';
import { ordersVisibleTo } from './visibility';

/** The cursor is the last order's (placedAt, id): orders come newest placed first, and CSV imports place them in the past. */
const cursorOf = (o: { placedAt: number; id: string }) => `${o.placedAt}.${o.id}`;

function after(cursor: string) {
  const m = /^(\d{1,15})\.([A-Za-z0-9_]{1,64})$/.exec(cursor);
  if (!m) throw new ApiError('validation_failed', '`cursor`: not a cursor this list gave out.', { path: 'cursor' });
  const placedAt = Number(m[1]);
  return or(lt(orders.placedAt, placedAt), and(eq(orders.placedAt, placedAt), lt(orders.id, m[2])));
}

/** The orders the caller is a party to (see `ordersVisibleTo`), newest placed first, by cursor. */
export async function listOrders({ ctx, input }: { ctx: ServiceContext; input: OrderListInput }): Promise<{ data: OrderView[]; nextCursor: string | null }> {
  const rows = await ctx.db
    .select()
    .from(orders)
    .where(
      and(
        ordersVisibleTo(ctx.caller),
        input.status ? eq(orders.status, input.status) : undefined,
        input.attribution ? eq(orders.attribution, input.attribution) : undefined,
        input.creatorOrgId ? eq(orders.creatorOrgId, input.creatorOrgId) : undefined,
        input.from !== undefined ? gte(orders.placedAt, input.from) : undefined,
        input.to !== undefined ? lt(orders.placedAt, input.to) : undefined,
        input.cursor ? after(input.cursor) : undefined,
      ),
    )
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { data: page.map(toOrder), nextCursor: rows.length > input.limit ? cursorOf(page[page.length - 1]) : null };
}
