import type { ServiceContext } from '../../env';
import type { CreateOrderInput, OrderDetailView } from '../../schemas/order';
import { requireKind } from '../creators/kind';
import { merchantOrder } from './load';
import { recordOrders } from './record';
import { orderDetailView } from './view';

/**
 * A merchant's server reports an order (the postback door): the one pipeline (`recordOrders`), then the order as
 * recorded. `created` is false on a replay of the same content; other content under the same id throws the 409.
 */
export async function postOrder({ ctx, input }: { ctx: ServiceContext; input: CreateOrderInput }): Promise<{ created: boolean; order: OrderDetailView }> {
  requireKind(ctx, 'merchant');
  const [outcome] = await recordOrders(ctx.db, { merchantOrgId: ctx.caller.orgId, source: 'postback', now: ctx.now }, [input]);
  if (outcome.status === 'rejected') throw outcome.error;
  const order = await merchantOrder(ctx.db, ctx.caller.orgId, { id: outcome.orderId });
  return { created: outcome.status === 'created', order: await orderDetailView(ctx, order) };
}
