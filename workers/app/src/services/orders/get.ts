import { and, eq } from 'drizzle-orm';
import { orders } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import type { OrderDetailView } from '../../schemas/order';
import { orderDetailView } from './view';
import { ordersVisibleTo } from './visibility';

/** An order the caller is a party to; any other id is the 404 of an unknown one. */
export async function getOrder({ ctx, input }: { ctx: ServiceContext; input: { id: string } }): Promise<OrderDetailView> {
  const [order] = await ctx.db
    .select()
    .from(orders)
    .where(and(eq(orders.id, input.id), ordersVisibleTo(ctx.caller)))
    .limit(1);
  if (!order) throw notFound('Order');
  return orderDetailView(ctx, order);
}
